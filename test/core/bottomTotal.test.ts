/**
 * A total at the bottom closes the rows above it: what follows it (a growth row, notes, the next
 * block's title) is not one of its parts, so its `SUM` does not "leave out" those rows.
 */
import type { CellValue } from "../../src/core/grid";
import type { Analysis } from "../../src/core";
import { checkRows } from "../helpers/checkRows";

const check = (rows: CellValue[][]): Promise<Analysis> => checkRows(rows, [], "Sheet1");
const sum = (col: string, from: number, to: number, cached: number): CellValue => ({ formula: `SUM(${col}${from}:${col}${to})`, result: cached }) as unknown as CellValue;
const found = (a: Analysis) => a.findings.map((f) => `${f.cell}:${f.rule}`);

function sales(growth: CellValue[], q3: number = 388): CellValue[][] {
  return [
    ["Cửa hàng", "Quý 1", "Quý 2", "Quý 3"],
    ["Tân Lập", 310, 420, q3],
    ["Hòa Bình", 215, 190, 260],
    ["Phú Mỹ", 502, 478, 455],
    ["Tổng cộng", sum("B", 2, 4, 1027), sum("C", 2, 4, 1088), sum("D", 2, 4, 1103)],
    growth,
  ];
}

test("a growth row under a bottom total is not a part it left out", async () => {
  const growth = (col: string, prev: string, cached: number): CellValue => ({ formula: `(${col}5-${prev}5)/${prev}5`, result: cached }) as unknown as CellValue;
  expect(found(await check(sales(["Tăng trưởng", null, growth("C", "B", 0.0594), growth("D", "C", 0.0138)])))).toEqual([]);
});

test("twin: a total whose SUM really skips a row above it is still named", async () => {
  const rows = sales(["Ghi chú: số liệu sơ bộ"]);
  rows[4][1] = sum("B", 3, 4, 717);
  rows[1][1] = 0;
  expect(found(await check(rows))).toContain("B5:sum-range-gap");
});

test("blocks each closed by their own total: a block's title and its % row are parts of no total", async () => {
  const rows: CellValue[][] = [["Điểm", "Năm 2023", "Năm 2024"]];
  const block = (school: string, grades: [number, number][]) => {
    const top = rows.length + 2; // 1-based row of the first grade
    rows.push([school, null, null]);
    grades.forEach(([a, b], i) => rows.push([5 - i, a, b]));
    const end = rows.length;
    const total = (col: number) => grades.reduce((s, g) => s + g[col], 0);
    rows.push(["Tổng số bài thi", sum("B", top, end, total(0)), sum("C", top, end, total(1))]);
    rows.push(["% đạt từ 3 trở lên", 41.5, 44.2]);
  };
  block("Trường THPT Nguyễn Du", [[12, 10], [25, 19], [30, 31], [21, 20], [8, 9]]);
  block("Trường THPT Lê Lợi", [[5, 1], [4, 2], [13, 21], [37, 38], [18, 20]]);
  block("Trường THPT Trần Phú", [[2, 3], [9, 8], [20, 22], [15, 16], [4, 5]]);
  expect(found(await check(rows))).toEqual([]);
});

test("a province total on top over blocks each closed by `Cộng`: a wrong block total is found", async () => {
  const block = (names: string[], base: number): CellValue[][] => names.map((n, i) => [i + 1, `Xã ${n}`, base + 37 * i, base / 2 + 11 * i]);
  const a = block(["Tân Lập", "Minh Quang", "Phúc Sơn", "Hòa Bình"], 400);
  const b = block(["Yên Hoa", "Khuôn Hà", "Lăng Can", "Bình An"], 300);
  const add = (rows: CellValue[][], col: number) => rows.reduce((s, r) => s + (r[col] as number), 0);
  const rows = (slip = 0): CellValue[][] => [
    ["STT", "Đơn vị", "Kế hoạch vốn", "Giải ngân"],
    ["", "TOÀN TỈNH", add(a, 2) + add(b, 2), add(a, 3) + add(b, 3)],
    ...a,
    ["", "Cộng", add(a, 2), add(a, 3)],
    ...b,
    ["", "Cộng", add(b, 2), add(b, 3) + slip],
  ];
  expect(found(await check(rows()))).toEqual([]);
  expect(found(await check(rows(150)))).toContain("D12:sum-mismatch");
});
