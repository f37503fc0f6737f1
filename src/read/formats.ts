/** Number formats: the built-in codes by id, date detection, and serial numbers as dates. */

/** Excel's built-in number formats (en-US), as exceljs names them. */
export const BUILTIN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** A format showing a date or time: y m d h s b outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  let d = dateFormats.get(format);
  if (d === undefined) {
    d = /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
    if (dateFormats.size < 10_000) dateFormats.set(format, d);
  }
  return d;
}

const dateFormats = new Map<string, boolean>();

/** Excel's last day, 31/12/9999; a larger serial is shown as ##### and is no date. */
const MAX_SERIAL = 2958465.99999;

/** The serial as an ISO date (yyyy-mm-dd), or undefined when it is out of a date's range. */
export function serialToIsoDate(serial: number, date1904: boolean): string | undefined {
  if (!(serial >= 0 && serial <= MAX_SERIAL)) return undefined;
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}
