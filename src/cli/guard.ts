/**
 * The file side of reading an input: only a regular file is opened (a folder, a FIFO, a device or
 * a symlink to one is refused before opening), at most a bounded size is read, and a .docx is
 * checked for what mammoth would unpack. Workbooks are checked from their bytes by src/read.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from "fs";
import { refuse } from "../read/errors";
import { isOle2 } from "../read/xls";
import { MAX_FILE_BYTES, MAX_RATIO, MAX_UNPACKED_BYTES, MIN_RATIO_CHECK } from "../read/limits";
import { isZip, ZipArchive } from "../read/zip";
import { SoatInputError } from "./errors";

function notRegular(path: string, st: Stats): SoatInputError {
  if (st.isDirectory()) return new SoatInputError({ vi: `${path} là thư mục, không phải tệp`, en: `${path} is a folder, not a file` });
  return new SoatInputError({
    vi: `${path} không phải tệp thông thường (là ${st.isFIFO() ? "đường ống FIFO" : st.isSocket() ? "socket" : "thiết bị"}); Soát chỉ đọc tệp.`,
    en: `${path} is not a regular file (it is ${st.isFIFO() ? "a FIFO" : st.isSocket() ? "a socket" : "a device"}); Soát reads files only.`,
  });
}

function openError(path: string, e: unknown): SoatInputError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return new SoatInputError({ vi: `Không tìm thấy tệp: ${path}`, en: `File not found: ${path}` });
  if (code === "EACCES" || code === "EPERM") return new SoatInputError({ vi: `Không có quyền đọc tệp ${path}`, en: `No permission to read ${path}` });
  return new SoatInputError({ vi: `Không mở được tệp ${path} (${code ?? "?"})`, en: `Cannot open ${path} (${code ?? "?"})` });
}

/** The bytes of a regular file of at most `limit` bytes. */
export function readInputFile(path: string, limit = MAX_FILE_BYTES): Uint8Array {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (e) {
    throw openError(path, e);
  }
  if (!st.isFile()) throw notRegular(path, st);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw openError(path, e);
  }
  try {
    const now = fstatSync(fd);
    if (!now.isFile()) throw notRegular(path, now);
    if (now.size === 0) throw refuse.empty(path);
    if (now.size > limit)
      throw refuse.tooLarge(path, `tệp lớn hơn ${Math.round(limit / 1024 ** 2)} MB`, `the file is larger than ${Math.round(limit / 1024 ** 2)} MB`);
    const buf = new Uint8Array(now.size);
    let n = 0;
    while (n < buf.length) {
      const got = readSync(fd, buf, n, buf.length - n, n);
      if (got === 0) break;
      n += got;
    }
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
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
