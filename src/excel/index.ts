/** The task pane's only door to Excel: reads the workbook into the grid model and writes back fixes and marks. */
export type { CellRef } from "./run";
export { ExcelFailure } from "./errors";
export { readWorkbook, MAX_CELLS_PER_SYNC } from "./readWorkbook";
export { selectCell } from "./select";
export { applyFixes } from "./fixes";
export type { CellFix, FixOutcome } from "./fixes";
export { applyWrites } from "./applyWrites";
export type { CellWriteRequest } from "./applyWrites";
export { insertSheet, deleteSheet } from "./insertSheet";
export type { SheetLayout, SheetStyle } from "./insertSheet";
export { restoreCells } from "./snapshot";
export type { CellSnapshot } from "./snapshot";
export { applyMarks, removeMarks, MARK_COLORS } from "./marks";
export type { CellMark, MarkLevel, SavedFill } from "./marks";
