import { applyFixes, applyMarks, ExcelFailure, MARK_COLORS, removeMarks, restoreCells, selectCell } from "../../src/excel";
import { MockExcel, MockSheet } from "./mockExcel";

const SHEET = "Bieu 01 - Giai ngan";

function workbook(): MockExcel {
  const sheet: MockSheet = {
    name: SHEET,
    cells: {
      C14: { value: 3285, numberFormat: "#,##0.###" },
      I15: { value: "1.307,25", numberFormat: "#,##0.###" },
      I16: { value: "412", numberFormat: "@" },
      G9: { value: 6090.78, formula: "=SUM(G10:G27)", numberFormat: "#,##0.###" },
      K13: { value: 62.5, numberFormat: "0.00", fill: { color: "#FFFF00", pattern: "Solid", patternColor: "#000000" } },
      K23: { value: 0.0096, numberFormat: "0.00" },
      K24: { value: 66, numberFormat: "0.00", fill: { color: "#DDEBF7", pattern: "Gray25", patternColor: "#FF0000" } },
    },
  };
  const excel = new MockExcel([sheet]);
  excel.install();
  return excel;
}

describe("selectCell", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const excel = workbook();
    await selectCell({ sheet: SHEET, cell: "K23" });
    expect(excel.syncs).toBe(1);
    expect(excel.calls).toEqual([`getItem(${SHEET})`, `activate(${SHEET})`, `getRange(${SHEET}!K23)`, `select(${SHEET}!K23)`]);
  });
});

describe("applyFixes and restoreCells", () => {
  it("loads the targets then writes them all in one more sync, and undo restores them exactly in one sync", async () => {
    const excel = workbook();
    const outcome = await applyFixes(
      [
        { sheet: SHEET, cell: "C14", value: 3185 },
        { sheet: SHEET, cell: "I15", value: 1307.25 },
        { sheet: SHEET, cell: "I16", value: 412 },
      ],
      { overwriteFormulas: false },
    );
    expect(excel.syncs).toBe(2);
    expect(excel.loads.filter((l) => l.props.includes("values"))).toEqual([
      { target: `${SHEET}!C14`, props: "values,formulas,numberFormat" },
      { target: `${SHEET}!I15`, props: "values,formulas,numberFormat" },
      { target: `${SHEET}!I16`, props: "values,formulas,numberFormat" },
    ]);
    expect(excel.cell(SHEET, "C14")).toMatchObject({ value: 3185, numberFormat: "#,##0.###" });
    expect(excel.cell(SHEET, "I15")).toMatchObject({ value: 1307.25, numberFormat: "#,##0.###" });
    // A Text-formatted cell gets General, or the number would stay text.
    expect(excel.cell(SHEET, "I16")).toMatchObject({ value: 412, numberFormat: "General" });
    if (outcome.kind !== "applied") throw new Error("not applied");

    await restoreCells(outcome.undo);
    expect(excel.syncs).toBe(3);
    expect(excel.cell(SHEET, "C14")).toMatchObject({ value: 3285, numberFormat: "#,##0.###" });
    // Text comes back as text (written behind an apostrophe), not as the number vi-VN Excel would read.
    expect(excel.cell(SHEET, "I15")).toMatchObject({ value: "1.307,25", numberFormat: "#,##0.###" });
    expect(excel.cell(SHEET, "I16")).toMatchObject({ value: "412", numberFormat: "@" });
  });

  it("does not overwrite a formula without confirmation, and restores it after", async () => {
    const excel = workbook();
    const fixes = [
      { sheet: SHEET, cell: "G9", value: 6126.78 },
      { sheet: SHEET, cell: "C14", value: 3185 },
    ];
    const refused = await applyFixes(fixes, { overwriteFormulas: false });
    expect(refused).toEqual({ kind: "needs-confirmation", formulaCells: [{ sheet: SHEET, cell: "G9" }] });
    expect(excel.syncs).toBe(1);
    expect(excel.cell(SHEET, "G9")).toMatchObject({ formula: "=SUM(G10:G27)" });
    expect(excel.cell(SHEET, "C14").value).toBe(3285);

    const applied = await applyFixes(fixes, { overwriteFormulas: true });
    expect(excel.syncs).toBe(3);
    expect(excel.cell(SHEET, "G9").formula).toBeUndefined();
    expect(excel.cell(SHEET, "G9").value).toBe(6126.78);
    if (applied.kind !== "applied") throw new Error("not applied");
    expect(applied.undo[0]).toMatchObject({ cell: "G9", formula: "=SUM(G10:G27)", numberFormat: "#,##0.###" });

    await restoreCells(applied.undo);
    expect(excel.cell(SHEET, "G9")).toMatchObject({ formula: "=SUM(G10:G27)", numberFormat: "#,##0.###" });
    expect(excel.cell(SHEET, "C14").value).toBe(3285);
  });
});

describe("applyMarks and removeMarks", () => {
  it("saves fills and paints in two syncs, restores every kind of fill in one", async () => {
    const excel = workbook();
    const saved = await applyMarks([
      { sheet: SHEET, cell: "K13", level: "warning" },
      { sheet: SHEET, cell: "C14", level: "warning" },
      { sheet: SHEET, cell: "K13", level: "error" },
      { sheet: SHEET, cell: "K24", level: "warning" },
    ]);
    expect(excel.syncs).toBe(2);
    expect(excel.loads.filter((l) => l.target.endsWith(".format.fill"))).toHaveLength(3);
    expect(excel.cell(SHEET, "K13").fill?.color).toBe(MARK_COLORS.error);
    expect(excel.cell(SHEET, "C14").fill?.color).toBe(MARK_COLORS.warning);
    expect(excel.cell(SHEET, "K24").fill?.color).toBe(MARK_COLORS.warning);
    expect(saved).toEqual([
      { sheet: SHEET, cell: "K13", pattern: "Solid", color: "#FFFF00", patternColor: "#000000" },
      { sheet: SHEET, cell: "C14", pattern: "None", color: "#FFFFFF", patternColor: "#000000" },
      { sheet: SHEET, cell: "K24", pattern: "Gray25", color: "#DDEBF7", patternColor: "#FF0000" },
    ]);

    await removeMarks(saved);
    expect(excel.syncs).toBe(3);
    expect(excel.calls).toContain(`fill.clear(${SHEET}!C14)`);
    expect(excel.cell(SHEET, "C14").fill).toEqual({ color: "#FFFFFF", pattern: "None", patternColor: "#000000" });
    expect(excel.cell(SHEET, "K13").fill).toEqual({ color: "#FFFF00", pattern: "Solid", patternColor: "#000000" });
    expect(excel.cell(SHEET, "K24").fill).toEqual({ color: "#DDEBF7", pattern: "Gray25", patternColor: "#FF0000" });
  });
});

describe("errors", () => {
  it("turns an Excel error code into a message in both languages", async () => {
    workbook();
    const failure = await selectCell({ sheet: "Không có", cell: "A1" }).catch((e) => e);
    expect(failure).toBeInstanceOf(ExcelFailure);
    expect(failure.code).toBe("ItemNotFound");
    expect(failure.userMessage.vi).toMatch(/Không tìm thấy trang tính/);
    expect(failure.userMessage.en).toMatch(/not found/);
  });

  it("says so when the pane is not running inside Excel", async () => {
    delete (globalThis as { Excel?: unknown }).Excel;
    const failure = await selectCell({ sheet: SHEET, cell: "A1" }).catch((e) => e);
    expect(failure).toMatchObject({ code: "NotInExcel" });
  });
});
