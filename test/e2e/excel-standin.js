/**
 * A stand-in for Excel's JavaScript object model, injected into the page before its scripts.
 *
 * It behaves like Excel where the pane depends on it: proxies queue their loads and writes until
 * `context.sync()`; reading a property that was not loaded and synced throws PropertyNotLoaded;
 * Excel's errors carry Excel's codes (ItemNotFound, InvalidArgument); values come back as Excel
 * gives them ("" for empty, error strings, the constant in `formulas` when there is no formula,
 * vi-VN display text); writes behave like vi-VN Excel (a string such as "1.307,25" becomes a
 * number unless written behind an apostrophe or into a Text-formatted cell).
 *
 * The workbook comes from `window.__SOAT_WORKBOOK__` ({ sheets: [{ name, cells: { A1: { value,
 * formula?, numberFormat?, fill? } }, merges: ["A1:L1"] }] }). Sheets can be added (unique names,
 * at most 31 characters) and deleted; cell styles (font, alignment, wrap, borders), column widths,
 * row heights and frozen panes are kept as written. The test drives and inspects it through
 * `window.__standin`.
 *
 * It also plays the Office host (`window.__SOAT_OFFICE__`: { excelApi: "1.1"…"1.13", displayLanguage,
 * theme: "light" | "dark" }): `Office.context.requirements.isSetSupported`, `displayLanguage` and
 * `officeTheme` are added to office.js's (empty, outside Office) context, and every API newer than
 * the simulated ExcelApi version fails with ApiNotFound, as in an older Excel, and is recorded as a
 * violation. Each sync's own running time is kept (`state.syncTimes`), so that the suite can tell the
 * stand-in's reading from the pane's work.
 */
(function () {
  "use strict";

  // ---- addresses -------------------------------------------------------------------------

  function colName(c) {
    let s = "";
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  }
  function colIndex(name) {
    let n = 0;
    for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
  }
  function a1(r, c) {
    return colName(c) + (r + 1);
  }
  function parseCell(s) {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(s.trim());
    return m ? { row: Number(m[2]) - 1, col: colIndex(m[1]) } : undefined;
  }
  function parseArea(s) {
    const [from, to = from] = s.split(":");
    const p = parseCell(from);
    const q = parseCell(to);
    if (!p || !q) return undefined;
    return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), rows: Math.abs(q.row - p.row) + 1, cols: Math.abs(q.col - p.col) + 1 };
  }
  function quoteSheet(name) {
    return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";
  }
  function areaAddress(sheet, top, left, rows, cols) {
    const end = rows === 1 && cols === 1 ? "" : ":" + a1(top + rows - 1, left + cols - 1);
    return quoteSheet(sheet) + "!" + a1(top, left) + end;
  }

  // ---- the workbook model ----------------------------------------------------------------

  const ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!"];
  const NO_FILL = { pattern: "None", color: "#FFFFFF", patternColor: "#000000" };
  const MAX_SHEET_NAME = 31;

  function newSheet(name) {
    return { name, cells: new Map(), merges: [], widths: {}, heights: {}, freeze: null };
  }

  const source = window.__SOAT_WORKBOOK__ || { sheets: [] };
  const sheets = source.sheets.map((s) => {
    const sheet = newSheet(s.name);
    for (const [addr, c] of Object.entries(s.cells)) {
      const p = parseCell(addr);
      sheet.cells.set(p.row + "," + p.col, {
        value: c.value === undefined ? null : c.value,
        formula: c.formula,
        numberFormat: c.numberFormat || "General",
        fill: Object.assign({}, NO_FILL, c.fill || {}),
      });
    }
    sheet.merges = (s.merges || []).map(parseArea);
    return sheet;
  });

  const state = { syncs: 0, runs: 0, selection: null, activeSheet: sheets[0] && sheets[0].name, violations: [], batches: [], syncTimes: [] };

  // ---- the Office host -------------------------------------------------------------------

  const host = Object.assign({ excelApi: "1.13", displayLanguage: "vi-VN", theme: "light" }, window.__SOAT_OFFICE__ || {});
  const apiMinor = Number(String(host.excelApi).split(".")[1]);
  const THEMES = {
    light: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000" },
    dark: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#3A3A3A", controlForegroundColor: "#FFFFFF" },
  };
  const officeContext = {
    displayLanguage: host.displayLanguage,
    officeTheme: THEMES[host.theme] || THEMES.light,
    requirements: {
      isSetSupported: (name, version) => name === "ExcelApi" && Number(String(version || "1.1").split(".")[1] || 1) <= apiMinor,
    },
  };
  // office.js declares `var Office` and fills it; its context stays empty outside Office.
  let office;
  Object.defineProperty(window, "Office", {
    configurable: true,
    get() {
      if (office && office.context && !office.context.requirements) Object.assign(office.context, officeContext);
      return office;
    },
    set(value) {
      office = value;
    },
  });

  /** An API of ExcelApi `version`: missing in an older Excel. */
  function need(version, what) {
    if (Number(version.split(".")[1]) <= apiMinor) return;
    const message = `${what} needs ExcelApi ${version}; this Excel has ${host.excelApi}`;
    state.violations.push(message);
    throw excelError("ApiNotFound", message);
  }

  function excelError(code, message) {
    const e = new Error(message);
    e.name = "RichApi.Error";
    e.code = code;
    return e;
  }
  function sheetNamed(name) {
    const s = sheets.find((x) => x.name === name);
    if (!s) throw excelError("ItemNotFound", "The requested resource doesn't exist.");
    return s;
  }
  function cellAt(sheet, r, c, create) {
    const key = r + "," + c;
    let cell = sheet.cells.get(key);
    if (!cell && create) {
      cell = { value: null, numberFormat: "General", fill: Object.assign({}, NO_FILL) };
      sheet.cells.set(key, cell);
    }
    return cell;
  }
  function hasContent(cell) {
    return !!cell && ((cell.value !== null && cell.value !== "") || !!cell.formula);
  }

  /** What vi-VN Excel displays for a number in a format such as `#,##0.###`, `0.00`, `0.00%`, General. */
  function displayNumber(x, format) {
    const section = format.split(";")[0].replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
    if (/^general$/i.test(section) || !/[0#]/.test(section)) {
      return String(Number(x.toPrecision(10))).replace(".", ",");
    }
    const percent = section.includes("%");
    const grouped = /[#0],[#0]/.test(section);
    const dec = /\.([0#]*)/.exec(section);
    const minDec = dec ? (dec[1].match(/0/g) || []).length : 0;
    const maxDec = dec ? dec[1].length : 0;
    const v = percent ? x * 100 : x;
    let [int, frac = ""] = Math.abs(v).toFixed(maxDec).split(".");
    while (frac.length > minDec && frac.endsWith("0")) frac = frac.slice(0, -1);
    if (grouped) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
    // Excel keeps the decimal separator when a `.###` format has nothing to show after it.
    const text = int + (dec ? "," + frac : "");
    return (v < 0 ? "-" : "") + text + (percent ? "%" : "");
  }
  function displayText(cell) {
    if (!cell) return "";
    const v = cell.value;
    if (v === null || v === "") return "";
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    if (typeof v === "number") return displayNumber(v, cell.numberFormat);
    return String(v);
  }

  /** How vi-VN Excel stores what is written to a cell through `values` or `formulas`. */
  function writeInput(cell, input) {
    if (typeof input === "string" && input.startsWith("=") && input.length > 1) {
      cell.formula = input;
      cell.value = 0; // not recalculated by the stand-in
      return;
    }
    delete cell.formula;
    if (typeof input !== "string") {
      cell.value = input === undefined ? null : input;
      return;
    }
    if (input === "") cell.value = null;
    else if (input.startsWith("'")) cell.value = input.slice(1);
    else if (cell.numberFormat === "@") cell.value = input;
    else if (ERRORS.includes(input)) cell.value = input;
    else if (/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(input)) cell.value = Number(input.replace(/\./g, "").replace(",", "."));
    else cell.value = input;
  }

  // ---- client objects --------------------------------------------------------------------

  function notLoaded(name) {
    const message = `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`;
    state.violations.push(message);
    return excelError("PropertyNotLoaded", message);
  }
  function propNames(option) {
    if (option === undefined) return null; // everything scalar
    if (typeof option === "string") return option.split(",").map((s) => s.trim()).filter(Boolean);
    if (Array.isArray(option)) return option.flatMap(propNames);
    if (typeof option === "object") return propNames(option.select !== undefined ? option.select : Object.keys(option));
    return [];
  }

  /**
   * A proxy: `target()` resolves what it stands for (once, at the first sync that needs it: a
   * used range stays where it was found); `props` compute each loadable scalar from it; `writes`
   * apply assignments. Values are visible only after load + sync.
   */
  class ClientObject {
    constructor(ctx, target, props, writes, resolveAtSync = true) {
      this._ctx = ctx;
      this._resolve = target;
      this._props = props;
      this._loaded = new Map();
      this._synced = false;
      this._null = false;
      for (const name of Object.keys(props)) {
        Object.defineProperty(this, name, {
          enumerable: true,
          get: () => {
            if (!this._loaded.has(name)) throw notLoaded(name);
            return this._loaded.get(name);
          },
          set: (value) => {
            if (!writes || !writes[name]) throw excelError("InvalidArgument", `The property '${name}' is read-only.`);
            this._loaded.set(name, value);
            this._ctx._queue(`set ${name}`, () => writes[name](this._target(), value));
          },
        });
      }
      ctx._created.push(this);
      if (resolveAtSync) ctx._queue("resolve", () => (this._null = this._target() === null));
    }
    _target() {
      if (!("_resolved" in this)) this._resolved = this._resolve();
      return this._resolved;
    }
    get isNullObject() {
      if (!this._synced) throw notLoaded("isNullObject");
      return this._null;
    }
    load(option) {
      const names = propNames(option) || Object.keys(this._props);
      for (const n of names) if (!(n in this._props)) throw excelError("InvalidArgument", `Cannot load '${n}'.`);
      this._ctx._queue(`load ${names.join(",")}`, () => {
        const t = this._target();
        this._null = t === null;
        for (const n of names) this._loaded.set(n, t === null ? null : this._props[n](t));
      });
      this._ctx._created.push(this);
      return this;
    }
  }

  function rangeTargetProps() {
    const grid = (f) => (t) =>
      Array.from({ length: t.rows }, (_, r) => Array.from({ length: t.cols }, (_, c) => f(cellAt(t.sheet, t.top + r, t.left + c))));
    return {
      address: (t) => areaAddress(t.sheet.name, t.top, t.left, t.rows, t.cols),
      rowIndex: (t) => t.top,
      columnIndex: (t) => t.left,
      rowCount: (t) => t.rows,
      columnCount: (t) => t.cols,
      cellCount: (t) => t.rows * t.cols,
      values: grid((cell) => (cell && cell.value !== null ? cell.value : "")),
      text: grid(displayText),
      numberFormat: grid((cell) => (cell ? cell.numberFormat : "General")),
      formulas: grid((cell) => (cell ? cell.formula || (cell.value !== null ? cell.value : "") : "")),
    };
  }

  function eachCell(t, value, f) {
    if (!Array.isArray(value) || value.length !== t.rows || value.some((row) => !Array.isArray(row) || row.length !== t.cols)) {
      throw excelError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    }
    for (let r = 0; r < t.rows; r++) for (let c = 0; c < t.cols; c++) f(cellAt(t.sheet, t.top + r, t.left + c, true), value[r][c]);
  }

  class RangeFill extends ClientObject {
    constructor(ctx, rangeTarget) {
      const first = () => {
        const t = rangeTarget();
        const cell = cellAt(t.sheet, t.top, t.left);
        return cell ? cell.fill : NO_FILL;
      };
      const all = (f) => () => {
        const t = rangeTarget();
        for (let r = 0; r < t.rows; r++) for (let c = 0; c < t.cols; c++) f(cellAt(t.sheet, t.top + r, t.left + c, true));
      };
      super(
        ctx,
        first,
        {
          color: (fill) => (fill.pattern === "None" ? "#FFFFFF" : fill.color),
          pattern: (fill) => fill.pattern,
          patternColor: (fill) => fill.patternColor,
          tintAndShade: (fill) => fill.tintAndShade || 0,
          patternTintAndShade: (fill) => fill.patternTintAndShade || 0,
        },
        {
          color: (_, v) =>
            all((cell) => {
              cell.fill.color = String(v).toUpperCase();
              if (cell.fill.pattern === "None") cell.fill.pattern = "Solid";
            })(),
          pattern: (_, v) => all((cell) => (cell.fill.pattern = v))(),
          patternColor: (_, v) => all((cell) => (cell.fill.patternColor = String(v).toUpperCase()))(),
          tintAndShade: (_, v) => all((cell) => (cell.fill.tintAndShade = v))(),
          patternTintAndShade: (_, v) => all((cell) => (cell.fill.patternTintAndShade = v))(),
        },
        false,
      );
      this._all = all;
    }
    load(option) {
      const names = propNames(option) || [];
      if (names.some((n) => n !== "color")) need("1.9", "RangeFill.pattern, patternColor, tintAndShade");
      return super.load(option);
    }
    clear() {
      this._ctx._queue("fill.clear", this._all((cell) => (cell.fill = Object.assign({}, NO_FILL))));
    }
  }

  /** A range's format: writes land in every cell (alignment, wrap), its columns (width) or rows (height). */
  class RangeFormat extends ClientObject {
    constructor(ctx, rangeTarget) {
      const style = (key) => (t, v) => eachTarget(t, (cell) => (cell.style = Object.assign({}, cell.style, { [key]: v })));
      super(
        ctx,
        rangeTarget,
        {
          columnWidth: (t) => t.sheet.widths[t.left] || 48,
          rowHeight: (t) => t.sheet.heights[t.top] || 15,
          horizontalAlignment: (t) => styleAt(t, "horizontal", "General"),
          verticalAlignment: (t) => styleAt(t, "vertical", "Bottom"),
          wrapText: (t) => styleAt(t, "wrap", false),
        },
        {
          columnWidth: (t, v) => {
            need("1.2", "RangeFormat.columnWidth");
            for (let c = t.left; c < t.left + t.cols; c++) t.sheet.widths[c] = v;
          },
          rowHeight: (t, v) => {
            need("1.2", "RangeFormat.rowHeight");
            for (let r = t.top; r < t.top + t.rows; r++) t.sheet.heights[r] = v;
          },
          horizontalAlignment: style("horizontal"),
          verticalAlignment: style("vertical"),
          wrapText: style("wrap"),
        },
        false,
      );
      this.fill = new RangeFill(ctx, rangeTarget);
      const fontStyle = (key) => (t, v) => eachTarget(t, (cell) => (cell.style = Object.assign({}, cell.style, { ["font." + key]: v })));
      this.font = new ClientObject(
        ctx,
        rangeTarget,
        {
          name: (t) => styleAt(t, "font.name", "Calibri"),
          size: (t) => styleAt(t, "font.size", 11),
          bold: (t) => styleAt(t, "font.bold", false),
          italic: (t) => styleAt(t, "font.italic", false),
        },
        { name: fontStyle("name"), size: fontStyle("size"), bold: fontStyle("bold"), italic: fontStyle("italic") },
        false,
      );
      this.borders = {
        getItem: (edge) =>
          new ClientObject(
            ctx,
            rangeTarget,
            { style: (t) => styleAt(t, "border." + edge, "None") },
            { style: (t, v) => eachTarget(t, (cell) => (cell.style = Object.assign({}, cell.style, { ["border." + edge]: v }))) },
            false,
          ),
      };
    }
  }
  function eachTarget(t, f) {
    for (let r = 0; r < t.rows; r++) for (let c = 0; c < t.cols; c++) f(cellAt(t.sheet, t.top + r, t.left + c, true));
  }
  function styleAt(t, key, fallback) {
    const cell = cellAt(t.sheet, t.top, t.left);
    return cell && cell.style && key in cell.style ? cell.style[key] : fallback;
  }

  class Range extends ClientObject {
    constructor(ctx, target) {
      super(ctx, target, rangeTargetProps(), {
        values: (t, v) => eachCell(t, v, writeInput),
        formulas: (t, v) => eachCell(t, v, writeInput),
        numberFormat: (t, v) => eachCell(t, v, (cell, f) => (cell.numberFormat = String(f))),
      });
      const self = this;
      this.format = new RangeFormat(ctx, () => self._target());
    }
    select() {
      this._ctx._queue("select", () => {
        const t = this._target();
        state.activeSheet = t.sheet.name;
        state.selection = { sheet: t.sheet.name, address: a1(t.top, t.left) + (t.rows * t.cols > 1 ? ":" + a1(t.top + t.rows - 1, t.left + t.cols - 1) : "") };
      });
    }
    merge(across) {
      need("1.2", "Range.merge");
      this._ctx._queue("merge", () => {
        const t = this._target();
        if (across) for (let r = 0; r < t.rows; r++) t.sheet.merges.push({ top: t.top + r, left: t.left, rows: 1, cols: t.cols });
        else t.sheet.merges.push({ top: t.top, left: t.left, rows: t.rows, cols: t.cols });
      });
    }
    getMergedAreasOrNullObject() {
      need("1.13", "Range.getMergedAreasOrNullObject");
      const areas = new ClientObject(
        this._ctx,
        () => {
          const t = this._target();
          const hit = t.sheet.merges.filter((m) => m.top < t.top + t.rows && m.top + m.rows > t.top && m.left < t.left + t.cols && m.left + m.cols > t.left);
          return hit.length ? { sheet: t.sheet, hit } : null;
        },
        {
          address: (x) => x.hit.map((m) => areaAddress(x.sheet.name, m.top, m.left, m.rows, m.cols)).join(", "),
          areaCount: (x) => x.hit.length,
        },
      );
      return areas;
    }
  }

  class Worksheet extends ClientObject {
    constructor(ctx, target) {
      super(ctx, target, { name: (s) => s.name, position: (s) => sheets.indexOf(s) });
    }
    activate() {
      this._ctx._queue("activate", () => (state.activeSheet = this._target().name));
    }
    delete() {
      this._ctx._queue("delete", () => {
        const sheet = this._target();
        if (sheets.length === 1) throw excelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
        sheets.splice(sheets.indexOf(sheet), 1);
        if (state.activeSheet === sheet.name) state.activeSheet = sheets[0].name;
      });
    }
    get freezePanes() {
      need("1.7", "Worksheet.freezePanes");
      const freeze = (rows, columns) => this._ctx._queue("freeze", () => (this._target().freeze = { rows, columns }));
      return {
        freezeAt: (range) => this._ctx._queue("freeze", () => {
          const t = range._target();
          this._target().freeze = { rows: t.top + t.rows, columns: t.left + t.cols };
        }),
        freezeRows: (n) => freeze(n, 0),
        freezeColumns: (n) => freeze(0, n),
      };
    }
    getRange(address) {
      const range = new Range(this._ctx, () => {
        const area = parseArea(String(address));
        if (!area) throw excelError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
        return Object.assign({ sheet: this._target() }, area);
      });
      return range;
    }
    getRangeByIndexes(top, left, rows, cols) {
      need("1.7", "Worksheet.getRangeByIndexes");
      const range = new Range(this._ctx, () => {
        if (rows < 1 || cols < 1) throw excelError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
        return { sheet: this._target(), top, left, rows, cols };
      });
      return range;
    }
    getUsedRange(valuesOnly) {
      if (valuesOnly !== undefined) need("1.2", "getUsedRange(valuesOnly)");
      // An empty sheet's used range is A1.
      const used = this.getUsedRangeOrNullObject(valuesOnly, true);
      const resolve = used._resolve;
      used._resolve = () => resolve() || { sheet: this._target(), top: 0, left: 0, rows: 1, cols: 1 };
      return used;
    }
    getUsedRangeOrNullObject(valuesOnly, internal) {
      if (!internal) need("1.4", "Worksheet.getUsedRangeOrNullObject");
      const range = new Range(this._ctx, () => {
        const sheet = this._target();
        let top = Infinity, left = Infinity, bottom = -1, right = -1;
        for (const [key, cell] of sheet.cells) {
          const counts = valuesOnly ? hasContent(cell) : hasContent(cell) || cell.fill.pattern !== "None" || cell.numberFormat !== "General";
          if (!counts) continue;
          const [r, c] = key.split(",").map(Number);
          top = Math.min(top, r);
          left = Math.min(left, c);
          bottom = Math.max(bottom, r);
          right = Math.max(right, c);
        }
        return bottom < 0 ? null : { sheet, top, left, rows: bottom - top + 1, cols: right - left + 1 };
      });
      return range;
    }
  }

  class WorksheetCollection {
    constructor(ctx) {
      this._ctx = ctx;
      this._items = undefined;
    }
    get items() {
      if (!this._items) throw notLoaded("items");
      return this._items;
    }
    load(option) {
      const names = (propNames(option) || []).filter((n) => n.startsWith("items/")).map((n) => n.slice(6));
      const items = sheets.map((s) => new Worksheet(this._ctx, () => s));
      for (const item of items) item.load(names.length ? names : undefined);
      this._ctx._queue("load items", () => (this._items = items));
      return this;
    }
    getItem(name) {
      const sheet = new Worksheet(this._ctx, () => sheetNamed(name));
      return sheet;
    }
    add(name) {
      let added;
      const sheet = new Worksheet(this._ctx, () => {
        if (!added) {
          if (!name || name.length > MAX_SHEET_NAME || /[:\\/?*[\]]/.test(name)) throw excelError("InvalidArgument", "The sheet name is not valid.");
          if (sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw excelError("ItemAlreadyExists", "A resource with the same name or identifier already exists.");
          added = newSheet(name);
          sheets.push(added);
        }
        return added;
      });
      return sheet;
    }
  }

  class RequestContext {
    constructor() {
      this._ops = [];
      this._created = [];
      this.workbook = { worksheets: new WorksheetCollection(this) };
    }
    _queue(label, op) {
      this._ops.push({ label, op });
    }
    sync() {
      state.syncs++;
      const ops = this._ops.splice(0);
      const created = this._created.splice(0);
      state.batches.push(ops.map((o) => o.label));
      // Excel answers asynchronously; the first failing operation fails the whole sync.
      return new Promise((resolve, reject) =>
        setTimeout(() => {
          const start = performance.now();
          try {
            for (const { op } of ops) op();
            for (const o of created) o._synced = true;
            resolve();
          } catch (e) {
            reject(e);
          } finally {
            state.syncTimes.push([start, performance.now()]);
          }
        }, 1),
      );
    }
  }

  async function run(batch) {
    state.runs++;
    const ctx = new RequestContext();
    const result = await batch(ctx);
    if (ctx._ops.length) state.violations.push(`Excel.run ended with ${ctx._ops.length} operation(s) never synced`);
    return result;
  }

  window.Excel = { run, RequestContext };

  window.__standin = {
    state,
    /** A cell as the model holds it. */
    cell(sheetName, address) {
      const p = parseCell(address);
      const cell = cellAt(sheetNamed(sheetName), p.row, p.col);
      return cell
        ? { value: cell.value, formula: cell.formula, numberFormat: cell.numberFormat, text: displayText(cell), fill: Object.assign({}, cell.fill) }
        : { value: null, numberFormat: "General", text: "", fill: Object.assign({}, NO_FILL) };
    },
    /** Every cell of a sheet, for before/after comparisons. */
    snapshot(sheetName) {
      const out = {};
      for (const [key, cell] of sheetNamed(sheetName).cells) {
        const [r, c] = key.split(",").map(Number);
        out[a1(r, c)] = JSON.parse(JSON.stringify(cell));
      }
      return out;
    },
    /** The sheets' names, in order. */
    sheetNames() {
      return sheets.map((s) => s.name);
    },
    /** A sheet's layout: merges, column widths, row heights, frozen panes. */
    layout(sheetName) {
      const sheet = sheetNamed(sheetName);
      return {
        merges: sheet.merges.map((m) => areaAddress(sheet.name, m.top, m.left, m.rows, m.cols).split("!")[1]),
        widths: Object.assign({}, sheet.widths),
        heights: Object.assign({}, sheet.heights),
        freeze: sheet.freeze,
      };
    },
    /** A cell's style as written: `font.bold`, `horizontal`, `border.EdgeTop`, … */
    style(sheetName, address) {
      const p = parseCell(address);
      const cell = cellAt(sheetNamed(sheetName), p.row, p.col);
      return Object.assign({}, cell && cell.style);
    },
    /** Types a value into a cell, as a user would. */
    setValue(sheetName, address, value) {
      const p = parseCell(address);
      const cell = cellAt(sheetNamed(sheetName), p.row, p.col, true);
      delete cell.formula;
      cell.value = value;
    },
    /** The host as simulated. */
    host,
    /** Puts a formula in a cell, keeping its value (as if Excel had calculated it). */
    setFormula(sheetName, address, formula) {
      const p = parseCell(address);
      cellAt(sheetNamed(sheetName), p.row, p.col, true).formula = formula;
    },
  };
})();
