/**
 * Relations made concrete on cells (`C14 = E14 + F14`, `C14 = C15 + C16`), evaluated against the
 * sheet's values and any values being tried in their place, and validated family by family: a
 * relation the figures do not mostly obey is not the sheet's arithmetic, and is dropped.
 */
import { atRow, evaluate, evaluatePoint, ref, references, sumOf, type Expr } from "../expr";
import { formulaReferences, isSumFormula } from "../formula";
import { cellAt } from "../grid";
import type { ColumnFormula, RowGroup, TableRelations } from "./relations";
import { lookupFor } from "./relations";
import { agrees } from "../tolerance";
import type { RecognisedTable, RuleId } from "../types";
import { decimalsOf, type SheetValues } from "../values";

export interface Pos {
  row: number;
  col: number;
}

export interface Instance {
  family: string;
  target: Pos;
  expr: Expr;
  inputs: Pos[];
  rule: RuleId;
  percent: boolean;
  /** From the column-number row: the sheet states it. */
  stated: boolean;
  /** Another way the target may be computed on this row (plan / actual for a lower-is-better indicator). */
  alternative?: Expr;
  /** The target's formula is not the one its column's formulas state: the target is out of place. */
  deviant?: boolean;
}

export type Status = "hold" | "fail" | "na";

export class RelationSet {
  private readonly percentCols: Set<number>;
  private readonly kept = new Set<string>();
  private readonly groupOfChild = new Map<number, RowGroup>();
  private readonly groupOfParent = new Map<number, RowGroup>();
  private readonly droppedParents = new Set<number>();
  /** `Trong đó` families found to list only some parts: a total above its parts is no fault there. */
  private readonly partial = new Set<string>();
  /** Columns whose figures add up down the rows (those that mostly do not are taken out). */
  private readonly summable: Set<number>;
  readonly failing: Instance[] = [];
  /** The row `pointAt` reads, so the hot loop makes no closure per row; and whether it met a figure. */
  private pointRow = 0;
  private pointFilled = false;
  private readonly pointAt = (_: number, col: number): number => {
    const v = this.values.get(this.pointRow, col);
    if (v !== null) {
      this.pointFilled = true;
      return v;
    }
    if (this.values.isEmpty(this.pointRow, col)) return 0;
    this.pointFilled = true;
    return NaN;
  };

  constructor(
    private readonly table: RecognisedTable,
    private readonly rel: TableRelations,
    readonly values: SheetValues,
  ) {
    this.percentCols = new Set(table.columns.filter((c) => c.percent).map((c) => c.col));
    this.summable = new Set(rel.summable);
    for (const g of rel.groups) {
      this.groupOfParent.set(g.parent, g);
      for (const c of g.children) this.groupOfChild.set(c, g);
    }
    this.validate();
  }

  status(inst: Instance): Status {
    const t = this.values.get(inst.target.row, inst.target.col);
    if (t === null) return "na";
    const iv = evaluate(inst.expr, lookupFor(this.values, this.percentCols));
    if (!iv) return "na";
    if (inst.inputs.every((p) => this.values.isEmpty(p.row, p.col) && !this.values.overrides.has(this.values.key(p.row, p.col))))
      return "na";
    const n = this.values.numeric(inst.target.row, inst.target.col);
    if (agrees(t, () => decimalsOf(n), iv, inst.percent)) return "hold";
    const alt = inst.alternative && evaluate(inst.alternative, lookupFor(this.values, this.percentCols));
    if (alt && agrees(t, () => decimalsOf(n), alt, inst.percent)) return "hold";
    return this.partial.has(inst.family) && t > iv.hi ? "na" : "fail";
  }

  /** The table's body rows. */
  rows(): number[] {
    return this.table.rows.map((r) => r.row);
  }

  /** Every kept relation that involves a cell, as target or input. */
  at(pos: Pos): Instance[] {
    const out: Instance[] = [];
    for (const f of this.rel.formulas)
      if (this.kept.has(f.id) && (f.target === pos.col || f.inputs.includes(pos.col))) out.push(this.columnInstance(f, pos.row));
    if (this.summable.has(pos.col)) {
      const own = this.groupOfParent.get(pos.row);
      if (own && this.rowKept(own)) out.push(this.rowInstance(own, pos.col));
      const up = this.groupOfChild.get(pos.row);
      if (up && this.rowKept(up)) out.push(this.rowInstance(up, pos.col));
    }
    return out;
  }

  private rowKept(g: RowGroup): boolean {
    return this.kept.has(`rows:${g.level}`) && !this.droppedParents.has(g.parent);
  }

  private columnInstance(f: ColumnFormula, row: number): Instance {
    const expr = atRow(f.expr, row);
    return {
      family: f.id,
      target: { row, col: f.target },
      expr,
      inputs: references(expr),
      rule: f.rule,
      percent: f.percent,
      stated: f.origin === "number-row" || f.origin === "formula",
      ...(f.inverted?.rows.has(row) ? { alternative: atRow(f.inverted.expr, row) } : {}),
      ...(f.deviants?.has(row) ? { deviant: true } : {}),
    };
  }

  private rowInstance(g: RowGroup, col: number): Instance {
    const inputs = g.children.map((r) => ({ row: r, col }));
    return {
      family: `rows:${g.level}`,
      target: { row: g.parent, col },
      expr: sumOf(inputs.map((p) => ref(p.row, p.col))),
      inputs,
      rule: "sum-mismatch",
      percent: false,
      stated: false,
    };
  }

  /**
   * The sum of the rows under `row` in `col` when the parent row disagrees with it, whether or not
   * the table is held to that sum (a family the figures did not confirm, `-` items of an indicator).
   */
  groupDisagreement(row: number, col: number): number | undefined {
    const g = this.groupOfParent.get(row);
    if (!g || this.groupStatus(g, col) !== "fail") return undefined;
    return evaluatePoint(this.rowInstance(g, col).expr, (r, c) => this.values.get(r, c) ?? 0);
  }

  /** The target of every kept sum relation, with the relation built only when asked for. */
  *sumTargets(): Generator<{ family: string; target: Pos; instance: () => Instance }> {
    for (const f of this.rel.formulas)
      if (this.kept.has(f.id) && f.rule === "sum-mismatch")
        for (const r of this.table.rows) yield { family: f.id, target: { row: r.row, col: f.target }, instance: () => this.columnInstance(f, r.row) };
    for (const g of this.rel.groups)
      if (this.rowKept(g))
        for (const col of this.summable) yield { family: `rows:${g.level}`, target: { row: g.parent, col }, instance: () => this.rowInstance(g, col) };
  }

  /** Takes the failures that `explained` accounts for out of the root-cause search. */
  setAside(explained: (inst: Instance) => boolean): void {
    const keep = this.failing.filter((i) => !explained(i));
    this.failing.length = 0;
    for (const i of keep) this.failing.push(i);
  }

  /** Evaluates every relation once, keeps the families the figures obey, and collects the failures. */
  private validate(): void {
    const stats = new Map<string, { holds: number; fails: Instance[]; trusted: boolean; fitted: boolean }>();
    const tally = (family: string, trusted: boolean, fitted: boolean) => {
      let s = stats.get(family);
      if (!s) stats.set(family, (s = { holds: 0, fails: [], trusted, fitted }));
      return s;
    };
    for (const f of this.rel.formulas) {
      const s = tally(f.id, f.origin === "number-row" || f.origin === "formula", f.origin === "fit");
      for (const r of this.table.rows) {
        const st = this.columnStatus(f, r.row);
        if (st === "hold") s.holds++;
        else if (st === "fail") s.fails.push(this.columnInstance(f, r.row));
      }
    }
    const perParent = new Map<number, { holds: number; fails: number }>();
    const perColumn = new Map<number, { holds: number; fails: number }>();
    const unnamed = new Set<string>();
    for (const g of this.rel.groups) {
      const s = tally(`rows:${g.level}`, false, false);
      if (!g.named) unnamed.add(`rows:${g.level}`);
      const p = { holds: 0, fails: 0 };
      perParent.set(g.parent, p);
      for (const col of this.summable) {
        const st = this.groupStatus(g, col);
        const c = perColumn.get(col) ?? { holds: 0, fails: 0 };
        perColumn.set(col, c);
        if (st === "hold") {
          s.holds++;
          p.holds++;
          c.holds++;
        } else if (st === "fail") {
          s.fails.push(this.rowInstance(g, col));
          p.fails++;
          c.fails++;
        }
      }
    }
    // A parent row whose columns mostly disagree with its children lists only some of them (`Trong đó`).
    for (const [parent, p] of perParent) if (p.fails >= 2 && p.fails > p.holds) this.droppedParents.add(parent);
    // Likewise a column that mostly does not add up down the rows (a ratio, a code): not summed. One
    // slip breaks two sums at most (its parent's and its own), hence the three.
    // A column whose header names no known measure must show it adds up more often than not —
    // unless the sheet says so itself: a parent row's `SUM` over its children in that column.
    const unnamedCols = new Set(this.table.columns.filter((c) => c.measure === "amount").map((c) => c.col));
    for (const [col, c] of perColumn)
      if ((c.fails >= 3 && c.holds < c.fails / 2) || (unnamedCols.has(col) && c.fails > c.holds && !this.sumStated(col)))
        this.summable.delete(col);
    for (const f of this.rel.formulas) {
      // Two rows or more whose total exceeds the parts listed: the `Trong đó` list is partial.
      const s = stats.get(f.id);
      if (!f.partial || !s) continue;
      const over = s.fails.filter((i) => this.values.get(i.target.row, i.target.col)! > evaluatePoint(i.expr, (r, c) => this.values.get(r, c) ?? 0));
      if (over.length >= 2) {
        this.partial.add(f.id);
        s.fails = s.fails.filter((i) => !over.includes(i));
      }
    }
    for (const [family, s] of stats) {
      const fails = family.startsWith("rows:")
        ? s.fails.filter((i) => !this.droppedParents.has(i.target.row) && this.summable.has(i.target.col))
        : s.fails;
      const evaluable = s.holds + fails.length;
      // Stated formulas are trusted; sums the headers or the row names announce (total = Σ projects,
      // project = Σ sub-projects, district = Σ communes) need half the rows; found ones need more.
      const announced = !s.fitted && (!family.startsWith("rows:") || !unnamed.has(family));
      const keep = s.trusted
        ? !(evaluable >= 3 && s.holds < evaluable / 2)
        : announced
          ? s.holds >= 1 && s.holds >= 0.5 * evaluable
          : s.holds >= 2 && s.holds >= 0.6 * evaluable;
      if (!keep) continue;
      this.kept.add(family);
      this.failing.push(...fails);
    }
  }

  /** Whether some parent row of the column holds a `SUM` of (some of) its children there. */
  private sumStated(col: number): boolean {
    return this.rel.groups.some((g) => {
      const formula = cellAt(this.values.sheet, g.parent, col)?.formula;
      if (!formula || !isSumFormula(formula)) return false;
      const ranges = formulaReferences(formula);
      return !!ranges?.length && ranges.every((r) => r.left === col && r.right === col && g.children.some((c) => c >= r.top && c <= r.bottom));
    });
  }

  /**
   * Status of a column formula on a row without building the instance (the common, passing case):
   * an exact agreement of the point values settles it; anything else takes the full interval check.
   */
  private columnStatus(f: ColumnFormula, row: number): Status {
    const t = this.values.get(row, f.target);
    if (t === null) return "na";
    this.pointRow = row;
    this.pointFilled = false;
    const point = evaluatePoint(f.expr, this.pointAt);
    if (!this.pointFilled) return "na"; // every input empty
    if (Math.abs(point - t) <= 1e-9 * Math.max(1, Math.abs(t))) return "hold";
    if (Number.isNaN(point)) return "na";
    const decimals = decimalsOf(this.values.numeric(row, f.target));
    if (agrees(t, decimals, { lo: point, hi: point }, f.percent)) return "hold";
    // Inputs that are rates carry their rounding: only then is the interval worth computing.
    if (f.inverted?.rows.has(row)) return this.status(this.columnInstance(f, row));
    if (!f.inputs.some((c) => this.percentCols.has(c))) return "fail";
    const iv = evaluate(f.expr, lookupFor(this.values, this.percentCols, row));
    if (!iv) return "na";
    return agrees(t, decimals, iv, f.percent) ? "hold" : "fail";
  }

  /** Status of a parent row against its children in one column, the same way. */
  private groupStatus(g: RowGroup, col: number): Status {
    const t = this.values.get(g.parent, col);
    if (t === null) return "na";
    let sum = 0;
    let allEmpty = true;
    for (const r of g.children) {
      const v = this.values.get(r, col);
      if (v === null) {
        if (!this.values.isEmpty(r, col)) return "na";
      } else {
        allEmpty = false;
        sum += v;
      }
    }
    if (allEmpty) return "na";
    if (Math.abs(sum - t) <= 1e-9 * Math.max(1, Math.abs(t))) return "hold";
    return this.status(this.rowInstance(g, col));
  }
}
