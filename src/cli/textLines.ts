/**
 * The pure half of reading a report: bytes of a .txt as text, mammoth's HTML of a .docx as lines.
 * No Node modules, so the web page's worker uses it as the CLI does.
 */
import { SoatInputError } from "./errors";

/** UTF-8 (with or without BOM) or UTF-16 LE/BE with a BOM; anything else is refused. */
export function decodeText(buf: Uint8Array, path: string): string {
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
