/**
 * How a form's derived cells are computed: column formulas (from the column-number row, the header
 * tree, or — for a rate, decrease or achievement column the form states no formula for — from the
 * keys of its columns) and row sums (a total or project row is the sum of the rows under it).
 */
import { diffOf, rateOf, ref, type Expr } from "../expr";
import { SOURCE_PARTS } from "../tables/labels";
import { buildRelations } from "../relations/relations";
import type { RecognisedColumn, RecognisedTable } from "../types";
import type { SheetValues } from "../values";
import { columnKey, type FigureKey, type RowKey } from "./keys";

export interface FormRecipes {
  /** By target column: its formula, written at row 0. */
  columns: Map<number, Expr>;
  /** By parent row: the rows that add up to it (summable columns only). */
  rows: Map<number, number[]>;
  /** Columns that add up down the rows (not percentages). */
  summable: Set<number>;
}

export function formRecipes(table: RecognisedTable, values: SheetValues, keys: (RowKey | undefined)[]): FormRecipes {
  const rel = buildRelations(table, values);
  const columns = new Map<number, Expr>();
  for (const f of rel.formulas) if (f.origin !== "fit") columns.set(f.target, f.expr);
  const figures = table.columns.filter((c) => columnKey(c));
  for (const c of figures) {
    if (columns.has(c.col)) continue;
    const e = keyFormula(c, figures);
    if (e) columns.set(c.col, e);
  }
  const summable = new Set(figures.filter((c) => !c.percent).map((c) => c.col));
  return { columns, rows: rowGroups(table, keys), summable };
}

/** A rate, decrease or achievement column from the columns its key names. */
function keyFormula(c: RecognisedColumn, figures: RecognisedColumn[]): Expr | undefined {
  const k = columnKey(c)!;
  const find = (want: (x: FigureKey) => boolean) => figures.find((x) => x.col !== c.col && want(columnKey(x)!))?.col;
  const yearOk = (x: FigureKey) => x.year === undefined || k.year === undefined || x.year === k.year;
  const source = k.source ?? "total";
  if (k.measure === "rate" && !k.subject) {
    const num = find((x) => x.measure === "disbursed" && (x.source ?? "total") === source && yearOk(x));
    const den = find((x) => x.measure === "plan" && (x.source ?? "total") === source && yearOk(x));
    return num !== undefined && den !== undefined ? rateOf(ref(0, num), ref(0, den)) : undefined;
  }
  if (k.measure === "rate" && k.subject) {
    const num = find((x) => x.measure === k.subject && !x.percent && x.period === k.period && x.subset === k.subset);
    const den = find((x) => x.measure === "households" && !x.percent && (x.period === k.period || x.period === undefined) && !x.subset);
    return num !== undefined && den !== undefined ? rateOf(ref(0, num), ref(0, den)) : undefined;
  }
  if (k.measure === "decrease") {
    const subject = k.subject ?? "poor";
    const at = (period: "start" | "end") =>
      k.percent
        ? find((x) => x.measure === "rate" && x.period === period && (x.subject ?? subject) === subject && x.subset === k.subset)
        : find((x) => x.measure === subject && !x.percent && x.period === period && x.subset === k.subset);
    const a = at("start");
    const b = at("end");
    return a !== undefined && b !== undefined ? diffOf(ref(0, a), ref(0, b)) : undefined;
  }
  if (k.measure === "achieved") {
    const num = find((x) => x.measure === "decrease" && x.percent === true) ?? find((x) => x.measure === "actual");
    const den = find((x) => x.measure === "target");
    return num !== undefined && den !== undefined ? rateOf(ref(0, num), ref(0, den)) : undefined;
  }
  return undefined;
}

/**
 * Parent rows and the rows that add up to them: children of one kind (sub-projects, projects,
 * units), or sources of funding that do not overlap. Items and mixed lists are not sums.
 */
function rowGroups(table: RecognisedTable, keys: (RowKey | undefined)[]): Map<number, number[]> {
  const byParent = new Map<number, number[]>();
  table.rows.forEach((r, i) => {
    if (r.parent === undefined || !keys[i]) return;
    const list = byParent.get(r.parent) ?? [];
    list.push(i);
    byParent.set(r.parent, list);
  });
  const out = new Map<number, number[]>();
  for (const [p, children] of byParent) {
    const parent = table.rows[p];
    if (!["total", "subtotal", "project", "subproject", "unit"].includes(parent.kind)) continue;
    const kinds = new Set(children.map((i) => table.rows[i].kind));
    if (kinds.size !== 1) continue;
    const kind = [...kinds][0];
    if (kind === "item" || kind === "total" || kind === "subtotal") continue;
    if (kind === "source" && !disjointSources(children.map((i) => keys[i]!.source!))) continue;
    out.set(parent.row, children.map((i) => table.rows[i].row));
  }
  return out;
}

function disjointSources(sources: string[]): boolean {
  if (new Set(sources).size !== sources.length) return false;
  return !sources.some((s) => (SOURCE_PARTS[s as keyof typeof SOURCE_PARTS] ?? []).some((p) => sources.includes(p)));
}
