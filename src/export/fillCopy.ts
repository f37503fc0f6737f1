/**
 * A filled copy of a form: the form's exceljs workbook with the engine's writes applied, as bytes.
 * Pure over bytes and exceljs: the CLI's `soat fill` shares `withEmptyFormats`, the web page's worker uses it all.
 */
import type ExcelJS from "exceljs";
import { applyWrites } from "../cli/applyWrites";
import { fillWorkbook, type FillOptions, type FillResult, type FillSource } from "../core/fill";
import { cellAt, setCell, type WorkbookGrid } from "../core/grid";
import { workbookToGrid } from "../read/exceljsGrid";
import { loadForExport, workbookBytes } from "./workbook";

/**
 * The grid reader keeps only cells with a value; a form's empty cells matter for their number
 * format (a rate written into a `0.00%` cell is a fraction), so they are added here.
 */
export function withEmptyFormats(grid: WorkbookGrid, wb: ExcelJS.Workbook): WorkbookGrid {
  wb.eachSheet((ws) => {
    const sheet = grid.sheets.find((s) => s.name === ws.name);
    if (!sheet) return;
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (cell.numFmt && (cell.value === null || cell.value === undefined) && !cellAt(sheet, r - 1, c - 1))
          setCell(sheet, r - 1, c - 1, { value: null, format: cell.numFmt });
      }),
    );
  });
  return grid;
}

export interface FormFile {
  bytes: Uint8Array;
  fileName: string;
  grid: WorkbookGrid;
}

/** Fills the form from the sources; `bytes` is undefined when no form table was recognised. */
export async function fillCopy(form: FormFile, sources: FillSource[], options: FillOptions = {}): Promise<{ result: FillResult; bytes?: Uint8Array }> {
  const { workbook } = await loadForExport(form.bytes, form.fileName, form.grid);
  const result = fillWorkbook(withEmptyFormats(workbookToGrid(workbook), workbook), sources, options);
  if (!result.sheets.length) return { result };
  applyWrites(workbook, result.writes);
  return { result, bytes: await workbookBytes(workbook) };
}
