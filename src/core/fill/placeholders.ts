/**
 * A form by administrative unit often comes with blank numbered rows for the units. Filling writes
 * the units of the sources into them: the communes of a single district, or — consolidating several
 * files — one row for each file that names its unit in its title, and the units listed by the others.
 */
import { fold } from "../tables/labels";
import type { RecognisedRow, RecognisedTable, SheetKind } from "../types";
import { sameUnit, type RowKey } from "./keys";
import type { SourceTable } from "./source";

export interface Placement {
  /** Index in the form's rows. */
  index: number;
  entity: string;
  label: string;
}

/** Blank rows of a unit table, and the units to put in them, in the sources' order. */
export function placeUnits(table: RecognisedTable, kind: SheetKind, keys: (RowKey | undefined)[], sources: SourceTable[]): Placement[] {
  const blanks = table.rows.map((r, i) => (keys[i] === undefined && r.label.trim() === "" ? i : -1)).filter((i) => i >= 0);
  if (!blanks.length || !unitTable(table, kind)) return [];
  const inForm = (entity: string) => keys.some((k) => k && (k.entity === entity || sameUnit(k.entity, entity)));
  const wanted: { entity: string; label: string }[] = [];
  const add = (entity: string, label: string) => {
    if (!inForm(entity) && !wanted.some((w) => w.entity === entity)) wanted.push({ entity, label });
  };
  // Consolidating several files, each file that names its own unit is that unit's one row; a file
  // that names none (a list of communes) gives its units.
  for (const s of sources)
    if (sources.length > 1 && s.ownUnit) add(s.ownUnit.entity, s.ownUnit.label);
    else
      s.table.rows.forEach((r, i) => {
        const k = s.keys[i];
        if (r.kind === "unit" && k) add(k.entity, r.label);
      });
  return wanted.slice(0, blanks.length).map((w, n) => ({ index: blanks[n], ...w }));
}

/**
 * The form's units that no source has (a commune that has not sent its appendix) and those that
 * several sources have (sent twice, or two districts' communes of one name), by the form's labels.
 */
export function unitCoverage(rows: RecognisedRow[], keys: (RowKey | undefined)[], sources: SourceTable[]): { missing: string[]; several: [string, string[]][] } {
  const missing: string[] = [];
  const several: [string, string[]][] = [];
  rows.forEach((r, i) => {
    const k = keys[i];
    if (r.kind !== "unit" || !k?.entity.startsWith("unit:")) return;
    const having = sources.filter((s) => s.hasEntity(k.entity)).map((s) => s.source);
    if (!having.length) missing.push(r.label.trim());
    else if (having.length > 1) several.push([r.label.trim(), having]);
  });
  // Nothing found at all is a form that does not fit, said elsewhere.
  return { missing: missing.length < rows.filter((r) => r.kind === "unit").length ? missing : [], several };
}

/** A table whose rows are administrative units: a target form, unit rows, or a unit label column. */
function unitTable(table: RecognisedTable, kind: SheetKind): boolean {
  if (kind === "targets" || table.rows.some((r) => r.kind === "unit")) return true;
  const label = table.columns.find((c) => c.col === table.labelCol);
  return !!label && label.path.some((p) => /\b(xa|huyen|don vi|dia ban|dia phuong)\b/.test(fold(p)));
}

/** The form's rows with the placed units in them. */
export function withPlacements(rows: RecognisedRow[], placements: Placement[]): RecognisedRow[] {
  const out = rows.slice();
  for (const p of placements) out[p.index] = { ...rows[p.index], kind: "unit", label: p.label, unitName: p.label };
  return out;
}
