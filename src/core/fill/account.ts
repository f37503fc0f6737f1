/**
 * Which figures of a source found no place in the form. A figure is placed when a form cell read
 * it; a total or rate of the source is accounted for when everything it is computed from is; a
 * sub-project the form does not list still counts when the form took its project's figure.
 */
import { columnName } from "../grid";
import type { RecognisedRow } from "../types";
import { columnKey } from "./keys";
import * as msg from "./messages";
import type { SourceTable } from "./source";
import type { UnplacedFigure } from "./types";

export function unplacedFigures(t: SourceTable): UnplacedFigure[] {
  const table = t.table;
  const figCols = table.columns.filter((c) => columnKey(c));
  const rowIndex = new Map<number, number>(table.rows.map((r, i) => [r.row, i]));
  const formulas = new Map(t.relations.formulas.map((f) => [f.target, f]));
  const groups = new Map(t.relations.groups.map((g) => [g.parent, g.children]));
  const summable = new Set(t.relations.summable);
  const has = (r: number, c: number) => !t.values.isEmpty(r, c);

  /** Columns whose figures a consumed total of the same row includes (a split the form does not have). */
  const within = new Map<number, Set<number>>();
  const inside = (r: number, c: number): boolean => {
    let set = within.get(r);
    if (!set) {
      set = new Set<number>();
      const add = (col: number) => {
        const f = formulas.get(col);
        if (f?.rule !== "sum-mismatch") return;
        for (const i of f.inputs)
          if (!set!.has(i)) {
            set!.add(i);
            add(i);
          }
      };
      for (const col of figCols) if (t.consumed.has(r * 16384 + col.col)) add(col.col);
      within.set(r, set);
    }
    return set.has(c);
  };
  const memo = new Map<number, boolean>();
  const accounted = (r: number, c: number): boolean => {
    const p = r * 16384 + c;
    if (!has(r, c) || t.consumed.has(p) || inside(r, c)) return true;
    if (memo.has(p)) return memo.get(p)!;
    memo.set(p, false);
    // Computed from other figures, all of which are accounted for (and not all empty).
    const from = (cells: [number, number][]) => cells.some(([rr, cc]) => has(rr, cc)) && cells.every(([rr, cc]) => accounted(rr, cc));
    const f = formulas.get(c);
    let ok = !!f && from(f.inputs.map((i) => [r, i]));
    const children = groups.get(r);
    if (!ok && children && summable.has(c)) ok = from(children.map((ch) => [ch, c]));
    memo.set(p, ok);
    return ok;
  };
  /**
   * The row whose figure, taken by the form, includes this row's: a sub-project's project, or the
   * total row above a unit or item.
   */
  const placedParent = (r: number, c: number): RecognisedRow | undefined => {
    const i = rowIndex.get(r)!;
    const entity = t.keys[i]?.entity ?? "";
    const project = /^(DA\d)\.\d$/.exec(entity)?.[1];
    const row = project
      ? table.rows.find((_, j) => t.keys[j]?.entity === project && !t.keys[j]?.source)
      : table.rows[i].parent !== undefined && table.rows[table.rows[i].parent!].kind === "total"
        ? table.rows[table.rows[i].parent!]
        : undefined;
    return row && t.consumed.has(row.row * 16384 + c) ? row : undefined;
  };

  const out: UnplacedFigure[] = [];
  const looseColumns = new Map<number, number[]>();
  for (const row of table.rows) {
    const cells = figCols.filter((c) => has(row.row, c.col) && t.values.get(row.row, c.col) !== null);
    if (!cells.length) continue;
    const loose = cells.filter((c) => !accounted(row.row, c.col));
    if (!loose.length) continue;
    const base = { source: t.source, sheet: t.sheet.name, row: row.row + 1, label: row.label };
    const key = t.keys[rowIndex.get(row.row)!];
    if (loose.length < cells.length) {
      for (const c of loose) looseColumns.set(c.col, [...(looseColumns.get(c.col) ?? []), row.row]);
      continue;
    }
    const parent = placedParent(row.row, loose[0].col);
    const parentKey = parent && t.keys[rowIndex.get(parent.row)!];
    if (!key) out.push({ ...base, reason: msg.rowWithoutKey() });
    else if (parentKey && parent)
      out.push({ ...base, reason: msg.rowOnlyInParent({ entity: key.entity, label: row.label }, { entity: parentKey.entity, label: parent.label }) });
    else out.push({ ...base, reason: msg.rowNotInForm({ entity: key.entity, label: row.label }) });
  }
  for (const [col, rows] of looseColumns) {
    const c = table.columns.find((x) => x.col === col)!;
    out.push({
      source: t.source,
      sheet: t.sheet.name,
      column: columnName(col),
      label: c.path.join(" › "),
      cells: rows.map((r) => columnName(col) + (r + 1)),
      reason: msg.columnNotInForm(columnKey(c)!),
    });
  }
  return out;
}
