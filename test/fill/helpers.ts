/** Shared by the form-filling tests: temporary folders, reading cells of real .xlsx files, running the CLI. */
import ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { readWorkbook } from "../../src/cli/readXlsx";
import { runFill } from "../../src/cli/fill";
import { fillWorkbook, type FillOptions, type FillResult } from "../../src/core/fill";
import { cellAt, parseAddress, type WorkbookGrid } from "../../src/core/grid";

export const FIXTURES = join(__dirname, "..", "fixtures");
export const TEMPLATES = join(__dirname, "..", "..", "assets", "templates");
export const EMPTY_FORM = join(FIXTURES, "mau-bieu-01-trong.xlsx");
export const SAMPLE = join(FIXTURES, "giai-ngan-huyen-mau-2023.xlsx");
export const TARGET_SAMPLE = join(FIXTURES, "chi-tieu-huyen-mau-2023.xlsx");

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "soat-fill-"));
}

/** Fills a form file from source files with the core API. */
export async function fillFiles(template: string, sources: string[], options: FillOptions = {}): Promise<FillResult> {
  const form = await readWorkbook(template);
  const src = await Promise.all(sources.map(async (s) => ({ name: basename(s), workbook: await readWorkbook(s) })));
  return fillWorkbook(form, src, options);
}

/** Runs `soat fill` and returns its exit code and output. */
export async function cli(args: string[], lang: "vi" | "en" = "vi"): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const code = await runFill(args, (s) => lines.push(s), lang);
  return { code, output: lines.join("\n") };
}

/** The stored value of a cell (a formula's cached result). */
export function cell(wb: WorkbookGrid, address: string, sheet = 0): number | string | boolean | null {
  const p = parseAddress(address)!;
  return cellAt(wb.sheets[sheet], p.row, p.col)?.value ?? null;
}

export function formulaOf(wb: WorkbookGrid, address: string, sheet = 0): string | undefined {
  const p = parseAddress(address)!;
  return cellAt(wb.sheets[sheet], p.row, p.col)?.formula;
}

/** The written value of a cell in a fill result. */
export function written(r: FillResult, address: string): number | string | undefined {
  return r.writes.find((w) => w.cell === address)?.value;
}

export const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** Writes rows of values (`=…` for formulas) and merges (`A1:C1`) as a one-sheet .xlsx. */
export async function writeRows(path: string, sheet: string, rows: (string | number | null)[][], merges: string[] = []): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === "") return;
      ws.getCell(r + 1, c + 1).value = typeof v === "string" && v.startsWith("=") ? { formula: v.slice(1) } : v;
    }),
  );
  for (const m of merges) ws.mergeCells(m);
  await wb.xlsx.writeFile(path);
  return path;
}
