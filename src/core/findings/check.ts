/** Runs every check on a recognised sheet and words the findings. */
import { address, cellAt, parseAddress, type SheetGrid } from "../grid";
import { formulaReferences, rangesCover } from "../formula";
import { RelationSet, type Instance, type Pos } from "../relations/instances";
import * as msg from "./messages";
import { UNIT_FACTOR, roundTo, truncateTo } from "../numbers";
import { evaluatePoint } from "../expr";
import { buildRelations, type ColumnFormula } from "../relations/relations";
import { findCauses, type Cause } from "../relations/rootcause";
import { agrees } from "../tolerance";
import { fold } from "../tables/labels";
import type { Finding, Message, RecognisedTable, RuleId, Severity, SheetReport, Unit } from "../types";
import { decimalsOf, shownDecimalsOf, type SheetValues } from "../values";
import { groupRepeated } from "./group";
import { rateBaseNotes } from "./rateBases";
import { cellErrorFindings, textMissedBySums, textNumberFindings } from "./textNumbers";

const SEVERITY: Record<RuleId, Severity> = {
  "percent-mismatch": "error",
  "percent-scale": "error",
  "sum-mismatch": "error",
  "unit-scale": "error",
  "difference-mismatch": "error",
  "share-sum": "error",
  "averaged-rate": "error",
  "sum-range-gap": "error",
  "number-as-text": "warning",
  "hardcoded-total": "warning",
  "cell-error": "warning",
  "text-sheet-mismatch": "error",
};


export interface SheetCheck {
  findings: Finding[];
  /** What the checks established about the sheet's arithmetic, for the sheet's reasons. */
  notes: Message[];
}

export function checkSheet(sheet: SheetGrid, report: SheetReport, values: SheetValues): SheetCheck {
  const table = report.table;
  if (!table) return { findings: [], notes: [] };
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  // One finding a cell; an error found later (a rate stored as text that is also wrong) replaces a warning.
  const push = (f: Finding) => {
    if (!f.cell) return;
    const at = seen.get(f.cell);
    if (at === undefined) {
      seen.set(f.cell, findings.length);
      findings.push(f);
    } else if (f.severity === "error" && findings[at].severity !== "error") findings[at] = f;
  };
  const make = (cell: Pos, rule: RuleId, stated: Finding["stated"], expected: number | null, message: Message, related: string[], fix?: number): Finding => ({
    sheet: sheet.name,
    cell: address(cell.row, cell.col),
    rule,
    severity: rule === "sum-range-gap" && expected === null ? "warning" : SEVERITY[rule],
    stated: typeof stated === "number" ? clean(stated) : stated,
    expected: expected === null ? null : clean(expected),
    message,
    related,
    ...(fix !== undefined ? { fix: { cell: address(cell.row, cell.col), value: clean(fix) } } : {}),
  });

  const appendix = report.kind !== "other";
  cellErrorFindings(sheet, table, appendix).forEach(push);
  if (report.empty) {
    textNumberFindings(sheet, table, values, appendix, new Map()).forEach(push);
    return { findings, notes: [] };
  }

  const relations = buildRelations(table, values, appendix);
  const set = new RelationSet(table, relations, values);
  textNumberFindings(sheet, table, values, appendix, textMissedBySums(set, sheet)).forEach(push);
  const percentCols = new Set(table.columns.filter((c) => c.percent).map((c) => c.col));
  const point = (r: number, c: number) => values.get(r, c) ?? (values.isEmpty(r, c) ? 0 : null);
  const { causes, unexplained } = findCauses(set, percentCols);

  const truncates = new Map<number, boolean>();
  const columnDecimals = new Map<number, { row: number; decimals: number }[]>();
  for (const cause of causes) {
    const doubt = cause.own ? inputInDoubt(cause, set, values) : undefined;
    if (doubt) cause.uncertain = true;
    const described = describeCause(cause, table, values, percentCols.has(cause.cell.col), point, sheet);
    const rule = described.rule;
    const message = doubt ? msg.withDoubtedInput(described.message, doubt.cell, doubt.stated, doubt.sum) : described.message;
    const decimals = rateDecimals(cause.cell, table, values, columnDecimals);
    const expected = !percentCols.has(cause.cell.col)
      ? roundTo(cause.value, 6)
      : truncatingColumn(cause.cell.col, relations.formulas, table, values, truncates)
        ? truncateTo(cause.value, decimals)
        : roundTo(cause.value, decimals);
    const related = relatedCells(cause);
    const stored = values.numeric(cause.cell.row, cause.cell.col)?.percentFormat ? expected / 100 : expected;
    const worded = cause.uncertain && cause.own && !doubt ? { vi: `${message.vi} ${msg.whichUnknown.vi}`, en: `${message.en} ${msg.whichUnknown.en}` } : message;
    push(make(cause.cell, rule, cause.stated, expected, worded, related, cause.uncertain ? undefined : stored));
  }
  for (const u of unexplained) {
    const expected = u.inst.percent ? roundTo(u.computed, shownDecimalsOf(values.numeric(u.inst.target.row, u.inst.target.col), 2)) : roundTo(u.computed, 6);
    const message = wordRelation(u.inst.rule, u.stated, expected, u.inst, point);
    push(make(u.inst.target, u.inst.rule, u.stated, expected, message, u.inst.inputs.map((p) => address(p.row, p.col))));
  }
  if (hasFormulas(sheet, table)) formulaFindings(sheet, set, values).forEach(push);
  shareFindings(sheet, table, values, relations.formulas).forEach(push);
  const grouped = groupRepeated(findings).sort((a, b) => position(a.cell!) - position(b.cell!));
  return { findings: grouped, notes: rateBaseNotes(table, relations.formulas) };
}

/** A figure without the binary noise of its arithmetic (39,989999999999995 → 39,99). */
function clean(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * Decimals a corrected rate is written with: its format's, else those the column's other rates
 * carry (a rate typed ×100 as `5965` has none of its own), else two.
 */
function rateDecimals(cell: Pos, table: RecognisedTable, values: SheetValues, known: Map<number, { row: number; decimals: number }[]>): number {
  const own = values.numeric(cell.row, cell.col);
  if (own?.shown !== undefined) return own.shown;
  let top = known.get(cell.col);
  if (!top) {
    // The two rows with the most decimals, worked out once a column: the other rows' most is one of them.
    top = [];
    for (const r of table.rows) {
      const n = values.numeric(r.row, cell.col);
      if (!n) continue;
      top.push({ row: r.row, decimals: Math.min(4, decimalsOf(n)) });
      if (top.length > 2) top.sort((a, b) => b.decimals - a.decimals).pop();
    }
    known.set(cell.col, top);
  }
  const other = top.find((t) => t.row !== cell.row);
  return other ? other.decimals : shownDecimalsOf(own, 2);
}

/**
 * A computed cell (a rate) whose inputs include a parent row that disagrees with the rows under it
 * in that column — a sum the checks did not hold the table to, `-` items of an indicator — may be
 * right, its input wrong: its value is not proposed as a fix.
 */
function inputInDoubt(cause: Cause, set: RelationSet, values: SheetValues): { cell: string; stated: number; sum: number } | undefined {
  for (const p of cause.own!.inputs) {
    const sum = set.groupDisagreement(p.row, p.col);
    if (sum !== undefined) return { cell: address(p.row, p.col), stated: values.get(p.row, p.col)!, sum };
  }
  return undefined;
}

function position(cell: string): number {
  const p = parseAddress(cell);
  return p ? p.row * 16384 + p.col : 0;
}

/** Whether a rate column truncates rather than rounds, judging by its rows (worked out once a column). */
function truncatingColumn(col: number, formulas: ColumnFormula[], table: RecognisedTable, values: SheetValues, known: Map<number, boolean>): boolean {
  let answer = known.get(col);
  if (answer === undefined) known.set(col, (answer = truncating(col, formulas, table, values)));
  return answer;
}

function truncating(col: number, formulas: ColumnFormula[], table: RecognisedTable, values: SheetValues): boolean {
  const f = formulas.find((x) => x.target === col && x.percent);
  if (!f) return false;
  let truncated = 0;
  let rounded = 0;
  for (const r of table.rows) {
    const t = values.get(r.row, f.target);
    const v = evaluatePoint(f.expr, (_, cc) => values.get(r.row, cc) ?? NaN);
    if (t === null || !Number.isFinite(v)) continue;
    const d = decimalsOf(values.numeric(r.row, f.target));
    const [up, down] = [roundTo(v, d), truncateTo(v, d)];
    if (up === down) continue;
    if (Math.abs(t - down) < 1e-9) truncated++;
    else if (Math.abs(t - up) < 1e-9) rounded++;
  }
  return truncated > rounded;
}

function describeCause(
  cause: Cause,
  table: RecognisedTable,
  values: SheetValues,
  percent: boolean,
  point: (r: number, c: number) => number | null,
  sheet: SheetGrid,
): { rule: RuleId; message: Message } {
  const { stated, value, own } = cause;
  const consequence = consequencesOf(cause);
  const withConsequences = (m: Message): Message =>
    consequence.length ? { vi: `${m.vi}.${msg.consequences(consequence).vi}`, en: `${m.en}.${msg.consequences(consequence).en}` } : m;
  if (percent && value !== 0) {
    const ratio = stated / value;
    if (own && Math.abs(ratio * 100 - 1) <= 0.02) return { rule: "percent-scale", message: withConsequences(msg.percentScale(stated, value, own.expr, point)) };
    if (own && Math.abs(ratio / 100 - 1) <= 0.02) return { rule: "percent-scale", message: withConsequences(msg.percentScale(stated, value, own.expr, point)) };
    if (own && own.rule === "percent-mismatch" && isAveraged(cause, table, values))
      return { rule: "averaged-rate", message: withConsequences(msg.averagedRate(stated, value, own.expr, point)) };
  }
  if (!percent && value !== 0) {
    const factor = stated / value;
    for (const f of [1e3, 1e6, 1e9, 1e-3, 1e-6, 1e-9])
      if (Math.abs(factor / f - 1) <= 0.005) {
        const unit = table.columns.find((c) => c.col === cause.cell.col)?.unit ?? table.unit;
        return { rule: "unit-scale", message: withConsequences(msg.unitScale(stated, value, f, unit, typedUnit(unit, f))) };
      }
  }
  if (own) {
    // Of the sums this total breaks, the one its own `SUM` covers only in part names the gap.
    const gap = cause.mends.filter((m) => m.target.row === cause.cell.row && m.target.col === cause.cell.col).map((m) => sumGap(sheet, m)).find((g) => g);
    if (gap) return { rule: "sum-range-gap", message: withConsequences(msg.sumRangeGap(gap.formula, gap.missing, stated, value)) };
    const formula = cellAt(sheet, cause.cell.row, cause.cell.col)?.formula;
    const constant = formula && /^\s*\+?SUM\s*\([^()]*\)\s*[-+]\s*\d+(\.\d+)?\s*$/i.test(formula);
    if (constant && own.rule === "sum-mismatch")
      return { rule: "sum-mismatch", message: withConsequences(msg.sumPlusConstant(formula, stated, value)) };
    return { rule: own.rule, message: withConsequences(wordRelation(own.rule, stated, value, own, point)) };
  }
  const totals = cause.mends.map((m) => address(m.target.row, m.target.col));
  return { rule: cause.mends[0].rule === "percent-mismatch" ? "percent-mismatch" : "sum-mismatch", message: msg.partMismatch(stated, value, totals, !!cause.uncertain) };
}

function wordRelation(rule: RuleId, stated: number, expected: number, inst: Instance, point: (r: number, c: number) => number | null): Message {
  if (rule === "percent-mismatch") return msg.percentMismatch(stated, expected, inst.expr, point);
  if (rule === "difference-mismatch") return msg.differenceMismatch(stated, expected, inst.expr, point);
  return msg.sumMismatch(stated, expected, inst.expr, point);
}

/** The unit the slip was typed in: a table in triệu đồng with a value 10⁶ too large was typed in đồng. */
function typedUnit(sheetUnit: Unit | undefined, factor: number): Unit | undefined {
  if (!sheetUnit) return undefined;
  const target = UNIT_FACTOR[sheetUnit] / factor;
  return (Object.keys(UNIT_FACTOR) as Unit[]).find((u) => Math.abs(UNIT_FACTOR[u] / target - 1) < 1e-9);
}

/** A total-row rate that equals the plain average of the rates below it. */
function isAveraged(cause: Cause, table: RecognisedTable, values: SheetValues): boolean {
  const idx = table.rows.findIndex((r) => r.row === cause.cell.row);
  if (idx < 0 || table.rows[idx].kind !== "total") return false;
  const children = table.rows.filter((r) => r.parent === idx);
  const rates = children.map((r) => values.get(r.row, cause.cell.col)).filter((v): v is number => v !== null);
  if (rates.length < 2) return false;
  const mean = rates.reduce((a, b) => a + b, 0) / rates.length;
  const decimals = decimalsOf(values.numeric(cause.cell.row, cause.cell.col), 2);
  return agrees(cause.stated, decimals, { lo: mean, hi: mean }, true);
}

/** The totals and rates the wrong cell threw off. */
function consequencesOf(cause: Cause): string[] {
  const out: string[] = [];
  const self = address(cause.cell.row, cause.cell.col);
  for (const m of cause.mends) {
    const a = address(m.target.row, m.target.col);
    if (a === self) continue;
    if (!out.includes(a)) out.push(a);
  }
  return out;
}

function relatedCells(cause: Cause): string[] {
  const out = consequencesOf(cause);
  if (cause.own) for (const p of cause.own.inputs) {
    const a = address(p.row, p.col);
    if (!out.includes(a)) out.push(a);
  }
  return out;
}

/** A total whose `SUM` leaves out some of the cells the relation adds. */
function sumGap(sheet: SheetGrid, inst: Instance): { formula: string; missing: string[] } | undefined {
  const formula = cellAt(sheet, inst.target.row, inst.target.col)?.formula;
  if (!formula || inst.rule !== "sum-mismatch") return undefined;
  const refs = formulaReferences(formula);
  if (!refs || !refs.length) return undefined;
  const covered = inst.inputs.filter((p) => rangesCover(refs, p.row, p.col));
  const missing = inst.inputs.filter((p) => !rangesCover(refs, p.row, p.col));
  if (!covered.length || !missing.length) return undefined;
  return { formula, missing: missing.map((p) => address(p.row, p.col)) };
}

/** Whether any body cell is a formula: the formula checks have nothing to say otherwise. */
function hasFormulas(sheet: SheetGrid, table: RecognisedTable): boolean {
  for (let r = table.dataTop; r <= table.dataBottom; r++) {
    const row = sheet.cells[r];
    if (row) for (const c of row) if (c?.formula) return true;
  }
  return false;
}

/** Totals typed in among formula totals, and `SUM` ranges that skip an (empty) child. */
function formulaFindings(sheet: SheetGrid, set: RelationSet, values: SheetValues): Finding[] {
  const out: Finding[] = [];
  const families = new Map<string, { formulas: number; constants: (() => Instance)[] }>();
  const targets = [...set.sumTargets()].filter((t) => cellAt(sheet, t.target.row, t.target.col) && !values.isEmpty(t.target.row, t.target.col));
  // Row totals are alike down their own column when it has several: a column whose totals are all
  // typed is the sheet's way, whatever the other columns do. A single total row compares across.
  const perColumn = new Map<string, number>();
  for (const t of targets) if (t.family.startsWith("rows:")) perColumn.set(`${t.family}@${t.target.col}`, (perColumn.get(`${t.family}@${t.target.col}`) ?? 0) + 1);
  for (const { family, target, instance } of targets) {
    const cell = cellAt(sheet, target.row, target.col)!;
    const own = `${family}@${target.col}`;
    const kind = (perColumn.get(own) ?? 0) >= 2 ? own : family;
    let fam = families.get(kind);
    if (!fam) families.set(kind, (fam = { formulas: 0, constants: [] }));
    if (cell.formula) {
      fam.formulas++;
      const inst = instance();
      const gap = sumGap(sheet, inst);
      if (gap && set.status(inst) === "hold")
        out.push({
          sheet: sheet.name,
          cell: address(target.row, target.col),
          rule: "sum-range-gap",
          severity: "warning",
          stated: values.get(target.row, target.col),
          expected: null,
          message: msg.sumRangeGapHarmless(gap.formula, gap.missing),
          related: gap.missing,
        });
    } else fam.constants.push(instance);
  }
  for (const fam of families.values()) {
    const total = fam.formulas + fam.constants.length;
    if (fam.formulas < 3 || fam.formulas < (2 / 3) * total) continue;
    for (const make of fam.constants) {
      const inst = make();
      const stated = values.get(inst.target.row, inst.target.col);
      if (stated === null || set.status(inst) !== "hold") continue;
      out.push({
        sheet: sheet.name,
        cell: address(inst.target.row, inst.target.col),
        rule: "hardcoded-total",
        severity: "warning",
        stated,
        expected: stated,
        message: msg.hardcodedTotal(stated, fam.formulas, total),
        related: inst.inputs.map((p) => address(p.row, p.col)),
      });
    }
  }
  return out;
}

/**
 * Shares of one whole (`Cơ cấu (%)`, `Tỷ trọng`) down the top-level rows add up to 100 — unless the
 * share is of each row's own total (`Cơ cấu NSTW trong tổng số`), which a column formula then states.
 */
function shareFindings(sheet: SheetGrid, table: RecognisedTable, values: SheetValues, formulas: ColumnFormula[]): Finding[] {
  const out: Finding[] = [];
  const shares = table.columns.filter(
    (c) => c.percent && c.path.some((p) => /\b(co cau|ty trong)\b/.test(fold(p))) && !formulas.some((f) => f.target === c.col),
  );
  if (!shares.length) return out;
  const totalIdx = table.rows.findIndex((r) => r.kind === "total");
  const body = table.rows.filter((r) => r.kind !== "total");
  const topLevel = body.reduce((m, r) => Math.min(m, r.level), Infinity);
  const top = body.filter((r) => r.level === topLevel);
  for (const c of shares) {
    const cells = top.map((r) => ({ row: r.row, v: values.get(r.row, c.col) })).filter((x) => x.v !== null);
    if (cells.length < 2) continue;
    const sum = cells.reduce((a, x) => a + (x.v as number), 0);
    const decimals = Math.max(...cells.map((x) => decimalsOf(values.numeric(x.row, c.col))));
    const slack = Math.max(0.5 * Math.pow(10, -decimals) * cells.length, 1e-6);
    if (Math.abs(sum - 100) <= slack) continue;
    const at = totalIdx >= 0 && values.get(table.rows[totalIdx].row, c.col) !== null ? table.rows[totalIdx].row : cells[cells.length - 1].row;
    const list = cells.map((x) => address(x.row, c.col));
    out.push({
      sheet: sheet.name,
      cell: address(at, c.col),
      rule: "share-sum",
      severity: "error",
      stated: roundTo(sum, 6),
      expected: 100,
      message: msg.shareSum(sum, `${list[0]}:${list[list.length - 1]}`),
      related: list,
    });
  }
  return out;
}
