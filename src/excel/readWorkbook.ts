/**
 * Reads every worksheet's used range into the engine's grid model in three syncs, whatever the
 * number of sheets: (1) the sheets, (2) where their used ranges are, (3) all contents and merges.
 */
import type { SheetGrid, WorkbookGrid } from "../core/grid";
import { emptySheet, setCell } from "../core/grid";
import { cellFromExcel, mergesFromAddress } from "./cells";
import { runExcel } from "./run";

/**
 * Cells read by one range load: a used range larger than this (estimated at ~5 MB of values, text,
 * formats and formulas) is read as row blocks, so that no single range read hits Excel's
 * per-operation resource limit. The blocks still share the one contents sync; a workbook whose
 * whole response passes Excel on the web's 5 MB limit fails with ResponsePayloadSizeLimitExceeded,
 * which the pane explains.
 */
export const MAX_CELLS_PER_READ = 200_000;

const CONTENTS = ["values", "text", "numberFormat", "formulas"];
const GEOMETRY = ["rowIndex", "columnIndex", "rowCount", "columnCount"];

export function readWorkbook(): Promise<WorkbookGrid> {
  return runExcel(readWorkbookIn);
}

async function readWorkbookIn(context: Excel.RequestContext): Promise<WorkbookGrid> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();

  const sheets = worksheets.items;
  // valuesOnly: formatting alone (borders drawn down to row 1000) does not widen the range.
  const usedRanges = sheets.map((sheet) => sheet.getUsedRangeOrNullObject(true).load(GEOMETRY));
  await context.sync();

  const finishers = sheets.map((sheet, i) => queueContents(sheet, usedRanges[i]));
  await context.sync();

  return { sheets: finishers.map((finish) => finish()) };
}

interface Block {
  range: Excel.Range;
  /** Row offset of the block inside the used range. */
  offset: number;
}

/** Queues the loads for one sheet and returns what builds its grid after the sync. */
function queueContents(sheet: Excel.Worksheet, used: Excel.Range): () => SheetGrid {
  if (used.isNullObject) return () => emptySheet(sheet.name);

  const { rowIndex, columnIndex, rowCount, columnCount } = used;
  const blocks: Block[] = [];
  if (rowCount * columnCount <= MAX_CELLS_PER_READ) {
    blocks.push({ range: used.load(CONTENTS), offset: 0 });
  } else {
    const rowsPerBlock = Math.max(1, Math.floor(MAX_CELLS_PER_READ / columnCount));
    for (let offset = 0; offset < rowCount; offset += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, rowCount - offset);
      const range = sheet.getRangeByIndexes(rowIndex + offset, columnIndex, rows, columnCount).load(CONTENTS);
      blocks.push({ range, offset });
    }
  }
  const merged = used.getMergedAreasOrNullObject().load("address");

  return () => {
    const grid = emptySheet(sheet.name);
    for (const { range, offset } of blocks) {
      const { values, text, numberFormat, formulas } = range;
      values.forEach((row, r) =>
        row.forEach((value, c) => {
          const cell = cellFromExcel(value, text[r][c], numberFormat[r][c], formulas[r][c]);
          if (cell) setCell(grid, rowIndex + offset + r, columnIndex + c, cell);
        }),
      );
    }
    grid.rowCount = rowIndex + rowCount;
    grid.colCount = columnIndex + columnCount;
    while (grid.cells.length < grid.rowCount) grid.cells.push([]);
    if (!merged.isNullObject) grid.merges = mergesFromAddress(merged.address);
    return grid;
  };
}
