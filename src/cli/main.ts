/** The `soat` command: check appendices, check a report's text, fill forms. */
import { basename } from "path";
// Compiled along with the CLI (build/package.json), so the path holds from src/ and from build/.
import { version } from "../../package.json";
import { analyzeWorkbook } from "../core/analyze";
import type { WorkbookGrid } from "../core/grid";
import type { Analysis, Finding, Message, SheetReport } from "../core/types";
import { BATCH_USAGE, BatchExports } from "./batch";
import { CHECK_TEXT_USAGE, runCheckText } from "./checkText";
import { SoatInputError } from "./errors";
import { assertRegularFile } from "./files";
import { FILL_USAGE, runFill } from "./fill";
import { readWorkbook } from "./readXlsx";
import { findingLine, sheetLines, summaryLine, type Lang } from "./report";

const USAGE = {
  vi: `Cách dùng:
  soat check TỆP.xlsx|.xlsm|.xls|.ods… [--json] [--annotate THƯ-MỤC] [--summary TỆP.xlsx]
      Nhận diện các biểu phụ lục và kiểm tra số liệu (chỉ đọc, không sửa tệp).
${BATCH_USAGE.vi}
${FILL_USAGE.vi}
${CHECK_TEXT_USAGE.vi}
  soat --help | --version
Tuỳ chọn chung: --lang vi|en (mặc định vi).

Mã thoát: 0 không có lỗi, 1 có lỗi trong số liệu, 2 tệp không đọc được hoặc sai cách dùng.`,
  en: `Usage:
  soat check FILE.xlsx|.xlsm|.xls|.ods… [--json] [--annotate DIR] [--summary FILE.xlsx]
      Recognise the appendix sheets and check their figures (read-only).
${BATCH_USAGE.en}
${FILL_USAGE.en}
${CHECK_TEXT_USAGE.en}
  soat --help | --version
Common option: --lang vi|en (default vi).

Exit codes: 0 no errors, 1 errors in the figures, 2 unreadable input or wrong usage.`,
};

export interface FileResult {
  file: string;
  sheets: {
    name: string;
    kind: SheetReport["kind"];
    confidence: number;
    unit: SheetReport["unit"] | null;
    tables: { range: string; kind: SheetReport["kind"]; confidence: number; unit: SheetReport["unit"] | null; notes?: Message[] }[];
  }[];
  findings: Finding[];
}

/** A file `soat check` could not read: its entry in `--json`, with the message the user is shown. */
export interface FileFailure {
  file: string;
  error: Message;
}

type Out = (s: string) => void;

/** Splits `--lang en` and `--lang=en` off the arguments. */
function takeLang(args: string[]): { lang: Lang; rest: string[] } | undefined {
  let lang: Lang = "vi";
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const v = a === "--lang" ? args[++i] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    if (v === undefined) {
      rest.push(a);
      continue;
    }
    if (v !== "vi" && v !== "en") return undefined;
    lang = v;
  }
  return { lang, rest };
}

export async function main(argv: string[], out: Out = (s) => process.stdout.write(s + "\n"), err: Out = (s) => process.stderr.write(s + "\n")): Promise<number> {
  const parsed = takeLang(argv);
  if (!parsed) {
    err(`--lang: vi | en\n\n${USAGE.vi}\n\n${USAGE.en}`);
    return 2;
  }
  const { lang, rest } = parsed;
  const [command, ...args] = rest;
  try {
    switch (command) {
      case "check":
        return await runCheck(args, out, err, lang);
      case "fill":
        return await runFill(args, out, lang, err);
      case "check-text":
        return await runCheckText(args, out, lang, err);
      case "--version":
      case "-v":
        out(version);
        return 0;
      case "--help":
      case "-h":
      case "help":
        out(USAGE[lang]);
        return 0;
      default:
        err(
          command
            ? `Lệnh không hợp lệ: ${command} / Unknown command: ${command}\n\n${USAGE[lang]}`
            : USAGE[lang],
        );
        return 2;
    }
  } catch (e) {
    const text = e instanceof SoatInputError ? e.text : internalFailure(`lệnh soat ${command}`, `soat ${command}`);
    err(`${text.vi}\n${text.en}`);
    return 2;
  }
}

/** What the user is told when Soát itself fails: no library text, no stack, what to do. */
function internalFailure(vi: string, en: string): Message {
  return {
    vi: `Soát gặp lỗi nội bộ khi xử lý ${vi}; kết quả không có. Xin gửi tệp đầu vào cho nhóm phát triển.`,
    en: `Soát failed internally on ${en}; there is no result. Please send the input file to the developers.`,
  };
}

/** One file's check, standing on its own: a file that cannot be read (or breaks Soát) gives its message. */
async function checkFile(file: string): Promise<{ result: FileResult; sheets: SheetReport[]; workbook: WorkbookGrid; analysis: Analysis } | FileFailure> {
  try {
    assertRegularFile(file);
    const workbook = await readWorkbook(file);
    const analysis = analyzeWorkbook(workbook);
    const result: FileResult = {
      file,
      sheets: analysis.sheets.map((s) => ({
        name: s.name,
        kind: s.kind,
        confidence: roundConfidence(s.confidence),
        unit: s.unit ?? null,
        tables: s.tables.map((t) => ({ range: t.range, kind: t.kind, confidence: roundConfidence(t.confidence), unit: t.unit ?? null, ...(t.notes ? { notes: t.notes } : {}) })),
      })),
      findings: analysis.findings,
    };
    return { result, sheets: analysis.sheets, workbook, analysis };
  } catch (e) {
    return { file, error: e instanceof SoatInputError ? e.text : internalFailure(file, file) };
  }
}

async function runCheck(argv: string[], out: Out, err: Out, lang: Lang): Promise<number> {
  const taken = BatchExports.take(argv);
  if ("problem" in taken) throw new SoatInputError(taken.problem);
  const { batch, rest: args } = taken;
  const json = args.includes("--json");
  const unknown = args.find((a) => a.startsWith("-") && a !== "--json");
  const files = args.filter((a) => !a.startsWith("-"));
  if (unknown || !files.length) {
    err((unknown ? `Tuỳ chọn không hợp lệ: ${unknown} / Unknown option: ${unknown}\n\n` : "") + USAGE[lang]);
    return 2;
  }
  const entries: (FileResult | FileFailure)[] = [];
  let unreadable = false;
  let errors = false;
  for (const file of files) {
    const checked = await checkFile(file);
    if ("error" in checked) {
      unreadable = true;
      entries.push(checked);
      batch.fail(file, checked.error);
      err(`${checked.error.vi}\n${checked.error.en}`);
      continue;
    }
    entries.push(checked.result);
    batch.add(file, checked.workbook, checked.analysis);
    errors ||= checked.result.findings.some((f) => f.severity === "error");
    if (!json) printFile(file, checked.sheets, checked.result.findings, out, lang);
  }
  await batch.write(files, out, json);
  if (json) out(JSON.stringify({ files: entries }, null, 2));
  if (unreadable) return 2;
  return errors ? 1 : 0;
}

function roundConfidence(c: number): number {
  return Math.round(c * 100) / 100;
}

function printFile(file: string, sheets: SheetReport[], findings: Finding[], out: Out, lang: Lang): void {
  out(`${basename(file)}`);
  if (!sheets.length) out(lang === "vi" ? "  Sổ làm việc không có trang tính nào." : "  The workbook has no sheets.");
  for (const s of sheets) for (const line of sheetLines(s, lang)) out(line);
  out(summaryLine(findings, lang));
  for (const f of findings) out(findingLine(f, lang));
  out("");
}
