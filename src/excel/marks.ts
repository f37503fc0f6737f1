/** Colouring the cells of findings, and putting their own fill back. */
import type { CellRef } from "./run";
import { cellRanges, runExcel, uniqueByCell } from "./run";

export type MarkLevel = "error" | "warning";

export interface CellMark extends CellRef {
  level: MarkLevel;
}

export const MARK_COLORS: Record<MarkLevel, string> = {
  error: "#F8D7DA",
  warning: "#FFE69C",
};

/** A cell's fill before it was marked. `pattern` "None" means no fill (its color then reads #FFFFFF). */
export interface SavedFill extends CellRef {
  pattern: string;
  color: string;
  patternColor: string;
}

/** Gradients cannot be written back through the API, so such cells are left unmarked. */
const GRADIENTS = new Set(["LinearGradient", "RectangularGradient"]);

/**
 * Marks the cells (an error wins over a warning on the same cell) in one batch: one sync loads
 * their fills, one sync paints. Returns what `removeMarks` needs to restore them.
 */
export function applyMarks(marks: readonly CellMark[]): Promise<SavedFill[]> {
  const ordered = [...marks].sort((a, b) => (a.level === b.level ? 0 : a.level === "warning" ? -1 : 1));
  const targets = uniqueByCell(ordered);
  return runExcel(async (context) => {
    const fills = cellRanges(context, targets).map((range) => range.format.fill.load(["color", "pattern", "patternColor"]));
    await context.sync();

    const saved: SavedFill[] = [];
    targets.forEach((target, i) => {
      const fill = fills[i];
      if (GRADIENTS.has(fill.pattern)) return;
      saved.push({ sheet: target.sheet, cell: target.cell, pattern: fill.pattern, color: fill.color, patternColor: fill.patternColor });
      fill.color = MARK_COLORS[target.level];
    });
    await context.sync();
    return saved;
  });
}

/** Restores the saved fills in one sync. */
export function removeMarks(saved: readonly SavedFill[]): Promise<void> {
  return runExcel(async (context) => {
    cellRanges(context, saved).forEach((range, i) => {
      const s = saved[i];
      const fill = range.format.fill;
      if (s.pattern === "None") {
        fill.clear();
        return;
      }
      fill.color = s.color;
      if (s.pattern !== "Solid") {
        fill.pattern = s.pattern as Excel.FillPattern;
        fill.patternColor = s.patternColor;
      }
    });
    await context.sync();
  });
}
