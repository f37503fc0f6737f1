/**
 * Which figures of a source found no place in the form: rows whose project, unit or item the form
 * does not list, and columns (a measure, a source of funding) the form has no column for. Totals
 * and rates are not figures of their own: a total row is placed through its rows, a rate is
 * recomputed. Differences between what the form shows and what a placed row states are notes, not here.
 */
import { columnName } from "../grid";
import { isFigure } from "../tables/columns";
import { SOURCE_PARTS } from "../tables/labels";
import type { FundingSource, Measure, RecognisedRow } from "../types";
import { sameFigure, type FigureKey } from "./keys";
import * as msg from "./messages";
import type { SourceFigure, SourceTable } from "./source";
import type { UnplacedFigure } from "./types";

/** What the form has room for. */
export interface FormRoom {
  hasEntity(entity: string): boolean;
  /** The keys of the form's cells (column keys, with the funding source of rows that name one). */
  keys: FigureKey[];
}

/** Measures computed from others: a source column of these never needs a place of its own. */
const COMPUTED = new Set<Measure>(["rate", "decrease", "achieved"]);

export function unplacedFigures(t: SourceTable, room: FormRoom): UnplacedFigure[] {
  const out: UnplacedFigure[] = [];
  const looseColumns = new Map<number, SourceFigure[]>();
  const byRow = new Map<number, SourceFigure[]>();
  for (const f of t.figures) if (f.value !== null) byRow.set(f.row, [...(byRow.get(f.row) ?? []), f]);
  const entityRow = new Map<string, RecognisedRow>();
  t.table.rows.forEach((r, i) => {
    const k = t.keys[i];
    if (k && !k.source && !entityRow.has(k.entity)) entityRow.set(k.entity, r);
  });
  const consumed = (row: number, col: number) => t.consumed.has(row * 16384 + col);

  t.table.rows.forEach((row, i) => {
    const key = t.keys[i];
    const figures = byRow.get(row.row) ?? [];
    const base = { source: t.source, sheet: t.sheet.name, row: row.row + 1, label: row.label };
    if (!key) {
      if (hasFigures(t, row)) out.push({ ...base, reason: msg.rowWithoutKey() });
      return;
    }
    if (!figures.length) return;
    if (inForm(t, room, key.entity)) {
      for (const f of figures)
        if (!COMPUTED.has(f.key.measure) && !hasRoom(room, f.key)) looseColumns.set(f.col, [...(looseColumns.get(f.col) ?? []), f]);
      return;
    }
    if (sumOfRowsBelow(t, row, figures)) return;
    // Counted within a row the form took: its project, or the total.
    const project = /^(DA\d)\.\d$/.exec(key.entity)?.[1];
    const holder = [project, "total"].find((e): e is string => !!e && inForm(t, room, e));
    const holderRow = holder ? entityRow.get(holder) : undefined;
    const within = figures.some((f) => consumed(f.row, f.col) || (holderRow && consumed(holderRow.row, f.col)));
    const name = { entity: key.entity, label: row.label };
    if (within && holder) out.push({ ...base, reason: msg.rowOnlyInParent(name, { entity: holder, label: holderRow?.label ?? "" }) });
    else out.push({ ...base, reason: msg.rowNotInForm(name) });
  });

  for (const [col, figures] of looseColumns) {
    const c = t.table.columns.find((x) => x.col === col)!;
    out.push({
      source: t.source,
      sheet: t.sheet.name,
      column: columnName(col),
      label: c.path.join(" › "),
      cells: figures.map((f) => columnName(col) + (f.row + 1)),
      reason: msg.columnNotInForm(figures[0].key),
    });
  }
  return out;
}

/** The form has the row, or — for a source's total row — a row named after the unit the source reports for. */
function inForm(t: SourceTable, room: FormRoom, entity: string): boolean {
  return room.hasEntity(entity) || t.aliased.has(entity) || (entity === "total" && !!t.ownUnit && room.hasEntity(t.ownUnit.entity));
}

/** A form column (or source row) holds this figure, or a total it is part of. */
function hasRoom(room: FormRoom, key: FigureKey): boolean {
  return room.keys.some((k) => sameFigure(k, key) && covers(k.source, key.source));
}

function covers(whole: FundingSource | undefined, part: FundingSource | undefined): boolean {
  if (whole === part || whole === "total") return true;
  if (!whole || !part) return false;
  return (SOURCE_PARTS[whole] ?? []).some((p) => covers(p, part));
}

/** A row whose every figure is the sum of rows under it that have figures in that column (a total, a project). */
function sumOfRowsBelow(t: SourceTable, row: RecognisedRow, figures: SourceFigure[]): boolean {
  const children = t.relations.groups.find((g) => g.parent === row.row)?.children;
  if (!children) return false;
  return figures.every((f) => children.some((ch) => t.values.get(ch, f.col) !== null));
}

function hasFigures(t: SourceTable, row: RecognisedRow): boolean {
  return t.table.columns.some((c) => isFigure(c) && t.values.get(row.row, c.col) !== null);
}
