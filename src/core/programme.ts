/**
 * Programmes as data: each programme's list of items (codes, names, other ways of writing them) is
 * a JSON file in `programmes/` (format in the README, "Programmes as data"). The 2021–2025
 * poverty-reduction programme (DA1–DA7) is the one whose codes rows carry; tables of programmes
 * without codes (the 2026–2035 merged programme's components and contents) are keyed by their
 * outline numbering and label path instead.
 */
import GNBV_2021_2025 from "./programmes/gnbv-2021-2025.json";
import type { ProjectCode } from "./types";

/** One item of a programme's list, as its data file writes it. */
export interface ProgrammeItem {
  code: ProjectCode;
  name: string;
  /** Other names rows give the item (matched like the name: the label starts with it). */
  aliases?: string[];
  items?: ProgrammeItem[];
}

export interface ProgrammeList {
  id: string;
  name: string;
  decision?: string;
  years?: [number, number];
  items: ProgrammeItem[];
}

export interface Project {
  code: ProjectCode;
  name: string;
  aliases: string[];
  subprojects: { code: ProjectCode; name: string; aliases: string[] }[];
}

/** Checks a programme's data file: every item has a code and a name, codes are unique, sub-items are coded under their item. */
export function programmeOf(data: unknown): ProgrammeList {
  const p = data as ProgrammeList;
  const problem = (what: string) => new Error(`Programme list ${p?.id ?? "?"}: ${what}`);
  if (!p || typeof p.id !== "string" || typeof p.name !== "string" || !Array.isArray(p.items)) throw problem("needs id, name and items");
  const seen = new Set<string>();
  const check = (items: ProgrammeItem[], parent?: string) => {
    for (const it of items) {
      if (typeof it.code !== "string" || typeof it.name !== "string" || !it.name.trim()) throw problem("every item needs a code and a name");
      if (seen.has(it.code)) throw problem(`code ${it.code} is listed twice`);
      if (parent && !it.code.startsWith(parent + ".")) throw problem(`${it.code} is not coded under ${parent}`);
      seen.add(it.code);
      if (it.aliases && !it.aliases.every((a) => typeof a === "string")) throw problem(`aliases of ${it.code} must be text`);
      check(it.items ?? [], it.code);
    }
  };
  check(p.items);
  return p;
}

function projectsOf(list: ProgrammeList): Project[] {
  return list.items.map((p) => ({
    code: p.code,
    name: p.name,
    aliases: p.aliases ?? [],
    subprojects: (p.items ?? []).map((s) => ({ code: s.code, name: s.name, aliases: s.aliases ?? [] })),
  }));
}

/** The programmes Soát knows. */
export const PROGRAMMES: ProgrammeList[] = [programmeOf(GNBV_2021_2025)];

/** The 2021–2025 programme's projects and sub-projects, as Quyết định 90/QĐ-TTg names them. */
export const PROGRAMME: Project[] = projectsOf(PROGRAMMES[0]);
