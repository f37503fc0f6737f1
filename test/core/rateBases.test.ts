/**
 * A rate over several funding sources with no total column: the rate is over the sum of the
 * sources, not over any one of them, and the report says which base matched (issue 11, forms §6).
 */
import type { CellValue, Merge } from "../../src/core/grid";
import type { Analysis } from "../../src/core";
import { checkRows } from "../helpers/checkRows";

const check = (rows: CellValue[][], merges: Merge[] = []): Promise<Analysis> => checkRows(rows, merges, "GN");
const cells = (a: Analysis) => a.findings.map((f) => `${f.cell}:${f.rule}:${f.expected}`);
const notes = (a: Analysis) => (a.sheets[0].tables[0].notes ?? []).map((n) => n.vi).join(" | ");
const r2 = (x: number) => Math.round(x * 100) / 100;

const COMMUNES = ["Nậm Cang", "Bản Hồ", "Tả Phìn", "Sử Pán", "Lao Chải", "San Sả Hồ", "Trung Chải", "Hầu Thào", "Ngũ Chỉ Sơn", "Thanh Bình"];
/** Plan and disbursed by NSTW and NSĐP; only three communes have local funds, as is common. */
const figures = COMMUNES.map((name, i) => {
  const planTW = 540 + 83 * i;
  const planDP = [1, 4, 8].includes(i) ? 90 + 15 * i : 0;
  return { name, planTW, planDP, disbTW: Math.round(planTW * (0.62 + 0.02 * i)), disbDP: Math.round(planDP * 0.85) };
});
type F = (typeof figures)[number];
const total: F = figures.reduce((s, f) => ({ name: "Tổng cộng", planTW: s.planTW + f.planTW, planDP: s.planDP + f.planDP, disbTW: s.disbTW + f.disbTW, disbDP: s.disbDP + f.disbDP }), { name: "", planTW: 0, planDP: 0, disbTW: 0, disbDP: 0 });
const overAll = (f: F) => r2(((f.disbTW + f.disbDP) / (f.planTW + f.planDP)) * 100);
const overCentral = (f: F) => r2((f.disbTW / f.planTW) * 100);

/** Header on rows 3–4 (merged groups), the total on row 5, communes from row 6. */
function sheet(rate: (f: F) => number, slips: Record<number, number> = {}): { rows: CellValue[][]; merges: Merge[] } {
  const rows: CellValue[][] = [
    ["TỔNG HỢP GIẢI NGÂN VỐN CHƯƠNG TRÌNH NĂM 2026"],
    ["Đơn vị tính: triệu đồng"],
    ["STT", "Xã", "Kế hoạch vốn giao", "", "Giải ngân đến 31/12", "", "Tỷ lệ giải ngân (%)"],
    ["", "", "NSTW", "NSĐP", "NSTW", "NSĐP", ""],
    ...[total, ...figures].map((f, i): CellValue[] => [i ? i : "", i ? `Xã ${f.name}` : f.name, f.planTW, f.planDP, f.disbTW, f.disbDP, slips[i + 5] ?? rate(f)]),
  ];
  const m = (top: number, left: number, bottom: number, right: number): Merge => ({ top, left, bottom, right });
  return { rows, merges: [m(2, 2, 2, 3), m(2, 4, 2, 5), m(2, 0, 3, 0), m(2, 1, 3, 1), m(2, 6, 3, 6)] };
}

describe("a rate over NSTW + NSĐP with no total column", () => {
  test("is not reported wrong on the communes with local funds, and the base is said", async () => {
    const { rows, merges } = sheet(overAll);
    const a = await check(rows, merges);
    expect(a.findings).toEqual([]);
    expect(notes(a)).toContain("tổng các nguồn");
    expect(notes(a)).toContain("(E + F) / (C + D)");
  });

  test("a slip is found whether or not the commune has local funds", async () => {
    // Row 8 (Tả Phìn… index 2) has no NSĐP; row 10 (Lao Chải, index 4) has.
    const { rows, merges } = sheet(overAll, { 8: 60, 10: 7.29 });
    const a = await check(rows, merges);
    expect(cells(a)).toEqual([`G8:percent-mismatch:${overAll(figures[2])}`, `G10:percent-mismatch:${overAll(figures[4])}`]);
    expect(a.findings[1].message.vi).toContain("(E10 + F10)/(C10 + D10)");
  });

  test("correct twin: a rate over NSTW alone is read as such, with no note of a sum", async () => {
    const { rows, merges } = sheet(overCentral);
    const a = await check(rows, merges);
    expect(a.findings).toEqual([]);
    expect(notes(a)).not.toContain("tổng các nguồn");
    const slipped = sheet(overCentral, { 10: r2(overAll(figures[4])) });
    expect(cells(await check(slipped.rows, slipped.merges))).toEqual([`G10:percent-mismatch:${overCentral(figures[4])}`]);
  });

  test("a table with a total column keeps the total as the base", async () => {
    const rows: CellValue[][] = [
      ["STT", "Xã", "Kế hoạch: Tổng số", "Kế hoạch: NSTW", "Kế hoạch: NSĐP", "Giải ngân: Tổng số", "Giải ngân: NSTW", "Giải ngân: NSĐP", "Tỷ lệ giải ngân (%)"],
      ...figures.map((f, i): CellValue[] => [i + 1, `Xã ${f.name}`, f.planTW + f.planDP, f.planTW, f.planDP, f.disbTW + f.disbDP, f.disbTW, f.disbDP, overAll(f)]),
    ];
    const a = await check(rows);
    expect(a.findings).toEqual([]);
    expect(notes(a)).not.toContain("tổng các nguồn");
  });

  test("three sources (ĐTPT, sự nghiệp, NSĐP) add up, ĐTPT and SN not counted twice under NSTW", async () => {
    const rows: CellValue[][] = [
      ["STT", "Đơn vị", "Kế hoạch vốn ĐTPT", "Kế hoạch vốn sự nghiệp", "Kế hoạch NSĐP", "Giải ngân vốn ĐTPT", "Giải ngân vốn sự nghiệp", "Giải ngân NSĐP", "Tỷ lệ giải ngân chung (%)"],
      ...figures.map((f, i): CellValue[] => {
        const sn = 100 + 7 * i;
        const snDisb = Math.round(sn * 0.5);
        return [i + 1, `Xã ${f.name}`, f.planTW, sn, f.planDP, f.disbTW, snDisb, f.disbDP, r2(((f.disbTW + snDisb + f.disbDP) / (f.planTW + sn + f.planDP)) * 100)];
      }),
    ];
    const a = await check(rows);
    expect(a.findings).toEqual([]);
    expect(notes(a)).toContain("(F + G + H) / (C + D + E)");
  });
});

describe("an indicator list's `Tỷ lệ so với kế hoạch`", () => {
  const rows = (slips: Record<number, number> = {}): CellValue[][] => {
    const items: [string, string, number, number][] = [
      ["Số hộ thoát nghèo trong năm", "hộ", 420, 397],
      ["Số lao động được đào tạo nghề", "người", 1500, 1622],
      ["Số nhà ở được hỗ trợ xây mới", "căn", 85, 85],
      ["Số mô hình sinh kế", "mô hình", 12, 9],
      ["Số lượt người được truyền thông", "lượt", 6000, 6840],
      ["Số xã đạt chuẩn tiếp cận thông tin", "xã", 18, 17],
    ];
    return [
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Thực hiện năm 2026", "Tỷ lệ so với kế hoạch (%)"],
      ...items.map(([label, unit, plan, done], i): CellValue[] => [i + 1, label, unit, plan, done, slips[i + 2] ?? r2((done / plan) * 100)]),
    ];
  };
  test("is what was done over what was planned, checked even with two slips in six rows", async () => {
    expect((await check(rows())).findings).toEqual([]);
    expect(cells(await check(rows({ 3: 1.0813, 5: 70 })))).toEqual(["F3:percent-scale:108.13", "F5:percent-mismatch:75"]);
  });
});

describe("`Tỷ lệ giảm (%)` of household counts", () => {
  const rows = (slip?: number): CellValue[][] => {
    const units: [string, number, number][] = [["Xã Tân Lập", 128, 96], ["Xã Hòa Bình", 75, 61], ["Xã Phú Mỹ", 210, 150], ["Xã An Khánh", 44, 40], ["Xã Mỹ Lộc", 90, 72]];
    return [
      ["STT", "Đơn vị", "Số hộ nghèo đầu năm", "Số hộ nghèo cuối năm", "Tỷ lệ giảm (%)"],
      ...units.map(([n, a, b], i): CellValue[] => [i + 1, n, a, b, i === 2 && slip !== undefined ? slip : r2(((a - b) / a) * 100)]),
    ];
  };
  test("is the decrease relative to the start; a wrong one is found, the right ones are silent", async () => {
    expect((await check(rows())).findings).toEqual([]);
    expect(cells(await check(rows(14)))).toEqual(["E4:percent-mismatch:28.57"]);
  });
});
