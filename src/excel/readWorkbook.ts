/**
 * Reads every worksheet's used range into the engine's grid model in three syncs, whatever the
 * number of sheets and whatever the ExcelApi version: (1) the sheets, (2) where their used ranges
 * are, (3) all contents (and, from ExcelApi 1.13, merges). Only a workbook whose contents would
 * pass Excel on the web's 5 MB response limit takes more: one contents sync per
 * MAX_CELLS_PER_SYNC cells, however many sheets they lie in.
 */
import type { SheetGrid, WorkbookGrid } from "../core/grid";
import { address, emptySheet, setCell } from "../core/grid";
import { cellFromExcel, mergesFromAddress } from "./cells";
import { excelFeatures, type ExcelFeatures } from "./requirements";
import { runExcel } from "./run";

/**
 * Cells whose values, text, formats and formulas fit in one sync's response: at about 50 bytes a
 * cell, 60,000 cells stay near 3 MB, under Excel on the web's 5 MB limit. A used range larger than
 * this is read in row blocks of at most this many cells.
 */
export const MAX_CELLS_PER_SYNC = 60_000;
/**
 * What one sheet may cost: a used range reaching XFD1048576 because of one stray cell would be
 * hundreds of thousands of blocks. Wider or larger used ranges are read from their top-left up
 * to these limits, and the cut is reported.
 */
export const MAX_COLUMNS_PER_SHEET = 500;
export const MAX_CELLS_PER_SHEET = 1_000_000;

const CONTENTS = ["values", "text", "numberFormat", "formulas"];
const GEOMETRY = ["rowIndex", "columnIndex", "rowCount", "columnCount"];

/** A sheet whose used range was cut to the limits. */
export interface CappedSheet {
  sheet: string;
  /** The used range as Excel reports it, `A1:XFD1048576`. */
  used: string;
  /** The part read, `A1:SF2000`. */
  read: string;
}

export interface WorkbookRead {
  grid: WorkbookGrid;
  capped: CappedSheet[];
  /** Header spans were inferred from blank cells (no `getMergedAreasOrNullObject` before ExcelApi 1.13). */
  mergesInferred: boolean;
}

export function readWorkbook(): Promise<WorkbookRead> {
  const features = excelFeatures();
  return runExcel((context) => readWorkbookIn(context, features));
}

async function readWorkbookIn(context: Excel.RequestContext, features: ExcelFeatures): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();

  const sheets = worksheets.items;
  // valuesOnly (1.2): formatting alone (borders drawn down to row 1000) does not widen the range.
  const usedRanges = sheets.map((sheet) => usedRange(sheet, features).load(GEOMETRY));
  await context.sync();

  // Every block of every sheet is queued; a sync goes out whenever the queued blocks reach the
  // payload budget, and once at the end — so small workbooks take one contents sync.
  const reads = sheets.map((sheet, i) => planContents(sheet, usedRanges[i], features));
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

  const grid = { sheets: reads.map((read) => read.finish()) };
  if (!features.mergedAreas) {
    // Only older Excel needs the recogniser here: a chunk of its own, loaded then.
    const { inferHeaderMerges } = await import(/* webpackChunkName: "infer-merges" */ "./inferMerges");
    for (const sheet of grid.sheets) sheet.merges = inferHeaderMerges(sheet);
  }
  return { grid, capped: reads.flatMap((r) => r.capped ?? []), mergesInferred: !features.mergedAreas };
}

/** Before 1.4 an empty sheet's used range is A1 (read as one empty cell); before 1.2 formatting counts. */
function usedRange(sheet: Excel.Worksheet, features: ExcelFeatures): Excel.Range {
  if (features.nullObjects) return sheet.getUsedRangeOrNullObject(true);
  return features.valuesOnly ? sheet.getUsedRange(true) : sheet.getUsedRange();
}

interface Block {
  range: Excel.Range;
  /** Row offset of the block inside the used range. */
  offset: number;
  cells: number;
}

interface SheetPlan {
  blocks: Block[];
  capped?: CappedSheet;
  finish: () => SheetGrid;
}

/** Splits one sheet's used range into blocks (loaded by the caller) and returns what builds its grid. */
function planContents(sheet: Excel.Worksheet, used: Excel.Range, features: ExcelFeatures): SheetPlan {
  if (features.nullObjects && used.isNullObject) return { blocks: [], finish: () => emptySheet(sheet.name) };

  const { rowIndex, columnIndex } = used;
  const columnCount = Math.min(used.columnCount, MAX_COLUMNS_PER_SHEET);
  const rowCount = Math.min(used.rowCount, Math.max(1, Math.floor(MAX_CELLS_PER_SHEET / columnCount)));
  const area = (top: number, rows: number) => `${address(top, columnIndex)}:${address(top + rows - 1, columnIndex + columnCount - 1)}`;
  const capped =
    rowCount < used.rowCount || columnCount < used.columnCount
      ? {
          sheet: sheet.name,
          used: `${address(rowIndex, columnIndex)}:${address(rowIndex + used.rowCount - 1, columnIndex + used.columnCount - 1)}`,
          read: area(rowIndex, rowCount),
        }
      : undefined;

  const blocks: Block[] = [];
  if (!capped && rowCount * columnCount <= MAX_CELLS_PER_SYNC) {
    blocks.push({ range: used, offset: 0, cells: rowCount * columnCount });
  } else {
    // Addresses rather than getRangeByIndexes (1.7): ExcelApi 1.1 reads the same blocks.
    const rowsPerBlock = Math.max(1, Math.floor(MAX_CELLS_PER_SYNC / columnCount));
    for (let offset = 0; offset < rowCount; offset += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, rowCount - offset);
      blocks.push({ range: sheet.getRange(area(rowIndex + offset, rows)), offset, cells: rows * columnCount });
    }
  }
  const mergeSource = capped ? sheet.getRange(area(rowIndex, rowCount)) : used;
  const merges = features.mergedAreas ? mergeSource.getMergedAreasOrNullObject().load("address") : undefined;

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
    if (merges && !merges.isNullObject) grid.merges = mergesFromAddress(merges.address);
    return grid;
  };
  return { blocks, capped, finish };
}
