/**
 * Checking fixes: write a finding's fix(es) into a copy of the grid, analyse again, and say what
 * broke — the finding still there, a new error elsewhere, an identifier overwritten — and, where the
 * true table is known, whether a fix writes anything but the true value.
 */
import fc from "fast-check";
import { analyzeWorkbook, type Analysis, type Finding } from "../../src/core";
import { cellAt, parseAddress, setCell, type SheetGrid, type WorkbookGrid } from "../../src/core/grid";
import { build, plant, showRows, slipArb, disbursementArb, targetArb, toSheet, type Planted, type Slip, type Spec } from "./generated";

export const SHEET = "Phu luc";

/** The cells a finding's fix(es) write, with their values. */
const fixesOf = (f: Finding) => f.fixes ?? (f.fix ? [f.fix] : []);
const errorCells = (a: Analysis, sheet: string) => new Set(a.findings.filter((f) => f.severity === "error" && f.sheet === sheet && f.cell).map((f) => f.cell!));
export const show = (f: Finding) => `${f.cell}:${f.rule}(${f.severity}) stated ${f.stated} expected ${f.expected}`;

/** The workbook with the fixes written into a copy of the sheet (a fix keeps the cell's format and drops any formula). */
function applied(wb: WorkbookGrid, sheetName: string, fixes: { cell: string; value: number }[]): WorkbookGrid {
  return {
    sheets: wb.sheets.map((s) => {
      if (s.name !== sheetName) return s;
      const copy: SheetGrid = { ...s, cells: s.cells.map((r) => (r ? [...r] : r)) };
      for (const x of fixes) {
        const p = parseAddress(x.cell)!;
        const old = cellAt(copy, p.row, p.col);
        setCell(copy, p.row, p.col, { value: x.value, ...(old?.format && old.format !== "@" ? { format: old.format } : {}) });
      }
      return copy;
    }),
  };
}

/** A cell that holds an identifier: zero-led text, or in a column headed Mã…, …mã số…, CCCD. */
function isIdentifier(sheet: SheetGrid, cell: string): boolean {
  const p = parseAddress(cell)!;
  const v = cellAt(sheet, p.row, p.col)?.value;
  if (typeof v === "string" && /^0\d/.test(v.trim())) return true;
  for (let r = 0; r < p.row; r++) {
    const h = cellAt(sheet, r, p.col)?.value;
    if (typeof h === "string" && /^\s*mã|mã số|cccd/i.test(h)) return true;
  }
  return false;
}

/**
 * What is wrong with the fixes of one analysis: one line per broken promise. `slipped`: cells
 * known to hold a planted slip — an error that shows there once another slip is mended is a true
 * finding, not damage done by the fix.
 */
export function brokenFixes(wb: WorkbookGrid, before: Analysis, counts: { fixes: number }, slipped = new Set<string>()): string[] {
  const problems: string[] = [];
  for (const f of before.findings) {
    const fixes = fixesOf(f);
    if (!fixes.length) continue;
    counts.fixes++;
    const sheet = wb.sheets.find((s) => s.name === f.sheet)!;
    for (const x of fixes) if (isIdentifier(sheet, x.cell)) problems.push(`${show(f)}: its fix writes ${x.value} over the identifier ${x.cell}`);
    const after = analyzeWorkbook(applied(wb, f.sheet, fixes));
    const touched = new Set([f.cell, ...fixes.map((x) => x.cell)]);
    const left = after.findings.filter((g) => g.sheet === f.sheet && g.cell && touched.has(g.cell) && (g.severity === "error" || g.rule === f.rule));
    for (const g of left) problems.push(`${show(f)} fixed with ${fixes.map((x) => `${x.cell}=${x.value}`).join(", ")}: still ${show(g)}`);
    const had = errorCells(before, f.sheet);
    const fresh = after.findings.filter((g) => g.severity === "error" && g.sheet === f.sheet && g.cell && !had.has(g.cell) && !touched.has(g.cell) && !slipped.has(g.cell));
    for (const g of fresh) problems.push(`${show(f)} fixed with ${fixes.map((x) => `${x.cell}=${x.value}`).join(", ")}: new ${show(g)}`);
  }
  return problems;
}

/** A generated case, printed as the table a reader can paste into a unit test. */
export interface Case {
  spec: Spec;
  rows: ReturnType<typeof plant>["rows"];
  /** The rows before the slips were planted. */
  truth: ReturnType<typeof plant>["rows"];
  planted: Planted[];
  formats: Map<string, string>;
  wb: WorkbookGrid;
}

export function caseOf(spec: Spec, slips: Slip[]): Case {
  const b = build(spec);
  const { rows, planted } = plant(b, slips);
  const c: Case = { spec, rows, truth: b.rows, planted, formats: b.formats, wb: { sheets: [toSheet(SHEET, rows, b)] } };
  Object.defineProperty(c, fc.toStringMethod, {
    value: () => `\nslips: ${JSON.stringify(planted)}\nrows: ${showRows(rows, b.formats)}\n`,
  });
  return c;
}

export const tableArb = fc.oneof(disbursementArb as fc.Arbitrary<Spec>, targetArb as fc.Arbitrary<Spec>);
export const oneSlipArb = fc.tuple(tableArb, slipArb).map(([spec, slip]) => caseOf(spec, [slip]));
export const slippedArb = fc.tuple(tableArb, fc.array(slipArb, { minLength: 0, maxLength: 3 })).map(([spec, slips]) => caseOf(spec, slips));
export const consistentArb = tableArb.map((spec) => caseOf(spec, []));


/**
 * Fixes that write something else than the true value: a slipped cell set to a value other than
 * the one the slip replaced (a count must come back whole, a rate at its decimals); and, on a table
 * with a total row, where every single slip breaks relations that point at its cell, a correct
 * figure overwritten. (Without a total row a slipped plan may meet only its rate, and which of the
 * two is wrong is unknowable: there the general property's "no new error" is the guard.)
 */
export function untrueFixes(c: Case, a: Analysis): string[] {
  const out: string[] = [];
  const attributable = c.spec.totalAt !== "none";
  for (const f of a.findings)
    for (const x of fixesOf(f)) {
      const p = parseAddress(x.cell)!;
      const truth = c.truth[p.row]?.[p.col];
      const slipped = c.planted.some((s) => s.cell === x.cell);
      if (!slipped && !attributable) continue;
      const tolerance = c.formats.get(x.cell)?.includes("%") ? 1e-4 : typeof truth === "number" && !Number.isInteger(truth) ? 0.01 : 0;
      const ok = typeof truth === "number" && Math.abs(x.value - truth) <= Math.max(tolerance, 1e-9 * Math.abs(truth));
      if (!ok) out.push(`${show(f)}: fix ${x.cell}=${x.value} but the ${slipped ? "slipped" : "correct, untouched"} cell's true value is ${truth}`);
    }
  return out;
}
