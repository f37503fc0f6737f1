/**
 * The figures of a passage: numbers with what they count — money (normalised to đồng), percentages,
 * counts of a noun (hộ, người, công trình…) or bare numbers — and where they stand.
 * Years, dates, document numbers and outline numbers (`Dự án 3`, `năm 2023`, `90/QĐ-TTg`) are not figures.
 */
import { readNumber, UNIT_FACTOR } from "../numbers";
import type { Unit } from "../types";
import { viWordsAtEnd, wordsAtEnd } from "./fold";
import { lastAtOrBefore, lineAt, type Passage } from "./passages";

export type Dimension = "money" | "percent" | "count" | "bare";

export interface Quantity {
  passage: Passage;
  /** [start, end) of the number and its unit in the passage. */
  start: number;
  end: number;
  line: number;
  /** As written, unit included: `4.141.000đ`, `13.164 triệu đồng`, `23,94%`. */
  raw: string;
  /** The number as written, without its unit: `13.164`. */
  digits: string;
  /** The unit as written after the number: `đ`, `triệu đồng`, `%`, `hộ`; empty for a bare number. */
  unitText: string;
  /** In its own unit: 13164 for `13.164 triệu đồng`. */
  value: number;
  decimals: number;
  dim: Dimension;
  unit?: Unit;
  /** For counts: `hộ`, `người`, `công trình`… */
  noun?: string;
  /** Value in a common scale: đồng for money, the value itself otherwise. */
  norm: number;
  /** How far the true value may be from `norm` given the digits shown (rounded money, percentages). */
  slack: number;
  /** Parenthesis depth at the number. */
  depth: number;
  /** Its place among the passage's figures. */
  index: number;
  /** Joined by `/` to the previous or next figure: a ratio `A/B`. */
  slashPrev?: Quantity;
  slashNext?: Quantity;
}

const NUMBER = /(?<![\p{L}\p{N}_.\-–])\d(?:[\d.,]*\d)?(?!\p{N})/gu;
/** Thousands grouped by spaces (`2 345 hộ`, `1 234,5 triệu đồng`): read as one number only when a unit follows. */
const SPACED = /^[1-9]\d{0,2}(?: \d{3})+(?:,\d+)?(?![\p{N}.,]?\p{N})/u;
const MONEY_UNIT =
  /^\s*(ty dong|ti dong|ty d|ti d|ty(?!\s*le)|ti(?!\s*le)|trieu dong|trieu d|trieu|tr\.\s?dong|tr\.?\s?d|trd|nghin dong|ngan dong|nghin d|ngan d|vnd|dong|d)(?![a-z0-9])/;
const MONEY_UNIT_OF: [RegExp, Unit][] = [
  [/^t[yi]/, "ty-dong"],
  [/^tr/, "trieu-dong"],
  [/^(nghin|ngan)/, "nghin-dong"],
  [/^(vnd|dong|d)$/, "dong"],
];
const PERCENT = /^\s?(?:%|diem\s*%|diem phan tram|phan tram)/;
/** `tỷ lệ (%): 75`: a number after a name that gives its unit as `(%)`. */
const PERCENT_COLUMN = /(?<![a-z0-9])(?:ty|ti) le(?:\s+[a-z]+){0,6}\s*\(\s*%\s*\)\s*:\s*$/;
/** Count nouns, matched with their diacritics: folded, `cận` would read as `căn`. */
const NOUNS =
  "hộ gia đình|hộ|người|lao động|công trình|nhân khẩu|khẩu|xã|thị trấn|thôn|bản|làng|mô hình|dự án|lớp|lượt người|lượt|học viên|trẻ|cháu|hợp tác xã|htx|tổ hợp tác|thành viên|nhóm|cuộc|buổi|hội nghị|tin|bài|căn|ha|km|tấn|kg|cây|m2|m²|đơn vị hành chính|đơn vị|phường|đặc khu|huyện|tiêu chí|phương tiện|sản phẩm|doanh nghiệp|cơ sở|cán bộ|kỳ|điểm";
const NOUN = new RegExp(`^\\s*(${NOUNS})(?![\\p{L}\\p{N}])`, "u");
/**
 * Nouns that count the same things: people, whether called người, lao động or học viên; communes,
 * wards and special zones, the administrative units of the commune level (since 1 July 2025).
 */
const NOUN_OF: Record<string, string> = {
  "lượt người": "lượt",
  "hộ gia đình": "hộ",
  "lao động": "người",
  "học viên": "người",
  xã: "đơn vị hành chính",
  phường: "đơn vị hành chính",
  "thị trấn": "đơn vị hành chính",
  "đặc khu": "đơn vị hành chính",
};
/** Words after which a number names something rather than counts it (`tháng 6`, `Dự án 3`, `Quyết định số 12`). */
const NOT_A_FIGURE = viWordsAtEnd(
  "tháng|ngày|quý|đợt|lần|lần thứ|khóa|khoá|điều|khoản|phụ lục|biểu|mẫu|giai đoạn|chương trình|dự án|tiểu dự án|da|tda|thôn|tổ|xóm|bản|ấp|khóm|khu phố|phường|chương|phần|tiết|trang|nhóm|loại|vùng|khu vực|bước|tuần|lớp|(?:quyết định|nghị định|nghị quyết|thông tư|công văn|chỉ thị|kế hoạch|báo cáo|tờ trình|thông báo|văn bản|biểu|mẫu|phụ lục|hợp đồng|giấy|mã) số|quyết định|nghị định|nghị quyết|thông tư|công văn|chỉ thị|qđ|nq|tt",
);
/** The outline of the 2026–2035 programme (`Nội dung 1`, `Hợp phần 2`), right before the number: `nội dung: 500 triệu đồng` is a figure. */
const OUTLINE = /(?<![\p{L}\p{N}])(?:điểm|mục|tiểu mục|hạng mục|nội dung|nội dung thành phần|hợp phần|tiểu hợp phần|gói thầu)\s+$/u;
const DATE_WORDS = wordsAtEnd("ngay|den|den ngay|tinh den|tinh den ngay|tu|tu ngay|thang|het|truoc|sau|nam");

/** The figures of a passage, in order. */
export function quantitiesOf(p: Passage): Quantity[] {
  const depth = parenDepths(p.text);
  const out: Quantity[] = [];
  let m: RegExpExecArray | null;
  NUMBER.lastIndex = 0;
  while ((m = NUMBER.exec(p.text))) {
    const start = m.index;
    const lead = p.lower.slice(Math.max(0, start - 30), start);
    if (NOT_A_FIGURE.test(lead) || OUTLINE.test(lead)) continue;
    const digits = spacedAt(p, start) ?? m[0];
    NUMBER.lastIndex = start + digits.length;
    const read = readNumber(digits);
    if (!read) continue;
    const q = withUnit(p, start, digits, read.value, read.decimals, depth[start]);
    if (q.dim === "bare" && read.decimals === 0 && !/[.,]/.test(m[0]) && q.value >= 1990 && q.value <= 2035) continue;
    out.push(q);
  }
  const linked = linkSlashes(p, out);
  linked.forEach((q, i) => (q.index = i));
  return linked;
}

/** `2 345` at `start`, when a unit follows it; otherwise the groups are separate numbers (a table's cells). */
function spacedAt(p: Passage, start: number): string | undefined {
  const m = SPACED.exec(p.text.slice(start, start + 40));
  if (!m) return undefined;
  const after = start + m[0].length;
  const unit = MONEY_UNIT.test(p.folded.slice(after, after + 24)) || PERCENT.test(p.folded.slice(after, after + 24)) || NOUN.test(p.lower.slice(after, after + 24));
  return unit ? m[0] : undefined;
}

/** The last figure that ends at or before `offset`. */
export function figureBefore(qs: Quantity[], offset: number): Quantity | undefined {
  const i = lastAtOrBefore(qs, offset, (q) => q.end);
  return i < 0 ? undefined : qs[i];
}

/** The figures that start in [from, to). */
export function figuresIn(qs: Quantity[], from: number, to: number): Quantity[] {
  return qs.slice(lastAtOrBefore(qs, from - 1, (q) => q.start) + 1, lastAtOrBefore(qs, to - 1, (q) => q.start) + 1);
}

function withUnit(p: Passage, start: number, digits: string, value: number, decimals: number, depth: number): Quantity {
  let end = start + digits.length;
  const after = p.folded.slice(end, end + 24);
  let dim: Dimension = "bare";
  let unit: Unit | undefined;
  let noun: string | undefined;
  const money = MONEY_UNIT.exec(after);
  const percent = PERCENT.exec(after);
  const count = NOUN.exec(p.lower.slice(end, end + 24));
  if (percent) {
    dim = "percent";
    end += percent[0].length;
  } else if (PERCENT_COLUMN.test(p.folded.slice(Math.max(0, start - 60), start))) {
    dim = "percent";
  } else if (money) {
    dim = "money";
    unit = MONEY_UNIT_OF.find(([re]) => re.test(money[1]))?.[1] ?? "dong";
    end += money[0].length;
  } else if (count) {
    dim = "count";
    noun = NOUN_OF[count[1]] ?? count[1];
    end += count[0].length;
  }
  const q: Quantity = {
    passage: p,
    start,
    end,
    line: lineAt(p, start),
    raw: p.text.slice(start, end).trim(),
    digits,
    unitText: p.text.slice(start + digits.length, end).trim(),
    value,
    decimals,
    dim,
    unit,
    noun,
    norm: 0,
    slack: 0,
    depth,
    index: 0,
  };
  return scaled(q);
}

/** Fills `norm` and `slack` from the value, unit and digits shown. */
function scaled(q: Quantity): Quantity {
  const factor = q.unit ? UNIT_FACTOR[q.unit] : 1;
  const step = Math.pow(10, -q.decimals) * factor;
  // Counts are exact; money above đồng and percentages may have been rounded to the digits shown.
  const rounded = q.dim === "percent" || (q.dim === "money" && q.unit !== "dong") || (q.dim === "bare" && q.decimals > 0);
  return { ...q, norm: q.value * factor, slack: rounded ? step / 2 : 0 };
}

/** A bare number read in the unit of a figure it goes with (`13.558 triệu đồng, trong đó trung ương 13.164`). */
export function inheritUnit(q: Quantity, from: Quantity): Quantity {
  if (q.dim !== "bare") return q;
  return scaled({ ...q, dim: from.dim, unit: from.unit, noun: from.noun, unitText: from.unitText });
}

/** Two figures measure the same kind of thing and can be added or divided. */
export function sameKind(a: Quantity, b: Quantity): boolean {
  if (a.dim !== b.dim) return false;
  return a.dim !== "count" || a.noun === b.noun;
}

/**
 * `A/B`: the figures on either side of a slash form a ratio, unless the slash chain is a date
 * (`30/6`, `18/01/2022`) or a document number (`90/2022/NĐ-CP`).
 */
function linkSlashes(p: Passage, qs: Quantity[]): Quantity[] {
  const dropped = new Set<Quantity>();
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i];
    const b = qs[i + 1];
    if (!/^\s?\/\s?$/.test(p.text.slice(a.end, b.start))) continue;
    const chained = /^\s?\//.test(p.text.slice(b.end, b.end + 2)) || (i > 0 && /^\s?\/\s?$/.test(p.text.slice(qs[i - 1].end, a.start)));
    const dateLike = a.dim === "bare" && b.dim === "bare" && a.value <= 31 && b.value <= 12 && DATE_WORDS.test(p.folded.slice(Math.max(0, a.start - 20), a.start));
    if (chained || dateLike) {
      dropped.add(a);
      dropped.add(b);
      continue;
    }
    a.slashNext = b;
    b.slashPrev = a;
  }
  // A number beside a slash that is not a ratio belongs to a date or a code (`123/QĐ-UBND`, `01/2022`).
  const besideSlash = (q: Quantity) => /^\s?\//.test(p.text.slice(q.end, q.end + 2)) || /\/\s?$/.test(p.text.slice(Math.max(0, q.start - 2), q.start));
  return qs.filter((q) => !dropped.has(q) && (q.slashNext || q.slashPrev || !besideSlash(q)));
}

function parenDepths(text: string): number[] {
  const d: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") depth++;
    d.push(depth);
    if (text[i] === ")" && depth > 0) depth--;
  }
  return d;
}

/** A figure made by arithmetic (a decrease `a − b`), given in đồng or plain, in the unit of `like`. */
export function derived(like: Quantity, norm: number, slack: number): Quantity {
  const factor = like.unit ? UNIT_FACTOR[like.unit] : 1;
  return { ...like, value: norm / factor, norm, slack, slashPrev: undefined, slashNext: undefined };
}
