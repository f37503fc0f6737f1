/**
 * A recognised source sheet seen as figures by key, with the lookups form filling needs: a figure
 * stated directly, or made of the parts the source has (a total from its sources of funding, NSTW
 * from ĐTPT + SN, a project from its sub-projects). Every cell a lookup reads is remembered, so that
 * the figures that found no place in the form can be reported.
 */
import { checkSheet } from "../findings/check";
import { parseAddress, type SheetGrid } from "../grid";
import { fold, SOURCE_PARTS } from "../tables/labels";
import { recognise } from "../tables/recognize";
import { buildRelations, type TableRelations } from "../relations/relations";
import type { Finding, FundingSource, RecognisedColumn, RecognisedTable, SheetKind, Unit } from "../types";
import type { SheetValues } from "../values";
import { labelText } from "../values";
import { columnKey, isMoney, ownUnitOf, rowKeys, sameFigure, sameUnit, titledKeys, type FigureKey, type RowKey } from "./keys";
import type { FillSource } from "./types";
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
  /** Some figure read is a cell the source's own check finds wrong. */
  suspect?: boolean;
}

const NONE: Found = { value: null, found: false };
/** The sources of funding that make up a total, each possibly through its own parts. */
const TOP_SOURCES: FundingSource[] = ["NSTW", "NSDP", "huy-dong", "tin-dung", "long-ghep"];

export class SourceTable {
  readonly figures: SourceFigure[] = [];
  readonly keys: (RowKey | undefined)[];
  readonly relations: TableRelations;
  /** The unit the sheet reports for (`huyện Mẫu`), whose figures are its total row. */
  readonly ownUnit?: { entity: string; label: string };
  /** Cells read by lookups, as row * 16384 + col. */
  readonly consumed = new Set<number>();
  /** The cells the source's own check finds wrong (row * 16384 + col). */
  private readonly wrong = new Set<number>();
  private readonly byEntity = new Map<string, SourceFigure[]>();
  private readonly resolved = new Map<string, string | undefined>();

  constructor(
    readonly source: string,
    readonly sheet: SheetGrid,
    readonly table: RecognisedTable,
    readonly values: SheetValues,
    readonly kind: SheetKind,
    /** The source's own findings. */
    readonly findings: Finding[],
  ) {
    for (const f of findings) {
      const p = f.cell && f.severity === "error" ? parseAddress(f.cell) : undefined;
      if (p) this.wrong.add(p.row * 16384 + p.col);
    }
    this.keys = rowKeys(table);
    this.relations = buildRelations(table, values);
    const titles: string[] = [];
    for (let r = 0; r < table.headerTop; r++) for (let c = 0; c < sheet.colCount; c++) titles.push(labelText(sheet, r, c));
    const total = table.rows.find((r) => r.kind === "total");
    this.ownUnit = ownUnitOf(total ? [...titles, total.label] : titles);
    const keyOf = titledKeys(table, titles);
    for (const col of table.columns) {
      const key = keyOf(col);
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
        const figure: SourceFigure = {
          row: row.row,
          col: col.col,
          entity: rk.entity,
          key: { ...key, source },
          value: values.isEmpty(row.row, col.col) ? null : values.get(row.row, col.col),
          unit: isMoney(col) ? col.unit ?? table.unit : undefined,
          money: isMoney(col),
        };
        this.figures.push(figure);
        const list = this.byEntity.get(rk.entity);
        if (list) list.push(figure);
        else this.byEntity.set(rk.entity, [figure]);
      });
    }
  }

  /** Recognises a sheet as a source; undefined when it holds no table with figures. */
  static of(source: string, sheet: SheetGrid): SourceTable | undefined {
    const { report, values } = recognise(sheet);
    if (!report.table || report.empty) return undefined;
    const { findings } = checkSheet(sheet, report, values);
    return new SourceTable(source, sheet, report.table, values, report.kind, findings);
  }

  /** Form items this source words differently, read at the source's own items (see `outline.ts`). */
  alias(map: Map<string, string>): void {
    for (const [form, own] of map) {
      this.resolved.set(form, own);
      this.aliased.add(own);
    }
  }

  /** The source's entities placed in the form under another wording. */
  readonly aliased = new Set<string>();

  entities(): string[] {
    return [...this.byEntity.keys()];
  }

  hasEntity(entity: string): boolean {
    return this.resolve(entity) !== undefined;
  }

  /** The source's own entity for a form entity: the same, a unit named without its type, or its own unit. */
  resolve(entity: string): string | undefined {
    if (this.byEntity.has(entity)) return entity;
    if (this.resolved.has(entity)) return this.resolved.get(entity);
    const same = [...this.byEntity.keys()].filter((e) => sameUnit(e, entity));
    let found: string | undefined;
    if (same.length === 1) found = same[0];
    else if (this.ownUnit && sameUnit(this.ownUnit.entity, entity) && this.byEntity.has("total")) found = "total";
    this.resolved.set(entity, found);
    return found;
  }

  /**
   * The figure for an entity and key, in `unit` for money; a row left empty is the sum of the rows
   * under it. `mark`: remember the cells read as placed in the form (not when only comparing).
   */
  lookup(entity: string, key: FigureKey, unit: Unit | undefined, mark = true): Found {
    const own = this.resolve(entity);
    const stated = own !== undefined ? this.at(own, key, unit, mark) : NONE;
    if (stated.value !== null) return stated;
    const parts = this.fromChildren(own ?? entity, key, unit, mark);
    return parts.value !== null || !stated.found ? parts : stated;
  }

  private at(entity: string, key: FigureKey, unit: Unit | undefined, mark: boolean): Found {
    const direct = this.pick(
      (this.byEntity.get(entity) ?? []).filter((f) => f.key.source === key.source && sameFigure(key, f.key)),
      key,
    );
    if (direct.length) return this.sum(direct, unit, mark);
    // Amounts add up over sources of funding; rates do not.
    if (!key.source || key.percent) return NONE;
    const partSources = key.source === "total" ? TOP_SOURCES : SOURCE_PARTS[key.source];
    if (!partSources) return NONE;
    return combine(partSources.map((s) => this.at(entity, { ...key, source: s }, unit, mark)));
  }

  /** A total row or project the source does not list, as the sum of the rows it does. */
  private fromChildren(entity: string, key: FigureKey, unit: Unit | undefined, mark: boolean): Found {
    const ents = [...this.byEntity.keys()];
    let children: string[] = [];
    if (entity === "total") {
      const projects = new Set(ents.map((e) => /^DA\d/.exec(e)?.[0]).filter((e): e is string => !!e));
      children = projects.size ? [...projects] : ents.filter((e) => e.startsWith("unit:"));
    } else if (/^DA\d$/.test(entity)) children = ents.filter((e) => e.startsWith(entity + "."));
    // A component the source does not list, from its contents (`item:…hop phan 1>noi dung 2`).
    else if (entity.startsWith("item:")) children = ents.filter((e) => e.startsWith(`item:${entity}>`) && !e.slice(entity.length + 6).includes(">"));
    if (!children.length) return NONE;
    return combine(children.map((c) => this.lookup(c, key, unit, mark)));
  }

  /** Keeps the columns of the year asked for; without a year asked, one column per year. */
  private pick(cands: SourceFigure[], key: FigureKey): SourceFigure[] {
    if (cands.length <= 1) return cands;
    const exact = cands.filter((f) => f.key.year === key.year);
    if (exact.length) return exact;
    if (key.year !== undefined) return cands.filter((f) => f.key.year === undefined);
    return cands;
  }

  private sum(figs: SourceFigure[], unit: Unit | undefined, mark: boolean): Found {
    let value: number | null = null;
    let unitAssumed = false;
    let suspect = false;
    for (const f of figs) {
      if (mark) this.consumed.add(f.row * 16384 + f.col);
      if (f.value === null) continue;
      if (this.wrong.has(f.row * 16384 + f.col)) suspect = true;
      if (f.money && !f.unit && unit) unitAssumed = true;
      value = (value ?? 0) + f.value * (f.money ? unitFactor(f.unit, unit) : 1);
    }
    return { value, found: true, unitAssumed, suspect };
  }
}

/**
 * The sheet of a source workbook that fits a form best: the one with figures for most of the form's
 * keyed cells. The form's own sheet is never its source (the pane passes the open workbook).
 */
export function bestSheet(
  s: FillSource,
  form: SheetGrid,
  keys: (RowKey | undefined)[],
  columns: RecognisedColumn[],
  only?: string,
  keyOf: (c: RecognisedColumn) => FigureKey = (c) => columnKey(c)!,
): SourceTable | undefined {
  let best: { t: SourceTable; score: number } | undefined;
  for (const sh of s.workbook.sheets) {
    if (sh === form || (only && fold(sh.name) !== fold(only))) continue;
    const t = SourceTable.of(s.name, sh);
    if (!t) continue;
    let score = 0;
    for (const k of keys)
      if (k)
        for (const c of columns)
          if (t.lookup(k.entity, { ...keyOf(c), ...(k.source ? { source: k.source } : {}) }, undefined, false).found) score++;
    if (score > 0 && (!best || score > best.score)) best = { t, score };
  }
  return best?.t;
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
    suspect: found.some((p) => p.suspect),
  };
}
