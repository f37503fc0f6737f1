/** Each rule on a small table written for it, as a real .xlsx file. */
import type { CellValue } from "../../src/core/grid";
import { analyzeWorkbook, type Analysis } from "../../src/core";
import { readWorkbook } from "../../src/cli/readXlsx";
import { writeXlsx } from "../helpers/appendix";

async function check(rows: CellValue[][], formats: Record<string, string> = {}): Promise<Analysis> {
  const sheet = { name: "Bieu", rows, merges: [], formats: new Map(Object.entries(formats)), where: new Map<string, string>() };
  return analyzeWorkbook(await readWorkbook(await writeXlsx([sheet])));
}

const cells = (a: Analysis) => a.findings.map((f) => `${f.cell}:${f.rule}`);

/** A target appendix by commune: households, poor at start and end with rates, decrease, target, achievement. */
function targets(override: (rows: CellValue[][]) => void = () => undefined, numberRow = true): CellValue[][] {
  const units: [string, number, number, number, number][] = [
    ["Xã An Phú", 1450, 210, 158, 3.5],
    ["Xã Bình Minh", 980, 122, 95, 2.5],
    ["Xã Cẩm Sơn", 1320, 260, 199, 4],
    ["Thị trấn Mẫu", 2210, 64, 41, 1],
  ];
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const body = units.map(([name, hh, p0, p1, target], i) => {
    const e = r2((p0 / hh) * 100);
    const g = r2((p1 / hh) * 100);
    const h = r2(e - g);
    return [i + 1, name, hh, p0, e, p1, g, h, target, r2((h / target) * 100)] as CellValue[];
  });
  const sum = (k: number) => body.reduce((a, r) => a + (r[k] as number), 0);
  const hh = sum(2);
  const e = r2((sum(3) / hh) * 100);
  const g = r2((sum(5) / hh) * 100);
  const total: CellValue[] = ["", "Toàn huyện", hh, sum(3), e, sum(5), g, r2(e - g), 3, r2(((e - g) / 3) * 100)];
  const rows: CellValue[][] = [
    ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU GIẢM NGHÈO NĂM 2024"],
    [],
    ["STT", "Xã, thị trấn", "Tổng số hộ", "Hộ nghèo đầu năm", "", "Hộ nghèo cuối năm", "", "Tỷ lệ giảm (%)", "Chỉ tiêu giảm được giao (%)", "Đạt so với chỉ tiêu (%)"],
    ["", "", "", "Số hộ", "Tỷ lệ (%)", "Số hộ", "Tỷ lệ (%)", "", "", ""],
    ...(numberRow ? [["A", "B", "1", "2", "3=2/1*100", "4", "5=4/1*100", "6=3-5", "7", "8=6/7*100"]] : []),
    total,
    ...body,
  ];
  override(rows);
  return rows;
}

describe("target appendices", () => {
  test.each([true, false])("consistent, with column-number row %s: no finding", async (numberRow) => {
    const a = await check(targets(undefined, numberRow));
    expect(a.sheets[0].kind).toBe("targets");
    expect(a.findings).toEqual([]);
  });

  test.each([true, false])("averaged rate, wrong decrease and wrong achievement (column-number row %s)", async (numberRow) => {
    const off = numberRow ? 0 : -1;
    const a = await check(
      targets((rows) => {
        const total = rows[5 + off];
        const units = rows.slice(6 + off);
        total[6] = Math.round((units.reduce((s, r) => s + (r[6] as number), 0) / units.length) * 100) / 100; // averaged
        units[1][7] = 2.57; // decrease typed wrong (true 2.76)
        units[2][9] = 150; // achievement matches nothing
      }, numberRow),
    );
    const r = (n: number) => n + off;
    expect(cells(a)).toEqual([`G${r(6)}:averaged-rate`, `H${r(8)}:difference-mismatch`, `J${r(9)}:percent-mismatch`]);
    expect(a.findings[1].expected).toBe(2.76);
  });

  test("a rate truncated rather than rounded is accepted", async () => {
    // 458/700 = 65,428…%: 65,42 (truncated) and 65,43 (rounded) both pass, 65,44 does not.
    const rows = (rate: number): CellValue[][] => [
      ["STT", "Xã", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"],
      [1, "Xã A", 700, 458, rate],
      [2, "Xã B", 800, 200, 25],
      [3, "Xã C", 500, 100, 20],
    ];
    expect((await check(rows(65.42), { E2: "0.00" })).findings).toEqual([]);
    expect((await check(rows(65.43), { E2: "0.00" })).findings).toEqual([]);
    expect(cells(await check(rows(65.44), { E2: "0.00" }))).toEqual(["E2:percent-mismatch"]);
  });
});

describe("breakdowns and shares", () => {
  const breakdown = (d2: number): CellValue[][] => [
    ["STT", "Mô hình", "Tổng số hộ tham gia", "Trong đó", "", ""],
    ["", "", "", "Hộ nghèo", "Hộ cận nghèo", "Hộ mới thoát nghèo"],
    [1, "Mô hình nuôi bò", 46, 27, 18, 1],
    [2, "Mô hình trồng rừng", d2, 14, 4, 2],
    [3, "Mô hình nuôi gà", 30, 20, 8, 2],
    [4, "Mô hình dệt may", 12, 6, 6, 0],
  ];
  test("a breakdown adds up to its count", async () => {
    expect((await check(breakdown(20))).findings).toEqual([]);
    const a = await check(breakdown(21));
    expect(cells(a)).toEqual(["C4:sum-mismatch"]);
    expect(a.findings[0]).toMatchObject({ stated: 21, expected: 20 });
  });

  test("a partial `Trong đó` list is not flagged", async () => {
    const rows: CellValue[][] = [
      ["STT", "Nội dung", "Tổng số lao động", "Trong đó", ""],
      ["", "", "", "Xuất khẩu lao động", "Lao động DTTS"],
      [1, "Huyện A", 6420, 874, 1200],
      [2, "Huyện B", 5100, 300, 900],
      [3, "Huyện C", 4000, 250, 1100],
    ];
    expect((await check(rows)).findings).toEqual([]);
  });

  test("shares of one whole add up to 100", async () => {
    const rows = (last: number): CellValue[][] => [
      ["STT", "Nguồn vốn", "Số tiền (triệu đồng)", "Cơ cấu (%)"],
      ["", "Tổng cộng", 13382, 100],
      [1, "Ngân sách trung ương", 13164, 98.37],
      [2, "Ngân sách địa phương", 218, last],
    ];
    expect((await check(rows(1.63))).findings).toEqual([]);
    const a = await check(rows(5.53));
    expect(a.findings.map((f) => f.rule)).toContain("share-sum");
  });
});

describe("formulas", () => {
  const withFormulas = (totalC: CellValue, totalD: CellValue): CellValue[][] => [
    ["STT", "Xã", "Tổng số hộ", "Số hộ nghèo", "Số hộ cận nghèo"],
    ["", "Toàn huyện", totalC, totalD, "=SUM(E3:E6)"],
    [1, "Xã A", 700, 58, 40],
    [2, "Xã B", 800, 20, 35],
    [3, "Xã C", 500, 10, 12],
    [4, "Xã D", 600, 30, 22],
  ];

  test("formulas without cached results are evaluated, not read as 0", async () => {
    expect((await check(withFormulas("=SUM(C3:C6)", "=SUM(D3:D6)"))).findings).toEqual([]);
  });

  test("a SUM that skips a row is reported as a range gap", async () => {
    const a = await check(withFormulas("=SUM(C3:C5)", "=SUM(D3:D6)"));
    expect(cells(a)).toEqual(["C2:sum-range-gap"]);
    expect(a.findings[0]).toMatchObject({ stated: 2000, expected: 2600 });
  });

  test("a typed total among formula totals is a warning", async () => {
    const rows = withFormulas("=SUM(C3:C6)", 118);
    rows[1][5] = "=SUM(F3:F6)";
    rows[0][5] = "Số hộ thoát nghèo";
    [5, 3, 2, 4].forEach((v, i) => (rows[2 + i][5] = v));
    rows[1][6] = "=SUM(G3:G6)";
    rows[0][6] = "Số hộ tái nghèo";
    [1, 0, 2, 1].forEach((v, i) => (rows[2 + i][6] = v));
    const a = await check(rows);
    expect(a.findings.map((f) => `${f.cell}:${f.rule}:${f.severity}`)).toEqual(["D2:hardcoded-total:warning"]);
  });

  test("#REF! is reported and left out of the checks", async () => {
    const rows = withFormulas("=SUM(C3:C6)", "=SUM(D3:D6)");
    rows[3][3] = "=#REF!+1";
    const a = await check(rows);
    expect(a.findings.every((f) => f.severity !== "error")).toBe(true);
  });
});

describe("indicator lists and numbers as text", () => {
  test("Kế hoạch / Thực hiện / Tỷ lệ", async () => {
    const rows = (r3: number): CellValue[][] => [
      ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"],
      [1, "Số lao động được đào tạo nghề", "người", 500, 430, 86],
      [2, "Số hộ được hỗ trợ nhà ở", "hộ", 120, 96, 80],
      [3, "Số mô hình giảm nghèo", "mô hình", 8, 6, r3],
      [4, "Số người được hỗ trợ việc làm", "người", 300, 270, 90],
    ];
    expect((await check(rows(75))).findings).toEqual([]);
    expect(cells(await check(rows(0.75)))).toEqual(["F4:percent-scale"]);
  });

  test("a number stored as text is a warning with its value", async () => {
    const rows: CellValue[][] = [
      ["STT", "Xã", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"],
      [1, "Xã A", 700, 70, 10],
      [2, "Xã B", "1.856", 200, 10.78],
      [3, "Xã C", 500, 100, 20],
    ];
    const a = await check(rows);
    expect(a.findings).toEqual([expect.objectContaining({ cell: "C3", rule: "number-as-text", severity: "warning", stated: "1.856", expected: 1856 })]);
  });
});

describe("precision on typed figures", () => {
  test("a zero typed as text is no finding: converting it changes nothing", async () => {
    const rows: CellValue[][] = [
      ["STT", "Xã", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"],
      [1, "Xã A", 700, 70, 10],
      [2, "Xã B", 500, "0", 0],
      [3, "Xã C", 400, 100, 25],
    ];
    expect((await check(rows)).findings).toEqual([]);
  });

  test("a column whose totals are all typed is not a 'typed total' among other columns' formulas", async () => {
    const rows: CellValue[][] = [
      ["STT", "Đơn vị", "Số hộ", "Số hộ nghèo", "Số hộ thoát nghèo"],
      ["I", "Khu vực I", "=SUM(C3:C4)", "=SUM(D3:D4)", 9],
      [1, "Xã A", 700, 70, 5],
      [2, "Xã B", 500, 40, 4],
      ["II", "Khu vực II", "=SUM(C6:C7)", "=SUM(D6:D7)", 7],
      [1, "Xã C", 400, 30, 3],
      [2, "Xã D", 300, 20, 4],
      ["III", "Khu vực III", "=SUM(C9:C10)", "=SUM(D9:D10)", 3],
      [1, "Xã E", 350, 25, 1],
      [2, "Xã G", 250, 15, 2],
      ["IV", "Khu vực IV", "=SUM(C12:C13)", "=SUM(D12:D13)", 6],
      [1, "Xã H", 320, 22, 2],
      [2, "Xã K", 280, 18, 4],
    ];
    expect((await check(rows)).findings).toEqual([]);
    rows[1][2] = 1200;
    expect((await check(rows)).findings.map((f) => `${f.cell}:${f.rule}`)).toEqual(["C2:hardcoded-total"]);
  });
});
