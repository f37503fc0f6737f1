/** What a cell holds, as the checks see it: a number (typed, read from text, or computed), text, or nothing. */
import { cellAt, type Cell, type SheetGrid } from "./grid";
import { formatDecimals, isPercentFormat, ownDecimals, readNumber } from "./numbers";
import { evaluateFormula } from "./formula";

export interface NumericCell {
  /** In the unit shown: a 0.5912 in a `0.00%` cell is 59.12. */
  value: number;
  /** The number was stored as text (`1.307,25`). */
  fromText: boolean;
  /** The cell shows a percent format. */
  percentFormat: boolean;
  /** Decimals the cell shows. */
  decimals: number;
  formula?: string;
}

export function cellText(cell: Cell | undefined): string {
  if (!cell) return "";
  if (cell.text !== undefined && cell.text !== "") return cell.text.trim();
  const v = cell.value;
  if (v === null || v === undefined) return "";
  return String(v).trim();
}

/** The text of a cell for labels: strings only, numbers written plainly. */
export function labelText(sheet: SheetGrid, row: number, col: number): string {
  const c = cellAt(sheet, row, col);
  if (!c || c.value === null || c.value === undefined) return "";
  return String(c.value).trim();
}

/**
 * Reads the numbers of a sheet once, so that checks and root-cause search can look them up and
 * try other values for a cell without touching the grid.
 */
export class SheetValues {
  private cache = new Map<number, NumericCell | null>();
  private evaluating = new Set<number>();
  readonly overrides = new Map<number, number>();

  constructor(readonly sheet: SheetGrid) {}

  key(row: number, col: number): number {
    return row * 16384 + col;
  }

  /** The numeric content of a cell, or null when it is empty or not a number. */
  numeric(row: number, col: number): NumericCell | null {
    const k = this.key(row, col);
    let v = this.cache.get(k);
    if (v === undefined) {
      v = this.read(row, col);
      this.cache.set(k, v);
    }
    return v;
  }

  /** The value a check uses: the override being tried, else the cell's number. */
  get(row: number, col: number): number | null {
    const o = this.overrides.get(this.key(row, col));
    if (o !== undefined) return o;
    const n = this.numeric(row, col);
    return n ? n.value : null;
  }

  /** True when the cell is empty (no value, no formula). Empty parts of a sum count as 0. */
  isEmpty(row: number, col: number): boolean {
    const c = cellAt(this.sheet, row, col);
    if (!c) return true;
    if (c.formula) return false;
    return c.value === null || c.value === undefined || (typeof c.value === "string" && c.value.trim() === "");
  }

  private read(row: number, col: number): NumericCell | null {
    const c = cellAt(this.sheet, row, col);
    if (!c || c.error) return null;
    const percentFormat = isPercentFormat(c.format);
    const shown = formatDecimals(c.format);
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
      }
    } else if ((c.value === null || c.value === undefined) && c.formula) {
      const k = this.key(row, col);
      if (this.evaluating.has(k)) return null;
      this.evaluating.add(k);
      const r = evaluateFormula(c.formula, (rr, cc) => {
        const n = this.numeric(rr, cc);
        if (n) return percentFormatOf(this.sheet, rr, cc) ? n.value / 100 : n.value;
        return this.isEmpty(rr, cc) ? 0 : undefined;
      });
      this.evaluating.delete(k);
      if (r === undefined) return null;
      raw = r;
    }
    if (raw === null || !Number.isFinite(raw)) return null;
    const value = percentFormat && !fromText ? raw * 100 : raw;
    const decimals = shown !== undefined ? Math.max(0, shown) : textDecimals ?? ownDecimals(value);
    return { value, fromText, percentFormat, decimals, formula: c.formula };
  }
}

function percentFormatOf(sheet: SheetGrid, row: number, col: number): boolean {
  return isPercentFormat(cellAt(sheet, row, col)?.format);
}
