/** What a sentence of a report asserts about its figures, in a form that can be checked. */
import type { Quantity } from "./quantities";

/** `A/B … đạt C%`, `A … chiếm C%` of a base, `đạt C% kế hoạch`. */
export interface RateClaim {
  kind: "rate";
  stated: Quantity;
  part: Quantity;
  whole: Quantity;
  /** Other readings of the sentence; the claim holds if any of them gives the stated rate. */
  readings: { part: Quantity; whole: Quantity }[];
  /** The whole was stated in an earlier sentence. */
  wholeEarlier: boolean;
  span: string;
}

/** `X, trong đó A, B`, `X (A; B; C)`, `X gồm: A …, B …`, a footnote breakdown. */
export interface SumClaim {
  kind: "sum";
  whole: Quantity;
  parts: Quantity[];
  /** The parts are all of the whole; otherwise they may be some of it, and only exceeding it is wrong. */
  complete: boolean;
  span: string;
}

/** `giảm từ a xuống b, giảm c`. */
export interface DifferenceClaim {
  kind: "difference";
  from: Quantity;
  to: Quantity;
  stated: Quantity;
  span: string;
}

/** Shares of one whole, listed as all of it: they add up to 100%. */
export interface ShareSumClaim {
  kind: "share-sum";
  shares: Quantity[];
  span: string;
}

export type Claim = RateClaim | SumClaim | DifferenceClaim | ShareSumClaim;
