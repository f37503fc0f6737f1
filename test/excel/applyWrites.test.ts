import { applyWrites, restoreCells } from "../../src/excel";
import { contentsNow, MockExcel } from "./mockExcel";

const FORM = "Mau tong hop";

function workbook(): MockExcel {
  const excel = new MockExcel([
    {
      name: FORM,
      cells: {
        B13: { value: "Dự án 2", numberFormat: "General" },
        C13: { value: "", numberFormat: "#,##0.###" },
        D13: { value: "", numberFormat: "@" },
        E13: { value: "", numberFormat: "@" },
        K13: { value: 12, numberFormat: "0.00" },
        C9: { value: 0, formula: "=SUM(C10:C27)", numberFormat: "#,##0.###" },
      },
    },
  ]);
  excel.install();
  return excel;
}

/** A write made from what the cell holds now (the workbook as just read). */
function w(excel: MockExcel, cell: string, what: { value?: number | string; formula?: string }) {
  return { sheet: FORM, cell, ...what, expect: contentsNow(excel, FORM, cell) };
}

describe("applyWrites", () => {
  it("loads every target in one sync and writes them all in one more, whatever their number", async () => {
    const excel = workbook();
    const { undo } = await applyWrites([
      w(excel, "C13", { value: 3120 }),
      w(excel, "K13", { value: 62.5 }),
      w(excel, "D13", { value: 1200 }),
      w(excel, "E13", { value: "1.307,25" }),
      w(excel, "B14", { value: "3.1" }),
      w(excel, "C9", { formula: "SUM(C10:C27)" }),
    ]);
    expect(excel.syncs).toBe(2);
    expect(excel.loads.filter((l) => l.props.includes("values")).map((l) => l.target)).toEqual(
      ["C13", "K13", "D13", "E13", "B14", "C9"].map((c) => `${FORM}!${c}`),
    );
    expect(excel.cell(FORM, "C13")).toMatchObject({ value: 3120, numberFormat: "#,##0.###" });
    expect(excel.cell(FORM, "K13")).toMatchObject({ value: 62.5, numberFormat: "0.00" });
    // A number bound for a Text cell gets General, or it would stay text.
    expect(excel.cell(FORM, "D13")).toMatchObject({ value: 1200, numberFormat: "General" });
    // Text stays text: as given in a Text cell, behind an apostrophe elsewhere.
    expect(excel.cell(FORM, "E13")).toMatchObject({ value: "1.307,25", numberFormat: "@" });
    expect(excel.cell(FORM, "B14")).toMatchObject({ value: "3.1" });
    // A formula gets its `=`.
    expect(excel.cell(FORM, "C9").formula).toBe("=SUM(C10:C27)");
    expect(undo.map((s) => s.cell)).toEqual(["C13", "K13", "D13", "E13", "B14", "C9"]);
  });

  it("returns what restoreCells puts back in one sync: values, formulas and number formats", async () => {
    const excel = workbook();
    const { undo } = await applyWrites([
      w(excel, "C13", { value: 3120 }),
      w(excel, "D13", { value: 1200 }),
      w(excel, "K13", { value: 62.5 }),
      w(excel, "C9", { value: 10370 }),
    ]);
    await restoreCells(undo);
    expect(excel.syncs).toBe(4);
    expect(excel.cell(FORM, "C13")).toMatchObject({ value: "", numberFormat: "#,##0.###" });
    expect(excel.cell(FORM, "D13")).toMatchObject({ value: "", numberFormat: "@" });
    expect(excel.cell(FORM, "K13")).toMatchObject({ value: 12, numberFormat: "0.00" });
    expect(excel.cell(FORM, "C9")).toMatchObject({ formula: "=SUM(C10:C27)", numberFormat: "#,##0.###" });
  });

  it("writes a cell named twice once, with the last value, and skips writes with nothing to write", async () => {
    const excel = workbook();
    const { undo } = await applyWrites([
      w(excel, "C13", { value: 1 }),
      w(excel, "c13", { value: 2 }),
      w(excel, "K13", {}),
    ]);
    expect(undo.map((s) => s.cell)).toEqual(["c13"]);
    expect(excel.cell(FORM, "C13").value).toBe(2);
  });

  it("refuses a cell typed into after the workbook was read, and fills the others in the same batch", async () => {
    const excel = workbook();
    const writes = [w(excel, "C13", { value: 3120 }), w(excel, "K13", { value: 62.5 })];
    excel.cell(FORM, "C13").value = 999;
    const { undo, changed } = await applyWrites(writes);
    expect(excel.syncs).toBe(2);
    expect(changed).toEqual([{ sheet: FORM, cell: "C13", now: { value: 999 } }]);
    expect(undo.map((s) => s.cell)).toEqual(["K13"]);
    expect(excel.cell(FORM, "C13").value).toBe(999);
    expect(excel.cell(FORM, "K13").value).toBe(62.5);
  });

  it("makes no Excel call when there is nothing to write", async () => {
    const excel = workbook();
    expect(await applyWrites([])).toEqual({ undo: [], changed: [] });
    expect(excel.syncs).toBe(0);
  });

  it("fails with the sheet's error code when the form sheet is gone, writing nothing", async () => {
    const excel = workbook();
    await expect(applyWrites([{ sheet: "Không có", cell: "A1", value: 1, expect: { value: "" } }])).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(excel.cell(FORM, "C13").value).toBe("");
  });
});
