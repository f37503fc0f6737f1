/**
 * Sources that give NSTW whole and NSĐP, with no total column and one rate over both (issue 11,
 * forms §6), filling a form that splits NSTW into ĐTPT and kinh phí thường xuyên: the sources are
 * not reported wrong, and the form's total is the sources' own (NSTW + NSĐP), never the sum of the
 * one part they share with it.
 */
import { fillWorkbook, type FillResult } from "../../src/core/fill";
import { sheetFromRows, type CellValue } from "../../src/core/grid";

const book = (name: string, rows: CellValue[][]) => ({ sheets: [sheetFromRows(name, rows)] });
const at = (r: FillResult, cell: string) => r.writes.find((w) => w.cell === cell)?.value;
const why = (r: FillResult, cell: string) => r.skipped.find((s) => s.cell.split(":")[0] === cell || s.cell === cell)?.reason.vi;

type Line = [name: string, planTW: number, planDP: number, disbTW: number, disbDP: number];
const rateOf = (l: Line) => Math.round(((l[3] + l[4]) / (l[1] + l[2])) * 10000) / 100;

/** A cluster's file: plan and disbursed by NSTW and NSĐP per commune, no total column, the rate over both. */
function source(lines: Line[], slip?: { row: number; rate: number }): CellValue[][] {
  const total: Line = ["Cộng", 0, 0, 0, 0];
  for (const l of lines) for (const i of [1, 2, 3, 4] as const) total[i] += l[i];
  return [
    ["BÁO CÁO GIẢI NGÂN VỐN CHƯƠNG TRÌNH NĂM 2026"],
    ["Đơn vị tính: triệu đồng"],
    ["STT", "Xã", "Kế hoạch vốn năm 2026 - NSTW", "Kế hoạch vốn năm 2026 - NSĐP", "Giải ngân - NSTW", "Giải ngân - NSĐP", "Tỷ lệ giải ngân (%)"],
    ...[total, ...lines].map((l, i): CellValue[] => [i ? String(i) : "", i ? `Xã ${l[0]}` : l[0], l[1], l[2], l[3], l[4], slip?.row === i + 4 ? slip.rate : rateOf(l)]),
  ];
}
const LINES: Line[] = [
  ["Pà Cò", 600, 120, 426, 108],
  ["Hang Kia", 800, 0, 560, 0],
  ["Tân Sơn", 950, 0, 601, 0],
  ["Bao La", 700, 0, 497, 0],
];

const FORM: CellValue[][] = [
  ["BIỂU TỔNG HỢP GIẢI NGÂN NĂM 2026 THEO XÃ"],
  ["Đơn vị tính: triệu đồng"],
  ["STT", "Đơn vị", "Kế hoạch: Tổng số", "Kế hoạch: NSTW vốn ĐTPT", "Kế hoạch: NSTW kinh phí thường xuyên", "Kế hoạch: NSĐP", "Giải ngân: Tổng số", "Giải ngân: NSTW vốn ĐTPT", "Giải ngân: NSTW kinh phí thường xuyên", "Giải ngân: NSĐP", "Tỷ lệ giải ngân (%)"],
  ["A", "B", "1=2+3+4", "2", "3", "4", "5=6+7+8", "6", "7", "8", "9=5/1*100"],
  ...LINES.map((l, i): CellValue[] => [String(i + 1), `Xã ${l[0]}`, null, null, null, null, null, null, null, null, null]),
];

const fill = (...sources: CellValue[][][]) =>
  fillWorkbook(book("Biểu", FORM), sources.map((rows, i) => ({ name: `xa-${i + 1}.xlsx`, workbook: book("GN", rows) })));

test("the total is NSTW + NSĐP from the source, the rate over it, the split parts empty with their reason", () => {
  const r = fill(source(LINES));
  expect([at(r, "C5"), at(r, "F5"), at(r, "G5"), at(r, "J5"), at(r, "K5")]).toEqual([720, 120, 534, 108, 74.17]);
  expect([at(r, "C6"), at(r, "G6"), at(r, "K6")]).toEqual([800, 560, 70]);
  for (const cell of ["D5", "E5", "H5", "I5"]) {
    expect(at(r, cell)).toBeUndefined();
    expect(why(r, cell)).toMatch(/Không nguồn nào có cột/);
  }
  expect(r.notes.map((n) => n.message.vi).join(" | ")).not.toMatch(/cho khớp với các ô thành phần/);
  expect(r.formFindings).toEqual([]);
});

test("a source whose rate is over both funds is not reported wrong; a rate that is wrong still is", () => {
  expect(fill(source(LINES)).sourceErrors).toEqual([]);
  const slipped = fill(source(LINES, { row: 5, rate: 70 }));
  expect(JSON.stringify(slipped.sourceErrors)).toContain("G5");
});
