/** The readable report `soat check` prints. */
import { formatNumber } from "../core/numbers";
import { unitName } from "../core/findings/messages";
import type { Finding, SheetKind, SheetReport } from "../core/types";

export type Lang = "vi" | "en";

const KIND: Record<SheetKind, { vi: string; en: string }> = {
  disbursement: { vi: "biểu giải ngân / kế hoạch vốn", en: "disbursement appendix" },
  targets: { vi: "biểu chỉ tiêu giảm nghèo", en: "poverty-target appendix" },
  other: { vi: "không phải phụ lục chuẩn", en: "not a standard appendix" },
};

const MARK = { error: "✗", warning: "!", info: "i" } as const;

export function shown(v: Finding["stated"], lang: Lang): string {
  if (v === null) return "—";
  if (typeof v === "number") return formatNumber(v, lang, 6);
  return `"${v}"`;
}

export function sheetLine(s: SheetReport, lang: Lang): string {
  const conf = Math.round(s.confidence * 100);
  const unit = s.unit ? (lang === "vi" ? `, đơn vị: ${unitName(s.unit, lang)}` : `, unit: ${unitName(s.unit, lang)}`) : "";
  const empty = s.empty ? (lang === "vi" ? ", chưa có số liệu (biểu mẫu trống)" : ", no figures yet (an empty form)") : "";
  const kind = KIND[s.kind][lang];
  return lang === "vi"
    ? `  Trang tính "${s.name}": ${kind}${s.kind === "other" ? "" : ` (tin cậy ${conf}%)`}${unit}${empty}`
    : `  Sheet "${s.name}": ${kind}${s.kind === "other" ? "" : ` (confidence ${conf}%)`}${unit}${empty}`;
}

export function findingLine(f: Finding, lang: Lang): string {
  const where = f.cell ? `${f.sheet}!${f.cell}` : `${lang === "vi" ? "dòng" : "line"} ${f.line}`;
  const change = `${shown(f.stated, lang)} → ${shown(f.expected, lang)}`;
  return `  ${MARK[f.severity]} ${where}  [${f.rule}]  ${change}\n      ${f.message[lang]}`;
}

export function summaryLine(findings: Finding[], lang: Lang): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  if (!findings.length) return lang === "vi" ? "  Không phát hiện sai lệch." : "  No problems found.";
  return lang === "vi" ? `  ${errors} lỗi, ${warnings} cảnh báo:` : `  ${errors} errors, ${warnings} warnings:`;
}
