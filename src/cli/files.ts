/**
 * The CLI's dealings with the file system: only regular files are opened (a FIFO would block, a
 * device read forever), reads are capped while reading, files are told apart by identity (device
 * and inode: a hard link or another spelling of a name is the same file), and `--out` is written
 * through a temporary file beside it, renamed into place, so the old file stands until the new
 * one is whole.
 */
import { randomBytes } from "crypto";
import { accessSync, closeSync, constants, fstatSync, fsyncSync, lstatSync, openSync, readSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from "fs";
import { basename, dirname, join } from "path";
import { SoatInputError } from "./errors";

/** A report's text (.txt) is read up to this size; anything larger is not a report. */
export const MAX_TEXT_BYTES = 50 * 1024 * 1024;

const READ_CHUNK = 1 << 20;

function openError(path: string, e: unknown): SoatInputError {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return new SoatInputError({ vi: `Không tìm thấy tệp: ${path}`, en: `File not found: ${path}` });
    case "EACCES":
    case "EPERM":
      return new SoatInputError({ vi: `Không có quyền đọc tệp ${path}`, en: `No permission to read ${path}` });
    case "EISDIR":
      return folder(path);
    case "ELOOP":
      return new SoatInputError({ vi: `${path} là một vòng liên kết tượng trưng, không phải tệp`, en: `${path} is a loop of symbolic links, not a file` });
    default:
      return new SoatInputError({ vi: `Không mở được tệp ${path} (${code ?? "?"})`, en: `Cannot open ${path} (${code ?? "?"})` });
  }
}

function folder(path: string): SoatInputError {
  return new SoatInputError({ vi: `${path} là thư mục, không phải tệp`, en: `${path} is a folder, not a file` });
}

function notRegular(path: string): SoatInputError {
  return new SoatInputError({
    vi: `${path} không phải tệp thông thường (là thiết bị, ống dẫn hay socket); Soát chỉ đọc tệp thông thường`,
    en: `${path} is not a regular file (a device, pipe or socket); Soát reads regular files only`,
  });
}

function refuseUnlessRegular(path: string, st: Stats): void {
  if (st.isDirectory()) throw folder(path);
  if (!st.isFile()) throw notRegular(path);
}

/** Refuses, before anything opens it, what is missing, unreadable or not a regular file (a symbolic link is followed). */
export function assertRegularFile(path: string): void {
  let st: Stats;
  try {
    st = statSync(path);
    refuseUnlessRegular(path, st);
    accessSync(path, constants.R_OK);
  } catch (e) {
    throw e instanceof SoatInputError ? e : openError(path, e);
  }
}

/**
 * The whole of a regular file, refused past `maxBytes` as it is read (the size a file claims is not
 * trusted). Opened without blocking, so a FIFO put in place after a check cannot hang the read.
 */
export function readRegularFile(path: string, maxBytes: number, tooLarge: SoatInputError): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw openError(path, e);
  }
  try {
    refuseUnlessRegular(path, fstatSync(fd));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(READ_CHUNK, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw tooLarge;
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } catch (e) {
    throw e instanceof SoatInputError ? e : openError(path, e);
  } finally {
    closeSync(fd);
  }
}

/** A file's identity (device and inode); undefined when there is no such file. */
export function fileIdentity(path: string): string | undefined {
  try {
    const st = statSync(path, { bigint: true });
    return `${st.dev}:${st.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Checks the place a result will be written, before any work: something there that is not a
 * regular file (a folder, a FIFO, a device, a symbolic link) is refused, and an existing file is
 * replaced only with `--force`.
 */
export function assertWritableTarget(path: string, force: boolean): void {
  let st: Stats;
  try {
    st = lstatSync(path);
  } catch {
    return; // nothing there yet
  }
  if (st.isDirectory()) throw folder(path);
  if (st.isSymbolicLink())
    throw new SoatInputError({
      vi: `${path} là một liên kết tượng trưng; hãy ghi kết quả ra một tệp thật`,
      en: `${path} is a symbolic link; write the result to a real file`,
    });
  if (!st.isFile()) throw notRegular(path);
  if (!force)
    throw new SoatInputError({
      vi: `Tệp ${path} đã có; Soát không ghi đè nếu không có --force`,
      en: `${path} already exists; Soát does not replace it without --force`,
    });
}

/**
 * Writes `bytes` to `path` through a temporary file in the same folder, flushed to disk and then
 * renamed over `path`: a run killed midway leaves the old file as it was.
 */
export function writeFileReplacing(path: string, bytes: Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    const fd = openSync(temp, "wx");
    try {
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // never created, or already renamed
    }
    const code = (e as NodeJS.ErrnoException).code ?? "?";
    throw new SoatInputError({ vi: `Không ghi được ${path} (${code})`, en: `Cannot write ${path} (${code})` });
  }
}
