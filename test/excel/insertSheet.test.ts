import { deleteSheet, insertSheet, type SheetLayout } from "../../src/excel";
import { MockExcel } from "./mockExcel";

const LAYOUT: SheetLayout = {
  name: "Biểu 01 - Giải ngân",
  rows: 3,
  cols: 3,
  font: { name: "Times New Roman", size: 12 },
  cells: [["BIỂU 01"], ["STT", "Nội dung", "Tổng số"], ["1.1", "Dự án 1", "=SUM(C4:C5)"]],
  widths: [35.25, 255.75, 66.75],
  heights: [[0, 36]],
  merges: ["A1:C1"],
  styles: [
    { ranges: ["A2:C2"], font: { bold: true }, horizontal: "Center", vertical: "Center", wrap: true, border: true },
    { ranges: ["C3"], border: true, numberFormat: "#,##0.###" },
  ],
  freeze: { rows: 2, columns: 2 },
};

function workbook(): MockExcel {
  const excel = new MockExcel([{ name: "Biểu 01 - Giải ngân", cells: { A1: { value: "đã có" } } }]);
  excel.install();
  return excel;
}

describe("insertSheet", () => {
  it("adds the sheet under a free name with its contents and formats, in two syncs", async () => {
    const excel = workbook();
    const name = await insertSheet(LAYOUT);
    expect(name).toBe("Biểu 01 - Giải ngân (2)");
    expect(excel.syncs).toBe(2);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Biểu 01 - Giải ngân", name]);

    // Contents in one block write: text as text, formulas as formulas, short rows padded.
    expect(excel.cell(name, "A1").value).toBe("BIỂU 01");
    expect(excel.cell(name, "B1").value).toBe("");
    expect(excel.cell(name, "A3").value).toBe("1.1");
    expect(excel.cell(name, "C3")).toMatchObject({ formula: "=SUM(C4:C5)", numberFormat: "#,##0.###" });
    // Addresses, not getRangeByIndexes (ExcelApi 1.7): Excel 2016 inserts the same sheet.
    expect(excel.calls.filter((c) => c.startsWith("getRangeByIndexes"))).toEqual([]);
    expect(excel.calls).toContain(`getRange(${name}!A1:C3)`);

    const writes = (target: string) => excel.writes.filter((w) => w.target === `${name}!${target}`).map((w) => [w.prop, w.value]);
    expect(writes("A1:C3.format.font")).toEqual([
      ["name", "Times New Roman"],
      ["size", 12],
    ]);
    expect(writes("B1.format")).toEqual([["columnWidth", 255.75]]);
    expect(writes("A1.format")).toEqual([["columnWidth", 35.25], ["rowHeight", 36]]);
    expect(writes("A2:C2.format")).toEqual([
      ["horizontalAlignment", "Center"],
      ["verticalAlignment", "Center"],
      ["wrapText", true],
    ]);
    expect(writes("A2:C2.format.font")).toEqual([["bold", true]]);
    expect(excel.writes.filter((w) => w.target.startsWith(`${name}!A2:C2.format.borders.`)).map((w) => w.target.split(".").pop())).toEqual([
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideHorizontal",
      "InsideVertical",
    ]);
    expect(excel.calls).toEqual(
      expect.arrayContaining([`add(${name})`, `merge(${name}!A1:C1, false)`, `freezeAt(${name}!A1:B2)`, `activate(${name})`, `select(${name}!A1)`]),
    );
  });

  it("keeps the template's name when it is free", async () => {
    const excel = new MockExcel([{ name: "Sheet1", cells: {} }]);
    excel.install();
    expect(await insertSheet(LAYOUT)).toBe(LAYOUT.name);
  });

  it("keeps a long name within Excel's 31 characters", async () => {
    const long = "Biểu 02 - Chỉ tiêu giảm nghèo 2024";
    const excel = new MockExcel([{ name: long.slice(0, 31), cells: {} }]);
    excel.install();
    const name = await insertSheet({ ...LAYOUT, name: long.slice(0, 31) });
    expect(name).toBe(`${long.slice(0, 27)} (2)`);
    expect(name.length).toBeLessThanOrEqual(31);
  });
});

describe("deleteSheet", () => {
  it("checks the sheet holds only what was inserted (one sync), then removes it (one more)", async () => {
    const excel = workbook();
    const name = await insertSheet(LAYOUT);
    expect(await deleteSheet(name, LAYOUT, { force: false })).toBe("deleted");
    expect(excel.syncs).toBe(4);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Biểu 01 - Giải ngân"]);
  });

  it("leaves a sheet the user typed into, and removes it only when told to", async () => {
    const excel = workbook();
    const name = await insertSheet(LAYOUT);
    excel.cell(name, "B3").value = 120;
    expect(await deleteSheet(name, LAYOUT, { force: false })).toBe("edited");
    expect(excel.sheets.map((s) => s.name)).toContain(name);
    expect(await deleteSheet(name, LAYOUT, { force: true })).toBe("deleted");
    expect(excel.sheets.map((s) => s.name)).not.toContain(name);
  });

  it("takes a figure typed beside the inserted block for an edit too", async () => {
    const excel = workbook();
    const name = await insertSheet(LAYOUT);
    excel.sheet(name).cells["E9"] = { value: "ghi chú" };
    expect(await deleteSheet(name, LAYOUT, { force: false })).toBe("edited");
  });
});
