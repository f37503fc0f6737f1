/** Recognising a sheet: its header, columns, rows, unit, and whether it is a disbursement or a target appendix. */
import { address, cellAt, type SheetGrid } from "../grid";
import { findHeader } from "./header";
import { isFigure, recogniseColumns } from "./columns";
import { readColumnContents } from "./contents";
import { findBody, recogniseRows } from "./rows";
import { unitInText } from "../numbers";
import type { Message, RecognisedTable, SheetKind, SheetReport, TableReport, Unit } from "../types";
import { labelText, SheetValues } from "../values";
import { fold } from "./labels";

const MONEY = new Set(["plan", "carried-over", "disbursed"]);
const PEOPLE = new Set(["households", "people", "poor", "near-poor", "escaped"]);

/** The unit stated in the title lines above the header (`Đơn vị tính: triệu đồng`). */
function sheetUnit(sheet: SheetGrid, headerTop: number): Unit | undefined {
  for (let r = 0; r <= headerTop; r++)
    for (let c = 0; c < sheet.colCount; c++) {
      const t = labelText(sheet, r, c);
      if (t && /đ|d/i.test(t)) {
        const u = unitInText(t);
        if (u && (/đơn vị|đvt/i.test(t) || r < headerTop)) return u;
      }
    }
  return undefined;
}

export interface Recognition {
  report: SheetReport;
  values: SheetValues;
}

export function recognizeSheet(sheet: SheetGrid): SheetReport {
  return recognise(sheet).report;
}

export function recognise(sheet: SheetGrid): Recognition {
  const values = new SheetValues(sheet);
  const header = findHeader(sheet);
  const none = (reason: Message): Recognition => ({
    report: { name: sheet.name, tables: [], kind: "other", confidence: 0, reasons: [reason] },
    values,
  });
  if (!header) return none({ vi: "Không tìm thấy dòng tiêu đề cột", en: "No column header found" });
  const unit = sheetUnit(sheet, header.top);
  const columns = recogniseColumns(header, sheet.colCount, unit);
  const firstRow = (header.numberRow?.row ?? header.bottom) + 1;
  const body = findBody(sheet, firstRow, columns);
  if (!body) return none({ vi: "Không xác định được cột nội dung", en: "No row-label column found" });
  const rows = recogniseRows(sheet, body, values, columns);
  readColumnContents(sheet, columns, rows);
  const table: RecognisedTable = {
    headerTop: header.top,
    headerBottom: header.bottom,
    numberRow: header.numberRow?.row,
    dataTop: body.dataTop,
    dataBottom: body.dataBottom,
    labelCol: body.labelCol,
    sttCol: body.sttCol,
    columns,
    rows,
    unit,
  };
  const { kind, confidence, reasons } = classify(table);
  const dataCols = columns.filter(isFigure);
  // A form is empty when no figure is typed in: its own formulas (totals, rates) do not count.
  const empty = rows.every((r) => dataCols.every((c) => values.isEmpty(r.row, c.col) || !!cellAt(sheet, r.row, c.col)?.formula));
  const sheetUnitOrColumns = unit ?? columns.find((c) => c.unit)?.unit;
  const report: SheetReport = { name: sheet.name, tables: [], kind, confidence, unit: sheetUnitOrColumns, reasons, table, empty };
  report.tables.push(tableReport(report, table));
  return { report, values };
}

/** The table's own report; its reasons are the sheet report's, so notes added later show in both. */
function tableReport(r: SheetReport, t: RecognisedTable): TableReport {
  const cols = t.columns.map((c) => c.col);
  const range = `${address(t.headerTop, Math.min(...cols))}:${address(Math.max(t.dataBottom, t.headerBottom), Math.max(...cols))}`;
  return { range, kind: r.kind, confidence: r.confidence, unit: r.unit, reasons: r.reasons, table: t, ...(r.empty ? { empty: true } : {}) };
}

function classify(table: RecognisedTable): { kind: SheetKind; confidence: number; reasons: Message[] } {
  const reasons: Message[] = [];
  let money = 0;
  let people = 0;
  const measures = new Set(table.columns.map((c) => c.measure));
  // A column headed by a funding source alone (`Ngân sách trung ương | Ngân sách địa phương`) is money too.
  const moneyCols = table.columns.filter((c) => MONEY.has(c.measure) || (c.measure === "amount" && c.source && c.source !== "total")).length;
  const peopleCols = table.columns.filter((c) => PEOPLE.has(c.measure)).length;
  if (moneyCols) {
    money += Math.min(3, moneyCols);
    reasons.push({ vi: `${moneyCols} cột kế hoạch vốn/giải ngân`, en: `${moneyCols} plan/disbursement columns` });
  }
  if (measures.has("plan") && measures.has("disbursed")) money += 2;
  const codes = table.rows.filter((r) => r.code).length;
  // Rows that name projects or communes support columns of figures; alone (a list of codes and
  // names) they make no appendix.
  const figures = moneyCols + peopleCols + table.columns.filter((c) => ["target", "achieved", "decrease", "actual", "rate"].includes(c.measure)).length;
  if (codes && figures) {
    money += Math.min(3, codes / 2);
    reasons.push({ vi: `${codes} dòng dự án/tiểu dự án`, en: `${codes} project/sub-project rows` });
  }
  const unit = table.unit ?? table.columns.find((c) => c.unit)?.unit;
  if (unit) {
    money += 1;
    reasons.push({ vi: `đơn vị tính tiền: ${unit}`, en: `money unit: ${unit}` });
    // `Kế hoạch | Thực hiện` in money: executed funds.
    if (measures.has("plan") && measures.has("actual")) money += 2;
  }
  if (peopleCols) {
    people += Math.min(4, peopleCols);
    reasons.push({ vi: `${peopleCols} cột số hộ/hộ nghèo`, en: `${peopleCols} household/poverty columns` });
  }
  const units = table.rows.filter((r) => r.kind === "unit").length;
  if (units && figures) {
    people += Math.min(3, units / 2);
    reasons.push({ vi: `${units} dòng xã/đơn vị hành chính`, en: `${units} administrative-unit rows` });
  }
  if (measures.has("target") || measures.has("achieved") || measures.has("decrease")) people += 1;
  const label = table.columns.find((c) => c.col === table.labelCol);
  if (label && /^chi tieu/.test(fold(label.path[label.path.length - 1] ?? ""))) {
    people += 2;
    reasons.push({ vi: "danh sách chỉ tiêu", en: "a list of indicators" });
  }
  const best = Math.max(money, people);
  if (best < 3) return { kind: "other", confidence: Math.min(0.5, best / 6), reasons };
  const kind: SheetKind = money >= people ? "disbursement" : "targets";
  return { kind, confidence: Math.min(1, best / 8), reasons };
}
