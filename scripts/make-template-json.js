#!/usr/bin/env node
"use strict";
/**
 * Describes the shipped standard forms (assets/templates/*.xlsx) for the task pane, which has no
 * .xlsx reader in its bundle: each form's first sheet as contents (text, numbers, formulas), number
 * formats, fonts, alignment, borders, merges, column widths, row heights and frozen panes, with
 * cells of one style gathered into rectangles. Run before every build (`npm run build`); the output,
 * src/taskpane/fill/templates.generated.json, is committed so that type checks and tests need no build.
 *
 *   node scripts/make-template-json.js
 */
const fs = require("node:fs");
const path = require("node:path");
const ExcelJS = require("exceljs");

const ROOT = path.join(__dirname, "..");
const TEMPLATES = path.join(ROOT, "assets", "templates");
const OUT = path.join(ROOT, "src", "taskpane", "fill", "templates.generated.json");

const HORIZONTAL = { left: "Left", center: "Center", right: "Right", justify: "Justify", centerContinuous: "CenterAcrossSelection" };
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom", justify: "Justify" };

function colName(c) {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
const a1 = (r, c) => colName(c) + (r + 1);
const area = (top, left, bottom, right) => (top === bottom && left === right ? a1(top, left) : `${a1(top, left)}:${a1(bottom, right)}`);

/** Column width in characters (of the default font's digit, 7 px) to points, as Excel lays it out. */
const widthToPoints = (chars) => Math.round((Math.trunc(chars * 7 + 5) * 72) / 96 * 100) / 100;

/** What a cell holds, as Range.formulas takes it: "" empty, "=…" a formula, text, a number. */
function contents(cell) {
  if (cell.isMerged && cell.master.address !== cell.address) return "";
  if (cell.type === ExcelJS.ValueType.Formula) return "=" + cell.formula;
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "object" && "richText" in v) return v.richText.map((t) => t.text).join("");
  throw new Error(`${cell.address}: unsupported value ${JSON.stringify(v)}`);
}

/** The style of a cell as the pane applies it; undefined when it has none. */
function styleOf(cell, defaultFont) {
  const s = {};
  const font = {};
  if (cell.font?.bold) font.bold = true;
  if (cell.font?.italic) font.italic = true;
  if (cell.font?.size && cell.font.size !== defaultFont.size) font.size = cell.font.size;
  if (Object.keys(font).length) s.font = font;
  const a = cell.alignment ?? {};
  if (a.horizontal && HORIZONTAL[a.horizontal]) s.horizontal = HORIZONTAL[a.horizontal];
  if (a.vertical && VERTICAL[a.vertical]) s.vertical = VERTICAL[a.vertical];
  if (a.wrapText) s.wrap = true;
  const b = cell.border ?? {};
  if (b.top && b.bottom && b.left && b.right) s.border = true;
  if (cell.numFmt && cell.numFmt !== "General") s.numberFormat = cell.numFmt;
  return Object.keys(s).length ? s : undefined;
}

/** Cells (row, col) gathered into rectangles: runs along each row, then runs of equal spans down the rows. */
function rectangles(cells) {
  const byRow = new Map();
  for (const [r, c] of cells) byRow.set(r, [...(byRow.get(r) ?? []), c]);
  const runs = [];
  for (const [r, cols] of [...byRow].sort((x, y) => x[0] - y[0])) {
    cols.sort((x, y) => x - y);
    let start = cols[0];
    for (let i = 1; i <= cols.length; i++) {
      if (i < cols.length && cols[i] === cols[i - 1] + 1) continue;
      runs.push({ top: r, bottom: r, left: start, right: cols[i - 1] });
      start = cols[i];
    }
  }
  const rects = [];
  for (const run of runs) {
    const above = rects.find((x) => x.bottom === run.top - 1 && x.left === run.left && x.right === run.right);
    if (above) above.bottom = run.top;
    else rects.push({ ...run });
  }
  return rects.map((x) => area(x.top, x.left, x.bottom, x.right));
}

function mostCommonFont(ws) {
  const counts = new Map();
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (!cell.font?.name) return;
      const key = JSON.stringify({ name: cell.font.name, size: cell.font.size });
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }),
  );
  const [best] = [...counts].sort((x, y) => y[1] - x[1])[0] ?? ['{"name":"Calibri","size":11}'];
  return JSON.parse(best);
}

async function describe(file) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(TEMPLATES, file));
  const ws = wb.worksheets[0];
  const rows = ws.rowCount;
  const cols = ws.columnCount;
  const font = mostCommonFont(ws);
  const cells = [];
  const styled = new Map();
  for (let r = 0; r < rows; r++) {
    const row = [];
    for (let c = 0; c < cols; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      row.push(contents(cell));
      const style = styleOf(cell, font);
      if (!style) continue;
      const key = JSON.stringify(style);
      styled.set(key, [...(styled.get(key) ?? []), [r, c]]);
    }
    while (row.length && row[row.length - 1] === "") row.pop();
    cells.push(row);
  }
  const heights = [];
  for (let r = 1; r <= rows; r++) if (ws.getRow(r).height) heights.push([r - 1, ws.getRow(r).height]);
  const view = ws.views?.[0];
  return {
    file,
    name: ws.name,
    rows,
    cols,
    font,
    cells,
    widths: Array.from({ length: cols }, (_, c) => widthToPoints(ws.getColumn(c + 1).width ?? 8.43)),
    heights,
    merges: Object.values(ws._merges).map((m) => m.range),
    styles: [...styled].map(([key, at]) => ({ ...JSON.parse(key), ranges: rectangles(at) })),
    freeze: view?.state === "frozen" ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } : undefined,
  };
}

async function main() {
  const files = fs
    .readdirSync(TEMPLATES)
    .filter((f) => f.endsWith(".xlsx") && !f.startsWith("~$"))
    .sort();
  const templates = [];
  for (const file of files) templates.push(await describe(file));
  const json = JSON.stringify(templates) + "\n";
  if (fs.existsSync(OUT) && fs.readFileSync(OUT, "utf8") === json) return;
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, json);
  console.log(`Templates for the pane: ${path.relative(ROOT, OUT)} (${files.join(", ")}, ${(json.length / 1024).toFixed(1)} KiB)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
