/**
 * Filling a form from source appendices: recognise the form like any appendix, give each of its
 * cells a key, write the sources' figure for that key (summed over the sources, in the form's unit),
 * derive totals and rates so that the form agrees with itself, keep the form's formulas, and report
 * every cell left empty and every source figure left out. Pure: the grids are not modified.
 */
import { analyzeSheet } from "../analyze";
import { atRow, references } from "../expr";
import { address, cellAt, columnName, parseAddress, type SheetGrid, type WorkbookGrid } from "../grid";
import { fold } from "../tables/labels";
import { formatDecimals, roundTo } from "../numbers";
import { recognise } from "../tables/recognize";
import { agrees } from "../tolerance";
import type { Message, RecognisedColumn, SheetReport, Unit } from "../types";
import { cellText, labelText, type SheetValues } from "../values";
import { unplacedFigures, type FormRoom } from "./account";
import { SourceSet } from "./consolidate";
import { FormState } from "./form";
import { columnKey, isMoney, rowKeys, sameUnit, titledKeys, type FigureKey, type RowKey } from "./keys";
import * as msg from "./messages";
import { placeUnits, unitCoverage, withPlacements } from "./placeholders";
import { matchItems } from "./outline";
import { formRecipes } from "./recipes";
import { bestSheet, type SourceTable } from "./source";
import type { CellWrite, FillOptions, FillResult, FillSource, SkippedCell, SourceUse } from "./types";
import { clean, unitDecimals, unitFactor } from "./units";

export function fillWorkbook(form: WorkbookGrid, sources: FillSource[], options: FillOptions = {}): FillResult {
  const result: FillResult = {
    writes: [],
    filled: 0,
    formulasKept: 0,
    skipped: [],
    unplaced: [],
    sourceErrors: [],
    notes: [],
    sources: [],
    formFindings: [],
    sheets: [],
  };
  const checked = new Set<string>();
  for (const sheet of form.sheets) {
    if (options.formSheet && fold(sheet.name) !== fold(options.formSheet)) continue;
    const { report, values } = recognise(sheet);
    if (!report.table) continue;
    const filler = new SheetFiller(sheet, report, values, sources, options, result);
    if (!filler.fillable) continue;
    filler.run();
    result.sheets.push(sheet.name);
    for (const t of filler.tables) {
      const id = `${t.source}\u0000${t.sheet.name}`;
      if (checked.has(id)) continue;
      checked.add(id);
      const findings = t.findings;
      if (findings.length)
        result.sourceErrors.push({
          source: t.source,
          sheet: t.sheet.name,
          count: findings.filter((f) => f.severity === "error").length,
          findings,
        });
    }
  }
  result.filled = result.writes.filter((w) => w.kind !== "formula").length;
  return result;
}

/** Fills one form sheet, appending to the shared result. */
class SheetFiller {
  readonly tables: SourceTable[] = [];
  readonly fillable: boolean;
  private readonly state: FormState;
  private readonly set: SourceSet;
  private readonly figCols: RecognisedColumn[];
  private readonly formUnit?: Unit;
  private readonly rowIndex = new Map<number, number>();
  private readonly uses: SourceUse[] = [];
  /** Each source table's entry in `uses` (a source with no fitting sheet has an entry but no table). */
  private readonly useOf = new Map<SourceTable, SourceUse>();
  private readonly assumed = new Set<SourceTable>();
  private readonly recompute: boolean;
  /** Form cells holding a figure the source's check finds wrong, or computed from one (row * 16384 + col). */
  private readonly tainted = new Set<number>();
  /** Cells no source has a figure for (no such column or row): a formula adding them is not a sum. */
  private readonly absent = new Set<number>();
  private readonly skipped: SkippedCell[] = [];
  /** Form cells left empty because two files of one unit disagree there, and the totals and rates made from them. */
  private readonly blocked = new Set<number>();
  /** Set when a source fits the form but for its year: with no other source, the reason every empty cell gives. */
  private otherYear?: Message;

  constructor(
    private readonly sheet: SheetGrid,
    report: SheetReport,
    values: SheetValues,
    sources: FillSource[],
    options: FillOptions,
    private readonly result: FillResult,
  ) {
    this.recompute = !!options.recompute;
    const table = report.table!;
    const firstKeys = rowKeys(table);
    this.figCols = table.columns.filter((c) => columnKey(c));
    this.fillable = this.figCols.length > 0 && firstKeys.some((k) => k);
    const titles: string[] = [];
    for (let r = 0; r < table.headerTop; r++) for (let c = 0; c < sheet.colCount; c++) titles.push(labelText(sheet, r, c));
    const titled = titledKeys(table, titles);
    const formKey = (c: RecognisedColumn) => titled(c)!;
    for (const s of sources) {
      const t = bestSheet(s, sheet, firstKeys, this.figCols, options.sourceSheet, formKey);
      const use: SourceUse = { source: s.name, formSheet: sheet.name, sheet: t?.sheet.name, kind: t?.kind, unit: t?.table.unit, cells: 0 };
      this.uses.push(use);
      if (t) {
        this.tables.push(t);
        this.useOf.set(t, use);
      }
      else if (this.fillable) {
        // A sheet that fits but for its year: the form is of another year.
        const anyYear = bestSheet(s, sheet, firstKeys, this.figCols, options.sourceSheet, (c) => ({ ...formKey(c), year: undefined }));
        const years = anyYear ? yearsOf(anyYear) : [];
        const wanted = [...new Set(this.figCols.map((c) => formKey(c).year).filter((y): y is number => y !== undefined))];
        if (years.length && wanted.length && !wanted.some((y) => years.includes(y))) {
          this.otherYear = msg.otherYear(s.name, wanted, years);
          result.notes.push({ sheet: sheet.name, message: this.otherYear });
        } else result.notes.push({ sheet: sheet.name, message: msg.noSheetFits(s.name) });
      }
    }
    const formItems = firstKeys.filter((k): k is RowKey => !!k && !k.source).map((k) => k.entity);
    for (const t of this.tables) {
      const own = new Set(t.entities());
      t.alias(matchItems(formItems, [...own], (e) => own.has(e)));
    }
    const placements = placeUnits(table, report.kind, firstKeys, this.tables);
    const filled = { ...table, rows: withPlacements(table.rows, placements) };
    const keys = rowKeys(filled);
    filled.rows.forEach((r, i) => this.rowIndex.set(r.row, i));
    this.state = new FormState(sheet, filled, values, keys, !!options.overwrite);
    this.state.recipes = formRecipes(filled, values, keys);
    const labels = new Map<string, string>();
    keys.forEach((k, i) => k && !labels.has(k.entity) && labels.set(k.entity, filled.rows[i].label));
    this.set = new SourceSet(this.tables, (e) => labels.get(e));
    this.formUnit = table.unit ?? this.figCols.find((c) => isMoney(c) && c.unit)?.unit;
    if (!this.formUnit && this.figCols.some(isMoney)) {
      this.formUnit = this.tables.find((t) => t.table.unit)?.table.unit;
      if (this.formUnit) result.notes.push({ sheet: sheet.name, message: msg.formNoUnit(this.formUnit) });
    }
    for (const p of placements)
      this.state.write({ row: filled.rows[p.index].row, col: filled.labelCol, value: p.label, kind: "label" });
    const resent = sentTwice(this.tables);
    for (const { label, files, same } of resent) result.notes.push({ sheet: sheet.name, message: msg.sentTwice(label, files, same) });
    if (this.tables.length) {
      const coverage = unitCoverage(filled.rows, keys, this.tables);
      if (coverage.missing.length) result.notes.push({ sheet: sheet.name, message: msg.unitsMissing(coverage.missing) });
      for (const [label, from] of coverage.several)
        if (!resent.some((g) => from.every((f) => g.files.includes(f)))) result.notes.push({ sheet: sheet.name, message: msg.unitInSeveral(label, from) });
    }
  }

  run(): void {
    const { state } = this;
    state.derive = (r, c) => this.derive(r, c);
    for (const row of state.table.rows) {
      if (!state.keys[this.rowIndex.get(row.row)!]) {
        if (row.label.trim() === "") this.skip(this.rowRange(row.row), msg.blankRow());
        continue;
      }
      for (const c of this.figCols) if (!state.formula(row.row, c.col) && !state.isDerived(row.row, c.col)) this.leaf(row.row, c);
    }
    for (const row of state.table.rows)
      for (const c of this.figCols) if (state.isDerived(row.row, c.col) && !state.formula(row.row, c.col)) state.shown(row.row, c.col);
    this.formulas();
    this.finish();
  }

  /** A cell the sources fill directly. */
  private leaf(r: number, c: RecognisedColumn): void {
    const key = this.keyOf(r, c.col);
    if (!key) return this.skip(address(r, c.col), msg.noKey());
    const got = this.lookup(key.entity, key.figure, c);
    if (got.value === null) {
      if (got.conflict) this.blocked.add(r * 16384 + c.col);
      if (got.absent) this.absent.add(r * 16384 + c.col);
      if (this.state.isEmpty(r, c.col)) this.skip(address(r, c.col), got.why ?? msg.emptyInSources());
      return;
    }
    if (!this.state.writable(r, c.col)) {
      const v = clean(got.value, isMoney(c) ? unitDecimals(this.unitOf(c)) : undefined);
      const has = this.state.values.get(r, c.col);
      if (has === null || Math.abs(has - v) > 1e-9 * Math.max(1, Math.abs(v)))
        this.skip(address(r, c.col), msg.alreadyFilled(cellText(cellAt(this.sheet, r, c.col)), v), true);
      return;
    }
    if (got.suspect) this.tainted.add(r * 16384 + c.col);
    this.put(r, c, got.value, "source");
  }

  /** A total or rate: computed from the form's own cells when they have figures, else taken from the sources. */
  private derive(r: number, col: number): number | null {
    const { state } = this;
    const c = this.figCols.find((x) => x.col === col)!;
    const key = this.keyOf(r, col);
    const expr = state.recipes.columns.get(col);
    const children = state.recipes.rows.get(r);
    const inputs = [...(expr ? references(atRow(expr, r)) : []), ...(children ?? []).map((ch) => ({ row: ch, col }))];
    inputs.forEach((p) => state.shown(p.row, p.col));
    const blocked = inputs.filter((p) => this.blocked.has(p.row * 16384 + p.col));
    if (blocked.length) {
      this.blocked.add(r * 16384 + col);
      this.skip(address(r, col), msg.inputBlocked(blocked.map((p) => address(p.row, p.col))));
      return null;
    }
    let res = expr ? state.evaluate(atRow(expr, r)) : { value: null, any: false };
    if (!res.any && children && state.recipes.summable.has(col)) {
      let any = false;
      let sum = 0;
      for (const ch of children) {
        const v = state.shown(ch, col);
        if (v !== null) {
          any = true;
          sum += v;
        }
      }
      res = { value: sum, any };
    }
    if (res.any) {
      if (res.value === null) {
        this.skip(address(r, col), msg.noDivisor());
        return null;
      }
      // A total whose formula adds a part no source has (NSTW given whole, the form splits it into
      // ĐTPT and SN) is not the sum of the others: it is the sources' own total, or unknown.
      const absent = expr ? references(atRow(expr, r)).filter((p) => this.absent.has(p.row * 16384 + p.col)) : [];
      if (absent.length) {
        const got = key ? this.lookup(key.entity, key.figure, c) : undefined;
        if (got && got.value !== null && !got.suspect) return this.put(r, c, got.value, "source");
        this.absent.add(r * 16384 + col);
        this.skip(address(r, col), msg.inputMissing(absent.map((p) => address(p.row, p.col))));
        return null;
      }
      // A rate, decrease or achievement with one of its figures missing is unknown, not 0.
      const measure = state.colKeys.get(col)?.measure;
      if (expr && (measure === "rate" || measure === "decrease" || measure === "achieved")) {
        const missing = references(atRow(expr, r)).filter((p) => state.shown(p.row, p.col) === null);
        if (missing.length) {
          this.skip(address(r, col), msg.inputMissing(missing.map((p) => address(p.row, p.col))));
          return null;
        }
      }
      // Computed from a figure the source's own check finds wrong: the source's total, when its
      // check trusts it, keeps the slip in that one figure's cell instead of every total above it.
      if (!this.recompute && inputs.some((p) => this.tainted.has(p.row * 16384 + p.col))) {
        const got = key ? this.lookup(key.entity, key.figure, c) : undefined;
        if (got && got.value !== null && !got.suspect) return this.put(r, c, got.value, "source");
        this.tainted.add(r * 16384 + col);
      } else if (!this.recompute && key && (!expr || this.headerSum(c)) && this.partsFallShort(r, c, key, res.value)) return null;
      const v = this.put(r, c, res.value, "derived");
      if (key) this.compare(r, c, key, v);
      return v;
    }
    if (!key) return null;
    const got = this.lookup(key.entity, key.figure, c);
    if (got.conflict) this.blocked.add(r * 16384 + col);
    if (got.value === null) {
      // With a recipe, the cell is empty because what it is computed from is (or the row is nowhere).
      // With a recipe, the cell is empty because what it is computed from is: a row summed from the rows
      // under it that no source lists by itself is empty because they are.
      const recipe = expr || children;
      const listed = this.set.hasEntity(key.entity);
      const why = !recipe ? got.why : listed ? msg.emptyInSources() : children && state.recipes.summable.has(col) ? msg.rowsBelowEmpty() : msg.noRowInSources(key.entity, this.state.table.rows[this.rowIndex.get(r)!].label);
      if (state.isEmpty(r, col)) this.skip(address(r, col), why ?? msg.emptyInSources());
      return null;
    }
    return this.put(r, c, got.value, "source");
  }

  /**
   * A row summed from the form's rows under it that the sources, checked clean, state otherwise:
   * some source row found no place under it (worded otherwise, or missing from the form), so the
   * sum would be short. The cell is left empty with both figures, and so is every total above it.
   */
  private partsFallShort(r: number, c: RecognisedColumn, key: { entity: string; figure: FigureKey }, sum: number): boolean {
    const stated = this.set.lookup(key.entity, key.figure, this.unitOf(c), false);
    if (stated.value === null || stated.suspect) return false;
    const v = this.round(sum, r, c);
    if (agrees(stated.value, 6, { lo: v, hi: v }, false)) return false;
    this.blocked.add(r * 16384 + c.col);
    this.skip(address(r, c.col), msg.partsFallShort(v, stated.value, stated.from.map((t) => t.source)));
    return true;
  }

  /**
   * A total column the form's header makes the sum of the columns beside it, with no formula of the
   * form's own (`1=2+3+4`): a source part the form has no column for (`Vốn lồng ghép`) makes that sum short.
   */
  private headerSum(c: RecognisedColumn): boolean {
    const measure = this.state.colKeys.get(c.col)?.measure;
    return !c.formula && !c.percent && measure !== "rate" && measure !== "decrease" && measure !== "achieved";
  }

  private put(r: number, c: RecognisedColumn, value: number, kind: "source" | "derived"): number {
    const v = kind === "derived" ? this.round(value, r, c) : clean(value, isMoney(c) ? unitDecimals(this.unitOf(c)) : undefined);
    this.state.write({ row: r, col: c.col, value: v, kind });
    return v;
  }

  /** Notes a derived or formula cell that differs from what the sources state for its key. */
  private compare(r: number, c: RecognisedColumn, key: { entity: string; figure: FigureKey }, v: number, formula = false): void {
    const stated = this.set.lookup(key.entity, key.figure, this.unitOf(c), false);
    if (stated.value === null) return;
    const percent = c.percent;
    // A rate one source states for its own row says nothing of the rate over every source the form's row adds up.
    if (percent && this.tables.filter((t) => t.hasEntity(key.entity)).length > stated.from.length) return;
    const decimals = percent ? Math.max(2, formatDecimals(cellAt(this.sheet, r, c.col)?.format) ?? 2) : 6;
    if (agrees(stated.value, decimals, { lo: v, hi: v }, percent)) return;
    this.result.notes.push({
      sheet: this.sheet.name,
      cell: address(r, c.col),
      message: (formula ? msg.formulaDiffers : msg.derivedDiffers)(v, stated.value, stated.from.map((t) => t.source)),
    });
  }

  /** Keeps the form's formulas, with the result each will show once filled. */
  private formulas(): void {
    const { state, sheet } = this;
    for (let r = 0; r < sheet.rowCount; r++)
      for (let col = 0; col < (sheet.cells[r]?.length ?? 0); col++) {
        const formula = state.formula(r, col);
        if (!formula) continue;
        const raw = state.formulaResult(r, col);
        if (raw === undefined || !Number.isFinite(raw)) {
          this.result.notes.push({ sheet: sheet.name, cell: address(r, col), message: msg.formulaUnknown(formula) });
          continue;
        }
        this.result.writes.push({ sheet: sheet.name, cell: address(r, col), kind: "formula", formula, value: clean(raw) });
        this.result.formulasKept++;
        const c = this.figCols.find((x) => x.col === col);
        const key = c && this.rowIndex.has(r) ? this.keyOf(r, col) : undefined;
        if (c && key) this.compare(r, c, key, state.shown(r, col)!, true);
      }
  }

  private finish(): void {
    const { state, sheet, result } = this;
    const writes: CellWrite[] = [...state.written.values()]
      .sort((a, b) => a.row - b.row || a.col - b.col)
      .map((w) => ({
        sheet: sheet.name,
        cell: address(w.row, w.col),
        kind: w.kind,
        value: typeof w.value === "number" && state.percentCell(w.row, w.col) ? clean(w.value / 100) : w.value,
      }));
    result.writes.push(...writes);
    for (const t of this.assumed) result.notes.push({ sheet: sheet.name, message: msg.unitAssumed(t.source, this.formUnit) });
    const room = this.room();
    for (const t of this.tables) result.unplaced.push(...unplacedFigures(t, room));
    result.sources.push(...this.uses);
    const at = (s: SkippedCell) => parseAddress(s.cell.split(":")[0])!;
    result.skipped.push(...this.skipped.sort((a, b) => at(a).row - at(b).row || at(a).col - at(b).col));
    result.formFindings.push(...analyzeSheet(applied(sheet, result.writes.filter((w) => w.sheet === sheet.name))).findings);
  }

  /** The rows and keys of the form, for telling which source figures found no place. */
  private room(): FormRoom {
    const entities = this.state.keys.filter((k): k is RowKey => !!k).map((k) => k.entity);
    const keys = new Map<string, FigureKey>();
    this.state.table.rows.forEach((row) => {
      for (const c of this.figCols) {
        const k = this.keyOf(row.row, c.col);
        if (k) keys.set(JSON.stringify(k.figure), k.figure);
      }
    });
    return {
      hasEntity: (e) => entities.some((x) => x === e || sameUnit(x, e)),
      keys: [...keys.values()],
    };
  }

  private lookup(entity: string, figure: FigureKey, c: RecognisedColumn) {
    const got = this.set.lookup(entity, figure, this.unitOf(c));
    for (const t of got.unitAssumed) this.assumed.add(t);
    for (const t of got.from) this.useOf.get(t)!.cells++;
    return got;
  }

  private unitOf(c: RecognisedColumn): Unit | undefined {
    return isMoney(c) ? c.unit ?? this.formUnit : undefined;
  }

  /** The key of a form cell: its row's entity, its column's figure, the row's source of funding if it names one. */
  private keyOf(r: number, col: number): { entity: string; figure: FigureKey } | undefined {
    const rk: RowKey | undefined = this.state.keys[this.rowIndex.get(r)!];
    const figure = this.state.colKeys.get(col);
    if (!rk || !figure) return undefined;
    if (!rk.source) return { entity: rk.entity, figure };
    if (figure.source && figure.source !== "total") return undefined;
    return { entity: rk.entity, figure: { ...figure, source: rk.source } };
  }

  /** A computed figure: rates to the decimals the cell shows (2 by default); amounts to one đồng; counts without noise. */
  private round(v: number, r: number, c: RecognisedColumn): number {
    if (c.percent || this.state.percentCell(r, c.col)) return roundTo(v, formatDecimals(cellAt(this.sheet, r, c.col)?.format) ?? 2);
    return clean(v, unitDecimals(this.unitOf(c)));
  }

  private skip(cell: string, reason: Message, occupied = false): void {
    this.skipped.push({ sheet: this.sheet.name, cell, reason: this.otherYear && !occupied && !this.tables.length ? this.otherYear : reason, ...(occupied ? { occupied } : {}) });
  }

  private rowRange(r: number): string {
    const cols = this.figCols.map((c) => c.col);
    return `${columnName(Math.min(...cols))}${r + 1}:${columnName(Math.max(...cols))}${r + 1}`;
  }
}

/** Units that sent more than one file, and whether the files hold the same figures. */
function sentTwice(tables: SourceTable[]): { label: string; files: string[]; same: boolean }[] {
  const groups = new Map<string, SourceTable[]>();
  for (const t of tables) if (t.ownUnit) groups.set(t.ownUnit.entity, [...(groups.get(t.ownUnit.entity) ?? []), t]);
  const figures = (t: SourceTable) => t.figures.map((f) => `${f.entity}|${JSON.stringify(f.key)}|${f.value === null ? "" : clean(f.value * (f.money ? unitFactor(f.unit, "dong") : 1), 0)}`).join("\n");
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => ({ label: g[0].ownUnit!.label, files: g.map((t) => t.source), same: g.every((t) => figures(t) === figures(g[0])) }));
}

/** The years a source table's columns name. */
function yearsOf(t: SourceTable): number[] {
  return [...new Set(t.figures.map((f) => f.key.year).filter((y): y is number => y !== undefined))].sort();
}

/** A copy of the sheet with the writes in it, for checking the filled form. */
function applied(sheet: SheetGrid, writes: CellWrite[]): SheetGrid {
  const cells = sheet.cells.map((row) => (row ? row.slice() : []));
  for (const w of writes) {
    const p = parseAddress(w.cell)!;
    while (cells.length <= p.row) cells.push([]);
    const old = cells[p.row][p.col];
    cells[p.row][p.col] = { ...old, value: w.value ?? null, text: undefined };
  }
  return { ...sheet, cells, rowCount: Math.max(sheet.rowCount, cells.length) };
}
