/** Figures of the text keyed like appendix cells, and compared with the sample appendix. */
import { join } from "path";
import { readWorkbook } from "../../src/cli/readXlsx";
import { analyzeWorkbook } from "../../src/core/analyze";
import type { WorkbookGrid } from "../../src/core/grid";
import { checkTextAgainst, textFigures } from "../../src/core/text";
import type { Analysis } from "../../src/core/types";

let workbook: WorkbookGrid;
let analysis: Analysis;

beforeAll(async () => {
  workbook = await readWorkbook(join(__dirname, "../fixtures/giai-ngan-huyen-mau-2023.xlsx"));
  analysis = analyzeWorkbook(workbook);
});

test("figures are keyed by project, measure and source; a part whose measure is not said is left out", () => {
  const text = [
    "Tổng kế hoạch vốn thực hiện Chương trình là 10.370 triệu đồng.",
    "3. Dự án 3: kế hoạch vốn 3.185 triệu đồng, trong đó vốn sự nghiệp 3.065 triệu đồng; giải ngân vốn sự nghiệp 1.719,25 triệu đồng.",
    "- Tiểu dự án 2: giải ngân 412/655 triệu đồng, đạt 62,9%.",
  ].join("\n");
  expect(textFigures(text).map((f) => [f.code, f.measure, f.source, f.q.raw, f.namedHere])).toEqual([
    ["total", "plan", "total", "10.370 triệu đồng", false],
    ["DA3", "plan", "total", "3.185 triệu đồng", true],
    ["DA3", "disbursed", "SN", "1.719,25 triệu đồng", true],
    ["DA3.2", "disbursed", "total", "412", true],
    ["DA3.2", "plan", "total", "655 triệu đồng", true],
    ["DA3.2", "rate", "total", "62,9%", true],
  ]);
});

test("figures that agree with the appendix, in other units or rounded, are not flagged", () => {
  const text = [
    "Tổng kế hoạch vốn thực hiện Chương trình là 10,37 tỷ đồng; lũy kế giải ngân 6.090,8 triệu đồng, đạt 58,73%.",
    "Dự án 7: kế hoạch vốn 775.000.000 đồng; đã giải ngân 582,53 triệu đồng, đạt 75,1%.",
    "Dự án 4: nguồn vốn đầu tư phát triển giải ngân 1.150 triệu đồng.",
  ].join("\n");
  expect(checkTextAgainst(text, analysis, workbook)).toEqual([]);
});

test("a figure that disagrees names the cell, and says when the cell is itself wrong", () => {
  const [f] = checkTextAgainst("Dự án 2: kế hoạch vốn giao 3.120 triệu đồng; đã giải ngân 1.844,5 triệu đồng, đạt 59,12%.", analysis, workbook);
  expect(f).toMatchObject({ line: 1, rule: "text-sheet-mismatch", severity: "error", stated: 59.12, expected: 62.5, related: ["Bieu 01 - Giai ngan!K13"] });
  expect(f.message.vi).toContain("chính ô này cũng bị báo lỗi (percent-mismatch)");
});

test("a figure whose project is unclear is not compared", () => {
  expect(checkTextAgainst("Dự án 2 và Dự án 3 đã giải ngân 999 triệu đồng.", analysis, workbook)).toEqual([]);
  expect(checkTextAgainst("Đã giải ngân 999 triệu đồng cho các hộ.", analysis, workbook)).toEqual([]);
});

test("a project named only in the heading above gives a warning, not an error", () => {
  const [f] = checkTextAgainst("2. Dự án 2: Đa dạng hóa sinh kế\nĐã giải ngân 1.900 triệu đồng.", analysis, workbook);
  expect(f).toMatchObject({ line: 2, severity: "warning", expected: 1844.5 });
});

describe("against a target sheet: poor households by unit, start and end of the period", () => {
  let targets: WorkbookGrid;
  let targetAnalysis: Analysis;
  beforeAll(async () => {
    targets = await readWorkbook(join(__dirname, "../fixtures/chi-tieu-huyen-mau-2023.xlsx"));
    targetAnalysis = analyzeWorkbook(targets);
  });
  const against = (text: string) => checkTextAgainst(text, targetAnalysis, targets).map((f) => [f.line, f.stated, f.expected, f.related[0]]);

  test("a count that differs names the cell", () => {
    const [f] = checkTextAgainst("Cuối năm 2023, xã Cẩm Sơn còn 189 hộ nghèo, chiếm 15,08%.", targetAnalysis, targets);
    expect(f).toMatchObject({ rule: "text-sheet-mismatch", severity: "error", stated: 189, expected: 199, related: ["Bieu 02 - Chi tieu!F10"] });
    expect(f.message.vi).toBe('Văn bản ghi 189 hộ (hộ nghèo cuối kỳ, xã Cẩm Sơn) nhưng biểu "Bieu 02 - Chi tieu" ô F10 ghi 199');
    expect(f.message.en).toContain("poor households at the end of the period");
  });

  test("its correct twin, and the share beside it, agree", () => {
    expect(against("Cuối năm 2023, xã Cẩm Sơn còn 199 hộ nghèo, chiếm 15,08%.")).toEqual([]);
  });

  test("a rate that differs, at the start of the year", () => {
    expect(against("Đầu năm 2023, tỷ lệ hộ nghèo của xã Đồng Tâm là 20,53%.")).toEqual([[1, 20.53, 20.35, "Bieu 02 - Chi tieu!E12"]]);
    expect(against("Đầu năm 2023, tỷ lệ hộ nghèo của xã Đồng Tâm là 20,35%.")).toEqual([]);
  });

  test("the whole district is its total row, and a unit named without its type word matches", () => {
    expect(against("Cuối năm, toàn huyện còn 643 hộ nghèo.")).toEqual([[1, 643, 634, "Bieu 02 - Chi tieu!F7"]]);
    expect(against("Cuối năm, toàn huyện còn 634 hộ nghèo.")).toEqual([]);
  });

  test("a figure whose unit or period is unclear is not compared", () => {
    expect(against("Thị trấn Mẫu và xã An Phú có 105 hộ nghèo cuối năm.")).toEqual([]);
    expect(against("Xã An Phú có 150 hộ nghèo.")).toEqual([]);
    expect(against("Ở xã An Phú, tỷ lệ hộ nghèo giảm từ 14,48% đầu năm xuống 10,5% cuối năm.")).toEqual([]);
    expect(against("Cuối năm, xã An Phú hỗ trợ 12 hộ mới thoát nghèo.")).toEqual([]);
  });
});
