/**
 * Items of a programme without codes (the 2026–2035 programme's components and contents) are
 * keyed by their label path, and sources word the labels differently (`Quy hoạch và hạ tầng thiết
 * yếu` / `Quy hoạch, hạ tầng thiết yếu`; `Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo` / `Hỗ trợ nhà
 * ở`). Under parents already matched, a form item and a source item whose words agree are the same
 * item — but only when each is the other's one candidate among its siblings.
 */
import { fold } from "../tables/labels";

/** Words that carry no meaning of their own in an item's name. */
const FILLER = new Set(["va", "cho", "cac", "trong", "cua", "tai", "voi", "gan", "ve", "nhung", "mot"]);

function words(name: string): Set<string> {
  return new Set(fold(name).split(/[^a-z0-9]+/).filter((w) => w && !FILLER.has(w)));
}

/** The share of the shorter name's words the other has; 0 for names of fewer than two words. */
export function likeness(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size < 2 || y.size < 2) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared < 2 ? 0 : shared / Math.min(x.size, y.size);
}

const ALIKE = 0.75;

const depth = (e: string) => e.split(">").length;
function parentOf(e: string): string {
  const at = e.lastIndexOf(">");
  return at < 0 ? "" : e.slice(5, at);
}
function nameOf(e: string): string {
  const at = e.lastIndexOf(">");
  return at < 0 ? e.slice(5) : e.slice(at + 1);
}
const child = (parent: string, name: string) => `item:${parent ? parent + ">" : ""}${name}`;

/**
 * The source entity of each form item the source words differently: `form` are the form's item
 * entities, `source` the source's entities (items and others), `has` tells whether the source has an entity.
 */
export function matchItems(form: string[], source: string[], has: (e: string) => boolean): Map<string, string> {
  const map = new Map<string, string>();
  const parentIn = (p: string): string | undefined => (p === "" || has(p) ? p : map.get(p));
  const items = form.filter((e) => e.startsWith("item:") && !has(e)).sort((a, b) => depth(a) - depth(b));
  const groups = new Map<string, string[]>();
  for (const e of items) groups.set(parentOf(e), [...(groups.get(parentOf(e)) ?? []), e]);
  const taken = new Set(form.filter(has));
  for (const d of [...new Set(items.map(depth))]) {
    for (const [p, group] of groups) {
      if (depth(group[0]) !== d) continue;
      const sp = parentIn(p);
      if (sp === undefined) continue;
      const open = group.filter((e) => {
        const same = child(sp, nameOf(e));
        if (!has(same)) return true;
        map.set(e, same);
        taken.add(same);
        return false;
      });
      const siblings = source.filter((e) => e.startsWith("item:") && parentOf(e) === sp && !taken.has(e));
      const candidates = (among: string[], of: string) => among.filter((x) => likeness(nameOf(x), of) >= ALIKE);
      for (const e of open) {
        const mine = candidates(siblings, nameOf(e));
        if (mine.length !== 1) continue;
        const back = candidates(open, nameOf(mine[0]));
        if (back.length === 1 && back[0] === e) {
          map.set(e, mine[0]);
          taken.add(mine[0]);
        }
      }
    }
  }
  return map;
}
