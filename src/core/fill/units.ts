/** Money units between a source and a form, and writing figures without binary noise. */
import { UNIT_FACTOR, roundTo } from "../numbers";
import type { Unit } from "../types";

/** The factor that turns an amount in `from` into `to` (đồng → triệu đồng: 1e-6); 1 when either is unknown. */
export function unitFactor(from: Unit | undefined, to: Unit | undefined): number {
  if (!from || !to || from === to) return 1;
  return UNIT_FACTOR[from] / UNIT_FACTOR[to];
}

/** Decimals an amount in `unit` can carry down to one đồng (triệu đồng: 6). */
export function unitDecimals(unit: Unit | undefined): number | undefined {
  return unit ? Math.round(Math.log10(UNIT_FACTOR[unit])) : undefined;
}

/** Rounds to `decimals` (or 15 significant digits): 0.1 + 0.2 is written 0.3, 1.338216e9 đồng as 1338.216 triệu. */
export function clean(x: number, decimals?: number): number {
  if (decimals !== undefined && Math.abs(x) * Math.pow(10, decimals) < 2 ** 52) return roundTo(x, decimals) + 0;
  return Number(x.toPrecision(15)) + 0;
}
