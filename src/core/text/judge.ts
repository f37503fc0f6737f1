/**
 * Judging claims with the sheets' rules: a stated figure is right when the true value, within what
 * the digits shown allow, rounds OR truncates to it.
 */
import { ownDecimals, roundTo, UNIT_FACTOR } from "../numbers";
import type { Finding } from "../types";
import type { Claim, DifferenceClaim, RateClaim, ShareSumClaim, SumClaim } from "./claims";
import { differenceMessage, rateMessage, shareSumMessage, sumMessage } from "./messages";
import type { Quantity } from "./quantities";

const EPS = 1e-9;

/** `stated`, shown with `decimals` decimals, is what some value in [lo, hi] rounds or truncates to. */
export function accepts(stated: number, decimals: number, lo: number, hi: number): boolean {
  const h = Math.pow(10, -decimals) / 2;
  const eps = EPS * Math.max(1, Math.abs(stated));
  return hi >= stated - h - eps && lo < stated + 2 * h - eps;
}

/** The range of part / whole × 100 given how the two were rounded. */
function rateRange(part: Quantity, whole: Quantity): [number, number] {
  const lo = (Math.max(0, part.norm - part.slack) / (whole.norm + whole.slack)) * 100;
  const hi = (part.norm + part.slack) / Math.max(EPS, whole.norm - whole.slack) * 100;
  return [lo, hi];
}

export function judge(claim: Claim, sheet: string): Finding | undefined {
  switch (claim.kind) {
    case "rate":
      return judgeRate(claim, sheet);
    case "sum":
      return judgeSum(claim, sheet);
    case "difference":
      return judgeDifference(claim, sheet);
    case "share-sum":
      return judgeShareSum(claim, sheet);
  }
}

function judgeRate(c: RateClaim, sheet: string): Finding | undefined {
  const s = c.stated;
  const holds = (part: Quantity, whole: Quantity) => accepts(s.value, s.decimals, ...rateRange(part, whole));
  if (holds(c.part, c.whole) || c.readings.some((r) => holds(r.part, r.whole))) return undefined;
  const range = rateRange(c.part, c.whole);
  const scale = accepts(s.value * 100, Math.max(0, s.decimals - 2), ...range)
    ? "fraction"
    : accepts(s.value / 100, s.decimals + 2, ...range)
      ? "hundredfold"
      : undefined;
  const expected = roundTo((c.part.norm / c.whole.norm) * 100, scale === "fraction" ? Math.max(2, s.decimals - 2) : Math.max(s.decimals, 2));
  return {
    sheet,
    line: s.line,
    span: c.span,
    rule: scale ? "percent-scale" : "percent-mismatch",
    severity: "error",
    stated: s.value,
    expected,
    message: rateMessage(s, c.part, c.whole, expected, scale, c.wholeEarlier),
    related: [],
  };
}

function judgeSum(c: SumClaim, sheet: string): Finding | undefined {
  const sum = c.parts.reduce((t, q) => t + q.norm, 0);
  const slack = c.parts.reduce((t, q) => t + q.slack, c.whole.slack) + EPS * Math.max(1, Math.abs(sum));
  const over = sum - c.whole.norm;
  if (c.complete ? Math.abs(over) <= slack : over <= slack) return undefined;
  const factor = unitFactor(c.whole);
  const decimals = Math.max(c.whole.decimals, Math.min(3, ownDecimals(roundTo(sum / factor, 6))));
  const expected = roundTo(sum / factor, decimals);
  return {
    sheet,
    line: c.whole.line,
    span: c.span,
    rule: "sum-mismatch",
    severity: "error",
    stated: c.whole.value,
    expected,
    message: sumMessage(c.whole, c.parts, expected, c.complete, decimals),
    related: [],
  };
}

function judgeDifference(c: DifferenceClaim, sheet: string): Finding | undefined {
  const { from, to, stated } = c;
  const gap = Math.abs(from.norm - to.norm);
  const gapSlack = from.slack + to.slack;
  const absolute = stated.dim === from.dim && (stated.dim !== "count" || stated.noun === from.noun);
  const relative = stated.dim === "percent";
  const factor = unitFactor(stated);
  const absoluteHolds = absolute && accepts(stated.value, stated.decimals, (gap - gapSlack) / factor, (gap + gapSlack) / factor);
  const relLo = (Math.max(0, gap - gapSlack) / (from.norm + from.slack)) * 100;
  const relHi = ((gap + gapSlack) / Math.max(EPS, from.norm - from.slack)) * 100;
  const relativeHolds = relative && accepts(stated.value, stated.decimals, relLo, relHi);
  if ((!absolute && !relative) || absoluteHolds || relativeHolds) return undefined;
  const asRelative = !absolute;
  const expected = roundTo(asRelative ? (gap / from.norm) * 100 : gap / factor, Math.max(stated.decimals, 2));
  return {
    sheet,
    line: stated.line,
    span: c.span,
    rule: "difference-mismatch",
    severity: "error",
    stated: stated.value,
    expected,
    message: differenceMessage(from, to, stated, expected, asRelative),
    related: [],
  };
}

function judgeShareSum(c: ShareSumClaim, sheet: string): Finding | undefined {
  const sum = c.shares.reduce((t, q) => t + q.value, 0);
  const h = c.shares.reduce((t, q) => t + Math.pow(10, -q.decimals) / 2, 0);
  if (100 >= sum - h - EPS && 100 <= sum + 2 * h + EPS) return undefined;
  const decimals = Math.max(...c.shares.map((q) => q.decimals));
  return {
    sheet,
    line: c.shares[0].line,
    span: c.span,
    rule: "share-sum",
    severity: "error",
    stated: roundTo(sum, decimals),
    expected: 100,
    message: shareSumMessage(c.shares, sum, decimals),
    related: [],
  };
}

function unitFactor(q: Quantity): number {
  return q.unit ? UNIT_FACTOR[q.unit] : 1;
}
