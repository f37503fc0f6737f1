/**
 * Money column headers as district and province appendices write them: `Kế hoạch vốn được giao` is
 * the plan, a date in a header is a cut-off (the money's year is the plan's or the title's), and a
 * `Tổng` under a source is that source. Every form and source is written for this test.
 */
import { fillWorkbook, type FillResult } from "../../src/core/fill";
import { sheetFromRows, type CellValue } from "../../src/core/grid";
import { ownUnitOf } from "../../src/core/fill/keys";
import { fold, measureOf, yearOf } from "../../src/core/tables/labels";

const book = (name: string, rows: CellValue[][]) => ({ sheets: [sheetFromRows(name, rows)] });
const fill = (form: CellValue[][], ...sources: CellValue[][][]): FillResult =>
  fillWorkbook(
    book("Biểu", form),
    sources.map((rows, i) => ({ name: `huyen-${i + 1}.xlsx`, workbook: book("GN", rows) })),
  );
const at = (r: FillResult, cell: string) => r.writes.find((w) => w.cell === cell)?.value;
const why = (r: FillResult, cell: string) => r.skipped.find((s) => s.cell === cell)?.reason.vi;

/** A district's disbursement of its 2025 plan, counted to the end of January 2026. */
const district = (name: string, plan: [number, number, number], paid: [number, number, number]): CellValue[][] => [
  [`UBND HUYỆN ${name}`],
  ["KẾT QUẢ GIẢI NGÂN CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG NĂM 2025"],
  ["Đơn vị tính: triệu đồng"],
  ["STT", "Nội dung", "Kế hoạch vốn được giao", null, null, "Giải ngân đến 31/01/2026", null, null],
  ["STT", "Nội dung", "Tổng số", "Ngân sách trung ương", "Ngân sách địa phương", "Tổng số", "Ngân sách trung ương", "Ngân sách địa phương"],
  ["", "Tổng cộng", plan[0], plan[1], plan[2], paid[0], paid[1], paid[2]],
  ["1", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", plan[0], plan[1], plan[2], paid[0], paid[1], paid[2]],
];

const provinceForm = (year: number): CellValue[][] => [
  [`TỔNG HỢP GIẢI NGÂN CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG NĂM ${year}`],
  ["Đơn vị tính: triệu đồng"],
  ["STT", "Dự án", "Kế hoạch vốn", null, "Giải ngân", null],
  ["STT", "Dự án", "NSTW", "NSĐP", "NSTW", "NSĐP"],
  ["", "Tổng cộng", null, null, null, null],
  ["1", "Dự án 2", null, null, null, null],
];

describe("kế hoạch vốn được giao", () => {
  it("is a plan, not a target; chỉ tiêu giao and kế hoạch giao stay targets", () => {
    expect(measureOf(fold("Kế hoạch vốn được giao"))).toBe("plan");
    expect(measureOf(fold("Dự toán được giao năm 2025"))).toBe("plan");
    expect(measureOf(fold("Chỉ tiêu giao"))).toBe("target");
    expect(measureOf(fold("Kế hoạch giao (%)"))).toBe("target");
  });

  it("fills the province's plan columns with the sum of the districts, and the disbursement of that plan", () => {
    const r = fill(provinceForm(2025), district("AN LẠC", [1000, 900, 100], [600, 560, 40]), district("BÌNH SƠN", [500, 420, 80], [250, 230, 20]));
    expect([at(r, "C5"), at(r, "D5"), at(r, "E5"), at(r, "F5")]).toEqual([1320, 180, 790, 60]);
    expect([at(r, "C6"), at(r, "D6"), at(r, "E6"), at(r, "F6")]).toEqual([1320, 180, 790, 60]);
  });
});

describe("a date in a column header", () => {
  it("is a cut-off, not the year of the money", () => {
    expect(yearOf(fold("Giải ngân đến 31/01/2026"))).toBeUndefined();
    expect(yearOf(fold("Lũy kế giải ngân đến hết tháng 5/2026"))).toBeUndefined();
    expect(yearOf(fold("Giải ngân kế hoạch năm 2025 (đến 31/01/2026)"))).toBe(2025);
    expect(yearOf(fold("Kế hoạch vốn năm 2026"))).toBe(2026);
  });

  it("leaves a 2026 form empty from a 2025 plan's disbursement counted into 2026, saying the years differ", () => {
    const r = fill(provinceForm(2026), district("AN LẠC", [1000, 900, 100], [600, 560, 40]));
    expect(r.writes.filter((w) => w.kind === "source")).toEqual([]);
    expect(why(r, "E6")).toMatch(/2025/);
  });

  it("gives a disbursement column without a year the year of its plan columns", () => {
    const source: CellValue[][] = [
      ["UBND XÃ TÂN LẬP"],
      ["STT", "Nội dung", "Kế hoạch vốn năm 2025", "Giải ngân đến 31/01/2026"],
      ["", "Tổng cộng", 800, 500],
    ];
    const form = (year: number): CellValue[][] => [
      ["STT", "Nội dung", `Giải ngân năm ${year}`],
      ["", "Tổng cộng", null],
    ];
    expect(at(fill(form(2025), source), "C2")).toBe(500);
    expect(at(fill(form(2026), source), "C2")).toBeUndefined();
  });
});

describe("a total under a source of funding", () => {
  /** A province plan in tỷ đồng whose headers name no measure: sources, then their parts. */
  const plan = (province: string, nstw: number, dtpt: number, dp: number): CellValue[][] => [
    [`ỦY BAN NHÂN DÂN TỈNH ${province}`],
    ["PHÂN BỔ VỐN CHƯƠNG TRÌNH MTQG PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ NĂM 2026"],
    ["Đơn vị: tỷ đồng"],
    ["TT", "Hợp phần", "Tổng cộng", "Ngân sách trung ương", null, "Ngân sách địa phương"],
    ["TT", "Hợp phần", "Tổng cộng", "Tổng", "Vốn đầu tư phát triển", "Ngân sách địa phương"],
    ["", "TỔNG SỐ", nstw + dp, nstw, dtpt, dp],
  ];
  const form = (middle: string): CellValue[][] => [
    ["TỔNG HỢP VỐN NĂM 2026"],
    ["Đơn vị: tỷ đồng"],
    ["TT", "Hợp phần", "Tổng cộng", middle, "Ngân sách địa phương"],
    ["", "Tổng số", null, null, null],
  ];

  it("is that source: a form's Ngân sách trung ương column gets the sources' NSTW › Tổng", () => {
    const r = fill(form("Ngân sách trung ương"), plan("LÀO CAI", 200, 150, 20), plan("SƠN LA", 100, 60, 10));
    expect([at(r, "C4"), at(r, "D4"), at(r, "E4")]).toEqual([330, 300, 30]);
  });

  it("reads the province from a title that names kinh tế - xã hội, which is no commune", () => {
    expect(ownUnitOf(plan("LÀO CAI", 1, 1, 1).slice(0, 2).map((r) => String(r[0])))?.label).toBe("Tỉnh Lào Cai");
  });

  it("is not its parts: a form's Vốn đầu tư phát triển column gets ĐTPT only", () => {
    const r = fill(form("Vốn đầu tư phát triển"), plan("LÀO CAI", 200, 150, 20), plan("SƠN LA", 100, 60, 10));
    expect(at(r, "D4")).toBe(210);
  });
});
