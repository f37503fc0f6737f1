/** Looking a key up in every source at once: amounts and counts add up, percentages do not. */
import type { Message, Unit } from "../types";
import type { FigureKey } from "./keys";
import * as msg from "./messages";
import type { SourceTable } from "./source";

export interface Combined {
  value: number | null;
  /** Why there is no value, when there is none. */
  why?: Message;
  /** Sources that gave a value. */
  from: SourceTable[];
  /** Sources whose money figures were taken in the form's unit for want of their own. */
  unitAssumed: SourceTable[];
  /** Some figure read is a cell its source's check finds wrong. */
  suspect?: boolean;
}

export class SourceSet {
  constructor(readonly tables: SourceTable[]) {}

  /** `mark`: count the cells read as placed in the form (not when only comparing). */
  lookup(entity: string, key: FigureKey, unit: Unit | undefined, mark = true): Combined {
    const found = this.tables.map((t) => ({ t, f: t.lookup(entity, key, unit, mark) }));
    const given = found.filter((x) => x.f.value !== null);
    const unitAssumed = given.filter((x) => x.f.unitAssumed).map((x) => x.t);
    if (!given.length) {
      const why = found.some((x) => x.f.found) ? msg.emptyInSources() : this.whyMissing(entity, key);
      return { value: null, why, from: [], unitAssumed };
    }
    if (key.percent && given.length > 1) return { value: null, why: msg.notAdditive(given.length), from: [], unitAssumed };
    return {
      value: given.reduce((s, x) => s + x.f.value!, 0),
      from: given.map((x) => x.t),
      unitAssumed,
      suspect: given.some((x) => x.f.suspect),
    };
  }

  hasEntity(entity: string): boolean {
    return this.tables.some((t) => t.hasEntity(entity));
  }

  private whyMissing(entity: string, key: FigureKey): Message {
    if (!this.hasEntity(entity)) return msg.noRowInSources(entity);
    const years = new Set<number>();
    for (const t of this.tables)
      for (const f of t.figures)
        if (f.key.year !== undefined && f.key.measure === key.measure && f.key.source === key.source) years.add(f.key.year);
    if (key.year !== undefined && years.size && !years.has(key.year)) return msg.yearMismatch(key, [...years].sort());
    return msg.noColumnInSources(key);
  }
}
