/**
 * The web page (dist/soat.html): choose or drop files, see each checked in the worker, browse the
 * findings by file → sheet → cell with a preview of the sheet, and download the annotated copies,
 * the summary and filled forms. The worker's code is inlined in the page (SOAT_WORKER) and started
 * from a Blob, which works from file:// as well as when served.
 */
import type { SheetGrid } from "../core/grid";
import type { Finding, Message, SheetReport } from "../core/types";
import { bySeverity, RULE, shownValue } from "../export/labels";
import { MESSAGES, type Lang, type Messages } from "./messages";
import { Preview } from "./preview";
import type { FileKind, Reply, Request } from "./protocol";

declare const SOAT_WORKER: string;

type Status = "waiting" | "reading" | "checking" | "done" | "refused";

interface Entry {
  id: number;
  name: string;
  bytes?: Uint8Array;
  status: Status;
  kind?: FileKind;
  sheetNames: string[];
  /** Sheets fetched from the worker for the preview. */
  grids: Map<string, SheetGrid>;
  sheets: SheetReport[];
  findings: Finding[];
  refused?: Message;
  section?: HTMLElement;
}

const ACCEPTED = /\.(xlsx|xlsm|xls|ods|docx|txt)$/i;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let lang: Lang = "vi";
let t: Messages = MESSAGES.vi;
const entries: Entry[] = [];
let nextId = 1;
let busy = false;
let current: { entry: Entry; sheet: string } | undefined;
/** The preview asked for while its sheet comes from the worker. */
let pending: { entry: Entry; sheet: string; finding?: Finding } | undefined;

const worker = new Worker(URL.createObjectURL(new Blob([SOAT_WORKER], { type: "text/javascript" })));
const preview = new Preview($("preview-grid"));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

function say(text: string): void {
  $("status").textContent = text;
}

// ---- files in, replies out ---------------------------------------------------------------------

function addFiles(list: FileList | File[]): void {
  for (const file of Array.from(list)) {
    if (!ACCEPTED.test(file.name)) {
      const e: Entry = { id: nextId++, name: file.name, status: "refused", sheetNames: [], grids: new Map(), sheets: [], findings: [] };
      e.refused = {
        vi: `Soát không đọc loại tệp này: ${file.name}. Hãy chọn bảng tính .xlsx, .xlsm, .xls, .ods hoặc báo cáo .docx, .txt.`,
        en: `Soát does not read this kind of file: ${file.name}. Choose an .xlsx, .xlsm, .xls, .ods workbook or a .docx, .txt report.`,
      };
      entries.push(e);
      continue;
    }
    const e: Entry = { id: nextId++, name: file.name, status: "waiting", sheetNames: [], grids: new Map(), sheets: [], findings: [] };
    entries.push(e);
    file.arrayBuffer().then((b) => {
      e.bytes = new Uint8Array(b);
      pump();
    });
  }
  renderFiles();
  renderProgress();
}

/** Sends the next waiting file to the worker, one at a time (memory stays that of one workbook). */
function pump(): void {
  if (busy) return;
  const next = entries.find((e) => e.status === "waiting" && e.bytes);
  if (!next) return;
  busy = true;
  next.status = "reading";
  const bytes = next.bytes!;
  next.bytes = undefined;
  send({ type: "check", id: next.id, name: next.name, bytes }, [bytes.buffer]);
  updateEntry(next);
}

function send(r: Request, transfer: Transferable[] = []): void {
  worker.postMessage(r, transfer);
}

worker.onmessage = (ev: MessageEvent<Reply>) => {
  const r = ev.data;
  const entry = "id" in r ? entries.find((e) => e.id === r.id) : undefined;
  switch (r.type) {
    case "stage":
      entry!.status = r.stage;
      updateEntry(entry!);
      return;
    case "checked":
      Object.assign(entry!, { status: "done", kind: r.kind, sheetNames: r.sheetNames, sheets: r.sheets, findings: r.findings });
      finished(entry!);
      return;
    case "refused":
      Object.assign(entry!, { status: "refused", refused: r.message });
      finished(entry!);
      return;
    case "sheet": {
      entry!.grids.set(r.sheet.name, r.sheet);
      const p = pending;
      if (p && p.entry === entry && p.sheet === r.sheet.name) showSheet(p.entry, p.sheet, p.finding);
      return;
    }
    case "file":
      download(r.name, r.bytes);
      say(t.downloaded(r.name) + (r.note ? " " + r.note[lang] : ""));
      return;
    case "against": {
      const report = entries.find((e) => e.id === r.report)!;
      report.findings = r.findings;
      updateEntry(report);
      say(t.againstDone(r.findings.length));
      return;
    }
    case "failed":
      say(`${r.message[lang]}`);
      return;
  }
};

function finished(e: Entry): void {
  busy = false;
  updateEntry(e);
  renderProgress();
  renderTools();
  pump();
}

function download(name: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// ---- rendering ----------------------------------------------------------------------------------

function renderStatic(): void {
  document.documentElement.lang = lang;
  document.title = t.title;
  for (const node of document.querySelectorAll<HTMLElement>("[data-t]")) node.textContent = String(t[node.dataset.t as keyof Messages]);
  const switcher = $("lang");
  switcher.textContent = t.otherLanguage;
  switcher.setAttribute("aria-label", t.otherLanguageLabel);
  switcher.lang = lang === "vi" ? "en" : "vi";
}

function renderProgress(): void {
  const done = entries.filter((e) => e.status === "done" || e.status === "refused").length;
  const bar = $<HTMLProgressElement>("progress");
  bar.max = Math.max(1, entries.length);
  bar.value = done;
  $("progress-text").textContent = entries.length ? t.progress(done, entries.length) : t.noFiles;
  $<HTMLButtonElement>("summary").disabled = !entries.some((e) => e.status === "done" || e.status === "refused");
}

function renderFiles(): void {
  const list = $("files");
  for (const e of entries) {
    if (!e.section) {
      e.section = el("section", { className: "file" });
      list.append(e.section);
    }
    updateEntry(e);
  }
}

function count(findings: Finding[], severity: Finding["severity"]): number {
  return findings.filter((f) => f.severity === severity).length;
}

function updateEntry(e: Entry): void {
  const s = e.section;
  if (!s) return;
  const status =
    e.status === "done" ? t.counts(count(e.findings, "error"), count(e.findings, "warning")) : e.status === "refused" ? t.refused : t[e.status];
  s.className = `file file-${e.status}${e.status === "done" && count(e.findings, "error") ? " file-errors" : ""}`;
  const head = el("h3", {}, el("span", { className: "file-name" }, e.name), " ", el("span", { className: "file-status" }, status));
  const body: Node[] = [head];
  if (e.refused) body.push(el("p", { className: "refused" }, e.refused[lang], el("br"), el("span", { lang: lang === "vi" ? "en" : "vi" }, e.refused[lang === "vi" ? "en" : "vi"])));
  if (e.status === "done" && e.kind === "workbook") {
    const actions = el("div", { className: "actions" });
    const annotate = el("button", { type: "button", className: "secondary", textContent: t.annotate });
    annotate.setAttribute("aria-label", t.annotateOf(e.name));
    annotate.onclick = () => send({ type: "annotate", id: e.id });
    const view = el("button", { type: "button", className: "secondary", textContent: t.preview });
    view.setAttribute("aria-label", t.previewOf(e.name));
    view.onclick = () => showSheet(e, e.sheetNames[0]);
    actions.append(annotate, view);
    body.push(actions);
    for (const sheet of e.sheets) body.push(sheetBlock(e, sheet));
  }
  if (e.status === "done" && e.kind === "report") body.push(findingList(e, e.findings, t.report));
  s.replaceChildren(...body);
}

function sheetBlock(e: Entry, sheet: SheetReport): HTMLElement {
  const findings = e.findings.filter((f) => f.sheet === sheet.name);
  return findingList(e, findings, `${t.sheet} “${sheet.name}”: ${t.kind[sheet.kind]}`);
}

function findingList(e: Entry, findings: Finding[], title: string): HTMLElement {
  const block = el("div", { className: "sheet" });
  block.append(el("h4", {}, title, " ", el("span", { className: "file-status" }, `(${t.counts(count(findings, "error"), count(findings, "warning"))})`)));
  if (!findings.length) return block;
  const ul = el("ul", { className: "findings" });
  for (const f of [...findings].sort(bySeverity)) {
    const where = f.cell ?? `${t.line} ${f.line}`;
    const content = [
      el("span", { className: `sev sev-${f.severity}` }, t.severity[f.severity]),
      " ",
      el("strong", {}, where),
      ` ${RULE[f.rule][lang]}: ${t.stated} ${shownValue(f.stated, lang)} → ${t.expected} ${shownValue(f.expected, lang)}`,
      el("span", { className: "msg" }, f.message[lang]),
    ];
    const clickable = e.kind === "workbook" && f.cell && e.sheetNames.includes(f.sheet);
    if (clickable) {
      const b = el("button", { type: "button", className: "finding" }, ...content);
      b.dataset.cell = `${f.sheet}!${f.cell}`;
      b.onclick = () => showSheet(e, f.sheet, f);
      ul.append(el("li", {}, b));
    } else ul.append(el("li", { className: "finding" }, ...content));
  }
  block.append(ul);
  return block;
}

function showSheet(e: Entry, sheetName: string | undefined, f?: Finding): void {
  if (sheetName === undefined || !e.sheetNames.includes(sheetName)) return;
  const sheet = e.grids.get(sheetName);
  if (!sheet) {
    pending = { entry: e, sheet: sheetName, finding: f };
    send({ type: "sheet", id: e.id, name: sheetName });
    return;
  }
  pending = undefined;
  current = { entry: e, sheet: sheet.name };
  $("preview-empty").hidden = true;
  $("preview-controls").hidden = false;
  const select = $<HTMLSelectElement>("preview-sheet");
  select.replaceChildren(...e.sheetNames.map((name) => el("option", { value: name, textContent: name, selected: name === sheet.name })));
  $("preview-file").textContent = e.name;
  const grid = $("preview-grid");
  grid.hidden = false;
  grid.setAttribute("aria-label", t.gridLabel(sheet.name));
  preview.show(sheet, lang, f?.cell ? { cell: f.cell, related: f.related } : undefined);
  if (f?.cell) say(t.showing(f.cell, sheet.name, f.related.join(", ")));
}

function renderTools(): void {
  const workbooks = entries.filter((e) => e.status === "done" && e.kind === "workbook");
  const forms = workbooks.filter((e) => e.sheets.some((s) => s.empty));
  fillSelect($<HTMLSelectElement>("fill-form"), forms);
  $<HTMLButtonElement>("fill").disabled = !forms.length || workbooks.length < 2;
  $("fill-none").hidden = !!forms.length;
  const reports = entries.filter((e) => e.status === "done" && e.kind === "report");
  fillSelect($<HTMLSelectElement>("against-report"), reports);
  $<HTMLButtonElement>("against").disabled = !reports.length || !workbooks.length;
  $("against-none").hidden = !!reports.length;
}

function fillSelect(select: HTMLSelectElement, options: Entry[]): void {
  const chosen = select.value;
  select.replaceChildren(...options.map((e) => el("option", { value: String(e.id), textContent: e.name, selected: String(e.id) === chosen })));
  select.disabled = !options.length;
}

function renderAll(): void {
  renderStatic();
  renderFiles();
  renderProgress();
  renderTools();
  if (current) showSheet(current.entry, current.sheet);
}

// ---- wiring -------------------------------------------------------------------------------------

$("old-browser").hidden = true;
$("app").hidden = false;

const input = $<HTMLInputElement>("file-input");
$("choose").onclick = () => input.click();
input.onchange = () => {
  if (input.files) addFiles(input.files);
  input.value = "";
};
const drop = $("drop");
drop.addEventListener("dragover", (ev) => {
  ev.preventDefault();
  drop.classList.add("drag");
});
drop.addEventListener("dragleave", () => drop.classList.remove("drag"));
drop.addEventListener("drop", (ev) => {
  ev.preventDefault();
  drop.classList.remove("drag");
  if (ev.dataTransfer?.files) addFiles(ev.dataTransfer.files);
});

$("lang").onclick = () => {
  lang = lang === "vi" ? "en" : "vi";
  t = MESSAGES[lang];
  renderAll();
  $("lang").focus();
};
$("summary").onclick = () => send({ type: "summary" });
$("fill").onclick = () => {
  const form = Number($<HTMLSelectElement>("fill-form").value);
  const sources = entries.filter((e) => e.status === "done" && e.kind === "workbook" && e.id !== form && !e.sheets.some((s) => s.empty)).map((e) => e.id);
  send({ type: "fill", form, sources });
};
$("against").onclick = () => {
  const report = Number($<HTMLSelectElement>("against-report").value);
  const workbooks = entries.filter((e) => e.status === "done" && e.kind === "workbook").map((e) => e.id);
  send({ type: "against", report, workbooks });
};
$("preview-sheet").onchange = () => current && showSheet(current.entry, $<HTMLSelectElement>("preview-sheet").value);

renderAll();
