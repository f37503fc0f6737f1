import type { SheetGrid, WorkbookGrid } from "./grid";
import { checkSheet } from "./check";
import { recognise } from "./recognize";
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

export function analyzeSheet(sheet: SheetGrid): { report: SheetReport; findings: Finding[] } {
  const { report, values } = recognise(sheet);
  const { findings, notes } = checkSheet(sheet, report, values);
  report.reasons.push(...notes);
  return { report, findings };
}
