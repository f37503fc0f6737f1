/** Pure conversions from what Excel returns for a range into the engine's grid model. */
import type { Cell, Merge } from "../core/grid";
import { parseAddress } from "../core/grid";

/** The error values Excel returns, as strings, in `Range.values`. */
const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#PYTHON!",
]);

export function isErrorValue(value: unknown): value is string {
  return typeof value === "string" && ERROR_VALUES.has(value);
}

/**
 * One cell from the parallel arrays Excel returns. Excel gives "" for an empty cell and, in
 * `formulas`, the constant itself for a cell without a formula. Returns undefined for an empty cell.
 */
export function cellFromExcel(value: unknown, text: unknown, numberFormat: unknown, formula: unknown): Cell | undefined {
  const hasFormula = typeof formula === "string" && formula.startsWith("=");
  if (value === "" && !hasFormula) return undefined;
  const cell: Cell = { value: null };
  if (isErrorValue(value)) cell.error = value;
  else if (typeof value === "number" || typeof value === "boolean" || (typeof value === "string" && value !== "")) {
    cell.value = value;
  }
  if (hasFormula) cell.formula = (formula as string).slice(1);
  if (typeof text === "string" && text !== "") cell.text = text;
  // "General" is the absence of a format; the engine treats both alike.
  if (typeof numberFormat === "string" && numberFormat !== "" && numberFormat !== "General") cell.format = numberFormat;
  return cell;
}

/** One range of a list such as `'Biểu 01'!A1:L1, 'Biểu 01'!A5:A7` (a quoted sheet name may hold `,` or `!`). */
const RANGE_IN_LIST = /(?:(?:'(?:[^']|'')*'|[^'!,\s]+)!)?(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?/g;

/** The merged areas of `RangeAreas.address`, 0-based and anchored at A1. */
export function mergesFromAddress(address: string): Merge[] {
  const merges: Merge[] = [];
  for (const m of address.matchAll(RANGE_IN_LIST)) {
    const from = parseAddress(m[1]);
    const to = parseAddress(m[2] ?? m[1]);
    if (!from || !to) continue;
    merges.push({
      top: Math.min(from.row, to.row),
      left: Math.min(from.col, to.col),
      bottom: Math.max(from.row, to.row),
      right: Math.max(from.col, to.col),
    });
  }
  return merges;
}
