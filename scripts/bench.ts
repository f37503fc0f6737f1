/**
 * `npm run bench [-- --json]`: generates appendix-shaped workbooks of 100,000 and 1,000,000 cells
 * (disbursement tables by district and project, target tables by commune, a few planted slips), then
 * measures, each size and reader in a fresh process: reading the .xlsx with Soát's reader (src/read)
 * then the engine (recognise + check) on its grid, and — for comparison — reading it with exceljs
 * into the same grid; with the peak memory of each process. The last line is a JSON array.
 */
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { existsSync, mkdirSync } from "fs";
import { join } from "path";
import { analyzeWorkbook } from "../src/core/analyze";
import { readWorkbook } from "../src/cli/readXlsx";
import { workbookToGrid } from "../src/read/exceljsGrid";

const SIZES = [100_000, 1_000_000];
const DIR = join(__dirname, "..", "..", ".bench");

interface Figures {
  cells: number;
  parseMs: number;
  engineMs: number;
  peakRssMb: number;
  findings: number;
}

interface ExceljsFigures {
  cells: number;
  parseMs: number;
  peakRssMb: number;
}

const SUBS = [2, 0, 2, 3, 0, 2, 2];

/** One disbursement sheet: districts (I, II…) × projects (1…7) × sub-projects (1.1…). */
function disbursementSheet(ws: ExcelJS.Worksheet, districts: number, seed: number): number {
  let s = seed;
  const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  ws.addRow(["TỔNG HỢP KẾ HOẠCH VỐN VÀ KẾT QUẢ GIẢI NGÂN"]).commit();
  ws.addRow(["", "", "", "", "", "", "", "", "", "", "Đơn vị tính: triệu đồng"]).commit();
  ws.addRow(["STT", "Nội dung", "Kế hoạch vốn", "", "", "", "Giải ngân", "", "", "", "Tỷ lệ giải ngân (%)", "Ghi chú"]).commit();
  ws.addRow(["", "", "Tổng số", "Vốn ĐTPT", "Vốn sự nghiệp", "Ngân sách địa phương", "Tổng số", "Vốn ĐTPT", "Vốn sự nghiệp", "Ngân sách địa phương", "", ""]).commit();
  ws.addRow(["A", "B", "1=2+3+4", "2", "3", "4", "5=6+7+8", "6", "7", "8", "9=5/1*100", "10"]).commit();
  type Row = { stt: string; label: string; v: number[] };
  const leaf = (): number[] => {
    const p = [Math.round(rnd() * 900), Math.round(100 + rnd() * 2000), Math.round(rnd() * 150)];
    const d = p.map((x) => Math.round(x * (0.3 + rnd() * 0.6) * 100) / 100);
    return [...p, ...d];
  };
  const add = (a: number[], b: number[]) => a.map((x, i) => Math.round((x + b[i]) * 100) / 100);
  const rows: Row[] = [];
  let grand = [0, 0, 0, 0, 0, 0];
  for (let d = 0; d < districts; d++) {
    const district: Row = { stt: roman(d + 1), label: `Huyện ${d + 1}`, v: [0, 0, 0, 0, 0, 0] };
    rows.push(district);
    for (let p = 0; p < 7; p++) {
      const project: Row = { stt: String(p + 1), label: `Dự án ${p + 1}`, v: [0, 0, 0, 0, 0, 0] };
      rows.push(project);
      if (!SUBS[p]) project.v = leaf();
      for (let t = 0; t < SUBS[p]; t++) {
        const sub: Row = { stt: `${p + 1}.${t + 1}`, label: `Tiểu dự án ${t + 1}`, v: leaf() };
        rows.push(sub);
        project.v = add(project.v, sub.v);
      }
      district.v = add(district.v, project.v);
    }
    grand = add(grand, district.v);
  }
  const line = (stt: string, label: string, v: number[]) => {
    const plan = Math.round((v[0] + v[1] + v[2]) * 100) / 100;
    const disb = Math.round((v[3] + v[4] + v[5]) * 100) / 100;
    return [stt, label, plan, v[0], v[1], v[2], disb, v[3], v[4], v[5], plan ? Math.round((disb / plan) * 10000) / 100 : null, ""];
  };
  ws.addRow(line("", "TỔNG CỘNG", grand)).commit();
  rows.forEach((r, i) => {
    const values = line(r.stt, r.label, r.v);
    if (i % 97 === 13) values[8] = (values[8] as number) * 1e6; // a unit slip
    if (i % 89 === 7) values[10] = (values[10] as number) / 100; // a rate typed as a fraction
    ws.addRow(values).commit();
  });
  return (rows.length + 1) * 11;
}

function roman(n: number): string {
  const map: [number, string][] = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let s = "";
  for (const [v, r] of map) while (n >= v) ((s += r), (n -= v));
  return s;
}

/** One target sheet: communes with households, poor households at start and end, rates, decrease. */
function targetSheet(ws: ExcelJS.Worksheet, communes: number, seed: number): number {
  let s = seed;
  const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const r2 = (x: number) => Math.round(x * 100) / 100;
  ws.addRow(["KẾT QUẢ THỰC HIỆN CHỈ TIÊU GIẢM NGHÈO"]).commit();
  ws.addRow(["STT", "Xã, thị trấn", "Tổng số hộ", "Hộ nghèo đầu năm", "", "Hộ nghèo cuối năm", "", "Tỷ lệ giảm (%)", "Chỉ tiêu giảm được giao (%)", "Đạt so với chỉ tiêu (%)"]).commit();
  ws.addRow(["", "", "", "Số hộ", "Tỷ lệ (%)", "Số hộ", "Tỷ lệ (%)", "", "", ""]).commit();
  ws.addRow(["A", "B", "1", "2", "3=2/1*100", "4", "5=4/1*100", "6=3-5", "7", "8=6/7*100"]).commit();
  const body: (string | number)[][] = [];
  let hh = 0;
  let p0 = 0;
  let p1 = 0;
  for (let i = 0; i < communes; i++) {
    const h = 500 + Math.round(rnd() * 2000);
    const a = Math.round(h * (0.05 + rnd() * 0.2));
    const b = Math.round(a * (0.6 + rnd() * 0.3));
    const e = r2((a / h) * 100);
    const g = r2((b / h) * 100);
    const target = 1 + Math.round(rnd() * 4);
    body.push([i + 1, `Xã ${i + 1}`, h, a, e, b, g, r2(e - g), target, r2(((e - g) / target) * 100)]);
    hh += h;
    p0 += a;
    p1 += b;
  }
  const e = r2((p0 / hh) * 100);
  const g = r2((p1 / hh) * 100);
  ws.addRow(["", "Toàn huyện", hh, p0, e, p1, g, r2(e - g), 3, r2(((e - g) / 3) * 100)]).commit();
  body.forEach((r, i) => {
    if (i % 101 === 50) r[7] = (r[7] as number) + 0.19; // a decrease that matches nothing
    ws.addRow(r).commit();
  });
  return (communes + 1) * 10;
}

async function generate(cells: number, path: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false, useSharedStrings: false });
  const sheets = 10;
  const perSheet = cells / sheets;
  for (let i = 0; i < sheets; i++) {
    const ws = wb.addWorksheet(`${i % 2 ? "Chi tieu" : "Giai ngan"} ${i + 1}`);
    if (i % 2) targetSheet(ws, Math.round(perSheet / 10) - 1, i + 1);
    else disbursementSheet(ws, Math.max(1, Math.round(perSheet / 11 / 19)), i + 1);
    ws.commit();
  }
  await wb.commit();
}

const countCells = (grid: Awaited<ReturnType<typeof readWorkbook>>) =>
  grid.sheets.reduce((n, s) => n + s.cells.reduce((m, r) => m + r.filter(Boolean).length, 0), 0);
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** Measures one file in this process: Soát's reader, then the engine. */
async function measure(path: string): Promise<Figures> {
  const t0 = performance.now();
  const grid = await readWorkbook(path);
  const t1 = performance.now();
  const analysis = analyzeWorkbook(grid);
  const t2 = performance.now();
  return { cells: countCells(grid), parseMs: Math.round(t1 - t0), engineMs: Math.round(t2 - t1), peakRssMb: peakRssMb(), findings: analysis.findings.length };
}

/** Reads the file with exceljs into the grid, as the CLI did before src/read had its own reader. */
async function measureExceljs(path: string): Promise<ExceljsFigures> {
  const t0 = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const grid = workbookToGrid(wb);
  const t1 = performance.now();
  return { cells: countCells(grid), parseMs: Math.round(t1 - t0), peakRssMb: peakRssMb() };
}

function child<T>(mode: string, path: string): T {
  const r = spawnSync(process.execPath, ["--max-old-space-size=8192", __filename, mode, path], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as T;
}

async function mainBench(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--measure") {
    process.stdout.write(JSON.stringify(await measure(args[1])) + "\n");
    return;
  }
  if (args[0] === "--measure-exceljs") {
    process.stdout.write(JSON.stringify(await measureExceljs(args[1])) + "\n");
    return;
  }
  mkdirSync(DIR, { recursive: true });
  const summary = [];
  for (const size of SIZES) {
    const path = join(DIR, `bench-${size}.xlsx`);
    if (!existsSync(path)) await generate(size, path);
    const f = child<Figures>("--measure", path);
    const x = child<ExceljsFigures>("--measure-exceljs", path);
    if (x.cells !== f.cells) throw new Error(`the readers disagree: ${f.cells} cells vs exceljs ${x.cells}`);
    const ratio = (f.engineMs / f.parseMs).toFixed(2);
    const vsExceljs = (f.parseMs / x.parseMs).toFixed(2);
    console.log(
      `${f.cells.toLocaleString("en")} cells: read ${f.parseMs} ms (exceljs ${x.parseMs} ms: ${vsExceljs} × exceljs), ` +
        `engine ${f.engineMs} ms (${ratio} × read), peak RSS ${f.peakRssMb} MB read + engine (exceljs read alone ${x.peakRssMb} MB), ${f.findings} findings`,
    );
    summary.push({ cells: f.cells, parseMs: f.parseMs, exceljsParseMs: x.parseMs, engineMs: f.engineMs, peakRssMb: f.peakRssMb, exceljsPeakRssMb: x.peakRssMb });
  }
  console.log(JSON.stringify(summary));
}

mainBench().catch((e) => {
  console.error(e);
  process.exit(1);
});
