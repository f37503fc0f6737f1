/** `soat check FILES… --annotate DIR --summary FILE.xlsx`: the annotated copies and the summary, on the samples. */
import { createHash } from "crypto";
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { FILL, RESULTS_SHEET } from "../../src/export/annotate";
import { unitNameOf, unitNameOfText } from "../../src/export/summary";
import { sheetFromRows } from "../../src/core/grid";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compareOriginal, load } = require("../web/compareWorkbooks.cjs") as {
  compareOriginal: (a: Buffer, b: Buffer, marked: Set<string>) => Promise<string[]>;
  load: (b: Buffer) => Promise<ExcelJS.Workbook>;
};

const FIXTURES = join(__dirname, "..", "fixtures");

// exceljs reads and writes several workbooks per test; a loaded machine needs more than the default 5 s.
jest.setTimeout(60_000);
const DISBURSEMENT = "giai-ngan-huyen-mau-2023.xlsx";
const TARGETS = "chi-tieu-huyen-mau-2023.xlsx";
const EXPECTED = JSON.parse(readFileSync(join(FIXTURES, "expected-findings.json"), "utf8")) as Record<string, { sheet: string; cell: string; kind: string }[]>;

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, (s) => (out += s + "\n"), (s) => (err += s + "\n"));
  return { code, out, err };
}

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/**
 * The disbursement sample with what a real file carries and exceljs can lose: a frozen pane, a
 * formula whose cached result is 0, an existing note, a column exactly 9 wide, and a second sheet.
 */
async function richSample(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(FIXTURES, DISBURSEMENT));
  const ws = wb.worksheets[0];
  ws.views = [{ state: "frozen", xSplit: 2, ySplit: 7 }];
  const other = wb.addWorksheet("Ghi chu");
  other.getCell("A1").value = 5;
  other.getCell("B1").value = { formula: "A1-A1", result: 0 };
  other.getCell("C1").value = "giữ nguyên";
  other.getCell("C1").note = "ghi chú của người lập biểu";
  const path = join(dir, DISBURSEMENT);
  // Column M exactly 9 wide: exceljs takes 9 for its default and would leave it out of a copy.
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file("xl/worksheets/sheet1.xml", sheetXml.replace("</cols>", '<col min="13" max="13" width="9" customWidth="1"/></cols>'));
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
  return path;
}

test("one annotated copy per file and a summary; the inputs are untouched; exit code as a plain check", async () => {
  const dir = mkdtempSync(join(tmpdir(), "soat-batch-"));
  const disbursement = await richSample(dir);
  const targets = join(dir, TARGETS);
  copyFileSync(join(FIXTURES, TARGETS), targets);
  const before = [sha(disbursement), sha(targets)];
  const out = join(dir, "ra");
  const summary = join(dir, "TONG-HOP.xlsx");

  const r = await run("check", disbursement, targets, "--annotate", out, "--summary", summary);
  expect(r.code).toBe(1);
  expect([sha(disbursement), sha(targets)]).toEqual(before);
  expect((await load(readFileSync(disbursement))).worksheets[0].getColumn(13).width).toBe(9);
  expect(readdirSync(out).sort()).toEqual(["chi-tieu-huyen-mau-2023.soat.xlsx", "giai-ngan-huyen-mau-2023.soat.xlsx"]);
  expect(r.out).toContain(`Bảng tổng hợp / Summary: ${summary}`);

  for (const [file, input] of [[DISBURSEMENT, disbursement], [TARGETS, targets]]) {
    const copyBytes = readFileSync(join(out, file.replace(".xlsx", ".soat.xlsx")));
    const planted = EXPECTED[file];
    const marked = new Set(planted.map((f) => `${f.sheet}!${f.cell}`));
    expect(await compareOriginal(readFileSync(input), copyBytes, marked)).toEqual([]);

    const copy = await load(copyBytes);
    expect(copy.worksheets[0].name).toBe(RESULTS_SHEET);
    for (const f of planted) {
      const cell = copy.getWorksheet(f.sheet)!.getCell(f.cell);
      const note = JSON.stringify(cell.note);
      expect(note).toContain("Soát — ");
      expect(note).toContain("Số ghi ");
      expect([FILL.error, FILL.warning]).toContain((cell.fill as ExcelJS.FillPattern).fgColor?.argb);
    }
    const results = copy.getWorksheet(RESULTS_SHEET)!;
    const links = new Map<string, string>();
    results.eachRow((row, n) => {
      if (n < 3) return;
      const v = row.getCell(3).value as { formula: string; result: string };
      links.set(`${row.getCell(2).value}!${v.result}`, v.formula);
    });
    for (const f of planted) expect(links.get(`${f.sheet}!${f.cell}`)).toBe(`HYPERLINK("#'${f.sheet}'!${f.cell}","${f.cell}")`);
  }

  const k23 = (await load(readFileSync(join(out, "giai-ngan-huyen-mau-2023.soat.xlsx")))).getWorksheet("Bieu 01 - Giai ngan")!.getCell("K23");
  expect(JSON.stringify(k23.note)).toContain("Số ghi 0,0096 → số đúng 0,96");
  expect(JSON.stringify(k23.note)).toContain("Ô liên quan: G23, C23");
  expect((k23.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(FILL.error);

  const s = await load(readFileSync(summary));
  const files = s.getWorksheet("Tổng hợp")!;
  expect(files.getRow(1).values).toEqual([, "STT", "Tệp", "Đơn vị", "Biểu nhận diện", "Số lỗi", "Số cảnh báo", "Sai lệch chính", "Ghi chú"]);
  expect((files.getRow(2).values as unknown[]).slice(1, 7)).toEqual([1, DISBURSEMENT, "UBND huyện Mẫu", "Bieu 01 - Giai ngan (biểu giải ngân)", 5, 1]);
  expect(files.getCell("G2").value).toMatch(/^K13: Tỷ lệ ghi 62,5%/);
  expect((files.getRow(3).values as unknown[]).slice(1, 7)).toEqual([2, TARGETS, "", "Bieu 02 - Chi tieu (biểu chỉ tiêu)", 2, 0]);
  expect(files.views[0]).toEqual(expect.objectContaining({ state: "frozen", ySplit: 1 }));
  expect(files.autoFilter).toBeTruthy();
  const all = s.getWorksheet("Các sai lệch")!;
  expect(all.rowCount).toBe(1 + EXPECTED[DISBURSEMENT].length + EXPECTED[TARGETS].length);
  expect((all.getRow(2).values as unknown[]).slice(1)).toEqual([DISBURSEMENT, "Bieu 01 - Giai ngan", "K13", "Tỷ lệ sai", "Lỗi", 62.5, 59.12, expect.stringMatching(/^Tỷ lệ ghi/), "percent-mismatch"]);
  expect(all.views[0]).toEqual(expect.objectContaining({ state: "frozen", ySplit: 1 }));
});

test("an unreadable file gets its row in the summary and exit 2; no copy is written for it", async () => {
  const dir = mkdtempSync(join(tmpdir(), "soat-batch-"));
  const bad = join(dir, "hong.xlsx");
  writeFileSync(bad, "không phải xlsx");
  const summary = join(dir, "TONG-HOP.xlsx");
  const r = await run("check", join(FIXTURES, TARGETS), bad, "--annotate", join(dir, "ra"), "--summary", summary);
  expect(r.code).toBe(2);
  expect(readdirSync(join(dir, "ra"))).toEqual(["chi-tieu-huyen-mau-2023.soat.xlsx"]);
  const row = (await load(readFileSync(summary))).getWorksheet("Tổng hợp")!.getRow(3);
  expect(row.getCell(2).value).toBe("hong.xlsx");
  expect(row.getCell(5).value).toBeNull();
  expect(String(row.getCell(8).value)).toContain("không phải sổ làm việc Excel");
});

test("bad options are refused with exit 2 and nothing is written", async () => {
  const dir = mkdtempSync(join(tmpdir(), "soat-batch-"));
  const sample = join(FIXTURES, TARGETS);
  expect((await run("check", sample, "--summary", join(dir, "tong-hop.csv"))).code).toBe(2);
  expect((await run("check", sample, "--annotate")).code).toBe(2);
  const r = await run("check", sample, "--summary", sample);
  expect(r.code).toBe(2);
  expect(r.err).toContain("Soát does not write over it");
  expect(existsSync(join(dir, "tong-hop.csv"))).toBe(false);
});

test("the unit's name comes from the title block, not from the table's rows", () => {
  const grid = (rows: (string | null)[][]) => ({ sheets: [sheetFromRows("S", rows)] });
  expect(unitNameOf(grid([["UBND XÃ TÂN LẬP", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]]))).toBe("UBND XÃ TÂN LẬP");
  expect(unitNameOf(grid([["ỦY BAN NHÂN DÂN HUYỆN MƯỜNG LA"]]))).toBe("ỦY BAN NHÂN DÂN HUYỆN MƯỜNG LA");
  expect(unitNameOf(grid([["BIỂU 01"], ["Huyện Bắc Yên"]]))).toBe("Huyện Bắc Yên");
  expect(unitNameOf(grid([["Kết quả năm 2023"]]))).toBe("");
  expect(unitNameOfText(readFileSync(join(FIXTURES, "bao-cao-mau.txt"), "utf8"))).toBe("ỦY BAN NHÂN DÂN HUYỆN MẪU SƠN");
});
