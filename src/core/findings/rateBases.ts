/** Notes saying which base a table's rates were found to be over, where the sheet offers more than one. */
import { columnName } from "../grid";
import type { Expr } from "../expr";
import type { ColumnFormula } from "../relations/relations";
import type { Message, RecognisedTable } from "../types";

export function rateBaseNotes(table: RecognisedTable, formulas: ColumnFormula[]): Message[] {
  const carried = new Set(table.columns.filter((c) => c.measure === "carried-over").map((c) => c.col));
  const notes: Message[] = [];
  for (const f of formulas) {
    if (f.rule !== "percent-mismatch") continue;
    const rate = columnName(f.target);
    const ratio = f.expr.op === "*" && f.expr.a.op === "/" ? f.expr.a : undefined;
    if (carried.size)
      notes.push(
        f.inputs.some((c) => carried.has(c))
          ? { vi: `Tỷ lệ cột ${rate} tính trên kế hoạch năm cộng vốn năm trước chuyển sang`, en: `The rate in column ${rate} is over the year's plan plus funds carried over` }
          : { vi: `Tỷ lệ cột ${rate} tính trên kế hoạch năm (không gồm vốn năm trước chuyển sang)`, en: `The rate in column ${rate} is over the year's plan alone (without funds carried over)` },
      );
    else if (f.origin === "fit" && ratio?.a.op === "sum") {
      const base = `(${columns(ratio.a)}) / (${columns(ratio.b)})`;
      notes.push({
        vi: `Tỷ lệ cột ${rate} tính trên tổng các nguồn, vì biểu không có cột tổng: ${base}`,
        en: `The rate in column ${rate} is over all sources together, as the sheet has no total column: ${base}`,
      });
    }
  }
  return notes;
}

function columns(e: Expr): string {
  if (e.op === "ref") return columnName(e.col);
  return e.op === "sum" ? e.items.map(columns).join(" + ") : "";
}
