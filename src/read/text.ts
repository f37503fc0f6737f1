/** A package part's bytes as XML text: UTF-8 (strict: a broken byte makes the file damaged) or UTF-16 with its BOM. */
import type { Fail } from "./xml";

const utf8 = new TextDecoder("utf-8", { fatal: true });
const utf16le = new TextDecoder("utf-16le", { fatal: true });
const utf16be = new TextDecoder("utf-16be", { fatal: true });

export function decodePart(bytes: Uint8Array, part: string, fail: Fail): string {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = utf16le.decode(bytes);
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = utf16be.decode(bytes);
    else text = utf8.decode(bytes);
  } catch {
    return fail(`${part} có ký tự không hợp lệ (không phải UTF-8)`, `${part} holds invalid characters (not UTF-8)`);
  }
  // XML's end-of-line handling: CR LF and a lone CR are read as LF (a written &#13; stays).
  return text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n");
}
