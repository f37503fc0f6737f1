import { evaluateFormula, formulaReferences, MAX_FORMULA_LENGTH, MAX_FORMULA_NESTING, MAX_RANGE_CELLS, rangesCover } from "../../src/core/formula";
import { parseAddress } from "../../src/core/grid";

const cells: Record<string, number | undefined> = { A1: 10, A2: 20, A3: 0, B1: 3, C1: undefined };
const read = (row: number, col: number) => {
  const a = Object.keys(cells).find((k) => {
    const p = parseAddress(k)!;
    return p.row === row && p.col === col;
  });
  return a ? cells[a] : 0; // an empty cell reads 0
};

test.each([
  ["SUM(A1:A3)", 30],
  ["A1+A2-B1", 27],
  ["A2/A1*100", 200],
  ["ROUND(A1/B1*100;2)", 333.33],
  ["ROUND(A1/B1*100,1)", 333.3],
  ["IF(A3=0;0;A1/A3)", 0],
  ["IF(A1>A2,1,2)", 2],
  ["IFERROR(A1/A3;-1)", -1],
  ["IFERROR(A1/B1;0)", 10 / 3],
  ["MAX(A1:A2)+MIN(A1,B1)+ABS(-2)", 25],
  ["-A1+(A2)", 10],
  ["SUM(D5:D9)", 0],
])("%s = %d", (formula, value) => {
  expect(evaluateFormula(formula, read)).toBeCloseTo(value, 10);
});

test.each(["A1/A3", "VLOOKUP(A1,B1:C9,2)", "Sheet2!A1+1", "SUM(A1:C1)", "A1&A2", "C1+1"])("%s is unknown, never 0", (formula) => {
  expect(evaluateFormula(formula, read)).toBeUndefined();
});

test("references of the formulas it understands, ranges as their bounds", () => {
  expect(formulaReferences("SUM(A1:A3)+B1")).toEqual([
    { top: 0, left: 0, bottom: 2, right: 0 },
    { top: 0, left: 1, bottom: 0, right: 1 },
  ]);
  expect(formulaReferences("IF(A3=0;0;A1/A3)")).toHaveLength(3);
  expect(formulaReferences("VLOOKUP(A1,B1:C2,2)")).toBeUndefined();
  const whole = formulaReferences("SUM(A1:XFD1048576)")!;
  expect(whole).toEqual([{ top: 0, left: 0, bottom: 1048575, right: 16383 }]);
  expect(rangesCover(whole, 1048575, 16383)).toBe(true);
  expect(rangesCover(formulaReferences("SUM(C10:C12)")!, 12, 2)).toBe(false);
});

test("a range is clipped to the used area: the cells past it are empty", () => {
  const area = { rowCount: 3, colCount: 2 };
  const reads: string[] = [];
  const v = evaluateFormula("SUM(A1:XFD1048576)", (r, c) => (reads.push(`${r},${c}`), r + c), area);
  expect(v).toBe(0 + 1 + 1 + 2 + 2 + 3);
  expect(reads).toHaveLength(6);
  // MIN still sees the empty cells past the used area as 0, as before clipping.
  expect(evaluateFormula("MIN(A1:B9)", () => 5, area)).toBe(0);
  expect(evaluateFormula("MIN(A1:B3)", () => 5, area)).toBe(5);
  // Without an area a range past MAX_RANGE_CELLS is unknown, not 17 billion reads.
  expect(evaluateFormula("SUM(A1:XFD1048576)", () => 1)).toBeUndefined();
  expect(evaluateFormula(`SUM(C1:C${MAX_RANGE_CELLS})`, () => 1)).toBe(MAX_RANGE_CELLS);
});

test("nesting past Excel's 64 levels and formulas past 8.192 characters are unknown, not a crash", () => {
  const nest = (n: number) => "(".repeat(n) + "1" + ")".repeat(n);
  expect(evaluateFormula(nest(MAX_FORMULA_NESTING - 1), read)).toBe(1);
  expect(evaluateFormula(nest(MAX_FORMULA_NESTING + 1), read)).toBeUndefined();
  expect(evaluateFormula(nest(100_000), read)).toBeUndefined();
  expect(evaluateFormula("-".repeat(5000) + "1", read)).toBeUndefined();
  expect(evaluateFormula("SUM(".repeat(3000) + "1" + ")".repeat(3000), read)).toBeUndefined();
  expect(evaluateFormula("1" + "+1".repeat(4000), read)).toBe(4001);
  expect(evaluateFormula("1" + "+1".repeat(MAX_FORMULA_LENGTH), read)).toBeUndefined();
});
