/**
 * No short sum written: a form row that one source has only inside rows worded otherwise, and a
 * total column whose form lacks a part the sources have, stay empty with the reason. Written for this test.
 */
import { fillWorkbook, type FillResult } from "../../src/core/fill";
import { sheetFromRows, type CellValue } from "../../src/core/grid";

const book = (name: string, rows: CellValue[][]) => ({ sheets: [sheetFromRows(name, rows)] });
const fill = (form: CellValue[][], ...sources: CellValue[][][]): FillResult =>
  fillWorkbook(
    book("Biểu", form),
    sources.map((rows, i) => ({ name: `tinh-${i + 1}.xlsx`, workbook: book("KH", rows) })),
  );
const at = (r: FillResult, cell: string) => r.writes.find((w) => w.cell === cell)?.value;
const why = (r: FillResult, cell: string) => r.skipped.find((s) => s.cell === cell)?.reason.vi ?? "";

const head: CellValue[][] = [["KẾ HOẠCH VỐN NĂM 2026"], ["Đơn vị: tỷ đồng"]];

describe("a form row one source has only inside rows worded otherwise", () => {
  const form: CellValue[][] = [
    ...head,
    ["TT", "Hợp phần / nội dung", "Kế hoạch vốn"],
    ["I", "HP1. Xây dựng nông thôn mới", null],
    ["1", "ND1: Hạ tầng thiết yếu", null],
  ];
  const byContent = (name: string, v: number): CellValue[][] => [
    [`UBND TỈNH ${name}`],
    ...head,
    ["TT", "Nội dung", "Kế hoạch vốn"],
    ["I", "Hợp phần I: Xây dựng nông thôn mới", v],
    ["1", "Nội dung 1: Phát triển hạ tầng thiết yếu", v],
  ];
  const byWork: CellValue[][] = [
    ["UBND TỈNH SƠN LA"],
    ...head,
    ["TT", "Nội dung", "Kế hoạch vốn"],
    ["I", "Hợp phần I: Xây dựng nông thôn mới", 30],
    ["1", "Đường giao thông nông thôn", 20],
    ["2", "Trường học các cấp", 10],
  ];

  it("stays empty, naming that source, instead of the other sources' sum", () => {
    const r = fill(form, byContent("LÀO CAI", 50), byWork);
    expect(at(r, "C5")).toBeUndefined();
    expect(why(r, "C5")).toMatch(/tinh-2\.xlsx/);
    expect(at(r, "C4")).toBe(80);
  });

  it("is the sum when every source has it", () => {
    const r = fill(form, byContent("LÀO CAI", 50), byContent("SƠN LA", 30));
    expect([at(r, "C4"), at(r, "C5")]).toEqual([80, 80]);
  });
});

describe("a total column whose form lacks a part the sources have", () => {
  const form: CellValue[][] = [
    ...head,
    ["TT", "Hợp phần", "Tổng cộng", "Ngân sách trung ương", "Ngân sách địa phương"],
    ["", "Tổng số", null, null, null],
  ];
  const source = (withMerged: boolean): CellValue[][] => [
    ["UBND TỈNH LÀO CAI"],
    ...head,
    ["TT", "Hợp phần", "Tổng cộng", "Ngân sách trung ương", "Ngân sách địa phương", ...(withMerged ? ["Vốn lồng ghép"] : [])],
    ["", "TỔNG SỐ", withMerged ? 130 : 120, 100, 20, ...(withMerged ? [10] : [])],
  ];

  it("stays empty with both figures, never NSTW + NSĐP alone", () => {
    const r = fill(form, source(true));
    expect([at(r, "C4"), at(r, "D4"), at(r, "E4")]).toEqual([undefined, 100, 20]);
    expect(why(r, "C4")).toMatch(/130/);
  });

  it("is the sum of its parts when the sources have no other part", () => {
    const r = fill(form, source(false));
    expect([at(r, "C4"), at(r, "D4"), at(r, "E4")]).toEqual([120, 100, 20]);
  });
});
