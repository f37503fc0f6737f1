"use strict";
/**
 * Compares a workbook with its annotated copy (both read with exceljs): every original sheet, cell
 * value, formula, cached result (including 0), number format, font, border, alignment, merge,
 * column width (to 1e-6; hidden columns stay hidden) and frozen pane must be unchanged; fills may change only at the marked
 * cells. A cell styled only with exceljs's default font and no border or fill equals an unstyled one.
 * Returns the differences found, as readable lines (empty when the copy keeps everything).
 * Shared by the jest test of `soat check --annotate` and the web page's browser suite.
 */
const ExcelJS = require("exceljs");

async function load(bytes) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  return wb;
}

/** JSON with object keys sorted: a written font may list its properties in another order. */
const json = (x) => JSON.stringify(x ?? null, (_, v) => (v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));

/** exceljs's default font: a cell styled with just it (and no border) is written without a style, which is the same. */
const DEFAULT_FONT = json({ size: 11, color: { theme: 1 }, name: "Calibri", family: 2, scheme: "minor" });
const orNone = (x, none) => (x === undefined || json(x) === none || json(x) === "{}" ? null : x);

function cellFacts(cell) {
  const f = cell.type === ExcelJS.ValueType.Formula;
  return {
    type: cell.type,
    value: f ? null : cell.value,
    formula: f ? cell.formula : null,
    result: f ? cell.result : null,
    numFmt: cell.numFmt || "General",
    font: orNone(cell.font, DEFAULT_FONT),
    border: orNone(cell.border),
    alignment: orNone(cell.alignment),
  };
}

const NO_FILL = json({ type: "pattern", pattern: "none" });

/** `marked` is a Set of "Sheet!A1" whose fill (and note) the copy adds. */
async function compareOriginal(originalBytes, copyBytes, marked) {
  const [a, b] = await Promise.all([load(originalBytes), load(copyBytes)]);
  const diffs = [];
  a.eachSheet((wsA) => {
    const wsB = b.getWorksheet(wsA.name);
    if (!wsB) return diffs.push(`sheet ${wsA.name} missing`);
    if (json([...(wsA.model.merges || [])].sort()) !== json([...(wsB.model.merges || [])].sort())) diffs.push(`${wsA.name}: merges differ`);
    const views = (ws) => (ws.views || []).map((v) => ({ state: v.state, xSplit: v.xSplit, ySplit: v.ySplit, topLeftCell: v.topLeftCell }));
    if (json(views(wsA)) !== json(views(wsB))) diffs.push(`${wsA.name}: panes differ`);
    for (let c = 1; c <= wsA.columnCount; c++) {
      const [ca, cb] = [wsA.getColumn(c), wsB.getColumn(c)];
      if (!!ca.hidden !== !!cb.hidden) diffs.push(`${wsA.name}: column ${c} ${ca.hidden ? "shown" : "hidden"}`);
      // A hidden column's width (exceljs writes 0 as 9) shows only once it is unhidden.
      else if (!ca.hidden && Math.abs((ca.width ?? 0) - (cb.width ?? 0)) > 1e-6) diffs.push(`${wsA.name}: width of column ${c} differs`);
    }
    wsA.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cellA) => {
        const cellB = wsB.getCell(cellA.address);
        const fa = cellFacts(cellA);
        const fb = cellFacts(cellB);
        for (const k of Object.keys(fa))
          if (json(fa[k]) !== json(fb[k])) diffs.push(`${wsA.name}!${cellA.address}: ${k} ${json(fa[k])} → ${json(fb[k])}`);
        if (!marked.has(`${wsA.name}!${cellA.address}`) && json(orNone(cellA.fill, NO_FILL)) !== json(orNone(cellB.fill, NO_FILL))) diffs.push(`${wsA.name}!${cellA.address}: fill changed`);
      }),
    );
  });
  return diffs;
}

module.exports = { compareOriginal, load };
