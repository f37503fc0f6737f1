/**
 * Reads every worksheet's used range into the engine's grid model in three syncs, whatever the
 * number of sheets: (1) the sheets, (2) where their used ranges are, (3) all contents and merges.
 * Only a workbook whose contents would pass Excel on the web's 5 MB response limit takes more:
 * one contents sync per MAX_CELLS_PER_SYNC cells, however many sheets they lie in.
 */
import type { SheetGrid, WorkbookGrid } from "../core/grid";
import { emptySheet, setCell } from "../core/grid";
import { cellFromExcel, mergesFromAddress } from "./cells";
import { runExcel } from "./run";

/**
 * Cells whose values, text, formats and formulas fit in one sync's response: at about 50 bytes a
 * cell, 60,000 cells stay near 3 MB, under Excel on the web's 5 MB limit. A used range larger than
 * this is read in row blocks of at most this many cells.
 */
export const MAX_CELLS_PER_SYNC = 60_000;

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

  // Every block of every sheet is queued; a sync goes out whenever the queued blocks reach the
  // payload budget, and once at the end — so small workbooks take one contents sync.
  const reads = sheets.map((sheet, i) => planContents(sheet, usedRanges[i]));
  let queued = 0;
  for (const read of reads)
    for (const block of read.blocks) {
      if (queued > 0 && queued + block.cells > MAX_CELLS_PER_SYNC) {
        await context.sync();
        queued = 0;
      }
      block.range.load(CONTENTS);
      queued += block.cells;
    }
  await context.sync();

  return { sheets: reads.map((read) => read.finish()) };
}

interface Block {
  range: Excel.Range;
  /** Row offset of the block inside the used range. */
  offset: number;
  cells: number;
}

/** Splits one sheet's used range into blocks (loaded by the caller) and returns what builds its grid. */
function planContents(sheet: Excel.Worksheet, used: Excel.Range): { blocks: Block[]; finish: () => SheetGrid } {
  if (used.isNullObject) return { blocks: [], finish: () => emptySheet(sheet.name) };

  const { rowIndex, columnIndex, rowCount, columnCount } = used;
  const blocks: Block[] = [];
  if (rowCount * columnCount <= MAX_CELLS_PER_SYNC) {
    blocks.push({ range: used, offset: 0, cells: rowCount * columnCount });
  } else {
    const rowsPerBlock = Math.max(1, Math.floor(MAX_CELLS_PER_SYNC / columnCount));
    for (let offset = 0; offset < rowCount; offset += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, rowCount - offset);
      const range = sheet.getRangeByIndexes(rowIndex + offset, columnIndex, rows, columnCount);
      blocks.push({ range, offset, cells: rows * columnCount });
    }
  }
  const merged = used.getMergedAreasOrNullObject().load("address");

  const finish = () => {
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
  return { blocks, finish };
}
