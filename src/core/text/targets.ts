/**
 * Text against target sheets: the poor and near-poor households a sentence states for a unit (or
 * the whole), as a count or a rate, at the start or the end of the period, compared with the cell
 * of a recognised target sheet for the same unit, measure and period. Only a figure whose unit,
 * measure and period are all said in its own sentence, and whose cell is the only one of that key,
 * is compared.
 */
import { address, type WorkbookGrid } from "../grid";
import { sameFigure, unitEntity, type FigureKey } from "../fill/keys";
import { SourceTable, type SourceFigure } from "../fill/source";
import { formatNumber, ownDecimals } from "../numbers";
import type { Analysis, Finding, Message, Period } from "../types";
import { DEFAULT_SOURCE, TEXT_SHEET_MISMATCH, type TextOptions } from "./checkText";
import { accepts } from "./judge";
import { proseAt } from "./limits";
import { sentenceAt, splitPassages, tidy, type Passage } from "./passages";
import { quantitiesOf, type Quantity } from "./quantities";

type Subject = "poor" | "near-poor";

interface TargetFigure {
  q: Quantity;
  entity: string;
  /** The unit as written, or `toàn …`. */
  who: string;
  key: FigureKey;
}

const UNIT = /(?<![\p{L}])(Xã|Phường|Thị trấn|Đặc khu|Huyện|Thị xã|xã|phường|thị trấn|đặc khu|huyện|thị xã)\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)*)/gu;
const WHOLE = /(?<![a-z])toan (huyen|tinh|xa|thi xa|thanh pho)(?![a-z])/g;
const START = /(?<![a-z])dau (nam|ky|giai doan)(?![a-z])/;
const END = /(?<![a-z])cuoi (nam|ky|giai doan)(?![a-z])/;

export function checkTextAgainstTargets(text: string, analysis: Analysis, workbook: WorkbookGrid, options: TextOptions = {}): Finding[] {
  const sheets = analysis.sheets.filter((s) => s.kind === "targets" && s.table && !s.empty);
  const tables = sheets
    .map((s) => workbook.sheets.find((g) => g.name === s.name))
    .map((g) => (g ? SourceTable.of(g.name, g) : undefined))
    .filter((t): t is SourceTable => !!t);
  if (!tables.length) return [];
  const findings: Finding[] = [];
  for (const f of targetFigures(text, options)) {
    const cells = tables.flatMap((t) => cellsFor(t, f).map((c) => ({ t, c })));
    if (cells.length !== 1 || cells[0].c.value === null) continue;
    const { t, c } = cells[0];
    if (agrees(f, c.value!)) continue;
    findings.push({
      sheet: options.source ?? DEFAULT_SOURCE,
      line: f.q.line,
      span: tidy(f.q.passage.text.slice(Math.max(0, f.q.start - 60), f.q.end)).replace(/^\S*\s/, "… "),
      rule: TEXT_SHEET_MISMATCH,
      severity: "error",
      stated: f.q.value,
      expected: c.value!,
      message: message(f, t.sheet.name, address(c.row, c.col), c.value!),
      related: [`${t.sheet.name}!${address(c.row, c.col)}`],
    });
  }
  return findings;
}

/** Counts and rates of poor and near-poor households, with the unit and period their sentence names. */
export function targetFigures(text: string, options: TextOptions = {}): TargetFigure[] {
  const out: TargetFigure[] = [];
  for (const p of splitPassages(text, options)) {
    if (p.footnote !== undefined) continue;
    const qs = quantitiesOf(p);
    let lastCount: { q: Quantity; subject: Subject } | undefined;
    for (const q of qs) {
      const s = sentenceAt(p, q.start);
      if (!proseAt(p, s)) continue;
      const [from, to] = p.sentences[s];
      const sentence = p.folded.slice(from, to);
      const period: Period | undefined = START.test(sentence) === END.test(sentence) ? undefined : START.test(sentence) ? "start" : "end";
      const who = unitOf(p, from, q.start);
      let subject: Subject | undefined;
      let percent = false;
      if (q.dim === "count" && q.noun === "hộ") subject = subjectAfter(p, q) ?? subjectBefore(p, from, q.start);
      else if (q.dim === "percent") {
        percent = true;
        const before = p.folded.slice(Math.max(from, q.start - 40), q.start);
        const named = /(?:ty|ti) le (ho )?(can ngheo|ngheo)\s*(?:[a-z ]{0,30})?(?:la|:|con|dat)?\s*$/.exec(before);
        if (named) subject = named[2] === "can ngheo" ? "near-poor" : "poor";
        // `1.391 hộ nghèo, chiếm 6,52%`: the share of the count just before.
        else if (lastCount && /^[\s,]*(?:chiem|bang)(?: ty le)?\s*$/.test(p.folded.slice(lastCount.q.end, q.start).replace(/^\s*(can )?ngheo/, "")))
          subject = lastCount.subject;
      }
      if (!subject || !who || !period) {
        if (q.dim === "count") lastCount = subject ? { q, subject } : undefined;
        continue;
      }
      const key: FigureKey = percent ? { measure: "rate", subject, period, percent: true } : { measure: subject, period, percent: false };
      out.push({ q, entity: who.entity, who: who.said, key });
      if (!percent) lastCount = { q, subject };
    }
  }
  return out;
}

/** The one unit the sentence names before the figure, or the whole; undefined when it names several. */
function unitOf(p: Passage, from: number, to: number): { entity: string; said: string } | undefined {
  const stretch = p.text.slice(from, to);
  const named = new Map<string, string>();
  for (const m of stretch.matchAll(UNIT)) named.set(unitEntity(`${m[1]} ${m[2]}`), `${m[1]} ${m[2]}`);
  for (const m of p.folded.slice(from, to).matchAll(WHOLE)) named.set("total", p.text.slice(from + (m.index ?? 0), from + (m.index ?? 0) + m[0].length));
  if (named.size !== 1) return undefined;
  const [[entity, said]] = [...named];
  return { entity, said };
}

/** `1.391 hộ nghèo`, `115 hộ cận nghèo`. */
function subjectAfter(p: Passage, q: Quantity): Subject | undefined {
  const after = p.lower.slice(q.end, q.end + 12);
  if (/^\s*cận nghèo/.test(after)) return "near-poor";
  if (/^\s*nghèo/.test(after)) return "poor";
  return undefined;
}

/** `số hộ nghèo … là 97 hộ`: the measure named right before the figure, in its clause. */
function subjectBefore(p: Passage, from: number, at: number): Subject | undefined {
  const before = p.lower.slice(Math.max(from, at - 60), at);
  const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1);
  if (/hộ cận nghèo/.test(clause)) return "near-poor";
  if (/hộ nghèo/.test(clause) && !/thoát nghèo|mới/.test(clause)) return "poor";
  return undefined;
}

/** The target sheet's cells for the figure's unit and key. */
function cellsFor(t: SourceTable, f: TargetFigure): SourceFigure[] {
  const own = t.resolve(f.entity);
  if (own === undefined) return [];
  return t.figures.filter((x) => x.entity === own && !x.key.source && sameFigure(f.key, x.key) && x.key.period === f.key.period && !x.key.subset);
}

function agrees(f: TargetFigure, value: number): boolean {
  if (!f.key.percent) return f.q.value === value;
  const h = Math.pow(10, -Math.min(ownDecimals(value), 2)) / 2;
  return accepts(f.q.value, f.q.decimals, value - h, value + h);
}

function message(f: TargetFigure, sheet: string, cell: string, value: number): Message {
  const what = {
    vi: `${f.key.measure === "rate" ? "tỷ lệ " : ""}${f.key.subject === "near-poor" || f.key.measure === "near-poor" ? "hộ cận nghèo" : "hộ nghèo"} ${f.key.period === "start" ? "đầu kỳ" : "cuối kỳ"}, ${f.who}`,
    en: `${f.key.subject === "near-poor" || f.key.measure === "near-poor" ? "near-poor" : "poor"} households${f.key.measure === "rate" ? " (rate)" : ""} at the ${f.key.period === "start" ? "start" : "end"} of the period, ${f.who}`,
  };
  const held = (lang: "vi" | "en") => `${formatNumber(value, lang, f.key.percent ? 2 : 0)}${f.key.percent ? "%" : ""}`;
  return {
    vi: `Văn bản ghi ${f.q.raw} (${what.vi}) nhưng biểu "${sheet}" ô ${cell} ghi ${held("vi")}`,
    en: `The text states ${formatNumber(f.q.value, "en", f.q.decimals)}${f.key.percent ? "%" : ""} (${what.en}) but sheet "${sheet}" cell ${cell} holds ${held("en")}`,
  };
}
