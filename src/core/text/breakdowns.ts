/**
 * Breakdowns: a whole and its parts — `X, trong đó A, B`, `X gồm: A …, B …`, `X (A; B; C)`,
 * `X …¹²` with the parts in footnote 12, `X, gồm:` followed by list items — and the shares
 * the parts may carry (`20 hộ nghèo (chiếm 57,1%)`).
 */
import type { Claim, RateClaim } from "./claims";
import { COUNT_MEASURE, GENDER, MEASURE, NOT_A_PART, OPEN_LIST, PART_FAMILIES, SOME_OF, type PartFamily } from "./cues";
import { wordCount } from "./fold";
import { proseAt } from "./limits";
import { depthAt, sentenceAt, tidy, type Passage } from "./passages";
import { figureBefore, figuresIn, inheritUnit, sameKind, type Quantity } from "./quantities";

export interface Breakdowns {
  claims: Claim[];
  /** Percentages read as shares of a breakdown, not to be read again as rates. */
  shares: Set<Quantity>;
}

interface Part {
  q: Quantity;
  folded: string;
  lower: string;
  share?: Quantity;
}

interface List {
  parts: Part[];
  /** Something says the list is not all of the whole (`…`, `các công trình khác`, `như`). */
  open: boolean;
  /** The list holds a figure of the whole's kind that is not a part: no claim can be read. */
  unreadable: boolean;
  end: number;
}

const TRIGGER = /(?<![a-z0-9])(trong do|bao gom|gom co|gom|chia ra|cu the|chi tiet)(?![a-z0-9])\s*(?:(?:co|la|nhu sau)\s*)?:?/g;
const MAX_WORDS_TO_TRIGGER = 8;
const MAX_WORDS_TO_BRACKET = 4;
const MAX_WORDS_TO_COUNT_BRACKET = 12;
/** The last part of a list that is the rest of the whole. */
const REST = /(?<![a-z])(?:khac|con lai)(?![a-z])/;
/** A bracket longer than this holds prose, not a breakdown. */
const MAX_BRACKET_CHARS = 1500;
/** A list of more items than this is a table pasted as text, not a breakdown. */
const MAX_LIST_ITEMS = 300;
/** Characters a few words can take, spaces included: farther than this is not "a few words away". */
const MAX_CHARS_PER_WORD = 40;

export function breakdownClaims(passages: Passage[], figures: Map<Passage, Quantity[]>): Breakdowns {
  const out: Breakdowns = { claims: [], shares: new Set() };
  const notes = new Map<string, Passage>();
  for (const p of passages) if (p.footnote !== undefined && !notes.has(p.footnote)) notes.set(p.footnote, p);
  for (const p of passages) {
    if (p.footnote !== undefined) continue;
    const qs = figures.get(p) ?? [];
    triggered(p, qs, passages, figures, out);
    bracketed(p, qs, out);
    footnoted(p, qs, notes, figures, out);
    structures(p, qs, out);
  }
  return out;
}

/** `X, trong đó A, B` / `X gồm: A, B` / `X, gồm:` and list items. */
function triggered(p: Passage, qs: Quantity[], passages: Passage[], figures: Map<Passage, Quantity[]>, out: Breakdowns): void {
  TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TRIGGER.exec(p.folded))) {
    const at = m.index;
    const depth = depthAt(p, at);
    if (depth > 0) continue; // inside brackets: read as a bracketed breakdown
    if (!proseAt(p, sentenceAt(p, at))) continue;
    // `152 công trình (98 chuyển tiếp, 54 khởi công mới) gồm: …` — a second breakdown of the same whole.
    const bracket = /\)\s*,?\s*$/.test(p.folded.slice(Math.max(0, at - 4), at)) ? p.opening.get(p.folded.lastIndexOf(")", at)) : undefined;
    const whole = adopt(qs, wholeBefore(p, qs, bracket ?? at, depth, bracket === undefined ? MAX_WORDS_TO_TRIGGER : MAX_WORDS_TO_BRACKET), at + m[0].length);
    const someOf = SOME_OF.test(p.folded.slice(at, at + 40));
    const sentenceEnd = p.sentences[sentenceAt(p, at)][1];
    const listStart = at + m[0].length;
    if (blankUntil(p.folded, listStart, sentenceEnd) && whole) {
      const list = itemList(p, passages, figures, whole);
      if (list) emit(out, whole, list, someOf || OPEN_LIST.test(p.folded.slice(whole.end, sentenceEnd)), `${tidy(p.text.slice(whole.start))} …`);
      continue;
    }
    const list = readList(p, qs, listStart, sentenceEnd, depth, whole);
    const lead = p.folded.slice(listStart, list.parts[0]?.q.start ?? listStart);
    const open = list.open || OPEN_LIST.test(lead);
    if (whole) emit(out, whole, list, someOf || open, tidy(p.text.slice(whole.start, list.end)));
    else if (!someOf && !open) shareSum(out, list, tidy(p.text.slice(at, list.end)));
  }
}

/** `X (A; B; C)`, `X (trong đó A, B)`. */
function bracketed(p: Passage, qs: Quantity[], out: Breakdowns): void {
  for (let i = p.text.indexOf("("); i >= 0; i = p.text.indexOf("(", i + 1)) {
    const close = p.closing.get(i) ?? p.text.length;
    if (close - i > MAX_BRACKET_CHARS || !proseAt(p, sentenceAt(p, i))) continue;
    const depth = depthAt(p, i);
    // A count may be followed by a noun phrase before its breakdown: `9 mô hình giảm nghèo đa dạng hóa sinh kế (04 …)`.
    const near = wholeBefore(p, qs, i, depth, MAX_WORDS_TO_BRACKET);
    const far = near ? undefined : wholeBefore(p, qs, i, depth, MAX_WORDS_TO_COUNT_BRACKET);
    const whole = adopt(qs, near ?? (far?.dim === "count" ? far : undefined), i + 1);
    if (!whole) continue;
    const inside = p.folded.slice(i + 1, close);
    const opener = /^\s*(trong do|bao gom|gom co|gom|chia ra|cu the)(?![a-z0-9])\s*:?/.exec(inside);
    const from = i + 1 + (opener ? opener[0].length : 0);
    const list = readList(p, qs, from, close, depth + 1, whole);
    // Without a word that opens a breakdown, a bracket that names measures is a remark, not parts.
    const measure = whole.dim === "money" ? MEASURE : COUNT_MEASURE;
    if (!opener && list.parts.some((part) => measure.test(part.folded))) continue;
    const someOf = !!opener && opener[1] === "trong do";
    emit(out, whole, list, someOf || list.open, tidy(p.text.slice(whole.start, close + 1)));
  }
}

/** `với 35 hộ tham gia¹²` … `¹² 20 hộ nghèo; 12 hộ cận nghèo; 03 hộ mới thoát nghèo.` */
function footnoted(p: Passage, qs: Quantity[], notes: Map<string, Passage>, figures: Map<Passage, Quantity[]>, out: Breakdowns): void {
  for (const { offset, mark } of p.marks) {
    const whole = wholeBefore(p, qs, offset, depthAt(p, offset), MAX_WORDS_TO_BRACKET);
    const note = notes.get(mark);
    if (!whole || !note) continue;
    const noteQs = figures.get(note) ?? [];
    const list = readList(note, noteQs, 0, note.sentences[0][1], 0, whole);
    const someOf = SOME_OF.test(note.folded);
    emit(out, whole, list, someOf || list.open, `${tidy(p.text.slice(whole.start, offset))}${superscript(mark)} … ${superscript(mark)} ${tidy(note.text)}`);
  }
}

/** The items after `X, gồm:` — each gives one part; sub-items (another marker) are skipped. */
function itemList(p: Passage, passages: Passage[], figures: Map<Passage, Quantity[]>, whole: Quantity): List | undefined {
  const list: List = { parts: [], open: false, unreadable: false, end: p.text.length };
  let marker: string | undefined;
  for (let n = p.index + 1; n < passages.length; n++) {
    const item = passages[n];
    // A list ends where the text goes on at the level of the line that opened it.
    if (!item.item || (p.item && item.marker === p.marker)) break;
    if (n - p.index > MAX_LIST_ITEMS) return undefined;
    marker ??= item.marker;
    if (item.marker !== marker) continue;
    const own = (figures.get(item) ?? []).filter((q) => q.depth === 0 && q.dim !== "percent");
    const kin = own.filter((q) => sameKind(inheritUnit(q, whole), whole));
    if (kin.length !== 1) {
      if (kin.length > 1 || own.length > 0) return undefined;
      if (OPEN_LIST.test(item.folded)) list.open = true;
      break;
    }
    list.parts.push({ q: inheritUnit(kin[0], whole), folded: item.folded, lower: item.text.toLowerCase() });
  }
  return list;
}

/**
 * Reads the parts between `from` and `to` at bracket depth `depth`: segments split by `,` `;` `và` `+`,
 * each holding one figure, until a segment that is not a part.
 */
function readList(p: Passage, qs: Quantity[], from: number, to: number, depth: number, whole?: Quantity): List {
  const list: List = { parts: [], open: false, unreadable: false, end: from };
  for (const [s, e] of segments(p, qs, from, to, depth)) {
    const inSeg = figuresIn(qs, s, e);
    const level = inSeg.filter((q) => q.depth === depth);
    const figuresOf = level.filter((q) => q.dim !== "percent" || !whole);
    const label = blankOut(p.folded.slice(s, e), inSeg, s).replace(/\([^()]*\)/g, " ");
    if (figuresOf.length === 0) {
      if (OPEN_LIST.test(label)) list.open = true;
      if (inSeg.length > 0 || /[a-z]/.test(label)) break;
      continue;
    }
    const kin = whole ? figuresOf.filter((q) => sameKind(inheritUnit(q, whole), whole)) : figuresOf;
    // A figure that is not a part (another kind, a comparison, two in one segment): the list cannot be read.
    if (figuresOf.length > 1 || (whole && kin.length === 0) || NOT_A_PART.test(label)) {
      list.unreadable = true;
      break;
    }
    // A `;` after parts split by `,` may end the list and start another clause (`gồm 180 nữ, 140 nam; 95 người có
    // việc làm`): what follows is not read as parts, and the list is not known to be all of the whole.
    if (list.parts.length >= 2 && p.text[list.end] === ";" && !/;/.test(p.text.slice(list.parts[0].q.end, list.end))) {
      list.open = true;
      break;
    }
    const q = whole ? inheritUnit(figuresOf[0], whole) : figuresOf[0];
    const share = whole ? shareOf(p, inSeg, q, depth) : undefined;
    list.parts.push({ q, folded: label, lower: p.text.slice(s, e).toLowerCase(), share });
    list.end = e;
  }
  return list;
}

/** A percentage beside a part: `20 hộ nghèo (57,1%)`, `20 hộ nghèo, chiếm 57,1%`. */
function shareOf(p: Passage, inSeg: Quantity[], part: Quantity, depth: number): Quantity | undefined {
  const pct = inSeg.find((q) => q.dim === "percent" && q.start > part.start);
  if (!pct) return undefined;
  const between = p.folded.slice(part.end, pct.start);
  const after = p.folded.slice(pct.end, pct.end + 12);
  const plain = pct.depth === depth + 1 && /^[^()\d]*\(\s*(?:chiem\s*)?$/.test(between) && /^\s*\)/.test(after);
  const said = pct.depth === depth && /(?<![a-z])chiem\s*(?:ty le\s*)?$/.test(between) && !/^\s*[a-z]/.test(after);
  return plain || said ? pct : undefined;
}

/** The segments of [from, to), read lazily: a list stops at its first segment that is not a part. */
function* segments(p: Passage, qs: Quantity[], from: number, to: number, depth: number): Generator<[number, number]> {
  let start = from;
  let k = figuresIn(qs, 0, from).length;
  const some = (s: number, e: number) => /\S/.test(p.text.slice(s, e));
  for (let i = from; i < to; i++) {
    while (k < qs.length && qs[k].end <= i) k++;
    if (depthAt(p, i) !== depth || (k < qs.length && qs[k].start <= i)) continue;
    const c = p.folded[i];
    if (c !== "," && c !== ";" && c !== " ") continue;
    const rest = p.folded.slice(i, i + 5);
    const sep = c !== " " ? 1 : /^ va /.test(rest) ? 4 : /^ \+ /.test(rest) ? 3 : 0;
    if (!sep) continue;
    if (some(start, i)) yield [start, i];
    start = i + sep;
    i += sep - 1;
  }
  if (some(start, to)) yield [start, to];
}

/**
 * A whole written without its unit takes the unit of its first part: `tổng kinh phí 52.410 (trong
 * đó ngân sách trung ương 40.120 triệu đồng, …)`.
 */
function adopt(qs: Quantity[], whole: Quantity | undefined, listStart: number): Quantity | undefined {
  if (!whole || whole.dim !== "bare") return whole;
  const first = qs[whole.index + 1];
  if (!first || first.start < listStart || first.dim === "bare" || first.dim === "percent" || first.start - listStart > 200) return whole;
  return inheritUnit(whole, first);
}

/** Nothing but spaces in [from, to). */
function blankUntil(text: string, from: number, to: number): boolean {
  const re = /\S/g;
  re.lastIndex = from;
  const m = re.exec(text);
  return !m || m.index >= to;
}

/** The figure a breakdown belongs to: the last one before `at`, at the same depth, a few words away. */
function wholeBefore(p: Passage, qs: Quantity[], at: number, depth: number, maxWords: number): Quantity | undefined {
  // A figure of another depth in between is a figure in between: no whole.
  const q = figureBefore(qs, at);
  if (!q || q.depth !== depth || q.dim === "percent" || q.slashNext || q.slashPrev) return undefined;
  if (at - q.end > maxWords * MAX_CHARS_PER_WORD) return undefined;
  if (sentenceAt(p, q.start) !== sentenceAt(p, at)) return undefined;
  const between = p.folded.slice(q.end, at);
  if (/\d/.test(between) || /[()]/.test(between) || wordCount(between) > maxWords) return undefined;
  return q;
}

function emit(out: Breakdowns, whole: Quantity, list: List, someOf: boolean, span: string): void {
  if (list.unreadable || list.parts.length < 2) return;
  const w = whole.dim === "bare" ? inheritUnit(whole, list.parts[0].q) : whole;
  const parts = list.parts.map((part) => part.q);
  if (!parts.every((q) => sameKind(q, w))) return;
  // A counted `khác` item closes the list: `…, 7 hộ khác` is the rest of the whole.
  const rest = list.parts.length >= 3 && REST.test(list.parts[list.parts.length - 1].folded);
  const family = familyOf(rest ? list.parts.slice(0, -1) : list.parts);
  const complete = (!someOf && !list.open) || family.covers || (rest && family.disjoint);
  if (complete || family.disjoint) out.claims.push({ kind: "sum", whole: w, parts, complete, span });
  for (const part of list.parts) {
    if (!part.share) continue;
    out.shares.add(part.share);
    const claim: RateClaim = { kind: "rate", stated: part.share, part: part.q, whole: w, readings: [], wholeEarlier: false, span };
    out.claims.push(claim);
  }
}

/** `Cơ cấu lao động: nông nghiệp: 61,5%; …`, `cơ cấu … gồm …`, `Tỷ trọng …: A chiếm x%, …`. */
const STRUCTURE = /(?<![a-z0-9])(?:co cau|ty trong)(?![a-z0-9])/g;
/** Where a structure's list begins: a colon or `gồm` a few words after `cơ cấu` (digits there are a year, never a figure: checked). */
const STRUCTURE_OPENS = /^[^();.%]{0,80}?(?::|(?<![a-z])(?:gom|bao gom|gom co)(?![a-z])\s*:?)/;

/**
 * The shares of one whole, whatever their labels: every segment of the list one percentage and a
 * label. More than 100% (beyond rounding) is always a slip; less may leave the rest unsaid, and is
 * not judged.
 */
function structures(p: Passage, qs: Quantity[], out: Breakdowns): void {
  STRUCTURE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STRUCTURE.exec(p.folded))) {
    const s = sentenceAt(p, m.index);
    if (!proseAt(p, s) || depthAt(p, m.index) > 0) continue;
    const open = STRUCTURE_OPENS.exec(p.folded.slice(m.index + m[0].length, p.sentences[s][1]));
    if (!open) continue;
    const from = m.index + m[0].length + open[0].length;
    if (figuresIn(qs, m.index, from).length) continue;
    const to = p.sentences[s][1];
    const shares: Quantity[] = [];
    let readable = true;
    for (const [a, e] of segments(p, qs, from, to, 0)) {
      const inSeg = figuresIn(qs, a, e);
      const label = blankOut(p.folded.slice(a, e), inSeg, a);
      if (inSeg.length !== 1 || inSeg[0].dim !== "percent" || inSeg[0].depth !== 0 || !/[a-z]{2}/.test(label) || OPEN_LIST.test(label)) {
        // A closing remark without figures ends the list; anything else makes it unreadable.
        if (inSeg.length || OPEN_LIST.test(label)) readable = false;
        break;
      }
      // A change or an achievement is not a share (read with diacritics: `đạt` is not `đất`); a year in a
      // label (`…; năm 2026: nông nghiệp 40%`) starts the shares of another whole.
      if (/(?<![\p{L}])(?:tăng|giảm|so với|đạt|vượt)(?![\p{L}])/u.test(p.lower.slice(a, e)) || /\d/.test(label)) {
        readable = false;
        break;
      }
      shares.push(inSeg[0]);
    }
    if (!readable || shares.length < 2 || shares.some((q) => out.shares.has(q))) continue;
    const sum = shares.reduce((t, q) => t + q.value, 0);
    const rounding = shares.reduce((t, q) => t + Math.pow(10, -q.decimals) / 2, 0);
    if (sum - rounding <= 100) continue;
    for (const q of shares) out.shares.add(q);
    out.claims.push({ kind: "share-sum", shares, span: tidy(p.text.slice(m.index, shares[shares.length - 1].end)) });
  }
}

/** Parts that are all percentages and all of the whole: they add up to 100%. */
function shareSum(out: Breakdowns, list: List, span: string): void {
  if (list.unreadable || list.parts.length < 2 || !list.parts.every((part) => part.q.dim === "percent")) return;
  if (!familyOf(list.parts).covers) return;
  for (const part of list.parts) out.shares.add(part.q);
  out.claims.push({ kind: "share-sum", shares: list.parts.map((part) => part.q), span });
}

/** Whether the parts' labels name distinct members of one family, and whether they cover it. */
function familyOf(parts: Part[]): { disjoint: boolean; covers: boolean } {
  const families: [PartFamily, "folded" | "lower"][] = [...PART_FAMILIES.map((f): [PartFamily, "folded"] => [f, "folded"]), [GENDER, "lower"]];
  for (const [family, field] of families) {
    const members = parts.map((part) => family.members.findIndex((re) => re.test(part[field])));
    if (members.some((i) => i < 0) || new Set(members).size !== members.length) continue;
    return { disjoint: true, covers: !!family.covers && family.covers.every((c) => members.includes(c)) };
  }
  return { disjoint: false, covers: false };
}

function blankOut(folded: string, qs: Quantity[], offset: number): string {
  let s = folded;
  for (const q of qs) s = s.slice(0, q.start - offset) + " ".repeat(q.end - q.start) + s.slice(q.end - offset);
  return s;
}

function superscript(mark: string): string {
  return [...mark].map((d) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[Number(d)] ?? d).join("");
}
