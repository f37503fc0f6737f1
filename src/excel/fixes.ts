/** Writing proposed values into cells, keeping what was there for undo. */
import type { CellSnapshot } from "./snapshot";
import { queueSnapshot } from "./snapshot";
import type { CellRef } from "./run";
import { cellRanges, runExcel, uniqueByCell } from "./run";

export interface CellFix extends CellRef {
  value: number;
}

export type FixOutcome =
  /** Written; `undo` restores value, formula and number format. */
  | { kind: "applied"; undo: CellSnapshot[] }
  /** Nothing written: these targets hold formulas and the user has not agreed to replace them. */
  | { kind: "needs-confirmation"; formulaCells: CellRef[] };

/**
 * Writes the values in one batch: one sync loads what the cells hold (for undo and the formula
 * check), one sync writes. A formula is only overwritten with `overwriteFormulas`.
 */
export function applyFixes(fixes: readonly CellFix[], options: { overwriteFormulas: boolean }): Promise<FixOutcome> {
  const targets = uniqueByCell(fixes);
  return runExcel(async (context) => {
    const snapshot = queueSnapshot(context, targets);
    await context.sync();
    const before = snapshot();

    const formulaCells = before.filter((s) => s.formula !== undefined).map(({ sheet, cell }) => ({ sheet, cell }));
    if (formulaCells.length > 0 && !options.overwriteFormulas) return { kind: "needs-confirmation", formulaCells };

    cellRanges(context, targets).forEach((range, i) => {
      // A number written into a Text-formatted cell would stay text: the very slip being fixed.
      if (before[i].numberFormat === "@") range.numberFormat = [["General"]];
      range.values = [[targets[i].value]];
    });
    await context.sync();
    return { kind: "applied", undo: before };
  });
}
