/** Adding a prepared sheet (a standard form) to the workbook, and taking it out again. */
import { parseAddress } from "../core/grid";
import { runExcel } from "./run";
import { textToWrite } from "./snapshot";

/** A style shared by the cells of `ranges`; the alignments are Excel's names (`Center`, `Right`). */
export interface SheetStyle {
  ranges: string[];
  font?: { bold?: boolean; italic?: boolean; size?: number };
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  /** Thin lines round every cell. */
  border?: boolean;
  numberFormat?: string;
}

/** A sheet to create: its contents from A1 and how it looks. */
export interface SheetLayout {
  name: string;
  rows: number;
  cols: number;
  font: { name: string; size: number };
  /** Row by row from A1: "" empty, "=…" a formula, text, a number; a short row is padded with "". */
  cells: (string | number)[][];
  /** Column widths in points. */
  widths: number[];
  /** [0-based row, height in points]. */
  heights: [number, number][];
  merges: string[];
  styles: SheetStyle[];
  freeze?: { rows: number; columns: number };
}

/** Excel's limit on a sheet name. */
const MAX_NAME = 31;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

/**
 * Adds the sheet after the others and activates it, in two syncs: the existing names (so that the
 * new one is unique: `Biểu 01 (2)`), then the sheet with all its contents and formats in one batch.
 * Returns the name it was given.
 */
export function insertSheet(layout: SheetLayout): Promise<string> {
  return runExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();

    const name = uniqueName(layout.name, worksheets.items.map((s) => s.name));
    const sheet = worksheets.add(name);
    const all = sheet.getRangeByIndexes(0, 0, layout.rows, layout.cols);
    all.format.font.name = layout.font.name;
    all.format.font.size = layout.font.size;
    layout.widths.forEach((width, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = width));
    for (const [row, height] of layout.heights) sheet.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = height;
    // Formats before contents, as a user would prepare the cells.
    for (const style of layout.styles) for (const address of style.ranges) applyStyle(sheet, address, style);
    all.formulas = contents(layout);
    for (const address of layout.merges) sheet.getRange(address).merge(false);
    if (layout.freeze) freeze(sheet, layout.freeze.rows, layout.freeze.columns);
    sheet.activate();
    sheet.getRange("A1").select();
    await context.sync();
    return name;
  });
}

/** Removes a sheet, in one sync. */
export function deleteSheet(name: string): Promise<void> {
  return runExcel(async (context) => {
    context.workbook.worksheets.getItem(name).delete();
    await context.sync();
  });
}

function uniqueName(base: string, taken: string[]): string {
  const used = new Set(taken.map((n) => n.toLocaleLowerCase()));
  if (!used.has(base.toLocaleLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, MAX_NAME - suffix.length) + suffix;
    if (!used.has(name.toLocaleLowerCase())) return name;
  }
}

/** The block of contents, every row as wide as the sheet; text goes in as text. */
function contents(layout: SheetLayout): (string | number)[][] {
  return Array.from({ length: layout.rows }, (_, r) =>
    Array.from({ length: layout.cols }, (_, c) => {
      const v = layout.cells[r]?.[c] ?? "";
      return typeof v === "string" && !v.startsWith("=") ? textToWrite(v) : v;
    }),
  );
}

function applyStyle(sheet: Excel.Worksheet, address: string, style: SheetStyle): void {
  const range = sheet.getRange(address);
  const format = range.format;
  if (style.font?.bold) format.font.bold = true;
  if (style.font?.italic) format.font.italic = true;
  if (style.font?.size) format.font.size = style.font.size;
  if (style.horizontal) format.horizontalAlignment = style.horizontal as Excel.HorizontalAlignment;
  if (style.vertical) format.verticalAlignment = style.vertical as Excel.VerticalAlignment;
  if (style.wrap) format.wrapText = true;
  if (style.border) for (const edge of EDGES) format.borders.getItem(edge).style = "Continuous";
  if (style.numberFormat) range.numberFormat = sameInEvery(address, style.numberFormat);
}

/** One value for every cell of `A1:C3`, as a range of that size takes it. */
function sameInEvery<T>(address: string, value: T): T[][] {
  const [from, to = from] = address.split(":").map(parseAddress);
  if (!from || !to) throw new Error(`Not a range address: ${address}`);
  return Array.from({ length: to.row - from.row + 1 }, () => Array<T>(to.col - from.col + 1).fill(value));
}

function freeze(sheet: Excel.Worksheet, rows: number, columns: number): void {
  if (rows && columns) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows) sheet.freezePanes.freezeRows(rows);
  else if (columns) sheet.freezePanes.freezeColumns(columns);
}
