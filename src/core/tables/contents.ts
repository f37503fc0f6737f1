/**
 * What a column's cells say that its header does not. Codes (`Trường học` holding `25240511`, a
 * column of `01`, `002`): text made of digits that keeps its leading zeros, or digit strings all of
 * one length — an identifier, not a figure: never summed, never "a number stored as text". And
 * percentages (`% of College` in `0.00%` cells): a rate, whatever its header's words.
 */
import { cellAt, type SheetGrid } from "../grid";
import type { RecognisedColumn, RecognisedRow } from "../types";
import { isFigure } from "./columns";
import { hasLeadingZero } from "./labels";

/** Digit strings this long or longer, all of one length, are codes (school, commune, CCCD numbers). */
const CODE_LENGTH = 5;

export function readColumnContents(sheet: SheetGrid, columns: RecognisedColumn[], rows: RecognisedRow[]): void {
  for (const c of columns) {
    if (!isFigure(c)) continue;
    let filled = 0;
    let percentFormat = 0;
    let zeroLed = 0;
    const lengths = new Map<number, number>();
    for (const r of rows) {
      const cell = cellAt(sheet, r.row, c.col);
      const v = cell?.value;
      if (v === null || v === undefined || v === "") continue;
      filled++;
      if (cell?.format?.includes("%")) percentFormat++;
      if (typeof v !== "string") continue;
      const t = v.trim();
      if (!/^\d+$/.test(t)) continue;
      if (hasLeadingZero(t)) zeroLed++;
      lengths.set(t.length, (lengths.get(t.length) ?? 0) + 1);
    }
    const [length, most] = [...lengths].reduce((a, b) => (b[1] > a[1] ? b : a), [0, 0]);
    if (zeroLed > 0 || (length >= CODE_LENGTH && most >= 2 && most >= 0.8 * filled)) c.measure = "id";
    else if (filled >= 2 && percentFormat >= 0.8 * filled && !c.percent) {
      c.percent = true;
      c.unit = undefined;
      if (c.measure === "amount") c.measure = "rate";
    }
  }
}
