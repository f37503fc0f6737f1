/**
 * Relations a column's own formulas state: when most of its formula cells compute the same thing
 * from cells of their own row (`G6 = SUM(B6:F6)`, `G7 = SUM(B7:F7)`; `D11 = C11/H11`), that is the
 * table's arithmetic, as surely as a column-number row — and it must then hold on the rows where
 * the column holds a typed value or another formula (a total row whose `SUM` skips a row).
 */
import { cellAt, columnIndex } from "../grid";
import { diffOf, rateOf, ref, sumOf, type Expr } from "../expr";
import type { RecognisedColumn, RecognisedTable, RuleId } from "../types";
import type { SheetValues } from "../values";
import type { ColumnFormula } from "./relations";

/** Formula cells a column needs, all of one shape, for its formulas to state its relation. */
const LEAST = 2;

export function formulaRelations(table: RecognisedTable, figures: RecognisedColumn[], values: SheetValues): ColumnFormula[] {
  const out: ColumnFormula[] = [];
  const isFigureCol = new Set(figures.map((c) => c.col));
  for (const c of figures) {
    const shapes = new Map<string, number>();
    const others: number[] = [];
    for (const r of table.rows) {
      const f = cellAt(values.sheet, r.row, c.col)?.formula;
      if (!f) continue;
      const shape = sameRowShape(f, r.row);
      if (shape) shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
      else others.push(r.row);
    }
    // Two ways of computing the column from its own row (`SUM(B6:E6)` here, `SUM(B7:D7)` there):
    // which one is meant is not for Soát to say.
    if (shapes.size !== 1) continue;
    const [[shape, count]] = [...shapes];
    if (count < LEAST || count < 0.5 * (count + others.length)) continue;
    const percentFormat = !!cellAt(values.sheet, table.rows.find((r) => cellAt(values.sheet, r.row, c.col)?.formula)!.row, c.col)?.format?.includes("%");
    const f = shapeFormula(shape, c, percentFormat);
    // A formula of the column that reads other rows (`SUM(L2:L15)` among `SUM(J:K)`) is out of place.
    if (f && f.inputs.every((i) => isFigureCol.has(i) && i !== c.col)) out.push({ ...f, deviants: new Set(others) });
  }
  return out;
}

/** The formula with its row numbers taken out, when every reference is to its own row. */
function sameRowShape(formula: string, row: number): string | undefined {
  const f = formula.replace(/\$/g, "").replace(/\s+/g, "").replace(/^[=+]+/, "").toUpperCase();
  if (f.includes("!")) return undefined; // another sheet's cells
  let sameRow = true;
  const shape = f.replace(/\b([A-Z]{1,3})(\d+)\b/g, (_, col: string, r: string) => {
    if (Number(r) !== row + 1) sameRow = false;
    return col;
  });
  return sameRow ? shape : undefined;
}

function shapeFormula(shape: string, target: RecognisedColumn, percentFormat: boolean): ColumnFormula | undefined {
  const col = (name: string) => columnIndex(name);
  let inputs: number[] | undefined;
  let expr: Expr | undefined;
  let rule: RuleId = "sum-mismatch";
  let m: RegExpExecArray | null;
  if ((m = /^SUM\(([A-Z]+):([A-Z]+)\)$/.exec(shape))) {
    inputs = [];
    for (let c = col(m[1]); c <= col(m[2]); c++) inputs.push(c);
  } else if (/^(SUM\()?[A-Z]+([+,][A-Z]+)+\)?$/.test(shape) && (shape.startsWith("SUM(") ? shape.endsWith(")") : !shape.includes(","))) {
    inputs = shape.replace(/^SUM\(|\)$/g, "").split(/[+,]/).map(col);
  }
  if (inputs) expr = sumOf(inputs.map((c) => ref(0, c)));
  else if ((m = /^([A-Z]+)-([A-Z]+)$/.exec(shape))) {
    inputs = [col(m[1]), col(m[2])];
    expr = diffOf(ref(0, inputs[0]), ref(0, inputs[1]));
    rule = "difference-mismatch";
  } else if (
    (m = /^\(?([A-Z]+)\/([A-Z]+)\)?(\*100)?$/.exec(shape)) ||
    (m = /^100\*([A-Z]+)\/([A-Z]+)()$/.exec(shape)) ||
    (m = /^IF\(([A-Z]+)(?:>0|<>0),(?:100\*)?([A-Z]+)\/\1(?:\*100)?,0\)$/.exec(shape))
  ) {
    const [num, den] = shape.startsWith("IF(") ? [col(m[2]), col(m[1])] : [col(m[1]), col(m[2])];
    const times100 = /100/.test(shape);
    // A ratio is checked as a rate only in percent: ×100 written, or a percent format.
    if (times100 === percentFormat) return undefined;
    inputs = [num, den];
    expr = rateOf(ref(0, num), ref(0, den));
    rule = "percent-mismatch";
  }
  if (!inputs || !expr || inputs.length < 2) return undefined;
  return {
    id: `c:${target.col}`,
    target: target.col,
    expr,
    inputs,
    rule,
    percent: rule === "percent-mismatch",
    origin: "formula",
  };
}
