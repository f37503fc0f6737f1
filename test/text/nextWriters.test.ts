/**
 * Passages of writers the team has not met (test/text/nextWriters.passages.ts): every slip found at
 * its line with its expected value, every correct twin and look-alike silent; and a .docx whose
 * table and footnotes reach the check as its own paragraphs.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCheckText } from "../../src/cli/checkText";
import { checkText } from "../../src/core/text";
import { flags } from "./helpers";
import { makeDocx } from "./makeDocx";
import { harder, pairs, quiet } from "./nextWriters.passages";

describe.each(pairs)("%s", (_name, slip, finding, twin) => {
  test("the slip is found", () => expect(flags(slip)).toEqual([finding]));
  test("its correct twin passes", () => expect(checkText(twin)).toEqual([]));
});

describe.each([...quiet, ...harder])("not flagged: %s", (_name, text) => {
  test("no finding", () => expect(checkText(text)).toEqual([]));
});

describe("a commune's .docx with a table and footnotes", () => {
  const table = [
    ["Nội dung", "Kế hoạch (triệu đồng)", "Giải ngân (triệu đồng)", "Tỷ lệ (%)"],
    ["Hợp phần 1", "3.250", "2.600", "80"],
    ["Hợp phần 2", "1.750", "1.050", "60"],
    ["Cộng", "5.000", "3.650", "73"],
  ];
  const report = (households: string, rate: string) =>
    makeDocx(
      [
        { runs: ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH NĂM 2026"] },
        { runs: [`Năm 2026 xã hỗ trợ sinh kế cho ${households} hộ`, 1, ", chủ yếu chăn nuôi bò sinh sản."] },
        { runs: [], table },
        { runs: [`Tổng kế hoạch vốn 5.000 triệu đồng; đã giải ngân 3.650 triệu đồng, đạt ${rate} kế hoạch`, 2, "."] },
      ],
      { 1: "25 hộ nghèo, 18 hộ cận nghèo, 4 hộ mới thoát nghèo.", 2: "Số liệu đến ngày 31/12/2026 theo Biểu số 01 kèm theo." },
    );

  async function check(docx: Buffer): Promise<{ code: number; json: { findings: { line: number; rule: string; stated: number; expected: number }[] } }> {
    const path = join(mkdtempSync(join(tmpdir(), "soat-next-")), "bao-cao-xa.docx");
    writeFileSync(path, docx);
    const out: string[] = [];
    const code = await runCheckText([path, "--json"], (s) => out.push(s), "vi");
    return { code, json: JSON.parse(out.join("\n")).files[0] };
  }

  test("the slips of its paragraphs are found at their paragraph, the table's cells read as no claim", async () => {
    const { code, json } = await check(await report("48", "0,73%"));
    expect(code).toBe(1);
    expect(json.findings.map((f) => [f.line, f.rule, f.stated, f.expected])).toEqual([
      [2, "sum-mismatch", 48, 47],
      [19, "percent-scale", 0.73, 73],
    ]);
  });

  test("its correct twin passes", async () => {
    const { code, json } = await check(await report("47", "73%"));
    expect(json.findings).toEqual([]);
    expect(code).toBe(0);
  });
});
