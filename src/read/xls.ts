/**
 * OLE2 compound files: a legacy Excel workbook (.xls, BIFF5/BIFF8) read with SheetJS (@e965/xlsx)
 * behind Soát's own checks, or an encrypted OOXML package (a password-protected .xlsx), refused.
 */
import type * as SheetJS from "@e965/xlsx";
import type { Cell, Merge, SheetGrid, WorkbookGrid } from "../core/grid";
import { formulaCell, numberCell, type Result } from "./cells";
import { refuse } from "./errors";
import { MAX_CELLS, MAX_CELLS_PER_SHEET, MAX_CELL_TEXT, MAX_LEGACY_BYTES, MAX_MERGES } from "./limits";
import { assembleSheet } from "./sheet";

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOle2(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && OLE2.every((b, i) => bytes[i] === b);
}

interface CfbEntry {
  name: string;
  content?: Uint8Array | number[];
}

/** BIFF error codes. */
const ERRORS: Record<number, string> = { 0: "#NULL!", 7: "#DIV/0!", 15: "#VALUE!", 23: "#REF!", 29: "#NAME?", 36: "#NUM!", 42: "#N/A" };

export async function readOle(bytes: Uint8Array, file: string): Promise<WorkbookGrid> {
  // Loaded only for an OLE2 file: SheetJS and its code pages cost ~0,3 s to load.
  const XLSX: typeof SheetJS = await import("@e965/xlsx");
  let container: unknown;
  try {
    container = XLSX.CFB.read(bytes, { type: "buffer" });
  } catch {
    // A container too broken to walk may still name its encryption streams.
    const text = new TextDecoder("utf-16le").decode(bytes.subarray(0, bytes.length & ~1));
    if (text.includes("EncryptionInfo") || text.includes("EncryptedPackage")) throw refuse.password(file);
    throw refuse.damaged(file, "tệp OLE2 không đọc được", "the OLE2 container cannot be read");
  }
  const find = (name: string) => XLSX.CFB.find(container, name) as CfbEntry | null;
  if (find("EncryptionInfo") || find("EncryptedPackage")) throw refuse.password(file);
  const stream = find("Workbook") ?? find("Book");
  if (!stream?.content) throw refuse.notWorkbook(file);
  if (hasFilePass(stream.content)) throw refuse.password(file);
  if (bytes.length > MAX_LEGACY_BYTES)
    throw refuse.tooLarge(file, `tệp .xls lớn hơn ${MAX_LEGACY_BYTES / 1024 ** 2} MB`, `an .xls file larger than ${MAX_LEGACY_BYTES / 1024 ** 2} MB`);
  let wb: SheetJS.WorkBook;
  try {
    wb = XLSX.read(bytes, { type: "array", cellFormula: true, cellNF: true, cellDates: false, cellText: false, dense: true });
  } catch (e) {
    if (/password/i.test((e as Error).message)) throw refuse.password(file);
    throw refuse.damaged(file, "nội dung .xls không đọc được", "its .xls contents cannot be read");
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  let total = 0;
  const sheets: SheetGrid[] = [];
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name] as SheetJS.WorkSheet & { "!data"?: (SheetJS.CellObject | undefined)[][]; "!type"?: string };
    if (ws["!type"] && ws["!type"] !== "sheet") continue;
    const rows = ws["!data"] ?? [];
    const cells: (Cell | undefined)[][] = [];
    let inSheet = 0;
    rows.forEach((row, r) => {
      row?.forEach((c, col) => {
        const cell = c && toCell(c, date1904);
        if (!cell) return;
        if (typeof cell.value === "string" && cell.value.length > MAX_CELL_TEXT)
          throw refuse.tooLarge(file, `một ô có hơn ${MAX_CELL_TEXT} ký tự`, `a cell holds more than ${MAX_CELL_TEXT} characters`);
        if (++inSheet > MAX_CELLS_PER_SHEET || ++total > MAX_CELLS)
          throw refuse.tooLarge(file, `quá ${MAX_CELLS_PER_SHEET.toLocaleString("vi-VN")} ô`, `more than ${MAX_CELLS_PER_SHEET.toLocaleString("en")} cells`);
        (cells[r] ??= [])[col] = cell;
      });
    });
    const merges: Merge[] = (ws["!merges"] ?? []).slice(0, MAX_MERGES).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
    sheets.push(
      assembleSheet(name, cells, merges, (vi, en) => {
        throw refuse.damaged(file, vi, en);
      }),
    );
  }
  return { sheets };
}

function toCell(c: SheetJS.CellObject, date1904: boolean): Cell | undefined {
  const format = c.z === undefined || c.z === "General" ? undefined : String(c.z);
  const v = c.v;
  const result: Result =
    c.t === "e" ? { error: ERRORS[v as number] ?? "#N/A" } : typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : undefined;
  if (c.f !== undefined) return formulaCell(c.f, result, format, date1904);
  if (result === undefined || result === "") return undefined;
  if (typeof result === "object") return { value: null, error: result.error, format };
  if (typeof result === "number") return numberCell(result, format, date1904);
  return { value: result, format };
}

/** A FILEPASS record among the workbook globals: the file is encrypted with a password. */
function hasFilePass(content: Uint8Array | number[]): boolean {
  for (let p = 0, n = 0; p + 4 <= content.length && n < 4096; n++) {
    const type = content[p] | (content[p + 1] << 8);
    const len = content[p + 2] | (content[p + 3] << 8);
    if (type === 0x002f) return true;
    if (type === 0x000a) return false; // EOF of the globals
    p += 4 + len;
  }
  return false;
}
