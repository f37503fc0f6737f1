/**
 * A small Excel workbook built from office-addin-mock objects, for the adapter's unit tests.
 *
 * office-addin-mock enforces load-then-sync on every property (an unloaded or unsynced read yields
 * an "Error, …" string) but knows nothing of methods, collections or of what a sync commits. This
 * helper adds those: methods that return mock ranges, a worksheet collection whose `items` appear
 * after `load("items/name")` and a sync, a sync counter, a log of every load, and a cell model to
 * which property writes are committed at the sync that follows them (writes never synced are lost,
 * as in Excel). Sheets can be added and deleted; format writes (fonts, alignment, widths, borders)
 * are logged in `writes` at the sync that commits them.
 */
import { OfficeMockObject } from "office-addin-mock";
import { address, columnName, parseAddress } from "../../src/core/grid";

export interface MockFill {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

export interface MockCell {
  value: unknown;
  /** With its leading `=`. */
  formula?: string;
  numberFormat?: string;
  text?: string;
  fill?: MockFill;
}

export interface MockSheet {
  name: string;
  /** Cells by A1 address. */
  cells: Record<string, MockCell>;
  /** Merged areas, as RangeAreas.address gives them (`A1:C1, A2:A3`). */
  merges?: string[];
}

export interface LoadRecord {
  target: string;
  props: string;
}

/** A property write committed by a sync: `target` names the object (`Biểu!A1:N31.format.font`). */
export interface WriteRecord {
  target: string;
  prop: string;
  value: unknown;
}

const NO_FILL: MockFill = { color: "#FFFFFF", pattern: "None", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 };
const MOCK_ERRORS = new Set(["Error, property was not loaded", "Error, context.sync() was not called"]);

/** What a mock object's property writes go to at the next sync. */
interface WriteTarget {
  mock: OfficeMockObject;
  props: string[];
  commit: (prop: string, value: unknown) => void;
  lastSeen: Map<string, string>;
}

export class MockExcel {
  syncs = 0;
  readonly loads: LoadRecord[] = [];
  readonly calls: string[] = [];
  readonly writes: WriteRecord[] = [];
  readonly context: Excel.RequestContext;
  private readonly mocks: OfficeMockObject[] = [];
  private readonly writeTargets: WriteTarget[] = [];
  private readonly afterSync: (() => void)[] = [];

  constructor(readonly sheets: MockSheet[]) {
    const context = new OfficeMockObject({ workbook: {} });
    context.workbook.worksheets = this.worksheetCollection();
    context.sync = async () => {
      this.syncs++;
      this.commitWrites();
      for (const mock of this.mocks) await mock.sync();
      // office-addin-mock updates its properties in promise continuations: let them run.
      await new Promise((resolve) => setImmediate(resolve));
      this.afterSync.splice(0).forEach((f) => f());
      for (const t of this.writeTargets) for (const p of t.props) t.lastSeen.set(p, JSON.stringify(readProp(t.mock, p)));
    };
    this.context = context as unknown as Excel.RequestContext;
  }

  /** Installs `Excel.run` over this workbook. */
  install(): void {
    (globalThis as { Excel?: unknown }).Excel = {
      run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(this.context),
    };
  }

  sheet(name: string): MockSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw Object.assign(new Error(`ItemNotFound: ${name}`), { code: "ItemNotFound" });
    return s;
  }

  cell(sheet: string, a1: string): MockCell {
    return this.sheet(sheet).cells[a1] ?? { value: "" };
  }

  private track(mock: OfficeMockObject, target: string): OfficeMockObject {
    const load = mock.load.bind(mock);
    mock.load = (props: string | string[]) => {
      this.loads.push({ target, props: Array.isArray(props) ? props.join(",") : String(props) });
      load(props);
      return mock;
    };
    this.mocks.push(mock);
    return mock;
  }

  private worksheetCollection(): OfficeMockObject {
    const items = new Map(this.sheets.map((s) => [s, this.worksheet(s)]));
    const collection = this.track(new OfficeMockObject({ count: this.sheets.length }), "worksheets");
    collection.load = (props: string) => {
      this.loads.push({ target: "worksheets", props });
      if (props !== "items/name") throw new Error(`unexpected worksheets load ${props}`);
      const loaded = this.sheets.map((s) => items.get(s)!);
      loaded.forEach((item) => item.load("name"));
      this.afterSync.push(() => (collection.items = loaded));
      return collection;
    };
    collection.getItem = (name: string) => {
      this.calls.push(`getItem(${name})`);
      return items.get(this.sheet(name));
    };
    collection.add = (name: string) => {
      this.calls.push(`add(${name})`);
      const sheet: MockSheet = { name, cells: {} };
      const ws = this.worksheet(sheet);
      items.set(sheet, ws);
      // The sheet exists once the batch that adds it is synced; its cells fill in at the same sync.
      this.afterSync.push(() => this.sheets.push(sheet));
      return ws;
    };
    return collection;
  }

  private worksheet(sheet: MockSheet): OfficeMockObject {
    const ws = this.track(new OfficeMockObject({ name: sheet.name }), `${sheet.name}`);
    ws.activate = () => this.calls.push(`activate(${sheet.name})`);
    ws.delete = () => {
      this.calls.push(`delete(${sheet.name})`);
      this.afterSync.push(() => this.sheets.splice(this.sheets.indexOf(sheet), 1));
    };
    ws.freezePanes = {
      freezeAt: (range: { _label: string }) => this.calls.push(`freezeAt(${range._label})`),
      freezeRows: (n: number) => this.calls.push(`freezeRows(${sheet.name}, ${n})`),
      freezeColumns: (n: number) => this.calls.push(`freezeColumns(${sheet.name}, ${n})`),
    };
    ws.getUsedRangeOrNullObject = (valuesOnly?: boolean) => {
      this.calls.push(`getUsedRangeOrNullObject(${sheet.name}, ${valuesOnly})`);
      const used = usedBounds(sheet);
      if (!used) {
        const empty = this.track(new OfficeMockObject({ rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 }), `${sheet.name}!used`);
        empty.isNullObject = true;
        return empty;
      }
      return this.rangeMock(sheet, used.top, used.left, used.rows, used.cols, `${sheet.name}!used`);
    };
    // ExcelApi 1.1: an empty sheet's used range is A1; 1.2 adds valuesOnly (the model has values only).
    ws.getUsedRange = (valuesOnly?: boolean) => {
      this.calls.push(`getUsedRange(${sheet.name}, ${valuesOnly})`);
      const used = usedBounds(sheet) ?? { top: 0, left: 0, rows: 1, cols: 1 };
      return this.rangeMock(sheet, used.top, used.left, used.rows, used.cols, `${sheet.name}!used`);
    };
    ws.getRangeByIndexes = (row: number, col: number, rows: number, cols: number) => {
      this.calls.push(`getRangeByIndexes(${sheet.name}, ${row}, ${col}, ${rows}, ${cols})`);
      return this.rangeMock(sheet, row, col, rows, cols, `${sheet.name}!R${row}C${col}:${rows}x${cols}`);
    };
    ws.getRange = (a1: string) => {
      this.calls.push(`getRange(${sheet.name}!${a1})`);
      const [from, to = from] = a1.split(":").map(parseAddress);
      if (!from || !to) throw Object.assign(new Error(`InvalidArgument: ${a1}`), { code: "InvalidArgument" });
      return this.rangeMock(sheet, from.row, from.col, to.row - from.row + 1, to.col - from.col + 1, `${sheet.name}!${a1}`);
    };
    return ws;
  }

  /** A range over the model; for a single cell, its writes are committed back to the model. */
  private rangeMock(sheet: MockSheet, top: number, left: number, rows: number, cols: number, label: string): OfficeMockObject {
    const EMPTY: MockCell = { value: "" };
    const cells = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => sheet.cells[address(top + r, left + c)] ?? EMPTY));
    const grid = <T>(f: (c: MockCell) => T) => cells.map((row) => row.map(f));
    const single = rows === 1 && cols === 1 ? address(top, left) : undefined;
    const fill = { ...NO_FILL, ...((single && sheet.cells[single]?.fill) || {}) };
    const range = this.track(
      new OfficeMockObject({
        rowIndex: top,
        columnIndex: left,
        rowCount: rows,
        columnCount: cols,
        address: `${sheet.name}!${columnName(left)}${top + 1}:${address(top + rows - 1, left + cols - 1)}`,
        values: grid((c) => c.value),
        text: grid((c) => c.text ?? (c.value === "" ? "" : String(c.value))),
        numberFormat: grid((c) => c.numberFormat ?? "General"),
        formulas: grid((c) => c.formula ?? c.value),
        format: { fill: { ...fill }, font: { ...FONT }, ...LAYOUT },
      }),
      label,
    );
    range.isNullObject = false;
    range._label = label;
    // The sheet's merged areas (the ranges asked about cover them all).
    range.getMergedAreasOrNullObject = () => {
      const merged = this.track(new OfficeMockObject({ address: (sheet.merges ?? []).map((m) => `'${sheet.name}'!${m}`).join(", ") }), `${sheet.name}!merged`);
      merged.isNullObject = !sheet.merges || sheet.merges.length === 0;
      return merged;
    };
    range.select = () => this.calls.push(`select(${label})`);
    range.merge = (across: boolean) => this.calls.push(`merge(${label}, ${across})`);
    const fillMock = range.format.fill as OfficeMockObject;
    this.track(fillMock, `${label}.format.fill`);
    this.logWrites(range.format, `${label}.format`, Object.keys(LAYOUT));
    this.logWrites(range.format.font, `${label}.format.font`, Object.keys(FONT));
    range.format.borders = {
      getItem: (edge: string) => {
        const border = new OfficeMockObject({ style: "None" });
        this.logWrites(border, `${label}.format.borders.${edge}`, ["style"]);
        return border;
      },
    };
    if (!single) {
      // A block write lands in every cell of the block.
      this.watch(range, ["numberFormat", "values", "formulas"], (prop, value) =>
        (value as unknown[][]).forEach((row, r) =>
          row.forEach((v, c) => commitCell((sheet.cells[address(top + r, left + c)] ??= { value: "" }), prop, v)),
        ),
      );
      return range;
    }

    const model = () => (sheet.cells[single] ??= { value: "" });
    fillMock.clear = () => {
      this.calls.push(`fill.clear(${label})`);
      this.afterSync.push(() => (model().fill = { color: "#FFFFFF", pattern: "None", patternColor: "#000000" }));
    };
    // Committed format first: the adapter sets a cell's format before its content, and Excel
    // applies a batch in order (the e2e stand-in keeps the true order).
    this.watch(range, ["numberFormat", "values", "formulas"], (prop, value) => commitCell(model(), prop, (value as unknown[][])[0][0]));
    this.watch(fillMock, ["color", "pattern", "patternColor", "tintAndShade", "patternTintAndShade"], (prop, value) => {
      const cell = model();
      const f = (cell.fill ??= { color: "#FFFFFF", pattern: "None", patternColor: "#000000" });
      if (prop === "color" && f.pattern === "None") f.pattern = "Solid";
      (f as unknown as Record<string, unknown>)[prop] = value;
    });
    return range;
  }

  /** Logs the writes of these properties in `writes` at the sync that commits them. */
  private logWrites(mock: OfficeMockObject, target: string, props: string[]): void {
    this.watch(mock, props, (prop, value) => this.writes.push({ target, prop, value }));
  }

  private watch(mock: OfficeMockObject, props: string[], commit: WriteTarget["commit"]): void {
    const lastSeen = new Map(props.map((p) => [p, JSON.stringify(readProp(mock, p))]));
    this.writeTargets.push({ mock, props, commit, lastSeen });
  }

  /** A property whose value changed since the last sync, and is not a mock error string, was written. */
  private commitWrites(): void {
    for (const t of this.writeTargets) {
      for (const p of t.props) {
        const v = readProp(t.mock, p);
        if (typeof v === "string" && MOCK_ERRORS.has(v)) continue;
        if (JSON.stringify(v) !== t.lastSeen.get(p)) t.commit(p, v);
      }
    }
  }
}

/** The format properties a range's writes are logged for. */
const FONT = { name: "Calibri", size: 11, bold: false, italic: false };
const LAYOUT = { columnWidth: 48, rowHeight: 15, horizontalAlignment: "General", verticalAlignment: "Bottom", wrapText: false };

/** A cell's value, formula or number format as Excel stores what was written. */
function commitCell(cell: MockCell, prop: string, v: unknown): void {
  if (prop === "numberFormat") cell.numberFormat = String(v);
  else if (typeof v === "string" && v.startsWith("=")) {
    cell.formula = v;
    cell.value = null; // not recalculated here
  } else {
    delete cell.formula;
    cell.value = typeof v === "string" ? typedInput(v, cell.numberFormat) : v;
    cell.text = String(cell.value);
  }
}

/** What vi-VN Excel stores for a string written to a cell: `1.307,25` is a number unless quoted or in a Text cell. */
function typedInput(v: string, numberFormat: string | undefined): unknown {
  if (v.startsWith("'")) return v.slice(1);
  if (numberFormat !== "@" && /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(v)) return Number(v.replace(/\./g, "").replace(",", "."));
  return v;
}

function readProp(mock: OfficeMockObject, prop: string): unknown {
  return (mock as unknown as Record<string, unknown>)[prop];
}

/** The bounding box of cells holding a value or formula (a valuesOnly used range). */
function usedBounds(sheet: MockSheet): { top: number; left: number; rows: number; cols: number } | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [a, c] of Object.entries(sheet.cells)) {
    if (c.value === "" && !c.formula) continue;
    const p = parseAddress(a)!;
    top = Math.min(top, p.row);
    left = Math.min(left, p.col);
    bottom = Math.max(bottom, p.row);
    right = Math.max(right, p.col);
  }
  return bottom < 0 ? undefined : { top, left, rows: bottom - top + 1, cols: right - left + 1 };
}

/** A sheet with `rows` × `cols` numbers starting at `origin` (e.g. "C5"). */
export function numberSheet(name: string, rows: number, cols: number, origin = "A1"): MockSheet {
  const o = parseAddress(origin)!;
  const cells: Record<string, MockCell> = {};
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) cells[address(o.row + r, o.col + c)] = { value: r * cols + c };
  return { name, cells };
}

/** What the cell holds now, as the adapter compares it (`expect` of a write). */
export function contentsNow(excel: MockExcel, sheet: string, a1: string): { value: unknown; formula?: string } {
  const c = excel.cell(sheet, a1);
  return c.formula ? { value: c.value, formula: c.formula } : { value: c.value };
}

/** Office.context.requirements answering up to `version` of ExcelApi (undefined: no Office at all). */
export function requirementSet(version: string | undefined): void {
  const g = globalThis as { Office?: unknown };
  if (version === undefined) {
    delete g.Office;
    return;
  }
  const minor = Number(version.split(".")[1]);
  g.Office = { context: { requirements: { isSetSupported: (name: string, v: string) => name === "ExcelApi" && Number(v.split(".")[1]) <= minor } } };
}
