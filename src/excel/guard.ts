/**
 * Never overwriting a later edit: what a cell must still hold for Soát to write to it, and the
 * comparison made with what the same batch has just loaded.
 */
import type { Cell } from "../core/grid";
import type { CellRef } from "./run";

/** A cell's contents as Excel returns them: `value` ("" when empty) and, when it has one, its formula with `=`. */
export interface CellContents {
  value: unknown;
  formula?: string;
}

/** The contents of a cell as the scan read it into the grid (undefined: an empty cell). */
export function contentsFromGrid(cell: Cell | null | undefined): CellContents {
  if (!cell) return { value: "" };
  const value = cell.error ?? (cell.value === null ? "" : cell.value);
  return cell.formula !== undefined ? { value, formula: "=" + cell.formula } : { value };
}

/**
 * The cell still holds what Soát read or wrote. A formula cell is compared by its formula (Excel
 * recalculates its value at will), any other cell by its value.
 */
export function unchanged(now: CellContents, expected: CellContents): boolean {
  if ((now.formula ?? undefined) !== (expected.formula ?? undefined)) return false;
  if (expected.formula !== undefined) return true;
  return sameValue(now.value, expected.value);
}

function sameValue(a: unknown, b: unknown): boolean {
  const empty = (x: unknown) => x === "" || x === null || x === undefined;
  if (empty(a) || empty(b)) return empty(a) && empty(b);
  if (typeof a === "number" && typeof b === "number") return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return a === b;
}

/** What a batch left alone because the cell had changed since Soát read or wrote it. */
export interface ChangedCell extends CellRef {
  now: CellContents;
}
