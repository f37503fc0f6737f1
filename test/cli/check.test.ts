/** `soat check`: output, exit codes, bad input, and the input file left untouched. */
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { writeXlsx } from "../helpers/appendix";

const FIXTURES = join(__dirname, "..", "fixtures");
const SAMPLE = join(FIXTURES, "giai-ngan-huyen-mau-2023.xlsx");

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, (s) => (out += s + "\n"), (s) => (err += s + "\n"));
  return { code, out, err };
}

function temp(name: string, content: Buffer | string): string {
  const path = join(mkdtempSync(join(tmpdir(), "soat-bad-")), name);
  writeFileSync(path, content);
  return path;
}

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

test("the readable report names sheets and findings, exit 1 on errors", async () => {
  const r = await run("check", SAMPLE);
  expect(r.code).toBe(1);
  expect(r.out).toContain('Trang tính "Bieu 01 - Giai ngan", bảng A5:L27: biểu giải ngân / kế hoạch vốn (tin cậy 100%), đơn vị: triệu đồng');
  expect(r.out).toContain("✗ Bieu 01 - Giai ngan!K23  [percent-scale]  0,0096 → 0,96");
  expect(r.out).toContain("5 lỗi, 1 cảnh báo:");
  const en = await run("check", "--lang", "en", SAMPLE);
  expect(en.out).toContain("5 errors, 1 warnings:");
  expect(en.out).toContain("The rate states 0.0096% but G23/C23×100 = 5.2/540×100 = 0.96%");
});

test("--json prints one object with files, sheets and findings", async () => {
  const r = await run("check", "--json", SAMPLE, join(FIXTURES, "mau-bieu-01-trong.xlsx"));
  const json = JSON.parse(r.out);
  expect(json.files).toHaveLength(2);
  expect(json.files[0].sheets).toEqual([
    {
      name: "Bieu 01 - Giai ngan",
      kind: "disbursement",
      confidence: 1,
      unit: "trieu-dong",
      tables: [{ range: "A5:L27", kind: "disbursement", confidence: 1, unit: "trieu-dong" }],
    },
  ]);
  expect(json.files[0].findings).toHaveLength(6);
  expect(json.files[0].findings.map((f: { cell: string }) => f.cell)).toEqual(["K13", "C14", "I15", "G18", "K23", "I27"]);
  expect(json.files[0].findings[2]).toEqual(
    expect.objectContaining({ sheet: "Bieu 01 - Giai ngan", cell: "I15", rule: "number-as-text", severity: "warning", stated: "1.307,25", expected: 1307.25 }),
  );
  expect(json.files[1].findings).toEqual([]);
  expect(r.code).toBe(1);
});

test("a consistent workbook exits 0", async () => {
  expect((await run("check", join(FIXTURES, "mau-bieu-01-trong.xlsx"))).code).toBe(0);
});

test("checking never writes the file", async () => {
  const copy = join(mkdtempSync(join(tmpdir(), "soat-ro-")), "copy.xlsx");
  copyFileSync(SAMPLE, copy);
  const before = sha(copy);
  await run("check", copy);
  await run("check", "--json", copy);
  expect(sha(copy)).toBe(before);
});

describe("bad input exits 2 with a message in Vietnamese and English", () => {
  const ole2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  test.each([
    ["a text file", () => temp("notes.xlsx", "Báo cáo kết quả giải ngân"), "không phải sổ làm việc Excel", "is not an Excel workbook"],
    ["a damaged legacy .xls", () => temp("old.xls", Buffer.concat([ole2, Buffer.alloc(4096)])), "bị hỏng", "damaged"],
    [
      "a password-protected workbook",
      () => temp("secret.xlsx", Buffer.concat([ole2, Buffer.alloc(512), Buffer.from("EncryptionInfo", "utf16le"), Buffer.alloc(512)])),
      "được đặt mật khẩu",
      "password-protected",
    ],
    ["a truncated workbook", () => temp("cut.xlsx", readFileSync(SAMPLE).subarray(0, 3000)), "bị hỏng", "damaged"],
    ["an empty file", () => temp("empty.xlsx", ""), "rỗng", "is empty"],
    ["a missing file", () => "/nonexistent/khong-co.xlsx", "Không tìm thấy tệp", "File not found"],
  ])("%s", async (_what, make, vi, en) => {
    const r = await run("check", make());
    expect(r.code).toBe(2);
    expect(r.err).toContain(vi);
    expect(r.err).toContain(en);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  test("a damaged workbook inside a sound zip", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/workbook.xml", "<<< not xml");
    const r = await run("check", temp("broken.xlsx", await zip.generateAsync({ type: "nodebuffer" })));
    expect(r.code).toBe(2);
    expect(r.err).toContain("bị hỏng");
  });

  test("a zip bomb is refused from its declared sizes, before unpacking", async () => {
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>");
    zip.file("xl/worksheets/sheet1.xml", "0".repeat(1000), { compression: "DEFLATE" });
    const buf = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    // Declare 3 GiB unpacked for the sheet in the central directory.
    const cd = buf.lastIndexOf(Buffer.from("xl/worksheets/sheet1.xml")) - 46;
    expect(buf.readUInt32LE(cd)).toBe(0x02014b50);
    buf.writeUInt32LE(0xc0000000, cd + 24);
    const r = await run("check", temp("bomb.xlsx", buf));
    expect(r.code).toBe(2);
    expect(r.err).toContain("zip bomb");
  });

  test("a Word document named .xlsx", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    const r = await run("check", temp("report.xlsx", await zip.generateAsync({ type: "nodebuffer" })));
    expect(r.code).toBe(2);
    expect(r.err).toContain("is not an Excel workbook");
  });

  test("wrong usage", async () => {
    expect((await run()).code).toBe(2);
    expect((await run("check")).code).toBe(2);
    expect((await run("check", "--bogus", SAMPLE)).code).toBe(2);
    expect((await run("frobnicate")).err).toContain("Unknown command");
    expect((await run("check", "--lang", "fr", SAMPLE)).code).toBe(2);
  });
});

test("an empty sheet is reported as having no table to check, exit 0", async () => {
  const path = await writeXlsx([{ name: "Trống", rows: [], merges: [], formats: new Map(), where: new Map() }]);
  const r = await run("check", path);
  expect(r.code).toBe(0);
  expect(r.out).toContain('Trang tính "Trống": không có bảng số liệu để kiểm tra');
  expect(r.out).toContain("Không phát hiện sai lệch.");
});

test("the installed bin runs the built CLI", () => {
  const r = spawnSync(process.execPath, [join(__dirname, "..", "..", "bin", "soat.js"), "check", "--json", SAMPLE], { encoding: "utf8" });
  expect(r.status).toBe(1);
  expect(JSON.parse(r.stdout).files[0].findings).toHaveLength(6);
});

test("--version and --help", async () => {
  expect((await run("--version")).out.trim()).toBe(require("../../package.json").version);
  const help = await run("--help", "--lang", "en");
  expect(help.code).toBe(0);
  for (const command of ["soat check", "soat fill", "soat check-text"]) expect(help.out).toContain(command);
  const built = spawnSync(process.execPath, [join(__dirname, "..", "..", "bin", "soat.js"), "--version"], { encoding: "utf8" });
  expect(built.stdout.trim()).toBe(require("../../package.json").version);
});
