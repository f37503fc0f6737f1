/** Colouring the cells of findings, and putting their own fill back. */
import { excelFeatures } from "./requirements";
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

/**
 * A cell's fill before it was marked, its properties as Excel loaded them. `pattern` "None" means
 * no fill (its color then reads #FFFFFF); without ExcelApi 1.9 only `color` is known, and #FFFFFF
 * is taken for no fill.
 */
export interface SavedFill extends CellRef {
  color: string;
  pattern?: string;
  patternColor?: string;
  /** -1 (darker) … 1 (lighter): a theme colour's tint, as the Home tab's palette writes it. */
  tintAndShade?: number;
  patternTintAndShade?: number;
}

/** Gradients cannot be written back through the API, so such cells are left unmarked. */
const GRADIENTS = new Set(["LinearGradient", "RectangularGradient"]);
const FULL = ["color", "pattern", "patternColor", "tintAndShade", "patternTintAndShade"] as const;

/**
 * Marks the cells (an error wins over a warning on the same cell) in one batch: one sync loads
 * their fills, one sync paints. Returns what `removeMarks` needs to restore them.
 */
export function applyMarks(marks: readonly CellMark[]): Promise<SavedFill[]> {
  const ordered = [...marks].sort((a, b) => (a.level === b.level ? 0 : a.level === "warning" ? -1 : 1));
  const targets = uniqueByCell(ordered);
  const full = excelFeatures().fillPattern;
  return runExcel(async (context) => {
    const fills = cellRanges(context, targets).map((range) => range.format.fill.load(full ? [...FULL] : ["color"]));
    await context.sync();

    const saved: SavedFill[] = [];
    targets.forEach((target, i) => {
      const fill = fills[i];
      const { sheet, cell } = target;
      if (!full) saved.push({ sheet, cell, color: fill.color });
      else if (GRADIENTS.has(fill.pattern)) return;
      else {
        const { color, pattern, patternColor, tintAndShade, patternTintAndShade } = fill;
        saved.push({ sheet, cell, color, pattern, patternColor, tintAndShade, patternTintAndShade });
      }
      fill.color = MARK_COLORS[target.level];
    });
    await context.sync();
    return saved;
  });
}

/** Restores the saved fills in one sync: colour, then its tint, then the pattern over it. */
export function removeMarks(saved: readonly SavedFill[]): Promise<void> {
  return runExcel(async (context) => {
    cellRanges(context, saved).forEach((range, i) => {
      const s = saved[i];
      const fill = range.format.fill;
      const none = s.pattern === undefined ? s.color.toUpperCase() === "#FFFFFF" : s.pattern === "None";
      if (none) {
        fill.clear();
        return;
      }
      fill.color = s.color;
      if (typeof s.tintAndShade === "number" && s.tintAndShade !== 0) fill.tintAndShade = s.tintAndShade;
      if (s.pattern !== undefined && s.pattern !== "Solid") {
        fill.pattern = s.pattern as Excel.FillPattern;
        if (s.patternColor !== undefined) fill.patternColor = s.patternColor;
        if (typeof s.patternTintAndShade === "number" && s.patternTintAndShade !== 0) fill.patternTintAndShade = s.patternTintAndShade;
      }
    });
    await context.sync();
  });
}
