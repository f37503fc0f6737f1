/**
 * Breakdowns: a whole and its parts — `X, trong đó A, B`, `X gồm: A …, B …`, `X (A; B; C)`,
 * `X …¹²` with the parts in footnote 12, `X, gồm:` followed by list items — and the shares
 * the parts may carry (`20 hộ nghèo (chiếm 57,1%)`).
 */
import type { Claim, RateClaim } from "./claims";
import { GENDER, MEASURE, NOT_A_PART, OPEN_LIST, PART_FAMILIES, SOME_OF, type PartFamily } from "./cues";
import { wordCount } from "./fold";
import { sentenceAt, tidy, type Passage } from "./passages";
import { inheritUnit, sameKind, type Quantity } from "./quantities";

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

export function breakdownClaims(passages: Passage[], figures: Map<Passage, Quantity[]>): Breakdowns {
  const out: Breakdowns = { claims: [], shares: new Set() };
  for (const p of passages) {
    if (p.footnote !== undefined) continue;
    const qs = figures.get(p) ?? [];
    triggered(p, qs, passages, figures, out);
    bracketed(p, qs, out);
    footnoted(p, qs, passages, figures, out);
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
    const whole = wholeBefore(p, qs, at, depth, MAX_WORDS_TO_TRIGGER);
    const someOf = SOME_OF.test(p.folded.slice(at));
    const sentenceEnd = p.sentences[sentenceAt(p, at)][1];
    const listStart = at + m[0].length;
    if (p.folded.slice(listStart, sentenceEnd).trim() === "" && whole) {
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
  for (let i = 0; i < p.text.length; i++) {
    if (p.text[i] !== "(") continue;
    const depth = depthAt(p, i);
    const whole = wholeBefore(p, qs, i, depth, MAX_WORDS_TO_BRACKET);
    if (!whole) continue;
    const close = closingBracket(p.text, i);
    const inside = p.folded.slice(i + 1, close);
    const opener = /^\s*(trong do|bao gom|gom co|gom|chia ra|cu the)(?![a-z0-9])\s*:?/.exec(inside);
    const from = i + 1 + (opener ? opener[0].length : 0);
    const list = readList(p, qs, from, close, depth + 1, whole);
    // Without a word that opens a breakdown, a bracket that names measures is a remark, not parts.
    if (!opener && list.parts.some((part) => MEASURE.test(part.folded))) continue;
    const someOf = !!opener && opener[1] === "trong do";
    emit(out, whole, list, someOf || list.open, tidy(p.text.slice(whole.start, close + 1)));
  }
}

/** `với 35 hộ tham gia¹²` … `¹² 20 hộ nghèo; 12 hộ cận nghèo; 03 hộ mới thoát nghèo.` */
function footnoted(p: Passage, qs: Quantity[], passages: Passage[], figures: Map<Passage, Quantity[]>, out: Breakdowns): void {
  for (const { offset, mark } of p.marks) {
    const whole = wholeBefore(p, qs, offset, depthAt(p, offset), MAX_WORDS_TO_BRACKET);
    const note = passages.find((n) => n.footnote === mark);
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
  for (const item of passages.slice(p.index + 1)) {
    if (!item.item) break;
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
    const inSeg = qs.filter((q) => q.start >= s && q.start < e);
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

function segments(p: Passage, qs: Quantity[], from: number, to: number, depth: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  const inFigure = (i: number) => qs.some((q) => i >= q.start && i < q.end);
  for (let i = from; i < to; i++) {
    if (depthAt(p, i) !== depth || inFigure(i)) continue;
    const rest = p.folded.slice(i, i + 5);
    const sep = /^[,;]/.test(rest) ? 1 : /^ va /.test(rest) ? 4 : /^ \+ /.test(rest) ? 3 : 0;
    if (!sep) continue;
    out.push([start, i]);
    start = i + sep;
    i += sep - 1;
  }
  out.push([start, to]);
  return out.filter(([s, e]) => p.text.slice(s, e).trim() !== "");
}

/** The figure a breakdown belongs to: the last one before `at`, at the same depth, a few words away. */
function wholeBefore(p: Passage, qs: Quantity[], at: number, depth: number, maxWords: number): Quantity | undefined {
  const before = qs.filter((q) => q.end <= at && q.depth === depth);
  const q = before[before.length - 1];
  if (!q || q.dim === "percent" || q.slashNext || q.slashPrev) return undefined;
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
  const family = familyOf(list.parts);
  const complete = (!someOf && !list.open) || family.covers;
  if (complete || family.disjoint) out.claims.push({ kind: "sum", whole: w, parts, complete, span });
  for (const part of list.parts) {
    if (!part.share) continue;
    out.shares.add(part.share);
    const claim: RateClaim = { kind: "rate", stated: part.share, part: part.q, whole: w, readings: [], wholeEarlier: false, span };
    out.claims.push(claim);
  }
}

/** Parts that are all percentages and all of the whole: they add up to 100%. */
function shareSum(out: Breakdowns, list: List, span: string): void {
  if (list.unreadable || list.parts.length < 2 || !list.parts.every((part) => part.q.dim === "percent")) return;
  if (!familyOf(list.parts).covers) return;
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

function depthAt(p: Passage, i: number): number {
  let depth = 0;
  for (let j = 0; j < i; j++) {
    if (p.text[j] === "(") depth++;
    else if (p.text[j] === ")" && depth > 0) depth--;
  }
  return depth;
}

function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i;
  }
  return text.length;
}

function superscript(mark: string): string {
  return [...mark].map((d) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[Number(d)] ?? d).join("");
}
