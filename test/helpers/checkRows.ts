/** Rows of one sheet written as a real .xlsx, read back as `soat check` reads it, and analysed. */
import type { CellValue, Merge } from "../../src/core/grid";
import { analyzeWorkbook, type Analysis } from "../../src/core";
import { readWorkbook } from "../../src/cli/readXlsx";
import { writeXlsx } from "./appendix";

export async function checkRows(rows: CellValue[][], merges: Merge[] = [], name = "Phu luc"): Promise<Analysis> {
  const sheet = { name, rows, merges, formats: new Map<string, string>(), where: new Map<string, string>() };
  return analyzeWorkbook(await readWorkbook(await writeXlsx([sheet])));
}
