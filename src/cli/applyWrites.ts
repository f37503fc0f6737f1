/**
 * Applies form-filling writes to an exceljs workbook: values go into cells whose style, merges and
 * neighbours stay as they were; kept formulas get the result they will show, so that a reader that
 * does not recalculate sees the filled figures. Excel and LibreOffice recalculate on opening.
 */
import ExcelJS from "exceljs";
import type { CellWrite } from "../core/fill";

type FormulaCellValue = { formula?: string; sharedFormula?: string; result?: unknown };

export function applyWrites(wb: ExcelJS.Workbook, writes: CellWrite[]): void {
  for (const w of writes) {
    const ws = wb.getWorksheet(w.sheet);
    if (!ws) continue;
    const cell = ws.getCell(w.cell);
    if (w.kind === "formula") {
      const v = cell.value as FormulaCellValue | null;
      if (!v || typeof v !== "object") continue;
      // Set the whole value: exceljs's getter drops a result of 0, its setter keeps it.
      const base = v.sharedFormula !== undefined && v.formula === undefined ? { sharedFormula: v.sharedFormula } : { formula: v.formula ?? w.formula };
      cell.value = { ...base, result: w.value } as ExcelJS.CellValue;
    } else if (w.value !== undefined) cell.value = w.value;
  }
  wb.calcProperties.fullCalcOnLoad = true;
}
