/**
 * The body of a table: where it starts and ends, which column labels the rows, and the row
 * hierarchy — total row, projects and sub-projects (however numbered), sources, administrative units.
 */
import { cellAt, type SheetGrid } from "../grid";
import { distinctTexts, isHeaderWord } from "./header";
import {
  fold,
  isAdministrativeUnit,
  isTotalRowLabel,
  outlineMarker,
  projectCodeOf,
  sourceOf,
  type OutlineMarker,
} from "./labels";
import type { RecognisedColumn, RecognisedRow } from "../types";
import { isFigure } from "./columns";
import { readNumber } from "../numbers";
import { labelText, type SheetValues } from "../values";

/** Signature blocks, notes and footnotes under a table: `Người lập biểu`, `Ghi chú:`, `Nguồn:`, `* …`, `(1) …`. */
const FOOTER =
  /^(nguoi lap( bieu)?|thu truong|kt\.|tm\.|ke toan|giam doc|chu tich|xac nhan|noi nhan|ghi chu\s*:|chu thich\s*:|luu y\s*:|luu:?|nguon\s*:|nguon so lieu|source\s*:|sources?\b|notes?\s*:|prepared by|approved by|\*+\s*\S|\(\d+\)\s*\S|\(\*+\)|.*\bngay\s+\S+\s+thang\s+\S+\s+nam\b)/;

/** Rows of averages (`Bình quân`, `Avg.`): their rates are means of rates, by design; not checked. */
const AVERAGE_ROW = /(^|\s)(binh quan|trung binh|avg\.?|average|mean)\b/;
/** The title of a next table: `BIỂU 02: …`, `Phụ lục 3`, `Đơn vị tính: …`. */
const NEXT_TITLE = /^(bieu|phu luc|bang (tong hop|ke)|don vi tinh|dvt)\b/;

export interface Body {
  dataTop: number;
  dataBottom: number;
  labelCol: number;
  sttCol?: number;
}

export function findBody(sheet: SheetGrid, firstRow: number, columns: RecognisedColumn[]): Body | undefined {
  const sttCol = columns.find((c) => c.measure === "stt")?.col;
  let labelCol = columns.find((c) => c.measure === "label")?.col;
  if (labelCol === undefined) labelCol = guessLabelColumn(sheet, firstRow, sttCol);
  if (labelCol === undefined) return undefined;
  // The rows' names under a title that names no measure (`Nguồn vốn`, `Khoản mục`) are labels, not figures.
  const named = columns.find((c) => c.col === labelCol);
  if (named?.measure === "amount") named.measure = "label";
  // Columns of figures right of the labels (a numbering column left of them holds `3.2.`, not titles).
  const figureCols = columns.filter((c) => isFigure(c) && c.col > labelCol! && c.col !== sttCol).map((c) => c.col);
  let dataBottom = firstRow - 1;
  for (let r = firstRow; r < sheet.rowCount; r++) {
    if (!rowHasContent(sheet, r)) continue;
    // Signature lines carry no figures; only such rows are worth reading for a footer.
    if (!rowHasNumber(sheet, r)) {
      const lead = fold(labelText(sheet, r, labelCol) || labelText(sheet, r, sttCol ?? 0) || labelText(sheet, r, 0));
      if (FOOTER.test(lead) || FOOTER.test(fold(firstText(sheet, r)))) break;
      // A second table's title or header below this one ends this table.
      if (dataBottom >= firstRow && (NEXT_TITLE.test(lead) || startsTable(sheet, r) || titlesFigures(sheet, r, figureCols, sttCol))) break;
    }
    dataBottom = r;
  }
  if (dataBottom < firstRow) return { dataTop: firstRow, dataBottom: firstRow - 1, labelCol, sttCol };
  return { dataTop: firstRow, dataBottom, labelCol, sttCol };
}

/** A row of statistics over the rows above: its formulas are mostly `AVERAGE`, `STDEV`, `MAX`, `MIN`, `COUNT`… */
function averages(sheet: SheetGrid, r: number): boolean {
  let formulas = 0;
  let statistics = 0;
  for (const c of sheet.cells[r] ?? [])
    if (c?.formula) {
      formulas++;
      if (STATISTIC.test(c.formula)) statistics++;
    }
  return formulas >= 2 && statistics >= 0.5 * formulas;
}

const STATISTIC = /^\s*\+?(AVERAGEA?|STDEVP?A?|STDEV\.[PS]|VARP?|MAXA?|MINA?|MEDIAN|MODE|COUNTA?)\s*\(/i;

function firstText(sheet: SheetGrid, r: number): string {
  for (const c of sheet.cells[r] ?? []) if (c && typeof c.value === "string" && c.value.trim() !== "") return c.value;
  return "";
}

function rowHasContent(sheet: SheetGrid, r: number): boolean {
  const row = sheet.cells[r];
  if (!row) return false;
  for (const c of row) if (c && ((c.value !== null && c.value !== "" && c.value !== undefined) || c.formula)) return true;
  return false;
}

/**
 * A row of words over two of the figure columns or more: the header of another block of figures.
 * (Numbers stored as text are figures, not words.)
 */
function titlesFigures(sheet: SheetGrid, r: number, figureCols: number[], sttCol?: number): boolean {
  // `x`, `-`, `…` in the figure columns of a numbered row (`II | Chỉ tiêu về … | x | x`) mark a group
  // with nothing to state, not a header; unnumbered (`new hires: | x | x`), the table has ended.
  const numbered = sttCol !== undefined && labelText(sheet, r, sttCol) !== "";
  const word = (v: unknown) => typeof v === "string" && v.trim() !== "" && !(numbered && PLACEHOLDER.test(v.trim())) && !readNumber(v);
  return figureCols.filter((c) => word(cellAt(sheet, r, c)?.value)).length >= 2;
}

const PLACEHOLDER = /^(x+|[-–—]+|…+|\.{2,}|\*+|k\/c|n\/a)$/i;

function startsTable(sheet: SheetGrid, r: number): boolean {
  const texts = distinctTexts(sheet, r);
  return texts.length >= 3 && texts.filter(isHeaderWord).length >= 3;
}

function rowHasNumber(sheet: SheetGrid, r: number): boolean {
  const row = sheet.cells[r];
  if (row) for (const c of row) if (c && (typeof c.value === "number" || c.formula)) return true;
  return false;
}

/** The column with the most text in the first body rows, beside the STT column. */
function guessLabelColumn(sheet: SheetGrid, firstRow: number, sttCol: number | undefined): number | undefined {
  const counts = new Map<number, number>();
  for (let r = firstRow; r < Math.min(sheet.rowCount, firstRow + 50); r++)
    for (let c = 0; c < Math.min(sheet.colCount, 6); c++) {
      if (c === sttCol) continue;
      const v = cellAt(sheet, r, c)?.value;
      if (typeof v === "string" && v.trim().length > 2 && !/^[\d.,%\s-]+$/.test(v)) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  let best: number | undefined;
  let bestCount = 0;
  for (const [c, n] of counts)
    if (n > bestCount) {
      best = c;
      bestCount = n;
    }
  return best;
}

/**
 * `Cộng Dự án 1`, `Tổng cộng Tiểu dự án 2`, `Cộng huyện A`, `Cộng xã Tân Lập`: the total of the group
 * just above. A unit's type without its name (`Cộng xã`, `Tổng cộng phường`) is the whole table's total.
 */
const SUBTOTAL = /^(cong|tong cong|tong so|tong)\s*[:-]?\s*((du an|da\s*\d|tieu du an|tda|nguon)\b|(huyen|xa|phuong|thi tran|dac khu)\s+\S)/;

/** The numbering a label may carry itself: `- Ngân sách trung ương`, `+ Vốn ĐTPT`, `a) …`, `1. Thôn Đông`. */
const LABEL_NUMBERING = /^\s*([-–—•+*]|[a-zđ]\)|[IVX]+\.|\d+(\.\d+)*[.)])\s/;

type Marker = OutlineMarker | "project" | "subproject" | "source" | "unit";

/** Reads each body row's label, code and kind, then builds the hierarchy. */
export function recogniseRows(sheet: SheetGrid, body: Body, values: SheetValues, columns: RecognisedColumn[]): RecognisedRow[] {
  const rows: RecognisedRow[] = [];
  const markers: Marker[] = [];
  const dataCols = columns.filter(isFigure).map((c) => c.col);
  let currentProject: number | undefined;
  // `A | TỔNG CỘNG`: a letter that numbers the total row alone, not one section among `A`, `B`, `C`.
  let letters = 0;
  if (body.sttCol !== undefined)
    for (let r = body.dataTop; r <= body.dataBottom; r++) if (outlineMarker(labelText(sheet, r, body.sttCol)) === "upper") letters++;
  for (let r = body.dataTop; r <= body.dataBottom; r++) {
    const label = labelText(sheet, r, body.labelCol);
    const stt = body.sttCol !== undefined ? labelText(sheet, r, body.sttCol) : "";
    if (label === "" && stt === "" && dataCols.every((c) => values.isEmpty(r, c))) continue;
    const f = fold(label);
    if (AVERAGE_ROW.test(f) || AVERAGE_ROW.test(fold(stt)) || averages(sheet, r)) continue;
    const code = projectCodeOf(f, fold(stt), currentProject);
    let kind: RecognisedRow["kind"] = "item";
    // Without an STT, the label may carry the numbering: `- Ngân sách trung ương`, `+ Vốn ĐTPT`, `a) …`.
    const numbering = LABEL_NUMBERING.exec(label);
    let marker: Marker = outlineMarker(stt || (numbering?.[1] ?? ""));
    let source: RecognisedRow["source"];
    if ((stt === "" || marker === "none") && SUBTOTAL.test(f)) {
      kind = "subtotal";
    } else if ((stt === "" || marker === "none" || (marker === "upper" && letters === 1)) && /^[tcg]/.test(f) && isTotalRowLabel(f)) {
      kind = "total";
    } else if (code && !code.includes(".")) {
      kind = "project";
      marker = "project";
      currentProject = Number(code.slice(2));
    } else if (code) {
      kind = "subproject";
      marker = "subproject";
    } else if (isAdministrativeUnit(numbering ? label.slice(numbering[0].length) : label)) {
      kind = "unit";
      if (marker === "none") marker = "unit";
    } else if ((source = sourceOf(f)) && f.length < 60) {
      kind = "source";
      if (marker === "none") marker = "source";
    }
    rows.push({
      row: r,
      kind,
      label,
      stt: stt || undefined,
      code,
      source,
      unitName: kind === "unit" ? label : undefined,
      level: 0,
    });
    markers.push(marker);
  }
  assignLevels(rows, markers);
  return rows;
}

/**
 * Levels by kind of numbering, in order of first appearance (`I` before `1` before `1.1` before `a)`),
 * projects above sub-projects; a row's parent is the nearest row above it of a lower level, and the
 * total row is the parent of the top level.
 */
function assignLevels(rows: RecognisedRow[], markers: Marker[]): void {
  // A row numbered like the projects (`2 | Chi phí quản lý dự án` among `1 | Dự án 1`) stands at
  // their level, not under the project above it; likewise for sub-projects.
  const numbering = (kind: RecognisedRow["kind"]) =>
    new Set<Marker>(rows.filter((r) => r.kind === kind).map((r) => outlineMarker(r.stt ?? "")).filter((m) => m !== "none"));
  const projects = numbering("project");
  const subprojects = numbering("subproject");
  markers = markers.map((m, i) => {
    if (rows[i].code || rows[i].kind === "total") return m;
    if (projects.has(m) && !subprojects.has(m)) return "project";
    if (subprojects.has(m) && !projects.has(m)) return "subproject";
    return m;
  });
  const order: Marker[] = [];
  const fixed: Partial<Record<Marker, number>> = {};
  markers.forEach((m, i) => {
    if (rows[i].kind === "total" || rows[i].kind === "subtotal") return;
    if (!order.includes(m)) order.push(m);
  });
  // Projects always sit above sub-projects, whatever appears first.
  const pi = order.indexOf("project");
  const si = order.indexOf("subproject");
  if (pi >= 0 && si >= 0 && si < pi) {
    order.splice(pi, 1);
    order.splice(si, 0, "project");
  }
  order.forEach((m, i) => (fixed[m] = i + 1));
  const stack: number[] = [];
  const totals = rows.map((r, i) => (r.kind === "total" ? i : -1)).filter((i) => i >= 0);
  const closing = closingTotals(rows, totals);
  rows.forEach((row, i) => {
    if (row.kind === "total") {
      row.level = 0;
      return;
    }
    if (row.kind === "subtotal") {
      closeGroup(rows, stack, i);
      return;
    }
    row.level = fixed[markers[i]] ?? 1;
    while (stack.length && rows[stack[stack.length - 1]].level >= row.level) stack.pop();
    if (stack.length) row.parent = stack[stack.length - 1];
    else if (totals.length === 1 || (totals.length > 1 && row.level === 1)) row.parent = nearestTotal(totals, closing, i);
    stack.push(i);
  });
  // A top-level row under no total row: a table without a total row, no parent.
}

/**
 * A subtotal row after its group: it takes the place of the group's heading row (often without
 * figures of its own) as the parent of the group's rows, at the heading's level.
 */
function closeGroup(rows: RecognisedRow[], stack: number[], i: number): void {
  const last = stack[stack.length - 1];
  const heading = last !== undefined ? rows[last].parent : undefined;
  if (heading === undefined || rows[heading].kind === "total") {
    rows[i].level = 1;
    return;
  }
  const sub = rows[i];
  sub.level = rows[heading].level;
  sub.parent = rows[heading].parent;
  rows.forEach((r) => {
    if (r.parent === heading) r.parent = i;
  });
  while (stack.length && rows[stack[stack.length - 1]].level >= sub.level) stack.pop();
  stack.push(i);
}

/**
 * The total row above the first rows when it sits on top, else the one below. A total that closes
 * the rows above it (`Cộng` at the bottom of a block) is the parent of nothing after it — a `Growth`
 * row, notes, the next block. Under a grand total on top, what follows goes to the next block's
 * total (where that block starts, its total's own `SUM` ranges tell: relations/blocks.ts).
 */
function nearestTotal(totals: number[], closing: Set<number>, i: number): number | undefined {
  const above = totals.filter((t) => t < i);
  const last = above[above.length - 1];
  if (last === undefined) return totals.find((t) => t > i);
  if (!closing.has(last)) return last;
  // Blocks each closed by a `Cộng` under a grand total on top are the table's plan; anywhere else,
  // what follows a closing total is notes, ratios or another table, part of no total.
  return totals[0] === 0 ? totals.find((t) => t > i) : undefined;
}

/** The total rows that close rows above them (other than subtotals), since the previous total. */
function closingTotals(rows: RecognisedRow[], totals: number[]): Set<number> {
  return new Set(totals.filter((t, k) => rows.slice((totals[k - 1] ?? -1) + 1, t).some((r) => r.kind !== "subtotal")));
}
