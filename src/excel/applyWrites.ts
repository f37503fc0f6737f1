/** Writing many cells at once (a filled form), keeping what was there for undo. */
import type { CellRef } from "./run";
import { cellRanges, runExcel, uniqueByCell } from "./run";
import type { CellSnapshot } from "./snapshot";
import { queueSnapshot, textToWrite } from "./snapshot";

/** A value or a formula (with or without its leading `=`) for one cell. */
export interface CellWriteRequest extends CellRef {
  value?: number | string;
  formula?: string;
}

/**
 * Writes every cell in one batch: one sync loads what the cells hold (value, formula, number
 * format: the undo), one sync writes. Text is written as text (never read as a number or a date);
 * a number bound for a Text-formatted cell gets the General format, or it would stay text. Only
 * the cells' contents change: their formats, borders and fills stay the form's.
 * Returns the snapshot that `restoreCells` puts back in one sync.
 */
export function applyWrites(writes: readonly CellWriteRequest[]): Promise<CellSnapshot[]> {
  const targets = uniqueByCell(writes.filter((w) => w.value !== undefined || w.formula !== undefined));
  if (targets.length === 0) return Promise.resolve([]);
  return runExcel(async (context) => {
    const snapshot = queueSnapshot(context, targets);
    await context.sync();
    const before = snapshot();

    cellRanges(context, targets).forEach((range, i) => {
      const w = targets[i];
      if (w.formula !== undefined) {
        range.formulas = [[w.formula.startsWith("=") ? w.formula : "=" + w.formula]];
        return;
      }
      const textCell = before[i].numberFormat === "@";
      if (typeof w.value === "number" && textCell) range.numberFormat = [["General"]];
      range.values = [[typeof w.value === "string" && !textCell ? textToWrite(w.value) : w.value]];
    });
    await context.sync();
    return before;
  });
}
