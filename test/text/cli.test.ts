/** `soat check-text`: inputs, output shapes and exit codes. */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCheckText } from "../../src/cli/checkText";
import { htmlToLines } from "../../src/cli/readText";
import { makeDocx } from "./makeDocx";

const dir = mkdtempSync(join(tmpdir(), "soat-text-"));
const sample = join(__dirname, "../fixtures/bao-cao-mau.txt");
const appendix = join(__dirname, "../fixtures/giai-ngan-huyen-mau-2023.xlsx");

async function run(args: string[], lang: "vi" | "en" = "vi") {
  const lines: string[] = [];
  const code = await runCheckText(args, (s) => lines.push(s), lang);
  return { code, output: lines.join("\n") };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

test("a readable report by default, exit 1 on error findings", async () => {
  const { code, output } = await run([sample]);
  expect(code).toBe(1);
  expect(output).toContain("4 lỗi");
  expect(output).toMatch(/dòng 27 +\[percent-scale\] +0,0097 → 0,97/);
  expect(output).toContain("có thể đã ghi dạng thập phân");
});

test("English on request", async () => {
  const { output } = await run([sample], "en");
  expect(output).toMatch(/line 13 +\[sum-mismatch\] +13,558 → 13,382/);
  expect(output).toContain("Total stated 13,558 million VND");
});

test("--json has the shape of soat check, with lines instead of cells", async () => {
  const { code, output } = await run([sample, "--json"]);
  expect(code).toBe(1);
  const json = JSON.parse(output);
  expect(json.files).toHaveLength(1);
  expect(json.files[0]).toMatchObject({ file: sample, sheets: [] });
  expect(json.files[0].findings.map((f: { line: number; cell?: string }) => [f.line, f.cell])).toEqual([
    [13, undefined],
    [19, undefined],
    [24, undefined],
    [27, undefined],
  ]);
  expect(json.files[0].findings[0]).toMatchObject({ sheet: "bao-cao-mau.txt", rule: "sum-mismatch", severity: "error", span: expect.any(String) });
});

test("exit 0 when nothing is wrong", async () => {
  const path = file("dung.txt", "Tổng kinh phí: 480 triệu đồng. Hiện đã giải ngân được 355 triệu đồng đạt 73,9%.\n");
  expect(await run([path])).toMatchObject({ code: 0 });
});

test("UTF-16 with a byte-order mark reads like UTF-8", async () => {
  const text = readFileSync(sample, "utf8");
  const le = file("utf16le.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
  const be = file("utf16be.txt", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]));
  for (const path of [le, be]) {
    const { code, output } = await run([path, "--json"]);
    expect(code).toBe(1);
    expect(JSON.parse(output).files[0].findings.map((f: { line: number }) => f.line)).toEqual([13, 19, 24, 27]);
  }
});

test("a .docx: paragraphs as lines, footnotes resolved through their marks", async () => {
  const docx = await makeDocx(
    [
      { runs: ["BÁO CÁO KẾT QUẢ GIẢM NGHÈO"] },
      { runs: ["Hỗ trợ phát triển sản xuất với 36 hộ tham gia", 1, ", chủ yếu chăn nuôi."] },
      { runs: ["Giải ngân 1.228/2.398 triệu đồng đạt 51,2%."], bullet: true },
    ],
    { 1: "20 hộ nghèo; 12 hộ cận nghèo; 03 hộ mới thoát nghèo." },
  );
  const { code, output } = await run([file("bao-cao.docx", docx), "--json"]);
  expect(code).toBe(1);
  const [f] = JSON.parse(output).files[0].findings;
  expect(f).toMatchObject({ line: 2, rule: "sum-mismatch", stated: 36, expected: 35 });
});

test("mammoth's HTML becomes one line per paragraph, with list marks and notes", () => {
  const html =
    '<h1>I. KẾT QUẢ</h1><p>Có 36 hộ<sup><sup><a href="#footnote-12" id="footnote-ref-12">[12]</a></sup></sup> tham gia &amp; hưởng lợi.</p>' +
    '<ul><li>Xã A: 20 hộ<ul><li>thôn 1: 8 hộ</li></ul></li></ul><ol><li id="footnote-12"><p> 20 hộ nghèo; 16 hộ cận nghèo. <a href="#footnote-ref-12">↑</a></p></li></ol>';
  expect(htmlToLines(html).split("\n")).toEqual([
    "I. KẾT QUẢ",
    "Có 36 hộ¹² tham gia & hưởng lợi.",
    "- Xã A: 20 hộ",
    "+ thôn 1: 8 hộ",
    "¹² 20 hộ nghèo; 16 hộ cận nghèo.",
  ]);
});

describe("unreadable input and wrong usage: exit 2, a message in both languages", () => {
  test.each([
    ["a .pdf", () => [file("bao-cao.pdf", "%PDF-1.4")], /chỉ đọc văn bản \.txt hoặc \.docx[\s\S]*reads \.txt or \.docx/],
    ["a legacy .doc", () => [file("bao-cao.doc", "x")], /Word cũ[\s\S]*legacy Word/],
    ["a missing file", () => [join(dir, "khong-co.txt")], /Không tìm thấy[\s\S]*not found/],
    ["a .docx that is not one", () => [file("gia.docx", "không phải zip")], /không phải văn bản Word[\s\S]*not a Word document/],
    ["text in a legacy code page", () => [file("tcvn3.txt", Buffer.from([0x48, 0xb8, 0xe9, 0x20, 0xff, 0xfe, 0x41]))], /UTF-8[\s\S]*UTF-8/],
    ["no file", () => [], /Thiếu tệp báo cáo \/ No report file given/],
    ["an unknown option", () => [sample, "--fix"], /Tuỳ chọn không hợp lệ: --fix \/ Unknown option: --fix/],
    ["--against without a file", () => [sample, "--against"], /--against/],
    ["--against a file that is not a workbook", () => [sample, "--against", sample], /không phải sổ làm việc Excel[\s\S]*not an Excel workbook/],
  ])("%s", async (_name, args, message) => {
    const { code, output } = await run(args());
    expect(code).toBe(2);
    expect(output).toMatch(message);
    expect(output).not.toMatch(/\n\s+at /);
  });
});

test("with --json an unreadable file still answers in JSON, with its error in both languages", async () => {
  const { code, output } = await run(["--json", join(dir, "khong-co.txt")]);
  expect(code).toBe(2);
  const json = output.slice(output.indexOf("{"), output.lastIndexOf("}") + 1);
  expect(JSON.parse(json).files[0]).toMatchObject({ file: join(dir, "khong-co.txt"), error: { vi: expect.stringContaining("Không tìm thấy"), en: expect.stringContaining("not found") } });
});

test("--against reports where the text and the appendix disagree", async () => {
  const text = file(
    "doi-chieu.txt",
    [
      "I. KẾT QUẢ GIẢI NGÂN",
      "Tổng kế hoạch vốn thực hiện Chương trình năm 2023 là 10.370 triệu đồng; lũy kế giải ngân 6.090,78 triệu đồng, đạt 58,73%.",
      "2. Dự án 3: Hỗ trợ phát triển sản xuất",
      "- Tiểu dự án 1: kế hoạch vốn 2.530 triệu đồng, giải ngân 1.472,25 triệu đồng.",
    ].join("\n"),
  );
  const { code, output } = await run([text, "--against", appendix, "--json"]);
  expect(code).toBe(1);
  const findings = JSON.parse(output).files[0].findings;
  expect(findings).toEqual([
    expect.objectContaining({ line: 4, rule: "text-sheet-mismatch", stated: 1472.25, expected: 1427.25, related: ["Bieu 01 - Giai ngan!G15"] }),
  ]);
});
