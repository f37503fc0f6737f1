/** Giving each column its role — measure, funding source, year, period, unit — from its header path. */
import type { HeaderBlock } from "./header";
import { fold, isPercentLabel, isTotalLabel, measureOf, namesUnits, periodOf, sourceOf, yearOf } from "./labels";
import { unitInText } from "../numbers";
import type { Measure, RecognisedColumn, Unit } from "../types";

/** Which measure wins when a path names several: the most specific kind of figure. */
const PRIORITY: Measure[] = [
  "note",
  "stt",
  "id",
  "achieved",
  "decrease",
  "rate",
  "target",
  "carried-over",
  "disbursed",
  "plan",
  "actual",
  "near-poor",
  "escaped",
  "poor",
  "people",
  "households",
  "label",
];

const NOT_FIGURES = new Set<Measure>(["label", "stt", "note", "id"]);

/** Whether a column holds figures the checks compute with (not labels, numbering, notes or codes). */
export function isFigure(column: { measure: Measure }): boolean {
  return !NOT_FIGURES.has(column.measure);
}

/** Measures counted in money, which carry the sheet's unit. */
const MONEY = new Set<Measure>(["plan", "carried-over", "disbursed", "actual", "amount", "target"]);

export function recogniseColumns(header: HeaderBlock, colCount: number, sheetUnit: Unit | undefined): RecognisedColumn[] {
  const columns: RecognisedColumn[] = [];
  for (let col = 0; col < colCount; col++) {
    const path = header.paths[col] ?? [];
    if (path.length === 0) continue;
    const folded = path.map(fold);
    const measures = folded.map(measureOf);
    let measure: Measure = "amount";
    let best = PRIORITY.length;
    for (const m of measures) {
      if (!m) continue;
      const p = PRIORITY.indexOf(m);
      if (p < best) {
        best = p;
        measure = m;
      }
    }
    // `Thôn/bản`, `Xã, phường` as a column's whole header, left of any other label column: the rows' names.
    if (measure === "amount" && folded.length === 1 && namesUnits(folded[0]) && !columns.some((c) => c.measure === "label")) measure = "label";
    // A generic `Số hộ` under `Hộ nghèo đầu năm` counts poor households.
    if (measure === "households" || measure === "people") {
      const subject = measures.find((m) => m === "poor" || m === "near-poor" || m === "escaped");
      if (subject) measure = subject;
    }
    const leaf = folded[folded.length - 1];
    let source = undefined as RecognisedColumn["source"];
    for (let i = folded.length - 1; i >= 0 && !source; i--) source = sourceOf(folded[i]);
    if (!source && isTotalLabel(leaf)) source = "total";
    const year = folded.map(yearOf).find((y) => y !== undefined);
    const period = folded.map(periodOf).find((p) => p !== undefined);
    const percent =
      isPercentLabel(leaf) || measure === "rate" || measure === "achieved" || (measure !== "label" && folded.some((f) => /\(%\)|%$/.test(f)));
    const unit = path.map(unitInText).find((u) => u !== undefined) ?? (percent ? undefined : sheetUnit);
    const token = header.numberRow?.tokens[col];
    columns.push({
      col,
      path,
      measure,
      source,
      year,
      period,
      percent,
      unit: MONEY.has(measure) ? unit : undefined,
      number: token ? /^\(?([A-Z]|\d{1,2})\)?/.exec(token)?.[1] : undefined,
      formula: token && token.includes("=") ? token : undefined,
    });
  }
  return columns;
}
