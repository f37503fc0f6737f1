/**
 * Report text cut into passages: paragraphs and list items, each with the line every character
 * came from. A hard-wrapped paragraph (a long line that does not end a sentence, followed by one
 * that goes on in lower case) is joined back into one passage.
 */
import { foldKeepingOffsets, lowerKeepingOffsets } from "./fold";

export interface Passage {
  index: number;
  /** The passage, NFC, wrapped lines joined by a space, list marker and footnote marks blanked out. */
  text: string;
  /** `text` folded for keyword matching (same offsets). */
  folded: string;
  /** `text` in lower case, diacritics kept (same offsets), where folding would confuse words (`cận`/`căn`). */
  lower: string;
  /** Where each source line starts in `text`, with its 1-based number. */
  lineStarts: { offset: number; line: number }[];
  /** Starts with a list marker: `-`, `+`, `•`, `a)`, `1.`, `2.1.` */
  item: boolean;
  /** The marker's shape (`-`, `+`, `a)`, `1.`, `1.1.`), to tell a list's items from its sub-items. */
  marker?: string;
  /** The passage is the body of this footnote. */
  footnote?: string;
  /** Footnote marks in the text (`tham gia¹²`), by offset. */
  marks: { offset: number; mark: string }[];
  /** [start, end) of each sentence. */
  sentences: [number, number][];
  /** Bracket depth before each offset (`(` counted after it), worked out once. */
  depths: Int32Array;
  /** For each `(` that closes, the offset of its `)`. */
  closing: Map<number, number>;
  /** For each `)` that closes a bracket, the offset of its `(`. */
  opening: Map<number, number>;
}

export interface SplitOptions {
  /** Every non-blank line is a paragraph of its own (text from a .docx). */
  paragraphPerLine?: boolean;
}

const LIST_MARKER = /^\s*(?:[-–—+•*·▪◦●○]|\(?[a-zđ]\)|\(?\d{1,2}(?:\.\d{1,2})*[.)]|[IVXLC]+\.)\s+/u;
const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const FOOTNOTE_BODY = /^\s*(?:([⁰¹²³⁴⁵⁶⁷⁸⁹]+)|\[(\d{1,3})\])\s*/u;
const FOOTNOTE_MARK = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[(\d{1,3})\]/gu;
const ENDS_SENTENCE = /[.:;!?…]["”)]?\s*$/;
const WRAP_WIDTH = 50;
/** A wrapped line goes on with a lower-case word, a number or a bracket. */
const CONTINUATION = /^\s*[\p{Ll}\d(]/u;

/**
 * The length from which a line is full, and from which it is brim-full, when the text is
 * hard-wrapped at one width (a PDF copied as text): most of its long lines are within a few
 * characters of the longest usual one. A text with a paragraph per line has lines of every length,
 * and gets undefined.
 */
function hardWrapWidth(lines: string[]): { full: number; brim: number } | undefined {
  const lengths = lines.map((l) => l.trim().length).filter((n) => n >= WRAP_WIDTH).sort((a, b) => a - b);
  if (lengths.length < 4) return undefined;
  const width = lengths[Math.floor(lengths.length * 0.9)];
  const full = Math.floor(width * 0.85);
  return lengths.filter((n) => n >= full && n <= width + 8).length >= lengths.length * 0.6 ? { full, brim: Math.floor(width * 0.93) } : undefined;
}

/** `¹²` → `12`; `12` stays. */
export function markNumber(mark: string): string {
  return [...mark].map((c) => (SUPERSCRIPT.includes(c) ? String(SUPERSCRIPT.indexOf(c)) : c)).join("");
}

export function splitPassages(text: string, options: SplitOptions = {}): Passage[] {
  const lines = text.normalize("NFC").replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const drafts: { parts: { text: string; line: number }[]; item: boolean; footnote?: string }[] = [];
  const wrap = hardWrapWidth(lines);
  let open = false;
  lines.forEach((raw, i) => {
    const line = raw.replace(/[\u00a0\u202f\t]/g, " ").replace(/\s+$/, "");
    if (line.trim() === "") {
      open = false;
      return;
    }
    const body = FOOTNOTE_BODY.exec(line);
    const item = LIST_MARKER.test(line);
    const prev = drafts[drafts.length - 1];
    const prevLast = prev?.parts[prev.parts.length - 1]?.text ?? "";
    // Text pasted from a PDF breaks lines at the page's width, before a capital too (`nguồn vốn` ⏎ `Trung ương …`).
    const capital = /^\s*\p{Lu}\p{Ll}/u.test(line);
    const brokenAtWidth = wrap !== undefined && prevLast.length >= wrap.full && /[\p{Ll}\d,]$/u.test(prevLast) && capital;
    // A sentence that ends at the very end of a brim-full line: the width broke the line, not the paragraph.
    const sentenceAtWidth = wrap !== undefined && prevLast.length >= wrap.brim && /[\p{Ll}\d]\.$/u.test(prevLast) && capital;
    const continues =
      open &&
      !options.paragraphPerLine &&
      !body &&
      !item &&
      prevLast.length >= WRAP_WIDTH &&
      ((!ENDS_SENTENCE.test(prevLast) && (CONTINUATION.test(line) || brokenAtWidth)) || sentenceAtWidth);
    if (continues) prev.parts.push({ text: line, line: i + 1 });
    else {
      const footnote = body ? markNumber(body[1] ?? body[2]) : undefined;
      drafts.push({ parts: [{ text: line, line: i + 1 }], item, footnote });
    }
    open = true;
  });
  return drafts.map((d, index) => buildPassage(d.parts, d.item, d.footnote, index));
}

function buildPassage(parts: { text: string; line: number }[], item: boolean, footnote: string | undefined, index: number): Passage {
  let text = "";
  const lineStarts: Passage["lineStarts"] = [];
  for (const p of parts) {
    if (text) text += " ";
    lineStarts.push({ offset: text.length, line: p.line });
    text += p.text;
  }
  // Blank out what is not prose, keeping offsets: the list marker, the footnote's own number, marks.
  const lead = footnote !== undefined ? FOOTNOTE_BODY.exec(text) : LIST_MARKER.exec(text);
  if (lead && (item || footnote !== undefined)) text = " ".repeat(lead[0].length) + text.slice(lead[0].length);
  const marks: Passage["marks"] = [];
  text = text.replace(FOOTNOTE_MARK, (m: string, bracketed: string | undefined, offset: number) => {
    marks.push({ offset, mark: bracketed ?? markNumber(m) });
    return " ".repeat(m.length);
  });
  const marker = item && lead ? lead[0].trim().replace(/[a-zđ]/g, "a").replace(/\d+/g, "1") : undefined;
  const { depths, closing, opening } = brackets(text);
  return {
    index,
    text,
    folded: foldKeepingOffsets(text),
    lower: lowerKeepingOffsets(text),
    lineStarts,
    item,
    marker,
    footnote,
    marks,
    sentences: sentenceBounds(text),
    depths,
    closing,
    opening,
  };
}

function brackets(text: string): { depths: Int32Array; closing: Map<number, number>; opening: Map<number, number> } {
  const depths = new Int32Array(text.length + 1);
  const closing = new Map<number, number>();
  const opening = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    depths[i] = open.length;
    if (text[i] === "(") open.push(i);
    else if (text[i] === ")" && open.length) {
      const o = open.pop()!;
      closing.set(o, i);
      opening.set(i, o);
    }
  }
  depths[text.length] = open.length;
  return { depths, closing, opening };
}

/** Bracket depth at an offset: the `(` before it that are not closed before it. */
export function depthAt(p: Passage, offset: number): number {
  return p.depths[Math.min(offset, p.text.length)];
}

/** The index of the last of `starts` (ascending) that is at or before `offset`; -1 when none. */
export function lastAtOrBefore<T>(items: T[], offset: number, start: (x: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (start(items[mid]) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function lineAt(p: Passage, offset: number): number {
  return p.lineStarts[Math.max(0, lastAtOrBefore(p.lineStarts, offset, (s) => s.offset))].line;
}

export function sentenceAt(p: Passage, offset: number): number {
  const i = lastAtOrBefore(p.sentences, offset, (s) => s[0]);
  // Between two sentences (the spaces after a full stop) or past the end: the last sentence.
  return i < 0 || offset >= p.sentences[i][1] ? p.sentences.length - 1 : i;
}

/** Sentence ends: `.`, `!`, `?` then space and a capital, digit or opening mark; not after `TP.`-like abbreviations. */
function sentenceBounds(text: string): [number, number][] {
  const bounds: [number, number][] = [];
  const end = /[.!?…]+\s+(?=[\p{Lu}\d"“(])/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = end.exec(text))) {
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    if (/(?:^|\s)\p{Lu}{1,3}$/u.test(before) && m[0].startsWith(".")) continue;
    bounds.push([start, m.index + 1]);
    start = m.index + m[0].length;
  }
  bounds.push([start, text.length]);
  return bounds;
}

/** Text with runs of spaces collapsed, for showing a claim. */
export function tidy(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
