/** Cells as every reader builds them, so that .xlsx, .xls and .ods give one grid for one workbook. */
import type { Cell } from "../core/grid";
import { isDateFormat, serialToIsoDate } from "./formats";

/** A number, read as a date (ISO text) when its format shows a date and it is within a date's range. */
export function numberCell(n: number, format: string | undefined, date1904: boolean): Cell {
  if (isDateFormat(format)) {
    const iso = serialToIsoDate(n, date1904);
    if (iso !== undefined) return { value: iso, format };
  }
  return { value: n, format };
}

export type Result = number | string | boolean | { error: string } | undefined;

/**
 * A formula with its cached result. A date-formatted result is left out, as exceljs always did
 * (it read it as a Date), unless it is a number out of a date's range.
 */
export function formulaCell(formula: string, result: Result, format: string | undefined, date1904: boolean): Cell {
  if (result === undefined) return { value: null, formula, format };
  if (isDateFormat(format) && (typeof result !== "number" || serialToIsoDate(result, date1904) !== undefined)) return { value: null, formula, format };
  if (typeof result === "object") return { value: null, formula, error: result.error, format };
  return { value: result, formula, format };
}
