import { applyFixes, applyMarks, ExcelFailure, MARK_COLORS, removeMarks, restoreCells, selectCell } from "../../src/excel";
import { contentsNow, MockExcel, MockSheet, requirementSet } from "./mockExcel";

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
      K25: { value: 70, numberFormat: "0.00", fill: { color: "#4472C4", pattern: "Solid", patternColor: "#000000", tintAndShade: 0.6 } },
    },
  };
  const excel = new MockExcel([sheet]);
  excel.install();
  return excel;
}

/** A fix of `cell` made from what the cell holds now (as the scan read it). */
function fix(excel: MockExcel, cell: string, value: number) {
  return { sheet: SHEET, cell, value, expect: contentsNow(excel, SHEET, cell) };
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
        fix(excel, "C14", 3185),
        fix(excel, "I15", 1307.25),
        fix(excel, "I16", 412),
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

    expect(outcome.changed).toEqual([]);
    expect(await restoreCells(outcome.undo)).toMatchObject({ changed: [] });
    // One sync loads what the cells hold now, one restores those still as Soát wrote them.
    expect(excel.syncs).toBe(4);
    expect(excel.cell(SHEET, "C14")).toMatchObject({ value: 3285, numberFormat: "#,##0.###" });
    // Text comes back as text (written behind an apostrophe), not as the number vi-VN Excel would read.
    expect(excel.cell(SHEET, "I15")).toMatchObject({ value: "1.307,25", numberFormat: "#,##0.###" });
    expect(excel.cell(SHEET, "I16")).toMatchObject({ value: "412", numberFormat: "@" });
  });

  it("does not overwrite a formula without confirmation, and restores it after", async () => {
    const excel = workbook();
    const fixes = [
      fix(excel, "G9", 6126.78),
      fix(excel, "C14", 3185),
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

describe("safe writes", () => {
  it("refuses to fix a cell edited after the scan, says which, and writes the others in the same batch", async () => {
    const excel = workbook();
    const fixes = [fix(excel, "K13", 59.12), fix(excel, "C14", 3185)];
    // The user types 61,3 into K13 after the scan.
    excel.cell(SHEET, "K13").value = 61.3;
    const outcome = await applyFixes(fixes, { overwriteFormulas: false });
    expect(excel.syncs).toBe(2);
    if (outcome.kind !== "applied") throw new Error("not applied");
    expect(outcome.changed).toEqual([{ sheet: SHEET, cell: "K13", now: { value: 61.3 } }]);
    expect(outcome.undo.map((s) => s.cell)).toEqual(["C14"]);
    expect(excel.cell(SHEET, "K13").value).toBe(61.3);
    expect(excel.cell(SHEET, "C14").value).toBe(3185);
  });

  it("takes a formula added after the scan for an edit: nothing asked, nothing written", async () => {
    const excel = workbook();
    const fixes = [fix(excel, "C14", 3185)];
    excel.cell(SHEET, "C14").formula = "=D14+E14";
    const outcome = await applyFixes(fixes, { overwriteFormulas: false });
    expect(outcome).toMatchObject({ kind: "applied", undo: [], changed: [{ cell: "C14" }] });
    expect(excel.syncs).toBe(1);
  });

  it("undo leaves a cell the user edited after the fix, and restores the rest", async () => {
    const excel = workbook();
    const outcome = await applyFixes([fix(excel, "K13", 59.12), fix(excel, "C14", 3185)], { overwriteFormulas: false });
    if (outcome.kind !== "applied") throw new Error("not applied");
    excel.cell(SHEET, "K13").value = 60;
    const undone = await restoreCells(outcome.undo);
    expect(undone).toEqual({ restored: [{ sheet: SHEET, cell: "C14" }], changed: [{ sheet: SHEET, cell: "K13", now: { value: 60 } }] });
    expect(excel.cell(SHEET, "K13").value).toBe(60);
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
      { sheet: SHEET, cell: "K25", level: "warning" },
    ]);
    expect(excel.syncs).toBe(2);
    expect(excel.loads.filter((l) => l.target.endsWith(".format.fill"))).toHaveLength(4);
    expect(excel.cell(SHEET, "K13").fill?.color).toBe(MARK_COLORS.error);
    expect(excel.cell(SHEET, "C14").fill?.color).toBe(MARK_COLORS.warning);
    expect(excel.cell(SHEET, "K24").fill?.color).toBe(MARK_COLORS.warning);
    const plain = { tintAndShade: 0, patternTintAndShade: 0 };
    expect(saved).toEqual([
      { sheet: SHEET, cell: "K13", pattern: "Solid", color: "#FFFF00", patternColor: "#000000", ...plain },
      { sheet: SHEET, cell: "C14", pattern: "None", color: "#FFFFFF", patternColor: "#000000", ...plain },
      { sheet: SHEET, cell: "K24", pattern: "Gray25", color: "#DDEBF7", patternColor: "#FF0000", ...plain },
      { sheet: SHEET, cell: "K25", pattern: "Solid", color: "#4472C4", patternColor: "#000000", tintAndShade: 0.6, patternTintAndShade: 0 },
    ]);

    await removeMarks(saved);
    expect(excel.syncs).toBe(3);
    expect(excel.calls).toContain(`fill.clear(${SHEET}!C14)`);
    expect(excel.cell(SHEET, "C14").fill).toEqual({ color: "#FFFFFF", pattern: "None", patternColor: "#000000" });
    expect(excel.cell(SHEET, "K13").fill).toEqual({ color: "#FFFF00", pattern: "Solid", patternColor: "#000000" });
    expect(excel.cell(SHEET, "K24").fill).toEqual({ color: "#DDEBF7", pattern: "Gray25", patternColor: "#FF0000" });
    // A theme colour lightened 60 % (the Home tab's palette) comes back with its tint, not as a fixed RGB.
    expect(excel.cell(SHEET, "K25").fill).toMatchObject({ color: "#4472C4", pattern: "Solid", tintAndShade: 0.6 });
  });

  it("without ExcelApi 1.9 loads the colour only and takes white for no fill", async () => {
    const excel = workbook();
    requirementSet("1.8");
    try {
      const saved = await applyMarks([
        { sheet: SHEET, cell: "K13", level: "error" },
        { sheet: SHEET, cell: "C14", level: "warning" },
      ]);
      expect(excel.loads.filter((l) => l.target.endsWith(".format.fill")).map((l) => l.props)).toEqual(["color", "color"]);
      expect(saved).toEqual([
        { sheet: SHEET, cell: "C14", color: "#FFFFFF" },
        { sheet: SHEET, cell: "K13", color: "#FFFF00" },
      ]);
      await removeMarks(saved);
      expect(excel.calls).toContain(`fill.clear(${SHEET}!C14)`);
      expect(excel.cell(SHEET, "K13").fill?.color).toBe("#FFFF00");
    } finally {
      requirementSet(undefined);
    }
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
