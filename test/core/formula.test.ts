import { evaluateFormula, formulaReferences } from "../../src/core/formula";
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

test("references of the formulas it understands", () => {
  expect(formulaReferences("SUM(A1:A3)+B1")).toHaveLength(4);
  expect(formulaReferences("IF(A3=0;0;A1/A3)")).toHaveLength(3);
  expect(formulaReferences("VLOOKUP(A1,B1:C2,2)")).toBeUndefined();
});
