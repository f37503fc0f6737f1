import * as fs from "fs";
import * as path from "path";
import { analyzeWorkbook } from "../../src/core";
import { readWorkbookBytes } from "../../src/read";
import { columnHeader, placeFinder, placeText } from "../../src/taskpane/check/describe";

describe("a finding in the accountant's words", () => {
  it("names K13 of the sample by its row and its column", async () => {
    const file = path.join(__dirname, "..", "fixtures", "giai-ngan-huyen-mau-2023.xlsx");
    const analysis = analyzeWorkbook(await readWorkbookBytes(fs.readFileSync(file), "sample.xlsx"));
    const place = placeFinder(analysis.sheets[0]);
    expect(placeText(place("K13"))).toBe("Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo · Tỷ lệ giải ngân (%)");
    expect(place("C9").column).toBe("Kế hoạch vốn năm 2023 › Tổng số");
    expect(place(undefined)).toEqual({});
  });

  it("drops the repeats of merged header cells and blank parts", () => {
    expect(columnHeader(["Giải ngân", "Giải ngân", " Vốn  ĐTPT "])).toBe("Giải ngân › Vốn ĐTPT");
    expect(columnHeader([])).toBeUndefined();
    expect(placeFinder(undefined)("A1")).toEqual({});
  });
});
