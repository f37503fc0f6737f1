/**
 * Text against appendices: the disbursement figures a report states in its sentences (plan,
 * disbursed, rate, per project/sub-project and source) compared with the cells of the recognised
 * disbursement tables. Only a figure whose project, measure and source are all clear is compared.
 */
import type { CellValue, WorkbookGrid } from "../grid";
import { address, cellAt } from "../grid";
import { fold, sourceOf, SOURCE_PARTS } from "../tables/labels";
import { isPercentFormat, ownDecimals, readNumber, UNIT_FACTOR } from "../numbers";
import type { Analysis, Finding, FundingSource, Measure, Message, ProjectCode, RecognisedTable, RuleId, SheetReport } from "../types";
import { DEFAULT_SOURCE, TEXT_SHEET_MISMATCH, type TextOptions } from "./checkText";
import { checkTextAgainstTargets } from "./targets";
import { CARRIED, PLAN, RATE_VERB } from "./cues";
import { words } from "./fold";
import { accepts } from "./judge";
import { amount, shown } from "./messages";
import { assertCheckable, proseAt } from "./limits";
import { sentenceAt, splitPassages, tidy, type Passage } from "./passages";
import { figureBefore, inheritUnit, quantitiesOf, type Quantity } from "./quantities";

export { TEXT_SHEET_MISMATCH };

type Compared = Extract<Measure, "plan" | "disbursed" | "rate">;

/** A figure of the text, keyed as a cell of a disbursement table would be. */
export interface TextFigure {
  q: Quantity;
  code: ProjectCode | "total";
  measure: Compared;
  source: FundingSource;
  /** The project was named in the figure's own sentence, not inherited from a heading. */
  namedHere: boolean;
  /** The words before the figure, folded for matching. */
  label: string;
  /** The same words as written, for showing. */
  said: string;
}

const DISBURSED = words("giai ngan|thanh toan|da chi|thuc chi");
const ROMAN_HEADING = /^\s*[IVXLC]+\.\s/;
const TOTAL_CONTEXT = words("tong|chuong trinh|toan huyen|toan tinh");
const CODE =
  /(?<![a-z0-9])(?:(?:tieu du an|tda)\s*(\d)(?:\s*(?:[-–(,]|cua|thuoc)?\s*(?:du an|da)\s*(\d))?|(?:du an|da)\s*(\d))(?![0-9])/g;

export function checkTextAgainst(text: string, analysis: Analysis, workbook: WorkbookGrid, options: TextOptions = {}): Finding[] {
  const source = options.source ?? DEFAULT_SOURCE;
  const tables = analysis.sheets.filter((s): s is SheetReport & { table: RecognisedTable } => s.kind === "disbursement" && !!s.table);
  const findings: Finding[] = checkTextAgainstTargets(text, analysis, workbook, options);
  if (!tables.length) return findings;
  for (const figure of textFigures(text, options)) {
    const cell = cellFor(figure, tables, workbook);
    if (!cell || agrees(figure, cell)) continue;
    const own = analysis.findings.find((f) => f.sheet === cell.sheet && f.cell === cell.address);
    findings.push({
      sheet: source,
      line: figure.q.line,
      span: tidy(`${figure.said} ${figure.q.raw}`),
      rule: TEXT_SHEET_MISMATCH,
      severity: figure.namedHere ? "error" : "warning",
      stated: figure.q.value,
      expected: cell.inTextUnit,
      message: mismatchMessage(figure, cell, own?.rule),
      related: [`${cell.sheet}!${cell.address}`],
    });
  }
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** The text's plan, disbursed and rate figures with their project, measure and source. */
export function textFigures(text: string, options: TextOptions = {}): TextFigure[] {
  assertCheckable(text);
  const out: TextFigure[] = [];
  let context: ProjectCode | undefined;
  for (const p of splitPassages(text, options)) {
    if (p.footnote !== undefined) continue;
    const codes = codesIn(p, context);
    if (ROMAN_HEADING.test(p.text) && !codes.length) context = undefined;
    const qs = quantitiesOf(p);
    let last: TextFigure | undefined;
    let k = 0;
    for (const q of qs) {
      while (k < codes.length && codes[k].at < q.start) k++;
      const s = sentenceAt(p, q.start);
      if (!proseAt(p, s)) continue;
      // The codes named before the figure in its sentence: more than one, and it belongs to none.
      let sameSentence: { code: ProjectCode; at: number } | undefined;
      let several = false;
      for (let j = k - 1; j >= 0 && sentenceAt(p, codes[j].at) === s; j--) {
        if (sameSentence && codes[j].code !== sameSentence.code) several = true;
        if (several) break;
        sameSentence ??= codes[j];
      }
      if (several) continue;
      const named = sameSentence ?? codes[k - 1];
      const code = named?.code ?? context ?? "total";
      const said = saidBefore(p, qs, q);
      const figure = classify(p, q, fold(said), said, last, out);
      if (figure && (code !== "total" || TOTAL_CONTEXT.test(p.folded.slice(p.sentences[s][0], q.start)))) {
        const f: TextFigure = { ...figure, code, namedHere: !!named && sentenceAt(p, named.at) === s };
        out.push(f);
        last = f;
      }
    }
    const lastCode = codes[codes.length - 1];
    if (lastCode) context = lastCode.code;
  }
  return out;
}

/** `Dự án 3`, `Tiểu dự án 1 Dự án 3`, `TDA1-DA3`; a sub-project without its project takes the one before. */
function codesIn(p: Passage, context: ProjectCode | undefined): { code: ProjectCode; at: number }[] {
  const out: { code: ProjectCode; at: number }[] = [];
  let project = context ? /^DA(\d)/.exec(context)?.[1] : undefined;
  CODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CODE.exec(p.folded))) {
    if (m[3]) {
      project = m[3];
      out.push({ code: `DA${project}`, at: m.index });
    } else if (m[2] || project) out.push({ code: `DA${m[2] ?? project}.${m[1]}`, at: m.index });
  }
  return out;
}

function classify(
  p: Passage,
  q: Quantity,
  label: string,
  said: string,
  last: TextFigure | undefined,
  out: TextFigure[],
): Omit<TextFigure, "code" | "namedHere"> | undefined {
  const src = sourceOf(label) ?? "total";
  if (q.dim === "percent") {
    const verb = RATE_VERB.test(p.folded.slice(last ? last.q.end : 0, q.start));
    // The rate follows the disbursed figure, or the `A/B` it was divided from, in the same clause.
    const disbursed = last && (last.measure === "disbursed" ? last : last.q.slashPrev ? figureAt(out, p, last.q.slashPrev.start) : undefined);
    if (!verb || !last || !disbursed || !/^[^;]*$/.test(p.text.slice(last.q.end, q.start)) || sentenceAt(p, last.q.end) !== sentenceAt(p, q.start))
      return undefined;
    return { q, measure: "rate", source: disbursed.source, label: disbursed.label, said: `${tidy(p.text.slice(disbursed.q.start - disbursed.said.length, last.q.end))} …` };
  }
  // `A/B`: disbursed over plan, A in B's unit when it has none.
  if (q.slashNext) q = inheritUnit(q, q.slashNext);
  if (q.dim !== "money" || CARRIED.test(label)) return undefined;
  if (q.slashNext) return DISBURSED.test(label) ? { q, measure: "disbursed", source: src, label, said } : undefined;
  if (q.slashPrev)
    return last?.q.start === q.slashPrev.start ? { q, measure: "plan", source: last.source, label: last.label, said: `${last.said} ${last.q.raw}/` } : undefined;
  const plan = PLAN.test(label);
  const disbursed = DISBURSED.test(label);
  if (plan === disbursed) return undefined;
  return { q, measure: plan ? "plan" : "disbursed", source: src, label, said };
}

/** The figure of this passage read last at `start`, looking back from the latest. */
function figureAt(out: TextFigure[], p: Passage, start: number): TextFigure | undefined {
  for (let i = out.length - 1; i >= 0 && out[i].q.passage === p && out[i].q.start >= start; i--) if (out[i].q.start === start) return out[i];
  return undefined;
}

/** The words that name a figure, from the punctuation or figure before it (before `A` for `A/B`). */
function saidBefore(p: Passage, qs: Quantity[], q: Quantity): string {
  const start = q.slashPrev ? q.slashPrev.start : q.start;
  const prevEnd = figureBefore(qs, start)?.end ?? 0;
  const stretch = p.text.slice(prevEnd, start);
  return stretch.slice(Math.max(0, ...[".", ";", ",", "(", ")"].map((c) => stretch.lastIndexOf(c) + 1)));
}

interface SheetCell {
  sheet: string;
  address: string;
  value: number;
  /** The cell's value in the unit of the text's figure (a rate in percent). */
  inTextUnit: number;
}

function cellFor(f: TextFigure, tables: (SheetReport & { table: RecognisedTable })[], workbook: WorkbookGrid): SheetCell | undefined {
  for (const report of tables) {
    const t = report.table;
    const grid = workbook.sheets.find((s) => s.name === report.name);
    const row = t.rows.find((r) => (f.code === "total" ? r.kind === "total" : r.code === f.code));
    if (!grid || !row) continue;
    const columns = columnsFor(t, f.measure, f.source);
    if (!columns) continue;
    const values = columns.map((c) => numberIn(cellAt(grid, row.row, c.col)?.value ?? null, cellAt(grid, row.row, c.col)?.format));
    if (values.some((v) => v === undefined)) continue;
    const value = (values as number[]).reduce((a, b) => a + b, 0);
    const first = columns[0];
    if (f.measure === "rate") return { sheet: report.name, address: address(row.row, first.col), value, inTextUnit: value };
    const unit = first.unit ?? t.unit ?? report.unit;
    if (!unit || !f.q.unit) continue;
    const inTextUnit = (value * UNIT_FACTOR[unit]) / UNIT_FACTOR[f.q.unit];
    return { sheet: report.name, address: address(row.row, first.col), value, inTextUnit };
  }
  return undefined;
}

/** The one column of the measure and source; or the columns of its parts (NSTW = ĐTPT + SN). */
function columnsFor(t: RecognisedTable, measure: Compared, source: FundingSource): RecognisedTable["columns"] | undefined {
  const of = (s: FundingSource) => {
    const cols = t.columns.filter((c) => c.measure === measure && (c.source ?? "total") === s);
    const plain = cols.filter((c) => c.year === undefined);
    if (cols.length === 1) return cols;
    return plain.length === 1 ? plain : undefined;
  };
  const own = of(source);
  if (own) return own;
  if (measure === "rate") return undefined;
  const parts = SOURCE_PARTS[source]?.map(of);
  return parts && parts.every((c) => c) ? parts.flatMap((c) => c ?? []) : undefined;
}

/** A number in a cell, a rate in percent whatever the cell's format; text such as `1.307,25` is read. */
function numberIn(v: CellValue, format: string | undefined): number | undefined {
  const n = typeof v === "number" ? v : typeof v === "string" ? readNumber(v)?.value : undefined;
  if (n === undefined) return undefined;
  return isPercentFormat(format) ? n * 100 : n;
}

function agrees(f: TextFigure, cell: SheetCell): boolean {
  if (f.measure === "rate") {
    const h = Math.pow(10, -Math.min(ownDecimals(cell.value), 2)) / 2;
    return accepts(f.q.value, f.q.decimals, cell.value - h, cell.value + h);
  }
  const slack = f.q.slack / (f.q.unit ? UNIT_FACTOR[f.q.unit] : 1);
  return Math.abs(f.q.value - cell.inTextUnit) <= slack + 1e-9 * Math.max(1, Math.abs(cell.inTextUnit));
}

const MEASURE_NAME: Record<Compared, Message> = {
  plan: { vi: "kế hoạch vốn", en: "plan" },
  disbursed: { vi: "giải ngân", en: "disbursed" },
  rate: { vi: "tỷ lệ giải ngân", en: "disbursement rate" },
};

function codeName(code: ProjectCode | "total"): Message {
  if (code === "total") return { vi: "toàn Chương trình", en: "the whole programme" };
  const [p, s] = code.slice(2).split(".");
  return s ? { vi: `Tiểu dự án ${s} Dự án ${p}`, en: `sub-project ${p}.${s}` } : { vi: `Dự án ${p}`, en: `project ${p}` };
}

function mismatchMessage(f: TextFigure, cell: SheetCell, cellRule: RuleId | undefined): Message {
  const what = (lang: "vi" | "en") => `${MEASURE_NAME[f.measure][lang]}${f.source === "total" ? "" : ` ${f.source}`}, ${codeName(f.code)[lang]}`;
  const held = (lang: "vi" | "en") => amount(cell.inTextUnit, f.q, lang, Math.min(6, Math.max(3, ownDecimals(cell.inTextUnit))));
  const note: Message = cellRule
    ? { vi: ` — chính ô này cũng bị báo lỗi (${cellRule})`, en: ` — that cell is itself flagged (${cellRule})` }
    : { vi: "", en: "" };
  return {
    vi: `Văn bản ghi ${shown(f.q, "vi")} (${what("vi")}) nhưng biểu "${cell.sheet}" ô ${cell.address} ghi ${held("vi")}${note.vi}`,
    en: `The text states ${shown(f.q, "en")} (${what("en")}) but sheet "${cell.sheet}" cell ${cell.address} holds ${held("en")}${note.en}`,
  };
}
