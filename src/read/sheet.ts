/**
 * One worksheet's XML into the engine's grid, cell by cell as exceljs reads it (the grid the CLI
 * has always had), with the guards exceljs lacks: shared strings that exist, numbers that are
 * numbers, bounded cells and merges.
 */
import type { Cell, Merge, SheetGrid } from "../core/grid";
import { formulaCell, numberCell } from "./cells";
import { MAX_CELL_TEXT, MAX_COLS, MAX_MERGE_AREA, MAX_MERGE_WORK, MAX_MERGES, MAX_ROWS } from "./limits";
import { type Fail, XmlScanner } from "./xml";

export interface SheetContext {
  /** The shared strings, undefined when the package has none; an entry without text is undefined. */
  strings: (string | undefined)[] | undefined;
  /** The number format of each cell style (xf), by index. */
  formats: (string | undefined)[];
  date1904: boolean;
  fail: Fail;
  /** Called for each cell kept, to count it against the limits. */
  count: () => void;
  tooLong: (where: string) => never;
}

const NUMBER = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** "AB12" → [11, 27]; undefined when it is not a cell reference. */
export function parseRef(ref: string): [number, number] | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) | 32;
    if (ch < 97 || ch > 122) break;
    col = col * 26 + (ch - 96);
  }
  if (i === 0 || i > 3 || i === ref.length) return undefined;
  let row = 0;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    row = row * 10 + d;
  }
  return row > 0 ? [row - 1, col - 1] : undefined;
}

interface Raw {
  row: number;
  col: number;
  style: number;
  type: string | undefined;
  formula: string | undefined;
  shareType: string | undefined;
  ref: string | undefined;
  si: string | undefined;
  value: string | undefined;
}

export function parseSheet(xml: string, name: string, part: string, ctx: SheetContext): SheetGrid {
  const sc = new XmlScanner(xml, ctx.fail, part);
  const cells: (Cell | undefined)[][] = [];
  const mergeRefs: string[] = [];
  const masters = new Map<string, { formula: string; row: number; col: number }>();
  let inData = false;
  let row = -1;
  let col = -1;
  let raw: Raw | undefined;
  let inInline = false;
  let inPhonetic = false;

  const bad: Fail = (vi, en) => ctx.fail(`${vi} (${part})`, `${en} (${part})`);

  const finish = (c: Raw) => {
    const cell = toCell(c);
    if (!cell) return;
    if (typeof cell.value === "string" && cell.value.length > MAX_CELL_TEXT) ctx.tooLong(`${name}!${refText(c.row, c.col)}`);
    ctx.count();
    (cells[c.row] ??= [])[c.col] = cell;
  };

  const toCell = (c: Raw): Cell | undefined => {
    const format = c.style ? ctx.formats[c.style] : undefined;
    if (c.formula || c.shareType) {
      let formula = c.formula;
      if (c.shareType === "shared" && c.si !== undefined) {
        if (c.ref) masters.set(c.si, { formula: c.formula ?? "", row: c.row, col: c.col });
        else if (!formula) {
          const m = masters.get(c.si);
          if (!m) return undefined;
          formula = slideFormula(m.formula, m.row, m.col, c.row, c.col);
        }
      }
      if (formula === undefined) return undefined;
      const v = c.value;
      if (!v) return formulaCell(formula, undefined, format, ctx.date1904);
      const result =
        c.type === "str" ? v : c.type === "b" ? parseInt(v, 10) !== 0 : c.type === "e" ? { error: v } : number(v, c);
      return formulaCell(formula, result, format, ctx.date1904);
    }
    const v = c.value;
    if (v === undefined || v === "") return undefined;
    switch (c.type) {
      case "s": {
        if (!/^\s*\d+\s*$/.test(v)) bad(`ô ${refText(c.row, c.col)} trỏ tới chuỗi "${v.slice(0, 20)}"`, `cell ${refText(c.row, c.col)} points at string "${v.slice(0, 20)}"`);
        const strings = ctx.strings;
        if (!strings) return bad("thiếu bảng chuỗi dùng chung (sharedStrings.xml)", "the shared-string table (sharedStrings.xml) is missing");
        const i = parseInt(v, 10);
        if (i >= strings.length)
          bad(`ô ${refText(c.row, c.col)} trỏ tới chuỗi số ${i}, bảng chỉ có ${strings.length}`, `cell ${refText(c.row, c.col)} points at string ${i} of ${strings.length}`);
        const s = strings[i];
        return s === undefined ? undefined : { value: s, format };
      }
      case "str":
      case "inlineStr":
        return { value: v, format };
      case "b":
        return { value: parseInt(v, 10) !== 0, format };
      case "e":
        return { value: null, error: v, format };
      case "d": {
        const d = new Date(v);
        return { value: isNaN(d.getTime()) ? v : d.toISOString().slice(0, 10), format };
      }
      default:
        return numberCell(number(v, c), format, ctx.date1904);
    }
  };

  const number = (v: string, c: Raw): number => {
    const n = NUMBER.test(v) ? Number(v) : NaN;
    if (!isFinite(n))
      bad(`ô ${refText(c.row, c.col)} ghi số không hợp lệ "${v.slice(0, 20)}"`, `cell ${refText(c.row, c.col)} holds an invalid number "${v.slice(0, 20)}"`);
    return n;
  };

  while (sc.next()) {
    const tag = sc.name;
    if (tag === "sheetData") {
      inData = !sc.closing && !sc.selfClosing;
      continue;
    }
    if (!inData) {
      if (tag === "mergeCell" && !sc.closing) {
        const ref = sc.attrs().ref;
        if (ref) mergeRefs.push(ref);
        if (mergeRefs.length > MAX_MERGES) bad(`hơn ${MAX_MERGES} vùng gộp ô`, `more than ${MAX_MERGES} merged ranges`);
      }
      continue;
    }
    if (raw) {
      if (sc.closing) {
        if (tag === "c") {
          finish(raw);
          raw = undefined;
        } else if (tag === "is") inInline = false;
        else if (tag === "rPh") inPhonetic = false;
        continue;
      }
      if (tag === "v") raw.value = (raw.value ?? "") + sc.text();
      else if (tag === "f") {
        raw.shareType = sc.attr("t");
        raw.ref = sc.attr("ref");
        raw.si = sc.attr("si");
        const f = sc.text();
        raw.formula = f || undefined;
      } else if (tag === "is") inInline = !sc.selfClosing;
      else if (tag === "rPh") inPhonetic = !sc.selfClosing;
      else if (tag === "t" && inInline && !inPhonetic) {
        const t = sc.text();
        if (t) raw.value = (raw.value ?? "") + t;
      }
      continue;
    }
    if (sc.closing) continue;
    if (tag === "row") {
      const r = sc.attr("r");
      row = r ? parseInt(r, 10) - 1 : row + 1;
      if (!(row >= 0 && row < MAX_ROWS)) bad(`số dòng ${r} ngoài bảng tính`, `row number ${r} is outside the sheet`);
      col = -1;
    } else if (tag === "c") {
      const r = sc.attr("r");
      const s = sc.attr("s");
      if (r) {
        const p = parseRef(r);
        if (!p || p[0] >= MAX_ROWS || p[1] >= MAX_COLS) return bad(`địa chỉ ô "${r.slice(0, 20)}" không hợp lệ`, `cell address "${r.slice(0, 20)}" is invalid`);
        [row, col] = p;
      } else {
        col++;
        if (row < 0) row = 0;
        if (col >= MAX_COLS) bad("dòng có quá nhiều ô", "a row has too many cells");
      }
      raw = { row, col, style: s ? parseInt(s, 10) || 0 : 0, type: sc.attr("t"), formula: undefined, shareType: undefined, ref: undefined, si: undefined, value: undefined };
      inInline = inPhonetic = false;
      if (sc.selfClosing) {
        finish(raw);
        raw = undefined;
      }
    }
  }
  return assembleSheet(name, cells, mergeRefs.map(parseRange), ctx.fail);
}

function colName(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function refText(row: number, col: number): string {
  return colName(col) + String(row + 1);
}

/**
 * Merged ranges are ranges: the cells they cover besides the first are dropped (as in Excel), a
 * range larger than MAX_MERGE_AREA is clipped to the rows and columns that hold cells.
 */
/** "A1:B2" as a merge (either corner first); undefined when it is no range. */
function parseRange(ref: string): Merge | undefined {
  const [a, b] = ref.split(":");
  const p = parseRef(a);
  const q = parseRef(b ?? a);
  if (!p || !q) return undefined;
  return { top: Math.min(p[0], q[0]), left: Math.min(p[1], q[1]), bottom: Math.max(p[0], q[0]), right: Math.max(p[1], q[1]) };
}

export function assembleSheet(name: string, cells: (Cell | undefined)[][], ranges: (Merge | undefined)[], fail: Fail): SheetGrid {
  let lastRow = -1;
  let lastCol = -1;
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    if (!row) continue;
    lastRow = r;
    if (row.length - 1 > lastCol) lastCol = row.length - 1;
  }
  const merges: Merge[] = [];
  let work = 0;
  for (const range of ranges) {
    if (!range) continue;
    const m = { ...range };
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > MAX_MERGE_AREA) {
      m.bottom = Math.max(m.top, Math.min(m.bottom, lastRow));
      m.right = Math.max(m.left, Math.min(m.right, lastCol));
    }
    merges.push(m);
    work += Math.max(0, Math.min(m.bottom, cells.length - 1) - m.top + 1);
    if (work > MAX_MERGE_WORK) fail(`các vùng gộp ô trên trang "${name}" chồng lên nhau quá nhiều`, `the merged ranges of sheet "${name}" overlap too much`);
    for (let r = m.top; r <= m.bottom && r < cells.length; r++) {
      const row = cells[r];
      if (!row) continue;
      for (let c = r === m.top ? m.left + 1 : m.left; c <= m.right && c < row.length; c++) if (row[c]) row[c] = undefined;
    }
  }
  let rowCount = 0;
  let colCount = 0;
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    if (!row) continue;
    let last = -1;
    for (let c = row.length - 1; c >= 0; c--)
      if (row[c]) {
        last = c;
        break;
      }
    if (last < 0) {
      cells[r] = [];
      continue;
    }
    row.length = last + 1;
    rowCount = r + 1;
    if (last + 1 > colCount) colCount = last + 1;
  }
  for (const m of merges) {
    rowCount = Math.max(rowCount, m.bottom + 1);
    colCount = Math.max(colCount, m.right + 1);
  }
  cells.length = Math.min(cells.length, rowCount);
  for (let r = 0; r < rowCount; r++) if (!cells[r]) cells[r] = [];
  return { name, cells, rowCount, colCount, merges };
}

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/** A shared formula's text as seen from another cell: relative references move (as exceljs does). */
export function slideFormula(formula: string, fromRow: number, fromCol: number, toRow: number, toCol: number): string {
  return formula.replace(CANDIDATE, (match: string, sheet: string | undefined, _s, addr: string, paren: string | undefined) => {
    if (paren) return match;
    const m = CELL.exec(addr);
    if (!m) return match;
    const colText = m[2].toUpperCase();
    if (colText.length > 3 || (colText.length === 3 && colText > "XFD")) return match;
    let col = 0;
    for (const ch of colText) col = col * 26 + ch.charCodeAt(0) - 64;
    let row = parseInt(m[4], 10);
    if (!m[1]) col += toCol - fromCol;
    if (!m[3]) row += toRow - fromRow;
    return (sheet || "") + (m[1] || "") + colName(col - 1) + (m[3] || "") + row;
  });
}
