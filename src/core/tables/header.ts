/**
 * Finding the header block of a table — 1 to 5 rows of column titles, merged or not, anywhere in the
 * first rows — and the column-number row under it (`A | B | 1 | 2 | 3=2/1*100`).
 */
import { cellAt, type SheetGrid } from "../grid";
import { fold, introducesParts, isTotalLabel, isTotalRowLabel, measureOf, periodOf, sourceOf } from "./labels";
import { readNumber } from "../numbers";
import { labelText } from "../values";
import { outlineMarker } from "./labels";

export interface HeaderBlock {
  top: number;
  bottom: number;
  /** Header texts per column, from the top row down, merged cells repeated, repeats removed. */
  paths: string[][];
  /** The column-number row, with each column's token (`1`, `3=2/1*100`, `A`). */
  numberRow?: { row: number; tokens: (string | undefined)[] };
}

const SCAN_ROWS = 60;
const MAX_HEADER_ROWS = 5;

/** Texts of a row with merged areas spread over every cell they cover. */
export function spreadRow(sheet: SheetGrid, row: number, masters: Map<number, { row: number; col: number }>): string[] {
  const out: string[] = [];
  for (let c = 0; c < sheet.colCount; c++) {
    const m = masters.get(row * 16384 + c);
    out.push(m ? labelText(sheet, m.row, m.col) : labelText(sheet, row, c));
  }
  return out;
}

/** For each covered cell of a merged area (master excluded), its master. */
export function mergeMasters(sheet: SheetGrid, maxRow: number): Map<number, { row: number; col: number }> {
  const map = new Map<number, { row: number; col: number }>();
  for (const m of sheet.merges) {
    if (m.top > maxRow) continue;
    for (let r = m.top; r <= Math.min(m.bottom, maxRow); r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) map.set(r * 16384 + c, { row: m.top, col: m.left });
  }
  return map;
}

export function isHeaderWord(text: string): boolean {
  const f = fold(text);
  if (f === "" || f.length > 160) return false;
  return (
    measureOf(f) !== undefined ||
    isTotalLabel(f) ||
    sourceOf(f) !== undefined ||
    periodOf(f) !== undefined ||
    introducesParts(f) ||
    /\b(von|kinh phi|so luong|gia tri|nam \d{4}|nguon)\b/.test(f)
  );
}

const NUMBER_TOKEN = /^\(?([A-Z]|\d{1,2})\)?(\s*=\s*[\s\d()+\-*/x×:.,%A-Z]+)?$/;

/** A row such as `A | B | 1=2+3+4 | 2 | 3 | 4 | 5=6+7+8 | … | 9=5/1*100 | 10`. */
export function columnNumberTokens(cells: string[]): (string | undefined)[] | undefined {
  const tokens: (string | undefined)[] = [];
  let nonEmpty = 0;
  let matching = 0;
  const numbers: number[] = [];
  for (const t of cells) {
    const s = t.replace(/\s+/g, " ").trim();
    if (s === "") {
      tokens.push(undefined);
      continue;
    }
    nonEmpty++;
    const m = NUMBER_TOKEN.exec(s);
    if (m) {
      matching++;
      if (/^\d+$/.test(m[1])) numbers.push(Number(m[1]));
    }
    tokens.push(s);
  }
  if (nonEmpty < 3 || matching < nonEmpty * 0.8 || numbers.length < 2) return undefined;
  let increasing = 0;
  for (let i = 1; i < numbers.length; i++) if (numbers[i] > numbers[i - 1]) increasing++;
  if (increasing < (numbers.length - 1) * 0.7) return undefined;
  return tokens;
}

/** The distinct non-empty texts of a row (a merged area counts once). */
export function distinctTexts(sheet: SheetGrid, row: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < sheet.colCount; c++) {
    const t = labelText(sheet, row, c);
    if (t !== "") out.push(t);
  }
  return out;
}

function numericCount(sheet: SheetGrid, row: number): number {
  let n = 0;
  for (let c = 0; c < sheet.colCount; c++) {
    const cell = cellAt(sheet, row, c);
    if (!cell) continue;
    if (typeof cell.value === "number" || (cell.formula && cell.value !== "")) n++;
    else if (typeof cell.value === "string" && readNumber(cell.value) && !/^[-–—]$/.test(cell.value.trim())) n++;
  }
  return n;
}

/**
 * A row that starts the table body: numbers, an outline marker in the first cells, or a total row —
 * `TỔNG SỐ`, `Tổng cộng`, `Toàn phường` with no other column title beside it (an empty form's total
 * row, blanks beside it), not one title among others in a header row, nor a title under a group
 * title that spans several columns (`Kế hoạch vốn` over `Tổng số | NSTW | NSĐP`).
 */
function looksLikeBody(sheet: SheetGrid, row: number, masters: Map<number, { row: number; col: number }>): boolean {
  if (numericCount(sheet, row) >= 2) return true;
  for (let c = 0; c < Math.min(sheet.colCount, 3); c++) {
    const t = labelText(sheet, row, c);
    if (t === "") continue;
    const marker = outlineMarker(t);
    if (marker === "upper") continue;
    if (marker !== "none") return true;
    const f = fold(t);
    if (!isTotalRowLabel(f) || measureOf(f) !== undefined) return false;
    const others = distinctTexts(sheet, row).filter((x) => x !== t && isHeaderWord(x)).length;
    return others === 0 && !underGroup(sheet, row, c, masters);
  }
  return false;
}

/**
 * Whether the nearest title above a cell spans more columns than this one: merged over them, or
 * typed in its first cell with blanks to its right over titles of this row (`Giải ngân` over
 * `Tổng số | Đợt 1 | Đợt 2`).
 */
function underGroup(sheet: SheetGrid, row: number, col: number, masters: Map<number, { row: number; col: number }>): boolean {
  for (let r = row - 1; r >= 0; r--) {
    const at = masters.get(r * 16384 + col) ?? { row: r, col };
    if (labelText(sheet, at.row, at.col) === "") continue;
    const merge = sheet.merges.find((m) => m.top === at.row && m.left === at.col);
    if (merge) return merge.right > merge.left;
    return col + 1 < sheet.colCount && labelText(sheet, r, col + 1) === "" && !masters.has(r * 16384 + col + 1) && labelText(sheet, row, col + 1) !== "";
  }
  return false;
}

export function findHeader(sheet: SheetGrid): HeaderBlock | undefined {
  // From the first row with anything in it: a table below another is looked for from there.
  let first = 0;
  while (first < sheet.rowCount && !(sheet.cells[first] ?? []).some((c) => c && c.value !== null && c.value !== "")) first++;
  const last = Math.min(sheet.rowCount, first + SCAN_ROWS);
  const masters = mergeMasters(sheet, last + MAX_HEADER_ROWS);
  let top = -1;
  for (let r = first; r < last; r++) {
    const texts = distinctTexts(sheet, r);
    if (texts.length < 2) continue;
    const words = texts.filter(isHeaderWord).length;
    if (words >= 2 && words >= texts.length * 0.5 && numericCount(sheet, r) <= texts.length - words) {
      top = r;
      break;
    }
  }
  if (top < 0) top = headerByShape(sheet, first, last);
  if (top < 0) return undefined;

  let bottom = top;
  let numberRow: HeaderBlock["numberRow"];
  for (let r = top + 1; r < Math.min(sheet.rowCount, top + MAX_HEADER_ROWS + 1); r++) {
    const spread = spreadRow(sheet, r, masters);
    const tokens = columnNumberTokens(spread.map((t, c) => (masters.has(r * 16384 + c) ? "" : t)));
    if (tokens) {
      numberRow = { row: r, tokens };
      break;
    }
    if (looksLikeBody(sheet, r, masters)) break;
    if (spread.every((t) => t === "")) break;
    bottom = r;
  }
  // A row directly under the number row is the body; a blank row between is allowed.
  const paths: string[][] = [];
  const rows: string[][] = [];
  for (let r = top; r <= bottom; r++) rows.push(spreadRow(sheet, r, masters));
  fillGroupGaps(rows);
  for (let c = 0; c < sheet.colCount; c++) {
    const path: string[] = [];
    for (const row of rows) {
      const t = row[c].replace(/\s+/g, " ").trim();
      if (t !== "" && path[path.length - 1] !== t) path.push(t);
    }
    paths.push(path);
  }
  return { top, bottom, paths, numberRow };
}

/**
 * A header in words this module does not know (`Federal | Foundation | Local | Other | State`): a row
 * of two titles or more over figures — the next non-blank row has numbers under two of its titles —
 * with the text-only rows right above it (`Total by` over `Dept.`) as the upper header rows.
 */
function headerByShape(sheet: SheetGrid, first: number, last: number): number {
  for (let r = first; r < last; r++) {
    if (numericCount(sheet, r) > 0) continue;
    const titled: number[] = [];
    for (let c = 0; c < sheet.colCount; c++) {
      const v = cellAt(sheet, r, c)?.value;
      if (typeof v === "string" && v.trim() !== "") titled.push(c);
    }
    if (titled.length < 2) continue;
    let next = r + 1;
    while (next < sheet.rowCount && distinctTexts(sheet, next).length === 0 && numericCount(sheet, next) === 0) next++;
    const under = titled.filter((c) => {
      const cell = cellAt(sheet, next, c);
      return typeof cell?.value === "number" || !!cell?.formula;
    }).length;
    if (under < 2) continue;
    let top = r;
    while (top > first && top > r - 2 && numericCount(sheet, top - 1) === 0 && distinctTexts(sheet, top - 1).length > 0) top--;
    return top;
  }
  return -1;
}

/**
 * An unmerged group title (`Kế hoạch vốn` typed in C5 only, with C6:F6 under it) covers the empty
 * cells to its right for as long as the row below has titles there.
 */
function fillGroupGaps(rows: string[][]): void {
  for (let h = 0; h < rows.length - 1; h++) {
    const row = rows[h];
    const below = rows[h + 1];
    for (let c = 1; c < row.length; c++) {
      if (row[c] === "" && row[c - 1] !== "" && below[c] !== "" && below[c - 1] !== "" && below[c] !== below[c - 1]) {
        // Only spread a title that is a group (something stands under it), not a leaf title.
        if (below[c - 1] !== row[c - 1]) row[c] = row[c - 1];
      }
    }
  }
}
