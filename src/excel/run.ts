import { ExcelFailure, messageForCode, toExcelFailure } from "./errors";

/** A cell of the workbook: sheet name and A1 address. */
export interface CellRef {
  sheet: string;
  cell: string;
}

/** Excel.run, with its failures (and running outside Excel) turned into ExcelFailure. */
export async function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (typeof Excel === "undefined" || typeof Excel.run !== "function") {
    throw new ExcelFailure("NotInExcel", messageForCode("NotInExcel"));
  }
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw toExcelFailure(error);
  }
}

/** Range proxies for cells, one worksheet proxy per sheet name (proxies only: nothing is loaded or written). */
export function cellRanges(context: Excel.RequestContext, refs: readonly CellRef[]): Excel.Range[] {
  const sheets = new Map<string, Excel.Worksheet>();
  return refs.map((ref) => {
    let sheet = sheets.get(ref.sheet);
    if (!sheet) {
      sheet = context.workbook.worksheets.getItem(ref.sheet);
      sheets.set(ref.sheet, sheet);
    }
    return sheet.getRange(ref.cell);
  });
}

/** Keeps the last entry per cell, so that one batch never writes a cell twice. */
export function uniqueByCell<T extends CellRef>(items: readonly T[]): T[] {
  const byCell = new Map<string, T>();
  for (const item of items) byCell.set(`${item.sheet}\u0000${item.cell.toUpperCase()}`, item);
  return [...byCell.values()];
}
