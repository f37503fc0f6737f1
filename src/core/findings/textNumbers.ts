/**
 * Numbers stored as text (`1.856,135` pasted from Word), which Excel leaves out of its sums.
 * A code is never one of them (`004`, `45000201` in a `Mã trường` column): identifier columns are not
 * figures, and a text whose conversion would change what it says (a leading zero, a unit, a range)
 * is left alone. One finding stands for a run of such cells in a column, with a fix for each.
 */
import { address, cellAt, type SheetGrid } from "../grid";
import { formulaReferences, rangesCover, type CellRange } from "../formula";
import { isFigure } from "../tables/columns";
import { hasLeadingZero } from "../tables/labels";
import { evaluatePoint } from "../expr";
import type { RelationSet } from "../relations/instances";
import { agrees } from "../tolerance";
import type { Finding, RecognisedTable } from "../types";
import { decimalsOf, type SheetValues } from "../values";
import * as msg from "./messages";

/** A number written the way Excel would show it: digits, grouped by threes or not, a decimal part, a %. */
const PLAIN_NUMBER = /^[-−]?(?:\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d+)(?:[.,]\d+)?\s*%?$/;


/** Whether turning the text into the number it reads as keeps what it says. */
function convertsFaithfully(text: string): boolean {
  const t = text.trim();
  return PLAIN_NUMBER.test(t) && !hasLeadingZero(t);
}

/**
 * Off an appendix (`appendix` false) a text number matters only where a `SUM` of the sheet adds it.
 * `leftOut`: text numbers (by cell key) that a cached total is known to have missed, with that total.
 */
export function textNumberFindings(
  sheet: SheetGrid,
  table: RecognisedTable,
  values: SheetValues,
  appendix: boolean,
  leftOut: Map<number, string>,
): Finding[] {
  const summed = appendix ? undefined : summedRanges(sheet);
  const out: Finding[] = [];
  for (const c of table.columns.filter(isFigure)) {
    let run: { row: number; text: string; value: number }[] = [];
    const flush = () => {
      if (run.length) out.push(runFinding(sheet, c.col, run, leftOut, values));
      run = [];
    };
    for (const r of table.rows) {
      const cell = cellAt(sheet, r.row, c.col);
      if (!cell || values.isEmpty(r.row, c.col)) continue;
      const n = typeof cell.value === "string" && cell.format !== "@" ? values.numeric(r.row, c.col) : null;
      const k = values.key(r.row, c.col);
      // A zero as text changes no sum: converting it would change nothing a reader sees.
      const zero = n?.value === 0 && !leftOut.has(k);
      if (!n?.fromText || zero || !convertsFaithfully(cell.value as string) || (summed && !rangesCover(summed, r.row, c.col) && !leftOut.has(k))) {
        flush();
        continue;
      }
      run.push({ row: r.row, text: cell.value as string, value: n.percentFormat ? n.value / 100 : n.value });
    }
    flush();
  }
  return out;
}

function runFinding(
  sheet: SheetGrid,
  col: number,
  run: { row: number; text: string; value: number }[],
  leftOut: Map<number, string>,
  values: SheetValues,
): Finding {
  const first = address(run[0].row, col);
  const totals = [...new Set(run.map((x) => leftOut.get(values.key(x.row, col))).filter((t): t is string => !!t))];
  const fixes = run.map((x) => ({ cell: address(x.row, col), value: x.value }));
  // A total that missed these figures shows a wrong sum: that is an error, not a matter of form.
  const severity = totals.length ? "error" : "warning";
  const shown = values.numeric(run[0].row, col)!.value;
  if (run.length === 1)
    return {
      sheet: sheet.name,
      cell: first,
      rule: "number-as-text",
      severity,
      stated: run[0].text,
      expected: shown,
      message: msg.numberAsText(run[0].text, shown, totals),
      related: totals,
      fix: fixes[0],
    };
  const range = `${first}:${address(run[run.length - 1].row, col)}`;
  return {
    sheet: sheet.name,
    cell: first,
    range,
    rule: "number-as-text",
    severity,
    stated: run[0].text,
    expected: shown,
    message: msg.numbersAsText(range, run.length, totals),
    related: [...fixes.slice(1).map((f) => f.cell), ...totals],
    fixes,
  };
}

/**
 * Totals whose cached result left out text numbers among their parts (Excel's `SUM` skips text):
 * with those parts as 0 the total agrees. Such a failure is the text's doing, not the total's, so
 * it is set aside from the root-cause search — which would otherwise propose 0 for the text — and
 * the text numbers are reported with the total that missed them (by cell key).
 */
export function textMissedBySums(set: RelationSet, sheet: SheetGrid): Map<number, string> {
  const values = set.values;
  const out = new Map<number, string>();
  set.setAside((inst) => {
    if (!cellAt(sheet, inst.target.row, inst.target.col)?.formula || inst.rule !== "sum-mismatch") return false;
    const texts = inst.inputs.filter((p) => values.numeric(p.row, p.col)?.fromText);
    const stated = values.get(inst.target.row, inst.target.col);
    if (!texts.length || stated === null) return false;
    const asExcel = evaluatePoint(inst.expr, (r, c) => (values.numeric(r, c)?.fromText ? 0 : (values.get(r, c) ?? 0)));
    if (!agrees(stated, () => decimalsOf(values.numeric(inst.target.row, inst.target.col)), { lo: asExcel, hi: asExcel }, false)) return false;
    for (const p of texts) out.set(values.key(p.row, p.col), address(inst.target.row, inst.target.col));
    return true;
  });
  return out;
}

/** The ranges the `SUM`s of the sheet add. */
function summedRanges(sheet: SheetGrid): CellRange[] {
  const out: CellRange[] = [];
  for (const row of sheet.cells)
    for (const c of row ?? []) if (c?.formula && /\bSUM\s*\(/i.test(c.formula)) out.push(...(formulaReferences(c.formula) ?? []));
  return out;
}

/**
 * Cell errors (`#REF!`, `#DIV/0!`) in the figure columns of the body. Off an appendix only `#REF!`,
 * a reference to deleted cells, is worth a word: a `#DIV/0!` over an empty base is a table's habit.
 */
export function cellErrorFindings(sheet: SheetGrid, table: RecognisedTable, appendix: boolean): Finding[] {
  const out: Finding[] = [];
  const figures = table.columns.filter(isFigure);
  for (const r of table.rows)
    for (const c of figures) {
      const cell = cellAt(sheet, r.row, c.col);
      if (cell?.error && (appendix || cell.error === "#REF!"))
        out.push({ sheet: sheet.name, cell: address(r.row, c.col), rule: "cell-error", severity: "warning", stated: cell.error, expected: null, message: msg.cellError(cell.error), related: [] });
    }
  return out;
}
