/**
 * Header spans without `getMergedAreasOrNullObject` (ExcelApi 1.13): a merged header cell holds
 * its text in its top-left cell and leaves the rest blank, so the spans can be read back from the
 * blanks — a heading stretches right over blank cells that have sub-headings below them, and down
 * over blank cells to the bottom of the header when nothing is below it. Pure.
 */
import { recognizeSheet } from "../core";
import { cellAt, type Merge, type SheetGrid } from "../core/grid";

export function inferHeaderMerges(sheet: SheetGrid): Merge[] {
  const table = recognizeSheet(sheet).table;
  if (!table || table.columns.length === 0) return [];
  const { headerTop: top, headerBottom: bottom } = table;
  const cols = table.columns.map((c) => c.col);
  const filled = (r: number, c: number) => {
    const cell = cellAt(sheet, r, c);
    return !!cell && ((cell.value !== null && cell.value !== "") || cell.formula !== undefined);
  };
  const below = (r: number, c: number) => {
    for (let k = r + 1; k <= bottom; k++) if (filled(k, c)) return true;
    return false;
  };

  const merges: Merge[] = [];
  let parents: [number, number][] = [[Math.min(...cols), Math.max(...cols)]];
  for (let r = top; r <= bottom; r++) {
    const spans: [number, number][] = [];
    for (const [from, to] of parents)
      for (let c = from; c <= to; c++) {
        if (!filled(r, c)) continue;
        let end = c;
        while (end < to && !filled(r, end + 1) && below(r, end + 1)) end++;
        let down = r;
        if (r < bottom && ![...range(c, end)].some((x) => below(r, x))) down = bottom;
        if (end > c || down > r) merges.push({ top: r, left: c, bottom: down, right: end });
        if (down === r) spans.push([c, end]);
        c = end;
      }
    parents = spans;
  }
  return merges;
}

function* range(from: number, to: number): Generator<number> {
  for (let i = from; i <= to; i++) yield i;
}
