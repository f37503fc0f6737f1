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
  /** Two files of one unit give different figures for the key: neither is taken. */
  conflict?: boolean;
  /** No source has the figure at all (no such column or row), as opposed to leaving it empty. */
  absent?: boolean;
}

export class SourceSet {
  /** `labelOf`: how the form writes an entity's row, for messages. */
  constructor(
    readonly tables: SourceTable[],
    private readonly labelOf: (entity: string) => string | undefined = () => undefined,
  ) {}

  /** `mark`: count the cells read as placed in the form (not when only comparing). */
  lookup(entity: string, key: FigureKey, unit: Unit | undefined, mark = true): Combined {
    const found = this.tables.map((t) => ({ t, f: t.lookup(entity, key, unit, mark) }));
    const given = sentOnce(found.filter((x) => x.f.value !== null));
    if (!given) {
      const files = found.filter((x) => x.f.value !== null && x.t.ownUnit).map((x) => x.t.source);
      return { value: null, why: msg.filesDiffer(files), from: [], unitAssumed: [], conflict: true };
    }
    // A source that splits the row's parent into rows the form has not has this row's figure in them, unknown.
    const unknown = found.filter((x) => !x.f.found && this.splitOtherwise(x.t, entity)).map((x) => x.t.source);
    if (unknown.length) return { value: null, why: msg.rowWordedOtherwise(unknown), from: [], unitAssumed: [] };
    const unitAssumed = given.filter((x) => x.f.unitAssumed).map((x) => x.t);
    if (!given.length) {
      const absent = !found.some((x) => x.f.found);
      return { value: null, why: absent ? this.whyMissing(entity, key) : msg.emptyInSources(), from: [], unitAssumed, absent };
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

  /**
   * The source lacks the entity but has its parent, split into rows of which one at least is not a
   * row of the form (worded otherwise): the entity's figure may be in that row.
   */
  private splitOtherwise(t: SourceTable, entity: string): boolean {
    const item = /^item:(.+)>[^>]+$/.exec(entity);
    const code = /^(DA\d)\.\d$/.exec(entity);
    const parent = item ? item[1] : code ? code[1] : undefined;
    if (parent === undefined || !t.hasEntity(parent)) return false;
    const own = t.resolve(parent)!;
    const prefix = item ? `item:${own}>` : `${own}.`;
    return t.entities().some((e) => e.startsWith(prefix) && !e.slice(prefix.length).includes(">") && !t.aliased.has(e) && this.labelOf(e) === undefined);
  }

  private whyMissing(entity: string, key: FigureKey): Message {
    if (!this.hasEntity(entity)) return msg.noRowInSources(entity, this.labelOf(entity));
    const years = new Set<number>();
    for (const t of this.tables)
      for (const f of t.figures)
        if (f.key.year !== undefined && f.key.measure === key.measure && f.key.source === key.source) years.add(f.key.year);
    if (key.year !== undefined && years.size && !years.has(key.year)) return msg.yearMismatch(key, [...years].sort());
    return msg.noColumnInSources(key);
  }
}

/**
 * One figure per unit: files that report for the same unit (`UBND XÃ HÒA BÌNH` sent twice) count
 * once when they agree; undefined when they disagree, since which file is right is not known.
 */
function sentOnce<T extends { t: SourceTable; f: { value: number | null } }>(given: T[]): T[] | undefined {
  const seen = new Map<string, T>();
  const out: T[] = [];
  for (const x of given) {
    const unit = x.t.ownUnit?.entity;
    const first = unit !== undefined ? seen.get(unit) : undefined;
    if (!first) {
      if (unit !== undefined) seen.set(unit, x);
      out.push(x);
    } else if (Math.abs(first.f.value! - x.f.value!) > 1e-9 * Math.max(1, Math.abs(x.f.value!))) return undefined;
  }
  return out;
}
