import type { SheetGrid, WorkbookGrid } from "./grid";
import { checkSheet } from "./findings/check";
import { recognise } from "./tables/recognize";
import type { Analysis, Finding, SheetReport } from "./types";

/** Recognises every sheet and runs every check. Pure: the grids are not modified. */
export function analyzeWorkbook(workbook: WorkbookGrid): Analysis {
  const sheets: SheetReport[] = [];
  const findings: Finding[] = [];
  for (const sheet of workbook.sheets) {
    const r = analyzeSheet(sheet);
    sheets.push(r.report);
    findings.push(...r.findings);
  }
  return { sheets, findings };
}

/** The most tables looked for in one sheet (appendices stack two or three). */
const MAX_TABLES = 5;

/** The sheet's first table gives its report; tables below it are checked too. */
export function analyzeSheet(sheet: SheetGrid): { report: SheetReport; findings: Finding[] } {
  const { report, values } = recognise(sheet);
  const { findings, notes } = checkSheet(sheet, report, values);
  report.reasons.push(...notes);
  let below = report.table ? report.table.dataBottom + 1 : sheet.rowCount;
  for (let n = 1; n < MAX_TABLES && below < sheet.rowCount; n++) {
    const rest = rowsFrom(sheet, below);
    const next = recognise(rest);
    if (!next.report.table || next.report.kind === "other" || next.report.table.dataBottom < below) break;
    findings.push(...checkSheet(rest, next.report, next.values).findings);
    report.reasons.push({ vi: `thêm một bảng từ dòng ${next.report.table.headerTop + 1}`, en: `another table from row ${next.report.table.headerTop + 1}` });
    below = next.report.table.dataBottom + 1;
  }
  return { report, findings };
}

/** The same sheet with the rows above `from` left out (addresses unchanged). */
function rowsFrom(sheet: SheetGrid, from: number): SheetGrid {
  return {
    ...sheet,
    cells: sheet.cells.map((r, i) => (i < from ? [] : r)),
    merges: sheet.merges.filter((m) => m.top >= from),
  };
}
