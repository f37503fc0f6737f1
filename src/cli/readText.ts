/**
 * Reads a report's text for `soat check-text`: .txt in UTF-8, UTF-16 (with a byte-order mark, or
 * plain ASCII-range text without one) or UTF-32 with a mark; .docx through mammoth with footnotes
 * kept — marks as superscripts, bodies as lines at the end — one paragraph per line. A file that
 * does not decode to text is refused, never checked as if it were clean.
 */
import { extname } from "path";
import mammoth from "mammoth";
import { SoatInputError } from "./errors";
import { assertRegularFile, MAX_TEXT_BYTES, readRegularFile } from "./files";
import { guardWorkbookFile } from "./guard";

export interface ReportText {
  text: string;
  /** Each line is a paragraph (a .docx); otherwise wrapped lines may be joined. */
  paragraphPerLine: boolean;
}

export async function readReportText(path: string): Promise<ReportText> {
  const ext = extname(path).toLowerCase();
  if (ext === ".txt") {
    const tooLarge = new SoatInputError({ vi: `Tệp ${path} quá lớn để là một báo cáo (trên 50 MB).`, en: `${path} is too large for a report (over 50 MB).` });
    return { text: decodeText(readRegularFile(path, MAX_TEXT_BYTES, tooLarge), path), paragraphPerLine: false };
  }
  if (ext === ".docx") {
    assertRegularFile(path);
    guardWorkbookFile(path, "docx");
    try {
      const { value } = await mammoth.convertToHtml({ path });
      return { text: htmlToLines(value), paragraphPerLine: true };
    } catch {
      throw new SoatInputError({
        vi: `Không đọc được ${path}: tệp .docx bị hỏng`,
        en: `Cannot read ${path}: the .docx file is damaged`,
      });
    }
  }
  throw new SoatInputError(
    ext === ".doc"
      ? { vi: `Tệp ${path} là định dạng Word cũ (.doc). Hãy lưu lại dưới dạng .docx.`, en: `${path} is a legacy Word file (.doc). Save it as .docx.` }
      : {
          vi: `Soát chỉ đọc văn bản .txt hoặc .docx, không đọc được ${path}. Với .pdf, hãy sao chép nội dung ra tệp .txt.`,
          en: `Soát reads .txt or .docx text only, not ${path}. For a .pdf, copy its text into a .txt file.`,
        },
  );
}

const starts = (buf: Buffer, ...bytes: number[]) => bytes.every((b, i) => buf[i] === b);

/** A file named .txt that is something else, told by its first bytes. */
function disguised(buf: Buffer, path: string): SoatInputError | undefined {
  if (starts(buf, 0x50, 0x4b, 0x03, 0x04)) {
    const head = buf.subarray(0, 1 << 16);
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
function decodeUtf32(buf: Buffer, littleEndian: boolean, path: string): string {
  if (buf.length % 4) throw notText(path);
  const parts: string[] = [];
  for (let i = 4; i < buf.length; i += 4) {
    const cp = littleEndian ? buf.readUInt32LE(i) : buf.readUInt32BE(i);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) throw notText(path);
    parts.push(String.fromCodePoint(cp));
  }
  return parts.join("");
}

/**
 * UTF-16 without a mark, as Windows writes it: in text of Latin letters and digits every other
 * byte is 0. Returns the byte order when the first 64 KiB look like that.
 */
function unmarkedUtf16(buf: Buffer): "utf-16le" | "utf-16be" | undefined {
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
export function decodeText(buf: Buffer, path: string): string {
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
