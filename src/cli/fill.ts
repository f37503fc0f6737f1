/**
 * `soat fill --template FORM.xlsx --out OUT.xlsx SOURCE.xlsx… [--sheet NAME] [--overwrite] [--recompute] [--json]`:
 * fills a form from source appendices into a new file; the inputs are never written.
 * Exit 0 when filled from clean sources, 1 when a source has errors (the file is still written),
 * 2 for bad usage or an unreadable input.
 */
import { basename, extname, resolve } from "path";
import { fillWorkbook, type FillResult, type FillSource } from "../core/fill";
import { fold } from "../core/tables/labels";
import type { Message } from "../core/types";
import { withEmptyFormats } from "../export/fillCopy";
import { applyWrites } from "./applyWrites";
import { SoatInputError } from "./errors";
import { assertRegularFile, assertWritableTarget, fileIdentity, writeFileReplacing } from "./files";
import { formatFillReport } from "./fillReport";
import { loadWorkbook, readWorkbook, workbookToGrid } from "./readXlsx";

type Lang = "vi" | "en";

interface FillArgs {
  template: string;
  out: string;
  sources: string[];
  sheet?: string;
  overwrite: boolean;
  recompute: boolean;
  force: boolean;
  json: boolean;
}

/** The command's line in `soat --help`. */
export const FILL_USAGE: Message = {
  vi: `  soat fill --template BIỂU.xlsx --out KẾTQUẢ.xlsx NGUỒN.xlsx… [--sheet TÊN] [--overwrite] [--recompute] [--force] [--json]
      Điền biểu mẫu từ các phụ lục nguồn (cộng dồn khi nhiều xã, huyện) vào một tệp mới; không sửa tệp đầu vào.
      Cũng viết được: soat fill BIỂU.xlsx NGUỒN.xlsx… --out KẾTQUẢ.xlsx (tệp đầu tiên là biểu mẫu).`,
  en: `  soat fill --template FORM.xlsx --out OUT.xlsx SOURCE.xlsx… [--sheet NAME] [--overwrite] [--recompute] [--force] [--json]
      Fill a form from source appendices (summed over several communes or districts) into a new file; inputs are never written.
      Also: soat fill FORM.xlsx SOURCE.xlsx… --out OUT.xlsx (the first file is the form).`,
};

const FILL_HELP: Message = {
  vi: `Cách dùng:
${FILL_USAGE.vi}
  --template   biểu mẫu cần điền (không bị sửa)
  --out        tệp kết quả mới (.xlsx), khác các tệp đầu vào
  --sheet      chỉ lấy trang có tên này trong mỗi tệp nguồn
  --overwrite  ghi đè ô của biểu đã có số (không bao giờ ghi đè công thức)
  --recompute  tính lại mọi ô tổng/tỷ lệ từ các ô đã điền (mặc định: lấy số nguồn ghi khi có)
  --force      thay tệp --out đã có (mặc định: không ghi đè)
  --json       in kết quả dạng JSON
Mã thoát: 0 đã điền từ nguồn không có lỗi, 1 nguồn có lỗi (tệp vẫn được ghi), 2 sai cách dùng hoặc tệp không đọc được.`,
  en: `Usage:
${FILL_USAGE.en}
  --template   the form to fill (left untouched)
  --out        the new result file (.xlsx), other than the inputs
  --sheet      read only the sheet of this name in each source
  --overwrite  write over form cells that already hold a figure (formulas are never overwritten)
  --recompute  recompute every total and rate from the filled cells (default: the figure the sources state, when they state one)
  --force      replace an existing --out file (by default it is never overwritten)
  --json       print the result as JSON
Exit codes: 0 filled from sources without errors, 1 a source has errors (the file is still written), 2 wrong usage or unreadable input.`,
};

/** Bad usage: the message is followed by the usage text. */
class UsageError extends SoatInputError {}

function usageError(vi: string, en: string): SoatInputError {
  return new UsageError({ vi, en });
}

function parseFillArgs(args: string[]): FillArgs | "help" {
  const a: Partial<FillArgs> & { sources: string[] } = { sources: [], overwrite: false, recompute: false, force: false, json: false };
  const valued: Record<string, "template" | "out" | "sheet"> = { "--template": "template", "-t": "template", "--out": "out", "-o": "out", "--sheet": "sheet" };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === "--help" || name === "-h") return "help";
    if (valued[name]) {
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === "") throw usageError(`Thiếu giá trị sau ${name}`, `Missing value after ${name}`);
      a[valued[name]] = value;
    } else if (name === "--overwrite") a.overwrite = true;
    else if (name === "--recompute") a.recompute = true;
    else if (name === "--force") a.force = true;
    else if (name === "--json") a.json = true;
    else if (arg.startsWith("-") && arg !== "-") throw usageError(`Tùy chọn không rõ: ${arg}`, `Unknown option: ${arg}`);
    else a.sources.push(arg);
  }
  // `soat fill BIEU.xlsx NGUON… --out KQ.xlsx`: without --template the first file named is the form.
  if (!a.template && a.sources.length >= 2) a.template = a.sources.shift();
  if (!a.template) throw usageError("Thiếu biểu mẫu: --template BIEU.xlsx (hoặc nêu biểu mẫu trước các tệp nguồn)", "Missing the form: --template FORM.xlsx (or name the form before the sources)");
  if (!a.out) throw usageError("Thiếu --out KETQUA.xlsx", "Missing --out OUT.xlsx");
  if (!a.sources.length) throw usageError("Thiếu tệp nguồn để điền", "No source file to fill from");
  if (extname(a.out).toLowerCase() !== ".xlsx")
    throw usageError(`Tệp kết quả phải có đuôi .xlsx: ${a.out}`, `The result file must end in .xlsx: ${a.out}`);
  const seen = new Set<string>();
  for (const s of a.sources) {
    if (seen.has(identity(s)))
      throw usageError(`Tệp nguồn ${s} được nêu hai lần; số liệu sẽ bị cộng hai lần`, `Source ${s} is given twice; its figures would be added twice`);
    seen.add(identity(s));
  }
  const out = identity(a.out);
  for (const input of [a.template, ...a.sources])
    if (identity(input) === out)
      throw usageError(
        `--out ${a.out} trùng với tệp đầu vào; Soát không ghi đè tệp đầu vào`,
        `--out ${a.out} is one of the inputs; Soát never writes over its inputs`,
      );
  if (a.sources.every((s) => identity(s) === identity(a.template!)))
    throw usageError(
      `Tệp nguồn duy nhất là chính biểu mẫu ${a.template}; không có số liệu nào để điền. Hãy nêu các phụ lục nguồn`,
      `The only source is the form ${a.template} itself; there is nothing to fill it from. Give the source appendices`,
    );
  return a as FillArgs;
}

/**
 * What makes two names one file: its device and inode when it exists (a hard link, a symbolic
 * link, `BIEU.XLSX` and `Bieu.xlsx` on a case-insensitive disk), else the absolute path.
 */
function identity(p: string): string {
  return fileIdentity(p) ?? `path:${resolve(p)}`;
}

/** Runs `soat fill`; messages about bad usage or input go to `err`. Returns the exit code. */
export async function runFill(args: string[], out: (s: string) => void, lang: Lang, err: (s: string) => void = out): Promise<number> {
  let parsed: FillArgs | "help";
  let result: FillResult;
  try {
    parsed = parseFillArgs(args);
    if (parsed === "help") {
      out(FILL_HELP[lang]);
      return 0;
    }
    const a = parsed;
    assertWritableTarget(a.out, a.force);
    for (const input of [a.template, ...a.sources]) assertRegularFile(input);
    const wb = await loadWorkbook(a.template);
    const sources: FillSource[] = [];
    for (const s of a.sources) sources.push({ name: basename(s), workbook: await readWorkbook(s) });
    if (a.sheet && !sources.some((s) => s.workbook.sheets.some((sh) => fold(sh.name) === fold(a.sheet!))))
      throw new SoatInputError({ vi: `Không tệp nguồn nào có trang "${a.sheet}"`, en: `No source file has a sheet "${a.sheet}"` });
    result = fillWorkbook(withEmptyFormats(workbookToGrid(wb), wb), sources, { overwrite: a.overwrite, sourceSheet: a.sheet, recompute: a.recompute });
    if (!result.sheets.length)
      throw new SoatInputError({
        vi: `Không nhận ra bảng biểu nào trong ${a.template} (cần dòng tiêu đề cột và các dòng có mã dự án/đơn vị)`,
        en: `No form table recognised in ${a.template} (it needs a column header and rows with project/unit labels)`,
      });
    applyWrites(wb, result.writes);
    writeFileReplacing(a.out, new Uint8Array(await wb.xlsx.writeBuffer()));
    out(a.json ? JSON.stringify({ template: a.template, out: a.out, ...result }, null, 2) : formatFillReport(result, a, lang));
  } catch (e) {
    if (!(e instanceof SoatInputError)) throw e;
    if (args.includes("--json")) out(JSON.stringify({ error: e.text }, null, 2));
    else err(`${e.text[lang]}\n${e.text[lang === "vi" ? "en" : "vi"]}${e instanceof UsageError ? "\n\n" + FILL_HELP[lang] : ""}`);
    return 2;
  }
  return result.sourceErrors.some((e) => e.count > 0) ? 1 : 0;
}
