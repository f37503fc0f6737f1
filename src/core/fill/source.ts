/**
 * A recognised source sheet seen as figures by key, with the lookups form filling needs: a figure
 * stated directly, or made of the parts the source has (a total from its sources of funding, NSTW
 * from ĐTPT + SN, a project from its sub-projects). Every cell a lookup reads is remembered, so that
 * the figures that found no place in the form can be reported.
 */
import type { SheetGrid } from "../grid";
import { SOURCE_PARTS } from "../labels";
import { recognise } from "../recognize";
import { buildRelations, type TableRelations } from "../relations";
import type { FundingSource, RecognisedTable, SheetKind, Unit } from "../types";
import type { SheetValues } from "../values";
import { labelText } from "../values";
import { columnKey, isMoney, ownUnitOf, rowKeys, sameFigure, sameUnit, type FigureKey, type RowKey } from "./keys";
import { unitFactor } from "./units";

export interface SourceFigure {
  row: number;
  col: number;
  entity: string;
  /** The column's key, with the funding source of the row when the row names one. */
  key: FigureKey;
  /** In the unit shown (a rate of 59,12% is 59.12); null when the cell is empty or not a number. */
  value: number | null;
  /** Money figures: the unit they are stated in, when the sheet says. */
  unit?: Unit;
  money: boolean;
}

/** What a lookup found: `found` when the source has cells for the key, even empty ones. */
export interface Found {
  value: number | null;
  found: boolean;
  /** A money figure whose unit the source does not state, taken as the form's. */
  unitAssumed?: boolean;
}

const NONE: Found = { value: null, found: false };
/** The sources of funding that make up a total, each possibly through its own parts. */
const TOP_SOURCES: FundingSource[] = ["NSTW", "NSDP", "huy-dong"];

export class SourceTable {
  readonly figures: SourceFigure[] = [];
  readonly keys: (RowKey | undefined)[];
  readonly relations: TableRelations;
  /** The unit the sheet reports for (`huyện Mẫu`), whose figures are its total row. */
  readonly ownUnit?: { entity: string; label: string };
  /** Cells read by lookups, as row * 16384 + col. */
  readonly consumed = new Set<number>();
  private readonly entities = new Set<string>();

  constructor(
    readonly source: string,
    readonly sheet: SheetGrid,
    readonly table: RecognisedTable,
    readonly values: SheetValues,
    readonly kind: SheetKind,
  ) {
    this.keys = rowKeys(table);
    this.relations = buildRelations(table, values);
    const titles: string[] = [];
    for (let r = 0; r < table.headerTop; r++) for (let c = 0; c < sheet.colCount; c++) titles.push(labelText(sheet, r, c));
    const total = table.rows.find((r) => r.kind === "total");
    if (total) titles.push(total.label);
    this.ownUnit = ownUnitOf(titles);
    for (const col of table.columns) {
      const key = columnKey(col);
      if (!key) continue;
      table.rows.forEach((row, i) => {
        const rk = this.keys[i];
        if (!rk) return;
        let source = key.source;
        if (rk.source) {
          // A source row under a column of another source is ambiguous: leave it out.
          if (source && source !== "total") return;
          source = rk.source;
        }
        this.entities.add(rk.entity);
        this.figures.push({
          row: row.row,
          col: col.col,
          entity: rk.entity,
          key: { ...key, source },
          value: values.isEmpty(row.row, col.col) ? null : values.get(row.row, col.col),
          unit: isMoney(col) ? col.unit ?? table.unit : undefined,
          money: isMoney(col),
        });
      });
    }
  }

  /** Recognises a sheet as a source; undefined when it holds no table with figures. */
  static of(source: string, sheet: SheetGrid): SourceTable | undefined {
    const { report, values } = recognise(sheet);
    if (!report.table || report.empty) return undefined;
    return new SourceTable(source, sheet, report.table, values, report.kind);
  }

  hasEntity(entity: string): boolean {
    return this.resolve(entity) !== undefined;
  }

  /** The source's own entity for a form entity: the same, a unit named without its type, or its own unit. */
  resolve(entity: string): string | undefined {
    if (this.entities.has(entity)) return entity;
    const same = [...this.entities].filter((e) => sameUnit(e, entity));
    if (same.length === 1) return same[0];
    if (this.ownUnit && sameUnit(this.ownUnit.entity, entity) && this.entities.has("total")) return "total";
    return undefined;
  }

  /** The figure for an entity and key, in `unit` for money; a row left empty is the sum of the rows under it. */
  lookup(entity: string, key: FigureKey, unit: Unit | undefined): Found {
    const own = this.resolve(entity);
    const stated = own !== undefined ? this.at(own, key, unit, true) : NONE;
    if (stated.value !== null) return stated;
    const parts = this.fromChildren(own ?? entity, key, unit);
    return parts.value !== null || !stated.found ? parts : stated;
  }

  private at(entity: string, key: FigureKey, unit: Unit | undefined, parts: boolean): Found {
    const direct = this.pick(
      this.figures.filter((f) => f.entity === entity && f.key.source === key.source && sameFigure(key, f.key)),
      key,
    );
    if (direct.length) return this.sum(direct, unit);
    if (!parts || !key.source) return NONE;
    const partSources = key.source === "total" ? TOP_SOURCES : SOURCE_PARTS[key.source];
    if (!partSources) return NONE;
    return combine(partSources.map((s) => this.at(entity, { ...key, source: s }, unit, true)));
  }

  /** A total row or project the source does not list, as the sum of the rows it does. */
  private fromChildren(entity: string, key: FigureKey, unit: Unit | undefined): Found {
    const ents = [...this.entities];
    let children: string[] = [];
    if (entity === "total") {
      const projects = new Set(ents.map((e) => /^DA\d/.exec(e)?.[0]).filter((e): e is string => !!e));
      children = projects.size ? [...projects] : ents.filter((e) => e.startsWith("unit:"));
    } else if (/^DA\d$/.test(entity)) children = ents.filter((e) => e.startsWith(entity + "."));
    if (!children.length) return NONE;
    return combine(children.map((c) => this.lookup(c, key, unit)));
  }

  /** Keeps the columns of the year asked for; without a year asked, one column per year. */
  private pick(cands: SourceFigure[], key: FigureKey): SourceFigure[] {
    if (cands.length <= 1) return cands;
    const exact = cands.filter((f) => f.key.year === key.year);
    if (exact.length) return exact;
    if (key.year !== undefined) return cands.filter((f) => f.key.year === undefined);
    return cands;
  }

  private sum(figs: SourceFigure[], unit: Unit | undefined): Found {
    let value: number | null = null;
    let unitAssumed = false;
    for (const f of figs) {
      this.consumed.add(f.row * 16384 + f.col);
      if (f.value === null) continue;
      if (f.money && !f.unit && unit) unitAssumed = true;
      value = (value ?? 0) + f.value * (f.money ? unitFactor(f.unit, unit) : 1);
    }
    return { value, found: true, unitAssumed };
  }
}

/** Adds what was found; empty parts count as nothing. */
function combine(parts: Found[]): Found {
  const found = parts.filter((p) => p.found);
  if (!found.length) return NONE;
  const values = found.map((p) => p.value).filter((v): v is number => v !== null);
  return {
    value: values.length ? values.reduce((a, b) => a + b, 0) : null,
    found: true,
    unitAssumed: found.some((p) => p.unitAssumed),
  };
}
