/**
 * The scan on the Excel people have: the same three syncs and the same findings at every ExcelApi
 * version from 1.1 (volume-licensed Excel 2016) to 1.13, on the sample appendices — merged header
 * spans inferred from blank cells where `getMergedAreasOrNullObject` is missing.
 */
import * as fs from "fs";
import * as path from "path";
import { analyzeWorkbook } from "../../src/core";
import { address, type WorkbookGrid } from "../../src/core/grid";
import { MAX_CELLS_PER_SHEET, MAX_COLUMNS_PER_SHEET, readWorkbook } from "../../src/excel";
import { readWorkbookBytes } from "../../src/read";
import { MockExcel, type MockCell, type MockSheet, requirementSet } from "./mockExcel";

const FIXTURES = path.join(__dirname, "..", "fixtures");
const SAMPLES = ["giai-ngan-huyen-mau-2023.xlsx", "chi-tieu-huyen-mau-2023.xlsx", "mau-bieu-01-trong.xlsx"];
const LEVELS = ["1.13", "1.9", "1.7", "1.4", "1.2", "1.1"];

/** The workbook as Excel would hold it: merged cells keep their text in the top-left cell only. */
function asExcel(grid: WorkbookGrid): MockSheet[] {
  return grid.sheets.map((s) => {
    const cells: Record<string, MockCell> = {};
    s.cells.forEach((row, r) =>
      row.forEach((c, col) => {
        if (!c) return;
        cells[address(r, col)] = {
          value: c.error ?? c.value ?? "",
          formula: c.formula === undefined ? undefined : "=" + c.formula,
          numberFormat: c.format ?? "General",
          text: c.text,
        };
      }),
    );
    const merges = s.merges.map((m) => (m.top === m.bottom && m.left === m.right ? address(m.top, m.left) : `${address(m.top, m.left)}:${address(m.bottom, m.right)}`));
    return { name: s.name, cells, merges };
  });
}

const summary = (grid: WorkbookGrid) => {
  const a = analyzeWorkbook(grid);
  return {
    findings: a.findings.map((f) => [f.sheet, f.cell, f.rule, f.expected]),
    columns: a.sheets.map((s) => s.table?.columns.map((c) => c.path)),
  };
};

afterEach(() => requirementSet(undefined));

describe.each(SAMPLES)("%s at every ExcelApi version", (file) => {
  it("reads in the same 3 syncs and gives the same findings and column headers", async () => {
    const sheets = asExcel(await readWorkbookBytes(fs.readFileSync(path.join(FIXTURES, file)), file));
    let newest: ReturnType<typeof summary> | undefined;
    for (const level of LEVELS) {
      requirementSet(level);
      const excel = new MockExcel(JSON.parse(JSON.stringify(sheets)));
      excel.install();
      const read = await readWorkbook();
      expect([level, excel.syncs]).toEqual([level, 3]);
      expect(read.mergesInferred).toBe(level !== "1.13");
      const got = summary(read.grid);
      newest ??= got;
      expect([level, got]).toEqual([level, newest]);
      if (level === "1.1") expect(excel.calls.filter((c) => c.startsWith("getUsedRange("))).toHaveLength(sheets.length);
    }
    expect(newest!.findings.length + newest!.columns.length).toBeGreaterThan(0);
  }, 60_000);
});

describe("a used range stretched by a stray cell", () => {
  it("is read up to the limits, in a bounded number of syncs, and the cut is reported", async () => {
    const cells: Record<string, MockCell> = { A1: { value: "Biểu 01" }, B3: { value: 12 } };
    cells[address(1699, 599)] = { value: "x" }; // a stray cell at WB1700
    const excel = new MockExcel([{ name: "Biểu", cells }]);
    excel.install();
    const read = await readWorkbook();
    const rows = Math.min(1700, Math.floor(MAX_CELLS_PER_SHEET / MAX_COLUMNS_PER_SHEET));
    expect(read.capped).toEqual([{ sheet: "Biểu", used: "A1:WB1700", read: `A1:SF${rows}` }]);
    expect(excel.syncs).toBe(2 + Math.ceil((rows * MAX_COLUMNS_PER_SHEET) / 60_000));
    expect(read.grid.sheets[0].colCount).toBe(MAX_COLUMNS_PER_SHEET);
    expect(read.grid.sheets[0].rowCount).toBe(rows);
  }, 60_000);
});
