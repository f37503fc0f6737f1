/**
 * A large --json through a real pipe arrives whole: the CLI sets its exit code and lets stdout
 * drain instead of exiting right after writing (which cut the output at the pipe's 64 KiB).
 */
import { execFileSync } from "child_process";
import { readFileSync, statSync } from "fs";
import { join } from "path";
import { buildDisbursement, programmeLines, writeXlsx } from "../helpers/appendix";
import { ensureBuilt, ROOT, sha256, tempDir } from "./helpers";

jest.setTimeout(180_000);
beforeAll(ensureBuilt);

/**
 * 120 district sheets whose figures are typed as text on every other row: one number-as-text
 * warning per figure (a run of such cells in a column would be one finding).
 */
async function manyFindings(): Promise<string> {
  const sheets = [];
  for (let i = 1; i <= 120; i++) {
    const s = buildDisbursement(programmeLines([2023], i), {}, `Huyen ${i}`);
    s.rows = s.rows.map((row, r) => (r < 9 || r % 2 ? row : row.map((v) => (typeof v === "number" ? v.toLocaleString("de-DE") : v))));
    sheets.push(s);
  }
  return writeXlsx(sheets, "nhieu-canh-bao.xlsx");
}

test("soat check BIG.xlsx --json | wc -c equals the size written to a file, and the bytes match", async () => {
  const big = await manyFindings();
  const before = sha256(big);
  const file = join(tempDir(), "out.json");
  const bin = join(ROOT, "bin", "soat.js");
  const sh = (script: string) => execFileSync("bash", ["-c", script], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26, env: { ...process.env, BIN: bin, BIG: big, FILE: file } });
  const started = Date.now();
  const toFile = sh(`node "$BIN" check "$BIG" --json > "$FILE"; echo $?`).trim();
  const piped = sh(`node "$BIN" check "$BIG" --json | wc -c; echo "\${PIPESTATUS[0]}"`).trim().split(/\s+/);
  const pipedSha = sh(`node "$BIN" check "$BIG" --json | sha256sum`).split(" ")[0];
  const headErr = sh(`node "$BIN" check "$BIG" --json 2>"$FILE.err" | head -c 1000 >/dev/null; cat "$FILE.err"`);
  const size = statSync(file).size;
  process.stdout.write(`[hostile] --json of ${size} bytes through a pipe: ${piped[0]} bytes, ${Date.now() - started} ms for three runs\n`);
  expect(size).toBeGreaterThan(3 * 1024 * 1024);
  expect(Number(piped[0])).toBe(size);
  expect(pipedSha).toBe(sha256(file));
  expect(toFile).toBe("0"); // warnings only
  expect(piped[1]).toBe("0");
  const json = JSON.parse(readFileSync(file, "utf8"));
  expect(json.files[0].sheets).toHaveLength(120);
  expect(json.files[0].findings.length).toBeGreaterThan(5000);
  expect(headErr).toBe(""); // a reader that stops early: no EPIPE, no stack trace
  expect(sha256(big)).toBe(before);
});
