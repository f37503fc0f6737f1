/**
 * Reads a report's text for `soat check-text`: .txt in UTF-8 or UTF-16 (with a byte-order mark),
 * .docx through mammoth with footnotes kept — marks as superscripts, bodies as lines at the end —
 * one paragraph per line.
 */
import { readFileSync, statSync } from "fs";
import { extname } from "path";
import mammoth from "mammoth";
import { SoatInputError } from "./errors";
import { guardWorkbookFile } from "./guard";

export interface ReportText {
  text: string;
  /** Each line is a paragraph (a .docx); otherwise wrapped lines may be joined. */
  paragraphPerLine: boolean;
}

const MAX_TEXT_BYTES = 50 * 1024 * 1024;

export async function readReportText(path: string): Promise<ReportText> {
  const ext = extname(path).toLowerCase();
  if (ext === ".txt") return { text: decodeText(readFile(path), path), paragraphPerLine: false };
  if (ext === ".docx") {
    guardWorkbookFile(path, "docx");
    try {
      const { value } = await mammoth.convertToHtml({ path });
      return { text: htmlToLines(value), paragraphPerLine: true };
    } catch (e) {
      throw new SoatInputError({
        vi: `Không đọc được ${path}: tệp .docx bị hỏng (${(e as Error).message})`,
        en: `Cannot read ${path}: the .docx file is damaged (${(e as Error).message})`,
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

function readFile(path: string): Buffer {
  try {
    if (statSync(path).size > MAX_TEXT_BYTES)
      throw new SoatInputError({ vi: `Tệp ${path} quá lớn để là một báo cáo (trên 50 MB).`, en: `${path} is too large for a report (over 50 MB).` });
    return readFileSync(path);
  } catch (e) {
    if (e instanceof SoatInputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new SoatInputError({ vi: `Không tìm thấy tệp: ${path}`, en: `File not found: ${path}` });
    if (code === "EISDIR") throw new SoatInputError({ vi: `${path} là thư mục, không phải tệp`, en: `${path} is a folder, not a file` });
    throw new SoatInputError({ vi: `Không mở được tệp ${path} (${code})`, en: `Cannot open ${path} (${code})` });
  }
}

/** UTF-8 (with or without BOM) or UTF-16 LE/BE with a BOM; anything else is refused. */
export function decodeText(buf: Buffer, path: string): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder("utf-16le").decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder("utf-16be").decode(buf.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    throw new SoatInputError({
      vi: `Tệp ${path} không phải văn bản UTF-8 hay UTF-16. Hãy lưu lại với mã hóa UTF-8 (Notepad: Lưu thành › Mã hóa › UTF-8).`,
      en: `${path} is not UTF-8 or UTF-16 text. Save it again as UTF-8 (Notepad: Save as › Encoding › UTF-8).`,
    });
  }
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
