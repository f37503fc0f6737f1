/** The standard forms shipped in assets/templates: official style, recognised as forms, regenerable. */
import ExcelJS from "exceljs";
import { join } from "path";
import { readWorkbook } from "../../src/cli/readXlsx";
import { analyzeWorkbook } from "../../src/core/analyze";
import { columnName } from "../../src/core/grid";
import { recognise } from "../../src/core/tables/recognize";
import { makeTemplates } from "../../scripts/make-templates";
import { cell, cli, formulaOf, TARGET_SAMPLE, TEMPLATES, tempDir } from "./helpers";

const DISBURSEMENT = join(TEMPLATES, "bieu-giai-ngan.xlsx");
const TARGETS = join(TEMPLATES, "bieu-chi-tieu.xlsx");
const COMMUNES_2026 = join(TEMPLATES, "bieu-giai-ngan-xa-2026.xlsx");

async function sheetOf(path: string) {
  return (await readWorkbook(path)).sheets[0];
}

describe("the disbursement form", () => {
  it("is recognised as a disbursement appendix by project, source and measure", async () => {
    const { report } = recognise(await sheetOf(DISBURSEMENT));
    const t = report.table!;
    expect(report.kind).toBe("disbursement");
    expect(report.unit).toBe("trieu-dong");
    expect(t.columns.map((c) => [columnName(c.col), c.measure, c.source ?? null, c.formula ?? null])).toEqual([
      ["A", "stt", null, null],
      ["B", "label", null, null],
      ["C", "plan", "total", "1=2+5"],
      ["D", "plan", "NSTW", "2=3+4"],
      ["E", "plan", "DTPT", null],
      ["F", "plan", "SN", null],
      ["G", "plan", "NSDP", null],
      ["H", "disbursed", "total", "6=7+10"],
      ["I", "disbursed", "NSTW", "7=8+9"],
      ["J", "disbursed", "DTPT", null],
      ["K", "disbursed", "SN", null],
      ["L", "disbursed", "NSDP", null],
      ["M", "rate", null, "11=6/1*100"],
      ["N", "note", null, null],
    ]);
    expect(t.rows.map((r) => r.code ?? r.kind)).toEqual([
      "total", "DA1", "DA1.1", "DA1.2", "DA2", "DA3", "DA3.1", "DA3.2", "DA4", "DA4.1", "DA4.2", "DA4.3",
      "DA5", "DA6", "DA6.1", "DA6.2", "DA7", "DA7.1", "DA7.2",
    ]);
  });

  it("has the official layout: title, unit, merged header, column numbers, total formulas, signatures", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(DISBURSEMENT);
    const ws = wb.worksheets[0];
    expect(ws.getCell("A2").value).toBe("KẾ HOẠCH VỐN VÀ KẾT QUẢ GIẢI NGÂN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG NĂM ……");
    expect(ws.getCell("L4").value).toBe("Đơn vị tính: triệu đồng");
    expect((ws.model as { merges: string[] }).merges).toEqual(expect.arrayContaining(["C5:G5", "D6:F6", "H5:L5", "I6:K6", "M5:M7", "A5:A7"]));
    expect(ws.getCell("C8").value).toBe("1=2+5");
    expect(ws.getCell("M8").value).toBe("11=6/1*100");
    expect(ws.getCell("C9").font.name).toBe("Times New Roman");
    const grid = await sheetOf(DISBURSEMENT);
    const g = { sheets: [grid] };
    expect(formulaOf(g, "C9")).toBe("D9+G9");
    expect(formulaOf(g, "E10")).toBe("SUM(E11:E12)");
    expect(formulaOf(g, "L9")).toBe("L10+L13+L14+L17+L21+L22+L25");
    expect(cell(g, "B29")).toBe("NGƯỜI LẬP BIỂU");
    expect(cell(g, "J30")).toBe("THỦ TRƯỞNG ĐƠN VỊ");
    expect(analyzeWorkbook(g).findings).toEqual([]);
  });
});

describe("the target form", () => {
  it("is recognised as a target appendix by administrative unit, with blank unit rows", async () => {
    const { report } = recognise(await sheetOf(TARGETS));
    const t = report.table!;
    expect(report.kind).toBe("targets");
    expect(t.columns.map((c) => [columnName(c.col), c.measure, c.period ?? null, c.percent, c.formula ?? null])).toEqual([
      ["A", "stt", null, false, null],
      ["B", "label", null, false, null],
      ["C", "households", null, false, null],
      ["D", "poor", "start", false, null],
      ["E", "rate", "start", true, "3=2/1*100"],
      ["F", "poor", "end", false, null],
      ["G", "rate", "end", true, "5=4/1*100"],
      ["H", "decrease", null, false, "6=2-4"],
      ["I", "decrease", null, true, "7=3-5"],
      ["J", "target", null, true, null],
      ["K", "achieved", null, true, "9=7/8*100"],
      ["L", "note", null, false, null],
    ]);
    expect(t.rows[0]).toMatchObject({ kind: "total", label: "Tổng cộng" });
    expect(t.rows.slice(1).every((r) => r.label === "")).toBe(true);
    expect(t.rows).toHaveLength(31);
  });

  it("fills from a district's target appendix: its communes in the blank rows, rates recomputed", async () => {
    const dir = tempDir();
    const { code, output } = await cli(["--template", TARGETS, "--out", join(dir, "chi-tieu.xlsx"), TARGET_SAMPLE]);
    expect(code).toBe(1);
    expect(output).toContain("trang này có 2 lỗi");
    const g = await readWorkbook(join(dir, "chi-tieu.xlsx"));
    expect(["B9", "B10", "B11", "B12", "B13", "B14"].map((a) => cell(g, a))).toEqual(["Xã An Phú", "Xã Bình Minh", "Xã Cẩm Sơn", "Thị trấn Mẫu", "Xã Đồng Tâm", null]);
    expect(["C9", "D9", "E9", "F9", "G9", "H9", "I9", "J9", "K9"].map((a) => cell(g, a))).toEqual([1450, 210, 14.48, 158, 10.9, 52, 3.58, 3.5, 102.29]);
    // Bình Minh states a decrease of 2,57 points; 12,45 − 9,69 = 2,76.
    expect(cell(g, "I10")).toBe(2.76);
    // The total row: the form's SUM formulas, and rates from the sums (9,30%, not the 10,78% average).
    expect(formulaOf(g, "C8")).toBe("SUM(C9:C38)");
    expect(["C8", "D8", "E8", "F8", "G8", "H8", "I8", "J8", "K8"].map((a) => cell(g, a))).toEqual([6820, 831, 12.18, 634, 9.3, 197, 2.88, 3, 96]);
  });
});

describe("the 2026 province form by commune", () => {
  it("is recognised: plan, disbursed and rate by NSTW ĐTPT, kinh phí thường xuyên and NSĐP, 150 blank commune rows", async () => {
    const { report } = recognise(await sheetOf(COMMUNES_2026));
    const t = report.table!;
    expect(report.kind).toBe("disbursement");
    expect(report.unit).toBe("trieu-dong");
    expect(t.columns.map((c) => [columnName(c.col), c.measure, c.source ?? null, c.formula ?? null])).toEqual([
      ["A", "stt", null, null],
      ["B", "label", null, null],
      ["C", "plan", "total", "1=2+3+4"],
      ["D", "plan", "DTPT", null],
      ["E", "plan", "SN", null],
      ["F", "plan", "NSDP", null],
      ["G", "disbursed", "total", "5=6+7+8"],
      ["H", "disbursed", "DTPT", null],
      ["I", "disbursed", "SN", null],
      ["J", "disbursed", "NSDP", null],
      ["K", "rate", "total", "9=5/1*100"],
      ["L", "rate", "DTPT", "10=6/2*100"],
      ["M", "rate", "SN", "11=7/3*100"],
      ["N", "rate", "NSDP", "12=8/4*100"],
      ["O", "note", null, null],
    ]);
    expect(t.rows[0]).toMatchObject({ kind: "total", label: "Toàn tỉnh" });
    expect(t.rows.slice(1).every((r) => r.label === "")).toBe(true);
    expect(t.rows).toHaveLength(151);
    const g = { sheets: [await sheetOf(COMMUNES_2026)] };
    expect(formulaOf(g, "D9")).toBe("SUM(D10:D159)");
    expect(formulaOf(g, "C9")).toBe("D9+E9+F9");
    expect(formulaOf(g, "C10")).toBeUndefined();
    expect(cell(g, "E7")).toBe("Kinh phí thường xuyên");
    expect(analyzeWorkbook(g).findings).toEqual([]);
  });
});

describe("the generator", () => {
  it("regenerates the committed files cell for cell", async () => {
    const dir = tempDir();
    await makeTemplates(dir);
    for (const name of ["bieu-giai-ngan.xlsx", "bieu-chi-tieu.xlsx", "bieu-giai-ngan-xa-2026.xlsx"]) {
      const [fresh, committed] = [await readWorkbook(join(dir, name)), await readWorkbook(join(TEMPLATES, name))];
      expect(fresh).toEqual(committed);
    }
  });
});
