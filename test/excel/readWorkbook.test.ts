import { cellAt } from "../../src/core/grid";
import { MAX_CELLS_PER_SYNC, readWorkbook } from "../../src/excel";
import { MockExcel, MockSheet, numberSheet } from "./mockExcel";

function sheets(n: number): MockSheet[] {
  return Array.from({ length: n }, (_, i) => numberSheet(`Biểu ${i + 1}`, 12, 8, "B3"));
}

async function scan(workbook: MockSheet[]) {
  const excel = new MockExcel(workbook);
  excel.install();
  const { grid, capped, mergesInferred } = await readWorkbook();
  return { excel, grid, capped, mergesInferred };
}

describe("readWorkbook", () => {
  it.each([1, 5, 50])("reads %i sheet(s) in the same three syncs", async (n) => {
    const { excel, grid } = await scan(sheets(n));
    expect(excel.syncs).toBe(3);
    expect(grid.sheets).toHaveLength(n);
    expect(grid.sheets[n - 1].name).toBe(`Biểu ${n}`);
    expect(cellAt(grid.sheets[n - 1], 2, 1)?.value).toBe(0);
    expect(cellAt(grid.sheets[n - 1], 13, 8)?.value).toBe(95);
  });

  it("loads the sheet names, then each used range's place, then its merges and contents", async () => {
    const { excel } = await scan(sheets(2));
    expect(excel.loads).toEqual([
      { target: "worksheets", props: "items/name" },
      { target: "Biểu 1", props: "name" },
      { target: "Biểu 2", props: "name" },
      { target: "Biểu 1!used", props: "rowIndex,columnIndex,rowCount,columnCount" },
      { target: "Biểu 2!used", props: "rowIndex,columnIndex,rowCount,columnCount" },
      { target: "Biểu 1!merged", props: "address" },
      { target: "Biểu 2!merged", props: "address" },
      { target: "Biểu 1!used", props: "values,text,numberFormat,formulas" },
      { target: "Biểu 2!used", props: "values,text,numberFormat,formulas" },
    ]);
    expect(excel.calls.filter((c) => c.startsWith("getUsedRange"))).toEqual([
      "getUsedRangeOrNullObject(Biểu 1, true)",
      "getUsedRangeOrNullObject(Biểu 2, true)",
    ]);
  });

  it("places a used range that starts at C5 at row 4, column 2, and reads the cell conventions", async () => {
    const sheet: MockSheet = {
      name: "Bieu 01 - Giai ngan",
      cells: {
        C5: { value: "Kế hoạch vốn năm 2023" },
        E5: { value: "" },
        C6: { value: 10370, numberFormat: "#,##0.###", text: "10.370" },
        D6: { value: 0.5873, numberFormat: "0.00%", text: "58,73%" },
        E6: { value: 6090.78, formula: "=SUM(E7:E8)", numberFormat: "#,##0.###", text: "6.090,78" },
        C7: { value: "1.307,25", numberFormat: "@" },
        D7: { value: "#REF!", formula: "=#REF!+1", text: "#REF!" },
        E7: { value: "#N/A", text: "#N/A" },
        F8: { value: true, text: "TRUE" },
      },
      merges: ["C5:D5", "E5:F5"],
    };
    const { grid } = await scan([sheet]);
    const s = grid.sheets[0];
    expect(s.rowCount).toBe(8);
    expect(s.colCount).toBe(6);
    expect(s.cells).toHaveLength(8);
    expect(s.cells[0]).toEqual([]);
    expect(cellAt(s, 4, 2)).toEqual({ value: "Kế hoạch vốn năm 2023", text: "Kế hoạch vốn năm 2023" });
    expect(cellAt(s, 4, 4)).toBeUndefined();
    expect(cellAt(s, 5, 2)).toEqual({ value: 10370, text: "10.370", format: "#,##0.###" });
    expect(cellAt(s, 5, 3)).toEqual({ value: 0.5873, text: "58,73%", format: "0.00%" });
    expect(cellAt(s, 5, 4)).toEqual({ value: 6090.78, text: "6.090,78", format: "#,##0.###", formula: "SUM(E7:E8)" });
    expect(cellAt(s, 6, 2)).toEqual({ value: "1.307,25", text: "1.307,25", format: "@" });
    expect(cellAt(s, 6, 3)).toEqual({ value: null, error: "#REF!", formula: "#REF!+1", text: "#REF!" });
    expect(cellAt(s, 6, 4)).toEqual({ value: null, error: "#N/A", text: "#N/A" });
    expect(cellAt(s, 7, 5)).toEqual({ value: true, text: "TRUE" });
    expect(s.merges).toEqual([
      { top: 4, left: 2, bottom: 4, right: 3 },
      { top: 4, left: 4, bottom: 4, right: 5 },
    ]);
  });

  it("reads an empty sheet without loading contents", async () => {
    const { excel, grid } = await scan([{ name: "Trống", cells: {} }, numberSheet("Số", 2, 2)]);
    expect(excel.syncs).toBe(3);
    expect(grid.sheets[0]).toEqual({ name: "Trống", cells: [], rowCount: 0, colCount: 0, merges: [] });
    expect(excel.loads.filter((l) => l.target.startsWith("Trống!") && l.props.includes("values"))).toEqual([]);
    expect(grid.sheets[1].rowCount).toBe(2);
  });

  it("reads a used range over the payload budget in row blocks, one sync per budget", async () => {
    const rows = 3000;
    const cols = 50; // 150 000 cells: 60 000 + 60 000 + 30 000
    expect(rows * cols).toBeGreaterThan(MAX_CELLS_PER_SYNC);
    const { excel, grid } = await scan([numberSheet("Lớn", rows, cols, "C5"), numberSheet("Nhỏ", 3, 3)]);
    // names, used ranges, then contents: two full blocks, then the last block with the small sheet.
    expect(excel.syncs).toBe(2 + 3);
    const rowsPerBlock = MAX_CELLS_PER_SYNC / cols; // 1200
    // By address (ExcelApi 1.1), rows 5–1204, 1205–2404, 2405–3004, columns C–AZ.
    expect(excel.calls.filter((c) => c.startsWith("getRange(Lớn"))).toEqual([
      `getRange(Lớn!C5:AZ${4 + rowsPerBlock})`,
      `getRange(Lớn!C${5 + rowsPerBlock}:AZ${4 + 2 * rowsPerBlock})`,
      `getRange(Lớn!C${5 + 2 * rowsPerBlock}:AZ${4 + rows})`,
    ]);
    expect(excel.loads.filter((l) => l.target === "Lớn!used").map((l) => l.props)).toEqual(["rowIndex,columnIndex,rowCount,columnCount"]);
    const big = grid.sheets[0];
    expect(big.rowCount).toBe(4 + rows);
    expect(big.colCount).toBe(2 + cols);
    expect(cellAt(big, 4, 2)?.value).toBe(0);
    expect(cellAt(big, 4 + rowsPerBlock, 2 + 7)?.value).toBe(rowsPerBlock * cols + 7);
    expect(cellAt(big, 3 + rows, 1 + cols)?.value).toBe(rows * cols - 1);
  }, 30_000);
});
