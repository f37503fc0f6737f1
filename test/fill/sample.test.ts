/**
 * Acceptance: the empty form `mau-bieu-01-trong.xlsx` filled from `giai-ngan-huyen-mau-2023.xlsx`
 * carries the source's figures at the same keys, and the report lists the source's errors.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createHash } from "crypto";
import { readFileSync } from "fs";
import { join } from "path";
import { readWorkbook } from "../../src/cli/readXlsx";
import { address, type WorkbookGrid } from "../../src/core/grid";
import { readNumber } from "../../src/core/numbers";
import { cell, cli, EMPTY_FORM, fillFiles, SAMPLE, tempDir } from "./helpers";

const ROWS = Array.from({ length: 19 }, (_, i) => 8 + i); // Excel rows 9..27
const COLS = Array.from({ length: 9 }, (_, i) => 2 + i); // C..K

/** The number a source cell states (a number typed as text is read as Excel users read it). */
function stated(wb: WorkbookGrid, a: string): number | null {
  const v = cell(wb, a);
  if (typeof v === "number") return v;
  if (typeof v === "string") return readNumber(v)?.value ?? null;
  return null;
}

describe("filling the empty form from the district appendix", () => {
  let dir: string;
  let source: WorkbookGrid;
  let filled: WorkbookGrid;
  let code: number;
  let output: string;
  const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");
  const before = { form: sha(EMPTY_FORM), source: sha(SAMPLE) };

  beforeAll(async () => {
    dir = tempDir();
    ({ code, output } = await cli(["--template", EMPTY_FORM, "--out", join(dir, "out.xlsx"), SAMPLE]));
    source = await readWorkbook(SAMPLE);
    filled = await readWorkbook(join(dir, "out.xlsx"));
  });

  it("writes the source's figures at the same keys; a total or rate the source check finds wrong is recomputed", () => {
    // The four totals and rates the check finds wrong take the value that agrees with the filled
    // parts. I27 is a figure (typed in đồng by mistake): copied as stated, where its finding points;
    // the totals above it keep the source's own (right) figures rather than inheriting the slip.
    const corrected: Record<string, number> = { K13: 59.12, C14: 3185, G18: 1551.7, K23: 0.96 };
    let compared = 0;
    for (const r of ROWS)
      for (const c of COLS) {
        const a = address(r, c);
        const want = corrected[a] ?? stated(source, a);
        expect([a, cell(filled, a)]).toEqual([a, want]);
        if (want !== null) compared++;
      }
    expect(compared).toBe(82);
    expect(cell(filled, "I27")).toBe(180030000);
    expect(cell(filled, "I9")).toBe(4820.78);
  });

  it("stores a number the source typed as text as a number", () => {
    expect(cell(source, "I15")).toBe("1.307,25");
    expect(cell(filled, "I15")).toBe(1307.25);
  });

  it("leaves the cells the source leaves empty empty", () => {
    for (const a of ["C10", "D10", "K10", "C11", "K12", "D13", "F13", "C19", "K21", "D27"]) expect([a, cell(filled, a)]).toEqual([a, null]);
  });

  it("lists the source's errors with the fill result and exits 1", () => {
    expect(code).toBe(1);
    expect(output).toContain('Đã điền 82 ô vào biểu "Mau tong hop"');
    expect(output).toContain('⚠ Đã điền từ trang "Bieu 01 - Giai ngan" của giai-ngan-huyen-mau-2023.xlsx, trang này có 5 lỗi');
    expect(output).toContain("trang này có 5 lỗi, 1 cảnh báo");
    for (const a of ["K13", "C14", "G18", "K23", "I27"]) expect(output).toContain(`  ✗ ${a} `);
    expect(output).toContain('  ! I15 Số "1.307,25" được lưu dạng văn bản');
  });

  it("reports the errors, the recomputed cells and the empty cells in the result", async () => {
    const r = await fillFiles(EMPTY_FORM, [SAMPLE]);
    expect(r.sourceErrors).toHaveLength(1);
    expect(r.sourceErrors[0]).toMatchObject({ source: "giai-ngan-huyen-mau-2023.xlsx", sheet: "Bieu 01 - Giai ngan", count: 5 });
    expect(r.sourceErrors[0].findings.map((f) => f.cell).sort()).toEqual(["C14", "G18", "I15", "I27", "K13", "K23"]);
    const note = (a: string) => r.notes.find((n) => n.cell === a)?.message.vi;
    expect(note("C14")).toBe("Ghi 3.185 cho khớp với các ô thành phần của biểu; nguồn (giai-ngan-huyen-mau-2023.xlsx) ghi 3.285");
    expect(r.notes.map((n) => n.cell).sort()).toEqual(["C14", "G18", "K13", "K23"]);
    expect(r.unplaced).toEqual([]);
    const why = (a: string) => r.skipped.find((s) => s.cell === a)?.reason;
    expect(why("D13")).toEqual({ vi: "Ô tương ứng trong nguồn để trống", en: "The matching source cells are empty" });
    expect(why("K10")?.vi).toBe("Ô tương ứng trong nguồn để trống");
    expect(r.filled).toBe(82);
    expect(r.writes.filter((w) => w.kind === "source")).toHaveLength(24); // 22 figures, and G27 and I25 kept from the source rather than inheriting I27
  });

  it("with --recompute, totals and rates agree with the filled parts instead of the source", async () => {
    const r = await fillFiles(EMPTY_FORM, [SAMPLE], { recompute: true });
    // Where the source check found a wrong total or rate, the form holds the value that agrees with
    // the filled parts; I27 (typed in đồng by mistake) is a figure, copied, and the totals above it follow.
    const recomputed: Record<string, number> = {
      K13: 59.12,
      C14: 3185,
      G18: 1551.7,
      K23: 0.96,
      G27: 180030000,
      K27: 61027118.64,
      G25: 180030402.5,
      I25: 180030402.5,
      K25: 23229729.35,
      G9: 180035910.75,
      I9: 180034640.75,
      K9: 1736122.57,
    };
    for (const rr of ROWS)
      for (const c of COLS) {
        const a = address(rr, c);
        const w = r.writes.find((x) => x.cell === a)?.value ?? null;
        expect([a, w]).toEqual([a, recomputed[a] ?? stated(source, a)]);
      }
    const note = (a: string) => r.notes.find((n) => n.cell === a)?.message.vi;
    expect(note("C14")).toBe("Ghi 3.185 cho khớp với các ô thành phần của biểu; nguồn (giai-ngan-huyen-mau-2023.xlsx) ghi 3.285");
    expect(note("K23")).toContain("nguồn (giai-ngan-huyen-mau-2023.xlsx) ghi 0,0096");
  });

  it("keeps the form's title, header, merges and layout, and never touches its inputs", async () => {
    const form = new ExcelJS.Workbook();
    await form.xlsx.readFile(EMPTY_FORM);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(join(dir, "out.xlsx"));
    const [f, o] = [form.worksheets[0], out.worksheets[0]];
    expect(o.name).toBe(f.name);
    expect((o.model as { merges: string[] }).merges.sort()).toEqual((f.model as { merges: string[] }).merges.sort());
    for (let r = 1; r <= 8; r++)
      for (let c = 1; c <= 12; c++) expect(o.getCell(r, c).value).toEqual(f.getCell(r, c).value);
    for (let c = 1; c <= 12; c++) expect(o.getColumn(c).width).toEqual(f.getColumn(c).width);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, "out.xlsx")));
    expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    expect(sha(EMPTY_FORM)).toBe(before.form);
    expect(sha(SAMPLE)).toBe(before.source);
  });
});
