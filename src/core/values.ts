/** What a cell holds, as the checks see it: a number (typed, read from text, or computed), text, or nothing. */
import { cellAt, type Cell, type SheetGrid } from "./grid";
import { formatDecimals, groupingOf, isPercentFormat, ownDecimals, readNumber } from "./numbers";
import { evaluateFormula, MAX_FORMULA_CHAIN } from "./formula";

export interface NumericCell {
  /** In the unit shown: a 0.5912 in a `0.00%` cell is 59.12. */
  value: number;
  /** The number was stored as text (`1.307,25`). */
  fromText: boolean;
  /** The cell shows a percent format. */
  percentFormat: boolean;
  /** Decimals it is judged at: those typed, its number format's, or written in its text; else its own. */
  decimals?: number;
  /** Decimals its number format shows, when it has one. */
  shown?: number;
}

/** Decimals a cell shows (computed only when a check needs them: most relations hold exactly). */
export function decimalsOf(n: NumericCell | null | undefined, fallback = 0): number {
  if (!n) return fallback;
  return (n.decimals ??= ownDecimals(n.value));
}

/** Decimals a cell shows, for writing a corrected value the way the cell displays it. */
export function shownDecimalsOf(n: NumericCell | null | undefined, fallback = 0): number {
  return n?.shown ?? decimalsOf(n, fallback);
}

export function cellText(cell: Cell | undefined): string {
  if (!cell) return "";
  if (cell.text !== undefined && cell.text !== "") return cell.text.trim();
  const v = cell.value;
  if (v === null || v === undefined) return "";
  return String(v).trim();
}

/** Excel's limit on a cell's text; labels are read no further (a longer cell is not Excel's). */
export const MAX_CELL_CHARS = 32767;

/** The text of a cell for labels: strings only, numbers written plainly, at most MAX_CELL_CHARS. */
export function labelText(sheet: SheetGrid, row: number, col: number): string {
  const c = cellAt(sheet, row, col);
  if (!c || c.value === null || c.value === undefined) return "";
  return String(c.value).slice(0, MAX_CELL_CHARS).trim();
}

/**
 * Reads the numbers of a sheet once, so that checks and root-cause search can look them up and
 * try other values for a cell without touching the grid.
 */
export class SheetValues {
  /** Per row, per column: the cell's number once read (null: not a number). */
  private cache: (NumericCell | null | undefined)[][] = [];
  private evaluating = new Set<number>();
  readonly overrides = new Map<number, number>();

  constructor(readonly sheet: SheetGrid) {}

  key(row: number, col: number): number {
    return row * 16384 + col;
  }

  /** The numeric content of a cell, or null when it is empty or not a number. */
  numeric(row: number, col: number): NumericCell | null {
    const line = this.cache[row] ?? (this.cache[row] = []);
    let v = line[col];
    if (v === undefined) v = line[col] = this.read(row, col);
    return v;
  }

  /** The value a check uses: the override being tried, else the cell's number. */
  get(row: number, col: number): number | null {
    if (this.overrides.size) {
      const o = this.overrides.get(this.key(row, col));
      if (o !== undefined) return o;
      const f = this.recalculated(row, col);
      if (f !== undefined) return f;
    }
    // A typed number outside a percent format is read straight from the grid: no object per cell.
    const c = cellAt(this.sheet, row, col);
    if (c && typeof c.value === "number" && Number.isFinite(c.value) && !formatInfo(c.format).percent) return c.value;
    const n = this.numeric(row, col);
    return n ? n.value : null;
  }

  /**
   * While values are being tried, a formula cell follows them as Excel would: its formula is
   * evaluated over the tried values (undefined when it cannot be, and the cached value stands).
   */
  private recalculated(row: number, col: number): number | undefined {
    const c = cellAt(this.sheet, row, col);
    if (!c?.formula) return undefined;
    const v = this.evaluateFormulaAt(row, col, c.formula, (rr, cc) => this.get(rr, cc));
    return v !== undefined && formatInfo(c.format).percent ? v * 100 : v;
  }

  /**
   * A cell's formula over the values `value` gives (in the units shown), as Excel computes it: a
   * percent-formatted input counts as its fraction, an empty one as 0. Undefined on a cycle, and
   * past MAX_FORMULA_CHAIN formulas waiting on each other (the stack is not unbounded).
   */
  private evaluateFormulaAt(row: number, col: number, formula: string, value: (row: number, col: number) => number | null): number | undefined {
    const k = this.key(row, col);
    if (this.evaluating.has(k) || this.evaluating.size >= MAX_FORMULA_CHAIN) return undefined;
    this.evaluating.add(k);
    const v = evaluateFormula(formula, (rr, cc) => {
      const x = value(rr, cc);
      if (x === null) return this.isEmpty(rr, cc) ? 0 : undefined;
      return formatInfo(cellAt(this.sheet, rr, cc)?.format).percent ? x / 100 : x;
    }, this.sheet);
    this.evaluating.delete(k);
    return v;
  }

  /** True when the cell is empty (no value, no formula). Empty parts of a sum count as 0. */
  isEmpty(row: number, col: number): boolean {
    const c = cellAt(this.sheet, row, col);
    if (!c) return true;
    if (c.formula) return false;
    return c.value === null || c.value === undefined || (typeof c.value === "string" && c.value.trim() === "");
  }

  private readonly columnGroupings = new Map<number, Grouping | undefined>();
  private sheetGrouping?: { of: Grouping | undefined };

  /**
   * The separator the text numbers of a column group thousands with, as those that show it say
   * (`3,437,500`, `1.338,216`); else the sheet's; undefined when nothing tells or both are seen.
   */
  private groupingNear(col: number): Grouping | undefined {
    if (!this.columnGroupings.has(col)) this.columnGroupings.set(col, groupingIn(this.sheet, col));
    const own = this.columnGroupings.get(col);
    if (own !== undefined) return own;
    this.sheetGrouping ??= { of: groupingIn(this.sheet) };
    return this.sheetGrouping.of;
  }

  private fractions = new Map<number, boolean>();

  /** Whether some typed number of the column has a fractional part below a thousand (`2.345` tỷ đồng). */
  private hasFractions(col: number): boolean {
    let known = this.fractions.get(col);
    if (known === undefined) {
      known = this.sheet.cells.some((line) => {
        const v = line?.[col]?.value;
        return typeof v === "number" && !Number.isInteger(v) && Math.abs(v) < 1000;
      });
      this.fractions.set(col, known);
    }
    return known;
  }

  private read(row: number, col: number): NumericCell | null {
    const c = cellAt(this.sheet, row, col);
    if (!c || c.error) return null;
    const { percent: percentFormat, decimals: shown } = formatInfo(c.format);
    let raw: number | null = null;
    let fromText = false;
    let textDecimals: number | undefined;
    if (typeof c.value === "number") raw = c.value;
    else if (typeof c.value === "string") {
      const r = readNumber(c.value);
      if (r) {
        raw = r.value;
        fromText = !/^[-–—]+$/.test(c.value.trim());
        textDecimals = r.decimals;
        if (r.otherReading !== undefined) {
          const comma = c.value.includes(",");
          // A column of typed figures with decimals (tỷ đồng `2,345`) writes `1,901` as one of them.
          const grouping = this.groupingNear(col) ?? (comma && this.hasFractions(col) ? "." : undefined);
          if (grouping === ",") {
            // `825,000` among `3,437,500`s groups thousands; `1.856` there is a decimal.
            raw = r.otherReading;
            textDecimals = comma ? 0 : 3;
          } else if (grouping === undefined && comma) return null; // nothing tells: not read at all
        }
      }
    } else if ((c.value === null || c.value === undefined) && c.formula) {
      // No cached result: computed from the cells as stated (never from values being tried).
      const r = this.evaluateFormulaAt(row, col, c.formula, (rr, cc) => this.numeric(rr, cc)?.value ?? null);
      if (r === undefined) return null;
      raw = r;
    }
    if (raw === null || !Number.isFinite(raw)) return null;
    const value = percentFormat && !fromText ? raw * 100 : raw;
    // A rate typed by hand with fewer decimals than its format shows (`69,2` in a `0.00` cell) is
    // judged at the decimals typed: the person rounded, the format added the zero.
    const typed = typeof c.value === "number" && !c.formula && shown !== undefined ? Math.min(shown, ownDecimals(value)) : undefined;
    return { value, fromText, percentFormat, decimals: typed ?? shown ?? textDecimals, shown };
  }
}

type Grouping = "." | ",";

function groupingIn(sheet: SheetGrid, col?: number): Grouping | undefined {
  const seen = new Set<string>();
  for (const line of sheet.cells) {
    if (!line) continue;
    for (const c of col === undefined ? line : [line[col]]) {
      if (typeof c?.value !== "string" || c.value.length > 40) continue;
      const g = groupingOf(c.value);
      if (g) seen.add(g);
    }
    if (seen.size > 1) return undefined;
  }
  return seen.size === 1 ? ([...seen][0] as Grouping) : undefined;
}

/** What a number format shows, read once per distinct format (a sheet has a handful). */
const FORMATS = new Map<string, { percent: boolean; decimals?: number }>();
const GENERAL = { percent: false };

function formatInfo(format: string | undefined): { percent: boolean; decimals?: number } {
  if (!format) return GENERAL;
  let info = FORMATS.get(format);
  if (!info) FORMATS.set(format, (info = { percent: isPercentFormat(format), decimals: formatDecimals(format) }));
  return info;
}
