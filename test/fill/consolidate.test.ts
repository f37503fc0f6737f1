/**
 * Consolidation: two district appendices laid out unlike the province form fill it with the sums
 * of their figures, totals and rates consistent; what has no place in the form is reported.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { readWorkbook } from "../../src/cli/readXlsx";
import type { FillResult } from "../../src/core/fill";
import type { WorkbookGrid } from "../../src/core/grid";
import { provinceFigure, writeDistricts, type Part } from "./districts";
import { cell, cli, EMPTY_FORM, fillFiles, formulaOf, SAMPLE, TARGET_SAMPLE, TEMPLATES, tempDir, writeRows, written } from "./helpers";

/** Rows of the form `mau-bieu-01-trong.xlsx` by code. */
const FORM_ROWS: Record<string, number> = {
  total: 9, DA1: 10, "DA1.1": 11, "DA1.2": 12, DA2: 13, DA3: 14, "DA3.1": 15, "DA3.2": 16, DA4: 17, "DA4.1": 18,
  "DA4.2": 19, "DA4.3": 20, DA5: 21, DA6: 22, "DA6.1": 23, "DA6.2": 24, DA7: 25, "DA7.1": 26, "DA7.2": 27,
};
const ALL: Part[] = ["DTPT", "SN", "tinh", "huyen"];
/** Columns of that form: plan C..F, disbursed G..J. */
const FORM_COLS: [string, "plan" | "disbursed", Part[]][] = [
  ["C", "plan", ALL], ["D", "plan", ["DTPT"]], ["E", "plan", ["SN"]], ["F", "plan", ["tinh", "huyen"]],
  ["G", "disbursed", ALL], ["H", "disbursed", ["DTPT"]], ["I", "disbursed", ["SN"]], ["J", "disbursed", ["tinh", "huyen"]],
];
const PROJECT_ROWS = [10, 13, 14, 17, 21, 22, 25];
const SUBS: Record<number, number[]> = { 10: [11, 12], 14: [15, 16], 17: [18, 19, 20], 22: [23, 24], 25: [26, 27] };

const num = (x: unknown) => (typeof x === "number" ? x : 0);
const close = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(b));

let dir: string;
let files: { anLac: string; binhSon: string };

beforeAll(async () => {
  dir = tempDir();
  files = await writeDistricts(dir);
});

describe("two districts into the province form", () => {
  let r: FillResult;
  let out: WorkbookGrid;
  let code: number;

  beforeAll(async () => {
    r = await fillFiles(EMPTY_FORM, [files.anLac, files.binhSon]);
    ({ code } = await cli(["--template", EMPTY_FORM, "--out", join(dir, "tinh.xlsx"), files.anLac, files.binhSon]));
    out = await readWorkbook(join(dir, "tinh.xlsx"));
  });

  it("finds each district's table, whatever its sheet, layout and unit", () => {
    expect(r.sources.map((s) => [s.source, s.sheet, s.unit])).toEqual([
      ["giai-ngan-an-lac.xlsx", "Giai ngan 2023", "dong"],
      ["phu-luc-05-binh-son.xlsx", "Phu luc 05", "trieu-dong"],
    ]);
    expect(r.sourceErrors).toEqual([]);
    expect(code).toBe(0);
  });

  it("writes the sums, in triệu đồng, at the keys of the form", () => {
    expect(cell(out, "C9")).toBe(15590);
    expect(cell(out, "G9")).toBe(9775.895);
    expect(cell(out, "K9")).toBe(62.71);
    expect(cell(out, "D11")).toBe(6700); // 2.500.000.000 đ + 4.200 tr.đ
    expect(cell(out, "F11")).toBe(920); // An Lạc's cấp tỉnh 300 + cấp huyện 200, Bình Sơn's NSĐP 420
    expect(cell(out, "J11")).toBe(460);
    expect(cell(out, "I13")).toBe(412.345); // 412.345.000 đ
    expect(cell(out, "C14")).toBe(3000); // DA3 = its sub-projects in both districts
    expect(cell(out, "K14")).toBe(53.37);
    expect(cell(out, "J21")).toBe(50);
    for (const [code, row] of Object.entries(FORM_ROWS))
      for (const [col, kind, parts] of FORM_COLS) {
        const want = provinceFigure(code, kind, parts);
        expect([`${col}${row}`, cell(out, `${col}${row}`)]).toEqual([`${col}${row}`, want === 0 ? null : want]);
      }
  });

  it("keeps every total equal to its parts and every rate recomputed from the sums", () => {
    for (const row of Object.values(FORM_ROWS)) {
      const v = (c: string) => num(cell(out, `${c}${row}`));
      expect(close(v("C"), v("D") + v("E") + v("F"))).toBe(true);
      expect(close(v("G"), v("H") + v("I") + v("J"))).toBe(true);
      expect(cell(out, `K${row}`)).toBe(v("C") ? Math.round((v("G") / v("C")) * 10000) / 100 : null);
    }
    for (const col of "CDEFGHIJ") {
      const v = (row: number) => num(cell(out, `${col}${row}`));
      expect(close(v(9), PROJECT_ROWS.reduce((s, p) => s + v(p), 0))).toBe(true);
      for (const [p, subs] of Object.entries(SUBS)) expect(close(v(Number(p)), subs.reduce((s, x) => s + v(x), 0))).toBe(true);
    }
    expect(r.formFindings).toEqual([]);
  });

  it("reports the rows no district has, and places every district figure", () => {
    expect(r.unplaced).toEqual([]);
    const rows = (reason: string) => r.skipped.filter((s) => s.reason.vi === reason).map((s) => s.cell);
    expect(rows("Không nguồn nào có dòng DA1.2")).toContain("C12");
    expect(rows("Không nguồn nào có dòng DA4.2")).toContain("K19");
    expect(rows("Không nguồn nào có dòng DA6.2")).toContain("G24");
  });
});

describe("two districts into the shipped disbursement form, which has formulas", () => {
  let out: WorkbookGrid;
  beforeAll(async () => {
    const { code } = await cli(["--template", join(TEMPLATES, "bieu-giai-ngan.xlsx"), "--out", join(dir, "tinh-mau.xlsx"), files.anLac, files.binhSon]);
    expect(code).toBe(0);
    out = await readWorkbook(join(dir, "tinh-mau.xlsx"));
  });

  it("keeps the form's formulas, with results equal to the sums", () => {
    expect(formulaOf(out, "C9")).toBe("D9+G9");
    expect(formulaOf(out, "E9")).toBe("E10+E13+E14+E17+E21+E22+E25");
    expect(formulaOf(out, "F14")).toBe("SUM(F15:F16)");
    expect(cell(out, "C9")).toBe(15590);
    expect(cell(out, "D9")).toBe(provinceFigure("total", "plan", ["DTPT", "SN"]));
    expect(cell(out, "H9")).toBe(9775.895);
    expect(cell(out, "M9")).toBe(62.71);
    expect(cell(out, "E11")).toBe(6700);
    expect(cell(out, "G11")).toBe(920);
    expect(cell(out, "F14")).toBe(2940);
    expect(formulaOf(out, "C12")).toBe("D12+G12");
  });

  it("stores a formula's result of 0 (exceljs drops it unless set explicitly)", async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(dir, "tinh-mau.xlsx")));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toMatch(/<c r="C12"[^>]*><f>D12\+G12<\/f><v>0<\/v><\/c>/);
    expect(xml).toMatch(/<c r="C9"[^>]*><f>D9\+G9<\/f><v>15590<\/v><\/c>/);
  });
});

describe("what has no place in the form", () => {
  it("reports a district's extra column and extra row, and sub-projects a projects-only form lacks", async () => {
    const camThuy = await writeRows(join(dir, "cam-thuy.xlsx"), "Bieu 01", [
      ["BIỂU TỔNG HỢP GIẢI NGÂN NĂM 2023 CỦA UBND HUYỆN CẨM THỦY"],
      ["Đơn vị tính: triệu đồng"],
      ["STT", "Nội dung", "Kế hoạch vốn", "Giải ngân", "Vốn huy động khác", "Tỷ lệ giải ngân (%)"],
      ["", "Tổng cộng", 1500, 900, 50, 60],
      ["1", "Dự án 2", 1000, 600, 50, 60],
      ["2", "Chi phí quản lý dự án", 500, 300, null, 60],
    ]);
    const form = await writeRows(join(dir, "tinh-du-an.xlsx"), "Tinh", [
      ["TỔNG HỢP GIẢI NGÂN CÁC DỰ ÁN"],
      ["Đơn vị tính: triệu đồng"],
      ["STT", "Dự án", "Kế hoạch vốn", "Giải ngân", "Tỷ lệ (%)"],
      ["", "Tổng cộng"],
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => [String(n), `Dự án ${n}`]),
    ]);
    const r = await fillFiles(form, [files.anLac, camThuy]);
    const byRow = r.unplaced.map((u) => [u.source, u.row ?? u.column, u.label, u.reason.vi]);
    expect(byRow).toEqual([
      ["giai-ngan-an-lac.xlsx", 9, "DA1 - Tiểu dự án 1", "Biểu không có dòng DA1.1; số liệu chỉ có mặt trong dòng DA1"],
      ["giai-ngan-an-lac.xlsx", 12, "DA3 - Tiểu dự án 1", "Biểu không có dòng DA3.1; số liệu chỉ có mặt trong dòng DA3"],
      ["giai-ngan-an-lac.xlsx", 13, "DA3 - Tiểu dự án 2", "Biểu không có dòng DA3.2; số liệu chỉ có mặt trong dòng DA3"],
      ["giai-ngan-an-lac.xlsx", 15, "Dự án 6 - TDA1: Giảm nghèo về thông tin", "Biểu không có dòng DA6.1; số liệu chỉ có mặt trong dòng DA6"],
      ["giai-ngan-an-lac.xlsx", 17, "TDA 2 - DA7: Giám sát, đánh giá", "Biểu không có dòng DA7.2; số liệu chỉ có mặt trong dòng DA7"],
      ["cam-thuy.xlsx", 6, "Chi phí quản lý dự án", 'Biểu không có dòng "Chi phí quản lý dự án"; số liệu của dòng này không được điền'],
      ["cam-thuy.xlsx", "E", "Vốn huy động khác", 'Biểu không có cột "Vốn huy động khác"; số liệu của cột này không được điền'],
    ]);
    expect(r.unplaced.find((u) => u.column === "E")?.cells).toEqual(["E4", "E5"]);
    // DA2 = An Lạc 850 + Cẩm Thủy 1.000. The form's projects add up to 6.760, but the districts'
    // totals are 7.260 (Cẩm Thủy's includes the extra row): a total short of a row is left empty, saying both.
    expect(written(r, "C6")).toBe(1850);
    expect(written(r, "C4")).toBeUndefined();
    expect(r.skipped.find((s) => s.cell === "C4")?.reason.vi).toBe(
      "Để trống: các dòng con của biểu cộng lại 6.760 nhưng nguồn (giai-ngan-an-lac.xlsx, cam-thuy.xlsx) ghi 7.260 cho dòng này — có dòng của nguồn không khớp được với dòng nào của biểu",
    );
  });
});

describe("a form that already holds figures", () => {
  let form: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EMPTY_FORM);
    const ws = wb.worksheets[0];
    ws.getCell("E13").value = 999;
    ws.getCell("D18").value = 1200;
    for (let r = 9; r <= 27; r++) ws.getCell(`K${r}`).numFmt = "0.00%";
    form = join(dir, "mot-phan.xlsx");
    await wb.xlsx.writeFile(form);
  });

  it("does not overwrite a figure the form has, and derives the rest from it", async () => {
    const r = await fillFiles(form, [SAMPLE]);
    expect(written(r, "E13")).toBeUndefined();
    expect(r.skipped.find((s) => s.cell === "E13")?.reason.vi).toBe(
      "Ô đã có giá trị 999; nguồn cho 3.120 — không ghi đè",
    );
    expect(r.skipped.find((s) => s.cell === "E13")?.occupied).toBe(true);
    expect(r.skipped.find((s) => s.cell === "D18")).toBeUndefined(); // same figure: nothing to say
    expect(written(r, "C13")).toBe(999);
  });

  it("overwrites with --overwrite", async () => {
    const r = await fillFiles(form, [SAMPLE], { overwrite: true });
    expect(written(r, "E13")).toBe(3120);
    expect(written(r, "C13")).toBe(3120);
  });

  it("writes a rate into a percent-formatted cell as a fraction", async () => {
    const { code } = await cli(["--template", form, "--out", join(dir, "phan-tram.xlsx"), SAMPLE]);
    expect(code).toBe(1);
    const out = await readWorkbook(join(dir, "phan-tram.xlsx"));
    expect(cell(out, "K13")).toBe(1.8463); // 1.844,5 / 999 (the form's own E13) = 184,63%
    expect(cell(out, "K16")).toBe(0.629);
  });
});

describe("districts into the shipped target form", () => {
  it("names one row after each district and fills it from the district's total row", async () => {
    const district = async (name: string, file: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(TARGET_SAMPLE);
      wb.worksheets[0].getCell("A3").value = `(Kèm theo Báo cáo số 20/BC-UBND của UBND huyện ${name})`;
      await wb.xlsx.writeFile(join(dir, file));
      return join(dir, file);
    };
    const sources = [await district("An Lạc", "chi-tieu-an-lac.xlsx"), await district("Bình Sơn", "chi-tieu-binh-son.xlsx")];
    const out = join(dir, "chi-tieu-tinh.xlsx");
    const { code } = await cli(["--template", join(TEMPLATES, "bieu-chi-tieu.xlsx"), "--out", out, ...sources]);
    expect(code).toBe(1); // each copy of the sample carries its two planted errors
    const wb = await readWorkbook(out);
    expect([cell(wb, "B9"), cell(wb, "B10"), cell(wb, "B11")]).toEqual(["Huyện An Lạc", "Huyện Bình Sơn", null]);
    // A district's rate is recomputed from its counts: 634 / 6.820 = 9,30%, not the 10,78% it states.
    expect(["C9", "D9", "E9", "F9", "G9", "H9", "I9", "J9", "K9"].map((a) => cell(wb, a))).toEqual([6820, 831, 12.18, 634, 9.3, 197, 2.88, 3, 96]);
    expect(["C8", "D8", "E8", "F8", "G8", "H8"].map((a) => cell(wb, a))).toEqual([13640, 1662, 12.18, 1268, 9.3, 394]);
    expect(cell(wb, "J8")).toBeNull(); // targets are not added up
    const r = await fillFiles(join(TEMPLATES, "bieu-chi-tieu.xlsx"), sources);
    expect(r.skipped.find((s) => s.cell === "J8")?.reason.vi).toBe("2 nguồn cùng có tỷ lệ/phần trăm này; tỷ lệ không cộng được qua các nguồn");
    // Their communes have no row in a form by district; their figures are in the districts' rows.
    const communes = ["Xã An Phú", "Xã Bình Minh", "Xã Cẩm Sơn", "Thị trấn Mẫu", "Xã Đồng Tâm"];
    expect(r.unplaced.map((u) => u.label)).toEqual([...communes, ...communes]);
    expect(r.unplaced[0].reason.vi).toBe('Biểu không có dòng "Xã An Phú"; số liệu chỉ có mặt trong dòng tổng');
  });
});
