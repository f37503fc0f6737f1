/**
 * A read-only preview of one sheet as a virtualised grid: only the rows and columns in view are in
 * the DOM (a few hundred elements whatever the sheet's size), re-drawn as it scrolls. `show` can
 * scroll to a cell and highlight it with its related cells.
 */
import { address, cellAt, columnName, parseAddress, type Cell, type Merge, type SheetGrid } from "../core/grid";
import { formatNumber } from "../core/numbers";
import type { Lang } from "./messages";

const ROW_HEIGHT = 24;
const HEADER_WIDTH = 48;
const MIN_COL = 56;
const MAX_COL = 280;
/** Rows looked at for a column's width. */
const WIDTH_SAMPLE = 300;

export interface Highlight {
  cell: string;
  related: string[];
}

export class Preview {
  private sheet?: SheetGrid;
  private lang: Lang = "vi";
  private lefts: number[] = [0];
  private highlight?: { main: string; related: Set<string> };
  private frame = 0;
  private readonly canvas: HTMLDivElement;

  constructor(private readonly scroller: HTMLElement) {
    this.canvas = document.createElement("div");
    this.canvas.className = "pv-canvas";
    scroller.append(this.canvas);
    scroller.addEventListener("scroll", () => this.schedule());
    new ResizeObserver(() => this.schedule()).observe(scroller);
  }

  /** Shows the sheet; with a highlight, scrolls its cell into the middle of the view. */
  show(sheet: SheetGrid, lang: Lang, highlight?: Highlight): void {
    if (sheet !== this.sheet) {
      this.sheet = sheet;
      this.lefts = columnLefts(sheet, lang);
      this.canvas.style.width = `${HEADER_WIDTH + this.lefts[this.lefts.length - 1]}px`;
      this.canvas.style.height = `${ROW_HEIGHT * (sheet.rowCount + 1)}px`;
      this.scroller.scrollTo(0, 0);
    }
    this.lang = lang;
    this.highlight = highlight && { main: highlight.cell, related: new Set(highlight.related) };
    const at = highlight && parseAddress(highlight.cell);
    if (at) this.scrollToShow(at, highlight.related);
    this.draw();
  }

  /** Brings the cell into view with as many of its related cells as fit; the cell itself always. */
  private scrollToShow(at: { row: number; col: number }, related: string[]): void {
    const x = (col: number) => HEADER_WIDTH + (this.lefts[col] ?? 0);
    const y = (row: number) => ROW_HEIGHT * (row + 1);
    const w = this.scroller.clientWidth;
    const h = this.scroller.clientHeight;
    let [left, right, top, bottom] = [x(at.col), x(at.col + 1), y(at.row), y(at.row + 1)];
    for (const r of related.map((a) => parseAddress(a)).filter((p) => !!p)) {
      const box = [Math.min(left, x(r.col)), Math.max(right, x(r.col + 1)), Math.min(top, y(r.row)), Math.max(bottom, y(r.row + 1))];
      // Leave room for the headers drawn over the top and left edges.
      if (box[1] - box[0] + HEADER_WIDTH <= w && box[3] - box[2] + 2 * ROW_HEIGHT <= h) [left, right, top, bottom] = box;
    }
    const centre = (lo: number, hi: number, size: number, header: number) => Math.max(0, Math.round((lo + hi) / 2 - (size + header) / 2));
    this.scroller.scrollTo(centre(left, right, w, HEADER_WIDTH), centre(top, bottom, h, ROW_HEIGHT));
  }

  private drawCell(r: number, c: number, span: Merge | undefined, out: HTMLElement[]): void {
    const cell = cellAt(this.sheet!, r, c);
    const a = address(r, c);
    const hl = this.highlight;
    const mark = hl?.main === a ? "pv-main" : hl?.related.has(a) ? "pv-related" : "";
    if (!cell && !mark) return;
    const el = box("pv-cell" + (mark ? ` ${mark}` : "") + (cell && typeof cell.value === "number" ? " pv-num" : ""), HEADER_WIDTH + this.lefts[c], ROW_HEIGHT * (r + 1));
    el.style.width = `${this.lefts[(span ? span.right : c) + 1] - this.lefts[c]}px`;
    el.style.height = `${ROW_HEIGHT * (span ? span.bottom - span.top + 1 : 1)}px`;
    el.textContent = cell ? shown(cell, this.lang) : "";
    el.title = `${a}${cell?.formula ? ` = ${cell.formula}` : ""}`;
    el.dataset.cell = a;
    out.push(el);
  }

  private schedule(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.draw());
  }

  private draw(): void {
    this.frame = 0;
    const sheet = this.sheet;
    if (!sheet) return;
    const { scrollTop: top, scrollLeft: left, clientHeight: h, clientWidth: w } = this.scroller;
    const firstRow = Math.max(0, Math.floor(top / ROW_HEIGHT) - 1);
    const lastRow = Math.min(sheet.rowCount - 1, Math.ceil((top + h) / ROW_HEIGHT));
    const firstCol = Math.max(0, columnAt(this.lefts, left - HEADER_WIDTH));
    const lastCol = Math.min(this.lefts.length - 2, columnAt(this.lefts, left + w - HEADER_WIDTH));
    const out: HTMLElement[] = [];
    const { covered, byTopLeft } = mergesOf(sheet);
    for (let r = firstRow; r <= lastRow; r++)
      for (let c = firstCol; c <= lastCol; c++) if (!covered.has(r * 16384 + c)) this.drawCell(r, c, byTopLeft.get(r * 16384 + c), out);
    // A merged area in view whose top-left cell is not (a title scrolled past) is drawn whole.
    for (const m of sheet.merges)
      if (m.top <= lastRow && m.bottom >= firstRow && m.left <= lastCol && m.right >= firstCol && (m.top < firstRow || m.left < firstCol)) this.drawCell(m.top, m.left, m, out);
    // Headers stay in view: drawn at the scroll offset, above the cells.
    for (let c = firstCol; c <= lastCol; c++) {
      const el = box("pv-head", HEADER_WIDTH + this.lefts[c], top);
      el.style.width = `${this.lefts[c + 1] - this.lefts[c]}px`;
      el.textContent = columnName(c);
      out.push(el);
    }
    for (let r = firstRow; r <= lastRow; r++) {
      const el = box("pv-head pv-rowhead", left, ROW_HEIGHT * (r + 1));
      el.textContent = String(r + 1);
      out.push(el);
    }
    out.push(box("pv-head pv-corner", left, top));
    this.canvas.replaceChildren(...out);
  }
}

function box(className: string, x: number, y: number): HTMLDivElement {
  const el = document.createElement("div");
  el.className = className;
  el.style.left = `${x}px`;
  el.style.top = `${y}px`;
  el.setAttribute("aria-hidden", "true");
  return el;
}

const mergeCache = new WeakMap<SheetGrid, { covered: Set<number>; byTopLeft: Map<number, Merge> }>();

/** Cells inside a merged area other than its top-left, and each area by its top-left (keys row × 16384 + col). */
function mergesOf(sheet: SheetGrid): { covered: Set<number>; byTopLeft: Map<number, Merge> } {
  let m = mergeCache.get(sheet);
  if (!m) {
    m = { covered: new Set(), byTopLeft: new Map() };
    for (const a of sheet.merges) {
      m.byTopLeft.set(a.top * 16384 + a.left, a);
      for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) if (r !== a.top || c !== a.left) m.covered.add(r * 16384 + c);
    }
    mergeCache.set(sheet, m);
  }
  return m;
}

/** Offsets of each column's left edge (one more than there are columns), sized to a sample of its texts. */
function columnLefts(sheet: SheetGrid, lang: Lang): number[] {
  const widths = new Array<number>(Math.max(sheet.colCount, 1)).fill(MIN_COL);
  // A merged title spans many columns: it does not widen its first one.
  const { covered, byTopLeft } = mergesOf(sheet);
  const inMerge = new Set([...covered, ...byTopLeft.keys()]);
  for (let r = 0; r < Math.min(sheet.rowCount, WIDTH_SAMPLE); r++)
    (sheet.cells[r] ?? []).forEach((cell, c) => {
      if (!cell || inMerge.has(r * 16384 + c)) return;
      widths[c] = Math.min(MAX_COL, Math.max(widths[c], shown(cell, lang).length * 7 + 12));
    });
  const lefts = [0];
  for (const w of widths) lefts.push(lefts[lefts.length - 1] + w);
  return lefts;
}

/** The column whose span holds x (binary search over the left edges). */
function columnAt(lefts: number[], x: number): number {
  let lo = 0;
  let hi = lefts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lefts[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function shown(cell: Cell, lang: Lang): string {
  if (cell.error) return cell.error;
  if (cell.text !== undefined) return cell.text;
  const v = cell.value;
  if (v === null) return "";
  if (typeof v === "number") return cell.format?.includes("%") ? formatNumber(v * 100, lang, 2) + "%" : formatNumber(v, lang, 4);
  return String(v);
}
