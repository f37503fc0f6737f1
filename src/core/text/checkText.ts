/** Checking the figures of a report's own text: read the claims, judge them, report the wrong ones. */
import type { Finding, RuleId } from "../types";
import { breakdownClaims } from "./breakdowns";
import type { Claim } from "./claims";
import { changeClaims } from "./differences";
import { judge } from "./judge";
import { assertCheckable } from "./limits";
import { splitPassages, type Passage, type SplitOptions } from "./passages";
import { quantitiesOf, type Quantity } from "./quantities";
import { rateClaims } from "./rates";

export interface TextOptions extends SplitOptions {
  /** What findings name as their sheet: the file name, or "văn bản". */
  source?: string;
}

export const DEFAULT_SOURCE = "văn bản";

/** To be added to RuleId in types.ts: a figure of the text that its appendix states otherwise. */
export const TEXT_SHEET_MISMATCH: RuleId = "text-sheet-mismatch";

/** Every claim of the text whose inputs are all in it. */
export function readClaims(text: string, options: SplitOptions = {}): Claim[] {
  assertCheckable(text);
  const passages = splitPassages(text, options);
  const figures = new Map<Passage, Quantity[]>(passages.map((p) => [p, quantitiesOf(p)]));
  const breakdowns = breakdownClaims(passages, figures);
  const changes = changeClaims(passages, figures);
  const rates = rateClaims(passages, figures, breakdowns.shares, changes.byEnd);
  return [...breakdowns.claims, ...changes.claims, ...rates];
}

export function checkText(text: string, options: TextOptions = {}): Finding[] {
  const sheet = options.source ?? DEFAULT_SOURCE;
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const claim of readClaims(text, options)) {
    const f = judge(claim, sheet);
    if (!f) continue;
    // One figure with one expected value is one finding, however many claims read it (a total with two breakdowns).
    const key = `${f.rule}|${f.line}|${f.stated}|${f.expected}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(f);
  }
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
