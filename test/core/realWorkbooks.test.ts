/**
 * The failure classes met on public workbooks nobody here wrote, each as a small table of our own:
 * what Soát must not say (false alarms, harmful fixes, codes touched) and the real slips it must find.
 */
import { analyzeWorkbook } from "../../src/core/analyze";
import { setCell, emptySheet, type Cell, type SheetGrid } from "../../src/core/grid";
import type { Finding } from "../../src/core/types";

type Spec = string | number | null | { f: string; v: number | null; format?: string } | { v: string | number; format: string };

/** A sheet from rows; `{ f, v }` is a formula with its cached result. */
function sheet(rows: Spec[][], name = "S"): SheetGrid {
  const s = emptySheet(name);
  rows.forEach((row, r) =>
    row.forEach((x, c) => {
      if (x === null || x === "") return;
      let cell: Cell;
      if (typeof x === "object") cell = "f" in x ? { value: x.v, formula: x.f, format: x.format } : { value: x.v, format: x.format };
      else cell = { value: x };
      setCell(s, r, c, cell);
    }),
  );
  return s;
}

const check = (...sheets: SheetGrid[]) => analyzeWorkbook({ sheets });
const errors = (fs: Finding[]) => fs.filter((f) => f.severity === "error");

describe("no false alarm", () => {
  test("a sum that holds only where a part is 0 is not believed (M = N + O beside the announced N = O + P)", () => {
    const rows: Spec[][] = [
      ["TT", "Mã trường", "Tên trường", "Tổng số lớp trên QLNT", "Số lớp đã nộp", "", ""],
      ["", "", "", "", "Tổng", "Số lớp ghép", "Số lớp đơn"],
    ];
    const data = [
      [9, 9, 0, 9], [6, 6, 0, 6], [8, 8, 0, 8], [2, 1, 1, 0], [4, 2, 1, 1], [1, 1, 1, 0], [3, 3, 0, 3], [5, 5, 0, 5], [7, 7, 0, 7], [2, 2, 1, 1],
    ];
    data.forEach(([m, n, o, p], i) => rows.push([i + 1, `4500${1000 + i}`, `Trường ${i + 1}`, m, n, o, p]));
    const s = sheet(rows);
    s.merges = [{ top: 0, left: 4, bottom: 0, right: 6 }];
    const a = check(s);
    expect(errors(a.findings)).toEqual([]);
    expect(a.findings.filter((f) => f.rule === "number-as-text")).toEqual([]);
  });

  test("codes are never numbers stored as text, however written", () => {
    const rows: Spec[][] = [["STT", "Mã", "Mã tỉnh", "Tên", "Số học sinh"]];
    for (let i = 0; i < 8; i++) rows.push([i + 1, `00${i + 1}`, { v: `0${i}`, format: "@" }, `Quận ${i + 1}`, 100 + i]);
    const a = check(sheet(rows));
    expect(a.findings).toEqual([]);
  });

  test("a list of codes and names is not an appendix, even of administrative units", () => {
    const rows: Spec[][] = [["STT", "Mã", "Tên", "Cấp", "Mã TP"]];
    for (let i = 0; i < 6; i++) rows.push([i + 1, `00${i + 1}`, `Quận ${i + 1}`, "Quận", "01"]);
    const a = check(sheet(rows));
    expect(a.sheets[0].kind).toBe("other");
    expect(a.findings).toEqual([]);
  });

  test("an average row's rate is a mean of rates, by design: not checked", () => {
    const rows: Spec[][] = [["Year", "DPE", "Losses", "Loss Ratio (%)"]];
    const data = [[1990, 1000, 711], [1991, 2000, 1518], [1992, 3000, 3738], [1993, 4000, 2780]];
    for (const [y, b, c] of data) rows.push([y, b, c, Math.round((c / b) * 1000) / 10]);
    rows.push(["Avg.", { f: "AVERAGE(B2:B5)", v: 2500 }, { f: "AVERAGE(C2:C5)", v: 2186.75 }, 90.3]);
    expect(errors(check(sheet(rows)).findings)).toEqual([]);
  });

  test("a footnote under the total is not a row of the table", () => {
    const rows: Spec[][] = [["Đơn vị", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"]];
    rows.push(["Xã A", 700, 70, 10], ["Xã B", 800, 200, 25], ["Xã C", 500, 100, 20]);
    rows.push(["Toàn huyện", { f: "SUM(B2:B4)", v: 2000 }, { f: "SUM(C2:C4)", v: 370 }, 18.5]);
    rows.push(["* Số liệu sơ bộ", null, null, null], ["Nguồn: UBND các xã", 12, null, null]);
    const a = check(sheet(rows));
    expect(a.findings).toEqual([]);
    expect(a.sheets[0].tables[0].range).toBe("A1:D5");
  });

  test("a rate typed with fewer decimals than its format shows is judged at the decimals typed", () => {
    const rows: Spec[][] = [["Xã", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"]];
    rows.push(["Xã A", 566, 392, { v: 69.2, format: "0.00" }], ["Xã B", 800, 200, { v: 25, format: "0.00" }], ["Xã C", 500, 100, { v: 20, format: "0.00" }]);
    expect(check(sheet(rows)).findings).toEqual([]);
  });

  test("a column whose own-row formulas disagree states nothing (SUM(B:E) here, SUM(B:D) there)", () => {
    const rows: Spec[][] = [["Name", "Week 1", "Week 2", "Week 3", "Week 4", "Total Hours"]];
    rows.push(["Green", 10, 10.5, 5.25, 8.58, { f: "SUM(B2:E2)", v: 34.33 }]);
    for (let r = 3; r <= 6; r++) rows.push([`P${r}`, 10, 20, 30, 5, { f: `SUM(B${r}:D${r})`, v: 60 }]);
    expect(errors(check(sheet(rows)).findings)).toEqual([]);
  });
});

describe("the real slips found at their cells", () => {
  /** Grants by source, Total by Dept. = SUM(B:F) on each row, and a total row whose G SUM skips row 2. */
  function grants(gTotal: Spec): SheetGrid {
    const rows: Spec[][] = [["", "", "", "", "", "", "Total by"], ["", "Federal", "Foundation", "Local", "Other", "State", "Dept."]];
    const data = [[0, 0, 0, 0, 447514], [807134, 0, 0, 0, 0], [362966, 0, 0, 0, 0], [0, 118045, 0, 0, 0], [0, 0, 10000, 0, 0], [200000, 8000, 0, 0, 0]];
    data.forEach((d, i) => {
      const r = i + 3;
      rows.push([`Unit ${i + 1}`, ...d, { f: `SUM(B${r}:F${r})`, v: d.reduce((a, b) => a + b, 0) }]);
    });
    const col = (c: string, from: number) => ({ f: `SUM(${c}${from}:${c}8)`, v: data.slice(from - 3).reduce((a, d) => a + d["BCDEF".indexOf(c)], 0) });
    rows.push(["Total by Source", col("B", 3), col("C", 3), col("D", 3), col("E", 3), col("F", 3), gTotal]);
    return sheet(rows);
  }

  test("a SUM that leaves out a row: the total, with the full sum as its value", () => {
    const skipped = { f: "SUM(G4:G8)", v: 807134 + 362966 + 118045 + 10000 + 208000 };
    const a = check(grants(skipped));
    const f = a.findings.find((x) => x.cell === "G9")!;
    expect(f).toMatchObject({ rule: "sum-range-gap", severity: "error", expected: 1953659 });
    expect(f.message.vi).toContain("G3");
    expect(errors(a.findings).map((x) => x.cell)).toEqual(["G9"]);
  });

  test("the same table with a full SUM is clean", () => {
    expect(errors(check(grants({ f: "SUM(G3:G8)", v: 1953659 })).findings)).toEqual([]);
  });

  test("a total formula that adds a constant (=SUM(E2:E5)+1)", () => {
    const rows: Spec[][] = [["College", "Credit Hours", "Credit FTEE", "Non-Credit Hours", "Non-Credit FTEE"]];
    [[100, 50], [200, 60], [300, 70], [400, 80]].forEach(([b, c], i) => rows.push([`College ${i + 1}`, b, b / 20, c, c / 10]));
    rows.push(["Total", { f: "SUM(B2:B5)", v: 1000 }, { f: "SUM(C2:C5)", v: 50 }, { f: "SUM(D2:D5)+1", v: 261 }, { f: "SUM(E2:E5)", v: 26 }]);
    const f = errors(check(sheet(rows)).findings);
    expect(f).toEqual([expect.objectContaining({ cell: "D6", rule: "sum-mismatch", stated: 261, expected: 260 })]);
    expect(f[0].message.en).toContain("adds a constant");
  });

  test("a row total whose formula sums the column above instead of its row is the cause, with a fix", () => {
    const rows: Spec[][] = [["Project", "2004-2005", "2005-2006", "TOTAL"]];
    const data = [[37300, 20000], [86775, 87898], [71500, 62500], [25000, 25000], [75000, 65000]];
    data.forEach(([j, k], i) => {
      const r = i + 2;
      rows.push([`Project ${i + 1}`, j, k, r === 6 ? { f: "SUM(D2:D5)", v: 415973 } : { f: `SUM(B${r}:C${r})`, v: j + k }]);
    });
    const f = errors(check(sheet(rows)).findings);
    expect(f).toEqual([expect.objectContaining({ cell: "D6", stated: 415973, expected: 140000, fix: { cell: "D6", value: 140000 } })]);
  });

  test("a breakdown adding to 10 under a 7 is reported, without a fix: the total or a part may be the slip", () => {
    // Public and private schools: the private columns hold zeros that add up, as on the real form.
    const rows: Spec[][] = [["TT", "Trẻ em", "Đơn vị tính", "Tổng số", "Nữ", "Tư thục", "Nữ tư thục", "Dân lập"]];
    rows.push(["3.2.2.", "Trẻ em mẫu giáo", "người", 7, 6, 0, 0, 0]);
    rows.push(["", "- Trẻ dưới 3 tuổi", "người", 3, 2, 0, 0, 0], ["", "- Trẻ từ 3 đến 4 tuổi", "người", 1, 0, 0, 0, 0], ["", "- Trẻ từ 5 đến 6 tuổi", "người", 6, 6, 0, 0, 0]);
    rows.push(["3.2.3.", "Trẻ em nhà trẻ", "người", 9, 4, 0, 0, 0]);
    rows.push(["", "- Trẻ dưới 1 tuổi", "người", 4, 1, 0, 0, 0], ["", "- Trẻ từ 1 đến 2 tuổi", "người", 5, 3, 0, 0, 0]);
    const f = errors(check(sheet(rows)).findings);
    const e2 = f.find((x) => x.cell === "D2")!;
    expect(e2).toMatchObject({ rule: "sum-mismatch", stated: 7, expected: 10 });
    expect(e2.fix).toBeUndefined();
  });

  test("a number stored as text that a cached SUM left out: the text is reported with that total, never zeroed", () => {
    const rows: Spec[][] = [["STT", "Nội dung", "Kế hoạch vốn", "Giải ngân"]];
    rows.push(["", "Tổng cộng", { f: "SUM(C3:C5)", v: 3000 }, { f: "SUM(D3:D5)", v: 1500 }]);
    rows.push(["1", "Dự án 1", 1000, 600], ["2", "Dự án 2", 1200, "1.856,5"], ["3", "Dự án 3", 800, 900]);
    const a = check(sheet(rows));
    const f = a.findings.find((x) => x.cell === "D4")!;
    expect(f).toMatchObject({ rule: "number-as-text", severity: "error", fix: { cell: "D4", value: 1856.5 } });
    expect(f.related).toContain("D2");
    expect(a.findings.some((x) => x.fix?.value === 0)).toBe(false);
  });

  test("numbers stored as text down a column are one finding for the run, with a fix for each cell", () => {
    const rows: Spec[][] = [["STT", "Nội dung", "Kế hoạch vốn", "Giải ngân", "Tỷ lệ giải ngân (%)"]];
    rows.push(["1", "Dự án 1", "1.000", "600", 60], ["2", "Dự án 2", "2.000", "1.500", 75], ["3", "Dự án 3", "4.000", "1.000", 25], ["4", "Dự án 4", 500, 250, 50]);
    const texts = check(sheet(rows)).findings.filter((f) => f.rule === "number-as-text");
    const run = texts.find((f) => f.cell === "C2")!;
    expect(run.range).toBe("C2:C4");
    expect(run.fixes).toEqual([
      { cell: "C2", value: 1000 },
      { cell: "C3", value: 2000 },
      { cell: "C4", value: 4000 },
    ]);
    expect(texts).toHaveLength(2);
  });
});

test("two stacked tables of different kinds and units are both reported", () => {
  const rows: Spec[][] = [
    ["BIỂU 01: KẾ HOẠCH VỐN"],
    ["Đơn vị tính: triệu đồng"],
    ["STT", "Nội dung", "Kế hoạch vốn", "Giải ngân", "Tỷ lệ giải ngân (%)"],
    ["", "Tổng cộng", 3000, 1500, 50],
    ["1", "Dự án 1", 1000, 600, 60],
    ["2", "Dự án 2", 2000, 900, 45],
    [],
    ["BIỂU 02: HỘ NGHÈO"],
    ["STT", "Đơn vị", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"],
    ["", "Toàn huyện", 2000, 300, 15],
    ["1", "Xã A", 1200, 200, 16.67],
    ["2", "Xã B", 800, 100, 12.5],
  ];
  const a = check(sheet(rows));
  expect(a.sheets[0].tables.map((t) => [t.range, t.kind, t.unit])).toEqual([
    ["A3:E6", "disbursement", "trieu-dong"],
    ["A9:E12", "targets", undefined],
  ]);
  expect(a.sheets[0].kind).toBe("disbursement");
  expect(a.findings).toEqual([]);
});
