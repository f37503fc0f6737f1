/**
 * Soát's own reader gives the grid exceljs gave, cell by cell (value, format, formula, error) and
 * merge by merge: on every fixture, on generated appendices in many layouts, and on hand-built
 * packages exercising what exceljs handles (shared and inline strings, rich text, shared formulas,
 * cached results including 0, errors, booleans, built-in and custom formats, dates, 1904 dates).
 */
import ExcelJS from "exceljs";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import type { WorkbookGrid } from "../../src/core/grid";
import { readWorkbookBytes } from "../../src/read";
import { workbookToGrid } from "../../src/read/exceljsGrid";
import { buildDisbursement, programmeLines, writeXlsx } from "../helpers/appendix";
import { sheetData, xlsxBytes } from "./build";
import { gridDiff } from "./gridDiff";

const FIXTURES = join(__dirname, "..", "fixtures");
const TEMPLATES = join(__dirname, "..", "..", "assets", "templates");

async function both(bytes: Uint8Array): Promise<[WorkbookGrid, WorkbookGrid]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return [workbookToGrid(wb), await readWorkbookBytes(bytes, "test.xlsx")];
}

async function expectSame(bytes: Uint8Array): Promise<WorkbookGrid> {
  const [old, now] = await both(bytes);
  expect(gridDiff(old, now)).toEqual([]);
  return now;
}

const xlsxIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".xlsx")).map((f) => join(dir, f));

test.each([...xlsxIn(FIXTURES), ...xlsxIn(TEMPLATES)])("%s reads as exceljs read it", async (path) => {
  await expectSame(readFileSync(path));
});

test.each([
  {},
  { total: "bottom" as const, stt: "roman" as const, percentAsFraction: true },
  { years: [2022, 2023], order: ["disb" as const, "plan" as const, "rate" as const], localFirst: true },
  { titleRows: 0, total: "none" as const, note: "middle" as const, blankSeparators: true, numberRow: false },
])("a generated appendix (%o) reads as exceljs read it", async (layout) => {
  const path = await writeXlsx([buildDisbursement(programmeLines(layout.years ?? [2023]), layout)]);
  await expectSame(readFileSync(path));
});

test("values of every kind written by exceljs", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Mọi loại ô");
  ws.getCell("A1").value = "Tổng cộng";
  ws.getCell("B1").value = 3120;
  ws.getCell("C1").value = -0.5;
  ws.getCell("D1").value = true;
  ws.getCell("E1").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
  ws.getCell("F1").value = { richText: [{ text: "Kế hoạch " }, { font: { bold: true }, text: "vốn" }] };
  ws.getCell("A2").value = { formula: "B1*2", result: 6240 };
  ws.getCell("B2").value = { formula: "B1-B1", result: 0 };
  ws.getCell("C2").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
  ws.getCell("D2").value = { formula: "A1&\"!\"", result: "Tổng cộng!" };
  ws.getCell("E2").value = { formula: "B1>0", result: true };
  ws.getCell("F2").value = { formula: "B1" };
  ws.getCell("A3").value = { formula: "A2+1", result: 6241, shareType: "shared", ref: "A3:A6" } as ExcelJS.CellSharedFormulaValue & { shareType: string; ref: string };
  for (const r of [4, 5, 6]) ws.getCell(`A${r}`).value = { sharedFormula: "A3", result: 6237 + r } as ExcelJS.CellSharedFormulaValue;
  ws.getCell("B3").value = 0.5912;
  ws.getCell("B3").numFmt = "0.00%";
  ws.getCell("B4").value = 1234.5;
  ws.getCell("B4").numFmt = '#,##0.00 "đ"';
  ws.getCell("B5").value = new Date(Date.UTC(2023, 11, 31));
  ws.getCell("B5").numFmt = "dd/mm/yyyy";
  ws.getCell("B6").value = 180030000; // an amount with a date format: shown ##### by Excel
  ws.getCell("B6").numFmt = "dd/mm/yyyy";
  ws.getCell("C3").value = 45000;
  ws.getCell("C3").numFmt = "mm-dd-yy";
  ws.getCell("C4").value = "  dòng\nhai  ";
  ws.mergeCells("D3:F4");
  ws.mergeCells("C8:E8");
  ws.getCell("C8").value = "Đơn vị tính: triệu đồng";
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const [old, now] = await both(bytes);
  // exceljs cannot read the out-of-range date (Invalid Date): the only cell on which they part.
  expect(gridDiff(old, now)).toEqual(['Mọi loại ô!B6: {"v":null,"n":"dd/mm/yyyy"} vs {"v":180030000,"n":"dd/mm/yyyy"}']);
  const s = now.sheets[0];
  expect(s.cells[1][1]).toEqual({ value: 0, formula: "B1-B1" });
  expect(s.cells[5][0]).toEqual({ value: 6243, formula: "A5+1" });
  expect(s.cells[4][1]).toEqual({ value: "2023-12-31", format: "dd/mm/yyyy" });
  expect(s.cells[5][1]).toEqual({ value: 180030000, format: "dd/mm/yyyy" });
  expect(s.merges).toEqual([
    { top: 2, left: 3, bottom: 3, right: 5 },
    { top: 7, left: 2, bottom: 7, right: 4 },
  ]);
});

test("hand-built XML: inline strings, phonetic runs, escapes, shared formulas, built-in and custom formats", async () => {
  const sheet = sheetData(
    [
      '<c r="A1" t="inlineStr"><is><t>Huyện A</t></is></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c><c r="D1" s="1"><v>12.5</v></c><c r="E1" s="2"><v>0.25</v></c>',
      '<c r="A2"><f t="shared" ref="A2:C2" si="0">$D$1+D1*2</f><v>37.5</v></c><c r="B2"><f t="shared" si="0"/><v>0.75</v></c><c r="C2"><f t="shared" si="0"/><v>1</v></c>',
      '<c r="A3" t="b"><v>1</v></c><c r="B3" t="e"><v>#N/A</v></c><c r="C3" s="3"><v>1000</v></c><c r="D3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="E3" s="0"><v>7</v></c>',
      '<c r="A4"><f>SUM(A2:C2)</f><v>0</v></c><c r="B4"><f>B3</f><v></v></c><c r="C4" t="s"><v>2</v></c>',
    ],
    '<mergeCells count="1"><mergeCell ref="E4:D5"/></mergeCells>',
  );
  const bytes = await xlsxBytes({
    sheets: [sheet],
    strings: ["<t>Kế hoạch</t>", '<r><t>Giải </t></r><r><rPr><b/></rPr><t xml:space="preserve">ngân</t></r><rPh><t>ゲ</t></rPh>', "<t>dòng 1_x000D_\r\ndòng 2</t>"],
    numFmts: '<numFmt numFmtId="164" formatCode="#,##0.0\\ &quot;tr&quot;"/>',
    cellXfs: '<xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="10"/><xf numFmtId="14"/>',
    replace: {},
  });
  const now = await expectSame(bytes);
  const c = now.sheets[0].cells;
  expect(c[0].map((x) => x?.value)).toEqual(["Huyện A", "Kế hoạch", "Giải ngân", 12.5, 0.25]);
  expect(c[0][3]?.format).toBe('#,##0.0 "tr"');
  expect(c[1].map((x) => x?.formula)).toEqual(["$D$1+D1*2", "$D$1+E1*2", "$D$1+F1*2"]);
  expect(c[2][2]).toEqual({ value: "1902-09-26", format: "mm-dd-yy" });
  expect(c[3][0]).toEqual({ value: 0, formula: "SUM(A2:C2)" });
  expect(c[3][2]?.value).toBe("dòng 1\r\ndòng 2");
});
