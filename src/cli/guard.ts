/**
 * The file side of reading an input: only a regular file is opened (a folder, a FIFO, a device or
 * a symlink to one is refused before opening), at most a bounded size is read, and a .docx is
 * checked for what mammoth would unpack. Workbooks are checked from their bytes by src/read.
 */
import { refuse } from "../read/errors";
import { isOle2 } from "../read/xls";
import { MAX_FILE_BYTES, MAX_RATIO, MAX_UNPACKED_BYTES, MIN_RATIO_CHECK } from "../read/limits";
import { isZip, ZipArchive } from "../read/zip";
import { SoatInputError } from "./errors";
import { readRegularFile } from "./files";

/** The bytes of a regular file of at most `limit` bytes, its size counted as it is read. */
export function readInputFile(path: string, limit = MAX_FILE_BYTES): Uint8Array {
  const mb = Math.round(limit / 1024 ** 2);
  const bytes = readRegularFile(path, limit, refuse.tooLarge(path, `tệp lớn hơn ${mb} MB`, `the file is larger than ${mb} MB`));
  if (bytes.length === 0) throw refuse.empty(path);
  return bytes;
}

/**
 * Throws SoatInputError unless the file is a regular file holding a plausible, safe .docx, judged
 * from its zip directory (mammoth unpacks every part). Workbooks are checked by src/read instead.
 */
export function guardWorkbookFile(path: string, kind: "docx"): void {
  const bytes = readInputFile(path);
  if (isOle2(bytes)) {
    // The whole file is searched: an OLE2 directory may lie anywhere in it.
    const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    if (["EncryptionInfo", "EncryptedPackage"].some((n) => all.includes(Buffer.from(n, "utf16le")))) throw refuse.password(path);
    throw new SoatInputError({ vi: `Tệp ${path} là định dạng Word cũ (.doc). Hãy lưu lại dưới dạng .docx.`, en: `${path} is a legacy Word file (.doc). Save it as .docx.` });
  }
  const notDocx = new SoatInputError({ vi: `Tệp ${path} không phải văn bản Word (.docx) hoặc đã bị hỏng.`, en: `${path} is not a Word document (.docx), or it is damaged.` });
  if (!isZip(bytes) || kind !== "docx") throw notDocx;
  const zip = new ZipArchive(bytes, path);
  if (!zip.has("word/document.xml")) throw notDocx;
  let total = 0;
  for (const e of zip.entries.values()) {
    total += e.unpacked;
    if (e.unpacked > MIN_RATIO_CHECK && e.unpacked > e.packed * MAX_RATIO) throw refuse.bomb(path);
  }
  if (total > MAX_UNPACKED_BYTES) throw refuse.bomb(path);
}
