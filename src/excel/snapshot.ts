/** What a cell held before Soát wrote to it, and how to put it back exactly. */
import { isErrorValue } from "./cells";
import type { CellRef } from "./run";
import { cellRanges, runExcel } from "./run";

export interface CellSnapshot extends CellRef {
  value: unknown;
  /** The formula with its leading `=`, when the cell had one. */
  formula?: string;
  numberFormat: string;
}

/** Queues the loads of value, formula and number format; call the result after the sync. */
export function queueSnapshot(context: Excel.RequestContext, refs: readonly CellRef[]): () => CellSnapshot[] {
  const ranges = cellRanges(context, refs).map((range) => range.load(["values", "formulas", "numberFormat"]));
  return () =>
    ranges.map((range, i) => {
      const formula = range.formulas[0][0];
      const snapshot: CellSnapshot = {
        sheet: refs[i].sheet,
        cell: refs[i].cell,
        value: range.values[0][0],
        numberFormat: String(range.numberFormat[0][0]),
      };
      if (typeof formula === "string" && formula.startsWith("=")) snapshot.formula = formula;
      return snapshot;
    });
}

/** Queues the writes that restore the cells. */
export function queueRestore(context: Excel.RequestContext, snapshots: readonly CellSnapshot[]): void {
  cellRanges(context, snapshots).forEach((range, i) => {
    const s = snapshots[i];
    range.numberFormat = [[s.numberFormat]];
    if (s.formula !== undefined) range.formulas = [[s.formula]];
    else range.values = [[valueToWrite(s)]];
  });
}

/** Puts the cells back in one sync. */
export function restoreCells(snapshots: readonly CellSnapshot[]): Promise<void> {
  return runExcel(async (context) => {
    queueRestore(context, snapshots);
    await context.sync();
  });
}

/**
 * Text must come back as text: Excel would otherwise read `1.307,25` as a number (vi-VN) or `=x`
 * as a formula, so it is written behind an apostrophe, as a user would type it. A text-formatted
 * cell (`@`) keeps whatever it is given, and error literals are meant to be parsed.
 */
function valueToWrite(s: CellSnapshot): unknown {
  if (typeof s.value !== "string" || s.numberFormat === "@" || isErrorValue(s.value)) return s.value;
  return textToWrite(s.value);
}

/** Text as typed so that Excel keeps it as text: behind an apostrophe (the empty string stays empty). */
export function textToWrite(text: string): string {
  return text === "" ? text : "'" + text;
}
