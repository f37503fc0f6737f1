/** Every string the pane shows, in Vietnamese (the default) and English. */
import type { Severity, SheetKind, Unit } from "../core/types";

export type Lang = "vi" | "en";

export interface Messages {
  appTitle: string;
  otherLanguage: string;
  otherLanguageLabel: string;
  tabs: { check: string; label: string };
  scan: string;
  rescan: string;
  scanHint: string;
  reading: string;
  analysing: string;
  busy: string;
  sheetsHeading: string;
  kind: Record<SheetKind, string>;
  unit: Record<Unit, string>;
  unitOf: (unit: string) => string;
  noAppendix: string;
  noProblems: string;
  findingsHeading: (count: number) => string;
  findingsHint: string;
  severity: Record<Severity, string>;
  cell: string;
  selectCell: (cell: string) => string;
  statedExpected: (stated: string, expected: string) => string;
  textValue: (text: string) => string;
  fix: string;
  fixCell: (cell: string) => string;
  fixAll: string;
  fixAllOf: (sheet: string) => string;
  fixed: string;
  undo: string;
  mark: string;
  markHint: string;
  confirmTitle: string;
  confirmBody: (cells: string) => string;
  confirmOverwrite: string;
  cancel: string;
  dismiss: string;
  errorCode: (code: string) => string;
  unexpected: (detail: string) => string;
}

const vi: Messages = {
  appTitle: "Soát phụ lục",
  otherLanguage: "English",
  otherLanguageLabel: "Switch to English",
  tabs: { check: "Soát", label: "Chức năng" },
  scan: "Soát",
  rescan: "Soát lại",
  scanHint: "Kiểm tra tổng, tỷ lệ và đơn vị tính của mọi trang tính trong sổ làm việc.",
  reading: "Đang đọc bảng tính…",
  analysing: "Đang kiểm tra số liệu…",
  busy: "Đang ghi vào Excel…",
  sheetsHeading: "Trang tính",
  kind: { disbursement: "Biểu giải ngân", targets: "Biểu chỉ tiêu", other: "Khác" },
  unit: { dong: "đồng", "nghin-dong": "nghìn đồng", "trieu-dong": "triệu đồng", "ty-dong": "tỷ đồng" },
  unitOf: (unit) => `ĐVT: ${unit}`,
  noAppendix: "Không nhận ra phụ lục nào trong sổ này (biểu giải ngân hoặc biểu chỉ tiêu có dòng tiêu đề cột).",
  noProblems: "Không phát hiện sai lệch",
  findingsHeading: (count) => `${count} phát hiện`,
  findingsHint: "Bấm vào một phát hiện để chọn ô đó trong Excel.",
  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" },
  cell: "Ô",
  selectCell: (cell) => `Chọn ô ${cell} trong Excel`,
  statedExpected: (stated, expected) => `ghi ${stated}, đúng là ${expected}`,
  textValue: (text) => `“${text}” (văn bản)`,
  fix: "Sửa",
  fixCell: (cell) => `Sửa ô ${cell}`,
  fixAll: "Sửa tất cả",
  fixAllOf: (sheet) => `Sửa tất cả trong ${sheet}`,
  fixed: "Đã sửa",
  undo: "Hoàn tác",
  mark: "Đánh dấu",
  markHint: "Tô màu các ô sai (đỏ) và đáng ngờ (vàng); bấm lần nữa để trả lại màu cũ.",
  confirmTitle: "Ghi đè công thức?",
  confirmBody: (cells) =>
    `Ô ${cells} đang chứa công thức. Sửa sẽ thay công thức bằng một giá trị cố định. Có thể Hoàn tác sau đó.`,
  confirmOverwrite: "Ghi đè",
  cancel: "Hủy",
  dismiss: "Đóng",
  errorCode: (code) => `Mã lỗi: ${code}`,
  unexpected: (detail) => `Soát gặp lỗi ngoài dự kiến: ${detail}`,
};

const en: Messages = {
  appTitle: "Soát: appendix checker",
  otherLanguage: "Tiếng Việt",
  otherLanguageLabel: "Chuyển sang tiếng Việt",
  tabs: { check: "Check", label: "Features" },
  scan: "Check",
  rescan: "Check again",
  scanHint: "Checks the totals, rates and units of every sheet in the workbook.",
  reading: "Reading the workbook…",
  analysing: "Checking the figures…",
  busy: "Writing to Excel…",
  sheetsHeading: "Sheets",
  kind: { disbursement: "Disbursement appendix", targets: "Targets appendix", other: "Other" },
  unit: { dong: "VND", "nghin-dong": "thousand VND", "trieu-dong": "million VND", "ty-dong": "billion VND" },
  unitOf: (unit) => `Unit: ${unit}`,
  noAppendix: "No appendix recognised in this workbook (a disbursement or targets table with a column header).",
  noProblems: "No discrepancies found",
  findingsHeading: (count) => `${count} finding${count === 1 ? "" : "s"}`,
  findingsHint: "Click a finding to select its cell in Excel.",
  severity: { error: "Errors", warning: "Warnings", info: "Notes" },
  cell: "Cell",
  selectCell: (cell) => `Select cell ${cell} in Excel`,
  statedExpected: (stated, expected) => `stated ${stated}, expected ${expected}`,
  textValue: (text) => `“${text}” (text)`,
  fix: "Fix",
  fixCell: (cell) => `Fix cell ${cell}`,
  fixAll: "Fix all",
  fixAllOf: (sheet) => `Fix all in ${sheet}`,
  fixed: "Fixed",
  undo: "Undo",
  mark: "Mark cells",
  markHint: "Colours wrong cells red and doubtful ones amber; press again to put the old colours back.",
  confirmTitle: "Overwrite formulas?",
  confirmBody: (cells) =>
    `Cell ${cells} holds a formula. Fixing replaces the formula with a fixed value. You can Undo afterwards.`,
  confirmOverwrite: "Overwrite",
  cancel: "Cancel",
  dismiss: "Dismiss",
  errorCode: (code) => `Error code: ${code}`,
  unexpected: (detail) => `Soát hit an unexpected error: ${detail}`,
};

export const MESSAGES: Record<Lang, Messages> = { vi, en };
