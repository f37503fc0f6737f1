/**
 * The annotated copy a reviewer sends back: the workbook with, at each finding's cell, a note in
 * Vietnamese (stated → expected, why, the related cells) and a fill by severity, and a first sheet
 * `Kết quả soát` listing every finding with a link to its cell. Everything else is the file's own
 * (values, formulas, formats, styles, merges, widths, panes, other sheets); the input bytes are
 * never written. Pure over bytes and exceljs: the CLI and the web page's worker both use it.
 */
import type ExcelJS from "exceljs";
import type { WorkbookGrid } from "../core/grid";
import type { Finding, Severity } from "../core/types";
import { bySeverity, RULE, SEVERITY, shownValue } from "./labels";
import { gridToWorkbook, loadForExport, workbookBytes } from "./workbook";

export const RESULTS_SHEET = "Kết quả soát";

/** ARGB fills, the task pane's marks: light red for an error, amber for a warning, blue for a note. */
export const FILL: Record<Severity, string> = { error: "FFF8D7DA", warning: "FFFFE69C", info: "FFCFE2FF" };

export interface AnnotateInput {
  bytes: Uint8Array;
  fileName: string;
  /** The grid the check read (the copy is rebuilt from it when exceljs cannot load the file). */
  grid: WorkbookGrid;
  findings: Finding[];
}

/** `bao-cao.xls` → `bao-cao.soat.xlsx`. */
export function annotatedName(fileName: string): string {
  return fileName.replace(/\.[^./\\]*$/, "") + ".soat.xlsx";
}

export async function annotateWorkbook(input: AnnotateInput): Promise<Uint8Array> {
  const { workbook, original } = await loadForExport(input.bytes, input.fileName, input.grid);
  try {
    return await annotated(workbook, input.findings);
  } catch (e) {
    // exceljs can load some workbooks it cannot write back (defined names it does not parse):
    // the copy is then rebuilt from the grid rather than refused.
    if (!original) throw e;
    return annotated(gridToWorkbook(input.grid), input.findings);
  }
}

async function annotated(workbook: ExcelJS.Workbook, findings: Finding[]): Promise<Uint8Array> {
  markCells(
    workbook,
    findings.filter((f) => f.cell && workbook.getWorksheet(f.sheet)),
  );
  addResultsSheet(workbook, findings);
  return workbookBytes(workbook);
}

/** The note's text for the findings at one cell. */
export function noteText(findings: Finding[]): string {
  return findings
    .map((f) => {
      const lines = [
        `Soát — ${SEVERITY[f.severity].vi}: ${RULE[f.rule].vi}`,
        `Số ghi ${shownValue(f.stated, "vi")} → số đúng ${shownValue(f.expected, "vi")}`,
        f.message.vi,
      ];
      if (f.related.length) lines.push(`Ô liên quan: ${f.related.join(", ")}`);
      return lines.join("\n");
    })
    .join("\n\n");
}

function markCells(wb: ExcelJS.Workbook, findings: Finding[]): void {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), f]);
  }
  for (const list of byCell.values()) {
    list.sort(bySeverity);
    const { sheet, cell: at } = list[0];
    const cell = wb.getWorksheet(sheet)!.getCell(at!);
    const old = noteOf(cell);
    const text = noteText(list);
    cell.note = { texts: [{ text: old ? `${text}\n\n${old}` : text }] } as ExcelJS.Comment;
    // A style of its own: exceljs may share one style object between cells.
    cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: FILL[list[0].severity] } } };
  }
}

function noteOf(cell: ExcelJS.Cell): string {
  const n = cell.note as string | ExcelJS.Comment | undefined;
  if (!n) return "";
  if (typeof n === "string") return n;
  return (n.texts ?? []).map((t) => t.text).join("");
}

const HEADERS = ["STT", "Trang tính", "Ô", "Mức độ", "Quy tắc", "Số ghi", "Số đúng", "Nội dung", "Ô liên quan"];
const WIDTHS = [6, 24, 10, 11, 26, 16, 16, 90, 24];

/** `'Bieu 01'!K23`, with the sheet name's quotes doubled. */
export function cellReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

function addResultsSheet(wb: ExcelJS.Workbook, findings: Finding[]): void {
  const previous = wb.getWorksheet(RESULTS_SHEET);
  if (previous) wb.removeWorksheet(previous.id);
  const ws = wb.addWorksheet(RESULTS_SHEET, { views: [{ state: "frozen", ySplit: 2, activeCell: "A3" }] });
  // First in the tab order and the sheet Excel opens on.
  const order = (w: ExcelJS.Worksheet) => w as unknown as { orderNo: number };
  order(ws).orderNo = Math.min(...wb.worksheets.map((w) => order(w).orderNo)) - 1;
  for (const other of wb.worksheets) if (other !== ws) other.views = (other.views ?? []).map((v) => ({ ...v, tabSelected: false }));
  wb.views = [{ ...(wb.views?.[0] ?? { x: 0, y: 0, width: 20000, height: 12000, visibility: "visible" }), activeTab: 0, firstSheet: 0 }];

  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  ws.getCell("A1").value = findings.length
    ? `Soát phát hiện ${errors} lỗi, ${warnings} cảnh báo (${findings.length} mục). Bấm vào ô ở cột "Ô" để đến ô có sai lệch.`
    : "Soát không phát hiện sai lệch.";
  ws.getCell("A1").font = { bold: true };
  ws.getRow(2).values = HEADERS;
  ws.getRow(2).font = { bold: true };
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  [...findings].sort(bySeverity).forEach((f, i) => {
    const row = ws.getRow(i + 3);
    row.values = [
      i + 1,
      f.sheet,
      f.cell ?? (f.line !== undefined ? `dòng ${f.line}` : ""),
      SEVERITY[f.severity].vi,
      RULE[f.rule].vi,
      shownValue(f.stated, "vi"),
      shownValue(f.expected, "vi"),
      f.message.vi,
      f.related.join(", "),
    ];
    if (f.cell && wb.getWorksheet(f.sheet)) {
      // A HYPERLINK formula: exceljs writes an internal hyperlink element as an outside link too.
      const ref = cellReference(f.sheet, f.cell).replace(/"/g, '""');
      row.getCell(3).value = { formula: `HYPERLINK("#${ref}","${f.cell}")`, result: f.cell };
      row.getCell(3).font = { color: { argb: "FF0563C1" }, underline: true };
    }
    row.getCell(4).fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILL[f.severity] } };
    row.getCell(8).alignment = { wrapText: true, vertical: "top" };
  });
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + findings.length, column: HEADERS.length } };
}
