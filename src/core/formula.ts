/**
 * A small evaluator for the formulas appendices use — `SUM(C10:C12)`, `C10+C11-C12`, `G9/C9*100`,
 * `ROUND(G9/C9*100;2)`, `IF(C9=0;0;G9/C9*100)`, `IFERROR(…;0)` — for files whose formulas carry no
 * cached result. Anything else is unknown (undefined), never 0.
 */
import { parseAddress } from "./grid";
import { roundTo } from "./numbers";

/** Reads a referenced cell: a number, 0 for an empty cell, undefined when unknown. */
export type CellReader = (row: number, col: number) => number | undefined;

export interface Reference {
  row: number;
  col: number;
}

type Token = { t: "num"; v: number } | { t: "ref"; a: string } | { t: "op"; v: string } | { t: "fn"; v: string };

const FUNCTIONS = new Set(["SUM", "ROUND", "ABS", "MIN", "MAX", "IF", "IFERROR"]);

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|(\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?)|([A-Za-z]+)\s*\(|(<>|<=|>=|[-+*/^(),;:=<>]))/y;

function tokenize(formula: string): Token[] | undefined {
  if (formula.length > MAX_FORMULA_LENGTH) return undefined;
  const out: Token[] = [];
  let i = 0;
  const s = formula.trim();
  while (i < s.length) {
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(s);
    if (!m) return undefined;
    if (m[1] !== undefined) out.push({ t: "num", v: Number(m[1]) });
    else if (m[2] !== undefined) out.push({ t: "ref", a: m[2] });
    else if (m[3] !== undefined) out.push({ t: "fn", v: m[3].toUpperCase() });
    else out.push({ t: "op", v: m[4] });
    i = TOKEN.lastIndex;
    while (i < s.length && s[i] === " ") i++;
  }
  return out;
}

/** A rectangle of cells, 0-based and inclusive; a single reference is a 1×1 range. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's own limit on a formula's length; a longer one is beyond this evaluator. */
export const MAX_FORMULA_LENGTH = 8192;
/** Excel's own limit on nested parentheses and calls; deeper is unknown, never a crash. */
export const MAX_FORMULA_NESTING = 64;
/** Formulas without a cached result evaluated one inside another (a running total); deeper is unknown. */
export const MAX_FORMULA_CHAIN = 128;
/** Cells one range may cover once clipped to the sheet's used area (a full column); larger is unknown. */
export const MAX_RANGE_CELLS = 1 << 20;

/** The range `C10:C12` (or the cell `C10`) as its bounds. */
export function parseRange(a: string): CellRange | undefined {
  const [from, to] = a.split(":");
  const p = parseAddress(from);
  const q = to ? parseAddress(to) : p;
  if (!p || !q) return undefined;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

/** A formula that is a `SUM` (`=SUM(C3:C9)`, `=+SUM(…)`), whatever follows it. */
export function isSumFormula(formula: string): boolean {
  return /^\s*\+?SUM\s*\(/i.test(formula);
}

/** Every cell and range a formula refers to, in order, as bounds; undefined when the formula is beyond this evaluator. */
export function formulaReferences(formula: string): CellRange[] | undefined {
  const tokens = tokenize(formula);
  if (!tokens) return undefined;
  const refs: CellRange[] = [];
  for (const tk of tokens) {
    if (tk.t === "fn" && !FUNCTIONS.has(tk.v)) return undefined;
    if (tk.t === "ref") {
      const range = parseRange(tk.a);
      if (!range) return undefined;
      refs.push(range);
    }
  }
  return refs;
}

/** Whether one of the ranges covers the cell. */
export function rangesCover(ranges: CellRange[], row: number, col: number): boolean {
  return ranges.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
}

/** The sheet's used area: cells at or past these counts are empty. */
export interface UsedArea {
  rowCount: number;
  colCount: number;
}

/** Division by zero: an Excel error, which IFERROR catches; anything unknown stays unknown. */
const DIV0 = Symbol("#DIV/0!");
type Value = number | typeof DIV0 | undefined;

/** Thrown inside the parser past MAX_FORMULA_NESTING; the formula is then unknown. */
const TOO_DEEP = Symbol("too deep");

/**
 * The value of a formula over the cells `read` gives; undefined when it is unknown. With `area`,
 * ranges are clipped to the sheet's used area (the cells past it are empty), so that `SUM(A1:XFD1048576)`
 * reads only the cells that exist.
 */
export function evaluateFormula(formula: string, read: CellReader, area?: UsedArea): number | undefined {
  const parsed = tokenize(formula);
  if (!parsed) return undefined;
  const tokens: Token[] = parsed;
  let pos = 0;
  let depth = 0;
  const isOp = (v: string) => {
    const tk = tokens[pos];
    return tk !== undefined && tk.t === "op" && tk.v === v;
  };
  const arith = (a: Value, b: Value, f: (x: number, y: number) => number): Value =>
    a === undefined || b === undefined ? undefined : a === DIV0 || b === DIV0 ? DIV0 : f(a, b);
  const nested = <T>(f: () => T): T => {
    if (++depth > MAX_FORMULA_NESTING) throw TOO_DEEP;
    const v = f();
    depth--;
    return v;
  };

  /** A range's cells, clipped to the used area; an empty cell clipped off still counts as one 0. */
  function rangeValues(a: string): Value[] | undefined {
    const r = parseRange(a);
    if (!r) return undefined;
    const bottom = area ? Math.min(r.bottom, area.rowCount - 1) : r.bottom;
    const right = area ? Math.min(r.right, area.colCount - 1) : r.right;
    const clipped = bottom < r.bottom || right < r.right;
    const rows = Math.max(0, bottom - r.top + 1);
    const cols = Math.max(0, right - r.left + 1);
    if (rows * cols > MAX_RANGE_CELLS) return undefined;
    const values: Value[] = [];
    for (let row = r.top; row <= bottom; row++) for (let col = r.left; col <= right; col++) values.push(read(row, col));
    if (clipped) values.push(0);
    return values;
  }

  /** The arguments of a function call, ranges expanded to their cells' values. */
  function args(): Value[][] | undefined {
    const list: Value[][] = [];
    if (isOp(")")) {
      pos++;
      return list;
    }
    for (;;) {
      const tk = tokens[pos];
      if (tk && tk.t === "ref" && tk.a.includes(":")) {
        pos++;
        const values = rangeValues(tk.a);
        if (!values) return undefined;
        list.push(values);
      } else list.push([comparison()]);
      if (isOp(",") || isOp(";")) pos++;
      else if (isOp(")")) {
        pos++;
        return list;
      } else return undefined;
    }
  }

  /** SUM, MIN or MAX over every value of the arguments, in one pass. */
  function aggregate(name: string, a: Value[][]): Value {
    let acc = name === "SUM" ? 0 : name === "MIN" ? Infinity : -Infinity;
    let div0 = false;
    let any = false;
    for (const list of a)
      for (const v of list) {
        if (v === undefined) return undefined;
        if (v === DIV0) div0 = true;
        else {
          any = true;
          acc = name === "SUM" ? acc + v : name === "MIN" ? Math.min(acc, v) : Math.max(acc, v);
        }
      }
    if (div0) return DIV0;
    return any ? acc : 0;
  }

  function call(name: string): Value {
    const a = args();
    if (!a) return undefined;
    const first = a[0]?.[0];
    switch (name) {
      case "SUM":
      case "MIN":
      case "MAX":
        return aggregate(name, a);
      case "ROUND":
        return arith(first, a[1]?.[0] ?? 0, (x, d) => roundTo(x, d));
      case "ABS":
        return arith(first, 0, (x) => Math.abs(x));
      case "IF":
        if (first === undefined || first === DIV0) return first;
        return first !== 0 ? a[1]?.[0] : a[2]?.[0] ?? 0;
      case "IFERROR":
        return first === DIV0 ? a[1]?.[0] : first;
      default:
        return undefined;
    }
  }

  function primary(): Value {
    const tk = tokens[pos++];
    if (!tk) return undefined;
    if (tk.t === "num") return tk.v;
    if (tk.t === "ref") {
      if (tk.a.includes(":")) return undefined;
      const p = parseAddress(tk.a);
      return p ? read(p.row, p.col) : undefined;
    }
    if (tk.t === "fn") return FUNCTIONS.has(tk.v) ? nested(() => call(tk.v)) : undefined;
    if (tk.v === "(") {
      const v = nested(comparison);
      if (!isOp(")")) return undefined;
      pos++;
      return v;
    }
    if (tk.v === "-") return arith(nested(primary), 0, (x) => -x);
    if (tk.v === "+") return nested(primary);
    return undefined;
  }
  function power(): Value {
    let a = primary();
    while (isOp("^")) {
      pos++;
      a = arith(a, primary(), Math.pow);
    }
    return a;
  }
  function term(): Value {
    let a = power();
    while (isOp("*") || isOp("/")) {
      const op = (tokens[pos++] as { v: string }).v;
      const b = power();
      if (op === "/" && b === 0) a = a === undefined ? undefined : DIV0;
      else a = arith(a, b, op === "*" ? (x, y) => x * y : (x, y) => x / y);
    }
    return a;
  }
  function sum(): Value {
    let a = term();
    while (isOp("+") || isOp("-")) {
      const op = (tokens[pos++] as { v: string }).v;
      a = arith(a, term(), op === "+" ? (x, y) => x + y : (x, y) => x - y);
    }
    return a;
  }
  /** `=`, `<>`, `<`, `>`, `<=`, `>=`: 1 for true, 0 for false, as Excel does in arithmetic. */
  function comparison(): Value {
    const a = sum();
    const tk = tokens[pos];
    if (!tk || tk.t !== "op" || !["=", "<>", "<", ">", "<=", ">="].includes(tk.v)) return a;
    pos++;
    const b = sum();
    const cmp: Record<string, (x: number, y: number) => boolean> = {
      "=": (x, y) => x === y,
      "<>": (x, y) => x !== y,
      "<": (x, y) => x < y,
      ">": (x, y) => x > y,
      "<=": (x, y) => x <= y,
      ">=": (x, y) => x >= y,
    };
    return arith(a, b, (x, y) => (cmp[tk.v](x, y) ? 1 : 0));
  }
  let v: Value;
  try {
    v = comparison();
  } catch (e) {
    if (e === TOO_DEEP) return undefined;
    throw e;
  }
  return pos === tokens.length && typeof v === "number" && Number.isFinite(v) ? v : undefined;
}
