/** Cell-by-cell differences between two grids of one workbook (the exceljs reading and Soát's own). */
import type { Cell, WorkbookGrid } from "../../src/core/grid";
import { address } from "../../src/core/grid";

const show = (c: Cell | null | undefined) => (c ? JSON.stringify({ v: c.value, f: c.formula, e: c.error, n: c.format }) : "∅");

export function gridDiff(a: WorkbookGrid, b: WorkbookGrid, max = 20): string[] {
  const out: string[] = [];
  const push = (s: string) => out.length < max && out.push(s);
  if (a.sheets.length !== b.sheets.length) push(`sheets: ${a.sheets.map((s) => s.name)} vs ${b.sheets.map((s) => s.name)}`);
  for (let i = 0; i < Math.min(a.sheets.length, b.sheets.length); i++) {
    const x = a.sheets[i];
    const y = b.sheets[i];
    if (x.name !== y.name) push(`sheet ${i}: name ${x.name} vs ${y.name}`);
    if (x.rowCount !== y.rowCount || x.colCount !== y.colCount) push(`${x.name}: size ${x.rowCount}×${x.colCount} vs ${y.rowCount}×${y.colCount}`);
    const merges = (s: typeof x) => s.merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`).sort().join(" ");
    if (merges(x) !== merges(y)) push(`${x.name}: merges differ`);
    const rows = Math.max(x.cells.length, y.cells.length);
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(x.cells[r]?.length ?? 0, y.cells[r]?.length ?? 0);
      for (let c = 0; c < cols; c++) {
        const p = x.cells[r]?.[c];
        const q = y.cells[r]?.[c];
        if (show(p) !== show(q)) push(`${x.name}!${address(r, c)}: ${show(p)} vs ${show(q)}`);
      }
    }
  }
  return out;
}
