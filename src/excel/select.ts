import type { CellRef } from "./run";
import { runExcel } from "./run";

/** Shows the cell: activates its sheet and selects it, in one sync. */
export function selectCell(ref: CellRef): Promise<void> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(ref.sheet);
    sheet.activate();
    sheet.getRange(ref.cell).select();
    await context.sync();
  });
}
