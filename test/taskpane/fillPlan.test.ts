import { join } from "path";
import type { WorkbookGrid } from "../../src/core/grid";
import { readWorkbook } from "../../src/cli/readXlsx";
import { cellWrites, choicesIn, overwrittenCells, planFill, proposal } from "../../src/taskpane/fill/fillPlan";

const FIXTURES = join(__dirname, "..", "fixtures");
const SOURCE = "Bieu 01 - Giai ngan";
const FORM = "Mau tong hop";

/** The open workbook of the browser suite: the sample appendix and its empty form, side by side. */
async function workbook(): Promise<WorkbookGrid> {
  const source = await readWorkbook(join(FIXTURES, "giai-ngan-huyen-mau-2023.xlsx"));
  const form = await readWorkbook(join(FIXTURES, "mau-bieu-01-trong.xlsx"));
  return { sheets: [...source.sheets, ...form.sheets] };
}

describe("the fill view's plan", () => {
  it("proposes the empty form, filled from the appendix, never from itself", async () => {
    const grid = await workbook();
    const choices = choicesIn(grid);
    expect(choices.forms).toEqual([
      { name: FORM, empty: true },
      { name: SOURCE, empty: false },
    ]);
    expect(choices.sources).toEqual([{ name: SOURCE, kind: "disbursement" }]);
    expect(proposal(choices)).toEqual({ form: FORM, sources: [SOURCE] });
    expect(proposal(choices, SOURCE)).toEqual({ form: SOURCE, sources: [SOURCE].filter((s) => s !== SOURCE) });
  });

  it("fills the form's cells by key and leaves the form's formulas to Excel", async () => {
    const grid = await workbook();
    const plan = planFill(grid, FORM, [SOURCE, FORM], false)!;
    expect(plan.sources.map((u) => u.source)).toEqual([SOURCE]);
    const writes = cellWrites(plan);
    expect(writes.find((w) => w.cell === "C13")?.value).toBe(3120);
    expect(writes.some((w) => w.cell === "K13")).toBe(true);
    expect(writes.every((w) => w.sheet === FORM && w.kind !== "formula")).toBe(true);
    expect(plan.sourceErrors.find((e) => e.sheet === SOURCE)?.count).toBeGreaterThan(0);
    expect(planFill(grid, "Không có", [SOURCE], false)).toBeUndefined();
  });

  it("names the cells holding a figure that only a fill with overwrite would replace", async () => {
    const grid = await workbook();
    const form = grid.sheets.find((s) => s.name === FORM)!;
    form.cells[12][2] = { value: 999 }; // C13
    const withOverwrite = planFill(grid, FORM, [SOURCE], true)!;
    expect(overwrittenCells(grid, withOverwrite)).toEqual(["C13"]);
    expect(cellWrites(planFill(grid, FORM, [SOURCE], false)!).some((w) => w.cell === "C13")).toBe(false);
    // The same figure already there is no overwrite.
    form.cells[12][2] = { value: 3120 };
    expect(overwrittenCells(grid, planFill(grid, FORM, [SOURCE], true)!)).toEqual([]);
  });
});
