/**
 * Precision where one slip moves other cells: a SUM that skips a row under formula totals moves the
 * totals computed from it, not the typed cells beside them; a rate over a total that disagrees with
 * its own rows is not "corrected"; group rows marked `x` do not end the table.
 */
import type { CellValue } from "../../src/core/grid";
import type { Analysis } from "../../src/core";
import { checkRows } from "../helpers/checkRows";

const check = (rows: CellValue[][]): Promise<Analysis> => checkRows(rows, [], "KH");
const found = (a: Analysis) => a.findings.map((f) => `${f.cell}:${f.rule}`);
const f = (formula: string, result: number): CellValue => ({ formula, result }) as unknown as CellValue;

test("a SUM that skips a row under formula totals is the one finding; the typed totals beside them are right", async () => {
  // Column C is typed (the true totals), D and E are formulas; D3 leaves out row 4.
  const rows = (gap: boolean): CellValue[][] => [
    ["STT", "Nội dung", "Tổng số", "NSTW", "NSĐP"],
    ["", "Tổng cộng", 60.5, f("D3+D7", gap ? 33 : 45), f("E3+E7", 15.5)],
    ["1", "Hợp phần 1", 38.5, f(gap ? "SUM(D5:D6)" : "SUM(D4:D6)", gap ? 20 : 32), f("SUM(E4:E6)", 6.5)],
    ["1.1", "Nội dung 1", 14.5, 12, 2.5],
    ["1.2", "Nội dung 2", 12, 9, 3],
    ["1.3", "Nội dung 3", 12, 11, 1],
    ["2", "Hợp phần 2", 22, f("SUM(D8:D9)", 13), f("SUM(E8:E9)", 9)],
    ["2.1", "Nội dung 4", 10, 6, 4],
    ["2.2", "Nội dung 5", 12, 7, 5],
  ];
  expect((await check(rows(false))).findings).toEqual([]);
  expect(found(await check(rows(true)))).toEqual(["D3:sum-range-gap"]);
});

test("a rate over a total that disagrees with the `-` rows under it is not corrected", async () => {
  const rows = (works: number): CellValue[][] => [
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Tỷ lệ TH/KH (%)"],
    ["I", "Chỉ tiêu về hộ nghèo", "", "x", "x", "x"],
    ["1", "Số hộ thoát nghèo", "hộ", 571, 636, 111.4],
    ["2", "Số hộ cận nghèo thoát cận nghèo", "hộ", 432, 407, 94.2],
    ["II", "Chỉ tiêu về kết quả hỗ trợ", "", "x", "x", "x"],
    ["3", "Số công trình hạ tầng", "công trình", works, 49, 102.1],
    ["-", "Giao thông", "công trình", 20, 22, 110],
    ["-", "Thủy lợi", "công trình", 19, 17, 89.5],
    ["-", "Trường học", "công trình", 9, 10, 111.1],
    ["4", "Số lao động được đào tạo nghề", "người", 2169, 1867, 86.1],
    ["5", "Số hộ được hỗ trợ nhà ở", "hộ", 110, 91, 82.7],
  ];
  expect((await check(rows(48))).findings).toEqual([]);
  const a = await check(rows(53));
  expect(a.findings.map((x) => `${x.cell}:${!!x.fix}`)).toEqual(["F6:false"]);
  expect(a.findings[0].message.vi).toContain("D6 (53) cũng khác tổng các dòng bên dưới nó (48)");
  // The `x` group row II does not end the table: a slip below it is still found.
  const below = rows(48);
  below[9][5] = 79.7;
  expect(found(await check(below))).toEqual(["F10:percent-mismatch"]);
});

test("an unnumbered row of `x` under a table ends it: the ratios below are not its rows", async () => {
  const rows: CellValue[][] = [
    ["", "Tháng 1", "Tháng 2", "Cộng"],
    ["Nhân viên A", 1, 1, f("SUM(B2:C2)", 2)],
    ["Nhân viên B", 2, 0, f("SUM(B3:C3)", 2)],
    ["Nhân viên C", 0, 1, f("SUM(B4:C4)", 1)],
    ["Tuyển mới:", "x", "x", "x"],
    ["Tỷ số", f("B3/B2", 2), f("C4/C2", 1), f("D3/D2", 1)],
  ];
  expect((await check(rows)).findings).toEqual([]);
});
