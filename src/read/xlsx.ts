/**
 * An .xlsx/.xlsm package into the engine's grid: the workbook, its relationships, styles (number
 * formats only), shared strings and worksheets. No other part is opened, so charts, drawings,
 * pivot caches, comments or images can never stop a workbook from being read.
 */
import type { SheetGrid, WorkbookGrid } from "../core/grid";
import { refuse } from "./errors";
import { BUILTIN_FORMATS } from "./formats";
import { MAX_CELLS, MAX_CELLS_PER_SHEET, MAX_CELL_TEXT, MAX_SHARED_STRINGS } from "./limits";
import { parseSheet } from "./sheet";
import { decodePart } from "./text";
import { type Fail, XmlScanner } from "./xml";
import type { ZipArchive } from "./zip";

interface Relationship {
  type: string;
  target: string;
}

export async function readXlsx(zip: ZipArchive, file: string): Promise<WorkbookGrid> {
  const fail: Fail = (vi, en) => {
    throw refuse.damaged(file, vi, en);
  };
  const text = async (name: string) => {
    const b = await zip.read(name);
    return b && decodePart(b, name, fail);
  };

  const root = relationships(await text("_rels/.rels"), "", fail);
  const main = [...root.values()].find((r) => r.type.endsWith("/officeDocument"));
  const wbPath = main?.target ?? "xl/workbook.xml";
  const wbXml = await text(wbPath);
  if (wbXml === undefined) throw refuse.notWorkbook(file);
  const wbRelsPath = relsPathOf(wbPath);
  const wbRelsXml = await text(wbRelsPath);
  if (wbRelsXml === undefined) fail(`thiếu ${wbRelsPath}`, `${wbRelsPath} is missing`);
  const rels = relationships(wbRelsXml, folderOf(wbPath), fail);
  const partOf = (suffix: string, fallback: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target ?? fallback;

  const { sheets: entries, date1904 } = workbookSheets(wbXml, wbPath, fail);
  const formats = cellFormats(await text(partOf("/styles", "xl/styles.xml")), fail);
  const ssPath = partOf("/sharedStrings", "xl/sharedStrings.xml");
  const ssXml = await text(ssPath);
  const strings = ssXml === undefined ? undefined : sharedStrings(ssXml, ssPath, file, fail);

  let total = 0;
  const sheets: SheetGrid[] = [];
  for (const s of entries) {
    const rel = rels.get(s.rid);
    if (!rel) fail(`trang "${s.name}" trỏ tới quan hệ ${s.rid} không có`, `sheet "${s.name}" points at relationship ${s.rid}, which does not exist`);
    if (rel.type && !rel.type.endsWith("/worksheet")) continue; // a chart sheet, dialog or macro sheet: no cells
    const xml = await text(rel.target);
    if (xml === undefined) fail(`thiếu trang tính ${rel.target} (trang "${s.name}")`, `worksheet ${rel.target} (sheet "${s.name}") is missing`);
    let inSheet = 0;
    sheets.push(
      parseSheet(xml, s.name, rel.target, {
        strings,
        formats,
        date1904,
        fail,
        count: () => {
          if (++inSheet > MAX_CELLS_PER_SHEET)
            throw refuse.tooLarge(file, `trang "${s.name}" có hơn ${MAX_CELLS_PER_SHEET.toLocaleString("vi-VN")} ô`, `sheet "${s.name}" has more than ${MAX_CELLS_PER_SHEET.toLocaleString("en")} cells`);
          if (++total > MAX_CELLS)
            throw refuse.tooLarge(file, `sổ có hơn ${MAX_CELLS.toLocaleString("vi-VN")} ô`, `the workbook has more than ${MAX_CELLS.toLocaleString("en")} cells`);
        },
        tooLong: (where) => tooLong(file, where),
      }),
    );
  }
  return { sheets };
}

function tooLong(file: string, where: string): never {
  throw refuse.tooLarge(
    file,
    `ô ${where} có hơn ${MAX_CELL_TEXT.toLocaleString("vi-VN")} ký tự (giới hạn của Excel)`,
    `cell ${where} holds more than ${MAX_CELL_TEXT.toLocaleString("en")} characters (Excel's limit)`,
  );
}

function folderOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i + 1);
}

function relsPathOf(path: string): string {
  return `${folderOf(path)}_rels/${path.slice(folderOf(path).length)}.rels`;
}

/** A relationship's target as a package path: relative to the source's folder, or absolute. */
function resolve(base: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : base + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

function relationships(xml: string | undefined, base: string, fail: Fail): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  if (xml === undefined) return out;
  const sc = new XmlScanner(xml, fail, "rels");
  while (sc.next()) {
    if (sc.closing || sc.name !== "Relationship") continue;
    const a = sc.attrs();
    if (!a.Id || !a.Target || a.TargetMode === "External") continue;
    out.set(a.Id, { type: a.Type ?? "", target: resolve(base, a.Target) });
  }
  return out;
}

function workbookSheets(xml: string, part: string, fail: Fail): { sheets: { name: string; rid: string }[]; date1904: boolean } {
  const sc = new XmlScanner(xml, fail, part);
  const sheets: { name: string; rid: string }[] = [];
  let date1904 = false;
  while (sc.next()) {
    if (sc.closing) continue;
    if (sc.name === "workbookPr") {
      const v = sc.attrs().date1904;
      date1904 = v === "1" || v === "true";
    } else if (sc.name === "sheet") {
      const a = sc.attrs();
      const ridKey = Object.keys(a).find((k) => /:id$/.test(k));
      const rid = ridKey ? a[ridKey] : "";
      if (!rid) fail(`trang "${a.name ?? ""}" không trỏ tới phần nào`, `sheet "${a.name ?? ""}" points at no part`);
      sheets.push({ name: a.name ?? "", rid });
    }
  }
  return { sheets, date1904 };
}

/** The number format of each cell style: its own code, or the built-in one of its id (0 has none). */
function cellFormats(xml: string | undefined, fail: Fail): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  if (xml === undefined) return out;
  const sc = new XmlScanner(xml, fail, "styles.xml");
  const custom = new Map<number, string>();
  let inCellXfs = false;
  while (sc.next()) {
    if (sc.name === "cellXfs") inCellXfs = !sc.closing && !sc.selfClosing;
    else if (sc.closing) continue;
    else if (sc.name === "numFmt") {
      const a = sc.attrs();
      if (a.numFmtId !== undefined && a.formatCode !== undefined) custom.set(parseInt(a.numFmtId, 10), a.formatCode.replace(/[\\](.)/g, "$1"));
    } else if (sc.name === "xf" && inCellXfs) {
      const id = parseInt(sc.attrs().numFmtId ?? "0", 10);
      out.push(id ? (custom.get(id) ?? BUILTIN_FORMATS[id]) : undefined);
    }
  }
  return out;
}

const ESCAPED = /_x([0-9A-F]{4})_/g;
const unescapeX = (s: string) => (s.indexOf("_x") < 0 ? s : s.replace(ESCAPED, (_m, h: string) => String.fromCharCode(parseInt(h, 16))));

/** The shared strings: the text of each entry's runs, phonetic guides left out. */
function sharedStrings(xml: string, part: string, file: string, fail: Fail): (string | undefined)[] {
  const sc = new XmlScanner(xml, fail, part);
  const out: (string | undefined)[] = [];
  let current: string | undefined;
  let inItem = false;
  let inPhonetic = false;
  while (sc.next()) {
    const tag = sc.name;
    if (tag === "si") {
      if (sc.closing) {
        if (current !== undefined && current.length > MAX_CELL_TEXT) tooLong(file, `(${part} #${out.length})`);
        out.push(current);
        inItem = false;
      } else if (sc.selfClosing) out.push(undefined);
      else {
        inItem = true;
        current = undefined;
      }
      if (out.length > MAX_SHARED_STRINGS)
        throw refuse.tooLarge(file, `hơn ${MAX_SHARED_STRINGS.toLocaleString("vi-VN")} chuỗi dùng chung`, `more than ${MAX_SHARED_STRINGS.toLocaleString("en")} shared strings`);
    } else if (tag === "rPh") inPhonetic = !sc.closing && !sc.selfClosing;
    else if (tag === "t" && inItem && !inPhonetic && !sc.closing) current = (current ?? "") + unescapeX(sc.text());
  }
  return out;
}
