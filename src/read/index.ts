/**
 * Reading a workbook's bytes into the engine's grid, for every face that has bytes rather than a
 * path (the web page, its worker). Throws InputError with a vi/en message on unreadable input.
 */
import ExcelJS from "exceljs";
import type { WorkbookGrid } from "../core/grid";
import { InputError } from "./errors";
import { workbookToGrid } from "./exceljsGrid";

export { InputError } from "./errors";

export async function readWorkbookBytes(bytes: Uint8Array, fileName: string): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new InputError({
      vi: `Không đọc được ${fileName}: tệp .xlsx bị hỏng (${(e as Error).message})`,
      en: `Cannot read ${fileName}: the .xlsx file is damaged (${(e as Error).message})`,
    });
  }
  return workbookToGrid(wb);
}
