/**
 * A form sheet while it is being filled: its recognised table, the keys of its rows and columns,
 * what has been written, and the value every cell will show — read, written, computed by the
 * form's own formula, or derived through a recipe.
 */
import type { Expr } from "../expr";
import { evaluateFormula } from "../formula";
import { cellAt, type SheetGrid } from "../grid";
import { isPercentFormat } from "../numbers";
import type { RecognisedTable } from "../types";
import type { SheetValues } from "../values";
import { labelText } from "../values";
import { titledKeys, type FigureKey, type RowKey } from "./keys";
import type { FormRecipes } from "./recipes";

const pos = (r: number, c: number) => r * 16384 + c;

export interface Written {
  row: number;
  col: number;
  /** Numbers in the unit shown (a rate of 59,12% is 59.12). */
  value: number | string;
  kind: "source" | "derived" | "label";
}

export class FormState {
  readonly colKeys = new Map<number, FigureKey>();
  readonly written = new Map<number, Written>();
  recipes!: FormRecipes;
  /** Computes an empty derived cell; installed by the filler. */
  derive: (row: number, col: number) => number | null = () => null;
  private readonly memo = new Map<number, number | null>();
  private readonly busy = new Set<number>();

  constructor(
    readonly sheet: SheetGrid,
    readonly table: RecognisedTable,
    readonly values: SheetValues,
    readonly keys: (RowKey | undefined)[],
    readonly overwrite: boolean,
  ) {
    const titles: string[] = [];
    for (let r = 0; r < table.headerTop; r++) for (let c = 0; c < sheet.colCount; c++) titles.push(labelText(sheet, r, c));
    const keyOf = titledKeys(table, titles);
    for (const c of table.columns) {
      const k = keyOf(c);
      if (k) this.colKeys.set(c.col, k);
    }
  }

  formula(r: number, c: number): string | undefined {
    return cellAt(this.sheet, r, c)?.formula;
  }

  percentCell(r: number, c: number): boolean {
    return isPercentFormat(cellAt(this.sheet, r, c)?.format);
  }

  /** Empty in the form as given. */
  isEmpty(r: number, c: number): boolean {
    return this.values.isEmpty(r, c);
  }

  isDerived(r: number, c: number): boolean {
    return this.recipes.columns.has(c) || (this.recipes.rows.has(r) && this.recipes.summable.has(c));
  }

  /** Whether filling may put a value here: no formula, and empty unless overwriting. */
  writable(r: number, c: number): boolean {
    return !this.formula(r, c) && (this.overwrite || this.isEmpty(r, c));
  }

  write(w: Written): void {
    this.written.set(pos(w.row, w.col), w);
    this.memo.delete(pos(w.row, w.col));
  }

  /** The number a cell shows once filled, or null. */
  shown(r: number, c: number): number | null {
    const p = pos(r, c);
    if (this.memo.has(p)) return this.memo.get(p)!;
    if (this.busy.has(p)) return null;
    this.busy.add(p);
    const v = this.compute(r, c);
    this.busy.delete(p);
    this.memo.set(p, v);
    return v;
  }

  /** The raw value a formula reads: a percent-formatted cell holds a fraction. */
  raw(r: number, c: number): number | undefined {
    const v = this.shown(r, c);
    if (v === null) {
      const w = this.written.get(pos(r, c));
      const cell = cellAt(this.sheet, r, c);
      const text = (w && typeof w.value === "string") || (!w && typeof cell?.value === "string" && cell.value.trim() !== "");
      return text || cell?.error ? undefined : 0;
    }
    return this.percentCell(r, c) ? v / 100 : v;
  }

  /** Evaluates a recipe at its row; `any` when at least one input has a value. Empty inputs count as 0, as in Excel. */
  evaluate(e: Expr): { value: number | null; any: boolean } {
    let any = false;
    const go = (x: Expr): number | null => {
      switch (x.op) {
        case "num":
          return x.v;
        case "ref": {
          const v = this.shown(x.row, x.col);
          if (v !== null) any = true;
          return v ?? 0;
        }
        case "sum":
          return x.items.reduce<number | null>((s, i) => {
            const v = go(i);
            return s === null || v === null ? null : s + v;
          }, 0);
        default: {
          const a = go(x.a);
          const b = go(x.b);
          if (a === null || b === null || (x.op === "/" && b === 0)) return null;
          return x.op === "+" ? a + b : x.op === "-" ? a - b : x.op === "*" ? a * b : a / b;
        }
      }
    };
    const value = go(e);
    return { value, any };
  }

  /** Evaluates the form's own formula over the filled cells, as a raw value (ranges clipped to the sheet: every write lies in it). */
  formulaResult(r: number, c: number): number | undefined {
    const f = this.formula(r, c);
    return f ? evaluateFormula(f, (rr, cc) => this.raw(rr, cc), this.sheet) : undefined;
  }

  private compute(r: number, c: number): number | null {
    const w = this.written.get(pos(r, c));
    if (w) return typeof w.value === "number" ? w.value : null;
    if (this.formula(r, c)) {
      const v = this.formulaResult(r, c);
      if (v === undefined || !Number.isFinite(v)) return null;
      return this.percentCell(r, c) ? v * 100 : v;
    }
    if (!this.isEmpty(r, c) && !(this.overwrite && this.isDerived(r, c))) return this.values.get(r, c);
    return this.isDerived(r, c) ? this.derive(r, c) : null;
  }
}
