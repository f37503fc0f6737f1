/**
 * Changes: `giảm từ a xuống b, giảm c` and `giảm c (từ a xuống b)`, in figures or in percentages.
 * Also gives the decrease `a − b` a later `đạt … kế hoạch` may be about.
 */
import type { DifferenceClaim } from "./claims";
import { DOWN_TO, FROM, STATED_DOWN, STATED_DOWN_BEFORE, STATED_UP, STATED_UP_BEFORE, UP_TO } from "./cues";
import { tidy, type Passage } from "./passages";
import { derived, inheritUnit, sameKind, type Quantity } from "./quantities";

export interface Changes {
  claims: DifferenceClaim[];
  /** `b` of `từ a xuống b` → the change `a − b` (or `b − a`), as a figure. */
  byEnd: Map<Quantity, Quantity>;
}

export function changeClaims(passages: Passage[], figures: Map<Passage, Quantity[]>): Changes {
  const out: Changes = { claims: [], byEnd: new Map() };
  for (const p of passages) {
    const qs = figures.get(p) ?? [];
    for (let i = 0; i + 1 < qs.length; i++) {
      let [from, to] = [qs[i], qs[i + 1]];
      if (!FROM.test(p.folded.slice(Math.max(0, from.start - 12), from.start))) continue;
      const between = p.folded.slice(from.end, to.start);
      const down = DOWN_TO.test(between);
      if (!down && !UP_TO.test(between)) continue;
      [from, to] = [inheritUnit(from, to), inheritUnit(to, from)];
      if (!sameKind(from, to) || (down ? from.norm <= to.norm : from.norm >= to.norm)) continue;
      const change = derived(to, Math.abs(from.norm - to.norm), from.slack + to.slack);
      out.byEnd.set(qs[i + 1], change);
      const stated = statedChange(p, qs, i, down);
      if (stated) {
        const first = Math.min(stated.start, from.start);
        const last = Math.max(stated.end, to.end);
        out.claims.push({ kind: "difference", from, to, stated: inheritUnit(stated, from), span: tidy(p.text.slice(first, last)) });
      }
    }
  }
  return out;
}

/** The stated change: right after `b` (`, giảm c`) or right before `từ a` (`giảm c, từ`). */
function statedChange(p: Passage, qs: Quantity[], i: number, down: boolean): Quantity | undefined {
  const said = down ? STATED_DOWN : STATED_UP;
  const saidBefore = down ? STATED_DOWN_BEFORE : STATED_UP_BEFORE;
  const after = qs[i + 2];
  if (after && said.test(p.folded.slice(qs[i + 1].end, after.start))) return after;
  const before = qs[i - 1];
  if (before && /^[\s,(]*(?:tu|tu muc)\s*$/.test(p.folded.slice(before.end, qs[i].start))) {
    if (saidBefore.test(p.folded.slice(Math.max(0, before.start - 24), before.start))) return before;
  }
  return undefined;
}
