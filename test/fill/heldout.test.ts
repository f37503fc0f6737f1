/**
 * `soat fill` on forms and sources of layouts it was not written for (test/fill/heldout.ts): every
 * figure cell of each filled form is compared with what it must be, the filled file is checked by
 * `soat check`, and every message is read for glitches. The score of each case is printed.
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { analyzeWorkbook } from "../../src/core/analyze";
import { fold } from "../../src/core/tables/labels";
import { readWorkbook } from "../../src/cli/readXlsx";
import { CASES, type Book, type Case } from "./heldout";
import { cell, cli, tempDir, writeRows } from "./helpers";

interface Score {
  name: string;
  expected: number;
  correct: number;
  wrong: string[];
  missing: string[];
  findings: string[];
  glitches: string[];
  unsaid: string[];
  labels: string[];
  messages: string[];
}

/** Wording faults: a doubled word, an empty count, a value that leaked from the code. */
const GLITCH = /(?<!\p{L})(\p{L}+) \1(?!\p{L})|\bundefined\b|\bNaN\b|\[object|\bnull\b|cho 0 ô|for 0 cells|"",|  /u;

async function write(dir: string, b: Book): Promise<string> {
  return writeRows(join(dir, b.file), b.sheet, b.rows, b.merges ?? []);
}

async function run(c: Case): Promise<Score> {
  const dir = tempDir();
  const form = await write(dir, c.form);
  const sources: string[] = [];
  for (const s of c.sources) sources.push(await write(dir, s));
  const out = join(dir, "ket-qua.xlsx");
  const { output } = await cli(["--template", form, "--out", out, "--json", ...sources]);
  const result = JSON.parse(output);
  const score: Score = { name: c.name, expected: 0, correct: 0, wrong: [], missing: [], findings: [], glitches: [], unsaid: [], labels: [], messages: [] };
  if (result.error) {
    score.messages.push(result.error.vi);
    score.expected = Object.values(c.expect).filter((v) => v !== null).length;
    return score;
  }
  const wb = await readWorkbook(out);
  const sheet = wb.sheets.findIndex((s) => s.name === c.form.sheet);
  for (const [address, want] of Object.entries(c.expect)) {
    const got = cell(wb, address, sheet);
    const tolerance = c.rates.includes(address.replace(/\d+/, "")) ? 0.005 + 1e-9 : 1e-9 * Math.max(1, Math.abs(want ?? 0));
    if (want === null) {
      if (got !== null && got !== "") score.wrong.push(`${address}=${got} (must stay empty)`);
      continue;
    }
    score.expected++;
    if (typeof got === "number" && Math.abs(got - want) <= tolerance) score.correct++;
    else if (got === null || got === "") score.missing.push(address);
    else score.wrong.push(`${address}=${got} (≠ ${want})`);
  }
  for (const w of result.writes as { cell: string; kind: string }[])
    if (w.kind !== "label" && !(w.cell in c.expect)) score.wrong.push(`${w.cell} written, not a figure cell of the form`);
  for (const [address, label] of Object.entries(c.labels ?? {}))
    if (fold(String(cell(wb, address, sheet) ?? "")) !== fold(label)) score.labels.push(`${address}=${cell(wb, address, sheet)} (≠ ${label})`);
  const findings = analyzeWorkbook(wb).findings.filter((f) => f.sheet === c.form.sheet);
  score.findings = findings.map((f) => `${f.cell} ${f.rule} ${f.stated}→${f.expected}`);
  const messages: { vi: string; en: string }[] = [
    ...result.notes.map((n: { message: { vi: string; en: string } }) => n.message),
    ...result.skipped.map((s: { reason: { vi: string; en: string } }) => s.reason),
    ...result.unplaced.map((u: { reason: { vi: string; en: string } }) => u.reason),
  ];
  for (const m of messages) {
    score.messages.push(`${m.vi}  |  ${m.en}`);
    for (const text of [m.vi, m.en]) if (GLITCH.test(text)) score.glitches.push(text);
  }
  const all = messages.map((m) => m.vi).join("\n") + "\n" + result.sourceErrors.map((e: { source: string }) => e.source).join("\n");
  for (const w of c.says ?? []) if (!all.includes(w)) score.unsaid.push(w);
  return score;
}

const scores: Score[] = [];

afterAll(() => {
  const expected = scores.reduce((s, x) => s + x.expected, 0);
  const correct = scores.reduce((s, x) => s + x.correct, 0);
  const lines = scores.map(
    (s) =>
      `${s.name}: ${s.correct}/${s.expected} right, ${s.wrong.length} wrong, ${s.findings.length} findings, ${s.glitches.length} glitches, ${s.unsaid.length + s.labels.length} unsaid/labels`,
  );
  const total = `held-out forms: ${correct}/${expected} cells right, ${scores.reduce((s, x) => s + x.wrong.length, 0)} wrong, ${scores.reduce((s, x) => s + x.findings.length, 0)} findings on filled forms, ${scores.reduce((s, x) => s + x.glitches.length, 0)} glitches`;
  console.log([...lines, total].join("\n"));
  if (process.env.SOAT_HELDOUT_LOG) writeFileSync(process.env.SOAT_HELDOUT_LOG, JSON.stringify(scores, null, 2));
});

describe.each(CASES)("$name", (c) => {
  it(`fills every figure right, checks clean, says what it must (${c.what})`, async () => {
    const s = await run(c);
    scores.push(s);
    expect({ wrong: s.wrong, missing: s.missing, labels: s.labels, glitches: s.glitches, unsaid: s.unsaid }).toEqual({ wrong: [], missing: [], labels: [], glitches: [], unsaid: [] });
    if (!c.sourceFaults) expect(s.findings).toEqual([]);
    expect(s.correct).toBe(s.expected);
  });
});
