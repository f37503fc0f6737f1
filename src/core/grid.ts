/**
 * The plain grid model every face of Soát fills: the CLI from an .xlsx file, the task pane from Excel.
 * Rows and columns are 0-based and anchored at A1 (row 0 is Excel row 1), whatever the used range.
 */

export type CellValue = number | string | boolean | null;

export interface Cell {
  /** The stored value; for a formula cell its cached result, or null when the file carries none. */
  value: CellValue;
  /** The text Excel displays, when the reader knows it. */
  text?: string;
  /** The number format code (`#,##0.00`, `0.00%`, `General`). */
  format?: string;
  /** The formula without its leading `=`. */
  formula?: string;
  /** An error value such as `#REF!` or `#DIV/0!`. */
  error?: string;
}

/** A merged area, 0-based and inclusive. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** cells[row][col]; rows may be shorter than colCount and missing cells are empty. */
  cells: (Cell | null | undefined)[][];
  rowCount: number;
  colCount: number;
  merges: Merge[];
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

export function cellAt(sheet: SheetGrid, row: number, col: number): Cell | undefined {
  const r = sheet.cells[row];
  return (r && r[col]) || undefined;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (22, 10) → "K23". */
export function address(row: number, col: number): string {
  return columnName(col) + String(row + 1);
}

/** "K23" or "$K$23" → { row: 22, col: 10 }; undefined when it is not a single-cell address. */
export function parseAddress(a: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a.trim());
  if (!m) return undefined;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** An empty grid of the given name, convenient for builders and tests. */
export function emptySheet(name: string): SheetGrid {
  return { name, cells: [], rowCount: 0, colCount: 0, merges: [] };
}

/** Writes a cell, growing the grid as needed. */
export function setCell(sheet: SheetGrid, row: number, col: number, cell: Cell): void {
  while (sheet.cells.length <= row) sheet.cells.push([]);
  sheet.cells[row][col] = cell;
  if (row + 1 > sheet.rowCount) sheet.rowCount = row + 1;
  if (col + 1 > sheet.colCount) sheet.colCount = col + 1;
}

/**
 * Builds a sheet from rows of plain values, for tests and generated workbooks:
 * a string starting with `=` becomes a formula without a cached result.
 */
export function sheetFromRows(name: string, rows: CellValue[][], merges: Merge[] = []): SheetGrid {
  const sheet = emptySheet(name);
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v === null || v === undefined || v === "") return;
      if (typeof v === "string" && v.startsWith("=")) setCell(sheet, i, j, { value: null, formula: v.slice(1) });
      else setCell(sheet, i, j, { value: v });
    }),
  );
  sheet.merges = merges;
  return sheet;
}
