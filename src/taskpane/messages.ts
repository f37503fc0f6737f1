/** Every string the pane shows, in Vietnamese (the default) and English. */
import type { Severity, SheetKind, Unit } from "../core/types";

export type Lang = "vi" | "en";

/** At most ten cells named, then "…". */
function list(cells: string[]): string {
  return cells.length <= 10 ? cells.join(", ") : cells.slice(0, 10).join(", ") + ", …";
}

export interface Messages {
  appTitle: string;
  otherLanguage: string;
  otherLanguageLabel: string;
  tabs: { check: string; text: string; fill: string; label: string };
  scan: string;
  rescan: string;
  scanHint: string;
  reading: string;
  analysing: string;
  busy: string;
  cancelScan: string;
  progress: (done: number, total: number) => string;
  privacy: string;
  toolbarHint: string;
  announce: {
    scanned: (findings: number, errors: number, sheets: number) => string;
    cancelled: string;
    fixed: (cells: string[]) => string;
    undone: (cells: string[]) => string;
    marked: (cells: number) => string;
    unmarked: string;
  };
  changedSinceScan: (cells: string) => string;
  changedSinceWrite: (cells: string) => string;
  capped: (sheet: string, used: string, read: string) => string;
  mergesInferred: string;
  sheetsSummary: (sheets: number, appendices: number) => string;
  related: string;
  showMore: (count: number) => string;
  showMoreSheets: (count: number, left: number) => string;
  /** After a finding's cell: `K13, ghi 62,5%, đúng là 59,12%` (seen and heard alike). */
  statedExpected: (stated: string, expected: string | undefined) => string;
  groupCount: (count: number) => string;
  loadingView: string;
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
  textValue: (text: string) => string;
  fix: string;
  fixCell: (cell: string) => string;
  fixAll: string;
  fixAllOf: (sheet: string) => string;
  fixed: string;
  undo: string;
  mark: string;
  confirmTitle: string;
  confirmBody: (cells: string) => string;
  confirmOverwrite: string;
  cancel: string;
  dismiss: string;
  errorCode: (code: string) => string;
  unexpected: (detail: string) => string;
  text: TextMessages;
  fill: FillMessages;
}

/** The "Đối chiếu văn bản" view. */
export interface TextMessages {
  label: string;
  placeholder: string;
  hint: string;
  run: string;
  shortcut: string;
  reading: string;
  checking: string;
  comparedWith: (sheets: string) => string;
  noSheet: string;
  alone: string;
  noProblems: string;
  line: (line: number) => string;
  severity: Record<Severity, string>;
  findingsHint: string;
}

/** The "Điền biểu mẫu" view. */
export interface FillMessages {
  read: string;
  reread: string;
  readHint: string;
  reading: string;
  busy: string;
  formLabel: string;
  emptyForm: (name: string) => string;
  noForm: string;
  sourcesLabel: string;
  sourcesHint: string;
  noSources: string;
  mappingHeading: string;
  sourceUse: (source: string, cells: number) => string;
  sourceUnused: (source: string) => string;
  willFill: (cells: number, form: string) => string;
  filled: (cells: number, form: string) => string;
  formulasKept: (count: number) => string;
  byKind: (fromSources: number, derived: number) => string;
  sourceErrors: (sheet: string, errors: number) => string;
  skipped: (count: number) => string;
  unplaced: (count: number) => string;
  notes: (count: number) => string;
  cellsCount: (count: number) => string;
  fill: string;
  confirmTitle: string;
  confirmBody: (count: number, cells: string) => string;
  overwrite: string;
  emptyOnly: string;
  insertHeading: string;
  insertHint: string;
  templateLabel: string;
  insert: string;
  inserted: (sheet: string) => string;
  undoFill: string;
  undoInsert: string;
  changedSinceRead: (cells: string) => string;
  deleteTitle: string;
  deleteBody: (sheet: string) => string;
  deleteSheet: string;
}

const vi: Messages = {
  appTitle: "Soát phụ lục",
  otherLanguage: "English",
  otherLanguageLabel: "Switch to English",
  tabs: { check: "Soát", text: "Đối chiếu văn bản", fill: "Điền biểu mẫu", label: "Chức năng" },
  scan: "Soát",
  rescan: "Soát lại",
  scanHint: "Kiểm tra tổng, tỷ lệ và đơn vị tính của mọi trang tính trong sổ làm việc.",
  reading: "Đang đọc bảng tính…",
  analysing: "Đang kiểm tra số liệu…",
  busy: "Đang ghi vào Excel…",
  cancelScan: "Hủy",
  progress: (done, total) => `Đã kiểm tra ${done}/${total} trang tính`,
  privacy:
    "Soát chỉ đọc sổ làm việc, ngay trên máy này, và không gửi dữ liệu đi đâu. Sổ chỉ thay đổi khi bạn bấm Sửa, Đánh dấu hoặc Điền biểu — và luôn Hoàn tác được.",
  toolbarHint: "Sửa ghi giá trị đề xuất vào ô (hỏi trước nếu ô có công thức); Hoàn tác trả lại như cũ; Đánh dấu tô màu ô sai (đỏ) và đáng ngờ (vàng), bấm lần nữa để trả lại màu cũ.",
  announce: {
    scanned: (findings, errors, sheets) =>
      findings === 0 ? `Soát xong ${sheets} trang tính: không phát hiện sai lệch.` : `Soát xong ${sheets} trang tính: ${findings} phát hiện, ${errors} lỗi.`,
    cancelled: "Đã hủy lần soát.",
    fixed: (cells) => (cells.length === 0 ? "Không ô nào được sửa." : `Đã sửa ${cells.length} ô: ${list(cells)}.`),
    undone: (cells) => (cells.length === 0 ? "Không ô nào được hoàn tác." : `Đã hoàn tác ${cells.length} ô: ${list(cells)}.`),
    marked: (cells) => `Đã tô màu ${cells} ô.`,
    unmarked: "Đã trả lại màu cũ của các ô.",
  },
  changedSinceScan: (cells) => `Không ghi vào ${cells}: ô đã được sửa sau khi Soát đọc sổ. Hãy Soát lại.`,
  changedSinceWrite: (cells) => `Không hoàn tác ${cells}: ô đã được sửa sau khi Soát ghi vào. Giá trị bạn nhập được giữ nguyên.`,
  capped: (sheet, used, read) => `Trang “${sheet}”: vùng dữ liệu kéo dài đến ${used} (có thể do một ô lạc xa bảng); Soát chỉ đọc ${read}.`,
  mergesInferred: "Phiên bản Excel này không cho biết các ô gộp: Soát suy ra tiêu đề gộp từ các ô trống.",
  sheetsSummary: (sheets, appendices) => `${sheets} trang tính, ${appendices} phụ lục được nhận ra`,
  related: "Liên quan:",
  showMore: (count) => `Hiện thêm ${count} phát hiện`,
  showMoreSheets: (count, left) => `Hiện thêm ${count} trang tính (còn ${left} trang có phát hiện)`,
  statedExpected: (stated, expected) => (expected === undefined ? `, ghi ${stated}` : `, ghi ${stated}, đúng là ${expected}`),
  groupCount: (count) => `${count} phát hiện`,
  loadingView: "Đang mở…",
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
  textValue: (text) => `“${text}” (văn bản)`,
  fix: "Sửa",
  fixCell: (cell) => `Sửa ô ${cell}`,
  fixAll: "Sửa tất cả",
  fixAllOf: (sheet) => `Sửa tất cả trong ${sheet}`,
  fixed: "Đã sửa",
  undo: "Hoàn tác",
  mark: "Đánh dấu",
  confirmTitle: "Ghi đè công thức?",
  confirmBody: (cells) =>
    `Ô ${cells} đang chứa công thức. Sửa sẽ thay công thức bằng một giá trị cố định. Có thể Hoàn tác sau đó.`,
  confirmOverwrite: "Ghi đè",
  cancel: "Hủy",
  dismiss: "Đóng",
  errorCode: (code) => `Mã lỗi: ${code}`,
  unexpected: (detail) => `Soát gặp lỗi ngoài dự kiến: ${detail}`,
  text: {
    label: "Lời văn báo cáo",
    placeholder: "Dán lời văn của báo cáo vào đây…",
    hint: "Kiểm tra tỷ lệ, tổng và mức giảm nêu trong lời văn, rồi đối chiếu kế hoạch vốn, giải ngân và tỷ lệ giải ngân của từng dự án, tiểu dự án với các biểu giải ngân trong sổ này.",
    run: "Đối chiếu",
    shortcut: "Ctrl+Enter để đối chiếu",
    reading: "Đang đọc bảng tính…",
    checking: "Đang đối chiếu…",
    comparedWith: (sheets) => `Đã đối chiếu với: ${sheets}`,
    noSheet: "Sổ này không có biểu giải ngân nào được nhận ra: chỉ kiểm tra phép tính trong lời văn.",
    alone: "Không đọc được sổ làm việc: chỉ kiểm tra phép tính trong lời văn.",
    noProblems: "Không phát hiện sai lệch",
    line: (line) => `Dòng ${line}`,
    severity: { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" },
    findingsHint: "Bấm vào một sai lệch với biểu để chọn ô đó trong Excel.",
  },
  fill: {
    read: "Tìm biểu mẫu",
    reread: "Đọc lại sổ",
    readHint: "Đọc sổ làm việc để tìm biểu mẫu còn trống và các phụ lục có số liệu để điền vào đó.",
    reading: "Đang đọc bảng tính…",
    busy: "Đang làm việc với Excel…",
    formLabel: "Biểu mẫu cần điền",
    emptyForm: (name) => `${name} (trống)`,
    noForm: "Sổ này chưa có biểu mẫu nào (bảng có dòng tiêu đề cột). Có thể chèn biểu mẫu chuẩn ở dưới.",
    sourcesLabel: "Lấy số liệu từ",
    sourcesHint: "Chọn nhiều trang (mỗi huyện một trang) để cộng gộp.",
    noSources: "Không có phụ lục nào có số liệu để lấy.",
    mappingHeading: "Đối chiếu dòng, cột",
    sourceUse: (source, cells) => `${source} → ${cells} ô`,
    sourceUnused: (source) => `${source}: không khớp dòng, cột nào của biểu`,
    willFill: (cells, form) => `Sẽ điền ${cells} ô vào “${form}”.`,
    filled: (cells, form) => `Đã điền ${cells} ô vào “${form}”.`,
    formulasKept: (count) => `${count} công thức của biểu được giữ nguyên.`,
    byKind: (fromSources, derived) => `${fromSources} ô lấy từ nguồn, ${derived} ô tổng/tỷ lệ tính cho khớp.`,
    sourceErrors: (sheet, errors) => `Điền từ trang “${sheet}” có ${errors} lỗi — xem thẻ Soát.`,
    skipped: (count) => `${count} ô để trống`,
    unplaced: (count) => `${count} số liệu của nguồn không có chỗ trong biểu`,
    notes: (count) => `${count} ghi chú`,
    cellsCount: (count) => `${count} ô`,
    fill: "Điền biểu",
    confirmTitle: "Ghi đè ô đã có số liệu?",
    confirmBody: (count, cells) =>
      `${count} ô của biểu đã có số liệu (${cells}). Ghi đè bằng số liệu của nguồn, hay chỉ điền các ô còn trống? Có thể Hoàn tác sau đó.`,
    overwrite: "Ghi đè",
    emptyOnly: "Chỉ điền ô trống",
    insertHeading: "Chèn biểu mẫu chuẩn",
    insertHint: "Thêm một trang tính mới chứa biểu mẫu chuẩn, sẵn để điền.",
    templateLabel: "Biểu mẫu chuẩn",
    insert: "Chèn",
    inserted: (sheet) => `Đã chèn trang “${sheet}”.`,
    undoFill: "Hoàn tác lần điền vừa rồi",
    undoInsert: "Hoàn tác: xóa trang vừa chèn",
    changedSinceRead: (cells) => `Không ghi vào ${cells}: ô đã được sửa sau khi Soát đọc sổ. Bấm Điền biểu lần nữa để điền lại.`,
    deleteTitle: "Xóa trang đã có nội dung bạn nhập?",
    deleteBody: (sheet) => `Trang “${sheet}” đã được sửa sau khi chèn. Xóa trang sẽ mất cả những gì bạn đã nhập vào đó.`,
    deleteSheet: "Xóa trang",
  },
};

const en: Messages = {
  appTitle: "Soát: appendix checker",
  otherLanguage: "Tiếng Việt",
  otherLanguageLabel: "Chuyển sang tiếng Việt",
  tabs: { check: "Check", text: "Check text", fill: "Fill a form", label: "Features" },
  scan: "Check",
  rescan: "Check again",
  scanHint: "Checks the totals, rates and units of every sheet in the workbook.",
  reading: "Reading the workbook…",
  analysing: "Checking the figures…",
  busy: "Writing to Excel…",
  cancelScan: "Cancel",
  progress: (done, total) => `Checked ${done} of ${total} sheets`,
  privacy:
    "Soát only reads the workbook, on this computer, and sends nothing anywhere. The workbook changes only when you press Fix, Mark cells or Fill the form — and it can always be undone.",
  toolbarHint: "Fix writes the proposed value (asking first if the cell holds a formula); Undo puts back what was there; Mark cells colours wrong cells red and doubtful ones amber, press again to restore their colours.",
  announce: {
    scanned: (findings, errors, sheets) =>
      findings === 0
        ? `Checked ${sheets} sheet${sheets === 1 ? "" : "s"}: no discrepancies found.`
        : `Checked ${sheets} sheet${sheets === 1 ? "" : "s"}: ${findings} finding${findings === 1 ? "" : "s"}, ${errors} error${errors === 1 ? "" : "s"}.`,
    cancelled: "Check cancelled.",
    fixed: (cells) => (cells.length === 0 ? "No cell was fixed." : `Fixed ${cells.length} cell${cells.length === 1 ? "" : "s"}: ${list(cells)}.`),
    undone: (cells) => (cells.length === 0 ? "No cell was undone." : `Undid ${cells.length} cell${cells.length === 1 ? "" : "s"}: ${list(cells)}.`),
    marked: (cells) => `Coloured ${cells} cell${cells === 1 ? "" : "s"}.`,
    unmarked: "The cells' own colours are back.",
  },
  changedSinceScan: (cells) => `Not written to ${cells}: the cell was edited after Soát read the workbook. Check again.`,
  changedSinceWrite: (cells) => `Not undone in ${cells}: the cell was edited after Soát wrote to it. What you typed is kept.`,
  capped: (sheet, used, read) => `Sheet “${sheet}”: its used range reaches ${used} (perhaps one stray cell far from the table); Soát read ${read} only.`,
  mergesInferred: "This Excel does not report merged cells: Soát inferred the merged headings from blank cells.",
  sheetsSummary: (sheets, appendices) => `${sheets} sheet${sheets === 1 ? "" : "s"}, ${appendices} appendi${appendices === 1 ? "x" : "ces"} recognised`,
  related: "Related:",
  showMore: (count) => `Show ${count} more finding${count === 1 ? "" : "s"}`,
  showMoreSheets: (count, left) => `Show ${count} more sheet${count === 1 ? "" : "s"} (${left} with findings left)`,
  statedExpected: (stated, expected) => (expected === undefined ? `, stated ${stated}` : `, stated ${stated}, expected ${expected}`),
  groupCount: (count) => `${count} finding${count === 1 ? "" : "s"}`,
  loadingView: "Opening…",
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
  textValue: (text) => `“${text}” (text)`,
  fix: "Fix",
  fixCell: (cell) => `Fix cell ${cell}`,
  fixAll: "Fix all",
  fixAllOf: (sheet) => `Fix all in ${sheet}`,
  fixed: "Fixed",
  undo: "Undo",
  mark: "Mark cells",
  confirmTitle: "Overwrite formulas?",
  confirmBody: (cells) =>
    `Cell ${cells} holds a formula. Fixing replaces the formula with a fixed value. You can Undo afterwards.`,
  confirmOverwrite: "Overwrite",
  cancel: "Cancel",
  dismiss: "Dismiss",
  errorCode: (code) => `Error code: ${code}`,
  unexpected: (detail) => `Soát hit an unexpected error: ${detail}`,
  text: {
    label: "Report text",
    placeholder: "Paste the report's text here…",
    hint: "Checks the rates, totals and decreases stated in the text, then compares the plan, disbursed and rate figures of each project and sub-project with the disbursement sheets of this workbook.",
    run: "Compare",
    shortcut: "Ctrl+Enter to compare",
    reading: "Reading the workbook…",
    checking: "Comparing…",
    comparedWith: (sheets) => `Compared with: ${sheets}`,
    noSheet: "No disbursement sheet recognised in this workbook: only the text's own arithmetic was checked.",
    alone: "The workbook could not be read: only the text's own arithmetic was checked.",
    noProblems: "No problems found",
    line: (line) => `Line ${line}`,
    severity: { error: "Error", warning: "Warning", info: "Note" },
    findingsHint: "Click a mismatch with a sheet to select its cell in Excel.",
  },
  fill: {
    read: "Find forms",
    reread: "Read again",
    readHint: "Reads the workbook for empty forms and for the appendices whose figures can fill them.",
    reading: "Reading the workbook…",
    busy: "Working with Excel…",
    formLabel: "Form to fill",
    emptyForm: (name) => `${name} (empty)`,
    noForm: "This workbook has no form yet (a table with a column header). You can insert a standard form below.",
    sourcesLabel: "Take figures from",
    sourcesHint: "Pick several sheets (one per district) to add them up.",
    noSources: "No appendix with figures to take from.",
    mappingHeading: "Rows and columns matched",
    sourceUse: (source, cells) => `${source} → ${cells} cell${cells === 1 ? "" : "s"}`,
    sourceUnused: (source) => `${source}: matches no row or column of the form`,
    willFill: (cells, form) => `${cells} cell${cells === 1 ? "" : "s"} of “${form}” will be filled.`,
    filled: (cells, form) => `Filled ${cells} cell${cells === 1 ? "" : "s"} of “${form}”.`,
    formulasKept: (count) => `${count} formula${count === 1 ? "" : "s"} of the form kept as they are.`,
    byKind: (fromSources, derived) => `${fromSources} from the sources, ${derived} totals and rates computed to agree.`,
    sourceErrors: (sheet, errors) => `Filled from sheet “${sheet}”, which has ${errors} error${errors === 1 ? "" : "s"} — see the Check tab.`,
    skipped: (count) => `${count} cell${count === 1 ? "" : "s"} left empty`,
    unplaced: (count) => `${count} source figure${count === 1 ? "" : "s"} with no place in the form`,
    notes: (count) => `${count} note${count === 1 ? "" : "s"}`,
    cellsCount: (count) => `${count} cell${count === 1 ? "" : "s"}`,
    fill: "Fill the form",
    confirmTitle: "Overwrite cells that hold figures?",
    confirmBody: (count, cells) =>
      `${count} cell${count === 1 ? "" : "s"} of the form already hold figures (${cells}). Overwrite them with the sources' figures, or fill the empty cells only? You can Undo afterwards.`,
    overwrite: "Overwrite",
    emptyOnly: "Empty cells only",
    insertHeading: "Insert a standard form",
    insertHint: "Adds a new sheet holding a standard form, ready to fill.",
    templateLabel: "Standard form",
    insert: "Insert",
    inserted: (sheet) => `Inserted sheet “${sheet}”.`,
    undoFill: "Undo the last fill",
    undoInsert: "Undo: delete the inserted sheet",
    changedSinceRead: (cells) => `Not written to ${cells}: the cell was edited after Soát read the workbook. Press Fill the form again to fill it.`,
    deleteTitle: "Delete a sheet you typed into?",
    deleteBody: (sheet) => `Sheet “${sheet}” was edited after it was inserted. Deleting it loses what you typed there too.`,
    deleteSheet: "Delete the sheet",
  },
};

export const MESSAGES: Record<Lang, Messages> = { vi, en };
