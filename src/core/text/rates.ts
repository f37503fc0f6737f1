/**
 * Rates: `A/B … đạt C%`, `đạt C% (A/B)`, and `A … đạt C%` / `A … chiếm C%` whose base is a plan
 * or a total stated in the same sentence or up to two sentences before it.
 */
import type { RateClaim } from "./claims";
import { APPROXIMATE, BASE, CARRIED, CHANGE, OTHER_PERIOD, OVER_TOTAL, PLAN, RATE_VERB, TOTAL } from "./cues";
import { wordCount, words } from "./fold";
import { proseAt } from "./limits";
import { sentenceAt, tidy, type Passage } from "./passages";
import { derived, figureBefore, figuresIn, inheritUnit, sameKind, type Quantity } from "./quantities";
import { sourceOf } from "../tables/labels";

const SENTENCES_BACK = 2;
const MAX_WORDS_RATIO_TO_VERB = 10;
/** A ratio that is the subject of its clause (`97/104 xã đã hoàn thành …, đạt`) may stand this far from the verb. */
const MAX_WORDS_RATIO_CLAUSE_TO_VERB = 30;
/** Words that bring in other units than the ratio's: the rate after them is theirs. */
const OTHER_SUBJECT = words("cac|con lai|khac|nhu|dien hinh|moi|tung|nhieu|mot so|phan lon|da so");
/** What follows a rate that can name its base (`kế hoạch`, `tổng số hộ nghèo`), up to the next punctuation. */
const TAIL_CHARS = 200;
/** A clause longer than this has too many figures in reach to tell which one a rate is of. */
const MAX_CLAUSE_CHARS = 1500;
/** More candidate bases than this: the sentence is a table in words, and its rates are not judged. */
const MAX_BASES = 8;
/** Words that single out a part: the rate after them is the part's. */
const SUBSET = words("trong do|trong so|rieng|rieng von");
/** A figure of what was done: disbursed, paid, carried out (`kinh phí thực hiện` is what it costs, not what was done). */
const DONE = words("giai ngan|da giai ngan|thanh toan|da chi|thuc chi|(?<!(?:kinh phi|von|ke hoach|du toan) )thuc hien");

export function rateClaims(
  passages: Passage[],
  figures: Map<Passage, Quantity[]>,
  taken: Set<Quantity>,
  changes: Map<Quantity, Quantity>,
): RateClaim[] {
  const out: RateClaim[] = [];
  for (const p of passages) {
    const qs = figures.get(p) ?? [];
    for (const stated of qs) {
      if (stated.dim !== "percent" || taken.has(stated) || !proseAt(p, sentenceAt(p, stated.start))) continue;
      const before = passages[p.index - 1];
      const claim = ratioClaim(p, qs, stated) ?? baseClaim(p, qs, stated, changes, before && { p: before, qs: figures.get(before) ?? [] });
      if (claim) out.push(claim);
    }
  }
  return out;
}

/** `A/B … đạt C%`, `A trên tổng số B, đạt C%` or `đạt C% (A/B)`. */
function ratioClaim(p: Passage, qs: Quantity[], stated: Quantity): RateClaim | undefined {
  const i = stated.index;
  const verb = verbBefore(p, qs, stated);
  if (verb === undefined) return undefined;
  const prev = qs[i - 1];
  const next = qs[i + 1];
  let pair: [Quantity, Quantity] | undefined;
  const first = prev && (prev.slashPrev ?? overTotal(p, qs[i - 2], prev));
  if (first && closeTo(p, prev, verb, stated) && !namesAnotherRate(p, first, verb)) pair = [first, prev];
  else if (next?.slashNext && /^\s*\(\s*$/.test(p.folded.slice(stated.end, next.start))) pair = [next, next.slashNext];
  if (!pair) return undefined;
  const [a, b] = [inheritUnit(pair[0], pair[1]), inheritUnit(pair[1], pair[0])];
  if (!sameKind(a, b) || b.norm === 0) return undefined;
  const span = tidy(p.text.slice(Math.min(a.start, stated.start), Math.max(b.end, stated.end)));
  return { kind: "rate", stated, part: a, whole: b, readings: [], wholeEarlier: false, span };
}

/** `64 xã trên tổng số 102 xã`: `a` over `b` in words. */
function overTotal(p: Passage, a: Quantity | undefined, b: Quantity): Quantity | undefined {
  return a && !a.slashPrev && !a.slashNext && a.depth === b.depth && OVER_TOTAL.test(p.folded.slice(a.end, b.start)) ? a : undefined;
}

/**
 * The ratio stands before the rate's verb, in its clause, and nothing between singles out a part of
 * it (`…1.150/1.600 triệu đồng, trong đó vốn ĐTPT đạt 80%` is the rate of ĐTPT) or starts another
 * subject (`…1.228/2.398 triệu đồng, các xã như Tân Lập đạt 90%`): after a comma the verb comes at
 * once, or after the rate's own name (`, tỷ lệ giải ngân đạt`). Within a few words the ratio is the
 * rate's; farther (`97/104 xã, phường đã hoàn thành việc …, đạt 93,3%`) only when the verb follows a
 * comma, nothing in between names the ratio's unit again, and the rate names no base of its own
 * (`…, đạt 100% kế hoạch` is over a plan). After a comma, words that bring in other things (`các`,
 * `còn lại`, `nhiều công trình`) make the rate theirs.
 */
function closeTo(p: Passage, ratio: Quantity, verb: number, stated: Quantity): boolean {
  const between = p.folded.slice(ratio.end, verb);
  if (!sameClause(p, ratio.end, verb) || SUBSET.test(between) || sourceOf(between)) return false;
  const comma = between.lastIndexOf(",");
  const afterComma = comma < 0 ? "" : between.slice(comma + 1);
  if (comma >= 0 && !/^\s*(?:(?:ty|ti) le(?:\s+[a-z]+)*\s*)?$/.test(afterComma)) return false;
  // A name after a comma (`…, xã Tân Lập giải ngân nhanh nhất, đạt 90%`) is the rate's own subject.
  const firstComma = between.indexOf(",");
  if (firstComma >= 0 && /\p{Lu}/u.test(p.text.slice(ratio.end + firstComma, verb))) return false;
  if (firstComma >= 0 && OTHER_SUBJECT.test(between.slice(firstComma))) return false;
  const count = wordCount(between);
  if (count <= MAX_WORDS_RATIO_TO_VERB) return true;
  if (count > MAX_WORDS_RATIO_CLAUSE_TO_VERB || comma < 0 || wordCount(afterComma) > 0 || BASE.test(tailOf(p, stated))) return false;
  // A list of units right after the ratio (`97/104 xã, phường đã …`) is its own noun.
  const predicate = between.replace(/^(?:\s*,\s*[a-z]+(?:\s[a-z]+)?(?=\s*,|\s))*/, "");
  const unit = p.folded.slice(ratio.start + ratio.digits.length, ratio.end).trim();
  return !(unit && words(unit).test(predicate));
}

/** A passage with its figures. */
interface Read {
  p: Passage;
  qs: Quantity[];
}

/** `A … đạt C% [kế hoạch]` / `A … chiếm C% [tổng số]` / `A …, tỷ lệ giải ngân: C%`, the base found by its label. */
function baseClaim(p: Passage, qs: Quantity[], stated: Quantity, changes: Map<Quantity, Quantity>, previous?: Read): RateClaim | undefined {
  const said = verbBefore(p, qs, stated);
  const name = said === undefined ? rateNameBefore(p, qs, stated) : undefined;
  const verbAt = said ?? name?.at;
  if (verbAt === undefined) return undefined;
  // A rate named without a verb is of what its name says: `tỷ lệ giải ngân` of what was disbursed, over
  // the plan; `tỷ lệ hộ nghèo` of the poor households, over all of them; `tỷ lệ (%)` of what was done.
  const verb = name ? (!name.words.length || DONE.test(name.words.join(" ")) ? "dat" : "chiem") : RATE_VERB.exec(p.folded.slice(verbAt, stated.start))?.[1];
  const tail = tailOf(p, stated);
  if (OTHER_PERIOD.test(tail)) return undefined;
  const basis = PLAN.test(tail) ? PLAN : TOTAL.test(tail) ? TOTAL : verb === "dat" ? PLAN : verb === "chiem" ? TOTAL : undefined;
  if (!basis) return undefined;

  const sentenceStart = p.sentences[sentenceAt(p, stated.start)][0];
  const reach = Math.max(sentenceStart, verbAt - MAX_CLAUSE_CHARS);
  const semicolon = p.text.slice(reach, verbAt).lastIndexOf(";");
  if (semicolon < 0 && reach > sentenceStart) return undefined;
  // `kế hoạch 2.040 triệu đồng; giải ngân 1.530 triệu đồng; tỷ lệ (%): 75`: a rate's name alone in its clause names the clauses before.
  const nameAlone = name && semicolon >= 0 && !figuresIn(qs, reach + semicolon + 1, verbAt).length;
  const clauseStart = semicolon < 0 || nameAlone ? reach : reach + semicolon + 1;
  const before = figuresIn(qs, clauseStart, verbAt).filter((q) => q.end <= verbAt && q.depth <= stated.depth && !q.slashPrev && !q.slashNext);
  const nearest = before[before.length - 1];
  if (!nearest) return undefined;
  const part = readingOf(p, qs, nearest, changes);
  if (!part || basis.test(labelOf(p, qs, nearest)) || namesAnotherRate(p, nearest, verbAt)) return undefined;
  if (name && !namedByRate(p, qs, nearest, name.words)) return undefined;

  const s = sentenceAt(p, stated.start);
  // Figures in reach: this sentence and the two before it.
  const reachable = figuresIn(qs, p.sentences[Math.max(0, s - SENTENCES_BACK)][0], p.sentences[s][1]);
  const kin = reachable.filter((q) => q !== nearest && q !== stated && !q.slashPrev && !q.slashNext && sameKind(q, part));
  // A part of one source is over a base of that source (ĐTPT disbursed over the ĐTPT plan).
  // A share (`chiếm`) of one source may be of the total of all sources, which names none.
  const partSource = sourceOf(labelOf(p, qs, nearest));
  const sameSource = (q: Quantity) => {
    const source = sourceOf(labelOf(p, qs, q));
    return !partSource || source === partSource || (basis === TOTAL && verb === "chiem" && !source && !DONE.test(labelOf(p, qs, nearest)));
  };
  const named = tail.match(NAMED_TOTAL)?.[1].trim().split(/\s+/) ?? [];
  // A disbursement of last year's carried-over funds is over those funds, not over this year's plan.
  const partCarried = CARRIED.test(labelOf(p, qs, nearest));
  const free = (q: Quantity) => sameSource(q) && !carriesRate(p, qs, q) && (!partCarried || CARRIED.test(labelOf(p, qs, q)));
  let wholes = kin.filter((q) => basis.test(labelOf(p, qs, q)) && free(q) && describes(p, qs, q, named));
  // Funds carried over from last year are the base when no plan is stated and they come right before the part.
  if (!wholes.length && basis === PLAN) wholes = kin.filter((q) => q.index === nearest.index - 1 && CARRIED.test(labelOf(p, qs, q)) && free(q));
  // `… 142 hộ nghèo, trong đó … 118 hộ, chiếm 83,1% tổng số hộ nghèo`: the one figure before the part that the total's words describe.
  if (!wholes.length && basis === TOTAL && named.length) wholes = kin.filter((q) => q.start < nearest.start && free(q) && isExactly(p, q, named));
  // `có 6.918 hộ dân cư, trong đó 574 hộ nghèo, chiếm 8,30% [so với tổng số hộ]`: the share of a part is of the whole it was taken from.
  const parent = verb === "chiem" ? kin.find((q) => q.index === nearest.index - 1 && free(q) && takenFrom(p, q, nearest) && (!named.length || namesOnly(p, qs, q, named))) : undefined;
  if (!wholes.length && parent) wholes = [parent];
  // `Tổng số hộ dân cư … là 9.872 hộ.` ⏎ `… 846 hộ cận nghèo, chiếm 8,57% tổng số hộ`: the named total alone in the paragraph before.
  const earlier = basis === TOTAL && named.length ? namedBefore(previous, nearest, named) : undefined;
  if (!wholes.length && earlier && !qs.some((q) => q.index < nearest.index && sameKind(q, part) && !carriesRate(p, qs, q))) wholes = [earlier];
  // A disbursement's clause: `Kinh phí hỗ trợ 4.200 triệu đồng, đã giải ngân 3.024 triệu đồng, đạt 72%` is over the
  // one other amount of its clause, whatever that amount is called; and when that amount is not the plan found, the base is unclear.
  const done = part.dim === "money" && DONE.test(labelOf(p, qs, nearest));
  const mates = done ? before.filter((q) => q !== nearest && sameKind(q, part) && q.depth === nearest.depth && !DONE.test(labelOf(p, qs, q)) && free(q)) : [];
  if (!wholes.length && verb === "dat" && !named.length) wholes = mates;
  // `bằng 105% kế hoạch giao (1.200 người)`: the base in a bracket right after its name.
  const bracketed = bracketBase(p, qs, stated, tail, part);
  if (bracketed && !wholes.includes(bracketed)) wholes = [...wholes, bracketed];
  if (wholes.length !== 1) return undefined;
  if (mates.length && !mates.includes(wholes[0])) return undefined;
  // A target in percent (`kế hoạch giảm 2%`) is assigned, not rounded.
  const assigned = (q: Quantity): Quantity => (q.dim === "percent" && PLAN.test(labelOf(p, qs, q)) ? { ...q, slack: 0 } : q);
  const whole = assigned(wholes[0]);
  // A base two sentences back is the rate's only when no figure of its kind stands between and the
  // rate's clause has none of its own but the part.
  if (whole.passage === p && sentenceAt(p, whole.start) <= s - 2) {
    const between = figuresIn(qs, whole.end, nearest.start).some((q) => sameKind(q, part));
    if (between || before.some((q) => q !== nearest && sameKind(q, part))) return undefined;
  }

  // Other readings: another figure of the clause over any plan, total or carried-over figure in reach,
  // or over two of them added (this year's plan and last year's carried over).
  const isBase = (q: Quantity) => BASE.test(labelOf(p, qs, q));
  const parts = [part, ...before.filter((q) => q !== nearest && sameKind(q, part) && !isBase(q) && readingOf(p, qs, q, changes) === q)];
  // The whole the part was taken from and the total named in the paragraph before are readings too, whichever was chosen.
  const candidates = kin.filter((q) => (isBase(q) || (partSource && sameSource(q))) && !parts.includes(q));
  const others = [...new Set([...candidates, parent, earlier])].filter((q): q is Quantity => !!q).map(assigned);
  if (others.length > MAX_BASES) return undefined;
  const bases = [...others, ...others.flatMap((x, i) => others.slice(i + 1).map((y) => derived(x, x.norm + y.norm, x.slack + y.slack)))];
  const readings = parts.flatMap((pt) => bases.filter((b) => b.norm > 0).map((b) => ({ part: pt, whole: b })));
  const wholeEarlier = whole.passage !== p || sentenceAt(p, whole.start) < s;
  const wholeQs = whole.passage === p ? qs : (previous?.qs ?? []);
  const span = wholeEarlier
    ? `${tidy(whole.passage.text.slice(labelStart(whole.passage, wholeQs, whole), whole.end))} … ${tidy(p.text.slice(labelStart(p, qs, nearest), stated.end))}`
    : tidy(p.text.slice(Math.min(whole.start, nearest.start), Math.max(whole.end, stated.end)));
  return { kind: "rate", stated, part, whole, readings, wholeEarlier, span };
}

/** `tỷ lệ giải ngân: 90%`, `tỷ lệ hộ nghèo là 4,2%`, `tỷ lệ (%): 75`: where the rate's name begins, and its words. */
const RATE_NAME = /(?<![a-z0-9])(?:ty|ti) le((?:\s+[a-z]+){0,6}?)\s*(?:\(\s*%\s*\)\s*)?(?::|la\s*:?)\s*$/;

function rateNameBefore(p: Passage, qs: Quantity[], stated: Quantity): { at: number; words: string[] } | undefined {
  const prevEnd = figureBefore(qs, stated.start)?.end ?? 0;
  const m = RATE_NAME.exec(p.folded.slice(prevEnd, stated.start));
  return m ? { at: prevEnd + m.index, words: m[1].trim().split(/\s+/).filter(Boolean) } : undefined;
}

/**
 * The figure is what the rate's name counts: its own words hold the name (`số hộ nghèo 231 hộ` for
 * `tỷ lệ hộ nghèo`), or, for a bare `tỷ lệ`, say it was done (`giải ngân 1.530 triệu đồng`); never a change.
 */
function namedByRate(p: Passage, qs: Quantity[], q: Quantity, name: string[]): boolean {
  const label = labelOf(p, qs, q);
  if (CHANGE.test(label)) return false;
  if (!name.length) return DONE.test(label);
  const own = `${label} ${p.folded.slice(q.start + q.digits.length, q.end)} ${tailOf(p, q)}`.split(/[^a-z]+/);
  return name.every((w) => own.includes(w));
}

/** `bằng 105% kế hoạch giao (1.200 người)`: the tail names a base and a bracket right after it holds one figure of the part's kind. */
function bracketBase(p: Passage, qs: Quantity[], stated: Quantity, tail: string, part: Quantity): Quantity | undefined {
  if (!BASE.test(tail)) return undefined;
  const open = stated.end + tail.length;
  if (p.text[open] !== "(") return undefined;
  const inside = figuresIn(qs, open, p.closing.get(open) ?? open);
  const base = inside[0];
  if (inside.length !== 1 || !sameKind(base, part) || base.norm <= 0) return undefined;
  const alone = /^\s*\(\s*$/.test(p.text.slice(open, base.start)) && /^\s*$/.test(p.text.slice(base.end, p.closing.get(open)));
  return alone ? base : undefined;
}

/** `6.918 hộ dân cư, trong đó 574 hộ nghèo`: `part` is the first of a `trong đó` list of `whole`. */
function takenFrom(p: Passage, whole: Quantity, part: Quantity): boolean {
  return /^[a-z ]*,?\s*trong (?:do|so)\s*:?\s*$/.test(p.folded.slice(whole.end, part.start));
}

/**
 * The total a rate names, stated in the paragraph before: the one figure of the part's kind there,
 * called a total and all of what the rate's words name. It is the base when, before the part in
 * its own paragraph, only figures that carry a share of their own stand (`1.105 hộ nghèo, chiếm
 * 11,19% tổng số hộ; 846 hộ …`).
 */
function namedBefore(previous: Read | undefined, part: Quantity, named: string[]): Quantity | undefined {
  // A list item's figures are its own item's (`- Xã Tân Lập: 1.204 hộ` ⏎ `- Xã Bình Minh: …`).
  if (!previous || previous.p.item || previous.p.footnote !== undefined || !proseAt(previous.p, previous.p.sentences.length - 1)) return undefined;
  const kin = previous.qs.filter((q) => sameKind(q, part));
  const base = kin[0];
  if (kin.length !== 1 || base.slashPrev || base.slashNext || base.norm <= 0) return undefined;
  const { p: bp, qs: bqs } = previous;
  if (!TOTAL.test(labelOf(bp, bqs, base)) || carriesRate(bp, bqs, base) || !namesOnly(bp, bqs, base, named)) return undefined;
  return base;
}

/** Words that place or restate a total without narrowing it: `hộ dân cư`, `trên địa bàn xã`, `của huyện`, `là`. */
const NEUTRAL = new Set("dan cu gia dinh tren dia ban toan cua xa phuong huyen tinh thi tran dac khu la co hien nay".split(" "));

/**
 * The figure is all of what the rate's words name, and nothing narrower: `tổng số hộ dân cư trên địa
 * bàn là 9.872 hộ` for `tổng số hộ`; not `40 hộ nghèo được vay vốn` for `tổng số hộ nghèo`.
 */
function namesOnly(p: Passage, qs: Quantity[], q: Quantity, named: string[]): boolean {
  const titled = /(?<![a-z])tong(?: so)?\s+([a-z0-9 ]*)$/.exec(labelOf(p, qs, q))?.[1] ?? "";
  // A total of a stated period (`năm 2024`, `đầu năm`) is not the total of any period.
  if (/\d/.test(titled)) return false;
  const own = `${titled} ${p.folded.slice(q.start + q.digits.length, q.end)} ${tailOf(p, q)}`.split(/[^a-z]+/).filter((w) => w && !NEUTRAL.has(w));
  return own.every((w) => named.includes(w)) && named.every((w) => own.includes(w));
}

/** `chiếm 79,2% tổng số hộ nghèo`: the words that name the total. */
const NAMED_TOTAL = /(?<![a-z])tong(?: so)?\s+([a-z ]+)/;

/** The base's own words (before it, its unit and what follows up to the next punctuation) include `named`. */
function describes(p: Passage, qs: Quantity[], q: Quantity, named: string[]): boolean {
  const own = `${labelOf(p, qs, q)} ${p.folded.slice(q.start, q.end)} ${tailOf(p, q)}`.split(/[^a-z0-9]+/);
  return named.every((w) => own.includes(w));
}

/** The figure's unit and the words after it up to the next punctuation are the named words, and nothing else (`142 hộ nghèo`, not `40 hộ nghèo được vay vốn`). */
function isExactly(p: Passage, q: Quantity, named: string[]): boolean {
  const own = `${p.folded.slice(q.start + q.digits.length, q.end)} ${tailOf(p, q)}`.split(/[^a-z0-9]+/).filter(Boolean);
  return own.length === named.length && named.every((w) => own.includes(w));
}

/** `1.857 hộ, chiếm 8,76%`: a figure with a share of its own is a part of something, not a base. */
function carriesRate(p: Passage, qs: Quantity[], q: Quantity): boolean {
  const next = qs[q.index + 1];
  if (!next || next.dim !== "percent") return false;
  const between = p.folded.slice(q.end, next.start);
  return !/[()]/.test(between) && RATE_VERB.test(between);
}

/** Where `đạt`/`chiếm`/`bằng`/`=` begins right before the stated rate; undefined when there is none or the rate is approximate. */
function verbBefore(p: Passage, qs: Quantity[], stated: Quantity): number | undefined {
  const prevEnd = figureBefore(qs, stated.start)?.end ?? 0;
  const before = p.folded.slice(prevEnd, stated.start);
  if (APPROXIMATE.test(before)) return undefined;
  const m = RATE_VERB.exec(before);
  return m ? prevEnd + m.index : undefined;
}

/**
 * The figure a rate is of. A percentage is only a decrease or an increase (`giảm 2,3%`, or the
 * `b` of `giảm từ a xuống b`, read as `a − b`); a level such as `tỷ lệ hộ nghèo 10,12%` has
 * targets reckoned in too many ways to check.
 */
function readingOf(p: Passage, qs: Quantity[], q: Quantity, changes: Map<Quantity, Quantity>): Quantity | undefined {
  if (q.dim !== "percent") return q;
  const change = changes.get(q);
  if (change) return change;
  return CHANGE.test(labelOf(p, qs, q)) ? q : undefined;
}

/** `355 triệu đồng, tỷ lệ hộ hài lòng đạt 95%`: the rate named is not one of the figure before it. */
function namesAnotherRate(p: Passage, part: Quantity, verbAt: number): boolean {
  const between = p.folded.slice(part.end, verbAt);
  const named = /(?<![a-z])(?:ty|ti) le\s+([a-z]+(?:\s+[a-z]+)?)/.exec(between);
  return !!named && !p.folded.slice(Math.max(0, part.start - 40), part.start).includes(named[1]);
}

/** The words that name a figure: from the last punctuation or figure before it. */
function labelOf(p: Passage, qs: Quantity[], q: Quantity): string {
  return p.folded.slice(labelStart(p, qs, q), q.start);
}

function labelStart(p: Passage, qs: Quantity[], q: Quantity): number {
  const prevEnd = figureBefore(qs, q.start)?.end ?? 0;
  const stretch = p.text.slice(prevEnd, q.start);
  return prevEnd + Math.max(0, ...[".", ";", ",", "(", ")"].map((c) => stretch.lastIndexOf(c) + 1));
}

/** The words after a figure up to the next punctuation. */
function tailOf(p: Passage, q: Quantity): string {
  return p.folded.slice(q.end, q.end + TAIL_CHARS).split(/[,;.()]/)[0];
}

function sameClause(p: Passage, from: number, to: number): boolean {
  return !/[;]/.test(p.text.slice(from, to)) && sentenceAt(p, from) === sentenceAt(p, to);
}
