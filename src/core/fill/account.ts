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
  const byRow = new Map<number, RecognisedRow>(table.rows.map((r) => [r.row, r]));
  const rowIndex = new Map<number, number>(table.rows.map((r, i) => [r.row, i]));
  const formulas = new Map(t.relations.formulas.map((f) => [f.target, f]));
  const groups = new Map(t.relations.groups.map((g) => [g.parent, g.children]));
  const summable = new Set(t.relations.summable);
  const has = (r: number, c: number) => !t.values.isEmpty(r, c);

  const memo = new Map<number, boolean>();
  const accounted = (r: number, c: number): boolean => {
    const p = r * 16384 + c;
    if (!has(r, c) || t.consumed.has(p)) return true;
    if (memo.has(p)) return memo.get(p)!;
    memo.set(p, false);
    const f = formulas.get(c);
    let ok = !!f && f.inputs.every((i) => accounted(r, i));
    const children = groups.get(r);
    if (!ok && children && summable.has(c)) ok = children.every((ch) => accounted(ch, c));
    memo.set(p, ok);
    return ok;
  };
  /** The nearest row above whose figure in this column a form cell took. */
  const placedParent = (r: number, c: number): RecognisedRow | undefined => {
    for (let row = byRow.get(r); row && row.parent !== undefined; ) {
      row = table.rows[row.parent];
      if (t.consumed.has(row.row * 16384 + c)) return row;
    }
    return undefined;
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
    else if (parentKey) out.push({ ...base, reason: msg.rowOnlyInParent(key.entity, parentKey.entity) });
    else out.push({ ...base, reason: msg.rowNotInForm(key.entity) });
  }
  for (const [col, rows] of looseColumns) {
    const c = table.columns.find((x) => x.col === col)!;
    out.push({
      source: t.source,
      sheet: t.sheet.name,
      column: columnName(col),
      label: c.path.join(" › "),
      cells: rows.map((r) => columnName(col) + (r + 1)),
      reason: msg.columnNotInForm(columnKey(c)),
    });
  }
  return out;
}
