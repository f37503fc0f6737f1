/**
 * The one guarded workbook reader, for every face (CLI, web page and its worker): bytes in, grid
 * out, for .xlsx/.xlsm, .xls and .ods, chosen by content rather than by name. Every refusal is an
 * InputError with a vi/en message (damaged, password-protected, zip bomb, over a limit, no workbook).
 */
import type { WorkbookGrid } from "../core/grid";
import { InputError, refuse } from "./errors";
import { MAX_FILE_BYTES } from "./limits";
import { readOds } from "./ods";
import { isOle2, readOle } from "./xls";
import { readXlsx } from "./xlsx";
import { isZip, ZipArchive } from "./zip";

export { InputError } from "./errors";

export async function readWorkbookBytes(bytes: Uint8Array, file: string): Promise<WorkbookGrid> {
  if (!bytes.length) throw refuse.empty(file);
  if (bytes.length > MAX_FILE_BYTES)
    throw refuse.tooLarge(file, `tệp lớn hơn ${MAX_FILE_BYTES / 1024 ** 2} MB`, `the file is larger than ${MAX_FILE_BYTES / 1024 ** 2} MB`);
  try {
    if (isOle2(bytes)) return await readOle(bytes, file);
    if (!isZip(bytes)) throw refuse.notWorkbook(file);
    const zip = new ZipArchive(bytes, file);
    return (await isOds(zip)) ? await readOds(zip, file) : await readXlsx(zip, file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    // A fault of the reader itself on an odd file: still a clear refusal, never a stack trace.
    throw refuse.damaged(file, "nội dung không đọc được", "its contents cannot be read");
  }
}

/** The workbook format of the bytes, by content. */
export async function workbookFormat(bytes: Uint8Array, file: string): Promise<"xlsx" | "ods" | "xls" | undefined> {
  if (isOle2(bytes)) return "xls";
  if (!isZip(bytes)) return undefined;
  return (await isOds(new ZipArchive(bytes, file))) ? "ods" : "xlsx";
}

const ODS = /^application\/vnd\.oasis\.opendocument\.spreadsheet(-template)?\s*$/;

async function isOds(zip: ZipArchive): Promise<boolean> {
  if (zip.has("xl/workbook.xml") || !zip.has("mimetype")) return zip.has("content.xml") && !zip.has("[Content_Types].xml") && zip.has("META-INF/manifest.xml");
  const mime = await zip.read("mimetype");
  return mime !== undefined && ODS.test(new TextDecoder().decode(mime.subarray(0, 100)));
}
