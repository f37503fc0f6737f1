/**
 * The engine as the worker runs it: `analyzeWorkbook` sheet by sheet, so that progress can be told
 * after each one. The engine's checks are per sheet, so the result is the whole-workbook call's.
 */
import { analyzeWorkbook } from "../core/analyze";
import type { WorkbookGrid } from "../core/grid";
import type { Analysis } from "../core/types";

export function analyzeWithProgress(grid: WorkbookGrid, onSheet: (done: number, total: number, sheet: string) => void): Analysis {
  const analysis: Analysis = { sheets: [], findings: [] };
  grid.sheets.forEach((sheet, i) => {
    const one = analyzeWorkbook({ sheets: [sheet] });
    analysis.sheets.push(...one.sheets);
    analysis.findings.push(...one.findings);
    onSheet(i + 1, grid.sheets.length, sheet.name);
  });
  return analysis;
}
