/** A package part's bytes as XML text: UTF-8 (strict: a broken byte makes the file damaged) or UTF-16 with its BOM. */
import type { Fail } from "./xml";

const utf8 = new TextDecoder("utf-8", { fatal: true });
// Made when needed: a platform without UTF-16 decoders must still load the reader.
const decoder = (label: string) => new TextDecoder(label, { fatal: true });

export function decodePart(bytes: Uint8Array, part: string, fail: Fail): string {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decoder("utf-16le").decode(bytes);
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decoder("utf-16be").decode(bytes);
    else text = utf8.decode(bytes);
  } catch {
    return fail(`${part} có ký tự không hợp lệ (không phải UTF-8)`, `${part} holds invalid characters (not UTF-8)`);
  }
  // XML's end-of-line handling: CR LF and a lone CR are read as LF (a written &#13; stays).
  return text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n");
}
