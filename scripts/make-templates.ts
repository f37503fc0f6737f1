/**
 * Generates the standard forms shipped with Soát, in the style of official appendices (title,
 * `Đơn vị tính`, merged multi-row header, column-number row with its formulas, signature block):
 *
 *   assets/templates/bieu-giai-ngan.xlsx  disbursement by project/sub-project × plan/disbursed × source + rate
 *   assets/templates/bieu-chi-tieu.xlsx   poverty targets by administrative unit
 *   assets/templates/bieu-giai-ngan-xa-2026.xlsx  2026: a province's communes × plan/disbursed/rate × NSTW ĐTPT, kinh phí thường xuyên, NSĐP
 *
 *   npx tsc -p tsconfig.cli.json && node build/scripts/make-templates.js [OUT_DIR]
 */
import ExcelJS from "exceljs";
import { mkdirSync } from "fs";
import { join, resolve } from "path";
import { PROGRAMME } from "../src/core/programme";

/** The programme's projects and sub-projects, labelled and numbered as official appendices do. */
const PROJECTS: { stt: string; label: string; subs: { stt: string; label: string }[] }[] = PROGRAMME.map((p, i) => ({
  stt: String(i + 1),
  label: `Dự án ${i + 1}: ${p.name}`,
  subs: p.subprojects.map((s, k) => ({ stt: `${i + 1}.${k + 1}`, label: `Tiểu dự án ${k + 1}: ${s.name}` })),
}));

const FONT = "Times New Roman";
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
const CENTER: Partial<ExcelJS.Alignment> = { horizontal: "center", vertical: "middle", wrapText: true };

interface Layout {
  sheet: string;
  code: string;
  title: string;
  unit: string;
  widths: number[];
  /** Header cells: [range, text]; a range of one cell is its address. */
  header: [string, string][];
  headerRows: [number, number];
  numbers: string[];
}

function newBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Soát";
  wb.created = wb.modified = new Date(Date.UTC(2024, 0, 1));
  return wb;
}

/** Title block, header and column-number row; returns the worksheet and the first body row. */
function frame(wb: ExcelJS.Workbook, l: Layout): { ws: ExcelJS.Worksheet; body: number } {
  const ws = wb.addWorksheet(l.sheet, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const last = l.widths.length;
  const lastCol = ws.getColumn(last).letter;
  l.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const put = (range: string, text: string, font: Partial<ExcelJS.Font>, alignment: Partial<ExcelJS.Alignment>) => {
    if (range.includes(":")) ws.mergeCells(range);
    const cell = ws.getCell(range.split(":")[0]);
    cell.value = text;
    cell.font = { name: FONT, size: 12, ...font };
    cell.alignment = alignment;
  };
  put("A1:C1", "UBND ……………………", { bold: true }, { horizontal: "left" });
  put(`${ws.getColumn(last - 2).letter}1:${lastCol}1`, l.code, { bold: true }, { horizontal: "right" });
  put(`A2:${lastCol}2`, l.title, { bold: true, size: 13 }, CENTER);
  put(`A3:${lastCol}3`, "(Kèm theo Báo cáo số ……/BC-…… ngày …… tháng …… năm …… của ……………………)", { italic: true }, CENTER);
  put(`${ws.getColumn(last - 2).letter}4:${lastCol}4`, l.unit, { italic: true }, { horizontal: "right" });
  ws.getRow(2).height = 36;
  for (const [range, text] of l.header) {
    put(range, text, { bold: true }, CENTER);
  }
  const [top, bottom] = l.headerRows;
  for (let r = top; r <= bottom + 1; r++)
    for (let c = 1; c <= last; c++) {
      const cell = ws.getCell(r, c);
      cell.border = THIN;
      if (r <= bottom) {
        cell.font = { name: FONT, size: 12, bold: true };
        cell.alignment = CENTER;
      }
    }
  const numberRow = bottom + 1;
  l.numbers.forEach((t, i) => {
    const cell = ws.getCell(numberRow, i + 1);
    cell.value = t;
    cell.font = { name: FONT, size: 11, italic: true };
    cell.alignment = CENTER;
  });
  ws.views = [{ state: "frozen", xSplit: 2, ySplit: numberRow }];
  return { ws, body: numberRow + 1 };
}

function styleBody(ws: ExcelJS.Worksheet, row: number, cols: number, formats: Record<number, string>, bold: boolean): void {
  for (let c = 1; c <= cols; c++) {
    const cell = ws.getCell(row, c);
    cell.border = THIN;
    cell.font = { name: FONT, size: 12, bold };
    cell.alignment = c === 2 ? { vertical: "middle", wrapText: true } : { horizontal: c === 1 ? "center" : "right", vertical: "middle" };
    if (formats[c]) cell.numFmt = formats[c];
  }
}

/** `……, ngày … tháng … năm …` beside `NGƯỜI LẬP BIỂU`, then `THỦ TRƯỞNG ĐƠN VỊ`. */
function signatures(ws: ExcelJS.Worksheet, row: number, rightFrom: number, rightTo: number): void {
  const right = (r: number, text: string, font: Partial<ExcelJS.Font>) => {
    ws.mergeCells(r, rightFrom, r, rightTo);
    const cell = ws.getCell(r, rightFrom);
    cell.value = text;
    cell.font = { name: FONT, size: 12, ...font };
    cell.alignment = { horizontal: "center" };
  };
  const left = (r: number, text: string, font: Partial<ExcelJS.Font>) => {
    const cell = ws.getCell(r, 2);
    cell.value = text;
    cell.font = { name: FONT, size: 12, ...font };
    cell.alignment = { horizontal: "center" };
  };
  left(row, "NGƯỜI LẬP BIỂU", { bold: true });
  right(row, "……………, ngày …… tháng …… năm ……", { italic: true });
  left(row + 1, "(Ký, ghi rõ họ tên)", { italic: true });
  right(row + 1, "THỦ TRƯỞNG ĐƠN VỊ", { bold: true });
  right(row + 2, "(Ký tên, đóng dấu)", { italic: true });
}

/**
 * Disbursement form: C..G plan (total = NSTW + NSĐP, NSTW = ĐTPT + SN), H..L disbursed the same
 * way, M rate = disbursed / plan × 100. Totals are formulas; the rate is left for filling, so that
 * an empty form shows no #DIV/0!.
 */
export function disbursementForm(): ExcelJS.Workbook {
  const wb = newBook();
  const { ws, body } = frame(wb, {
    sheet: "Biểu 01 - Giải ngân",
    code: "Biểu số 01",
    title: "KẾ HOẠCH VỐN VÀ KẾT QUẢ GIẢI NGÂN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG NĂM ……",
    unit: "Đơn vị tính: triệu đồng",
    widths: [6, 48, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 10, 12],
    headerRows: [5, 7],
    header: [
      ["A5:A7", "STT"],
      ["B5:B7", "Nội dung"],
      ["C5:G5", "Kế hoạch vốn giao"],
      ["C6:C7", "Tổng số"],
      ["D6:F6", "Ngân sách trung ương"],
      ["D7", "Tổng số"],
      ["E7", "Vốn đầu tư phát triển"],
      ["F7", "Vốn sự nghiệp"],
      ["G6:G7", "Ngân sách địa phương"],
      ["H5:L5", "Giải ngân đến thời điểm báo cáo"],
      ["H6:H7", "Tổng số"],
      ["I6:K6", "Ngân sách trung ương"],
      ["I7", "Tổng số"],
      ["J7", "Vốn đầu tư phát triển"],
      ["K7", "Vốn sự nghiệp"],
      ["L6:L7", "Ngân sách địa phương"],
      ["M5:M7", "Tỷ lệ giải ngân (%)"],
      ["N5:N7", "Ghi chú"],
    ],
    numbers: ["A", "B", "1=2+5", "2=3+4", "3", "4", "5", "6=7+10", "7=8+9", "8", "9", "10", "11=6/1*100", "12"],
  });
  const money = "#,##0.###";
  const formats: Record<number, string> = { 13: "0.00" };
  for (let c = 3; c <= 12; c++) formats[c] = money;
  const rows: { stt: string; label: string; level: 0 | 1 | 2; children: number[] }[] = [{ stt: "", label: "TỔNG CỘNG", level: 0, children: [] }];
  for (const p of PROJECTS) {
    const pi = rows.length;
    rows[0].children.push(pi);
    rows.push({ stt: p.stt, label: p.label, level: 1, children: [] });
    for (const s of p.subs) {
      rows[pi].children.push(rows.length);
      rows.push({ stt: s.stt, label: s.label, level: 2, children: [] });
    }
  }
  rows.forEach((row, i) => {
    const r = body + i;
    ws.getCell(r, 1).value = row.stt;
    ws.getCell(r, 2).value = row.label;
    // Column totals on every row; leaf columns of parent rows add up the rows under them.
    ws.getCell(r, 3).value = { formula: `D${r}+G${r}` } as ExcelJS.CellFormulaValue;
    ws.getCell(r, 4).value = { formula: `E${r}+F${r}` } as ExcelJS.CellFormulaValue;
    ws.getCell(r, 8).value = { formula: `I${r}+L${r}` } as ExcelJS.CellFormulaValue;
    ws.getCell(r, 9).value = { formula: `J${r}+K${r}` } as ExcelJS.CellFormulaValue;
    if (row.children.length)
      for (const c of ["E", "F", "G", "J", "K", "L"]) {
        const refs = row.children.map((ch) => `${c}${body + ch}`);
        const contiguous = row.children.every((ch, k) => k === 0 || ch === row.children[k - 1] + 1);
        ws.getCell(`${c}${r}`).value = {
          formula: contiguous ? `SUM(${refs[0]}:${refs[refs.length - 1]})` : refs.join("+"),
        } as ExcelJS.CellFormulaValue;
      }
    styleBody(ws, r, 14, formats, row.level < 2);
    if (row.level === 0) ws.getCell(r, 2).alignment = CENTER;
  });
  signatures(ws, body + rows.length + 1, 10, 14);
  return wb;
}

/** Units of the target form: blank numbered rows, which filling names after the sources' units. */
const UNIT_ROWS = 30;

/**
 * Target form by administrative unit: households, poor households at the start and end of the year
 * (count and rate), the decrease (count and percentage points), the assigned target and its achievement.
 */
export function targetForm(): ExcelJS.Workbook {
  const wb = newBook();
  const { ws, body } = frame(wb, {
    sheet: "Biểu 02 - Chỉ tiêu",
    code: "Biểu số 02",
    title: "KẾT QUẢ THỰC HIỆN CHỈ TIÊU GIẢM NGHÈO NĂM ……",
    unit: "Đơn vị tính: hộ, %",
    widths: [6, 32, 12, 12, 10, 12, 10, 12, 12, 16, 14, 14],
    headerRows: [5, 6],
    header: [
      ["A5:A6", "STT"],
      ["B5:B6", "Đơn vị (xã, thị trấn)"],
      ["C5:C6", "Tổng số hộ"],
      ["D5:E5", "Hộ nghèo đầu năm"],
      ["D6", "Số hộ"],
      ["E6", "Tỷ lệ (%)"],
      ["F5:G5", "Hộ nghèo cuối năm"],
      ["F6", "Số hộ"],
      ["G6", "Tỷ lệ (%)"],
      ["H5:I5", "Giảm trong năm"],
      ["H6", "Số hộ"],
      ["I6", "Tỷ lệ giảm (%)"],
      ["J5:J6", "Chỉ tiêu giảm tỷ lệ hộ nghèo được giao (%)"],
      ["K5:K6", "Mức độ hoàn thành chỉ tiêu (%)"],
      ["L5:L6", "Ghi chú"],
    ],
    numbers: ["A", "B", "1", "2", "3=2/1*100", "4", "5=4/1*100", "6=2-4", "7=3-5", "8", "9=7/8*100", "10"],
  });
  const formats: Record<number, string> = { 3: "#,##0", 4: "#,##0", 5: "0.00", 6: "#,##0", 7: "0.00", 8: "#,##0", 9: "0.00", 10: "0.00", 11: "0.00" };
  const first = body + 1;
  const last = body + UNIT_ROWS;
  ws.getCell(body, 2).value = "Tổng cộng";
  for (const c of ["C", "D", "F"]) ws.getCell(`${c}${body}`).value = { formula: `SUM(${c}${first}:${c}${last})` } as ExcelJS.CellFormulaValue;
  ws.getCell(`H${body}`).value = { formula: `D${body}-F${body}` } as ExcelJS.CellFormulaValue;
  styleBody(ws, body, 12, formats, true);
  ws.getCell(body, 2).alignment = CENTER;
  for (let i = 1; i <= UNIT_ROWS; i++) {
    ws.getCell(body + i, 1).value = i;
    styleBody(ws, body + i, 12, formats, false);
  }
  signatures(ws, last + 2, 9, 12);
  return wb;
}

/** Commune rows of the 2026 province form: more than most provinces have communes. */
const COMMUNE_ROWS = 150;

/**
 * The 2026 province form, one row per commune (xã, phường, đặc khu): plan C..F and disbursed G..J,
 * each as total = NSTW ĐTPT + NSTW kinh phí thường xuyên + NSĐP, and the rate K..N of each. The
 * province row adds up the communes by formula; the communes' totals and every rate are left for
 * filling (the column-number row states them), which keeps the pane's copy of the form small.
 */
export function communeForm2026(): ExcelJS.Workbook {
  const wb = newBook();
  const block = (first: string, last: string, mid: [string, string], top: string): [string, string][] => [
    [`${first}5:${last}5`, top],
    [`${first}6:${first}7`, "Tổng số"],
    [`${mid[0]}6:${mid[1]}6`, "Ngân sách trung ương"],
    [`${mid[0]}7`, "Vốn đầu tư phát triển"],
    [`${mid[1]}7`, "Kinh phí thường xuyên"],
    [`${last}6:${last}7`, "Ngân sách địa phương"],
  ];
  const { ws, body } = frame(wb, {
    sheet: "Biểu 03 - Giải ngân theo xã",
    code: "Biểu số 03",
    title:
      "KẾ HOẠCH VỐN VÀ KẾT QUẢ GIẢI NGÂN NĂM 2026 CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI, GIẢM NGHÈO BỀN VỮNG VÀ PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ VÀ MIỀN NÚI, THEO ĐƠN VỊ HÀNH CHÍNH CẤP XÃ",
    unit: "Đơn vị tính: triệu đồng",
    widths: [6, 30, 12, 12, 12, 12, 12, 12, 12, 12, 10, 10, 10, 10, 12],
    headerRows: [5, 7],
    header: [
      ["A5:A7", "STT"],
      ["B5:B7", "Đơn vị (xã, phường, đặc khu)"],
      ...block("C", "F", ["D", "E"], "Kế hoạch vốn năm 2026"),
      ...block("G", "J", ["H", "I"], "Giải ngân đến thời điểm báo cáo"),
      ...block("K", "N", ["L", "M"], "Tỷ lệ giải ngân (%)"),
      ["O5:O7", "Ghi chú"],
    ],
    numbers: ["A", "B", "1=2+3+4", "2", "3", "4", "5=6+7+8", "6", "7", "8", "9=5/1*100", "10=6/2*100", "11=7/3*100", "12=8/4*100", "13"],
  });
  const money = "#,##0.###";
  const formats: Record<number, string> = { 11: "0.00", 12: "0.00", 13: "0.00", 14: "0.00" };
  for (let c = 3; c <= 10; c++) formats[c] = money;
  const first = body + 1;
  const last = body + COMMUNE_ROWS;
  // The province row by formula; a commune's totals and rates are written by filling (the column numbers state them).
  ws.getCell(body, 2).value = "Toàn tỉnh";
  ws.getCell(`C${body}`).value = { formula: `D${body}+E${body}+F${body}` } as ExcelJS.CellFormulaValue;
  ws.getCell(`G${body}`).value = { formula: `H${body}+I${body}+J${body}` } as ExcelJS.CellFormulaValue;
  for (const c of ["D", "E", "F", "H", "I", "J"]) ws.getCell(`${c}${body}`).value = { formula: `SUM(${c}${first}:${c}${last})` } as ExcelJS.CellFormulaValue;
  styleBody(ws, body, 15, formats, true);
  ws.getCell(body, 2).alignment = CENTER;
  for (let i = 1; i <= COMMUNE_ROWS; i++) {
    ws.getCell(body + i, 1).value = i;
    styleBody(ws, body + i, 15, formats, false);
  }
  signatures(ws, last + 2, 11, 15);
  return wb;
}

export async function makeTemplates(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: [string, ExcelJS.Workbook][] = [
    ["bieu-giai-ngan.xlsx", disbursementForm()],
    ["bieu-chi-tieu.xlsx", targetForm()],
    ["bieu-giai-ngan-xa-2026.xlsx", communeForm2026()],
  ];
  const written: string[] = [];
  for (const [name, wb] of files) {
    const path = join(dir, name);
    await wb.xlsx.writeFile(path);
    written.push(path);
  }
  return written;
}

if (require.main === module) {
  const dir = resolve(process.argv[2] ?? join(__dirname, "..", "..", "assets", "templates"));
  makeTemplates(dir).then(
    (files) => files.forEach((f) => console.log(f)),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
