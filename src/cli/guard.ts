/**
 * Looks at a file before any library parses it: refuses what is not an .xlsx (a legacy .xls, an
 * encrypted workbook, a Word file, no zip at all) and zip bombs, reading only the zip's directory.
 */
import { closeSync, fstatSync, openSync, readSync } from "fs";
import { SoatInputError } from "./errors";

/** Workbooks this tool opens unpack to at most this much. */
const MAX_UNPACKED = 1.5 * 1024 ** 3;
/** Any entry unpacking to more than this multiple of its packed size is a bomb, past a small floor. */
const MAX_RATIO = 1000;

interface ZipEntry {
  name: string;
  packed: number;
  unpacked: number;
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const n = readSync(fd, buf, 0, length, position);
  return buf.subarray(0, n);
}

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Throws SoatInputError unless the file is a plausible, safe .xlsx (or .docx). */
export function guardWorkbookFile(path: string, kind: "xlsx" | "docx" = "xlsx"): void {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT")
      throw new SoatInputError({ vi: `Không tìm thấy tệp: ${path}`, en: `File not found: ${path}` });
    if (code === "EISDIR")
      throw new SoatInputError({ vi: `${path} là thư mục, không phải tệp`, en: `${path} is a folder, not a file` });
    throw new SoatInputError({ vi: `Không mở được tệp ${path} (${code})`, en: `Cannot open ${path} (${code})` });
  }
  try {
    const size = fstatSync(fd).size;
    if (size === 0) throw new SoatInputError({ vi: `Tệp ${path} rỗng`, en: `${path} is empty` });
    const head = readAt(fd, 0, 8);
    if (head.length === 8 && head.equals(OLE2)) {
      // An OLE2 container is either a legacy .xls/.doc or an encrypted OOXML package.
      const sample = readAt(fd, 0, Math.min(size, 1 << 20));
      if (sample.includes(Buffer.from("EncryptionInfo", "utf16le")) || sample.includes(Buffer.from("EncryptedPackage", "utf16le")))
        throw new SoatInputError({
          vi: `Tệp ${path} được đặt mật khẩu. Hãy gỡ mật khẩu trong Excel (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi kiểm tra lại.`,
          en: `${path} is password-protected. Remove the password in Excel (File › Info › Protect Workbook) and check again.`,
        });
      throw new SoatInputError(
        kind === "xlsx"
          ? {
              vi: `Tệp ${path} là định dạng Excel cũ (.xls). Hãy mở trong Excel và lưu lại dưới dạng .xlsx (Sổ làm việc Excel).`,
              en: `${path} is a legacy Excel file (.xls). Open it in Excel and save it as .xlsx (Excel Workbook).`,
            }
          : {
              vi: `Tệp ${path} là định dạng Word cũ (.doc). Hãy lưu lại dưới dạng .docx.`,
              en: `${path} is a legacy Word file (.doc). Save it as .docx.`,
            },
      );
    }
    if (head.length < 4 || head.readUInt32LE(0) !== 0x04034b50)
      throw notOoxml(path, kind);
    const entries = centralDirectory(fd, size, path, kind);
    const wanted = kind === "xlsx" ? "xl/workbook.xml" : "word/document.xml";
    if (!entries.some((e) => e.name === wanted)) throw notOoxml(path, kind);
    let total = 0;
    for (const e of entries) {
      total += e.unpacked;
      if (e.unpacked > 50 * 1024 * 1024 && e.unpacked > e.packed * MAX_RATIO) throw bomb(path);
    }
    if (total > MAX_UNPACKED) throw bomb(path);
  } finally {
    closeSync(fd);
  }
}

function notOoxml(path: string, kind: "xlsx" | "docx"): SoatInputError {
  return kind === "xlsx"
    ? new SoatInputError({
        vi: `Tệp ${path} không phải sổ làm việc Excel (.xlsx) hoặc đã bị hỏng.`,
        en: `${path} is not an Excel workbook (.xlsx), or it is damaged.`,
      })
    : new SoatInputError({
        vi: `Tệp ${path} không phải văn bản Word (.docx) hoặc đã bị hỏng.`,
        en: `${path} is not a Word document (.docx), or it is damaged.`,
      });
}

function bomb(path: string): SoatInputError {
  return new SoatInputError({
    vi: `Tệp ${path} khi giải nén lớn bất thường (nghi là "zip bomb"); Soát không mở tệp này.`,
    en: `${path} would unpack to an absurd size (a likely zip bomb); Soát does not open it.`,
  });
}

/** Reads the zip's central directory (end record within the last 64 KiB + 22 bytes). */
function centralDirectory(fd: number, size: number, path: string, kind: "xlsx" | "docx"): ZipEntry[] {
  const tailLen = Math.min(size, 65557);
  const tail = readAt(fd, size - tailLen, tailLen);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--)
    if (tail.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw notOoxml(path, kind);
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (cdOffset === 0xffffffff || cdSize === 0xffffffff || count === 0xffff) throw bomb(path); // zip64: far beyond any appendix
  if (cdOffset + cdSize > size) throw notOoxml(path, kind);
  const cd = readAt(fd, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50) throw notOoxml(path, kind);
    const packed = cd.readUInt32LE(p + 20);
    const unpacked = cd.readUInt32LE(p + 24);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    const name = cd.toString("utf8", p + 46, p + 46 + nameLen);
    if (unpacked === 0xffffffff) throw bomb(path);
    entries.push({ name, packed, unpacked });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}
