/**
 * A finding in the accountant's words: the row's label and the column's header beside the cell
 * (`Dự án 2 · Tỷ lệ giải ngân (%)`), from the table the engine recognised. Pure.
 */
import { parseAddress } from "../../core/grid";
import type { SheetReport } from "../../core/types";

export interface Place {
  row?: string;
  column?: string;
}

/** Looks up rows and columns by index once per sheet, for thousands of findings. */
export function placeFinder(report: SheetReport | undefined): (cell: string | undefined) => Place {
  const table = report?.table;
  if (!table) return () => ({});
  const rows = new Map(table.rows.map((r) => [r.row, r.label]));
  const columns = new Map(table.columns.map((c) => [c.col, columnHeader(c.path)]));
  return (cell) => {
    const at = cell ? parseAddress(cell) : undefined;
    if (!at) return {};
    return { row: rows.get(at.row)?.trim() || undefined, column: columns.get(at.col) };
  };
}

/** The header path without the repeats of merged cells: `Giải ngân đến 31/12/2023 › Vốn ĐTPT`. */
export function columnHeader(path: readonly string[]): string | undefined {
  const parts = path.map((p) => p.replace(/\s+/g, " ").trim()).filter((p, i, all) => p !== "" && p !== all[i - 1]);
  return parts.length ? parts.join(" › ") : undefined;
}

export function placeText(place: Place): string | undefined {
  const parts = [place.row, place.column].filter(Boolean);
  return parts.length ? parts.join(" · ") : undefined;
}
