/**
 * The arithmetic a recognised table should obey, as relations between its cells:
 * column formulas that hold on every row (from the column-number row, from the header tree, or
 * found in the figures themselves) and row sums (a parent row is the sum of its children).
 */
import { isFigure } from "../tables/columns";
import { formulaRelations } from "./formulaRelations";
import { trimToSumRanges } from "./blocks";
import { fold, introducesParts, isTotalLabel, SOURCE_PARTS } from "../tables/labels";
import { diffOf, evaluate, rateOf, ref, sumOf, type Expr, type Lookup } from "../expr";
import type { RecognisedColumn, RecognisedTable, RuleId } from "../types";
import { agrees } from "../tolerance";
import { decimalsOf, type SheetValues } from "../values";

/** Where a relation comes from: the column-number row, the column's own formulas, the header tree, or the figures. */
export type Origin = "number-row" | "formula" | "header" | "fit";

/** A relation between columns, written with row 0 and evaluated on each data row. */
export interface ColumnFormula {
  id: string;
  target: number;
  expr: Expr;
  inputs: number[];
  rule: RuleId;
  percent: boolean;
  origin: Origin;
  /** For a relation its column's formulas state: rows whose formula computes something else. */
  deviants?: Set<number>;
  /** Parts introduced by `Trong đó`: the list may name only some of them. */
  partial?: boolean;
  /**
   * An achievement that may be plan / actual on the rows of a lower-is-better indicator (`Tỷ lệ hộ
   * nghèo … giảm còn`): those rows, and the inverted ratio.
   */
  inverted?: { rows: Set<number>; expr: Expr };
}

/** A parent row and the rows whose figures add up to it. */
export interface RowGroup {
  parent: number;
  children: number[];
  /** The level of the children, naming the family (`rows:2` is project = Σ sub-projects). */
  level: number;
  /** Every child is a project, sub-project, funding source or administrative unit: the sum is the domain's own. */
  named: boolean;
}

export interface TableRelations {
  formulas: ColumnFormula[];
  groups: RowGroup[];
  /** Columns whose figures add up down the rows. */
  summable: number[];
}


const PERCENT_ROW = /^\s*(%|(ty|ti) le\b|percent(age)?\b)/;

/** Indicators whose target is a ceiling: poverty and near-poverty rates, malnutrition, unemployment. */
const LOWER_IS_BETTER = /\b(ty le ho (can )?ngheo|giam con|giam xuong|suy dinh duong|that nghiep)\b/;

/**
 * `appendix`: the table is one of the programme's appendices. Any other table of figures is held
 * only to what it states — its column-number row, its formulas, its `Tổng số`/`Total` headers and
 * total rows — and to rates its headers name; nothing is fitted from its figures alone.
 */
export function buildRelations(table: RecognisedTable, values: SheetValues, appendix = true): TableRelations {
  const figures = table.columns.filter(isFigure);
  const formulas: ColumnFormula[] = [];
  const covered = new Set<number>();
  const add = (f: ColumnFormula | undefined) => {
    if (!f || covered.has(f.target)) return;
    covered.add(f.target);
    formulas.push(f);
  };
  for (const c of figures) if (c.formula) add(parseColumnNumberFormula(c.formula, c, table.columns));
  for (const f of formulaRelations(table, figures, values)) add(f);
  for (const f of headerSums(figures)) add(f);
  const rows = sampleRows(table);
  const mixes = tiedTogether(formulas);
  for (const c of figures)
    if (!covered.has(c.col) && (c.measure === "rate" || c.measure === "achieved")) add(fitRate(c, figures, rows, values, appendix));
  for (const c of figures) if (!covered.has(c.col) && c.measure === "decrease") add(fitDifference(c, figures, rows, values, appendix));
  if (appendix) for (const c of figures) if (!covered.has(c.col) && !c.percent) add(fitRun(c, figures, rows, values, mixes));

  const lowerIsBetter = new Set(table.rows.filter((r) => LOWER_IS_BETTER.test(fold(r.label))).map((r) => r.row));
  if (lowerIsBetter.size)
    for (const f of formulas) {
      const target = figures.find((c) => c.col === f.target);
      const e = f.expr;
      // (a / b) × 100 → (b / a) × 100
      if (target?.measure === "achieved" && e.op === "*" && e.a.op === "/")
        f.inverted = { rows: lowerIsBetter, expr: { ...e, a: { op: "/", a: e.a.b, b: e.a.a } } };
    }
  const summable = figures.filter((c) => !c.percent).map((c) => c.col);
  const groups: RowGroup[] = [];
  const byParent = new Map<number, RowGroup>();
  for (const r of table.rows) {
    if (r.parent === undefined) continue;
    const p = table.rows[r.parent];
    // A `% đạt` / `Tỷ lệ …` row among counts is a ratio of them, not one of the parts.
    if (PERCENT_ROW.test(fold(r.label)) && !PERCENT_ROW.test(fold(p.label))) continue;
    let g = byParent.get(p.row);
    if (!g) {
      g = { parent: p.row, children: [], level: r.level, named: true };
      byParent.set(p.row, g);
      groups.push(g);
    }
    g.children.push(r.row);
    if (!["project", "subproject", "source", "unit"].includes(r.kind)) g.named = false;
  }
  trimToSumRanges(groups, table, values, summable);
  return { formulas, groups, summable };
}

/**
 * Parses a column-number token — `1=2+3+4`, `9=5/1*100`, `(6)=(3)-(5)`, `9 = 1-2-3-4+5+6+7+8` —
 * against the columns' numbers; undefined when it states no formula.
 */
export function parseColumnNumberFormula(
  text: string,
  target: RecognisedColumn,
  columns: RecognisedColumn[],
): ColumnFormula | undefined {
  const eq = text.indexOf("=");
  if (eq < 0) return undefined;
  const rhs = text
    .slice(eq + 1)
    .replace(/[x×]/gi, "*")
    .replace(/:/g, "/")
    .replace(/\s+/g, "");
  const byNumber = new Map<string, number>();
  for (const col of columns) if (col.number) byNumber.set(col.number, col.col);
  const tokens = rhs.match(/\d+(?:[.,]\d+)?|[-+*/()%]/g);
  if (!tokens || tokens.join("") !== rhs) return undefined;
  let pos = 0;
  const inputs: number[] = [];
  let bad = false;
  const primary = (afterMul: boolean): Expr => {
    const t = tokens[pos++];
    if (t === "(") {
      const e = sum();
      if (tokens[pos] === ")") pos++;
      else bad = true;
      return e;
    }
    if (t === "-") return { op: "-", a: { op: "num", v: 0 }, b: primary(afterMul) };
    if (t !== undefined && /^\d/.test(t)) {
      const col = byNumber.get(t);
      if (!afterMul && col !== undefined) {
        inputs.push(col);
        return ref(0, col);
      }
      return { op: "num", v: Number(t.replace(",", ".")) };
    }
    bad = true;
    return { op: "num", v: 0 };
  };
  let scaled = false;
  const product = (): Expr => {
    let a = primary(false);
    while (tokens[pos] === "*" || tokens[pos] === "/") {
      const op = tokens[pos++] as "*" | "/";
      const b = primary(op === "*");
      if (op === "*" && b.op === "num" && b.v === 100) scaled = true;
      a = { op, a, b };
    }
    // `x 100%` says "in percent", not ×100 twice; `2/1%` alone means ×100.
    if (tokens[pos] === "%") {
      pos++;
      if (!scaled) {
        a = { op: "*", a, b: { op: "num", v: 100 } };
        scaled = true;
      }
    }
    return a;
  };
  const sum = (): Expr => {
    let a = product();
    while (tokens[pos] === "+" || tokens[pos] === "-") {
      const op = tokens[pos++] as "+" | "-";
      a = { op, a, b: product() };
    }
    return a;
  };
  let expr = sum();
  if (bad || pos !== tokens.length || inputs.length === 0 || inputs.includes(target.col)) return undefined;
  const rule: RuleId = rhs.includes("/") ? "percent-mismatch" : rhs.includes("-") ? "difference-mismatch" : "sum-mismatch";
  // `3=2/1` over a column in percent: the ratio is written without its ×100.
  if (rule === "percent-mismatch" && target.percent && !scaled) expr = { op: "*", a: expr, b: { op: "num", v: 100 } };
  return {
    id: `n:${target.col}`,
    target: target.col,
    expr,
    inputs,
    rule,
    percent: target.percent || rule === "percent-mismatch",
    origin: "number-row",
  };
}

/**
 * `Tổng số` beside its parts under the same title (`Kế hoạch vốn | Tổng số | NSTW | NSĐP`), and a
 * column followed by a `Trong đó` / `Chia ra` group: the total is the sum of the parts, where a part
 * that is itself a group counts through its own total column, or through its leaves.
 */
function headerSums(figures: RecognisedColumn[]): ColumnFormula[] {
  const out: ColumnFormula[] = [];
  const money = figures.filter((c) => !c.percent);
  for (const c of money) {
    const leaf = fold(c.path[c.path.length - 1] ?? "");
    let prefix: string[] | undefined;
    if (isTotalLabel(leaf) && c.path.length >= 1) prefix = c.path.slice(0, -1);
    if (!prefix) continue;
    const parts = partsUnder(prefix, c.col, money);
    // `Tổng số` beside a `Trong đó` group: the group may list only some parts.
    const partial = money.some((x) => x.col !== c.col && sameStart(x.path, prefix) && introducesParts(fold(x.path[prefix.length] ?? "")));
    if (parts.length >= 2) out.push({ ...sumFormula(c, parts, "header"), ...(partial ? { partial } : {}) });
  }
  // A column followed by a group titled `Trong đó`, `Chia ra`, `Bao gồm`.
  for (const c of money) {
    const depth = c.path.length;
    const next = money.filter((x) => x.col > c.col && x.path.length > depth && introducesParts(fold(x.path[depth - 1] ?? "")));
    if (!next.length || next[0].col !== c.col + 1) continue;
    const title = next[0].path.slice(0, depth);
    const group = money.filter((x) => sameStart(x.path, title));
    const parts = partsUnder(title, -1, group);
    if (parts.length >= 2 && !out.some((f) => f.target === c.col)) out.push({ ...sumFormula(c, parts, "header"), partial: true });
  }
  return out;
}

function sameStart(path: string[], prefix: string[]): boolean {
  return prefix.every((p, i) => path[i] === p);
}

/** The columns that make up the group `prefix`, one per child title. */
function partsUnder(prefix: string[], exclude: number, columns: RecognisedColumn[]): number[] {
  const members = columns.filter((x) => x.col !== exclude && x.path.length > prefix.length && sameStart(x.path, prefix));
  const byChild = new Map<string, RecognisedColumn[]>();
  for (const m of members) {
    const k = m.path[prefix.length];
    if (!byChild.has(k)) byChild.set(k, []);
    byChild.get(k)!.push(m);
  }
  const parts: number[] = [];
  for (const [title, cols] of byChild) {
    if (isTotalLabel(fold(title)) && cols.length === 1 && cols[0].path.length === prefix.length + 1) continue;
    if (cols.length === 1) {
      parts.push(cols[0].col);
      continue;
    }
    const own = cols.find((x) => x.path.length === prefix.length + 2 && isTotalLabel(fold(x.path[prefix.length + 1])));
    if (own) parts.push(own.col);
    else parts.push(...partsUnder([...prefix, title], -1, cols));
  }
  return parts;
}

function sumFormula(c: RecognisedColumn, parts: number[], origin: Origin): ColumnFormula {
  return {
    id: `s:${c.col}`,
    target: c.col,
    expr: sumOf(parts.map((p) => ref(0, p))),
    inputs: parts,
    rule: "sum-mismatch",
    percent: false,
    origin,
  };
}

/** Up to 60 body rows spread over the table, for fitting relations cheaply on large sheets. */
function sampleRows(table: RecognisedTable): number[] {
  const all = table.rows.map((r) => r.row);
  if (all.length <= 60) return all;
  const step = all.length / 60;
  return Array.from({ length: 60 }, (_, i) => all[Math.floor(i * step)]);
}

export function lookupFor(values: SheetValues, percentCols: Set<number>, row?: number): Lookup {
  return (r, c) => {
    const rr = row ?? r;
    const v = values.get(rr, c);
    if (v === null) return values.isEmpty(rr, c) ? { lo: 0, hi: 0 } : null;
    if (!percentCols.has(c)) return { lo: v, hi: v };
    const n = values.numeric(rr, c);
    const half = 0.5 * Math.pow(10, -decimalsOf(n, 2));
    return { lo: v - half, hi: v + half };
  };
}

/**
 * How often a column formula holds on the given rows, and on its informative rows: those where the
 * relation could fail in a telling way — a sum with two non-zero parts or more (not a copy of one
 * column), a rate or difference whose inputs are all non-zero and whose value is not trivial
 * (0, or 100 for a rate of a column over itself). A relation that holds only where it says nothing
 * (`M = N + O` with O zero on most rows) is not the table's arithmetic.
 */
export function score(
  f: ColumnFormula,
  rows: number[],
  values: SheetValues,
  percentCols: Set<number>,
): { holds: number; evaluable: number; informative: number; informativeHolds: number } {
  let holds = 0;
  let evaluable = 0;
  let informative = 0;
  let informativeHolds = 0;
  for (const r of rows) {
    const stated = values.numeric(r, f.target);
    if (!stated) continue;
    const iv = evaluate(f.expr, lookupFor(values, percentCols, r));
    if (!iv) continue;
    if (iv.lo === 0 && iv.hi === 0 && stated.value === 0) continue;
    if (f.inputs.every((c) => values.isEmpty(r, c))) continue;
    evaluable++;
    const ok = agrees(values.get(r, f.target)!, () => decimalsOf(stated), iv, f.percent);
    if (ok) holds++;
    if (isInformative(f, r, stated.value, values)) {
      informative++;
      if (ok) informativeHolds++;
    }
  }
  return { holds, evaluable, informative, informativeHolds };
}

function isInformative(f: ColumnFormula, row: number, target: number, values: SheetValues): boolean {
  const nonZero = f.inputs.filter((c) => (values.get(row, c) ?? 0) !== 0).length;
  if (f.rule === "sum-mismatch") return target !== 0 && nonZero >= 2;
  if (nonZero < f.inputs.length || target === 0) return false;
  return f.rule !== "percent-mismatch" || Math.abs(target - 100) > 1e-9;
}

/**
 * A fitted relation is believed only when it holds on enough informative rows, and on most of the
 * rows where it can be judged: a slip or two are what the checks are for. A relation the headers
 * name (disbursed / plan under `Tỷ lệ giải ngân`, start − end under `Mức giảm`) needs less support
 * than one found in the figures alone, which must hold on four rows in five.
 */
function supported(s: ReturnType<typeof score>, named: boolean): boolean {
  const [least, share] = named ? [2, 0.6] : [3, 0.8];
  return s.informativeHolds >= least && s.informativeHolds >= share * s.informative && s.holds >= share * s.evaluable;
}

/**
 * Columns a stated or announced sum ties together (`N = O + P`): a fitted relation may not mix a total
 * with one of its own parts (`M = N + O`, `P = N + O`) — such fits hold by accident, where a part is 0.
 */
function tiedTogether(announced: ColumnFormula[]): (cols: number[]) => boolean {
  const groups = announced.filter((f) => f.rule === "sum-mismatch").map((f) => ({ total: f.target, parts: new Set(f.inputs) }));
  return (cols) => groups.some((g) => cols.includes(g.total) && cols.some((c) => g.parts.has(c)));
}

/**
 * The bases a rate may be over, as the sheet offers them: one column over another, this year's plan
 * plus the funds carried over, or — where a rate covers several funding sources and no column totals
 * them — the sum of the sources' figures over the sum of their plans. Prefer the pair the headers
 * suggest; otherwise the base the figures fit best.
 */
function fitRate(
  c: RecognisedColumn,
  figures: RecognisedColumn[],
  rows: number[],
  values: SheetValues,
  appendix: boolean,
): ColumnFormula | undefined {
  const percentCols = new Set(figures.filter((x) => x.percent).map((x) => x.col));
  const candidates: RateBase[] = [];
  for (const num of figures)
    for (const den of figures) {
      if (num.col === den.col || num.col === c.col || den.col === c.col) continue;
      if (c.measure === "rate" && (num.percent || den.percent) && !(num.percent && den.percent)) continue;
      // A rate at the end of the period is of figures at the end, not at the start.
      if (c.period && [num, den].some((x) => x.period && x.period !== c.period)) continue;
      candidates.push({ nums: [num], dens: [den], bonus: affinity(c, num, den) });
    }
  const carried = figures.filter((x) => x.measure === "carried-over" && !x.percent);
  const withCarried: RateBase[] = [];
  for (const cand of candidates)
    if (cand.dens[0].measure === "plan")
      for (const extra of carried)
        if (extra.col !== cand.nums[0].col) withCarried.push({ ...cand, dens: [cand.dens[0], extra], bonus: cand.bonus + 0.5 });
  let best: { f: ColumnFormula; holds: number } | undefined;
  for (const cand of [...candidates, ...withCarried, ...sourceSums(c, figures)]) {
    const sum = (cols: RecognisedColumn[]) => (cols.length === 1 ? ref(0, cols[0].col) : sumOf(cols.map((x) => ref(0, x.col))));
    const f: ColumnFormula = {
      id: `r:${c.col}`,
      target: c.col,
      expr: rateOf(sum(cand.nums), sum(cand.dens)),
      inputs: [...cand.nums, ...cand.dens].map((x) => x.col),
      rule: "percent-mismatch",
      percent: true,
      origin: "fit",
    };
    if (!appendix && cand.bonus < NAMED) continue;
    const s = score(f, rows, values, percentCols);
    if (!supported(s, cand.bonus >= NAMED)) continue;
    // Rows where two bases agree do not tell them apart; the base that holds on more rows wins.
    const holds = s.holds + cand.bonus;
    if (!best || holds > best.holds) best = { f, holds };
  }
  return best?.f;
}

/** A rate's base: the columns its numerator and its denominator add up (one each, mostly). */
interface RateBase {
  nums: RecognisedColumn[];
  dens: RecognisedColumn[];
  bonus: number;
}

/**
 * For a rate over all funds (no source of its own), in a sheet that splits each figure by source
 * with no total column: Σ disbursed of the sources over Σ plan of the same sources. Sources that are
 * parts of another listed source (ĐTPT, SN under NSTW) are not added twice.
 */
function sourceSums(c: RecognisedColumn, figures: RecognisedColumn[]): RateBase[] {
  if (c.measure !== "rate" || (c.source && c.source !== "total")) return [];
  const bySource = (measure: RecognisedColumn["measure"]): RecognisedColumn[] | undefined => {
    const cols = figures.filter((x) => x.measure === measure && !x.percent && (!c.period || !x.period || x.period === c.period));
    // A column of the measure with no source of its own is its total.
    if (cols.some((x) => !x.source || x.source === "total")) return undefined;
    const top = cols.filter((x) => !cols.some((y) => (SOURCE_PARTS[y.source!] ?? []).includes(x.source!)));
    const distinct = new Set(top.map((x) => x.source)).size === top.length;
    return top.length >= 2 && distinct ? top : undefined;
  };
  const nums = bySource("disbursed") ?? bySource("actual");
  const dens = bySource("plan");
  if (!nums || !dens) return [];
  const same = nums.length === dens.length && nums.every((n) => dens.some((d) => d.source === n.source));
  if (!same) return [];
  // A sum of the sources is their total, which the headers' source bonus favours.
  const bonus = affinity(c, nums[0], dens[0]) + 0.5;
  return [{ nums, dens, bonus }];
}

/** An affinity this high means the headers name the pair (disbursed over plan, poor over households). */
const NAMED = 1.5;

/** How well a numerator/denominator pair matches the rate column's headers (0..3). */
function affinity(rate: RecognisedColumn, num: RecognisedColumn, den: RecognisedColumn): number {
  let a = 0;
  const group = rate.path.slice(0, -1);
  if (group.length && sameStart(num.path, group) && sameStart(den.path, group)) a += 1;
  if (rate.measure === "rate") {
    if (num.measure === "disbursed" && (den.measure === "plan" || den.measure === "carried-over")) a += 1.5;
    else if (num.measure === "actual" && (den.measure === "plan" || den.measure === "target")) a += 1.5;
    if (["poor", "near-poor", "escaped"].includes(num.measure) && den.measure === "households") a += 1.5;
    if (rate.period && num.period === rate.period) a += 1;
    if (num.source === "total" || den.source === "total") a += 0.5;
    if (rate.source && num.source === rate.source && den.source === rate.source) a += 1;
  } else if (rate.measure === "achieved") {
    // `Tỷ lệ so với kế hoạch`: what was done over what was planned or targeted.
    if ((num.measure === "decrease" || num.measure === "actual") && (den.measure === "target" || den.measure === "plan")) a += 1.5;
  }
  if (num.col < rate.col && den.col < rate.col) a += 0.25;
  return a;
}

/** A decrease (`Mức giảm`, `Tỷ lệ giảm`) is start − end of the same measure. */
function fitDifference(c: RecognisedColumn, figures: RecognisedColumn[], rows: number[], values: SheetValues, appendix: boolean): ColumnFormula | undefined {
  const percentCols = new Set(figures.filter((x) => x.percent).map((x) => x.col));
  let best: { f: ColumnFormula; holds: number } | undefined;
  for (const a of figures)
    for (const b of figures) {
      if (a.col === b.col || a.col === c.col || b.col === c.col || a.percent !== c.percent || b.percent !== c.percent) continue;
      if (a.measure === "target" || b.measure === "target" || a.measure === "decrease" || b.measure === "decrease") continue;
      const f: ColumnFormula = {
        id: `d:${c.col}`,
        target: c.col,
        expr: diffOf(ref(0, a.col), ref(0, b.col)),
        inputs: [a.col, b.col],
        rule: "difference-mismatch",
        percent: c.percent,
        origin: "fit",
      };
      const bonus = a.period === "start" && b.period === "end" ? 0.5 : 0;
      if (!appendix && !bonus) continue;
      const s = score(f, rows, values, percentCols);
      if (!supported(s, bonus > 0)) continue;
      if (!best || s.informativeHolds + bonus > best.holds) best = { f, holds: s.informativeHolds + bonus };
    }
  // `Tỷ lệ giảm (%)` of counts: the decrease relative to the start, (start − end) / start × 100.
  if (c.percent)
    for (const a of figures)
      for (const b of figures) {
        if (a.col === b.col || a.percent || b.percent || a.measure !== b.measure || a.period !== "start" || b.period !== "end") continue;
        const f: ColumnFormula = {
          id: `d:${c.col}`,
          target: c.col,
          expr: rateOf(diffOf(ref(0, a.col), ref(0, b.col)), ref(0, a.col)),
          inputs: [a.col, b.col],
          rule: "percent-mismatch",
          percent: true,
          origin: "fit",
        };
        const s = score(f, rows, values, percentCols);
        if (!supported(s, true)) continue;
        if (!best || s.informativeHolds + 0.5 > best.holds) best = { f, holds: s.informativeHolds + 0.5 };
      }
  return best?.f;
}

/**
 * A total beside its parts with no header to say so (`Số hộ | Hộ nghèo | Hộ cận nghèo | Hộ thoát
 * nghèo`): a run of 2–6 neighbouring columns, right or left of it, that the figures add up to on
 * three informative rows at least. Of the runs that hold, the one that holds on most informative
 * rows wins (a longer run that adds a column which is zero where the shorter one holds does not
 * lose to it); two different runs that hold equally well leave the total unexplained.
 */
function fitRun(
  c: RecognisedColumn,
  figures: RecognisedColumn[],
  rows: number[],
  values: SheetValues,
  mixes: (cols: number[]) => boolean,
): ColumnFormula | undefined {
  const plain = figures.filter((x) => !x.percent);
  const at = plain.findIndex((x) => x.col === c.col);
  const percentCols = new Set<number>();
  let best: { f: ColumnFormula; holds: number; fails: number } | undefined;
  let tie = false;
  for (const dir of [1, -1])
    for (let k = 2; k <= 6; k++) {
      const run = Array.from({ length: k }, (_, i) => plain[at + dir * (i + 1)]);
      if (run.some((x) => !x)) break;
      const inputs = run.map((x) => x.col);
      if (mixes([c.col, ...inputs])) continue;
      const f: ColumnFormula = {
        id: `f:${c.col}`,
        target: c.col,
        expr: sumOf(inputs.map((col) => ref(0, col))),
        inputs,
        rule: "sum-mismatch",
        percent: false,
        origin: "fit",
      };
      const s = score(f, rows, values, percentCols);
      if (!supported(s, false)) continue;
      const fails = s.evaluable - s.holds;
      if (!best || s.informativeHolds > best.holds || (s.informativeHolds === best.holds && fails < best.fails)) {
        best = { f, holds: s.informativeHolds, fails };
        tie = false;
      } else if (s.informativeHolds === best.holds && fails === best.fails && !extends_(f.inputs, best.f.inputs)) tie = true;
    }
  return tie ? undefined : best?.f;
}

/** Whether `longer` is `shorter` plus columns that changed nothing (the same run, extended). */
function extends_(longer: number[], shorter: number[]): boolean {
  return shorter.every((c) => longer.includes(c)) || longer.every((c) => shorter.includes(c));
}
