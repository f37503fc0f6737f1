/**
 * Properties of the fixes (issue 8): over generated appendices with planted slips and over the
 * fixtures, applying any finding's fix makes that finding go, creates no new error elsewhere, and
 * never touches an identifier; and a consistent table draws no error at all.
 */
import fc from "fast-check";
import { readdirSync } from "fs";
import { join } from "path";
import { analyzeWorkbook } from "../../src/core";
import { readWorkbook } from "../../src/cli/readXlsx";
import { brokenFixes, consistentArb, oneSlipArb, show, slippedArb, untrueFixes } from "../helpers/fixes";

/**
 * A fixed seed, so that CI judges the same cases every run; `SOAT_PROPERTY_SEED` explores others
 * (a failure prints its seed and the table, to be kept as a unit test once mended).
 */
const SEED = Number(process.env.SOAT_PROPERTY_SEED ?? 20261201);

test("applying a fix on a generated appendix makes its finding go and breaks nothing else", () => {
  const counts = { cases: 0, fixes: 0, findings: 0 };
  fc.assert(
    fc.property(slippedArb, (c) => {
      counts.cases++;
      const before = analyzeWorkbook(c.wb);
      counts.findings += before.findings.length;
      const problems = brokenFixes(c.wb, before, counts, new Set(c.planted.map((p) => p.cell)));
      if (problems.length) throw new Error(problems.join("\n"));
    }),
    { numRuns: 200, seed: SEED },
  );
  console.log(`fixes on generated appendices: ${counts.cases} cases, ${counts.findings} findings, ${counts.fixes} fixes checked`);
});

test("with one slip planted, a fix writes the true value, and only into the slipped cell", () => {
  const counts = { cases: 0, fixes: 0 };
  fc.assert(
    fc.property(oneSlipArb, (c) => {
      counts.cases++;
      const a = analyzeWorkbook(c.wb);
      counts.fixes += a.findings.filter((f) => f.fix || f.fixes).length;
      const problems = untrueFixes(c, a);
      if (problems.length) throw new Error(problems.join("\n"));
    }),
    { numRuns: 200, seed: SEED },
  );
  console.log(`one-slip appendices: ${counts.cases} cases, ${counts.fixes} fixes checked against the true table`);
});

test("a consistent generated appendix draws no error", () => {
  let cases = 0;
  fc.assert(
    fc.property(consistentArb, (c) => {
      cases++;
      const errors = analyzeWorkbook(c.wb).findings.filter((f) => f.severity === "error");
      if (errors.length) throw new Error(errors.map(show).join("\n"));
    }),
    { numRuns: 300, seed: 8 },
  );
  console.log(`consistent generated appendices: ${cases} checked`);
});

test("applying a fix on a fixture makes its finding go and breaks nothing else", async () => {
  const dir = join(__dirname, "../fixtures");
  const counts = { fixes: 0 };
  const problems: string[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith(".xlsx"));
  for (const file of files) {
    const wb = await readWorkbook(join(dir, file));
    problems.push(...brokenFixes(wb, analyzeWorkbook(wb), counts).map((p) => `${file}: ${p}`));
  }
  console.log(`fixes on the fixtures: ${files.length} workbooks, ${counts.fixes} fixes checked`);
  expect(problems).toEqual([]);
  expect(counts.fixes).toBeGreaterThan(0);
});
