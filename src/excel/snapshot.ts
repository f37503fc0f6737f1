/** What a cell held before Soát wrote to it, and how to put it back exactly — unless it was edited since. */
import { isErrorValue } from "./cells";
import type { CellContents, ChangedCell } from "./guard";
import { unchanged } from "./guard";
import type { CellRef } from "./run";
import { cellRanges, runExcel } from "./run";

export interface CellSnapshot extends CellRef {
  value: unknown;
  /** The formula with its leading `=`, when the cell had one. */
  formula?: string;
  numberFormat: string;
  /** What Soát wrote there: undo puts the snapshot back only while the cell still holds this. */
  written?: CellContents;
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

/** A loaded snapshot's contents, for comparison with what the cell should hold. */
export function contentsOf(s: CellSnapshot): CellContents {
  return s.formula !== undefined ? { value: s.value, formula: s.formula } : { value: s.value };
}

/** Queues the writes that restore the cells. */
function queueRestore(context: Excel.RequestContext, snapshots: readonly CellSnapshot[]): void {
  cellRanges(context, snapshots).forEach((range, i) => {
    const s = snapshots[i];
    range.numberFormat = [[s.numberFormat]];
    if (s.formula !== undefined) range.formulas = [[s.formula]];
    else range.values = [[valueToWrite(s)]];
  });
}

export interface RestoreOutcome {
  restored: CellRef[];
  /** Edited since Soát wrote them: left as they are. */
  changed: ChangedCell[];
}

/**
 * Puts the cells back: one sync loads what they hold now; those that still hold what Soát wrote
 * are restored in one more sync, the others are left alone and returned.
 */
export function restoreCells(snapshots: readonly CellSnapshot[]): Promise<RestoreOutcome> {
  if (snapshots.length === 0) return Promise.resolve({ restored: [], changed: [] });
  return runExcel(async (context) => {
    const load = queueSnapshot(context, snapshots);
    await context.sync();
    const now = load();
    const changed: ChangedCell[] = [];
    const restore: CellSnapshot[] = [];
    snapshots.forEach((s, i) => {
      if (!s.written || unchanged(contentsOf(now[i]), s.written)) restore.push(s);
      else changed.push({ sheet: s.sheet, cell: s.cell, now: contentsOf(now[i]) });
    });
    if (restore.length > 0) {
      queueRestore(context, restore);
      await context.sync();
    }
    return { restored: restore.map(({ sheet, cell }) => ({ sheet, cell })), changed };
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
