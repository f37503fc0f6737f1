/** The "Đối chiếu văn bản" check: a pasted report's own arithmetic, and its figures against the open workbook. */
import type { WorkbookGrid } from "../../core/grid";
import { checkText, checkTextAgainst, TEXT_SHEET_MISMATCH } from "../../core/text";
import type { Analysis, Finding } from "../../core/types";
import type { CellRef } from "../../excel";

/**
 * Text pasted into a textarea from Word, an e-mail or a web page has one paragraph per line; a
 * line is never a wrapped piece of a sentence, so lines are not joined.
 */
const PASTED = { paragraphPerLine: true } as const;

interface OpenWorkbook {
  grid: WorkbookGrid;
  analysis: Analysis;
}

export interface TextCheck {
  /** The text's own slips and its disagreements with the sheets, in the order of the text. */
  findings: Finding[];
  /** The recognised disbursement sheets the text was compared with (an empty form holds nothing to compare). */
  compared: string[];
}

export function compareText(text: string, workbook: OpenWorkbook | undefined): TextCheck {
  const own = checkText(text, PASTED);
  const against = workbook ? checkTextAgainst(text, workbook.analysis, workbook.grid, PASTED) : [];
  const compared = (workbook?.analysis.sheets ?? []).filter((s) => s.kind === "disbursement" && s.table && !s.empty).map((s) => s.name);
  // A stable sort: on the same line, the text's own slip comes before its mismatches with a sheet.
  const findings = [...own, ...against].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { findings, compared };
}

/** The sheet cell a text–sheet mismatch names (`related` holds `Sheet name!C13`). */
export function sheetCellOf(finding: Finding): CellRef | undefined {
  if (finding.rule !== TEXT_SHEET_MISMATCH) return undefined;
  const ref = finding.related[0];
  const bang = ref?.lastIndexOf("!") ?? -1;
  return bang > 0 ? { sheet: ref.slice(0, bang), cell: ref.slice(bang + 1) } : undefined;
}
