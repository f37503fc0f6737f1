/** Writing proposed values into cells, keeping what was there for undo, never over a later edit. */
import type { CellContents, ChangedCell } from "./guard";
import { unchanged } from "./guard";
import type { CellSnapshot } from "./snapshot";
import { contentsOf, queueSnapshot } from "./snapshot";
import type { CellRef } from "./run";
import { cellRanges, runExcel, uniqueByCell } from "./run";

export interface CellFix extends CellRef {
  value: number;
  /** What the scan read in the cell: the fix is written only while the cell still holds it. */
  expect: CellContents;
}

export type FixOutcome =
  /** Written; `undo` restores value, formula and number format. `changed`: left alone, edited since the scan. */
  | { kind: "applied"; undo: CellSnapshot[]; changed: ChangedCell[] }
  /** Nothing written: these targets hold formulas and the user has not agreed to replace them. */
  | { kind: "needs-confirmation"; formulaCells: CellRef[] };

/**
 * Writes the values in one batch: one sync loads what the cells hold (for the check against the
 * scan, for undo and for the formula question), one sync writes those that still hold what the
 * scan read. A formula is only overwritten with `overwriteFormulas`.
 */
export function applyFixes(fixes: readonly CellFix[], options: { overwriteFormulas: boolean }): Promise<FixOutcome> {
  const targets = uniqueByCell(fixes);
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

    const formulaCells = open.filter((i) => before[i].formula !== undefined).map((i) => ({ sheet: targets[i].sheet, cell: targets[i].cell }));
    if (formulaCells.length > 0 && !options.overwriteFormulas) return { kind: "needs-confirmation", formulaCells };
    if (open.length === 0) return { kind: "applied", undo: [], changed };

    const ranges = cellRanges(context, open.map((i) => targets[i]));
    open.forEach((i, k) => {
      // A number written into a Text-formatted cell would stay text: the very slip being fixed.
      if (before[i].numberFormat === "@") ranges[k].numberFormat = [["General"]];
      ranges[k].values = [[targets[i].value]];
    });
    await context.sync();
    const undo = open.map((i) => ({ ...before[i], written: { value: targets[i].value } }));
    return { kind: "applied", undo, changed };
  });
}
