/**
 * Where the platform has no raw-deflate DecompressionStream the reader unpacks with fflate, in
 * slices, with the same bound: the sample reads the same and a bomb is refused while inflating.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { constants, deflateRawSync } from "zlib";
import type * as Read from "../../src/read";
import { packageFiles, rawZip, sheetData } from "./build";

const SAMPLE = join(__dirname, "..", "fixtures", "giai-ngan-huyen-mau-2023.xlsx");

function withoutNativeStreams(): typeof Read {
  const saved = (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
  delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
  let mod: typeof Read | undefined;
  try {
    jest.isolateModules(() => {
      mod = require("../../src/read");
    });
  } finally {
    (globalThis as { DecompressionStream?: unknown }).DecompressionStream = saved;
  }
  return mod!;
}

test("fflate reads the sample as the native stream does, and refuses an understated bomb", async () => {
  const fallback = withoutNativeStreams();
  const native: typeof Read = require("../../src/read");
  const bytes = new Uint8Array(readFileSync(SAMPLE));
  expect(await fallback.readWorkbookBytes(bytes, "mau.xlsx")).toEqual(await native.readWorkbookBytes(bytes, "mau.xlsx"));

  const block = deflateRawSync(Buffer.from("<c><v>1</v></c>".repeat(1 << 20)), { finishFlush: constants.Z_SYNC_FLUSH });
  const data = Buffer.concat([...Array(64).fill(block), Buffer.from([0x03, 0x00])]); // 1 GiB unpacked
  const files = packageFiles({ sheets: [sheetData(['<c r="A1"><v>1</v></c>'])] });
  const zip = rawZip(
    Object.entries(files).map(([name, content]) =>
      name === "xl/worksheets/sheet1.xml" ? { name, data, declared: 20_000 } : { name, data: deflateRawSync(Buffer.from(content as string)), declared: Buffer.byteLength(content as string) },
    ),
  );
  const before = process.memoryUsage().rss;
  await expect(fallback.readWorkbookBytes(zip, "bomb.xlsx")).rejects.toThrow(/zip bomb/);
  expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 ** 2);
});
