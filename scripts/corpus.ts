/**
 * `npm run corpus -- DIR [--list]`: checks every workbook under DIR (as `soat check` would) and
 * prints, per file, the counts by severity and rule and each sheet's tables and kinds; with --list,
 * every finding too. The last line is a JSON summary (totals, per file, per rule).
 * A tool for measuring precision on real workbooks: it never writes to DIR.
 */
import { readdirSync, statSync } from "fs";
import { join, relative } from "path";
import { analyzeWorkbook } from "../src/core/analyze";
import { readWorkbook } from "../src/cli/readXlsx";
import type { Finding } from "../src/core/types";

const WORKBOOK = /\.(xlsx|xlsm|xls|ods)$/i;

function workbooksUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) out.push(...workbooksUnder(p));
    else if (s.isFile() && WORKBOOK.test(name)) out.push(p);
  }
  return out;
}

interface FileSummary {
  file: string;
  errors: number;
  warnings: number;
  rules: Record<string, number>;
  tables: { sheet: string; kind: string; range?: string; unit?: string }[];
  refused?: string;
}

function countRules(findings: Finding[]): Record<string, number> {
  const rules: Record<string, number> = {};
  for (const f of findings) rules[`${f.severity}:${f.rule}`] = (rules[`${f.severity}:${f.rule}`] ?? 0) + 1;
  return rules;
}

async function run(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith("-"));
  const list = args.includes("--list");
  if (!dir) {
    process.stderr.write("Cách dùng / Usage: npm run corpus -- DIR [--list]\n");
    process.exitCode = 2;
    return;
  }
  const files: FileSummary[] = [];
  for (const path of workbooksUnder(dir)) {
    const file = relative(dir, path);
    let summary: FileSummary;
    try {
      const analysis = analyzeWorkbook(await readWorkbook(path));
      const tables = analysis.sheets.flatMap((s) =>
        (s.tables ?? []).map((t) => ({ sheet: s.name, kind: t.kind, range: t.range, unit: t.unit })),
      );
      summary = {
        file,
        errors: analysis.findings.filter((f) => f.severity === "error").length,
        warnings: analysis.findings.filter((f) => f.severity === "warning").length,
        rules: countRules(analysis.findings),
        tables,
      };
      const shown = Object.entries(summary.rules).map(([k, n]) => `${k}=${n}`).join(" ");
      process.stdout.write(`${file}: ${summary.errors} lỗi/errors, ${summary.warnings} cảnh báo/warnings ${shown}\n`);
      for (const t of tables) process.stdout.write(`    ${t.sheet} ${t.range ?? ""} ${t.kind}${t.unit ? " " + t.unit : ""}\n`);
      if (list)
        for (const f of analysis.findings)
          process.stdout.write(`    ${f.severity} ${f.sheet}!${f.cell} [${f.rule}] ${JSON.stringify(f.stated)} → ${JSON.stringify(f.expected)} ${f.message.en}\n`);
    } catch (e) {
      const text = (e as { text?: { en: string } }).text?.en ?? (e as Error).message;
      summary = { file, errors: 0, warnings: 0, rules: {}, tables: [], refused: text };
      process.stdout.write(`${file}: REFUSED ${text}\n`);
    }
    files.push(summary);
  }
  const rules: Record<string, number> = {};
  for (const f of files) for (const [k, n] of Object.entries(f.rules)) rules[k] = (rules[k] ?? 0) + n;
  const total = {
    files: files.length,
    refused: files.filter((f) => f.refused).length,
    errors: files.reduce((a, f) => a + f.errors, 0),
    warnings: files.reduce((a, f) => a + f.warnings, 0),
    tables: files.reduce((a, f) => a + f.tables.filter((t) => t.kind !== "other").length, 0),
  };
  process.stdout.write(`${JSON.stringify({ total, rules, files: files.map(({ file, errors, warnings, refused }) => ({ file, errors, warnings, ...(refused ? { refused } : {}) })) })}\n`);
}

run().catch((e) => {
  process.stderr.write(`Lỗi không mong đợi / Unexpected error: ${(e as Error).message}\n`);
  process.exitCode = 2;
});
