/**
 * check-text is linear in the text's length and bounded in what it reads: texts of about two
 * million characters (paragraphs, unbroken runs, nested brackets, slashes, long lists), built here,
 * are read in seconds, and a text over MAX_TEXT_CHARS is refused with a message, not half read.
 * The figures are printed; the ceilings are several times them, for slow CI machines.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCheckText } from "../../src/cli/checkText";
import { checkText, MAX_TEXT_CHARS, TextTooLong, textFigures } from "../../src/core/text";

const dir = mkdtempSync(join(tmpdir(), "soat-bounds-"));
/** The shapes are checked in-process at this size; the built CLI reads the largest at 1,9 million. */
const CHARS = 400_000;
const CEILING_MS = 40_000;

function repeated(unit: string, chars = CHARS): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

const paragraph =
  "Kế hoạch vốn năm 2024 là 3.250 triệu đồng; đã giải ngân 2.600 triệu đồng, đạt 80%. Hỗ trợ 48 hộ (30 hộ nghèo, 15 hộ cận nghèo, 3 hộ mới thoát nghèo). " +
  "Tổng kinh phí 910 triệu đồng, trong đó ngân sách trung ương 700 triệu đồng, ngân sách địa phương 210 triệu đồng. Tỷ lệ hộ nghèo giảm từ 9,4% xuống còn 7,1%, giảm 2,3%. ";

const shapes: [string, string][] = [
  ["one paragraph of many sentences", repeated(paragraph)],
  ["many short lines", repeated(paragraph.replace(/\. /g, ".\n"))],
  ["no full stop at all", repeated("kế hoạch 480 triệu đồng, giải ngân 300 triệu đồng đạt 62,5% gồm 20 hộ nghèo, 12 hộ cận nghèo ( ")],
  ["brackets that never close", repeated("(((( 12 hộ ( 3 hộ ")],
  ["slashes", repeated("1/2/3/4 ")],
  ["list items that each open a list", repeated("- Xã Tân Lập: 5 hộ, gồm:\n")],
  ["rates without bases", repeated("đạt 1% chiếm 2% tổng 3% ")],
];

describe.each(shapes)("%s (400.000 characters)", (name, text) => {
  test("read in seconds", () => {
    const start = Date.now();
    checkText(text);
    textFigures(text);
    const ms = Date.now() - start;
    console.log(`check-text, ${name}: ${(ms / 1000).toFixed(1)} s`);
    expect(ms).toBeLessThan(CEILING_MS);
  });
});

test("the sentences of a long text are judged as in a short one", () => {
  const slip = "Kế hoạch vốn năm 2024 là 3.250 triệu đồng; đã giải ngân 2.600 triệu đồng, đạt 85%.";
  const findings = checkText(repeated(paragraph) + "\n" + slip);
  expect(findings.map((f) => [f.rule, f.stated, f.expected])).toEqual([["percent-mismatch", 85, 80]]);
});

test("a sentence too long to be prose is not judged", () => {
  const run = `Kế hoạch vốn 480 triệu đồng, giải ngân 300 triệu đồng đạt 70% ${"và các xã ".repeat(500)}`;
  expect(checkText(run)).toEqual([]);
});

test("a text over MAX_TEXT_CHARS is refused with a message in both languages", () => {
  const text = "a".repeat(MAX_TEXT_CHARS + 1);
  expect(() => checkText(text)).toThrow(TextTooLong);
  try {
    checkText(text);
  } catch (e) {
    expect((e as TextTooLong).text.vi).toContain("2.000.000 ký tự");
    expect((e as TextTooLong).text.en).toContain("2,000,000");
  }
});

test("soat check-text on a text over the limit: exit 2, the message, no stack trace", async () => {
  const path = join(dir, "qua-dai.txt");
  writeFileSync(path, repeated(paragraph, MAX_TEXT_CHARS + 10));
  const lines: string[] = [];
  const code = await runCheckText([path], (s) => lines.push(s), "vi");
  expect(code).toBe(2);
  expect(lines.join("\n")).toMatch(/quá giới hạn 2\.000\.000 ký tự[\s\S]*over Soát's limit of 2,000,000/);
  expect(lines.join("\n")).not.toMatch(/\n\s+at /);
});

test("the built CLI checks a 1,9-million-character text within 1 GB of heap", () => {
  const path = join(dir, "dai.txt");
  writeFileSync(path, repeated(paragraph, 1_900_000));
  const start = Date.now();
  const r = spawnSync(process.execPath, ["--max-old-space-size=1024", join(__dirname, "../../bin/soat.js"), "check-text", path, "--json"], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Date.now() - start;
  console.log(`soat check-text, 1,9 million characters, heap capped at 1 GB: ${(ms / 1000).toFixed(1)} s`);
  expect(r.stderr).not.toMatch(/heap|Allocation failed/);
  expect([0, 1]).toContain(r.status);
  expect(JSON.parse(r.stdout).files[0].findings).toEqual([]);
  expect(ms).toBeLessThan(CEILING_MS);
});
