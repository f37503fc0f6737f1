/** The annotated copy when the input is not an .xlsx exceljs can load: rebuilt from the grid the check read. */
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { analyzeWorkbook } from "../../src/core/analyze";
import { address } from "../../src/core/grid";
import { annotatedName, annotateWorkbook, RESULTS_SHEET } from "../../src/export/annotate";
import { readWorkbookBytes } from "../../src/read";

const SAMPLE = join(__dirname, "..", "fixtures", "giai-ngan-huyen-mau-2023.xlsx");

// exceljs reads and writes several workbooks per test; a loaded machine needs more than the default 5 s.
jest.setTimeout(60_000);

test("an .xls or .ods input gives an .xlsx copy", () => {
  expect(annotatedName("bao-cao xa A.xls")).toBe("bao-cao xa A.soat.xlsx");
  expect(annotatedName("chi-tieu.ods")).toBe("chi-tieu.soat.xlsx");
  expect(annotatedName("giai-ngan.2023.xlsx")).toBe("giai-ngan.2023.soat.xlsx");
});

test("a copy rebuilt from the grid keeps every value, formula, cached result, number format and merge", async () => {
  const bytes = new Uint8Array(readFileSync(SAMPLE));
  const grid = await readWorkbookBytes(bytes, "giai-ngan.xlsx");
  const { findings } = analyzeWorkbook(grid);
  // As for an .ods: the bytes are not an .xlsx, only the grid is.
  const copy = await annotateWorkbook({ bytes: new Uint8Array([1, 2, 3]), fileName: "giai-ngan.ods", grid, findings });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(copy as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual([RESULTS_SHEET, "Bieu 01 - Giai ngan"]);
  const again = await readWorkbookBytes(copy, "copy.xlsx");
  const sheet = grid.sheets[0];
  const out = again.sheets.find((s) => s.name === sheet.name)!;
  expect(out.merges).toEqual(expect.arrayContaining(sheet.merges));
  expect(out.merges).toHaveLength(sheet.merges.length);
  let compared = 0;
  sheet.cells.forEach((row, r) =>
    row.forEach((c, col) => {
      if (!c) return;
      const d = out.cells[r]?.[col];
      expect([address(r, col), d?.value, d?.formula, d?.format ?? "General"]).toEqual([address(r, col), c.value, c.formula, c.format ?? "General"]);
      compared++;
    }),
  );
  expect(compared).toBeGreaterThan(150);
  const k23 = wb.getWorksheet(sheet.name)!.getCell("K23");
  expect(JSON.stringify(k23.note)).toContain("Số ghi 0,0096 → số đúng 0,96");
});
