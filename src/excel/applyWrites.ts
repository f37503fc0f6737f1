/** Writing many cells at once (a filled form), keeping what was there for undo, never over a later edit. */
import type { CellContents, ChangedCell } from "./guard";
import { unchanged } from "./guard";
import type { CellRef } from "./run";
import { cellRanges, runExcel, uniqueByCell } from "./run";
import type { CellSnapshot } from "./snapshot";
import { contentsOf, queueSnapshot, textToWrite } from "./snapshot";

/** A value or a formula (with or without its leading `=`) for one cell. */
export interface CellWriteRequest extends CellRef {
  value?: number | string;
  formula?: string;
  /** What the cell held when the workbook was read: written only while it still holds it. */
  expect: CellContents;
}

export interface WritesOutcome {
  /** What `restoreCells` puts back. */
  undo: CellSnapshot[];
  /** Edited since the workbook was read: left alone. */
  changed: ChangedCell[];
}

/**
 * Writes every cell in one batch: one sync loads what the cells hold (value, formula, number
 * format: the check and the undo), one sync writes those still as read. Text is written as text
 * (never read as a number or a date); a number bound for a Text-formatted cell gets the General
 * format, or it would stay text. Only the cells' contents change: formats, borders and fills stay.
 */
export function applyWrites(writes: readonly CellWriteRequest[]): Promise<WritesOutcome> {
  const targets = uniqueByCell(writes.filter((w) => w.value !== undefined || w.formula !== undefined));
  if (targets.length === 0) return Promise.resolve({ undo: [], changed: [] });
  return runExcel(async (context) => {
    const snapshot = queueSnapshot(context, targets);
    await context.sync();
    const before = snapshot();

    const changed: ChangedCell[] = [];
    const open: number[] = [];
    targets.forEach((t, i) => {
      if (unchanged(contentsOf(before[i]), t.expect)) open.push(i);
      else changed.push({ sheet: t.sheet, cell: t.cell, now: contentsOf(before[i]) });
    });
    if (open.length === 0) return { undo: [], changed };

    const ranges = cellRanges(context, open.map((i) => targets[i]));
    const written: CellContents[] = open.map((i, k) => {
      const w = targets[i];
      const range = ranges[k];
      if (w.formula !== undefined) {
        const formula = w.formula.startsWith("=") ? w.formula : "=" + w.formula;
        range.formulas = [[formula]];
        return { value: "", formula };
      }
      const textCell = before[i].numberFormat === "@";
      if (typeof w.value === "number" && textCell) range.numberFormat = [["General"]];
      range.values = [[typeof w.value === "string" && !textCell ? textToWrite(w.value) : w.value]];
      return { value: w.value };
    });
    await context.sync();
    return { undo: open.map((i, k) => ({ ...before[i], written: written[k] })), changed };
  });
}
