/** Adding a prepared sheet (a standard form) to the workbook, and taking it out again. */
import { address, parseAddress } from "../core/grid";
import { excelFeatures } from "./requirements";
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
 * Returns the name it was given. Without ExcelApi 1.2 the sheet keeps Excel's column widths, row
 * heights and no merges; without 1.7 its header is not frozen.
 */
export function insertSheet(layout: SheetLayout): Promise<string> {
  const features = excelFeatures();
  return runExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();

    const name = uniqueName(layout.name, worksheets.items.map((s) => s.name));
    const sheet = worksheets.add(name);
    const all = sheet.getRange(extent(layout));
    all.format.font.name = layout.font.name;
    all.format.font.size = layout.font.size;
    if (features.sheetLayout) {
      layout.widths.forEach((width, c) => (sheet.getRange(address(0, c)).format.columnWidth = width));
      for (const [row, height] of layout.heights) sheet.getRange(address(row, 0)).format.rowHeight = height;
    }
    // Formats before contents, as a user would prepare the cells.
    for (const style of layout.styles) for (const a of style.ranges) applyStyle(sheet, a, style);
    all.formulas = contents(layout);
    if (features.sheetLayout) for (const a of layout.merges) sheet.getRange(a).merge(false);
    if (layout.freeze && features.freezePanes) freeze(sheet, layout.freeze.rows, layout.freeze.columns);
    sheet.activate();
    sheet.getRange("A1").select();
    await context.sync();
    return name;
  });
}

/** `edited`: the sheet no longer holds only what was inserted; it was left in place. */
export type DeleteOutcome = "deleted" | "edited";

/**
 * Removes a sheet Soát inserted: one sync loads its contents and used range; unless `force`, a
 * sheet holding anything but the inserted contents (the user typed into it) is left in place and
 * `edited` returned, so that the pane can ask. Otherwise one more sync deletes it.
 */
export function deleteSheet(name: string, layout: SheetLayout, options: { force: boolean }): Promise<DeleteOutcome> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(name);
    if (!options.force) {
      const block = sheet.getRange(extent(layout)).load("formulas");
      const used = sheet.getUsedRange().load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
      await context.sync();
      const beyond = used.rowIndex + used.rowCount > layout.rows || used.columnIndex + used.columnCount > layout.cols;
      if (beyond || !sameContents(block.formulas, contents(layout))) return "edited";
    }
    sheet.delete();
    await context.sync();
    return "deleted";
  });
}

/** The inserted block, `A1:N31`. */
function extent(layout: SheetLayout): string {
  return `A1:${address(layout.rows - 1, layout.cols - 1)}`;
}

/** Excel's `formulas` against what was written (text behind its apostrophe reads back without it). */
function sameContents(now: unknown[][], written: (string | number)[][]): boolean {
  const plain = (v: unknown) => (typeof v === "string" && v.startsWith("'") ? v.slice(1) : v);
  return written.every((row, r) => row.every((v, c) => String(plain(v)) === String(now[r]?.[c] ?? "")));
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
  if (rows && columns) sheet.freezePanes.freezeAt(sheet.getRange(`A1:${address(rows - 1, columns - 1)}`));
  else if (rows) sheet.freezePanes.freezeRows(rows);
  else if (columns) sheet.freezePanes.freezeColumns(columns);
}
