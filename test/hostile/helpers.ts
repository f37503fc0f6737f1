/**
 * Shared by the hostile-input suites: the built CLI run in a child process with a 1 GB heap,
 * its wall-clock time and peak memory measured, hard ceilings enforced by killing it, and the
 * inputs' hashes compared before and after.
 */
import { execFileSync, spawn } from "child_process";
import { createHash } from "crypto";
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { dirname, join } from "path";

export const ROOT = join(__dirname, "..", "..");
export const FIXTURES = join(ROOT, "test", "fixtures");
export const SAMPLE = join(FIXTURES, "giai-ngan-huyen-mau-2023.xlsx");
export const EMPTY_FORM = join(FIXTURES, "mau-bieu-01-trong.xlsx");
export const REPORT = join(FIXTURES, "bao-cao-mau.txt");
const BIN = join(ROOT, "bin", "soat.js");
const BUILT = join(ROOT, "build", "src", "cli", "main.js");

export const HEAP_MB = 1024;

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "soat-hostile-"));
}

export const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** The newest modification time under a folder. */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const stale = () => {
  try {
    return newest(join(ROOT, "src")) > statSync(BUILT).mtimeMs;
  } catch {
    return true; // not built yet
  }
};

/**
 * Rebuilds the CLI when a source is newer than the build, so the child runs this tree's code; one
 * suite builds at a time (a lock file), the others wait for it.
 */
export function ensureBuilt(): void {
  const lock = join(ROOT, "build", ".hostile-build.lock");
  mkdirSync(dirname(lock), { recursive: true });
  for (const started = Date.now(); stale(); ) {
    try {
      closeSync(openSync(lock, "wx"));
    } catch {
      if (Date.now() - started > 120_000) rmSync(lock, { force: true }); // left by a killed run
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
      continue;
    }
    try {
      if (stale()) execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(ROOT, "tsconfig.cli.json")], { cwd: ROOT });
    } finally {
      unlinkSync(lock);
    }
  }
}

/** Preloaded into the child: writes its peak resident memory (KB) to SOAT_RSS_FILE on exit. */
const RSS_HOOK = join(tempDir(), "rss-hook.js");
writeFileSync(
  RSS_HOOK,
  `process.on("exit", () => require("fs").writeFileSync(process.env.SOAT_RSS_FILE, String(process.resourceUsage().maxRSS)));\n`,
);

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  peakMb: number;
}

/**
 * Runs `node --max-old-space-size=1024 bin/soat.js …args` and kills it at `ceilingMs`. Prints the
 * measured time and memory with `label`, so a slow run shows its figures in the log.
 */
export function runBuilt(label: string, args: string[], ceilingMs = 60_000): Promise<Run> {
  const rssFile = join(tempDir(), "rss");
  const started = Date.now();
  const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, "--require", RSS_HOOK, BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, SOAT_RSS_FILE: rssFile },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
  child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
  const timer = setTimeout(() => child.kill("SIGKILL"), ceilingMs);
  return new Promise((resolve) =>
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const ms = Date.now() - started;
      let peakMb = NaN;
      try {
        peakMb = Math.round(Number(readFileSync(rssFile, "utf8")) / 1024);
      } catch {
        // killed before it could write
      }
      process.stdout.write(`[hostile] ${label}: exit ${code ?? signal}, ${ms} ms, peak RSS ${peakMb} MB\n`);
      resolve({ code, signal, stdout, stderr, ms, peakMb });
    }),
  );
}

/** What every hostile run must show: no stack trace, no library's own text, no "Unexpected error". */
export function expectNoInternals(text: string): void {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(text).not.toMatch(/Unexpected error|Lỗi không mong đợi|Maximum call stack|EISDIR|ENOENT|EACCES|heap out of memory|TypeError|RangeError/);
}

/** Asserts a bounded run: finished by itself, within memory, under its ceiling. */
export function expectBounded(r: Run, ceilingMs: number): void {
  expect(r.signal).toBeNull();
  expect(r.ms).toBeLessThan(ceilingMs);
  if (!Number.isNaN(r.peakMb)) expect(r.peakMb).toBeLessThan(HEAP_MB);
  expectNoInternals(r.stdout + r.stderr);
}
