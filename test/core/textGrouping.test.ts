/**
 * Text numbers with one separator and three digits (`825,000`, `1.856`) read one way in Vietnamese
 * and the other in English: the column's other text numbers tell which (a real asset register wrote
 * `3,437,500` and `825,000` in one column, and `825,000` was read as 825).
 */
import type { CellValue } from "../../src/core/grid";
import type { Analysis } from "../../src/core";
import { groupingOf, readNumber } from "../../src/core/numbers";
import { checkRows } from "../helpers/checkRows";

const check = (rows: CellValue[][]): Promise<Analysis> => checkRows(rows, [], "TSCD");
const found = (a: Analysis) => a.findings.map((f) => `${f.cell}:${f.rule}:${f.expected}`);

test("which separator a text number groups thousands with, when it shows it", () => {
  expect(groupingOf("3,437,500")).toBe(",");
  expect(groupingOf("1,234.5")).toBe(",");
  expect(groupingOf("12.500.000")).toBe(".");
  expect(groupingOf("1.338,216")).toBe(".");
  expect(groupingOf("825,000")).toBeUndefined();
  expect(groupingOf("1.856")).toBeUndefined();
  expect(groupingOf("59,12")).toBeUndefined();
  expect(readNumber("825,000")).toMatchObject({ value: 825, otherReading: 825000 });
  expect(readNumber("1.856")).toMatchObject({ value: 1856, otherReading: 1.856 });
  expect(readNumber("3,437,500")?.otherReading).toBeUndefined();
});

/**
 * An asset register: cost, depreciation and remaining value, all text numbers, in two groups whose
 * rows above their items state their sums. The remaining value is cost − depreciation.
 */
function register(write: (n: number) => string, typo = 0): CellValue[][] {
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  const group = (stt: string, label: string, costs: number[], wear: number[], extra: number): CellValue[][] => [
    [stt, label, write(sum(costs) + extra), write(sum(wear)), write(sum(costs) - sum(wear))],
    ...costs.map((c, i): CellValue[] => [i + 1, `${label} ${i + 1}`, write(c), write(wear[i]), write(c - wear[i])]),
  ];
  return [
    ["STT", "Tên tài sản", "Nguyên giá", "Hao mòn lũy kế", "Giá trị còn lại"],
    ["A", "B", "1", "2", "3"],
    ...group("I", "Máy móc", [6_600_000, 31_000_000, 6_260_000], [825_000, 3_875_000, 782_500], typo),
    ...group("II", "Thiết bị", [27_500_000, 140_000_000, 19_041_000], [3_437_500, 140_000_000, 2_380_125], 0),
  ];
}
const en = (n: number) => n.toLocaleString("en-US");
const vi = (n: number) => n.toLocaleString("vi-VN");

test("`825,000` among `3,437,500`s is 825.000, and the sums that count it so are not reported", async () => {
  const a = await check(register(en));
  expect(a.findings).toEqual([]);
});

test("slip twin: a wrong sum is still reported, with the parts read in the column's convention", async () => {
  const a = await check(register(en, 1_000_000));
  expect(found(a).filter((f) => f.includes("mismatch"))).toEqual(["C3:sum-mismatch:43860000"]);
});

test("in a Vietnamese register (`3.875.000`), a text `825,000` reads 825, a thousand times too small", async () => {
  const rows = register(vi);
  rows[3][3] = "825,000";
  const a = await check(rows);
  expect(found(a)).toEqual(["D4:unit-scale:825000"]);
});

test("with nothing to tell the convention, `825,000` is not read as a number at all", async () => {
  const rows: CellValue[][] = [
    ["STT", "Tên tài sản", "Nguyên giá", "Hao mòn lũy kế"],
    ["A", "B", "1", "2"],
    ["I", "Tài sản khác", 7_425, 1_265],
    [1, "Máy 1", 7_000, "825,000"],
    [2, "Máy 2", 425, 440],
  ];
  const a = await check(rows);
  expect(a.findings.filter((f) => f.rule.includes("mismatch") || f.expected === 825)).toEqual([]);
});
