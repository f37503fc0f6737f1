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

/** The cells a range `C10:C12` covers. */
export function expandRange(a: string): Reference[] | undefined {
  const [from, to] = a.split(":");
  const p = parseAddress(from);
  const q = to ? parseAddress(to) : p;
  if (!p || !q) return undefined;
  const refs: Reference[] = [];
  for (let r = Math.min(p.row, q.row); r <= Math.max(p.row, q.row); r++)
    for (let c = Math.min(p.col, q.col); c <= Math.max(p.col, q.col); c++) refs.push({ row: r, col: c });
  return refs;
}

/** Every cell a formula refers to, in order; undefined when the formula is beyond this evaluator. */
export function formulaReferences(formula: string): Reference[] | undefined {
  const tokens = tokenize(formula);
  if (!tokens) return undefined;
  const refs: Reference[] = [];
  for (const tk of tokens) {
    if (tk.t === "fn" && !FUNCTIONS.has(tk.v)) return undefined;
    if (tk.t === "ref") {
      const cells = expandRange(tk.a);
      if (!cells) return undefined;
      refs.push(...cells);
    }
  }
  return refs;
}

/** Division by zero: an Excel error, which IFERROR catches; anything unknown stays unknown. */
const DIV0 = Symbol("#DIV/0!");
type Value = number | typeof DIV0 | undefined;

export function evaluateFormula(formula: string, read: CellReader): number | undefined {
  const parsed = tokenize(formula);
  if (!parsed) return undefined;
  const tokens: Token[] = parsed;
  let pos = 0;
  const isOp = (v: string) => {
    const tk = tokens[pos];
    return tk !== undefined && tk.t === "op" && tk.v === v;
  };
  const arith = (a: Value, b: Value, f: (x: number, y: number) => number): Value =>
    a === undefined || b === undefined ? undefined : a === DIV0 || b === DIV0 ? DIV0 : f(a, b);

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
        const cells = expandRange(tk.a);
        if (!cells) return undefined;
        list.push(cells.map((c) => read(c.row, c.col) ?? undefined));
      } else list.push([comparison()]);
      if (isOp(",") || isOp(";")) pos++;
      else if (isOp(")")) {
        pos++;
        return list;
      } else return undefined;
    }
  }

  function call(name: string): Value {
    const a = args();
    if (!a) return undefined;
    const flat = a.flat();
    const first = a[0]?.[0];
    switch (name) {
      case "SUM":
      case "MIN":
      case "MAX": {
        if (flat.some((v) => v === undefined)) return undefined;
        if (flat.includes(DIV0)) return DIV0;
        const nums = flat as number[];
        if (name === "SUM") return nums.reduce((s, v) => s + v, 0);
        return nums.length ? (name === "MIN" ? Math.min(...nums) : Math.max(...nums)) : 0;
      }
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
    if (tk.t === "fn") return FUNCTIONS.has(tk.v) ? call(tk.v) : undefined;
    if (tk.v === "(") {
      const v = comparison();
      if (!isOp(")")) return undefined;
      pos++;
      return v;
    }
    if (tk.v === "-") return arith(primary(), 0, (x) => -x);
    if (tk.v === "+") return primary();
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
  const v = comparison();
  return pos === tokens.length && typeof v === "number" && Number.isFinite(v) ? v : undefined;
}
