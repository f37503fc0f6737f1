/**
 * Hostile and damaged workbooks, each built here (small ones in memory, large ones generated, none
 * committed): the CLI exits 2 with a Vietnamese and English message and no internal text, in
 * bounded time and memory, and leaves the input's bytes as they were.
 */
import { execFileSync, spawnSync } from "child_process";
import { createHash } from "crypto";
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { constants, deflateRawSync } from "zlib";
import * as XLSX from "@e965/xlsx";
import { main } from "../../src/cli/main";
import { readWorkbookBytes } from "../../src/read";
import { packageFiles, rawZip, sheetData, tempFile, xlsxBytes, type Parts } from "./build";

const BIN = join(__dirname, "..", "..", "bin", "soat.js");
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, (s) => (out += s + "\n"), (s) => (err += s + "\n"));
  return { code, out, err };
}

/** Checks the file in a child process with a 1 GB heap; returns exit code, stderr, ms and peak RSS (MB). */
function checkInChild(path: string): { code: number | null; err: string; ms: number; rssMb: number } {
  const dir = mkdtempSync(join(tmpdir(), "soat-rss-"));
  const preload = join(dir, "rss.js");
  writeFileSync(preload, `process.on("exit", () => require("fs").writeSync(2, "\\nMAXRSS=" + process.resourceUsage().maxRSS + "\\n"));`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ["--max-old-space-size=1024", "-r", preload, BIN, "check", path], { encoding: "utf8", timeout: 120_000 });
  const ms = Date.now() - t0;
  const rss = /MAXRSS=(\d+)/.exec(r.stderr);
  return { code: r.status, err: r.stderr.replace(/\nMAXRSS=\d+\n/, ""), ms, rssMb: rss ? Math.round(Number(rss[1]) / 1024) : NaN };
}

function expectRefused(r: { code: number | null; err: string }, vi: string, en: string): void {
  expect(r.code).toBe(2);
  expect(r.err).toContain(vi);
  expect(r.err).toContain(en);
  expect(r.err).not.toMatch(/\n\s+at |Error:|undefined|\bnull\b/);
}

/** Deflated bytes that unpack to `chunks` × 16 MiB: sync-flushed blocks repeated, then a final empty block. */
function inflatingTo(chunks: number): Buffer {
  const block = deflateRawSync(Buffer.from("<c><v>1</v></c>".repeat(1 << 20)), { finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([...Array(chunks).fill(block), Buffer.from([0x03, 0x00])]);
}

/** The small package's parts as raw zip entries, the sheet replaced by `sheet`. */
function entries(parts: Parts, sheet?: { data: Buffer; declared: number }) {
  return Object.entries(packageFiles(parts)).map(([name, content]) => {
    const raw = Buffer.from(content as string);
    if (name === "xl/worksheets/sheet1.xml" && sheet) return { name, ...sheet };
    return { name, data: deflateRawSync(raw), declared: raw.length };
  });
}

const ONE_CELL: Parts = { sheets: [sheetData(['<c r="A1"><v>1</v></c>'])] };

describe("zip bombs are refused while inflating, in bounded memory", () => {
  const data = inflatingTo(128); // 2 GiB unpacked from about 2 MB
  test.each([
    ["whose directory understates the sheet's size", 20_000],
    ["whose directory declares the sheet's true size", 128 * 16 * 1024 ** 2],
  ])("a 2 MB .xlsx %s", (_what, declared) => {
    const path = tempFile("bomb.xlsx", rawZip(entries(ONE_CELL, { data, declared })));
    const before = sha(path);
    const r = checkInChild(path);
    console.log(`zip bomb (${_what}): ${r.ms} ms, peak RSS ${r.rssMb} MB`);
    expectRefused(r, "zip bomb", "zip bomb");
    expect(r.rssMb).toBeLessThan(1024);
    expect(r.ms).toBeLessThan(60_000);
    expect(sha(path)).toBe(before);
  }, 120_000);

  test("a small workbook with zip64 records is read as the plain one", async () => {
    const plain = await readWorkbookBytes(rawZip(entries(ONE_CELL)), "plain.xlsx");
    const z64 = await readWorkbookBytes(rawZip(entries(ONE_CELL), true), "zip64.xlsx");
    expect(z64).toEqual(plain);
    expect(z64.sheets[0].cells[0][0]).toEqual({ value: 1 });
  });
});

describe("merged ranges are ranges", () => {
  test("one merge A30:XFD1048576 creates no cells and is clipped to the cells", async () => {
    const path = tempFile("merge.xlsx", await xlsxBytes({ sheets: [sheetData(['<c r="A1"><v>1</v></c><c r="C40"><v>2</v></c>'], '<mergeCells><mergeCell ref="A30:XFD1048576"/></mergeCells>')] }));
    const r = checkInChild(path);
    console.log(`merge A30:XFD1048576: ${r.ms} ms, peak RSS ${r.rssMb} MB`);
    expect(r.code).toBe(0);
    expect(r.rssMb).toBeLessThan(1024);
    const grid = await readWorkbookBytes(readFileSync(path), "merge.xlsx");
    // Clipped to the last row and column holding a cell (C40, which the merge then covers, as in Excel).
    expect(grid.sheets[0].merges).toEqual([{ top: 29, left: 0, bottom: 39, right: 2 }]);
    expect(grid.sheets[0].rowCount).toBe(40);
    expect(grid.sheets[0].cells.flat().filter(Boolean)).toEqual([{ value: 1 }]);
  }, 120_000);

  test("overlapping merged ranges over many rows are refused, not walked for ever", async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `<c r="A${i + 1}"><v>${i}</v></c>`);
    const merges = Array.from({ length: 1_000 }, (_, i) => `<mergeCell ref="B${i + 1}:C20000"/>`).join("");
    const path = tempFile("chong.xlsx", await xlsxBytes({ sheets: [sheetData(rows, `<mergeCells>${merges}</mergeCells>`)] }));
    expectRefused(await run("check", path), "chồng lên nhau quá nhiều", "overlap too much");
  });

  test("100 000 merged ranges load in linear time", async () => {
    const merges = Array.from({ length: 100_000 }, (_, i) => `<mergeCell ref="A${i + 1}:B${i + 1}"/>`).join("");
    const bytes = await xlsxBytes({ sheets: [sheetData(['<c r="A1"><v>1</v></c>'], `<mergeCells>${merges}</mergeCells>`)] });
    const t0 = performance.now();
    const grid = await readWorkbookBytes(bytes, "merges.xlsx");
    const ms = Math.round(performance.now() - t0);
    console.log(`100 000 merged ranges: ${ms} ms`);
    expect(grid.sheets[0].merges).toHaveLength(100_000);
    expect(ms).toBeLessThan(20_000);
  });
});

test("an amount formatted as a date beyond a date's range stays a number", async () => {
  const path = tempFile(
    "ngay.xlsx",
    await xlsxBytes({ sheets: [sheetData(['<c r="A1" s="1"><v>180030000</v></c><c r="B1" s="1"><v>45291</v></c>'])], cellXfs: '<xf numFmtId="0"/><xf numFmtId="164"/>', numFmts: '<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>' }),
  );
  const grid = await readWorkbookBytes(readFileSync(path), "ngay.xlsx");
  expect(grid.sheets[0].cells[0]).toEqual([
    { value: 180030000, format: "dd/mm/yyyy" },
    { value: "2023-12-31", format: "dd/mm/yyyy" },
  ]);
  expect((await run("check", path)).code).toBe(0);
});

describe("damaged workbooks exit 2, never read as clean", () => {
  const cell = (v: string, t = "") => sheetData([`<c r="A1"${t}><v>${v}</v></c>`]);
  const cases: [string, () => Promise<Buffer>, string, string][] = [
    ["a missing worksheet part", () => xlsxBytes({ ...ONE_CELL, omit: ["xl/worksheets/sheet1.xml"] }), "thiếu trang tính xl/worksheets/sheet1.xml", "worksheet xl/worksheets/sheet1.xml"],
    ["missing workbook rels", () => xlsxBytes({ ...ONE_CELL, omit: ["xl/_rels/workbook.xml.rels"] }), "thiếu xl/_rels/workbook.xml.rels", "is missing"],
    [
      "a bad r:id",
      () => xlsxBytes({ ...ONE_CELL, replace: { "xl/workbook.xml": `<workbook xmlns:r="r"><sheets><sheet name="A" sheetId="1" r:id="rId9"/></sheets></workbook>` } }),
      "quan hệ rId9",
      "relationship rId9",
    ],
    ["a missing sharedStrings.xml", () => xlsxBytes({ sheets: [cell("0", ' t="s"')] }), "thiếu bảng chuỗi dùng chung", "shared-string table"],
    ["a shared-string index out of range", () => xlsxBytes({ sheets: [cell("7", ' t="s"')], strings: ["<t>a</t>"] }), "trỏ tới chuỗi số 7", "points at string 7"],
    ["invalid UTF-8 inside <v>", async () => xlsxBytes({ ...ONE_CELL, replace: { "xl/worksheets/sheet1.xml": Buffer.concat([Buffer.from('<worksheet><sheetData><row r="1"><c r="A1"><v>31'), Buffer.from([0xff, 0xfe]), Buffer.from("20</v></c></row></sheetData></worksheet>")]) } }), "không phải UTF-8", "not UTF-8"],
    ["a number that is not one", () => xlsxBytes({ sheets: [cell("31x20")] }), "số không hợp lệ", "invalid number"],
    ["1e999", () => xlsxBytes({ sheets: [cell("1e999")] }), "số không hợp lệ", "invalid number"],
    ["a DOCTYPE (entity expansion)", () => xlsxBytes({ ...ONE_CELL, replace: { "xl/worksheets/sheet1.xml": '<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet/>' } }), "DOCTYPE", "DOCTYPE"],
    ["a cell over Excel's 32 767 characters", () => xlsxBytes({ sheets: [cell("0", ' t="s"')], strings: [`<t>${"x".repeat(40_000)}</t>`] }), "32.767 ký tự", "32,767 characters"],
  ];
  test.each(cases)("%s", async (_what, make, vi, en) => {
    const path = tempFile("hong.xlsx", await make());
    const before = sha(path);
    const r = await run("check", path);
    expectRefused(r, vi, en);
    expect(r.err).toMatch(/bị hỏng|quá lớn/);
    expect(sha(path)).toBe(before);
  });

  test("an .ods repeating a value over the whole sheet is refused before expanding it", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    zip.file(
      "content.xml",
      '<office:document-content xmlns:office="o" xmlns:table="t"><office:body><office:spreadsheet><table:table table:name="A"><table:table-row table:number-rows-repeated="1048576"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="16384"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>',
    );
    const path = tempFile("lap.ods", await zip.generateAsync({ type: "nodebuffer" }));
    expectRefused(await run("check", path), "quá lớn để soát", "too large to check");
  });
});

test("an encrypted workbook whose directory lies past 1 MiB is password-protected, not a legacy .xls", async () => {
  const C = XLSX.CFB;
  const cfb = C.utils.cfb_new();
  C.utils.cfb_add(cfb, "/EncryptedPackage", Buffer.alloc(2 << 20, 7));
  C.utils.cfb_add(cfb, "/EncryptionInfo", Buffer.alloc(200, 1));
  const b = Buffer.from(C.write(cfb, { type: "buffer" }) as Buffer);
  // Move the directory's one sector to the end of the file (FAT updated), past the first MiB.
  const dir = b.readUInt32LE(48);
  const last = b.length / 512 - 1;
  const fat = (k: number) => (b.readUInt32LE(76 + 4 * Math.floor(k / 128)) + 1) * 512 + (k % 128) * 4;
  const moved = Buffer.concat([b, b.subarray((dir + 1) * 512, (dir + 2) * 512)]);
  moved.fill(0, (dir + 1) * 512, (dir + 2) * 512);
  moved.writeUInt32LE(0xffffffff, fat(dir));
  moved.writeUInt32LE(0xfffffffe, fat(last));
  moved.writeUInt32LE(last, 48);
  expect(moved.indexOf(Buffer.from("EncryptionInfo", "utf16le"))).toBeGreaterThan(1 << 20);
  expectRefused(await run("check", tempFile("mat-khau.xlsx", moved)), "được đặt mật khẩu", "password-protected");
});

describe("only regular files are opened", () => {
  const dir = mkdtempSync(join(tmpdir(), "soat-special-"));
  test("a folder", async () => {
    expectRefused(await run("check", dir), "là thư mục, không phải tệp", "is a folder, not a file");
  });
  test("a FIFO (which would block forever)", async () => {
    const fifo = join(dir, "ong.xlsx");
    execFileSync("mkfifo", [fifo]);
    expectRefused(await run("check", fifo), "không phải tệp thông thường", "is not a regular file");
  });
  test("a symlink to /dev/zero", async () => {
    const link = join(dir, "zero.xlsx");
    symlinkSync("/dev/zero", link);
    expectRefused(await run("check", link), "không phải tệp thông thường", "is not a regular file");
  });
});
