/** What form filling takes and gives back: pure data, the same for the CLI and the task pane. */
import type { WorkbookGrid } from "../grid";
import type { Finding, Message, SheetKind, Unit } from "../types";

/** A source appendix: a workbook (or a single sheet picked by the caller) and the name shown in reports. */
export interface FillSource {
  /** File name or sheet name, as the user knows it. */
  name: string;
  workbook: WorkbookGrid;
}

export interface FillOptions {
  /** Write over form cells that already hold a value (never over the form's formulas). */
  overwrite?: boolean;
  /** Read only this sheet of each source (matched without case or diacritics). */
  sourceSheet?: string;
  /**
   * Totals and rates are recomputed from the form's filled cells even where the sources state them.
   * By default they take the figure a single source states, so that a slip in one source cell stays
   * in that cell (where its finding points) instead of spreading to every total above it; figures
   * the sources do not state, and rates over several sources, are always computed.
   */
  recompute?: boolean;
  /** Fill only this sheet of the form; by default every sheet recognised as a table. */
  formSheet?: string;
}

/**
 * One cell to write in the form. `source`: a figure from the sources; `derived`: a total or rate
 * computed so that the form agrees with itself; `label`: a unit name written into a blank row;
 * `formula`: the form's own formula, kept, with the result it will show (for files saved without recalculation).
 * Numbers are raw cell values: a rate in a `0.00%` cell is a fraction.
 */
export interface CellWrite {
  sheet: string;
  cell: string;
  kind: "source" | "derived" | "label" | "formula";
  value?: number | string;
  formula?: string;
}

export interface SkippedCell {
  sheet: string;
  cell: string;
  reason: Message;
  /** The cell already holds a figure that differs from the sources': the user may choose to overwrite. */
  occupied?: boolean;
}

/** Source figures that found no place in the form: a whole row (`row`), or a column of a placed row (`column`). */
export interface UnplacedFigure {
  source: string;
  sheet: string;
  /** Excel row number. */
  row?: number;
  /** Column letter, when the row was placed but this column was not. */
  column?: string;
  label: string;
  /** For a column: the cells of it that found no place. */
  cells?: string[];
  reason: Message;
}

/** A derived form cell whose computed value differs from the figure the sources state for the same key. */
export interface FillNote {
  sheet: string;
  cell?: string;
  message: Message;
}

export interface SourceErrors {
  source: string;
  sheet: string;
  /** Findings of severity `error`. */
  count: number;
  /** Every finding (errors and warnings) of the sheet used. */
  findings: Finding[];
}

/** Which sheet of each source filled which form sheet. */
export interface SourceUse {
  source: string;
  formSheet: string;
  /** Undefined when no sheet of the source fits the form. */
  sheet?: string;
  kind?: SheetKind;
  unit?: Unit;
  /** Form cells this source gave a figure to. */
  cells: number;
}

export interface FillResult {
  writes: CellWrite[];
  /** Cells that received a value (from the sources, derived, or a unit name). */
  filled: number;
  /** Form formulas kept, whose results were recomputed. */
  formulasKept: number;
  skipped: SkippedCell[];
  unplaced: UnplacedFigure[];
  sourceErrors: SourceErrors[];
  notes: FillNote[];
  sources: SourceUse[];
  /** What the checks find in the filled form (should be nothing when the sources are clean). */
  formFindings: Finding[];
  /** Form sheets filled. */
  sheets: string[];
}
