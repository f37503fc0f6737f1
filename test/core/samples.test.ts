/** Every planted fault of the shared samples is found at its cell, and nothing else is flagged. */
import { readFileSync } from "fs";
import { join } from "path";
import { analyzeWorkbook, type Finding } from "../../src/core";
import { readWorkbook } from "../../src/cli/readXlsx";

const FIXTURES = join(__dirname, "..", "fixtures");
const expected: Record<string, { sheet: string; cell: string; kind: string; stated: number | string; expected: number }[]> = JSON.parse(
  readFileSync(join(FIXTURES, "expected-findings.json"), "utf8"),
);

describe.each(Object.entries(expected))("%s", (file, faults) => {
  let findings: Finding[] = [];
  beforeAll(async () => {
    findings = analyzeWorkbook(await readWorkbook(join(FIXTURES, file))).findings;
  });

  test.each(faults.map((f) => [f.cell, f] as const))("reports %s", (_cell, fault) => {
    const f = findings.find((x) => x.sheet === fault.sheet && x.cell === fault.cell);
    expect(f).toBeDefined();
    expect(f!.rule).toBe(fault.kind);
    expect(f!.stated).toEqual(fault.stated);
    expect(Math.abs((f!.expected as number) - fault.expected)).toBeLessThanOrEqual(0.01);
    expect(f!.message.vi.length).toBeGreaterThan(10);
    expect(f!.message.en.length).toBeGreaterThan(10);
  });

  test("flags no other cell", () => {
    const planted = new Set(faults.map((f) => f.cell));
    expect(findings.filter((f) => f.severity !== "info" && !planted.has(f.cell!))).toEqual([]);
  });
});

test("root causes list their consequences instead of repeating them", async () => {
  const { findings } = analyzeWorkbook(await readWorkbook(join(FIXTURES, "giai-ngan-huyen-mau-2023.xlsx")));
  const c14 = findings.find((f) => f.cell === "C14")!;
  expect(c14.related).toEqual(expect.arrayContaining(["K14", "C9"]));
  expect(c14.fix).toEqual({ cell: "C14", value: 3185 });
  const i27 = findings.find((f) => f.cell === "I27")!;
  expect(i27.related).toEqual(expect.arrayContaining(["G27", "I25"]));
  expect(i27.message.vi).toContain("đồng trong bảng tính bằng triệu đồng");
  const k23 = findings.find((f) => f.cell === "K23")!;
  expect(k23.message.vi).toBe(
    "Tỷ lệ ghi 0,0096% nhưng G23/C23×100 = 5,2/540×100 = 0,96% — có thể đã nhập dạng thập phân thay vì phần trăm (thiếu ×100)",
  );
});

test("the empty form is recognised as a disbursement form with no figures and no findings", async () => {
  const a = analyzeWorkbook(await readWorkbook(join(FIXTURES, "mau-bieu-01-trong.xlsx")));
  expect(a.sheets[0]).toMatchObject({ kind: "disbursement", empty: true, unit: "trieu-dong" });
  expect(a.findings).toEqual([]);
});
