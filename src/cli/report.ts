/** The readable report `soat check` prints. */
import { formatNumber } from "../core/numbers";
import { unitName } from "../core/findings/messages";
import type { Finding, SheetKind, SheetReport, TableReport } from "../core/types";

export type Lang = "vi" | "en";

const KIND: Record<SheetKind, { vi: string; en: string }> = {
  disbursement: { vi: "biểu giải ngân / kế hoạch vốn", en: "disbursement appendix" },
  targets: { vi: "biểu chỉ tiêu giảm nghèo", en: "poverty-target appendix" },
  other: { vi: "bảng số liệu (không phải phụ lục chuẩn)", en: "table of figures (not a standard appendix)" },
};

const MARK = { error: "✗", warning: "!", info: "i" } as const;

export function shown(v: Finding["stated"], lang: Lang): string {
  if (v === null) return "—";
  if (typeof v === "number") return formatNumber(v, lang, 6);
  return `"${v}"`;
}

/** One line per table of the sheet; a sheet with no table Soát could read says so and nothing more. */
export function sheetLines(s: SheetReport, lang: Lang): string[] {
  const sheet = lang === "vi" ? `  Trang tính "${s.name}"` : `  Sheet "${s.name}"`;
  if (!s.tables.length) return [`${sheet}: ${lang === "vi" ? "không có bảng số liệu để kiểm tra" : "no table of figures to check"}`];
  return s.tables.flatMap((t) => [
    `${sheet}, ${lang === "vi" ? "bảng" : "table"} ${t.range}: ${tableDescription(t, lang)}`,
    ...(t.notes ?? []).map((n) => `    ${n[lang]}`),
  ]);
}

function tableDescription(t: TableReport, lang: Lang): string {
  const conf = Math.round(t.confidence * 100);
  const unit = t.unit ? (lang === "vi" ? `, đơn vị: ${unitName(t.unit, lang)}` : `, unit: ${unitName(t.unit, lang)}`) : "";
  const empty = t.empty ? (lang === "vi" ? ", chưa có số liệu (biểu mẫu trống)" : ", no figures yet (an empty form)") : "";
  const confidence = t.kind === "other" ? "" : lang === "vi" ? ` (tin cậy ${conf}%)` : ` (confidence ${conf}%)`;
  return `${KIND[t.kind][lang]}${confidence}${unit}${empty}`;
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
