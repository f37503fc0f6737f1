/**
 * The zip container of .xlsx/.xlsm/.ods: its central directory (zip64 included) and the inflation of
 * one part, bounded while it inflates — a part may never unpack past the size its directory
 * declares, nor past the reader's limits, whatever the directory says.
 */
import { Inflate } from "fflate";
import { InputError, refuse } from "./errors";
import { MAX_PART_BYTES, MAX_RATIO, MAX_UNPACKED_BYTES, MIN_RATIO_CHECK } from "./limits";

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  packed: number;
  unpacked: number;
  localOffset: number;
}

/** Input is pushed to the inflater in slices this large, so one push unpacks at most ~1 000 times it. */
const SLICE = 16 * 1024;
const utf8 = new TextDecoder("utf-8");

/** The platform's DecompressionStream, typed as much as used (the CLI's types have no DOM). */
interface NativeStream {
  writable: { getWriter(): { write(c: Uint8Array): Promise<void>; close(): Promise<void>; abort(): Promise<void> } };
  readable: { getReader(): { read(): Promise<{ value?: Uint8Array; done: boolean }>; cancel(): Promise<void> } };
}
const Native = (globalThis as { DecompressionStream?: new (format: string) => NativeStream }).DecompressionStream;

const u16 = (b: Uint8Array, p: number) => b[p] | (b[p + 1] << 8);
const u32 = (b: Uint8Array, p: number) => (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16)) + b[p + 3] * 0x1000000;
const u64 = (b: Uint8Array, p: number) => u32(b, p) + u32(b, p + 4) * 0x100000000;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && u32(bytes, 0) === 0x04034b50;
}

/** The package's entries by lower-cased name (OOXML part names are case-insensitive). */
export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();
  private unpackedSoFar = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly file: string,
  ) {
    this.readDirectory();
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** The part's bytes, or undefined when the package has no such part. */
  async read(name: string): Promise<Uint8Array | undefined> {
    const e = this.entries.get(name.toLowerCase());
    return e && this.inflate(e);
  }

  private damaged(): never {
    throw refuse.damaged(this.file, "thư mục của tệp nén không đọc được", "its zip directory cannot be read");
  }

  private readDirectory(): void {
    const b = this.bytes;
    let eocd = -1;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 65557); i--)
      if (u32(b, i) === 0x06054b50) {
        eocd = i;
        break;
      }
    if (eocd < 0) this.damaged();
    let count = u16(b, eocd + 10);
    let cdSize = u32(b, eocd + 12);
    let cdOffset = u32(b, eocd + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      // zip64: the locator just before the end record points at the zip64 end record.
      const loc = eocd - 20;
      if (loc < 0 || u32(b, loc) !== 0x07064b50) this.damaged();
      const rec = u64(b, loc + 8);
      if (rec + 56 > b.length || u32(b, rec) !== 0x06064b50) this.damaged();
      count = u64(b, rec + 32);
      cdSize = u64(b, rec + 40);
      cdOffset = u64(b, rec + 48);
    }
    if (cdOffset + cdSize > b.length) this.damaged();
    let p = cdOffset;
    const end = cdOffset + cdSize;
    for (let i = 0; i < count; i++) {
      if (p + 46 > end || u32(b, p) !== 0x02014b50) this.damaged();
      const flags = u16(b, p + 8);
      const nameLen = u16(b, p + 28);
      const extraLen = u16(b, p + 30);
      const commentLen = u16(b, p + 32);
      const entry: ZipEntry = {
        name: utf8.decode(b.subarray(p + 46, p + 46 + nameLen)).replace(/\\/g, "/").replace(/^\/+/, ""),
        method: u16(b, p + 10),
        encrypted: (flags & 1) === 1,
        packed: u32(b, p + 20),
        unpacked: u32(b, p + 24),
        localOffset: u32(b, p + 42),
      };
      this.zip64Extra(entry, b.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen));
      // Deflate cannot pack more than ~1 032 to 1: a larger declared ratio is a lie or a bomb.
      if (entry.unpacked > MIN_RATIO_CHECK && entry.unpacked > entry.packed * MAX_RATIO) throw refuse.bomb(this.file);
      this.entries.set(entry.name.toLowerCase(), entry);
      p += 46 + nameLen + extraLen + commentLen;
    }
  }

  /** Sizes and offset that did not fit 32 bits are in the zip64 extra field, in this order. */
  private zip64Extra(e: ZipEntry, extra: Uint8Array): void {
    if (e.unpacked !== 0xffffffff && e.packed !== 0xffffffff && e.localOffset !== 0xffffffff) return;
    for (let q = 0; q + 4 <= extra.length; ) {
      const id = u16(extra, q);
      const len = u16(extra, q + 2);
      if (id === 1) {
        let r = q + 4;
        const next = () => {
          if (r + 8 > q + 4 + len) this.damaged();
          const v = u64(extra, r);
          r += 8;
          return v;
        };
        if (e.unpacked === 0xffffffff) e.unpacked = next();
        if (e.packed === 0xffffffff) e.packed = next();
        if (e.localOffset === 0xffffffff) e.localOffset = next();
        return;
      }
      q += 4 + len;
    }
    this.damaged();
  }

  private async inflate(e: ZipEntry): Promise<Uint8Array> {
    if (e.encrypted) throw refuse.password(this.file);
    if (e.unpacked > MAX_PART_BYTES || this.unpackedSoFar + e.unpacked > MAX_UNPACKED_BYTES) throw refuse.bomb(this.file);
    if (e.unpacked > MIN_RATIO_CHECK && e.unpacked > e.packed * MAX_RATIO) throw refuse.bomb(this.file);
    const b = this.bytes;
    const h = e.localOffset;
    if (h + 30 > b.length || u32(b, h) !== 0x04034b50) this.damaged();
    const start = h + 30 + u16(b, h + 26) + u16(b, h + 28);
    if (start + e.packed > b.length) this.damaged();
    const data = b.subarray(start, start + e.packed);
    let out: Uint8Array;
    if (e.method === 0) {
      if (e.packed !== e.unpacked) this.damaged();
      out = data;
    } else if (e.method === 8) {
      out = (await this.inflateNative(data, e.unpacked)) ?? this.inflateBounded(data, e.unpacked);
    } else {
      throw refuse.damaged(this.file, `phần ${e.name} nén theo cách không hỗ trợ`, `part ${e.name} uses an unsupported compression`);
    }
    this.unpackedSoFar += out.length;
    return out;
  }

  /**
   * Inflates with the platform's own DecompressionStream (zlib in Node, the browser's in a worker:
   * about 4 times fflate's speed), reading its output as it comes and cancelling it as soon as it
   * passes the declared size. Undefined when the platform has no raw-deflate stream.
   */
  private async inflateNative(data: Uint8Array, declared: number): Promise<Uint8Array | undefined> {
    if (!Native) return undefined;
    let stream: NativeStream;
    try {
      stream = new Native("deflate-raw");
    } catch {
      return undefined;
    }
    const out = new Uint8Array(declared);
    let n = 0;
    const writer = stream.writable.getWriter();
    const reader = stream.readable.getReader();
    const feeding = (async () => {
      for (let p = 0; p < data.length; p += 4 * SLICE) await writer.write(data.subarray(p, p + 4 * SLICE));
      await writer.close();
    })();
    feeding.catch(() => undefined);
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        if (!value) continue;
        if (n + value.length > declared) {
          await reader.cancel().catch(() => undefined);
          await writer.abort().catch(() => undefined);
          throw refuse.bomb(this.file);
        }
        out.set(value, n);
        n += value.length;
      }
      await feeding;
    } catch (e) {
      if (e instanceof InputError) throw e;
      this.damaged();
    }
    if (n !== declared) this.damaged();
    return out;
  }

  /** Inflates into a buffer of the declared size; a part that would unpack past it is refused at once. */
  private inflateBounded(data: Uint8Array, declared: number): Uint8Array {
    const out = new Uint8Array(declared);
    let n = 0;
    let overflow = false;
    const inf = new Inflate((chunk) => {
      if (n + chunk.length > declared) {
        overflow = true;
        throw new Error("overflow");
      }
      out.set(chunk, n);
      n += chunk.length;
    });
    try {
      for (let p = 0; p < data.length; p += SLICE) inf.push(data.subarray(p, p + SLICE), p + SLICE >= data.length);
      if (!data.length) inf.push(data, true);
    } catch {
      if (overflow) throw refuse.bomb(this.file);
      this.damaged();
    }
    if (n !== declared) this.damaged();
    return out;
  }
}
