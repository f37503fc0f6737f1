/** What the "Điền biểu mẫu" view proposes and writes, computed from the workbook as last read. Pure. */
import { recognizeSheet } from "../../core";
import { fillWorkbook, type FillResult } from "../../core/fill";
import { cellAt, parseAddress, type WorkbookGrid } from "../../core/grid";
import type { SheetKind } from "../../core/types";

interface FormChoice {
  name: string;
  /** A table with a header and no figures: a form waiting to be filled. */
  empty: boolean;
}

interface SourceChoice {
  name: string;
  kind: SheetKind;
}

export interface Choices {
  /** Sheets with a recognised table, empty forms first. */
  forms: FormChoice[];
  /** Recognised appendices that hold figures. */
  sources: SourceChoice[];
}

export function choicesIn(grid: WorkbookGrid): Choices {
  const reports = grid.sheets.map(recognizeSheet).filter((r) => r.table);
  return {
    forms: reports.map((r) => ({ name: r.name, empty: !!r.empty })).sort((a, b) => Number(b.empty) - Number(a.empty)),
    sources: reports.filter((r) => !r.empty && r.kind !== "other").map((r) => ({ name: r.name, kind: r.kind })),
  };
}

/** The proposal: the preferred sheet if it is a form, else the first empty form; filled from every appendix but itself. */
export function proposal(choices: Choices, prefer?: string): { form?: string; sources: string[] } {
  const form = choices.forms.find((f) => f.name === prefer)?.name ?? choices.forms.find((f) => f.empty)?.name ?? choices.forms[0]?.name;
  return { form, sources: choices.sources.map((s) => s.name).filter((s) => s !== form) };
}

/** Fills the form sheet from the source sheets, each source being one sheet (one district) of the workbook. */
export function planFill(grid: WorkbookGrid, form: string, sources: readonly string[], overwrite: boolean): FillResult | undefined {
  const formSheet = grid.sheets.find((s) => s.name === form);
  if (!formSheet) return undefined;
  const fillSources = grid.sheets
    .filter((s) => s.name !== form && sources.includes(s.name))
    .map((s) => ({ name: s.name, workbook: { sheets: [s] } }));
  return fillWorkbook({ sheets: [formSheet] }, fillSources, { overwrite });
}

/** The writes that Excel must make: the form's own formulas are kept and recalculated by Excel itself. */
export function cellWrites(result: FillResult): FillResult["writes"] {
  return result.writes.filter((w) => w.kind !== "formula");
}

/** Cells that already hold a figure and that a fill with `overwrite` would write over. */
export function overwrittenCells(grid: WorkbookGrid, withOverwrite: FillResult): string[] {
  return cellWrites(withOverwrite).flatMap((w) => {
    const sheet = grid.sheets.find((s) => s.name === w.sheet);
    const at = parseAddress(w.cell);
    const cell = sheet && at ? cellAt(sheet, at.row, at.col) : undefined;
    const holds = cell && !cell.formula && cell.value !== null && cell.value !== "";
    return holds && cell.value !== w.value ? [w.cell] : [];
  });
}
