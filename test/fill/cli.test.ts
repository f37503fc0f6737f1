/** `soat fill`: usage, exit codes, messages in both languages, JSON, and inputs left untouched. */
import { copyFileSync, existsSync, writeFileSync } from "fs";
import { join } from "path";
import { readWorkbook } from "../../src/cli/readXlsx";
import { writeDistricts } from "./districts";
import { cell, cli, EMPTY_FORM, SAMPLE, tempDir } from "./helpers";

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

describe("bad usage and unreadable inputs exit 2 with a message in both languages", () => {
  it.each([
    [[], "Thiếu biểu mẫu: --template BIEU.xlsx", "Missing the form: --template FORM.xlsx"],
    [["--out", "o.xlsx", "s.xlsx"], "Thiếu biểu mẫu: --template BIEU.xlsx (hoặc nêu biểu mẫu trước các tệp nguồn)", "(or name the form before the sources)"],
    [["--template", "f.xlsx", "s.xlsx"], "Thiếu --out KETQUA.xlsx", "Missing --out OUT.xlsx"],
    [["--template", "f.xlsx", "--out", "o.xlsx"], "Thiếu tệp nguồn để điền", "No source file to fill from"],
    [["--template", "f.xlsx", "--out", "o.xlsx", "--yes", "s.xlsx"], "Tùy chọn không rõ: --yes", "Unknown option: --yes"],
    [["--template", "f.xlsx", "--out", "o.csv", "s.xlsx"], "Tệp kết quả phải có đuôi .xlsx: o.csv", "The result file must end in .xlsx: o.csv"],
    [["--template", "f.xlsx", "--out", "o.xlsx", "--sheet"], "Thiếu giá trị sau --sheet", "Missing value after --sheet"],
    [["--template", "f.xlsx", "--out", "o.xlsx", "s.xlsx", "./s.xlsx"], "Tệp nguồn ./s.xlsx được nêu hai lần", "Source ./s.xlsx is given twice"],
  ])("%j", async (args, vi, en) => {
    const { code, output } = await cli(args);
    expect(code).toBe(2);
    expect(output).toContain(vi);
    expect(output).toContain(en);
    expect(output).toContain("Cách dùng:\n  soat fill --template BIỂU.xlsx --out KẾTQUẢ.xlsx NGUỒN.xlsx…");
    expect(output).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("refuses to write over an input, even named another way", async () => {
    const form = join(dir, "bieu.xlsx");
    copyFileSync(EMPTY_FORM, form);
    for (const out of [form, join(dir, ".", "bieu.xlsx"), SAMPLE]) {
      const { code, output } = await cli(["--template", form, "--out", out, SAMPLE]);
      expect(code).toBe(2);
      expect(output).toContain("trùng với tệp đầu vào; Soát không ghi đè tệp đầu vào");
    }
  });

  it("names a missing or non-Excel input", async () => {
    const notXlsx = join(dir, "ghi-chu.xlsx");
    writeFileSync(notXlsx, "không phải Excel");
    let r = await cli(["--template", EMPTY_FORM, "--out", join(dir, "o1.xlsx"), join(dir, "khong-co.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.output).toContain(`Không tìm thấy tệp: ${join(dir, "khong-co.xlsx")}`);
    r = await cli(["--template", notXlsx, "--out", join(dir, "o2.xlsx"), SAMPLE], "en");
    expect(r.code).toBe(2);
    expect(r.output.split("\n")[0]).toBe(`${notXlsx} is not an Excel workbook (.xlsx, .xlsm, .xls) or an OpenDocument spreadsheet (.ods), or it is damaged.`);
    expect(existsSync(join(dir, "o1.xlsx")) || existsSync(join(dir, "o2.xlsx"))).toBe(false);
  });

  it("refuses a template with no form table, and a --sheet no source has", async () => {
    let r = await cli(["--template", EMPTY_FORM, "--out", join(dir, "o3.xlsx"), "--sheet", "Không có", SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.output).toContain('Không tệp nguồn nào có trang "Không có"');
    const blank = join(dir, "trang-trang.xlsx");
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Trống").getCell("A1").value = "Ghi chú";
    await wb.xlsx.writeFile(blank);
    r = await cli(["--template", blank, "--out", join(dir, "o4.xlsx"), SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.output).toContain(`Không nhận ra bảng biểu nào trong ${blank}`);
  });

  it("prints the usage for --help and exits 0", async () => {
    const { code, output } = await cli(["--help"], "en");
    expect(code).toBe(0);
    expect(output).toContain("Usage:\n  soat fill --template FORM.xlsx --out OUT.xlsx SOURCE.xlsx…");
  });
});

describe("a fill", () => {
  it("exits 0 from clean sources and reports in English on request", async () => {
    const files = await writeDistricts(dir);
    const { code, output } = await cli(["--template", EMPTY_FORM, "--out", join(dir, "tinh.xlsx"), files.anLac, files.binhSon], "en");
    expect(code).toBe(0);
    expect(output.split("\n")[0]).toBe(
      `Filled 98 cells of form "Mau tong hop" (${EMPTY_FORM} → ${join(dir, "tinh.xlsx")}): 28 from the sources, 70 totals and rates computed to agree; kept 0 of the form's formulas.`,
    );
    expect(output).toContain('  Source giai-ngan-an-lac.xlsx: sheet "Giai ngan 2023", figures for 16 cells');
    expect(output).toContain("  - No source has a row for DA4.2: C19:K19");
    expect(output).not.toContain("⚠");
  });

  it("emits the whole result as JSON with --json", async () => {
    const out = join(dir, "json.xlsx");
    const { code, output } = await cli(["--json", "--template", EMPTY_FORM, `--out=${out}`, SAMPLE]);
    expect(code).toBe(1);
    const r = JSON.parse(output);
    expect(r).toMatchObject({ template: EMPTY_FORM, out, filled: 82, formulasKept: 0, sheets: ["Mau tong hop"] });
    expect(r.sourceErrors[0]).toMatchObject({ source: "giai-ngan-huyen-mau-2023.xlsx", count: 5 });
    expect(r.skipped[0]).toEqual({
      sheet: "Mau tong hop",
      cell: "C10",
      reason: { vi: "Ô tương ứng trong nguồn để trống", en: "The matching source cells are empty" },
    });
    expect(r.writes).toContainEqual({ sheet: "Mau tong hop", cell: "I15", kind: "source", value: 1307.25 });
    expect(r.unplaced).toEqual([]);
    expect(cell(await readWorkbook(out), "C13")).toBe(3120);
  });

  it("takes the first file named as the form when --template is not given", async () => {
    const files = await writeDistricts(dir);
    const out = join(dir, "positional.xlsx");
    const { code, output } = await cli([EMPTY_FORM, files.anLac, files.binhSon, "--out", out]);
    expect(code).toBe(0);
    expect(output.split("\n")[0]).toContain(`(${EMPTY_FORM} → ${out}): 28 ô lấy từ nguồn`);
  });

  it("reads only the named sheet of each source with --sheet", async () => {
    const { code, output } = await cli(["--template", EMPTY_FORM, "--out", join(dir, "sheet.xlsx"), "--sheet", "bieu 01 - giai ngan", SAMPLE]);
    expect(code).toBe(1);
    expect(output).toContain('Nguồn giai-ngan-huyen-mau-2023.xlsx: trang "Bieu 01 - Giai ngan", góp số cho 24 ô');
  });
});
