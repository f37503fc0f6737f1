/**
 * Repeated warnings said once: the same warning on neighbouring cells of one row (`B14:E14`, four
 * `SUM`s that skip row 6) or of one column (`R9:R34`, a column of `#DIV/0!`) becomes one finding for
 * the run, worded by its first cell, with the others as related cells. Likewise one row's total that
 * disagrees with the same rows under it in neighbouring columns, where no fix can be told (`E28:L28`,
 * a total of 7 over a breakdown adding to 10, in each of eight columns). Fixes stay one a cell.
 */
import { address, parseAddress } from "../grid";
import type { Finding, RuleId } from "../types";
import * as msg from "./messages";

const GROUPED = new Set<RuleId>(["sum-range-gap", "hardcoded-total", "cell-error"]);

export function groupRepeated(findings: Finding[]): Finding[] {
  const out: Finding[] = [];
  const groupable = (f: Finding) => GROUPED.has(f.rule) && f.severity === "warning" && !f.fix && !f.fixes && f.cell;
  const rowTotal = (f: Finding) => f.rule === "sum-mismatch" && f.severity === "error" && !f.fix && !f.fixes && !!f.cell && f.related.length > 0;
  for (const f of findings) if (!groupable(f) && !rowTotal(f)) out.push(f);
  // Rows first (a total row's columns), then what is left by columns.
  const left = mergeRuns(findings.filter(groupable), "row", out);
  for (const f of mergeRuns(left, "col", out)) out.push(f);
  for (const f of mergeRuns(findings.filter(rowTotal), "row", out, partRows)) out.push(f);
  return out;
}

/** The rows a total's parts stand on: totals of one row over the same rows are one failure. */
function partRows(f: Finding): string {
  return [...new Set(f.related.map((c) => parseAddress(c)?.row))].sort().join(",");
}

/** Merges runs along rows or columns into `out`; returns the findings that stand alone. */
function mergeRuns(findings: Finding[], along: "row" | "col", out: Finding[], alike: (f: Finding) => string = () => ""): Finding[] {
  const at = (f: Finding) => parseAddress(f.cell!)!;
  const key = (f: Finding) =>
    `${f.sheet}\u0000${f.rule}\u0000${typeof f.stated === "string" ? f.stated : ""}\u0000${along === "row" ? at(f).row : at(f).col}\u0000${alike(f)}`;
  const step = (f: Finding) => (along === "row" ? at(f).col : at(f).row);
  const byLine = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = key(f);
    if (!byLine.has(k)) byLine.set(k, []);
    byLine.get(k)!.push(f);
  }
  const left: Finding[] = [];
  for (const line of byLine.values()) {
    line.sort((a, b) => step(a) - step(b));
    let run: Finding[] = [];
    const flush = () => {
      if (run.length === 1) left.push(run[0]);
      else if (run.length > 1) out.push(asOne(run));
      run = [];
    };
    for (const f of line) {
      if (run.length && step(f) !== step(run[run.length - 1]) + 1) flush();
      run.push(f);
    }
    flush();
  }
  return left;
}

function asOne(run: Finding[]): Finding {
  const first = run[0];
  const p = parseAddress(first.cell!)!;
  const q = parseAddress(run[run.length - 1].cell!)!;
  const range = `${address(p.row, p.col)}:${address(q.row, q.col)}`;
  const related = [...new Set([...run.slice(1).map((f) => f.cell!), ...run.flatMap((f) => f.related)])];
  const message = first.severity === "error" ? msg.repeatedError(range, run.length, first.message) : msg.repeated(range, run.length, first.message);
  return { ...first, range, related, message };
}
