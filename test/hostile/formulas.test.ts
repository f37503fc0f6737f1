/**
 * Formulas that used to stop the whole workbook: a SUM over 130.000 cells (a stack overflow), a SUM
 * over the whole sheet (17 billion references), nesting far past Excel's 64 levels, and long chains
 * of formulas without cached results. Each runs through the built CLI with a 1 GB heap.
 */
import ExcelJS from "exceljs";
import { analyzeWorkbook } from "../../src/core/analyze";
import type { SheetGrid } from "../../src/core/grid";
import { SheetValues } from "../../src/core/values";
import { buildDisbursement, programmeLines, writeXlsx } from "../helpers/appendix";
import { join } from "path";
import { readWorkbook } from "../../src/cli/readXlsx";
import { EMPTY_FORM, ensureBuilt, expectBounded, runBuilt, SAMPLE, sha256, tempDir } from "./helpers";

jest.setTimeout(180_000);
beforeAll(ensureBuilt);

const lines = programmeLines();

/** The generated appendix with `formula` in its total plan cell, cached with the right total or not cached at all. */
async function withTotalFormula(formula: string, cached: boolean): Promise<{ path: string; cell: string }> {
  const sheet = buildDisbursement(lines);
  const cell = sheet.where.get("total|plan|2023|total")!;
  const path = await writeXlsx([sheet], "tong.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0];
  const total = ws.getCell(cell).value as number;
  ws.getCell(cell).value = (cached ? { formula, result: total } : { formula }) as ExcelJS.CellValue;
  await wb.xlsx.writeFile(path);
  return { path, cell };
}

describe("a total's SUM over a range of any size", () => {
  test.each([
    ["SUM(C10:C130000), cached", "SUM(C10:C130000)", true],
    ["SUM(C10:C130000), not cached", "SUM(C10:C130000)", false],
    ["SUM(A1:XFD1048576), cached", "SUM(A1:XFD1048576)", true],
    ["SUM(A1:XFD1048576), not cached", "SUM(A1:XFD1048576)", false],
  ])("%s: the workbook is checked, no stack overflow, no 6 GB", async (label, formula, cached) => {
    const { path, cell } = await withTotalFormula(formula, cached);
    const before = sha256(path);
    const r = await runBuilt(label, ["check", "--json", path], 60_000);
    expectBounded(r, 60_000);
    expect(sha256(path)).toBe(before);
    const json = JSON.parse(r.stdout);
    expect(json.files[0].sheets[0].kind).toBe("disbursement");
    const atTotal = json.files[0].findings.filter((f: { cell: string }) => f.cell === cell);
    if (cached) {
      // The stated total is right: nothing to say, as without the formula.
      expect(r.code).toBe(0);
      expect(atTotal).toEqual([]);
    } else if (formula === "SUM(A1:XFD1048576)") {
      // The range holds its own cell: a cycle, so the total is unknown and not judged.
      expect(r.code).toBe(0);
      expect(atTotal).toEqual([]);
    } else {
      // The range adds the sub-projects on top of their projects: a wrong total, found at its cell.
      expect(r.code).toBe(1);
      expect(atTotal.map((f: { rule: string }) => f.rule)).toContain("sum-mismatch");
    }
  });
});

test("a form whose total row sums a million rows is filled in seconds (it took 95 s and 935 MB)", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EMPTY_FORM);
  for (const col of "CDEFGHIJ") wb.worksheets[0].getCell(`${col}9`).value = { formula: `SUM(${col}10:${col}1000000)` } as ExcelJS.CellValue;
  const dir = tempDir();
  const form = join(dir, "bieu-tong-trieu-dong.xlsx");
  await wb.xlsx.writeFile(form);
  const inputs = [sha256(form), sha256(SAMPLE)];
  const out = join(dir, "ket-qua.xlsx");
  const r = await runBuilt("fill, total row SUM over 1.000.000 rows", ["fill", "--template", form, "--out", out, SAMPLE], 60_000);
  expectBounded(r, 60_000);
  expect(r.code).toBe(1); // the sample's own errors
  expect(r.stdout).toContain("giữ nguyên 8 công thức của biểu");
  const filled = (await readWorkbook(out)).sheets[0];
  expect(filled.cells[8][2]?.formula).toBe("SUM(C10:C1000000)");
  expect([sha256(form), sha256(SAMPLE)]).toEqual(inputs);
});

test("nesting 5.000 levels deep is unknown, not a crash", async () => {
  const nested = "(".repeat(5000) + "1" + ")".repeat(5000);
  const { path } = await withTotalFormula(nested, false);
  const r = await runBuilt("5.000 nested parentheses", ["check", path], 60_000);
  expectBounded(r, 60_000);
  expect(r.code === 0 || r.code === 1).toBe(true);
  expect(r.stdout).toContain("biểu giải ngân");
});

test("a chain of 20.000 formulas without cached results is not a stack overflow", () => {
  const n = 20_000;
  const cells: SheetGrid["cells"] = [[{ value: "Lũy kế" }, { value: 1 }]];
  for (let r = 1; r < n; r++) cells.push([{ value: `Tháng ${r}` }, { value: null, formula: `B${r}+1` }]);
  const sheet: SheetGrid = { name: "Chuỗi", cells, rowCount: n, colCount: 2, merges: [] };
  const values = new SheetValues(sheet);
  // Read from the bottom: past 128 formulas waiting on each other the value is unknown, never wrong.
  expect(values.numeric(n - 1, 1)).toBeNull();
  // Read top-down, each formula waits on one already known.
  const fresh = new SheetValues(sheet);
  for (let r = 0; r < n; r++) fresh.numeric(r, 1);
  expect(fresh.numeric(n - 1, 1)?.value).toBe(n);
  expect(() => analyzeWorkbook({ sheets: [sheet] })).not.toThrow();
});
