/**
 * The pure half of reading a report: bytes of a .txt as text (UTF-8, UTF-16 with or without a mark,
 * UTF-32 with one; anything else refused), mammoth's HTML of a .docx as lines. No Node modules, so
 * the web page's worker uses it as the CLI does.
 */
import { SoatInputError } from "./errors";

const starts = (buf: Uint8Array, ...bytes: number[]) => bytes.every((b, i) => buf[i] === b);

/** A file named .txt that is something else, told by its first bytes. */
function disguised(buf: Uint8Array, path: string): SoatInputError | undefined {
  if (starts(buf, 0x50, 0x4b, 0x03, 0x04)) {
    const head = new TextDecoder("latin1").decode(buf.subarray(0, 1 << 16));
    if (head.includes("word/")) return new SoatInputError({ vi: `Tệp ${path} là văn bản Word (.docx) dù có đuôi .txt. Hãy đổi đuôi thành .docx rồi kiểm tra lại.`, en: `${path} is a Word document (.docx) although it ends in .txt. Rename it to .docx and check again.` });
    if (head.includes("xl/")) return new SoatInputError({ vi: `Tệp ${path} là sổ làm việc Excel (.xlsx) dù có đuôi .txt. Hãy dùng soat check.`, en: `${path} is an Excel workbook (.xlsx) although it ends in .txt. Use soat check.` });
    return new SoatInputError({ vi: `Tệp ${path} là tệp nén (zip), không phải văn bản.`, en: `${path} is a zip archive, not text.` });
  }
  if (starts(buf, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))
    return new SoatInputError({ vi: `Tệp ${path} là tệp Office cũ (.doc hoặc .xls), không phải văn bản. Hãy lưu lại dưới dạng .docx.`, en: `${path} is a legacy Office file (.doc or .xls), not text. Save it as .docx.` });
  if (starts(buf, 0x25, 0x50, 0x44, 0x46)) return new SoatInputError({ vi: `Tệp ${path} là tệp PDF. Hãy sao chép nội dung ra tệp .txt.`, en: `${path} is a PDF file. Copy its text into a .txt file.` });
  return undefined;
}

function notText(path: string): SoatInputError {
  return new SoatInputError({
    vi: `Tệp ${path} không phải văn bản UTF-8 hay UTF-16. Hãy lưu lại với mã hóa UTF-8 (Notepad: Lưu thành › Mã hóa › UTF-8).`,
    en: `${path} is not UTF-8 or UTF-16 text. Save it again as UTF-8 (Notepad: Save as › Encoding › UTF-8).`,
  });
}

/** UTF-32 with its byte-order mark, code point by code point (TextDecoder has no UTF-32). */
function decodeUtf32(buf: Uint8Array, littleEndian: boolean, path: string): string {
  if (buf.length % 4) throw notText(path);
  const parts: string[] = [];
  for (let i = 4; i < buf.length; i += 4) {
    const cp = new DataView(buf.buffer, buf.byteOffset + i, 4).getUint32(0, littleEndian);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) throw notText(path);
    parts.push(String.fromCodePoint(cp));
  }
  return parts.join("");
}

/**
 * UTF-16 without a mark, as Windows writes it: in text of Latin letters and digits every other
 * byte is 0. Returns the byte order when the first 64 KiB look like that.
 */
function unmarkedUtf16(buf: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(buf.length, 1 << 16) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZeros++;
    if (buf[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > 0.4 * pairs && evenZeros < 0.05 * pairs) return "utf-16le";
  if (evenZeros > 0.4 * pairs && oddZeros < 0.05 * pairs) return "utf-16be";
  return undefined;
}

/** Text is refused when it holds NUL or other control characters: it was not decoded as it was written. */
function looksLikeText(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return false;
    // Tab, line feed, Word's manual line break (\v), form feed and carriage return are text.
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0xfffd) controls++;
  }
  return controls <= text.length / 1000;
}

/**
 * UTF-8 (with or without a mark), UTF-16 LE/BE (with a mark, or detected without one), UTF-32 LE/BE
 * with a mark; anything else — another encoding, a binary file, a Word file named .txt — is refused.
 */
export function decodeText(buf: Uint8Array, path: string): string {
  const other = disguised(buf, path);
  if (other) throw other;
  let text: string;
  try {
    if (starts(buf, 0xff, 0xfe, 0, 0)) text = decodeUtf32(buf, true, path);
    else if (starts(buf, 0, 0, 0xfe, 0xff)) text = decodeUtf32(buf, false, path);
    else if (starts(buf, 0xff, 0xfe)) text = new TextDecoder("utf-16le", { fatal: true }).decode(buf.subarray(2));
    else if (starts(buf, 0xfe, 0xff)) text = new TextDecoder("utf-16be", { fatal: true }).decode(buf.subarray(2));
    else {
      const utf16 = unmarkedUtf16(buf);
      text = new TextDecoder(utf16 ?? "utf-8", { fatal: true, ignoreBOM: false }).decode(buf);
    }
  } catch {
    throw notText(path);
  }
  if (!looksLikeText(text)) throw notText(path);
  return text;
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const BLOCK = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "tr", "table", "ul", "ol"]);
const LIST_MARKS = ["-", "+", "•"];

function superscript(n: string): string {
  return [...n].map((d) => SUPERSCRIPT[Number(d)]).join("");
}

function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/**
 * mammoth's HTML as one line per paragraph, list item or table cell. List items get `-`, `+`, `•`
 * by depth; a note reference `<a href="#footnote-3">[3]</a>` becomes `³`; a note body becomes `³ text`.
 */
export function htmlToLines(html: string): string {
  const lines: string[] = [];
  let line = "";
  /** A list mark or note number waiting for its item's text. */
  let prefix = "";
  let depth = 0;
  let link: "ref" | "back" | undefined;
  const flush = () => {
    if (!line.trim()) return;
    lines.push(prefix + line.replace(/\s+/g, " ").trim());
    line = "";
    prefix = "";
  };
  const token = /<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/gi;
  let m: RegExpExecArray | null;
  while ((m = token.exec(html))) {
    const [, closing, rawTag, attrs, text] = m;
    if (text !== undefined) {
      if (link === "ref") line += superscript(decodeEntities(text).replace(/\D/g, ""));
      else if (link !== "back") line += decodeEntities(text);
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (tag === "br") line += " ";
    else if (tag === "a") {
      const href = /href="#(?:foot|end)note-(ref-)?(\d+)"/.exec(attrs);
      link = closing ? undefined : href ? (href[1] ? "back" : "ref") : undefined;
    } else if (BLOCK.has(tag)) {
      flush();
      if (tag === "ul" || tag === "ol") depth += closing ? -1 : 1;
      if (tag === "li" && !closing) {
        const note = /id="(?:foot|end)note-(\d+)"/.exec(attrs);
        prefix = note ? `${superscript(note[1])} ` : `${LIST_MARKS[Math.min(depth, LIST_MARKS.length) - 1] ?? "-"} `;
      }
    }
  }
  flush();
  return lines.join("\n");
}
