/** The engine on disbursement layouts the samples lack, each written as a real .xlsx file. */
import { analyzeWorkbook } from "../../src/core";
import { readWorkbook } from "../../src/cli/readXlsx";
import { buildDisbursement, get, programmeLines, put, writeXlsx, type Layout } from "../helpers/appendix";

const LAYOUTS: [string, Partial<Layout>][] = [
  ["the samples' layout", {}],
  ["header at row 3", { titleRows: 2 }],
  ["header at row 9", { titleRows: 8 }],
  ["total row at the bottom", { total: "bottom" }],
  ["no total row", { total: "none" }],
  ["STT as I, II with 1, 2 below", { stt: "roman" }],
  ["STT as a), b)", { stt: "letters" }],
  ["STT as -", { stt: "dash" }],
  ["percent as a fraction in 0.00%", { percentAsFraction: true }],
  ["a year split 2022 | 2023", { years: [2022, 2023] }],
  ["columns in another order", { order: ["disb", "rate", "plan"], localFirst: true }],
  ["Ghi chú in the middle", { note: "middle" }],
  ["blank separator rows", { blankSeparators: true }],
  ["no column-number row", { numberRow: false }],
  ["no column-number row, total at the bottom, fractions", { numberRow: false, total: "bottom", percentAsFraction: true }],
];

async function analyse(layout: Partial<Layout>, plant?: (s: ReturnType<typeof buildDisbursement>) => void) {
  const lines = programmeLines(layout.years ?? [2023]);
  const sheet = buildDisbursement(lines, layout);
  plant?.(sheet);
  const wb = await readWorkbook(await writeXlsx([sheet]));
  return { sheet, analysis: analyzeWorkbook(wb) };
}

describe.each(LAYOUTS)("%s", (_name, layout) => {
  const year = (layout.years ?? [2023])[0];

  test("is recognised as a disbursement appendix and a consistent table gets no finding", async () => {
    const { analysis } = await analyse(layout);
    expect(analysis.sheets[0].kind).toBe("disbursement");
    expect(analysis.sheets[0].unit).toBe("trieu-dong");
    expect(analysis.findings).toEqual([]);
  });

  test("planted faults are reported at their cells, once each", async () => {
    let rateCell = "";
    let totalCell = "";
    let unitCell = "";
    const { analysis } = await analyse(layout, (s) => {
      rateCell = s.where.get(`DA2|rate|${year}`)!;
      totalCell = s.where.get(`DA3|plan|${year}|total`)!;
      unitCell = s.where.get(`DA7.2|disb|${year}|SN`)!;
      // The rate typed as a fraction of what it should show (0,59 for 59%; 0,59% in a 0.00% cell).
      put(s, rateCell, (get(s, rateCell) as number) / 100);
      put(s, totalCell, (get(s, totalCell) as number) + 100);
      put(s, unitCell, (get(s, unitCell) as number) * 1e6);
    });
    const found = new Map(analysis.findings.map((f) => [f.cell, f]));
    expect(found.get(rateCell)?.rule).toBe("percent-scale");
    expect(found.get(totalCell)?.rule).toBe("sum-mismatch");
    expect(found.get(unitCell)?.rule).toBe("unit-scale");
    expect(analysis.findings.filter((f) => f.severity !== "info").map((f) => f.cell).sort()).toEqual([rateCell, totalCell, unitCell].sort());
  });
});

test("a sheet that is not an appendix gets no finding", async () => {
  const staff = {
    name: "Danh sach",
    rows: [
      ["DANH SÁCH CÁN BỘ THAM GIA TẬP HUẤN"],
      [],
      ["STT", "Họ và tên", "Năm sinh", "Số điện thoại", "Số ngày"],
      [1, "Nguyễn Văn An", 1980, "0912345678", 3],
      [2, "Trần Thị Bình", 1985, "0987654321", 2],
      [3, "Lê Văn Cường", 1990, "0901234567", 5],
      ["", "Cộng", "", "", 12],
    ],
    merges: [],
    formats: new Map<string, string>(),
    where: new Map<string, string>(),
  };
  const wb = await readWorkbook(await writeXlsx([staff]));
  const a = analyzeWorkbook(wb);
  expect(a.sheets[0].kind).toBe("other");
  expect(a.findings).toEqual([]);
});
