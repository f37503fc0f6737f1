import type { Message } from "../core/types";

/** A failed Excel batch, with what to tell the user in both languages. */
export class ExcelFailure extends Error {
  constructor(
    readonly code: string,
    readonly userMessage: Message,
    readonly detail?: string,
  ) {
    super(`${code}: ${detail ?? userMessage.en}`);
    this.name = "ExcelFailure";
  }
}

/** Error codes of Excel.ErrorCodes / OfficeExtension.ErrorCodes we can say something useful about. */
const MESSAGES: Record<string, Message> = {
  NotInExcel: {
    vi: "Soát cần chạy trong Excel: mở ngăn này từ nút Soát phụ lục trên thẻ Trang đầu.",
    en: "Soát must run inside Excel: open this pane from the Check appendix button on the Home tab.",
  },
  InvalidOperationInCellEditMode: {
    vi: "Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để thoát rồi thử lại.",
    en: "Excel is editing a cell. Press Enter or Esc to leave edit mode, then try again.",
  },
  InvalidArgument: {
    vi: "Excel từ chối yêu cầu: địa chỉ ô hoặc giá trị không hợp lệ.",
    en: "Excel rejected the request: a cell address or value is not valid.",
  },
  InvalidReference: {
    vi: "Tham chiếu không còn hợp lệ (trang tính hoặc ô đã bị đổi). Hãy soát lại.",
    en: "A reference is no longer valid (a sheet or cell has changed). Run the check again.",
  },
  ItemNotFound: {
    vi: "Không tìm thấy trang tính hoặc ô: có thể nó đã bị đổi tên hoặc xóa. Hãy soát lại.",
    en: "The sheet or cell was not found: it may have been renamed or deleted. Run the check again.",
  },
  AccessDenied: {
    vi: "Excel không cho phép thay đổi: trang tính có thể đang được bảo vệ hoặc sổ chỉ được đọc.",
    en: "Excel denied the change: the sheet may be protected or the workbook read-only.",
  },
  InvalidOperation: {
    vi: "Excel không thực hiện được thao tác này lúc này (trang tính có thể đang được bảo vệ).",
    en: "Excel cannot do this right now (the sheet may be protected).",
  },
  UnsupportedOperation: {
    vi: "Phiên bản Excel này không hỗ trợ thao tác này.",
    en: "This version of Excel does not support the operation.",
  },
  ApiNotFound: {
    vi: "Phiên bản Excel này quá cũ cho Soát (cần Excel 2021, Microsoft 365 hoặc Excel trên web).",
    en: "This Excel is too old for Soát (Excel 2021, Microsoft 365 or Excel on the web is needed).",
  },
  RequestPayloadSizeLimitExceeded: {
    vi: "Sổ làm việc quá lớn để đọc một lần. Hãy xóa các trang tính không cần soát hoặc chia nhỏ sổ.",
    en: "The workbook is too large to read at once. Remove sheets that need no check, or split the workbook.",
  },
  ResponsePayloadSizeLimitExceeded: {
    vi: "Sổ làm việc quá lớn để đọc một lần. Hãy xóa các trang tính không cần soát hoặc chia nhỏ sổ.",
    en: "The workbook is too large to read at once. Remove sheets that need no check, or split the workbook.",
  },
  ActivityLimitReached: {
    vi: "Excel đang bận vì quá nhiều yêu cầu. Chờ một lát rồi thử lại.",
    en: "Excel is busy with too many requests. Wait a moment and try again.",
  },
  RequestAborted: {
    vi: "Yêu cầu bị hủy giữa chừng. Hãy thử lại.",
    en: "The request was aborted. Try again.",
  },
  ServiceNotAvailable: {
    vi: "Dịch vụ Excel tạm thời không phản hồi. Hãy thử lại sau.",
    en: "The Excel service is not responding. Try again later.",
  },
  Conflict: {
    vi: "Sổ làm việc vừa bị thay đổi (có thể bởi người khác). Hãy soát lại.",
    en: "The workbook has just changed (perhaps by someone else). Run the check again.",
  },
  GeneralException: {
    vi: "Excel gặp lỗi nội bộ khi xử lý yêu cầu. Hãy thử lại.",
    en: "Excel hit an internal error while handling the request. Try again.",
  },
};

const UNKNOWN: Message = {
  vi: "Có lỗi khi làm việc với Excel.",
  en: "Something went wrong while talking to Excel.",
};

export function messageForCode(code: string): Message {
  return MESSAGES[code] ?? UNKNOWN;
}

/** Turns whatever Excel.run threw (an OfficeExtension.Error carries `code`) into an ExcelFailure. */
export function toExcelFailure(error: unknown): ExcelFailure {
  if (error instanceof ExcelFailure) return error;
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = e && typeof e.code === "string" ? e.code : "Unknown";
  const detail = e && typeof e.message === "string" ? e.message : String(error);
  return new ExcelFailure(code, messageForCode(code), detail);
}
