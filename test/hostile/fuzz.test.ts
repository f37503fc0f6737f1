/**
 * Fuzzing `soat check` (and `soat fill` from a damaged source) with the fixtures' parts damaged: XML truncated, cut or repeated,
 * values and types swapped, references moved, hostile formulas, invalid bytes, parts removed, the
 * zip's own bytes flipped. Every run must exit 0, 1 or 2 with JSON that parses and no stack trace or
 * internal error. Seeded: a failure prints the seed that reproduces it
 * (`SOAT_FUZZ_SEED=… SOAT_FUZZ_CASES=1 npx jest test/hostile/fuzz.test.ts`).
 */
import { readdirSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { main } from "../../src/cli/main";
import { EMPTY_FORM, FIXTURES, tempDir } from "./helpers";

const CASES = Number(process.env.SOAT_FUZZ_CASES ?? 500);
const FIRST_SEED = Number(process.env.SOAT_FUZZ_SEED ?? 20261201);

jest.setTimeout(600_000);

/** mulberry32: a small, well-mixed generator; one seed, one case. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

type Rnd = () => number;
const int = (rnd: Rnd, n: number) => Math.floor(rnd() * n);
const pick = <T>(rnd: Rnd, xs: readonly T[]): T => xs[int(rnd, xs.length)];

const VALUES = ["", "abc", "NaN", "Infinity", "1e999", "-0", "1.5.3", "9".repeat(40), "1,307.25", "0x1F", "-", "  ", "&amp;", "3120", "-1E-320", "TRUE", "#REF!", "12/31/2023"];
const FORMULAS = [
  "SUM(C10:C130000)",
  "SUM(A1:XFD1048576)",
  "(".repeat(300) + "1" + ")".repeat(300),
  "-".repeat(200) + "C10",
  "VLOOKUP(A1,B1:C9,2)",
  "C10/0",
  "IFERROR(C10/D10;0)",
  "SUM(",
  "Sheet2!A1+1",
  "ROUND(C10/C9*100;2)",
  "C14+C14+C14",
  "K13",
  "MAX(C1:C99999)-MIN(A1:XFD1)",
];
const REFS = ["A1", "XFD1048576", "A0", "ZZZZ1", "", "C14", "B1048577", "AA100000", "c10"];
const TYPES = ["s", "str", "n", "b", "e", "inlineStr", "d", "x"];

/** One random change to an XML part. */
function mutateXml(xml: string, rnd: Rnd): string {
  const at = int(rnd, xml.length);
  switch (int(rnd, 10)) {
    case 0: // truncated
      return xml.slice(0, at);
    case 1: {
      // a stretch cut out
      const len = 1 + int(rnd, 400);
      return xml.slice(0, at) + xml.slice(at + len);
    }
    case 2: {
      // a stretch repeated
      const len = 1 + int(rnd, 2000);
      return xml.slice(0, at + len) + xml.slice(at, at + len) + xml.slice(at + len);
    }
    case 3: {
      // a value swapped
      const vs = [...xml.matchAll(/<v>[^<]*<\/v>/g)];
      if (!vs.length) return xml;
      const m = pick(rnd, vs);
      return xml.slice(0, m.index) + `<v>${pick(rnd, VALUES)}</v>` + xml.slice(m.index! + m[0].length);
    }
    case 4: // a type swapped
      return xml.replace(/ t="[a-zA-Z]+"/g, (m) => (rnd() < 0.2 ? ` t="${pick(rnd, TYPES)}"` : m));
    case 5: // a reference moved
      return xml.replace(/ r="[A-Z]+\d+"/g, (m) => (rnd() < 0.05 ? ` r="${pick(rnd, REFS)}"` : m));
    case 6: {
      // a hostile formula put in a cell
      const cs = [...xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(\/>|>)/g)];
      if (!cs.length) return xml;
      const m = pick(rnd, cs);
      const cached = rnd() < 0.5 ? `<v>${int(rnd, 100000)}</v>` : "";
      const attrs = m[2].replace(/ t="[^"]*"/, "");
      const cell = `<c r="${m[1]}"${attrs}><f>${pick(rnd, FORMULAS)}</f>${cached}</c>`;
      const end = m[3] === "/>" ? m.index! + m[0].length : xml.indexOf("</c>", m.index) + 4;
      return end < 4 ? xml : xml.slice(0, m.index) + cell + xml.slice(end);
    }
    case 7: // invalid UTF-8 and control bytes, as a latin1 string (written back below as latin1)
      return xml.slice(0, at) + "\u00ff\u00fe\u0000\u00c3" + xml.slice(at);
    case 8: // the digits of the numbers scrambled
      return xml.replace(/<v>(\d+)<\/v>/g, (m, d: string) => (rnd() < 0.3 ? `<v>${[...d].reverse().join("")}${rnd() < 0.3 ? "000000" : ""}</v>` : m));
    default: // a shared-string index out of range
      return xml.replace(/(<c [^>]*t="s"[^>]*><v>)(\d+)(<\/v>)/g, (m, a: string, _d: string, b: string) => (rnd() < 0.2 ? `${a}${99999 + int(rnd, 9)}${b}` : m));
  }
}

/** The damaged bytes of a fixture, decided by the seed. */
async function damaged(fixture: Buffer, rnd: Rnd): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fixture);
  const parts = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const changes = 1 + int(rnd, 3);
  for (let i = 0; i < changes; i++) {
    const part = rnd() < 0.6 ? parts.find((p) => p.startsWith("xl/worksheets/")) ?? pick(rnd, parts) : pick(rnd, parts);
    if (rnd() < 0.05) {
      zip.remove(part);
      continue;
    }
    const raw = await zip.file(part)?.async("nodebuffer");
    const xml = raw?.toString("latin1");
    if (xml !== undefined) zip.file(part, Buffer.from(mutateXml(xml, rnd), "latin1"));
  }
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: rnd() < 0.5 ? "DEFLATE" : "STORE" });
  if (rnd() < 0.05) {
    // the zip's own bytes damaged
    for (let i = 0; i < 1 + int(rnd, 8); i++) bytes[int(rnd, bytes.length)] = int(rnd, 256);
  }
  return bytes;
}

test(`${CASES} damaged workbooks through check and fill: exit 0, 1 or 2, JSON that parses, no stack trace`, async () => {
  const fixtures = readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => readFileSync(join(FIXTURES, f)));
  const dir = tempDir();
  const path = join(dir, "hong.xlsx");
  const started = Date.now();
  const codes = [0, 0, 0];
  for (let i = 0; i < CASES; i++) {
    const seed = FIRST_SEED + i;
    const rnd = generator(seed);
    writeFileSync(path, await damaged(pick(rnd, fixtures), rnd));
    let out = "";
    let err = "";
    const json = rnd() < 0.85;
    const fill = ["fill", "--template", EMPTY_FORM, "--out", join(dir, "ket-qua.xlsx"), "--force", path];
    const args = rnd() < 0.15 ? (json ? [...fill, "--json"] : fill) : json ? ["check", "--json", path] : ["check", "--lang", pick(rnd, ["vi", "en"]), path];
    const code = await main(args, (s) => (out += s + "\n"), (s) => (err += s + "\n"));
    const problem =
      ![0, 1, 2].includes(code)
        ? `exit ${code}`
        : json && !parses(out)
          ? "--json output does not parse"
          : /\n\s+at .+:\d+:\d+|Unexpected error|Lỗi không mong đợi|lỗi nội bộ|failed internally|Maximum call stack/.test(out + err)
            ? `internal text: ${(out + err).slice(0, 400)}`
            : undefined;
    if (problem) throw new Error(`fuzz case failed, seed ${seed} (SOAT_FUZZ_SEED=${seed} SOAT_FUZZ_CASES=1): ${problem}`);
    codes[code]++;
  }
  process.stdout.write(`[hostile] fuzz: ${CASES} cases in ${Date.now() - started} ms, exit codes 0/1/2: ${codes.join("/")}, seeds ${FIRST_SEED}…${FIRST_SEED + CASES - 1}\n`);
});

/** `check --json` gives one file's entry; `fill --json` its result or its error. */
function parses(s: string): boolean {
  try {
    const j = JSON.parse(s);
    return (Array.isArray(j.files) && j.files.length === 1) || Array.isArray(j.writes) || typeof j.error?.vi === "string";
  } catch {
    return false;
  }
}
