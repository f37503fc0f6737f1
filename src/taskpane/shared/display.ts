/** How a finding's figures are written in the pane: vi-VN or en numbers, percentages where the column holds rates. */
import { parseAddress } from "../../core/grid";
import { formatNumber, formatPercent, ownDecimals } from "../../core/numbers";
import type { Finding, RuleId, SheetReport } from "../../core/types";
import type { Lang, Messages } from "../messages";

const PERCENT_RULES = new Set<RuleId>(["percent-mismatch", "percent-scale", "averaged-rate", "share-sum"]);

/** The recognised column says whether the cell holds a rate; without one, the rule does. */
export function isPercentFinding(finding: Finding, report: SheetReport | undefined): boolean {
  const at = finding.cell ? parseAddress(finding.cell) : undefined;
  const column = at && report?.table?.columns.find((c) => c.col === at.col);
  return column ? column.percent : PERCENT_RULES.has(finding.rule);
}

/** A text finding's figures are percentages for the rate rules, or when its claim ends on a percentage (`giảm 2,5%`). */
export function isPercentClaim(finding: Finding): boolean {
  return PERCENT_RULES.has(finding.rule) || /%[\s.,;:)…]*$/.test(finding.span ?? "");
}

/** Enough decimals to show the slip: 0,0096% must not round to 0,01%. */
export function displayNumber(x: number, percent: boolean, lang: Lang): string {
  const decimals = Math.min(6, Math.max(percent ? 2 : 3, ownDecimals(x)));
  return percent ? formatPercent(x, lang, decimals) : formatNumber(x, lang, decimals);
}

export function displayValue(value: number | string | null, percent: boolean, lang: Lang, m: Messages): string {
  if (value === null) return "—";
  return typeof value === "string" ? m.textValue(value) : displayNumber(value, percent, lang);
}
