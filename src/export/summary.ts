/**
 * The summary of a batch (`soat check … --summary TONG-HOP.xlsx`, and the web page's download): a
 * sheet with one row per file (the unit named in its title block, the tables recognised, errors,
 * warnings, the main finding) and a sheet of every finding, both with Vietnamese headers, an
 * autofilter and a frozen header. Pure over exceljs: the CLI and the web page's worker both use it.
 */
import ExcelJS from "exceljs";
import type { SheetGrid, WorkbookGrid } from "../core/grid";
import type { Finding, Message, SheetReport } from "../core/types";
import { bySeverity, RULE, SEVERITY } from "./labels";
import { workbookBytes } from "./workbook";

export interface FileOutcome {
  file: string;
  /** Absent when the file could not be read; `error` says why. */
  grid?: WorkbookGrid;
  /** A report's text (the web page checks reports too), for the unit named in its first lines. */
  text?: string;
  sheets: SheetReport[];
  findings: Finding[];
  error?: Message;
}

const KIND: Record<SheetReport["kind"], string> = { disbursement: "biểu giải ngân", targets: "biểu chỉ tiêu", other: "khác" };

/** The rows of a title block looked at for the unit's name. */
const TITLE_ROWS = 8;
/** `UBND XÃ …`, `Ủy ban nhân dân huyện …` anywhere in a title (`… của UBND huyện Mẫu)`). */
const COUNCIL = /(?:UBND|[UỦ]Y BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+[^,;()\n]+/iu;
/** A title cell that is just the unit: `Xã Tân Lập`, `Huyện Mẫu`. */
const UNIT_CELL = /^(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+\S.{0,50}$/iu;

/**
 * The unit's name read from the title block of the first sheet that names one, or "": the rows
 * above the recognised table's header (a table's first rows may list communes), at most 8.
 */
export function unitNameOf(grid: WorkbookGrid, reports: SheetReport[] = []): string {
  for (const sheet of grid.sheets) {
    const header = reports.find((r) => r.name === sheet.name)?.table?.headerTop;
    const name = unitInSheet(sheet, Math.min(TITLE_ROWS, header ?? TITLE_ROWS));
    if (name) return name;
  }
  return "";
}

/** The unit named in a report's first lines (`ỦY BAN NHÂN DÂN HUYỆN MẪU SƠN`), or "". */
export function unitNameOfText(text: string): string {
  return unitIn(text.split(/\r\n|\r|\n/).filter((l) => l.trim()).slice(0, TITLE_ROWS));
}

function unitInSheet(sheet: SheetGrid, rows: number): string {
  const texts: string[] = [];
  for (let r = 0; r < Math.min(rows, sheet.rowCount); r++) for (const c of sheet.cells[r] ?? []) if (c && typeof c.value === "string") texts.push(c.value);
  return unitIn(texts);
}

function unitIn(raw: string[]): string {
  const texts = raw.map((t) => t.normalize("NFC").replace(/\s+/g, " ").trim());
  for (const t of texts) {
    const m = COUNCIL.exec(t);
    if (m) return m[0].trim();
  }
  return texts.find((t) => UNIT_CELL.test(t)) ?? "";
}

const FILE_HEADERS = ["STT", "Tệp", "Đơn vị", "Biểu nhận diện", "Số lỗi", "Số cảnh báo", "Sai lệch chính", "Ghi chú"];
const FILE_WIDTHS = [6, 36, 28, 40, 9, 12, 80, 50];
const FINDING_HEADERS = ["Tệp", "Trang tính", "Ô / dòng", "Quy tắc", "Mức độ", "Số ghi", "Số đúng", "Nội dung", "Mã quy tắc"];
const FINDING_WIDTHS = [36, 24, 10, 26, 11, 16, 16, 90, 20];

export const SUMMARY_SHEETS = { files: "Tổng hợp", findings: "Các sai lệch" } as const;

export async function summaryWorkbook(outcomes: FileOutcome[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const files = table(wb, SUMMARY_SHEETS.files, FILE_HEADERS, FILE_WIDTHS);
  outcomes.forEach((o, i) => {
    const count = (s: Finding["severity"]) => o.findings.filter((f) => f.severity === s).length;
    const main = [...o.findings].sort(bySeverity)[0];
    files.addRow([
      i + 1,
      o.file,
      o.grid ? unitNameOf(o.grid, o.sheets) : o.text ? unitNameOfText(o.text) : "",
      o.sheets
        .filter((s) => s.kind !== "other")
        .map((s) => `${s.name} (${KIND[s.kind]})`)
        .join("; "),
      o.error ? null : count("error"),
      o.error ? null : count("warning"),
      main ? `${where(main)}: ${main.message.vi}` : "",
      o.error ? o.error.vi : o.sheets.length && !o.sheets.some((s) => s.kind !== "other") ? "Không nhận ra biểu phụ lục nào" : "",
    ]);
  });
  finish(files, outcomes.length);

  const all = table(wb, SUMMARY_SHEETS.findings, FINDING_HEADERS, FINDING_WIDTHS);
  let n = 0;
  for (const o of outcomes)
    for (const f of o.findings) {
      all.addRow([o.file, f.sheet, where(f), RULE[f.rule].vi, SEVERITY[f.severity].vi, f.stated ?? null, f.expected ?? null, f.message.vi, f.rule]);
      n++;
    }
  finish(all, n);
  return workbookBytes(wb);
}

function where(f: Finding): string {
  return f.cell ?? (f.line !== undefined ? `dòng ${f.line}` : "");
}

function table(wb: ExcelJS.Workbook, name: string, headers: string[], widths: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1, activeCell: "A2" }] });
  ws.addRow(headers).font = { bold: true };
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return ws;
}

function finish(ws: ExcelJS.Worksheet, rows: number): void {
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + rows, column: ws.getRow(1).cellCount } };
}
