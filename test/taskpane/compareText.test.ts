import { join } from "path";
import { analyzeWorkbook } from "../../src/core";
import { readWorkbook } from "../../src/cli/readXlsx";
import { compareText, sheetCellOf } from "../../src/taskpane/text/compareText";

const PASSAGE = ["Kết quả giải ngân: 4.141.000đ/427.000.000đ đạt 0,0097%.", "Dự án 2: kế hoạch vốn giao 4.931 triệu đồng."].join("\n");

describe("the text view's check", () => {
  it("reports the text's own slip and its mismatch with the sheet, in the order of the text", async () => {
    const grid = await readWorkbook(join(__dirname, "..", "fixtures", "giai-ngan-huyen-mau-2023.xlsx"));
    const { findings, compared } = compareText(PASSAGE, { grid, analysis: analyzeWorkbook(grid) });
    expect(compared).toEqual(["Bieu 01 - Giai ngan"]);
    expect(findings.map((f) => [f.line, f.rule])).toEqual([
      [1, "percent-scale"],
      [2, "text-sheet-mismatch"],
    ]);
    expect(sheetCellOf(findings[0])).toBeUndefined();
    expect(sheetCellOf(findings[1])).toEqual({ sheet: "Bieu 01 - Giai ngan", cell: "C13" });
  });

  it("checks the text alone without a workbook", () => {
    const { findings, compared } = compareText(PASSAGE, undefined);
    expect(compared).toEqual([]);
    expect(findings.map((f) => f.rule)).toEqual(["percent-scale"]);
  });
});
