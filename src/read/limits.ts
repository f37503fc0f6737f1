/**
 * The reader's limits, set from what one process can hold (the grid of a workbook at the cell limit
 * takes about 1 GB). Reaching one refuses the file with a message that names it (see README,
 * "Reading workbooks"), except MAX_MERGE_AREA, past which a merged range is clipped.
 */

/** Bytes of a workbook file read at all (the CLI checks it before reading). */
export const MAX_FILE_BYTES = 200 * 1024 ** 2;
/** Bytes one part of the package (a sheet's XML, the shared strings) may unpack to. */
export const MAX_PART_BYTES = 256 * 1024 ** 2;
/** Bytes all the parts read may unpack to together. */
export const MAX_UNPACKED_BYTES = 1024 ** 3;
/** A part declaring more than this multiple of its packed size, past MIN_RATIO_CHECK bytes, is a bomb. */
export const MAX_RATIO = 1000;
export const MIN_RATIO_CHECK = 50 * 1024 ** 2;
/** Cells holding a value or formula, per sheet and in the whole workbook. */
export const MAX_CELLS_PER_SHEET = 2_000_000;
export const MAX_CELLS = 4_000_000;
/** Entries of the shared-string table. */
export const MAX_SHARED_STRINGS = 2_000_000;
/** Characters of one cell's text: Excel's own limit. */
export const MAX_CELL_TEXT = 32_767;
/** Merged ranges per sheet. */
export const MAX_MERGES = 200_000;
/** A merged range larger than this many cells is clipped to the rows and columns that hold cells. */
export const MAX_MERGE_AREA = 1_000_000;
/** Rows holding cells that the merged ranges of a sheet may cross in all (only overlapping ranges reach it). */
export const MAX_MERGE_WORK = 10_000_000;
/** Excel's grid. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
/** Bytes of a legacy .xls file (read whole by SheetJS: about 6 bytes a cell). */
export const MAX_LEGACY_BYTES = 50 * 1024 ** 2;
