/**
 * `soat check FILES… --annotate DIR --summary TONG-HOP.xlsx`: after the check, one annotated copy
 * per file in DIR (`<name>.soat.xlsx`) and one summary workbook of the batch. The inputs are never
 * written; an output that would replace an input is refused.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "fs";
import { basename, dirname, extname, join, resolve } from "path";
import type { WorkbookGrid } from "../core/grid";
import type { Analysis, Message } from "../core/types";
import { annotatedName, annotateWorkbook } from "../export/annotate";
import { summaryWorkbook, type FileOutcome } from "../export/summary";
import { SoatInputError } from "./errors";

export const BATCH_USAGE: Message = {
  vi: `      --annotate THƯ-MỤC  ghi vào THƯ-MỤC một bản có ghi chú của mỗi tệp (<tên>.soat.xlsx) để gửi lại
      --summary TỆP.xlsx  ghi một bảng tổng hợp: mỗi tệp một dòng, và mọi sai lệch`,
  en: `      --annotate DIR      write an annotated copy of each file into DIR (<name>.soat.xlsx), to send back
      --summary FILE.xlsx write a summary workbook: one row per file, and every finding`,
};

interface Done {
  file: string;
  grid: WorkbookGrid;
  analysis: Analysis;
}

export class BatchExports {
  private readonly outcomes: (FileOutcome & { done?: Done })[] = [];

  private constructor(
    private readonly annotateDir: string | undefined,
    private readonly summaryPath: string | undefined,
  ) {}

  /** Takes `--annotate DIR` and `--summary FILE` (or `=`-joined) off the arguments. */
  static take(args: string[]): { batch: BatchExports; rest: string[] } | { problem: Message } {
    const rest: string[] = [];
    const found: Record<"--annotate" | "--summary", string | undefined> = { "--annotate": undefined, "--summary": undefined };
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      const name = (Object.keys(found) as (keyof typeof found)[]).find((k) => a === k || a.startsWith(k + "="));
      if (!name) {
        rest.push(a);
        continue;
      }
      const value = a === name ? args[++i] : a.slice(name.length + 1);
      if (!value || value.startsWith("-")) return { problem: { vi: `Thiếu giá trị sau ${name}`, en: `Missing value after ${name}` } };
      found[name] = value;
    }
    const summary = found["--summary"];
    if (summary && extname(summary).toLowerCase() !== ".xlsx")
      return { problem: { vi: `Tệp tổng hợp phải có đuôi .xlsx: ${summary}`, en: `The summary file must end in .xlsx: ${summary}` } };
    return { batch: new BatchExports(found["--annotate"], summary), rest };
  }

  add(file: string, grid: WorkbookGrid, analysis: Analysis): void {
    this.outcomes.push({ file: basename(file), grid, sheets: analysis.sheets, findings: analysis.findings, done: { file, grid, analysis } });
  }

  fail(file: string, error: Message): void {
    this.outcomes.push({ file: basename(file), sheets: [], findings: [], error });
  }

  /** Writes the copies and the summary; prints where, unless `quiet`. Throws SoatInputError when it cannot write. */
  async write(inputs: string[], out: (s: string) => void, quiet: boolean): Promise<void> {
    const taken = new Set(inputs.map(canonical));
    if (this.annotateDir) {
      const dir = this.annotateDir;
      if (existsSync(dir) && !statSync(dir).isDirectory())
        throw new SoatInputError({ vi: `--annotate cần một thư mục, ${dir} là tệp`, en: `--annotate needs a folder; ${dir} is a file` });
      attempt(() => mkdirSync(dir, { recursive: true }), dir);
      for (const o of this.outcomes) {
        if (!o.done) continue;
        const target = freeName(join(dir, annotatedName(o.file)), taken);
        const bytes = await annotateWorkbook({ bytes: readFileSync(o.done.file), fileName: o.file, grid: o.done.grid, findings: o.done.analysis.findings });
        attempt(() => writeFileSync(target, bytes), target);
        if (!quiet) out(`Bản có ghi chú / Annotated copy: ${target}`);
      }
    }
    if (this.summaryPath) {
      const target = this.summaryPath;
      if (taken.has(canonical(target)))
        throw new SoatInputError({ vi: `--summary ${target} trùng với tệp đã có; Soát không ghi đè`, en: `--summary ${target} is a file already written or read; Soát does not write over it` });
      const bytes = await summaryWorkbook(this.outcomes);
      attempt(() => writeFileSync(target, bytes), target);
      if (!quiet) out(`Bảng tổng hợp / Summary: ${target}`);
    }
  }
}

/** `x.soat.xlsx`, or `x-2.soat.xlsx` when two inputs share a name; never an input's path. */
function freeName(path: string, taken: Set<string>): string {
  let candidate = path;
  for (let n = 2; taken.has(canonical(candidate)); n++) candidate = path.replace(/\.soat\.xlsx$/, `-${n}.soat.xlsx`);
  taken.add(canonical(candidate));
  return candidate;
}

function attempt(write: () => void, path: string): void {
  try {
    write();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new SoatInputError({ vi: `Không ghi được ${path} (${code})`, en: `Cannot write ${path} (${code})` });
  }
}

/** A path with symbolic links resolved, for comparing files that exist or not yet. */
function canonical(p: string): string {
  const abs = resolve(p);
  if (existsSync(abs)) return realpathSync(abs);
  const dir = dirname(abs);
  return existsSync(dir) ? resolve(realpathSync(dir), basename(abs)) : abs;
}
