/**
 * From broken relations to the cells that broke them. One wrong cell (a sub-project amount typed in
 * đồng) breaks its row total, its project total and the rate beside it: the cell whose corrected
 * value mends all of its broken relations and breaks none of its sound ones is reported once, as
 * the cause, with the others as consequences.
 */
import { evaluate, evaluatePoint, solveFor } from "../expr";
import type { Instance, Pos, RelationSet } from "./instances";
import { lookupFor } from "./relations";
import { roundTo } from "../numbers";
import { decimalsOf } from "../values";
import { cellAt } from "../grid";
import { formulaReferences } from "../formula";

export interface Cause {
  cell: Pos;
  stated: number;
  /** The value that mends the relations. */
  value: number;
  /** The broken relations it mends. */
  mends: Instance[];
  /** The relation it is the target of, when there is one: the one a message explains. */
  own?: Instance;
  /**
   * The value is not established, so no fix is proposed: the rates it was solved back through admit
   * neighbouring values too (150 households over a rate of 5% could be 2.990 to 3.010), or another
   * cell would mend as much for as good a reason (a total and one of its parts, when nothing else
   * tells which of them was mistyped).
   */
  uncertain?: boolean;
}

/** Broken relations no single cell explains: reported at their target, as computed. */
export interface Unexplained {
  inst: Instance;
  stated: number;
  computed: number;
}

const MAX_ROUNDS = 200;

export function findCauses(set: RelationSet, percentCols: Set<number>): { causes: Cause[]; unexplained: Unexplained[] } {
  const values = set.values;
  const causes: Cause[] = [];
  const unexplained: Unexplained[] = [];
  // Slips far apart do not interact: search each cluster of failures that share cells on its own.
  // A total stands in many failing relations: its precedents are walked once.
  const walked = new Map<number, Pos[]>();
  const linked = (p: Pos) => {
    const k = values.key(p.row, p.col);
    let out = walked.get(k);
    if (!out) walked.set(k, (out = precedents(values, p)));
    return out;
  };
  for (const cluster of clusters(set.failing, (p) => values.key(p.row, p.col), linked)) {
    let open = cluster;
    const named = new Set<number>();
    for (let round = 0; round < MAX_ROUNDS; round++) {
      open = open.filter((i) => set.status(i) === "fail");
      if (!open.length) break;
      const best = bestCause(set, open, percentCols, named);
      if (!best) break;
      named.add(values.key(best.cell.row, best.cell.col));
      values.overrides.set(values.key(best.cell.row, best.cell.col), best.value);
      causes.push(best);
    }
    for (const inst of open.filter((i) => set.status(i) === "fail")) {
      const iv = evaluate(inst.expr, lookupFor(values, percentCols));
      const stated = values.get(inst.target.row, inst.target.col);
      if (iv && stated !== null) unexplained.push({ inst, stated, computed: (iv.lo + iv.hi) / 2 });
    }
  }
  values.overrides.clear();
  return { causes, unexplained };
}

/** The cell whose corrected value mends the most broken relations of the cluster. */
function bestCause(set: RelationSet, open: Instance[], percentCols: Set<number>, named: Set<number>): Candidate | undefined {
  // How many open failures each cell takes part in: a value worked out from a cell that is itself
  // under suspicion is worth less than one worked out from sound cells.
  const suspicion = new Map<number, number>();
  for (const inst of open)
    // A cell twice in one relation (`(a − b) / a`) is still one failure's suspect.
    for (const k of new Set([inst.target, ...inst.inputs].map((p) => set.values.key(p.row, p.col)))) suspicion.set(k, (suspicion.get(k) ?? 0) + 1);
  const seen = new Set<number>();
  const candidates: Candidate[] = [];
  let best: Candidate | undefined;
  for (const inst of open)
    for (const cell of [inst.target, ...inst.inputs]) {
      const k = set.values.key(cell.row, cell.col);
      if (seen.has(k) || named.has(k)) continue;
      seen.add(k);
      const c = tryCause(set, cell, percentCols, suspicion);
      if (!c) continue;
      candidates.push(c);
      if (!best || c.score > best.score || (c.score === best.score && prefer(c, best))) best = c;
    }
  if (best && candidates.some((c) => c !== best && c.score === best!.score && asLikely(c, best!))) best.uncertain = true;
  return best;
}

/** Two candidates that only the convention (a total before its parts, the upper cell first) tells apart. */
function asLikely(a: Candidate, b: Candidate): boolean {
  return a.deviant === b.deviant && a.tainted === b.tainted && a.scaled === b.scaled && a.exact === b.exact && a.copied === b.copied;
}

/**
 * The cells a formula cell is computed from, and theirs (three levels, a few hundred cells at
 * most): a slip under a formula total moves every total computed from it, so their failures are
 * searched together (a SUM that skips a row breaks the grand total's row two levels up).
 */
function precedents(values: RelationSet["values"], p: Pos): Pos[] {
  const out: Pos[] = [];
  const seen = new Set<number>();
  let frontier = [p];
  for (let depth = 0; depth < 3 && frontier.length && out.length < MAX_PRECEDENTS; depth++) {
    const next: Pos[] = [];
    for (const q of frontier) {
      const formula = cellAt(values.sheet, q.row, q.col)?.formula;
      if (!formula) continue;
      for (const r of formulaReferences(formula) ?? [])
        for (let row = r.top; row <= r.bottom && out.length < MAX_PRECEDENTS; row++)
          for (let col = r.left; col <= r.right && out.length < MAX_PRECEDENTS; col++) {
            const k = values.key(row, col);
            if (seen.has(k)) continue;
            seen.add(k);
            out.push({ row, col });
            next.push({ row, col });
          }
    }
    frontier = next;
  }
  return out;
}

const MAX_PRECEDENTS = 400;

/** Groups failing relations that share a cell, or a cell and the cells a formula computes it from (union-find over cell keys). */
function clusters(failing: Instance[], key: (p: Pos) => number, links: (p: Pos) => Pos[]): Instance[][] {
  const parent = new Map<number, number>();
  const find = (k: number): number => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  for (const inst of failing) {
    const cells = [inst.target, ...inst.inputs];
    const keys = [...cells, ...cells.flatMap(links)].map(key);
    for (const k of keys) if (!parent.has(k)) parent.set(k, k);
    for (const k of keys.slice(1)) parent.set(find(k), find(keys[0]));
  }
  const groups = new Map<number, Instance[]>();
  for (const inst of failing) {
    const root = find(key(inst.target));
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(inst);
  }
  return [...groups.values()];
}

/**
 * Between two cells that mend as much: a formula out of place among its column's; the one whose
 * value was worked out from sound cells, then
 * from an exact sum rather than back through a rounded rate; then the one whose slip has a known
 * shape — a unit (the value is 10³ⁿ times what mends), a value copied from the row above or
 * below — then the total of its relation rather than one of its parts.
 */
function prefer(a: Candidate, b: Candidate): boolean {
  if (a.deviant !== b.deviant) return a.deviant;
  if (a.tainted !== b.tainted) return !a.tainted;
  if (a.scaled !== b.scaled) return a.scaled;
  if (a.exact !== b.exact) return a.exact;
  if (a.copied !== b.copied) return a.copied;
  if (!!a.own !== !!b.own) return !!a.own;
  return a.cell.row < b.cell.row || (a.cell.row === b.cell.row && a.cell.col < b.cell.col);
}

type Candidate = Cause & { score: number; scaled: boolean; copied: boolean; tainted: boolean; exact: boolean; deviant: boolean };

/** A value that would mend a relation, and what it was worked out from. */
interface Proposal {
  value: number;
  /** From a sum or difference, not solved back through a rounded rate. */
  exact: boolean;
  /** Worked out from a cell that is itself in another open failure. */
  tainted: boolean;
}

const SCALES = [1e3, 1e6, 1e9, 1e-3, 1e-6];

function tryCause(set: RelationSet, cell: Pos, percentCols: Set<number>, suspicion: Map<number, number>): Candidate | undefined {
  const values = set.values;
  const stated = values.get(cell.row, cell.col);
  if (stated === null) return undefined;
  const rels = set.at(cell);
  const broken: Instance[] = [];
  const sound: Instance[] = [];
  for (const r of rels) {
    const s = set.status(r);
    if (s === "fail") broken.push(r);
    else if (s === "hold") sound.push(r);
  }
  if (!broken.length) return undefined;
  const own = broken.find((r) => r.target.row === cell.row && r.target.col === cell.col);
  const point = (r: number, c: number) => values.get(r, c);
  const self = values.key(cell.row, cell.col);
  const tainted = (r: Instance) =>
    [r.target, ...r.inputs].some((p) => {
      const k = values.key(p.row, p.col);
      return k !== self && (suspicion.get(k) ?? 0) > 1;
    });
  const percentCell = percentCols.has(cell.col);
  const column = columnShape(set, cell.col);
  const textNumber = !!values.numeric(cell.row, cell.col)?.fromText;
  const proposals: Proposal[] = [];
  // Its own relation's value first: on a tie it is the exact one (a sum, not a rate solved back).
  broken.sort((a, b) => (a === own ? -1 : b === own ? 1 : 0));
  for (const r of broken) {
    let x: number | undefined;
    if (r === own) {
      const iv = evaluate(r.expr, lookupFor(values, percentCols));
      if (iv) x = (iv.lo + iv.hi) / 2;
    } else {
      const t = values.get(r.target.row, r.target.col);
      x = t === null ? undefined : solveFor(r.expr, t, cell, point);
    }
    if (x === undefined || !Number.isFinite(x)) continue;
    const exact = !r.percent || (r === own && percentCell);
    // An amount solved back through a rounded rate is only as precise as the column's figures.
    if (!percentCell && !exact) x = roundTo(x, column.decimals);
    if (Math.abs(x - stated) <= 1e-9 * Math.max(1, Math.abs(stated))) continue;
    // In a column that holds no negative numbers, no figure is mended by turning its sign, nor
    // zeroed on the word of a rate or of cells under suspicion themselves.
    const suspect = tainted(r);
    if (column.nonNegative && (x < 0 || (x === 0 && stated > 0 && (!exact || suspect)))) continue;
    // A number stored as text is mended by converting it, never by zeroing it.
    if (x === 0 && textNumber) continue;
    proposals.push({ value: x, exact, tainted: suspect });
  }
  if (!proposals.length) return undefined;
  // An amount in the wrong unit is exactly 10³ⁿ times the right one: try those values first, so
  // that the exact one wins over a value solved back through a rounded rate.
  // (Not below 0,01: nobody types such an amount, and a tiny value vanishes into any sum.)
  // Only where some proposal is near one: otherwise no unit slip is in sight.
  const scaled: Proposal[] = percentCell
    ? []
    : SCALES.map((s) => stated / s)
        .filter((v) => Math.abs(v) >= 0.01 && proposals.some((p) => Math.abs(p.value - v) <= 0.01 * Math.abs(v)))
        .map((v) => ({ value: v, exact: true, tainted: false }));
  const above = values.get(cell.row - 1, cell.col);
  const below = values.get(cell.row + 1, cell.col);
  // A distinctive figure (not a small count like 2) equal to its neighbour's: copied from the next row.
  const copied = (Math.abs(stated) >= 100 || !Number.isInteger(stated)) && (stated === above || stated === below);
  let best: Candidate | undefined;
  for (const p of [...scaled, ...unique(proposals)]) {
    const { mends, breaks } = trying(values, self, p.value, () => ({
      mends: broken.filter((r) => set.status(r) === "hold"),
      breaks: sound.filter((r) => set.status(r) === "fail").length,
    }));
    const isScaled = scaled.includes(p);
    // A unit slip undone makes its sums exact, not just within rounding (600 → 0,0006 "mends"
    // nothing), or — with only rates to go by — makes a rate agree at a value of some size.
    const exactly_ = !isScaled || mends.some((r) => !r.percent && exactly(values, r, self, p.value)) || (mends.every((r) => r.percent) && Math.abs(p.value) >= 1);
    if (!mends.length || breaks || !exactly_) continue;
    const c: Candidate = { cell, stated, value: p.value, mends, own, score: mends.length, scaled: isScaled, copied, tainted: p.tainted, exact: p.exact, deviant: !!own?.deviant };
    if (!best || mends.length > best.mends.length || (mends.length === best.mends.length && prefer(c, best) && c.tainted !== best.tainted)) best = c;
  }
  if (best && !best.exact && !best.scaled && !percentCell) {
    const step = Math.pow(10, -column.decimals);
    const alsoMends = (v: number) => trying(values, self, v, () => best!.mends.every((r) => set.status(r) === "hold"));
    best.uncertain = alsoMends(best.value - step) || alsoMends(best.value + step);
  }
  return best;
}

type ColumnShape = { decimals: number; nonNegative: boolean };

/** Column shapes worked out once per relation set (the figures as stated; tried values aside). */
const SHAPES = new WeakMap<RelationSet, Map<number, ColumnShape>>();

/** What a column's figures are like: how many decimals they carry, and whether any is negative. */
function columnShape(set: RelationSet, col: number): ColumnShape {
  let known = SHAPES.get(set);
  if (!known) SHAPES.set(set, (known = new Map()));
  let shape = known.get(col);
  if (!shape) known.set(col, (shape = readShape(set, col)));
  return shape;
}

function readShape(set: RelationSet, col: number): ColumnShape {
  let decimals = 0;
  let nonNegative = true;
  for (const r of set.rows()) {
    const n = set.values.numeric(r, col);
    if (!n) continue;
    if (n.value < 0) nonNegative = false;
    decimals = Math.max(decimals, Math.min(4, decimalsOf(n)));
  }
  return { decimals, nonNegative };
}

/** Whether a relation holds to the last bit with `value` tried at `key`. */
function exactly(values: RelationSet["values"], inst: Instance, key: number, value: number): boolean {
  return trying(values, key, value, () => {
    const t = values.get(inst.target.row, inst.target.col);
    const v = evaluatePoint(inst.expr, (r, c) => values.get(r, c) ?? 0);
    return t !== null && Math.abs(t - v) <= 1e-9 * Math.max(1, Math.abs(t));
  });
}

/** `look` with `value` tried at `key`; whatever stood there before (a cause found earlier) comes back. */
function trying<T>(values: RelationSet["values"], key: number, value: number, look: () => T): T {
  const before = values.overrides.get(key);
  values.overrides.set(key, value);
  try {
    return look();
  } finally {
    if (before === undefined) values.overrides.delete(key);
    else values.overrides.set(key, before);
  }
}

/** Proposals of one value once, with the better of their origins. */
function unique(xs: Proposal[]): Proposal[] {
  const out: Proposal[] = [];
  for (const x of xs) {
    const same = out.find((y) => Math.abs(x.value - y.value) <= 1e-9 * Math.max(1, Math.abs(x.value)));
    if (!same) out.push({ ...x });
    else {
      same.exact ||= x.exact;
      same.tainted &&= x.tainted;
    }
  }
  return out;
}
