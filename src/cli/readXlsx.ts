/** Reads a workbook file (.xlsx, .xlsm, .xls, .ods) into the engine's grid, read-only, through src/read. */
import ExcelJS from "exceljs";
import type { WorkbookGrid } from "../core/grid";
import { workbookToGrid } from "../read/exceljsGrid";
import { readWorkbookBytes, workbookFormat } from "../read";
import { SoatInputError } from "./errors";
import { readInputFile } from "./guard";

export async function readWorkbook(path: string): Promise<WorkbookGrid> {
  return readWorkbookBytes(readInputFile(path), path);
}

/**
 * The exceljs workbook of an .xlsx/.xlsm file (for writing a filled copy of it), once Soát's own
 * reader has read it whole within the limits.
 */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const bytes = readInputFile(path);
  await readWorkbookBytes(bytes, path);
  if ((await workbookFormat(bytes, path)) !== "xlsx")
    throw new SoatInputError({ vi: `Biểu mẫu ${path} phải là tệp .xlsx`, en: `The form ${path} must be an .xlsx file` });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new SoatInputError({
      vi: `Không mở được ${path} để điền: thư viện ghi .xlsx không đọc được một phần của tệp (biểu đồ, hình vẽ…). Hãy lưu biểu mẫu không kèm các phần đó.`,
      en: `Cannot open ${path} for filling: the .xlsx writer cannot read a part of it (a chart, a drawing…). Save the form without those parts.`,
    });
  }
  return wb;
}

export { workbookToGrid };
