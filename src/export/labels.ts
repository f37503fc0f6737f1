/** Names of rules and severities, and how a finding's values are shown, for exported workbooks and the web page. */
import type { Finding, Message, RuleId, Severity } from "../core/types";

export type Lang = "vi" | "en";

export const RULE: Record<RuleId, Message> = {
  "percent-mismatch": { vi: "Tỷ lệ sai", en: "Wrong rate" },
  "percent-scale": { vi: "Tỷ lệ sai thang (×100)", en: "Rate off by ×100" },
  "sum-mismatch": { vi: "Tổng sai", en: "Wrong total" },
  "unit-scale": { vi: "Sai đơn vị tính", en: "Wrong unit" },
  "difference-mismatch": { vi: "Hiệu số sai", en: "Wrong difference" },
  "share-sum": { vi: "Tổng tỷ trọng khác 100%", en: "Shares do not add up to 100%" },
  "number-as-text": { vi: "Số ghi dạng chữ", en: "Number stored as text" },
  "averaged-rate": { vi: "Tỷ lệ tổng lấy trung bình", en: "Averaged total rate" },
  "hardcoded-total": { vi: "Tổng gõ tay", en: "Typed-in total" },
  "sum-range-gap": { vi: "Công thức tổng bỏ sót dòng", en: "Sum formula misses rows" },
  "cell-error": { vi: "Ô báo lỗi", en: "Cell error" },
  "text-sheet-mismatch": { vi: "Lời văn khác phụ lục", en: "Text differs from appendix" },
};

export const SEVERITY: Record<Severity, Message> = {
  error: { vi: "Lỗi", en: "Error" },
  warning: { vi: "Cảnh báo", en: "Warning" },
  info: { vi: "Lưu ý", en: "Note" },
};

/** A stated or expected value as the user reads it (the CLI's own): `1.307,25`, `"1.307,25"` for text, `—` for none. */
export { shown as shownValue } from "../cli/report";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; the engine's order otherwise. */
export function bySeverity(a: Finding, b: Finding): number {
  return RANK[a.severity] - RANK[b.severity];
}
