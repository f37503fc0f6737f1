/** `soat check-text REPORT [--json] [--against APPENDIX.xlsx]`: check the figures of a report's text. */
import { basename } from "path";
import { analyzeWorkbook } from "../core/analyze";
import { checkText, checkTextAgainst, TextTooLong } from "../core/text";
import type { Finding } from "../core/types";
import { SoatInputError } from "./errors";
import { assertRegularFile } from "./files";
import { readWorkbook } from "./readXlsx";
import { readReportText } from "./readText";
import { findingLine, summaryLine, type Lang } from "./report";

type Out = (s: string) => void;

export const CHECK_TEXT_USAGE = {
  vi: `  soat check-text BÁOCÁO.txt|.docx [--json] [--against PHỤLỤC.xlsx]
      Kiểm tra các số liệu nêu trong lời văn của báo cáo (tỷ lệ, tổng, mức giảm);
      với --against, đối chiếu thêm với các biểu phụ lục. Với .docx, "dòng" là số thứ tự đoạn văn.`,
  en: `  soat check-text REPORT.txt|.docx [--json] [--against APPENDIX.xlsx]
      Check the figures stated in the report's sentences (rates, totals, decreases);
      with --against, also compare them with the appendix sheets. For a .docx, "line" is the paragraph number.`,
};

/** Runs the command; returns the exit code: 0 no error finding, 1 some, 2 unreadable input or wrong usage. */
export async function runCheckText(args: string[], out: Out, lang: Lang, err: Out = out): Promise<number> {
  const parsed = parseArgs(args);
  if ("problem" in parsed) {
    err(`${parsed.problem.vi} / ${parsed.problem.en}\n\n${CHECK_TEXT_USAGE[lang]}`);
    return 2;
  }
  try {
    const report = await readReportText(parsed.file);
    const source = basename(parsed.file);
    const findings: Finding[] = checkText(report.text, { source, paragraphPerLine: report.paragraphPerLine });
    if (parsed.against) {
      assertRegularFile(parsed.against);
      const workbook = await readWorkbook(parsed.against);
      findings.push(...checkTextAgainst(report.text, analyzeWorkbook(workbook), workbook, { source, paragraphPerLine: report.paragraphPerLine }));
    }
    if (parsed.json) out(JSON.stringify({ files: [{ file: parsed.file, sheets: [], findings }] }, null, 2));
    else printReport(source, report, findings, out, lang);
    return findings.some((f) => f.severity === "error") ? 1 : 0;
  } catch (e) {
    if (!(e instanceof SoatInputError) && !(e instanceof TextTooLong)) throw e;
    // With --json the answer is JSON whatever happens, as `soat check --json` gives `{file, error}`.
    if (parsed.json) out(JSON.stringify({ files: [{ file: parsed.file, error: e.text }] }, null, 2));
    err(`${e.text.vi}\n${e.text.en}`);
    return 2;
  }
}

type Parsed = { file: string; json: boolean; against?: string } | { problem: { vi: string; en: string } };

function parseArgs(args: string[]): Parsed {
  let json = false;
  let against: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--json") json = true;
    else if (a === "--against" || a.startsWith("--against=")) {
      against = a === "--against" ? args[++i] : a.slice("--against=".length);
      if (!against) return { problem: { vi: "--against cần tên tệp phụ lục .xlsx", en: "--against needs an appendix .xlsx file" } };
    } else if (a.startsWith("-")) return { problem: { vi: `Tuỳ chọn không hợp lệ: ${a}`, en: `Unknown option: ${a}` } };
    else files.push(a);
  }
  if (files.length !== 1)
    return { problem: files.length ? { vi: "Mỗi lần kiểm tra một báo cáo", en: "Check one report at a time" } : { vi: "Thiếu tệp báo cáo", en: "No report file given" } };
  return { file: files[0], json, against };
}

/** Footnote bodies a .docx reader puts at the end (`¹² …`): not lines of the document. */
const NOTE_LINE = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+ /;

function printReport(source: string, report: { text: string; paragraphPerLine: boolean }, findings: Finding[], out: Out, lang: Lang): void {
  out(source);
  const all = report.text.split(/\r\n|\r|\n/);
  const lines = report.paragraphPerLine ? all.filter((l) => !NOTE_LINE.test(l)).length : all.length;
  out(lang === "vi" ? `  Văn bản ${lines} dòng.` : `  Text of ${lines} lines.`);
  out(summaryLine(findings, lang));
  for (const f of findings) {
    out(findingLine(f, lang));
    if (f.span) out(`      « ${f.span} »`);
  }
  out("");
}
