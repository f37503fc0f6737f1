import { cellFromExcel, mergesFromAddress } from "../../src/excel/cells";

describe("cellFromExcel", () => {
  it("treats a formula that does not start with = as a constant", () => {
    expect(cellFromExcel(12, "12", "General", 12)).toEqual({ value: 12, text: "12" });
    expect(cellFromExcel("SUM(A1)", "SUM(A1)", "@", "SUM(A1)")).toEqual({ value: "SUM(A1)", text: "SUM(A1)", format: "@" });
  });

  it("keeps a formula whose result is empty", () => {
    expect(cellFromExcel("", "", "General", '=IF(A1,"",1)')).toEqual({ value: null, formula: 'IF(A1,"",1)' });
  });

  it("skips empty cells", () => {
    expect(cellFromExcel("", "", "#,##0", "")).toBeUndefined();
  });
});

describe("mergesFromAddress", () => {
  it("reads quoted sheet names holding commas and bangs", () => {
    expect(mergesFromAddress("'Biểu 1, 2!x'!A1:C1, 'Biểu 1, 2!x'!$B$3:$B$5,Sheet1!D4")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 2, left: 1, bottom: 4, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
  });
});
