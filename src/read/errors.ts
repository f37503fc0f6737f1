import type { Message } from "../core/types";

/** An input Soát refuses (unreadable, damaged, unsafe), with a message for the user in both languages. */
export class InputError extends Error {
  constructor(readonly text: Message) {
    super(`${text.vi} / ${text.en}`);
    this.name = "InputError";
  }
}

/** The refusals of the reader, each naming the file. */
export const refuse = {
  damaged: (file: string, vi: string, en: string) =>
    new InputError({ vi: `Không đọc được ${file}: tệp bị hỏng (${vi}).`, en: `Cannot read ${file}: the file is damaged (${en}).` }),
  bomb: (file: string) =>
    new InputError({
      vi: `Tệp ${file} khi giải nén lớn bất thường (nghi là "zip bomb"); Soát không mở tệp này.`,
      en: `${file} would unpack to an absurd size (a likely zip bomb); Soát does not open it.`,
    }),
  tooLarge: (file: string, vi: string, en: string) =>
    new InputError({ vi: `Tệp ${file} quá lớn để soát: ${vi}.`, en: `${file} is too large to check: ${en}.` }),
  password: (file: string) =>
    new InputError({
      vi: `Tệp ${file} được đặt mật khẩu. Hãy gỡ mật khẩu (trong Excel: Tệp › Thông tin › Bảo vệ sổ làm việc; trong LibreOffice: Tệp › Thuộc tính › Bảo mật) rồi kiểm tra lại.`,
      en: `${file} is password-protected. Remove the password (in Excel: File › Info › Protect Workbook; in LibreOffice: File › Properties › Security) and check again.`,
    }),
  notWorkbook: (file: string) =>
    new InputError({
      vi: `Tệp ${file} không phải sổ làm việc Excel (.xlsx, .xlsm, .xls) hay bảng tính OpenDocument (.ods), hoặc đã bị hỏng.`,
      en: `${file} is not an Excel workbook (.xlsx, .xlsm, .xls) or an OpenDocument spreadsheet (.ods), or it is damaged.`,
    }),
  empty: (file: string) => new InputError({ vi: `Tệp ${file} rỗng`, en: `${file} is empty` }),
};
