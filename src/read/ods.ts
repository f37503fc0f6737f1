/**
 * An OpenDocument spreadsheet (.ods) into the engine's grid: content.xml's tables, with repeated
 * rows and cells expanded only where they hold something (and counted against the limits before
 * they are), spans as merges, formulas turned into Excel's A1 text, number styles as format codes.
 */
import type { Cell, Merge, SheetGrid, WorkbookGrid } from "../core/grid";
import { formulaCell, numberCell, type Result } from "./cells";
import { refuse } from "./errors";
import { MAX_CELLS, MAX_CELLS_PER_SHEET, MAX_CELL_TEXT, MAX_COLS, MAX_MERGES, MAX_ROWS } from "./limits";
import { assembleSheet } from "./sheet";
import { decodePart } from "./text";
import { type Fail, XmlScanner } from "./xml";
import type { ZipArchive } from "./zip";

interface DataStyle {
  code: string | undefined;
  /** The style applied for values ≥ 0 (style:map), used when this one shows no number. */
  mapped?: string;
}

interface Styles {
  data: Map<string, DataStyle>;
  /** Cell style → data style name, or parent cell style. */
  cell: Map<string, { data?: string; parent?: string }>;
}

async function isEncryptedOds(zip: ZipArchive, fail: Fail): Promise<boolean> {
  const manifest = await zip.read("META-INF/manifest.xml");
  return manifest !== undefined && decodePart(manifest, "META-INF/manifest.xml", fail).includes("encryption-data");
}

export async function readOds(zip: ZipArchive, file: string): Promise<WorkbookGrid> {
  const fail: Fail = (vi, en) => {
    throw refuse.damaged(file, vi, en);
  };
  if (await isEncryptedOds(zip, fail)) throw refuse.password(file);
  const content = await zip.read("content.xml");
  if (!content) fail("thiếu content.xml", "content.xml is missing");
  const styles: Styles = { data: new Map(), cell: new Map() };
  const stylesXml = await zip.read("styles.xml");
  if (stylesXml) readStyles(new XmlScanner(decodePart(stylesXml, "styles.xml", fail), fail, "styles.xml"), styles, () => false);
  const sc = new XmlScanner(decodePart(content, "content.xml", fail), fail, "content.xml");
  const sheets: SheetGrid[] = [];
  let total = 0;
  readStyles(sc, styles, () => sc.name === "table" && !sc.closing);
  // readStyles stopped on the first table's start tag (or at the end).
  while (sc.name === "table" && !sc.closing) {
    const count = (n: number) => {
      total += n;
      if (total > MAX_CELLS) throw refuse.tooLarge(file, `sổ có hơn ${MAX_CELLS.toLocaleString("vi-VN")} ô`, `the workbook has more than ${MAX_CELLS.toLocaleString("en")} cells`);
    };
    sheets.push(readTable(sc, styles, file, fail, count));
    while (sc.next() && !(sc.name === "table" && !sc.closing));
  }
  return { sheets };
}

/** Reads data styles and cell styles until `stop` says so (or the end). */
function readStyles(sc: XmlScanner, styles: Styles, stop: () => boolean): void {
  let current: { name: string; kind: string; decimals?: number; minDecimals?: number; grouping?: boolean; number: boolean; map?: string } | undefined;
  while (sc.next()) {
    if (stop()) return;
    const tag = sc.name;
    if (tag.endsWith("-style") && tag !== "default-style" && tag !== "page-layout-style") {
      if (sc.closing) {
        if (current) styles.data.set(current.name, { code: formatCode(current), mapped: current.map });
        current = undefined;
      } else {
        const a = sc.attrs();
        if (a["style:name"] && tag !== "style") {
          current = { name: a["style:name"], kind: tag, number: false };
          if (sc.selfClosing) {
            styles.data.set(current.name, { code: formatCode(current) });
            current = undefined;
          }
        }
      }
    } else if (tag === "style" && !sc.closing) {
      const a = sc.attrs();
      if (a["style:family"] === "table-cell" && a["style:name"])
        styles.cell.set(a["style:name"], { data: a["style:data-style-name"], parent: a["style:parent-style-name"] });
    } else if (current && !sc.closing) {
      if (tag === "number" || tag === "scientific-number" || tag === "fraction") {
        const a = sc.attrs();
        current.number = true;
        if (a["number:decimal-places"] !== undefined) current.decimals = parseInt(a["number:decimal-places"], 10) || 0;
        if (a["number:min-decimal-places"] !== undefined) current.minDecimals = parseInt(a["number:min-decimal-places"], 10) || 0;
        current.grouping = a["number:grouping"] === "true";
        if (tag !== "number") current.kind = tag;
      } else if (tag === "map" && !current.map) {
        const a = sc.attrs();
        if (/value\(\)\s*>=?\s*0/.test(a["style:condition"] ?? "")) current.map = a["style:apply-style-name"];
      }
    }
  }
}

function formatCode(s: { kind: string; decimals?: number; minDecimals?: number; grouping?: boolean; number: boolean }): string | undefined {
  switch (s.kind) {
    case "date-style":
      return "dd/mm/yyyy";
    case "time-style":
      return "hh:mm:ss";
    case "text-style":
      return "@";
    case "boolean-style":
      return "BOOLEAN";
    case "scientific-number":
      return "0.00E+00";
    case "fraction":
      return "# ?/?";
  }
  if (!s.number || s.decimals === undefined) return undefined; // LibreOffice's "General"
  // Decimals shown always (0) and only when needed (#), as in `#,##0.###`.
  const shown = Math.min(s.minDecimals ?? s.decimals, s.decimals);
  const code = (s.grouping ? "#,##0" : "0") + (s.decimals > 0 ? "." + "0".repeat(shown) + "#".repeat(s.decimals - shown) : "");
  return s.kind === "percentage-style" ? code + "%" : code;
}

function formatOf(styles: Styles, cellStyle: string | undefined): string | undefined {
  for (let name = cellStyle, depth = 0; name && depth < 10; depth++) {
    const s = styles.cell.get(name);
    if (!s) return undefined;
    if (s.data) {
      let d = styles.data.get(s.data);
      if (d && d.code === undefined && d.mapped) d = styles.data.get(d.mapped);
      return d?.code;
    }
    name = s.parent;
  }
  return undefined;
}

interface Item {
  col: number;
  repeat: number;
  cell: Cell | undefined;
  rows: number;
  cols: number;
}

function readTable(sc: XmlScanner, styles: Styles, file: string, fail: Fail, count: (n: number) => void): SheetGrid {
  const name = sc.attrs()["table:name"] ?? "";
  const cells: (Cell | undefined)[][] = [];
  const merges: Merge[] = [];
  const columnStyles: (string | undefined)[] = [];
  let row = 0;
  let inSheet = 0;
  const formats = new Map<string | undefined, string | undefined>();
  const format = (style: string | undefined) => {
    if (!formats.has(style)) formats.set(style, formatOf(styles, style));
    return formats.get(style);
  };
  const tooLarge = () => {
    throw refuse.tooLarge(file, `trang "${name}" có hơn ${MAX_CELLS_PER_SHEET.toLocaleString("vi-VN")} ô`, `sheet "${name}" has more than ${MAX_CELLS_PER_SHEET.toLocaleString("en")} cells`);
  };
  if (sc.selfClosing) return assembleSheet(name, cells, merges, fail);
  let depth = 1;
  while (depth > 0 && sc.next()) {
    const tag = sc.name;
    if (sc.closing) {
      if (tag === "table") depth--;
      continue;
    }
    if (tag === "table" && !sc.selfClosing) depth++;
    else if (tag === "table-column") {
      const a = sc.attrs();
      const n = Math.min(parseInt(a["table:number-columns-repeated"] ?? "1", 10) || 1, MAX_COLS - columnStyles.length);
      for (let i = 0; i < n; i++) columnStyles.push(a["table:default-cell-style-name"]);
    } else if (tag === "table-row") {
      const a = sc.attrs();
      const repeat = parseInt(a["table:number-rows-repeated"] ?? "1", 10) || 1;
      const items = sc.selfClosing ? [] : readRow(sc, columnStyles, format, fail);
      const filled = items.reduce((n, it) => n + (it.cell ? it.repeat : 0), 0);
      if (filled || items.some((it) => it.rows > 1 || it.cols > 1)) {
        if (row + repeat > MAX_ROWS) fail(`trang "${name}" vượt quá ${MAX_ROWS} dòng`, `sheet "${name}" has more than ${MAX_ROWS} rows`);
        inSheet += filled * repeat;
        if (inSheet > MAX_CELLS_PER_SHEET) tooLarge();
        count(filled * repeat);
        for (let k = 0; k < repeat; k++)
          for (const it of items)
            for (let j = 0; j < it.repeat; j++) {
              if (it.cell) (cells[row + k] ??= [])[it.col + j] = it.cell;
              if (it.rows > 1 || it.cols > 1) {
                merges.push({ top: row + k, left: it.col + j, bottom: row + k + it.rows - 1, right: it.col + j + it.cols - 1 });
                if (merges.length > MAX_MERGES) fail(`hơn ${MAX_MERGES} vùng gộp ô`, `more than ${MAX_MERGES} merged ranges`);
              }
            }
      }
      row += repeat;
    }
  }
  return assembleSheet(name, cells, merges, fail);
}

function readRow(sc: XmlScanner, columnStyles: (string | undefined)[], format: (s: string | undefined) => string | undefined, fail: Fail): Item[] {
  const items: Item[] = [];
  let col = 0;
  while (sc.next()) {
    const tag = sc.name;
    if (sc.closing) {
      if (tag === "table-row") return items;
      continue;
    }
    if (tag !== "table-cell" && tag !== "covered-table-cell") continue;
    const a = sc.attrs();
    const repeat = parseInt(a["table:number-columns-repeated"] ?? "1", 10) || 1;
    if (tag === "covered-table-cell") {
      sc.skip();
      col += repeat;
      continue;
    }
    const texts: string[] = [];
    if (!sc.selfClosing) {
      while (sc.next()) {
        if (sc.closing && sc.name === "table-cell") break;
        if (sc.closing) continue;
        if (sc.name === "p") texts.push(sc.deepText(space));
        else sc.skip(); // annotations, shapes, sub-tables
      }
    }
    const cell = odsCell(a, texts.join("\n"), a["calcext:value-type"] === "error", format(a["table:style-name"] ?? columnStyles[col]), fail);
    if (cell && typeof cell.value === "string" && cell.value.length > MAX_CELL_TEXT)
      fail(`một ô có hơn ${MAX_CELL_TEXT} ký tự`, `a cell holds more than ${MAX_CELL_TEXT} characters`);
    const rows = parseInt(a["table:number-rows-spanned"] ?? "1", 10) || 1;
    const cols = parseInt(a["table:number-columns-spanned"] ?? "1", 10) || 1;
    if (col + repeat > MAX_COLS) {
      if (cell) fail(`một dòng vượt quá ${MAX_COLS} cột`, `a row has more than ${MAX_COLS} columns`);
      col += repeat;
      continue;
    }
    if (cell || rows > 1 || cols > 1) items.push({ col, repeat, cell, rows, cols });
    col += repeat;
  }
  return fail("content.xml không phải XML hợp lệ", "content.xml is not well-formed XML");
}

function space(name: string, attrs: () => Record<string, string>): string {
  if (name === "s") return " ".repeat(Math.min(parseInt(attrs()["text:c"] ?? "1", 10) || 1, MAX_CELL_TEXT + 1));
  return name === "tab" ? "\t" : name === "line-break" ? "\n" : "";
}

function odsCell(a: Record<string, string>, text: string, error: boolean, format: string | undefined, fail: Fail): Cell | undefined {
  const type = a["office:value-type"];
  const formula = a["table:formula"] !== undefined ? odsFormula(a["table:formula"]) : undefined;
  let result: Result;
  if (error) result = { error: text };
  else if (type === "float" || type === "percentage" || type === "currency") result = odsNumber(a["office:value"], fail);
  else if (type === "date") {
    result = (a["office:date-value"] ?? "").slice(0, 10);
    format ??= "dd/mm/yyyy";
  } else if (type === "time") result = duration(a["office:time-value"] ?? "");
  else if (type === "boolean") result = a["office:boolean-value"] === "true";
  else if (type === "string") result = a["office:string-value"] ?? text;
  else if (text && formula === undefined) result = text;
  if (formula !== undefined) return formulaCell(formula, result, format, false);
  if (result === undefined || result === "") return undefined;
  if (typeof result === "object") return { value: null, error: result.error, format };
  if (typeof result === "number") return numberCell(result, format, false);
  return { value: result, format };
}

function odsNumber(v: string | undefined, fail: Fail): number {
  const n = v !== undefined && /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/.test(v) ? Number(v) : NaN;
  if (!isFinite(n)) fail(`một ô ghi số không hợp lệ "${String(v).slice(0, 20)}"`, `a cell holds an invalid number "${String(v).slice(0, 20)}"`);
  return n;
}

/** PT12H30M00S → a fraction of a day, as Excel keeps a time. */
function duration(v: string): number | undefined {
  const m = /^-?P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(v);
  if (!m) return undefined;
  const [d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0));
  return d + h / 24 + mi / 1440 + s / 86400;
}

/** `of:=SUM([.C6:.C10];['Biểu 2'.A1])` → `SUM(C6:C10,'Biểu 2'!A1)`. */
export function odsFormula(f: string): string {
  let s = f.replace(/^[a-z]+:/, "");
  if (s.startsWith("=")) s = s.slice(1);
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"') {
      const j = s.indexOf('"', i + 1);
      const end = j < 0 ? s.length : j;
      out += s.slice(i, end + 1);
      i = end;
    } else if (ch === "[") {
      const j = closing(s, i);
      out += odsRange(s.slice(i + 1, j));
      i = j;
    } else out += ch === ";" ? "," : ch;
  }
  // OpenFormula's logical constants are functions: TRUE(), FALSE().
  return out.replace(/\b(TRUE|FALSE)\(\)/g, "$1");
}

function closing(s: string, from: number): number {
  let quoted = false;
  for (let i = from + 1; i < s.length; i++) {
    if (s[i] === "'") quoted = !quoted;
    else if (s[i] === "]" && !quoted) return i;
  }
  return s.length;
}

function odsRange(ref: string): string {
  const parts = splitOutsideQuotes(ref, ":");
  let sheet = "";
  const cells = parts.map((p, i) => {
    const dot = lastDotOutsideQuotes(p);
    const sh = dot < 0 ? "" : p.slice(0, dot).replace(/^\$/, "");
    if (i === 0) sheet = sh;
    return dot < 0 ? p : p.slice(dot + 1);
  });
  return (sheet ? sheet + "!" : "") + cells.join(":");
}

function splitOutsideQuotes(s: string, sep: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "'") quoted = !quoted;
    else if (s[i] === sep && !quoted) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

function lastDotOutsideQuotes(s: string): number {
  let quoted = false;
  let last = -1;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "'") quoted = !quoted;
    else if (s[i] === "." && !quoted) last = i;
  }
  return last;
}
