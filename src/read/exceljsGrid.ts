/**
 * An exceljs workbook as the engine's grid: values, formats, formulas with their cached results, merges.
 * Used for the form `soat fill` writes into; reading goes through src/read's own reader.
 */
import ExcelJS from "exceljs";
import type { Cell, Merge, SheetGrid, WorkbookGrid } from "../core/grid";
import { parseAddress } from "../core/grid";

export function workbookToGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => sheets.push(worksheetToGrid(ws)));
  return { sheets };
}

function worksheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const cells: (Cell | undefined)[][] = [];
  let rowCount = 0;
  let colCount = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: (Cell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const c = toCell(cell);
      if (!c) return;
      out[colNumber - 1] = c;
      if (colNumber > colCount) colCount = colNumber;
    });
    if (out.length) {
      cells[rowNumber - 1] = out;
      rowCount = rowNumber;
    }
  });
  for (let r = 0; r < rowCount; r++) if (!cells[r]) cells[r] = [];
  const merges: Merge[] = [];
  for (const m of (ws.model as { merges?: string[] }).merges ?? []) {
    const [a, b] = m.split(":");
    const p = parseAddress(a);
    const q = parseAddress(b ?? a);
    if (p && q) merges.push({ top: p.row, left: p.col, bottom: q.row, right: q.col });
  }
  for (const m of merges) {
    rowCount = Math.max(rowCount, m.bottom + 1);
    colCount = Math.max(colCount, m.right + 1);
  }
  while (cells.length < rowCount) cells.push([]);
  return { name: ws.name, cells, rowCount, colCount, merges };
}

type FormulaValue = { formula?: string; sharedFormula?: string; result?: unknown };

function toCell(cell: ExcelJS.Cell): Cell | undefined {
  const v = cell.value as unknown;
  const format = cell.numFmt || undefined;
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v, format };
  // A number formatted as a date beyond a date's range (Excel shows #####) is an Invalid Date here.
  if (v instanceof Date) return { value: isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10), format };
  const o = v as Record<string, unknown>;
  if (typeof o.error === "string") return { value: null, error: o.error, format };
  if (Array.isArray(o.richText)) return { value: (o.richText as { text: string }[]).map((t) => t.text).join(""), format };
  if (typeof o.text === "string") return { value: o.text, format };
  const f = o as FormulaValue;
  if (f.formula !== undefined || f.sharedFormula !== undefined) {
    const formula = cell.formula || f.formula || "";
    // `cell.value` drops a cached result of 0; `cell.result` keeps it.
    const result = (cell.result ?? f.result) as unknown;
    if (result && typeof result === "object" && typeof (result as { error?: unknown }).error === "string")
      return { value: null, formula, error: (result as { error: string }).error, format };
    const value = typeof result === "number" || typeof result === "string" || typeof result === "boolean" ? result : null;
    return { value, formula, format };
  }
  return undefined;
}
