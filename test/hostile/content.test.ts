/**
 * Content that used to be misread: text in other encodings called clean, a Word file named .txt,
 * NaN and Infinity in a cell added into sums, a 50 MB header cell taking minutes.
 */
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { main } from "../../src/cli/main";
import { readNumber } from "../../src/core/numbers";
import { makeDocx } from "../text/makeDocx";
import { ensureBuilt, expectBounded, expectNoInternals, REPORT, runBuilt, SAMPLE, sha256, tempDir } from "./helpers";

jest.setTimeout(180_000);

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, (s) => (out += s + "\n"), (s) => (err += s + "\n"));
  return { code, out, err };
}

function utf32(text: string, littleEndian: boolean, bom: boolean): Buffer {
  const cps = [...(bom ? "\ufeff" : "") + text].map((c) => c.codePointAt(0)!);
  const buf = Buffer.alloc(cps.length * 4);
  cps.forEach((cp, i) => (littleEndian ? buf.writeUInt32LE(cp, i * 4) : buf.writeUInt32BE(cp, i * 4)));
  return buf;
}

describe("a report's text in any common encoding is read as written, or refused", () => {
  const text = readFileSync(REPORT, "utf8");
  const be16 = (s: string) => Buffer.from(s, "utf16le").swap16();
  let dir: string;
  let expected: unknown[];
  beforeAll(async () => {
    dir = tempDir();
    expected = JSON.parse((await run("check-text", "--json", REPORT)).out).files[0].findings;
    expect(expected.length).toBeGreaterThan(0);
  });

  test.each([
    ["UTF-16 LE without a byte-order mark", () => Buffer.from(text, "utf16le")],
    ["UTF-16 BE without a byte-order mark", () => be16(text)],
    ["UTF-16 LE with a mark", () => Buffer.from("\ufeff" + text, "utf16le")],
    ["UTF-32 LE with a mark", () => utf32(text, true, true)],
    ["UTF-32 BE with a mark", () => utf32(text, false, true)],
    ["ASCII text in UTF-16 LE without a mark", () => Buffer.from(text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D"), "utf16le")],
  ])("%s: the same findings as in UTF-8", async (label, bytes) => {
    const path = join(dir, label.replace(/\W+/g, "-") + ".txt");
    writeFileSync(path, bytes());
    const r = await run("check-text", "--json", path);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.out).files[0].findings as { rule: string; line: number }[];
    if (label.startsWith("ASCII")) expect(findings.length).toBeGreaterThan(0);
    else expect(findings.map((f) => [f.rule, f.line])).toEqual((expected as typeof findings).map((f) => [f.rule, f.line]));
  });

  test.each([
    ["UTF-32 without a mark", () => utf32(text, true, false)],
    ["binary bytes", () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
    ["Windows-1258 bytes", () => Buffer.from([0x54, 0xd5, 0x6e, 0x67, 0x20, 0x76, 0xf4, 0x6e, 0x20, 0x31, 0x30, 0x30])],
  ])("%s: refused, never called clean", async (label, bytes) => {
    const path = join(dir, label.replace(/\W+/g, "-") + ".txt");
    writeFileSync(path, bytes());
    const r = await run("check-text", path);
    expect(r.code).toBe(2);
    expect(r.out).not.toContain("Không phát hiện sai lệch");
    expect(r.err).toContain("không phải văn bản UTF-8 hay UTF-16");
    expect(r.err).toContain("is not UTF-8 or UTF-16 text");
  });

  test("a Word document named .txt is named as one", async () => {
    const path = join(dir, "bao-cao.txt");
    writeFileSync(path, await makeDocx([{ runs: ["Kế hoạch vốn 100 triệu đồng."] }]));
    const r = await run("check-text", path);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `Tệp ${path} là văn bản Word (.docx) dù có đuôi .txt. Hãy đổi đuôi thành .docx rồi kiểm tra lại.\n` +
        `${path} is a Word document (.docx) although it ends in .txt. Rename it to .docx and check again.\n`,
    );
  });
});

describe("NaN, Infinity and 1e999 are not numbers", () => {
  test.each([
    ["NaN", "NaN"],
    ["Infinity", "Infinity"],
    ["-Infinity", "-Infinity"],
    ["1e999", "1e999"],
    ["400 digits", "1".repeat(400)],
    ["121 groups of thousands", "1.000" + ".000".repeat(120)],
    ["300 nines in triệu đồng", "9".repeat(300) + " triệu đồng"],
  ])("readNumber: %s is not a number", (_, s) => {
    expect(readNumber(s)).toBeUndefined();
  });

  test.each(["NaN", "Infinity", "1e999", "-1E999"])("a cell stored as <v>%s</v> is never summed: the file is refused as damaged", async (v) => {
    const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const bad = xml.replace('<c r="E14" s="6"><v>3065</v></c>', `<c r="E14" s="6"><v>${v}</v></c>`);
    expect(bad).not.toBe(xml);
    zip.file("xl/worksheets/sheet1.xml", bad);
    const path = join(tempDir(), "nan.xlsx");
    writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
    for (const lang of ["vi", "en"]) {
      const r = await run("check", "--lang", lang, path);
      expect(r.out).not.toMatch(/NaN|Infinity/);
    }
    // The reader refuses a number that is not one: the file is damaged, never read as clean.
    const r = await run("check", "--json", path);
    expect(r.code).toBe(2);
    const entry = JSON.parse(r.out).files[0] as { error?: { vi: string; en: string } };
    expect(entry.error?.vi).toMatch(/hỏng/);
    expect(entry.error?.en).toMatch(/damaged/);
  });
});

test("a 5 MB header cell (past Excel's 32.767 characters) is refused in seconds, not minutes", async () => {
  ensureBuilt();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.worksheets[0];
  const header = String(ws.getCell("B6").value);
  ws.getCell("B6").value = (header + " ").repeat(Math.ceil(5e6 / (header.length + 1)));
  const path = join(tempDir(), "tieu-de-dai.xlsx");
  await wb.xlsx.writeFile(path);
  const before = sha256(path);
  const r = await runBuilt("5 MB header cell", ["check", path], 90_000);
  expectBounded(r, 90_000);
  expectNoInternals(r.stderr);
  // No cell of Excel's can hold that much: the reader calls the file damaged.
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/32[.,]767/);
  expect(sha256(path)).toBe(before);
});
