/**
 * A small evaluator for the formulas appendices use — `SUM(C10:C12)`, `C10+C11-C12`, `G9/C9*100`,
 * cell references — for files whose formulas carry no cached result. Anything else is unknown
 * (undefined), never 0.
 */
import { parseAddress } from "./grid";

/** Reads a referenced cell: a number, 0 for an empty cell, undefined when unknown. */
export type CellReader = (row: number, col: number) => number | undefined;

export interface Reference {
  row: number;
  col: number;
}

type Token = { t: "num"; v: number } | { t: "ref"; a: string } | { t: "op"; v: string } | { t: "fn"; v: string };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|(\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?)|([A-Za-z]+)\s*\(|([-+*/^(),;:]))/y;

function tokenize(formula: string): Token[] | undefined {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
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
    if (tk.t === "fn" && tk.v !== "SUM") return undefined;
    if (tk.t === "ref") {
      const cells = expandRange(tk.a);
      if (!cells) return undefined;
      refs.push(...cells);
    }
  }
  return refs;
}

export function evaluateFormula(formula: string, read: CellReader): number | undefined {
  const parsed = tokenize(formula);
  if (!parsed) return undefined;
  const tokens: Token[] = parsed;
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (v: string) => {
    const tk = peek();
    return tk !== undefined && tk.t === "op" && tk.v === v;
  };

  function primary(): number | undefined {
    const tk = tokens[pos++];
    if (!tk) return undefined;
    if (tk.t === "num") return tk.v;
    if (tk.t === "ref") {
      if (tk.a.includes(":")) return undefined;
      const p = parseAddress(tk.a);
      return p ? read(p.row, p.col) : undefined;
    }
    if (tk.t === "fn") {
      if (tk.v !== "SUM") return undefined;
      let total = 0;
      if (isOp(")")) {
        pos++;
        return 0;
      }
      for (;;) {
        const a = peek();
        if (a && a.t === "ref" && a.a.includes(":")) {
          pos++;
          const cells = expandRange(a.a);
          if (!cells) return undefined;
          for (const c of cells) total += read(c.row, c.col) ?? 0;
        } else {
          const v = expr();
          if (v === undefined) return undefined;
          total += v;
        }
        if (isOp(",") || isOp(";")) {
          pos++;
          continue;
        }
        if (isOp(")")) {
          pos++;
          return total;
        }
        return undefined;
      }
    }
    if (tk.v === "(") {
      const v = expr();
      if (!isOp(")")) return undefined;
      pos++;
      return v;
    }
    if (tk.v === "-") {
      const v = primary();
      return v === undefined ? undefined : -v;
    }
    if (tk.v === "+") return primary();
    return undefined;
  }
  function power(): number | undefined {
    let a = primary();
    while (a !== undefined && isOp("^")) {
      pos++;
      const b = primary();
      a = b === undefined ? undefined : Math.pow(a, b);
    }
    return a;
  }
  function term(): number | undefined {
    let a = power();
    while (a !== undefined && (isOp("*") || isOp("/"))) {
      const op = (tokens[pos++] as { v: string }).v;
      const b = power();
      if (b === undefined) return undefined;
      if (op === "/" && b === 0) return undefined;
      a = op === "*" ? a * b : a / b;
    }
    return a;
  }
  function expr(): number | undefined {
    let a = term();
    while (a !== undefined && (isOp("+") || isOp("-"))) {
      const op = (tokens[pos++] as { v: string }).v;
      const b = term();
      if (b === undefined) return undefined;
      a = op === "+" ? a + b : a - b;
    }
    return a;
  }
  const v = expr();
  return pos === tokens.length ? v : undefined;
}
