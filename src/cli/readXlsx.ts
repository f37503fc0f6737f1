/** Reads an .xlsx file into the engine's grid with exceljs, read-only. */
import ExcelJS from "exceljs";
import type { WorkbookGrid } from "../core/grid";
import { workbookToGrid } from "../read/exceljsGrid";
import { SoatInputError } from "./errors";
import { guardWorkbookFile } from "./guard";

export async function readWorkbook(path: string): Promise<WorkbookGrid> {
  return workbookToGrid(await loadWorkbook(path));
}

/** The exceljs workbook of a guarded .xlsx file (for writing a filled copy of it). */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  guardWorkbookFile(path, "xlsx");
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw new SoatInputError({
      vi: `Không đọc được ${path}: tệp .xlsx bị hỏng (${(e as Error).message})`,
      en: `Cannot read ${path}: the .xlsx file is damaged (${(e as Error).message})`,
    });
  }
  return wb;
}

export { workbookToGrid };
