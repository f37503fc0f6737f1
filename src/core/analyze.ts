/**
 * The pipeline: a sheet's grid → its tables (tables/: header, columns, rows, kind) → the relations
 * their figures obey (relations/) → the findings that break them (findings/).
 */
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

/** Every table of the sheet, each checked on its own; the sheet's report leads with the first. */
export function analyzeSheet(sheet: SheetGrid): { report: SheetReport; findings: Finding[] } {
  const first = recognise(sheet);
  const report = first.report;
  const { findings, notes } = checkSheet(sheet, report, first.values);
  if (notes.length && report.tables[0]) report.tables[0].notes = notes;
  let below = first.report.table ? first.report.table.dataBottom + 1 : sheet.rowCount;
  for (let n = 1; n < MAX_TABLES && below < sheet.rowCount; n++) {
    const rest = rowsFrom(sheet, below);
    const next = recognise(rest);
    if (!next.report.table || next.report.kind === "other" || next.report.table.dataBottom < below) break;
    const checked = checkSheet(rest, next.report, next.values);
    findings.push(...checked.findings);
    if (checked.notes.length) next.report.tables[0].notes = checked.notes;
    report.tables.push(...next.report.tables);
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
