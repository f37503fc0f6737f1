/**
 * The web page's worker: reads each file (workbooks through src/read, reports through mammoth or
 * as text), checks it with the engine, and writes the annotated copies, the summary and filled
 * forms. Everything stays in this worker's memory; nothing is sent anywhere.
 */
import mammoth from "mammoth";
import { decodeText, htmlToLines } from "../cli/textLines";
import { analyzeWorkbook } from "../core/analyze";
import type { WorkbookGrid } from "../core/grid";
import { checkText, checkTextAgainst } from "../core/text";
import type { Finding, SheetReport } from "../core/types";
import { annotatedName, annotateWorkbook } from "../export/annotate";
import { fillCopy } from "../export/fillCopy";
import { summaryWorkbook } from "../export/summary";
import { InputError, readWorkbookBytes } from "../read";
import type { Reply, Request } from "./protocol";

interface Loaded {
  name: string;
  bytes: Uint8Array;
  grid?: WorkbookGrid;
  text?: { text: string; paragraphPerLine: boolean };
  sheets: SheetReport[];
  findings: Finding[];
  refused?: InputError["text"];
}

const files = new Map<number, Loaded>();
const scope = self as unknown as { postMessage(m: Reply, transfer?: Transferable[]): void; onmessage: ((e: MessageEvent<Request>) => void) | null };
const post = (m: Reply, transfer: Transferable[] = []) => scope.postMessage(m, transfer);

const REPORT = /\.(docx|txt)$/i;
const MAX_TEXT_BYTES = 50 * 1024 * 1024;

scope.onmessage = (e) => {
  handle(e.data).catch((err: unknown) => {
    const message = err instanceof InputError ? err.text : { vi: `Lỗi không mong đợi: ${(err as Error).message}`, en: `Unexpected error: ${(err as Error).message}` };
    const r = e.data;
    if (r.type === "check") {
      files.set(r.id, { name: r.name, bytes: r.bytes, sheets: [], findings: [], refused: message });
      post({ type: "refused", id: r.id, message });
    } else post({ type: "failed", request: r.type, message });
  });
};

async function handle(r: Request): Promise<void> {
  switch (r.type) {
    case "check":
      return check(r.id, r.name, r.bytes);
    case "sheet": {
      const sheet = files.get(r.id)!.grid!.sheets.find((s) => s.name === r.name)!;
      return post({ type: "sheet", id: r.id, sheet });
    }
    case "annotate": {
      const f = files.get(r.id)!;
      const bytes = await annotateWorkbook({ bytes: f.bytes, fileName: f.name, grid: f.grid!, findings: f.findings });
      return post({ type: "file", request: "annotate", name: annotatedName(f.name), bytes }, [bytes.buffer]);
    }
    case "summary": {
      const outcomes = [...files.values()].map((f) => ({ file: f.name, grid: f.grid, text: f.text?.text, sheets: f.sheets, findings: f.findings, error: f.refused }));
      const bytes = await summaryWorkbook(outcomes);
      return post({ type: "file", request: "summary", name: "TONG-HOP.xlsx", bytes }, [bytes.buffer]);
    }
    case "fill": {
      const form = files.get(r.form)!;
      const sources = r.sources.map((id) => ({ name: files.get(id)!.name, workbook: files.get(id)!.grid! }));
      const { result, bytes } = await fillCopy({ bytes: form.bytes, fileName: form.name, grid: form.grid! }, sources);
      if (!bytes)
        throw new InputError({
          vi: `Không nhận ra bảng biểu nào để điền trong ${form.name} (cần dòng tiêu đề cột và các dòng có mã dự án/đơn vị)`,
          en: `No form table recognised in ${form.name} (it needs a column header and rows with project/unit labels)`,
        });
      const errors = result.sourceErrors.reduce((n, s) => n + s.count, 0);
      const note = {
        vi: `Đã điền ${result.filled} ô vào ${result.sheets.join(", ")}${errors ? `; nguồn có ${errors} lỗi, hãy sửa nguồn trước khi nộp` : ""}.`,
        en: `Filled ${result.filled} cells into ${result.sheets.join(", ")}${errors ? `; the sources have ${errors} errors, fix them before submitting` : ""}.`,
      };
      return post({ type: "file", request: "fill", name: form.name.replace(/\.[^.]*$/, "") + ".da-dien.xlsx", bytes, note }, [bytes.buffer]);
    }
    case "against": {
      const report = files.get(r.report)!;
      const { text, paragraphPerLine } = report.text!;
      const findings = checkText(text, { source: report.name, paragraphPerLine });
      for (const id of r.workbooks) {
        const wb = files.get(id)!;
        findings.push(...checkTextAgainst(text, { sheets: wb.sheets, findings: wb.findings }, wb.grid!, { source: report.name, paragraphPerLine }));
      }
      report.findings = findings;
      return post({ type: "against", report: r.report, findings });
    }
  }
}

async function check(id: number, name: string, bytes: Uint8Array): Promise<void> {
  post({ type: "stage", id, stage: "reading" });
  if (REPORT.test(name)) {
    const text = await readReport(name, bytes);
    post({ type: "stage", id, stage: "checking" });
    const findings = checkText(text.text, { source: name, paragraphPerLine: text.paragraphPerLine });
    files.set(id, { name, bytes, text, sheets: [], findings });
    return post({ type: "checked", id, kind: "report", sheetNames: [], sheets: [], findings });
  }
  const grid = await readWorkbookBytes(bytes, name);
  post({ type: "stage", id, stage: "checking" });
  const { sheets, findings } = analyzeWorkbook(grid);
  files.set(id, { name, bytes, grid, sheets, findings });
  post({ type: "checked", id, kind: "workbook", sheetNames: grid.sheets.map((s) => s.name), sheets, findings });
}

async function readReport(name: string, bytes: Uint8Array): Promise<{ text: string; paragraphPerLine: boolean }> {
  if (bytes.length > MAX_TEXT_BYTES)
    throw new InputError({ vi: `Tệp ${name} quá lớn để là một báo cáo (trên 50 MB).`, en: `${name} is too large for a report (over 50 MB).` });
  if (/\.txt$/i.test(name)) return { text: decodeText(bytes, name), paragraphPerLine: false };
  try {
    const { value } = await mammoth.convertToHtml({ arrayBuffer: bytes.slice().buffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0]);
    return { text: htmlToLines(value), paragraphPerLine: true };
  } catch (e) {
    throw new InputError({
      vi: `Không đọc được ${name}: tệp .docx bị hỏng (${(e as Error).message})`,
      en: `Cannot read ${name}: the .docx file is damaged (${(e as Error).message})`,
    });
  }
}
