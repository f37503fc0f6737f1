/** When a stated figure agrees with the value recomputed from its inputs. */
import type { Interval } from "./expr";
import { roundTo, truncateTo } from "./numbers";

const EPS = 1e-9;

/**
 * A rate agrees when what it shows equals the true value rounded or truncated to the decimals
 * shown (65,42% for 65,428…%); an amount agrees within half a unit of its last shown decimal.
 * `iv` is the recomputed value, widened by the rounding of inputs that are themselves rates;
 * the decimals shown may be given lazily, as most figures agree exactly.
 */
export function agrees(stated: number, shownDecimals: number | (() => number), iv: Interval, percent: boolean): boolean {
  const scale = Math.max(1, Math.abs(stated), Math.abs(iv.hi));
  if (stated >= iv.lo - EPS * scale && stated <= iv.hi + EPS * scale) return true;
  const decimals = typeof shownDecimals === "number" ? shownDecimals : shownDecimals();
  if (percent) {
    const shown = roundTo(stated, decimals);
    const step = Math.pow(10, -decimals);
    return shown >= truncateTo(iv.lo, decimals) - step * 1e-6 && shown <= roundTo(iv.hi, decimals) + step * 1e-6;
  }
  const half = 0.5 * Math.pow(10, -decimals);
  return stated >= iv.lo - half - EPS * scale && stated <= iv.hi + half + EPS * scale;
}
