/**
 * Keys of table cells, the same for a form and a source: a row names an entity (the total, a
 * project or sub-project, an administrative unit, an item) and maybe a funding source; a column
 * names a measure, a funding source, a year and a period. Two cells with compatible keys hold the same figure.
 */
import { isFigure } from "../tables/columns";
import { fold, introducesParts, isTotalLabel, periodOf, sourceOf } from "../tables/labels";
import type { FundingSource, Measure, Period, RecognisedColumn, RecognisedTable } from "../types";

/** What a figure column holds. */
export interface FigureKey {
  measure: Measure;
  /** Whose rate, decrease or target: `Tỷ lệ (%)` under `Hộ nghèo đầu năm` is a rate of poor households. */
  subject?: Measure;
  source?: FundingSource;
  year?: number;
  period?: Period;
  /** A part of the measure's households or people, never added into them: `trong đó hộ DTTS`, `trong đó: nữ`. */
  subset?: string;
  percent: boolean;
  /** For columns of no known measure: the folded header, the only thing to match on. */
  label?: string;
  /** That header as written, for messages. */
  title?: string;
}

export interface RowKey {
  /** `total`, `DA3`, `DA3.1`, `unit:xa an phu`, `item:DA1>xay dung duong`. */
  entity: string;
  /** For a row that names a funding source under its parent (`- Ngân sách trung ương`). */
  source?: FundingSource;
}

const MONEY = new Set<Measure>(["plan", "carried-over", "disbursed"]);
const WITH_SUBJECT = new Set<Measure>(["rate", "decrease", "target", "achieved"]);

/** A column's key; undefined for label, STT and note columns. */
export function columnKey(col: RecognisedColumn): FigureKey | undefined {
  if (!isFigure(col)) return undefined;
  const key: FigureKey = { measure: col.measure, percent: col.percent };
  if (WITH_SUBJECT.has(col.measure)) {
    const subject = col.path.map((p) => subjectOf(fold(p))).find((m) => m !== undefined);
    if (subject) key.subject = subject;
  }
  const money = isMoney(col);
  // An unsplit money column (`Kế hoạch vốn`) is the total of its measure.
  const source = col.source ?? (money ? "total" : undefined);
  if (source) key.source = source;
  if (col.year !== undefined) key.year = col.year;
  if (col.period) key.period = col.period;
  const subset = col.path.map((p) => subsetOf(fold(p))).find((s) => s !== undefined);
  if (subset) key.subset = subset;
  if (col.measure === "amount") {
    // A total under a source is that source: `Ngân sách trung ương › Tổng` is `Ngân sách trung ương`.
    const named = [...col.path].reverse().find((p) => !isTotalLabel(fold(p)) && !introducesParts(fold(p)));
    const leaf = col.path[col.path.length - 1] ?? "";
    key.title = isTotalLabel(fold(leaf)) && named !== undefined && sourceOf(fold(named)) ? named : leaf;
    key.label = fold(key.title).replace(/\([^)]*\)/g, "").trim();
  }
  return key;
}

/** The groups a column may count a part of: ethnic minorities, women, people with disabilities. */
const SUBSETS: [RegExp, string][] = [
  [/\b(dan toc thieu so|dtts|dong bao dan toc)\b/, "dtts"],
  [/\b(nu|phu nu|lao dong nu)\b/, "nu"],
  [/\b(khuyet tat)\b/, "khuyet-tat"],
];

function subsetOf(folded: string): string | undefined {
  return SUBSETS.find(([re]) => re.test(folded))?.[1];
}

/** Whose rate or decrease a header names: `Tỷ lệ hộ cận nghèo` → near-poor. */
function subjectOf(folded: string): Measure | undefined {
  if (/\bcan ngheo\b/.test(folded)) return "near-poor";
  if (/\bthoat ngheo\b/.test(folded)) return "escaped";
  if (/\bho ngheo\b/.test(folded)) return "poor";
  return undefined;
}

/** Measures whose figures differ between the start and the end of a period. */
const BY_PERIOD = new Set<Measure>(["poor", "near-poor", "escaped"]);

/**
 * The period a sheet's title names (`… CUỐI NĂM 2023`), given to the columns whose headers name
 * none: a count of poor households or their rate is then the end-of-year one.
 */
export function withTitlePeriod(key: FigureKey, titles: string[]): FigureKey {
  if (key.period || !(BY_PERIOD.has(key.measure) || (key.measure === "rate" && key.subject))) return key;
  const period = periodOf(fold(titles.join(" ")));
  return period ? { ...key, period } : key;
}

/**
 * The keys of a table's columns as its title completes them: the period (above), and — for money
 * columns of a table whose headers name no year at all — the one year the title names
 * (`BÁO CÁO GIẢI NGÂN NĂM 2025`; a date `ngày 05 tháng 12 năm 2025` is not the report's year).
 * A disbursement column without a year (`Giải ngân đến 31/01/2026`) beside plan columns that all
 * name one year is the disbursement of that plan: it takes the plan's year.
 */
export function titledKeys(table: RecognisedTable, titles: string[]): (col: RecognisedColumn) => FigureKey | undefined {
  const years = new Set<number>();
  for (const m of fold(titles.join(" ")).matchAll(/(?<!thang \d{1,2} )\bnam (20\d\d)\b(?!\s*[-–]\s*20\d\d)/g)) years.add(Number(m[1]));
  const year = years.size === 1 && !table.columns.some((c) => c.year !== undefined) ? [...years][0] : undefined;
  const planYears = new Set(table.columns.filter((c) => c.measure === "plan" && c.year !== undefined).map((c) => c.year));
  const dated = table.columns.some((c) => c.measure === "disbursed" && c.year !== undefined);
  const planYear = planYears.size === 1 && !dated ? [...planYears][0] : undefined;
  return (col) => {
    const own = columnKey(col);
    if (!own) return undefined;
    const key = withTitlePeriod(own, titles);
    if (year !== undefined && MONEY.has(key.measure)) return { ...key, year };
    if (planYear !== undefined && key.measure === "disbursed" && key.year === undefined && !key.percent) return { ...key, year: planYear };
    return key;
  };
}

/** Money columns carry a unit and add up across sources of funding. */
export function isMoney(col: RecognisedColumn): boolean {
  return !col.percent && (MONEY.has(col.measure) || col.unit !== undefined);
}

/**
 * The key a form column asks for is met by a source column: same figure, year compatible. A period
 * must agree for households (start and end of year differ); for money it is at most a wording
 * (`Giải ngân từ đầu năm`), so a side that names none agrees with either.
 */
export function sameFigure(want: FigureKey, have: FigureKey): boolean {
  const money = MONEY.has(want.measure);
  return (
    want.measure === have.measure &&
    want.percent === have.percent &&
    (want.period === have.period || (money && (want.period === undefined || have.period === undefined))) &&
    want.label === have.label &&
    want.subset === have.subset &&
    (want.subject === have.subject || want.subject === undefined || have.subject === undefined) &&
    (want.year === have.year || want.year === undefined || have.year === undefined)
  );
}

/** A row's key, for every row of the table (undefined for a row with no label). */
export function rowKeys(table: RecognisedTable): (RowKey | undefined)[] {
  const keys: (RowKey | undefined)[] = [];
  let totalSeen = false;
  table.rows.forEach((row, i) => {
    const parent = row.parent !== undefined ? keys[row.parent] : undefined;
    const code = codeInPlace(row.code, row.label, parent?.entity, table.rows[row.parent ?? -1]?.kind);
    let key: RowKey | undefined;
    if (row.kind === "total" && !totalSeen) {
      totalSeen = true;
      key = { entity: "total" };
    } else if (code) key = { entity: code };
    else if (row.kind === "source" && row.source) key = { entity: parent?.entity ?? "total", source: row.source };
    else if (row.kind === "unit") key = { entity: unitEntity(row.label) };
    else if (row.label.trim() !== "") {
      // The label path: items under an item or a project carry its name; the total row adds none.
      const path = parent && !parent.source && parent.entity !== "total" ? parent.entity + ">" : "";
      key = { entity: `item:${path}${itemName(row.label)}` };
    }
    keys[i] = key;
  });
  return keys;
}

/**
 * A row's project code as its place in the table confirms it. A sub-project whose code names
 * another project than the project row above it, while its label names no project, was numbered
 * by its STT (`1.1 Tiểu dự án 1` under `Dự án 4` is DA4.1, not DA1.1). A project code found under
 * an item row came from a name that a content of another programme shares (`Hỗ trợ nhà ở …` in
 * the 2026–2035 programme): the row is an item there.
 */
function codeInPlace(code: string | undefined, label: string, parent: string | undefined, parentKind: string | undefined): string | undefined {
  if (!code) return undefined;
  if (parentKind === "item" && /^DA\d$/.test(code)) return undefined;
  const sub = /^DA(\d)\.(\d)$/.exec(code);
  const project = parent && /^DA(\d)$/.exec(parent);
  if (sub && project && sub[1] !== project[1] && !/(?<!tieu )\b(du an|da)\s*\d/.test(fold(label))) return `DA${project[1]}.${sub[2]}`;
  return code;
}

/**
 * An item's name in its label path. A row that numbers itself — `Hợp phần II: …`, `HP2 - …`,
 * `Nội dung 1. …`, `ND 1` — is named by that number alone, however the rest is worded (the
 * 2026–2035 programme's components and contents have no codes).
 */
function itemName(label: string): string {
  const f = fold(label)
    .replace(/^([0-9ivx]+[.)]|[a-z][.)]|[-+*•–])\s*/, "")
    .replace(/[:;.,]+$/, "")
    .trim();
  const d = DESIGNATION.exec(f);
  if (!d) return f;
  const n = ROMAN[d[2]] ?? Number(d[2]);
  return `${DESIGNATION_OF[d[1].replace(/\s+/g, " ")] ?? d[1]} ${n}`;
}

const DESIGNATION = /^(hop phan|hp|noi dung thanh phan|noi dung|nd|tieu noi dung|tieu du an|nhiem vu|du an thanh phan)\s*(?:so\s*)?(\d{1,2}|[ivx]{1,5})(?![0-9a-z]|\.\d)/;
const DESIGNATION_OF: Record<string, string> = { hp: "hop phan", nd: "noi dung", "noi dung thanh phan": "noi dung" };
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

const UNIT_TYPES = ["thi tran", "thi xa", "thanh pho", "dac khu", "huyen", "quan", "tinh", "phuong", "xa", "tp"];

/** `Tân Lập (xã)`: a unit's type written after its name, folded. */
const TYPE_AFTER = /^(.+?)\s*\((thi tran|thi xa|thanh pho|dac khu|huyen|quan|phuong|xa)\)$/;

/** `Xã An Phú` → { type: "xa", name: "an phu" }; `TT. Mẫu` → thị trấn; `Tân Lập (xã)` → xã. */
export function unitName(label: string): { type?: string; name: string } {
  const folded = fold(label);
  // `Tân Lập (xã)`: the type written after the name.
  const after = TYPE_AFTER.exec(folded);
  let f = (after ? `${after[2]} ${after[1]}` : folded)
    .replace(/^\d+[.)]?\s+/, "")
    .replace(/\btt\.\s*/, "thi tran ")
    .replace(/\btp\.\s*/, "thanh pho ")
    .replace(/[.,:;()]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  f = f.replace(/^(toan|tong cong|tong so)\s+/, "");
  for (const t of UNIT_TYPES)
    if (f.startsWith(t + " ")) return { type: t === "tp" ? "thanh pho" : t, name: f.slice(t.length + 1) };
  return { name: f };
}

export function unitEntity(label: string): string {
  const u = unitName(label);
  return `unit:${u.type ? u.type + " " : ""}${u.name}`;
}

/**
 * Two entities name the same unit: same name, and the same type when both say one — `Tân Lập` is
 * `Xã Tân Lập` on either side (a row named without its type word is read as an item), but
 * `Huyện Mẫu` is not `Thị trấn Mẫu`.
 */
export function sameUnit(a: string, b: string): boolean {
  const x = asUnit(a);
  const y = asUnit(b);
  if (!x || !y || (!a.startsWith("unit:") && !b.startsWith("unit:"))) return false;
  return x.name === y.name && (!x.type || !y.type || x.type === y.type);
}

/** A unit entity's type and name; the label of an item at the top or under the total as a name without a type. */
function asUnit(entity: string): { type?: string; name: string } | undefined {
  if (entity.startsWith("unit:")) return unitName(entity.slice(5));
  // A row under the total row only: `item:total>tan lap`.
  const item = /^item:(?:total>)?([^>]+)$/.exec(entity);
  if (item) {
    const after = TYPE_AFTER.exec(item[1]);
    return after ? { type: after[2], name: after[1] } : { name: item[1] };
  }
  return undefined;
}

/**
 * The unit a sheet reports for, from its title (`… của UBND huyện Mẫu`) or its total row
 * (`Toàn huyện Mẫu`): the last such name found, as a unit entity.
 */
export function ownUnitOf(texts: string[]): { entity: string; label: string } | undefined {
  let found: { entity: string; label: string } | undefined;
  for (const text of texts) {
    const t = blankSociety(text.normalize("NFC"));
    const lower = t.toLowerCase();
    if (lower.length !== t.length) continue;
    // Match the type word case-insensitively, the name by its capital letters.
    for (const m of lower.matchAll(/(huyện|thị xã|thành phố|quận|tỉnh|thị trấn|phường|đặc khu|xã)\s+/gu)) {
      const start = (m.index ?? 0) + m[0].length;
      const rest = t.slice(start);
      const cut = AFTER_NAME.exec(rest);
      const name = /^\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)*/u.exec(cut ? rest.slice(0, cut.index) : rest);
      const kept = name?.[0];
      const province = m[1] === "tỉnh";
      if (kept && !(province && found)) {
        // Written as a row label: `UBND XÃ TÂN LẬP` gives `Xã Tân Lập`.
        const name = kept === kept.toUpperCase() ? kept.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, sp: string, ch: string) => sp + ch.toUpperCase()) : kept;
        const label = `${m[1].charAt(0).toUpperCase()}${m[1].slice(1)} ${name}`;
        found = { entity: unitEntity(label), label };
      }
    }
  }
  return found ?? authorityOf(texts);
}

/**
 * `ỦY BAN NHÂN DÂN MINH TÂN`, `UBND Tân Lập`: a council named without its unit's type names the unit
 * (its type unknown, so it meets `Xã Minh Tân` and `Phường Minh Tân` alike). Only when no title names
 * a unit with its type.
 */
function authorityOf(texts: string[]): { entity: string; label: string } | undefined {
  for (const text of texts) {
    const t = text.normalize("NFC").trim();
    const m = /^(?:tm\.\s*)?(?:ủy|uỷ)\s+ban\s+nhân\s+dân\s+|^ubnd\s+/iu.exec(t);
    if (!m) continue;
    const rest = t.slice(m[0].length);
    if (/^(?:huyện|thị xã|thành phố|quận|tỉnh|thị trấn|phường|đặc khu|xã|tp|tt|tx)(?![\p{L}\p{M}])/iu.test(rest)) continue;
    const cut = AFTER_NAME.exec(rest);
    const name = /^\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)*$/u.exec((cut ? rest.slice(0, cut.index) : rest).trim())?.[0];
    if (!name) continue;
    const label = name === name.toUpperCase() ? name.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, sp: string, ch: string) => sp + ch.toUpperCase()) : name;
    return { entity: unitEntity(label), label };
  }
  return undefined;
}

/**
 * `xã hội` (society) is no commune: the national motto every document carries (`CỘNG HÒA XÃ HỘI CHỦ
 * NGHĨA VIỆT NAM`), `Ngân hàng Chính sách xã hội`, `bảo trợ xã hội`, `xã hội hóa`, `kinh tế - xã hội` — blanked, with the
 * text's length kept, before unit names are looked for.
 */
function blankSociety(text: string): string {
  return text.replace(SOCIETY, (m) => " ".repeat(m.length));
}

const SOCIETY =
  /(?<=(?:cộng\s+(?:hòa|hoà)|chính\s+sách|bảo\s+trợ|an\s+sinh|bảo\s+hiểm|tệ\s+nạn|thương\s+binh\s+và|kinh\s+tế\s*[-–]?)\s+)xã\s+hội(?![\p{L}\p{M}])|(?<![\p{L}\p{M}])xã\s+hội(?=\s+(?:chủ\s+nghĩa|hóa|hoá)(?![\p{L}\p{M}]))/giu;

/**
 * What follows a unit's name in a title written in capitals (`… CỦA XÃ AN PHÚ NĂM 2026`,
 * `HUYỆN AN LẠC TỈNH …`, `… PHƯỜNG HÒA BÌNH VỀ …`): the name ends there.
 */
const AFTER_NAME = /\s+(?:(?:năm|tháng|quý)\s+(?:\d|[ivx]+(?![\p{L}\p{M}]))|(?:về|đến|theo|kèm|ngày|số|đợt|tỉnh|báo cáo|kết quả|nguồn vốn|chương trình|giai đoạn)(?![\p{L}\p{M}]))/iu;
