/** The messages between the web page and its worker, which reads, checks and writes every file. */
import type { SheetGrid } from "../core/grid";
import type { Finding, Message, SheetReport } from "../core/types";

export type FileKind = "workbook" | "report";

export type Request =
  | { type: "check"; id: number; name: string; bytes: Uint8Array }
  | { type: "sheet"; id: number; name: string }
  | { type: "annotate"; id: number }
  | { type: "summary" }
  | { type: "fill"; form: number; sources: number[] }
  | { type: "against"; report: number; workbooks: number[] };

export type Reply =
  | { type: "stage"; id: number; stage: "reading" | "checking" }
  /** The grid stays in the worker; the page asks for one sheet at a time, to preview it. */
  | { type: "checked"; id: number; kind: FileKind; sheetNames: string[]; sheets: SheetReport[]; findings: Finding[] }
  | { type: "sheet"; id: number; sheet: SheetGrid }
  | { type: "refused"; id: number; message: Message }
  | { type: "file"; request: "annotate" | "summary" | "fill"; name: string; bytes: Uint8Array; note?: Message }
  | { type: "against"; report: number; findings: Finding[] }
  | { type: "failed"; request: Request["type"]; message: Message };
