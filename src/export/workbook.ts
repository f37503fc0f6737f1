/**
 * The exceljs workbook an export starts from: the file's own workbook when it is an .xlsx/.xlsm
 * exceljs can load (styles, widths, panes kept), otherwise one rebuilt from the grid (an .xls or
 * .ods, or an .xlsx whose drawings exceljs cannot load): values, formulas, number formats, merges.
 * Pure over bytes: used by the CLI and by the web page's worker. Nothing here reassigns a loaded
 * cell's value: exceljs's `cell.value` getter drops a cached formula result of 0, so writing back
 * what it returns would lose it (a load → write round trip keeps it).
 */
import ExcelJS from "exceljs";
import { address, type WorkbookGrid } from "../core/grid";

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  /** False when the copy was rebuilt from the grid: styles and widths are not carried over. */
  original: boolean;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export async function loadForExport(bytes: Uint8Array, fileName: string, grid: WorkbookGrid): Promise<LoadedWorkbook> {
  if (isZip(bytes) && /\.xls[xm]$/i.test(fileName)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      keepDefaultWidths(workbook);
      return { workbook, original: true };
    } catch {
      // exceljs throws on some chart drawings; the grid already holds what the check read.
    }
  }
  return { workbook: gridToWorkbook(grid), original: false };
}

/**
 * exceljs takes a column 9 wide for one without a width and leaves it out when writing, so the
 * column would come back at the sheet's default width; a width a hair above 9 is written.
 */
function keepDefaultWidths(wb: ExcelJS.Workbook): void {
  wb.eachSheet((ws) => {
    for (const col of ws.columns ?? []) if (col.width === 9) col.width = 9 + 1e-7;
  });
}

/** An exceljs workbook holding the grid's values, formulas with their results, number formats and merges. */
export function gridToWorkbook(grid: WorkbookGrid): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const sheet of grid.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.cells.forEach((row, r) =>
      row?.forEach((c, col) => {
        if (!c) return;
        const cell = ws.getCell(address(r, col));
        if (c.formula) cell.value = { formula: c.formula, result: c.error ? { error: c.error } : (c.value ?? undefined) } as ExcelJS.CellValue;
        else if (c.error) cell.value = { error: c.error } as ExcelJS.CellValue;
        else if (c.value !== null) cell.value = c.value;
        if (c.format && c.format !== "General") cell.numFmt = c.format;
      }),
    );
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return wb;
}

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
