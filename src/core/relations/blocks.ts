/**
 * Where a block closed by its own total starts. Rows after one block's total (`Cộng`) go to the
 * next total below; but what stands between — the next block's title, a row computed from the block
 * above — is not part of it when the total's own `SUM` ranges start below them, or when its own
 * formulas add up rows of the block above.
 */
import { cellAt } from "../grid";
import { formulaReferences, isSumFormula } from "../formula";
import type { RecognisedTable } from "../types";
import type { SheetValues } from "../values";
import type { RowGroup } from "./relations";

export function trimToSumRanges(groups: RowGroup[], table: RecognisedTable, values: SheetValues, figureCols: number[]): void {
  const totals = table.rows.filter((r) => r.kind === "total").map((r) => r.row);
  for (const g of groups) {
    if (!totals.includes(g.parent)) continue;
    const previous = totals.filter((t) => t < g.parent).pop();
    if (previous === undefined) continue;
    // A row computed from the block above (`=SUM(E5:E7)`, its grades 3 and over) belongs to it.
    g.children = g.children.filter((ch) => ch < previous || !refersAbove(ch, previous, values, figureCols));
    const start = sumStart(g.parent, values, figureCols);
    // Only rows between the previous total and the range: a SUM that skips a row inside its own
    // block is still a gap the checks name.
    if (start !== undefined) g.children = g.children.filter((ch) => ch >= start || ch < previous);
  }
  for (let i = groups.length - 1; i >= 0; i--) if (!groups[i].children.length) groups.splice(i, 1);
}

function refersAbove(row: number, limit: number, values: SheetValues, figureCols: number[]): boolean {
  return figureCols.some((col) => {
    const formula = cellAt(values.sheet, row, col)?.formula;
    return !!formula && (formulaReferences(formula) ?? []).some((r) => r.top <= limit);
  });
}

/** The first row the total row's `SUM` formulas add, when they are plain column ranges that agree. */
function sumStart(row: number, values: SheetValues, figureCols: number[]): number | undefined {
  let start: number | undefined;
  for (const col of figureCols) {
    const formula = cellAt(values.sheet, row, col)?.formula;
    if (!formula || !isSumFormula(formula)) continue;
    const refs = formulaReferences(formula);
    if (!refs || refs.length !== 1) return undefined;
    const [r] = refs;
    if (r.left !== col || r.right !== col || r.bottom >= row) return undefined;
    if (start !== undefined && start !== r.top) return undefined;
    start = r.top;
  }
  return start;
}
