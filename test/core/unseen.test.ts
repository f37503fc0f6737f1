/** Layouts seen in real reports but not in the samples: source rows under projects, đồng tables, (1)-style numbers, carried-over funds. */
import type { CellValue } from "../../src/core/grid";
import { analyzeWorkbook, type Analysis } from "../../src/core";
import { readWorkbook } from "../../src/cli/readXlsx";
import { writeXlsx } from "../helpers/appendix";

async function check(rows: CellValue[][], formats: Record<string, string> = {}): Promise<Analysis> {
  const sheet = { name: "Phu luc", rows, merges: [], formats: new Map(Object.entries(formats)), where: new Map<string, string>() };
  return analyzeWorkbook(await readWorkbook(await writeXlsx([sheet])));
}
const cells = (a: Analysis) => a.findings.map((f) => `${f.cell}:${f.rule}`);

describe("funding sources as rows under each project", () => {
  const rows = (slip = false): CellValue[][] => [
    ["BIỂU TỔNG HỢP GIẢI NGÂN VỐN CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG"],
    ["ĐVT: đồng"],
    ["TT", "Nội dung", "Kế hoạch vốn", "Đã giải ngân", "Tỷ lệ (%)"],
    ["", "Tổng cộng", 1_338_216_000, 867_500_000, 64.82],
    ["I", "Dự án 2: Đa dạng hóa sinh kế", 600_000_000, 420_000_000, 70],
    ["-", "Ngân sách trung ương", 550_000_000, 400_000_000, 72.73],
    ["-", "Ngân sách địa phương", 50_000_000, 20_000_000, 40],
    ["II", "Dự án 3: Hỗ trợ phát triển sản xuất", 738_216_000, 447_500_000, 60.62],
    ["-", "Ngân sách trung ương", 700_000_000, slip ? 430 : 430_000_000, 61.43],
    ["-", "Ngân sách địa phương", 38_216_000, 17_500_000, 45.79],
  ];

  test("consistent: no finding, unit đồng", async () => {
    const a = await check(rows());
    expect(a.sheets[0]).toMatchObject({ kind: "disbursement", unit: "dong" });
    expect(a.findings).toEqual([]);
  });

  test("a row typed in triệu inside a đồng table", async () => {
    const a = await check(rows(true));
    expect(cells(a)).toEqual(["D9:unit-scale"]);
    expect(a.findings[0].expected).toBe(430_000_000);
    expect(a.findings[0].related).toEqual(expect.arrayContaining(["D8", "E9"]));
  });
});

describe("column numbers written (1), (2), (3)=(2)/(1)x100", () => {
  const rows = (rate: number): CellValue[][] => [
    ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ đạt (%)"],
    ["(A)", "(B)", "(1)", "(2)", "(3)=(2)/(1)x100"],
    [1, "Số lao động được hỗ trợ", 1228, 600, rate],
    [2, "Số hộ được vay vốn", 2398, 1228, 51.21],
  ];
  test("the stated formula is used even on two rows", async () => {
    expect((await check(rows(48.86))).findings).toEqual([]);
    expect(cells(await check(rows(63)))).toEqual(["E3:percent-mismatch"]);
  });
});

describe("funds carried over from last year", () => {
  test("the rate over plan + carried-over is recognised and said", async () => {
    const rows: CellValue[][] = [
      ["STT", "Nội dung", "Kế hoạch vốn năm 2023", "Vốn năm 2022 chuyển sang", "Giải ngân", "Tỷ lệ giải ngân (%)"],
      [1, "Dự án 1", 1000, 200, 600, 50],
      [2, "Dự án 2", 800, 0, 400, 50],
      [3, "Dự án 3", 500, 100, 300, 50],
      [4, "Dự án 4", 2000, 500, 1250, 50],
    ];
    const a = await check(rows);
    expect(a.findings).toEqual([]);
    expect(a.sheets[0].tables[0].notes?.map((r) => r.vi).join(" | ")).toContain("chuyển sang");
  });
});

test("a second table below the first is not read as rows of the first", async () => {
  const rows: CellValue[][] = [
    ["STT", "Xã", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"],
    ["", "Toàn huyện", 2000, 300, 15],
    [1, "Xã A", 1200, 180, 15],
    [2, "Xã B", 800, 120, 15],
    [],
    ["STT", "Xã", "Số lao động", "Số lao động có việc làm", "Tỷ lệ (%)"],
    [1, "Xã A", 500, 480, 96],
    [2, "Xã B", 400, 380, 95],
  ];
  expect((await check(rows)).findings).toEqual([]);
});

describe("rows", () => {
  test("a row numbered like the projects is not a child of the project above it", async () => {
    const rows: CellValue[][] = [
      ["STT", "Nội dung", "Kế hoạch vốn", "Giải ngân", "Tỷ lệ giải ngân (%)"],
      ["", "Tổng cộng", 1500, 900, 60],
      ["1", "Dự án 2: Đa dạng hóa sinh kế", 1000, 600, 60],
      ["2", "Chi phí quản lý chung", 500, 300, 60],
    ];
    const a = await check(rows);
    expect(a.findings).toEqual([]);
    expect(a.sheets[0].table!.rows.map((r) => r.parent)).toEqual([undefined, 0, 0]);
  });

  test("projects named only by their name and Roman numerals get their codes", async () => {
    const rows: CellValue[][] = [
      ["TT", "Nội dung", "Kế hoạch vốn (triệu đồng)", "Đã giải ngân (triệu đồng)"],
      ["", "Tổng cộng", 3600, 2000],
      ["I", "Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng", 2600, 1500],
      ["1", "Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp", 2000, 1200],
      ["2", "Cải thiện dinh dưỡng", 600, 300],
      ["II", "Truyền thông và giảm nghèo về thông tin", 1000, 500],
    ];
    const a = await check(rows);
    expect(a.sheets[0].table!.rows.map((r) => r.code)).toEqual([undefined, "DA3", "DA3.1", "DA3.2", "DA6"]);
    expect(a.findings).toEqual([]);
  });
});

test("a second table far below the first is checked too", async () => {
  const rows: CellValue[][] = [
    ["BIỂU 01: KẾT QUẢ GIẢI NGÂN"],
    ["STT", "Nội dung", "Kế hoạch vốn", "Giải ngân", "Tỷ lệ giải ngân (%)"],
    ["", "Tổng cộng", 3000, 1500, 50],
    ["1", "Dự án 2", 1000, 600, 60],
    ["2", "Dự án 3", 2000, 900, 45],
  ];
  for (let i = 0; i < 70; i++) rows.push([]);
  rows.push(["BIỂU 02: KẾ HOẠCH VỐN NĂM 2024"], ["Đơn vị tính: triệu đồng"]);
  rows.push(["STT", "Nội dung", "Kế hoạch vốn", "Giải ngân", "Tỷ lệ giải ngân (%)"]);
  rows.push(["", "Tổng cộng", 3000, 1800, 60], ["1", "Dự án 4", 1000, 600, 60], ["2", "Dự án 6", 2000, 1200, 64.4]);
  const a = await check(rows);
  expect(a.findings.map((f) => `${f.cell}:${f.rule}`)).toEqual(["E81:percent-mismatch"]);
});

test("subtotal rows written after their group (Cộng Dự án 1) add up that group", async () => {
  const rows = (c6: number): CellValue[][] => [
    ["Đơn vị tính: triệu đồng"],
    ["STT", "Nội dung", "Kế hoạch vốn", "Đã giải ngân", "Tỷ lệ (%)"],
    ["I", "Dự án 1"],
    ["a", "Tiểu dự án 1", 1200, 800, 66.67],
    ["b", "Tiểu dự án 2", 600, 330, 55],
    ["", "Cộng Dự án 1", c6, 1130, 62.78],
    ["II", "Dự án 3"],
    ["a", "Tiểu dự án 1", 900, 600, 66.67],
    ["b", "Tiểu dự án 2", 400, 120, 30],
    ["", "Cộng Dự án 3", 1300, 720, 55.38],
    ["", "TỔNG CỘNG", 3100, 1850, 59.68],
  ];
  expect((await check(rows(1800))).findings).toEqual([]);
  const a = await check(rows(1900));
  expect(a.findings.map((f) => `${f.cell}:${f.rule}:${f.expected}`)).toEqual(["C6:sum-mismatch:1800"]);
});

test("a lower-is-better indicator may state its achievement as plan / actual", async () => {
  const rows = (f7: number): CellValue[][] => [
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ đạt (%)"],
    [1, "Số hộ thoát nghèo", "Hộ", 450, 468, 104],
    [2, "Lao động được đào tạo", "Người", 800, 765, 95.63],
    [3, "Công trình hạ tầng", "Công trình", 35, 31, 88.57],
    [4, "Hộ được hỗ trợ nhà ở", "Hộ", 120, 126, 105],
    [5, "Mô hình giảm nghèo", "Mô hình", 12, 9, 75],
    [6, "Tỷ lệ hộ nghèo cuối năm (giảm còn)", "%", 8.5, 8.1, f7],
  ];
  expect((await check(rows(104.94))).findings).toEqual([]);
  expect((await check(rows(95.29))).findings).toEqual([]);
  expect((await check(rows(110))).findings.map((f) => `${f.cell}:${f.rule}`)).toEqual(["F7:percent-mismatch"]);
});

describe("second adversarial round", () => {
  test("a ratio or code column is not summed down the rows", async () => {
    const rows: CellValue[][] = [
      ["STT", "Nội dung", "Kế hoạch", "Giải ngân", "tg", "mã"],
      ["", "Tổng cộng", 3000, 1800, 0.6, 1000],
      ["1", "Dự án 1", 1000, 500, 0.5, 1001],
      ["2", "Dự án 2", 1200, 800, 0.667, 1002],
      ["3", "Dự án 3", 800, 500, 0.625, 1003],
    ];
    expect((await check(rows)).findings).toEqual([]);
  });

  test("English headers are read", async () => {
    const rows = (rate: number): CellValue[][] => [
      ["No.", "Content", "Plan (Kế hoạch)", "Disbursed (Giải ngân)", "Disbursement rate (%)"],
      ["", "Total", 3000, 1800, 60],
      ["1", "Project 1", 1000, 500, 50],
      ["1.1", "Sub-project 1", 600, 300, 50],
      ["1.2", "Sub-project 2", 400, 200, 50],
      ["2", "Project 2", 2000, 1300, rate],
    ];
    const ok = await check(rows(65));
    expect(ok.sheets[0].kind).toBe("disbursement");
    expect(ok.findings).toEqual([]);
    expect(cells(await check(rows(56)))).toEqual(["E6:percent-mismatch"]);
  });

  test("a count typed ×1000 is blamed, not the total it breaks", async () => {
    const rows: CellValue[][] = [
      ["STT", "Xã", "Số nhân khẩu", "Số hộ"],
      ["", "Toàn huyện", 5604, 1500],
      [1, "Xã A", 1604, 420],
      [2, "Xã B", 2000, 530],
      [3, "Xã C", 2000, 550],
    ];
    rows[2][2] = 1604000;
    const a = await check(rows);
    expect(a.findings.map((f) => `${f.cell}:${f.rule}:${f.expected}`)).toEqual(["C3:unit-scale:1604"]);
  });

  test("a rate stored as text that is also wrong is reported as wrong", async () => {
    const rows: CellValue[][] = [
      ["STT", "Nội dung", "Kế hoạch", "Giải ngân", "Tỷ lệ (%)"],
      [1, "Dự án 1", 1000, 500, "50,00%"],
      [2, "Dự án 2", 1200, 800, "65,96%"],
      [3, "Dự án 3", 800, 500, "62,50%"],
    ];
    const a = await check(rows);
    expect(a.findings.find((f) => f.cell === "E3")).toMatchObject({ rule: "percent-mismatch", expected: 66.67 });
  });
});
