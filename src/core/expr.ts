/**
 * Arithmetic over cells: the right-hand side of a relation such as `C = D + E + F` or
 * `K = G / C × 100`, evaluated as an interval so that inputs which are themselves rounded
 * rates carry their rounding into the check.
 */
import { address } from "./grid";
import { formatNumber } from "./numbers";

export type Expr =
  | { op: "ref"; row: number; col: number }
  | { op: "num"; v: number }
  | { op: "+" | "-" | "*" | "/"; a: Expr; b: Expr }
  | { op: "sum"; items: Expr[] };

export interface Interval {
  lo: number;
  hi: number;
}

/** A cell's value with its uncertainty; null when the cell is unknown (text, error, missing result). */
export type Lookup = (row: number, col: number) => Interval | null;

export function ref(row: number, col: number): Expr {
  return { op: "ref", row, col };
}

export function sumOf(items: Expr[]): Expr {
  return { op: "sum", items };
}

export function rateOf(num: Expr, den: Expr): Expr {
  return { op: "*", a: { op: "/", a: num, b: den }, b: { op: "num", v: 100 } };
}

export function diffOf(a: Expr, b: Expr): Expr {
  return { op: "-", a, b };
}

export function evaluate(e: Expr, get: Lookup): Interval | null {
  switch (e.op) {
    case "num":
      return { lo: e.v, hi: e.v };
    case "ref":
      return get(e.row, e.col);
    case "sum": {
      let lo = 0;
      let hi = 0;
      for (const it of e.items) {
        const v = evaluate(it, get);
        if (!v) return null;
        lo += v.lo;
        hi += v.hi;
      }
      return { lo, hi };
    }
    default: {
      const a = evaluate(e.a, get);
      if (!a) return null;
      const b = evaluate(e.b, get);
      if (!b) return null;
      if (e.op === "+") return { lo: a.lo + b.lo, hi: a.hi + b.hi };
      if (e.op === "-") return { lo: a.lo - b.hi, hi: a.hi - b.lo };
      if (e.op === "/" && b.lo <= 0 && b.hi >= 0) return null;
      const op = e.op === "*" ? (x: number, y: number) => x * y : (x: number, y: number) => x / y;
      const c = [op(a.lo, b.lo), op(a.lo, b.hi), op(a.hi, b.lo), op(a.hi, b.hi)];
      return { lo: Math.min(...c), hi: Math.max(...c) };
    }
  }
}

/**
 * The point value of an expression without allocating (the common case: every input an exact
 * number); NaN when an input is unknown or a divisor is 0.
 */
export function evaluatePoint(e: Expr, get: (row: number, col: number) => number): number {
  switch (e.op) {
    case "num":
      return e.v;
    case "ref":
      return get(e.row, e.col);
    case "sum": {
      let t = 0;
      for (const it of e.items) t += evaluatePoint(it, get);
      return t;
    }
    case "+":
      return evaluatePoint(e.a, get) + evaluatePoint(e.b, get);
    case "-":
      return evaluatePoint(e.a, get) - evaluatePoint(e.b, get);
    case "*":
      return evaluatePoint(e.a, get) * evaluatePoint(e.b, get);
    case "/": {
      const b = evaluatePoint(e.b, get);
      return b === 0 ? NaN : evaluatePoint(e.a, get) / b;
    }
  }
}

export function references(e: Expr, out: { row: number; col: number }[] = []): { row: number; col: number }[] {
  if (e.op === "ref") out.push({ row: e.row, col: e.col });
  else if (e.op === "sum") e.items.forEach((i) => references(i, out));
  else if (e.op !== "num") {
    references(e.a, out);
    references(e.b, out);
  }
  return out;
}

/** Shifts every reference of a column formula to another row. */
export function atRow(e: Expr, row: number): Expr {
  switch (e.op) {
    case "num":
      return e;
    case "ref":
      return { op: "ref", row, col: e.col };
    case "sum":
      return { op: "sum", items: e.items.map((i) => atRow(i, row)) };
    default:
      return { op: e.op, a: atRow(e.a, row), b: atRow(e.b, row) };
  }
}

/** Renders `G23/C23×100` and, with values, `5,2/540×100`. */
export function render(e: Expr, lang: "vi" | "en", value?: (row: number, col: number) => number | null): string {
  const inner = (x: Expr, parentOp?: string): string => {
    switch (x.op) {
      case "num":
        return formatNumber(x.v, lang);
      case "ref": {
        if (!value) return address(x.row, x.col);
        const v = value(x.row, x.col);
        return v === null ? "?" : formatNumber(v, lang);
      }
      case "sum":
        return wrap(x.items.map((i) => inner(i, "+")).join(" + "), parentOp === "*" || parentOp === "/" || parentOp === "-");
      default: {
        const sym = x.op === "*" ? "×" : x.op;
        const s = `${inner(x.a, x.op)}${x.op === "+" || x.op === "-" ? ` ${sym} ` : sym}${inner(x.b, x.op === "-" ? "-" : x.op)}`;
        return wrap(s, (x.op === "+" || x.op === "-") && (parentOp === "*" || parentOp === "/" || parentOp === "-"));
      }
    }
  };
  return inner(e);
}

function wrap(s: string, yes: boolean): string {
  return yes ? `(${s})` : s;
}

/** Solves `target = f(x)` for one cell x by the secant method (f is linear or a ratio in x). */
export function solveFor(
  e: Expr,
  target: number,
  cell: { row: number; col: number },
  point: (row: number, col: number) => number | null,
): number | undefined {
  const f = (x: number): number | undefined => {
    const v = evaluate(e, (r, c) => {
      if (r === cell.row && c === cell.col) return { lo: x, hi: x };
      const p = point(r, c);
      return p === null ? null : { lo: p, hi: p };
    });
    return v ? v.lo - target : undefined;
  };
  const x0 = point(cell.row, cell.col) ?? 0;
  // Linear in the cell (a part of a sum, a numerator) the secant lands at once; a denominator is
  // linear in its reciprocal, where the secant from the stated value would wander off.
  const direct = secant(f, x0, x0 === 0 ? 1 : x0 * 1.01, target);
  if (direct !== undefined || x0 === 0) return direct;
  const u = secant((v) => (v === 0 ? undefined : f(1 / v)), 1 / x0, 1 / (x0 * 1.01), target);
  return u === undefined || u === 0 ? undefined : 1 / u;
}

function secant(f: (x: number) => number | undefined, x0: number, x1: number, target: number): number | undefined {
  let f0 = f(x0);
  let f1 = f(x1);
  for (let i = 0; i < 40; i++) {
    if (f0 === undefined || f1 === undefined) return undefined;
    if (Math.abs(f1) < 1e-12 * Math.max(1, Math.abs(target))) return x1;
    if (f1 === f0) return undefined;
    const x2 = x1 - (f1 * (x1 - x0)) / (f1 - f0);
    x0 = x1;
    f0 = f1;
    x1 = x2;
    f1 = f(x1);
  }
  return f1 !== undefined && Math.abs(f1) < 1e-6 * Math.max(1, Math.abs(target)) ? x1 : undefined;
}
