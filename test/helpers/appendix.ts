/**
 * Builds disbursement appendices in many layouts — header position, total row on top, at the
 * bottom or absent, numbering styles, percent formats, year splits, column orders — and writes them
 * as real .xlsx files, so the engine is tested on layouts the samples lack.
 */
import ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { CellValue, Merge } from "../../src/core/grid";

export type Source = "DTPT" | "SN" | "NSDP";
export const SOURCES: Source[] = ["DTPT", "SN", "NSDP"];

export interface Line {
  kind: "total" | "project" | "sub";
  code: string;
  label: string;
  /** Per year, per source: plan and disbursed. */
  plan: Record<number, Record<Source, number>>;
  disb: Record<number, Record<Source, number>>;
}

const PROJECTS: [string, string, string[]][] = [
  ["1", "Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo", ["Hỗ trợ đầu tư phát triển hạ tầng các huyện nghèo", "Hỗ trợ huyện nghèo thoát khỏi tình trạng nghèo"]],
  ["2", "Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", []],
  ["3", "Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng", ["Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp", "Cải thiện dinh dưỡng"]],
  ["4", "Phát triển giáo dục nghề nghiệp, việc làm bền vững", ["Phát triển giáo dục nghề nghiệp vùng nghèo", "Hỗ trợ người lao động đi làm việc ở nước ngoài", "Hỗ trợ việc làm bền vững"]],
  ["5", "Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo", []],
  ["6", "Truyền thông và giảm nghèo về thông tin", ["Giảm nghèo về thông tin", "Truyền thông về giảm nghèo đa chiều"]],
  ["7", "Nâng cao năng lực và giám sát, đánh giá Chương trình", ["Nâng cao năng lực thực hiện Chương trình", "Giám sát, đánh giá"]],
];

/** A deterministic pseudo-random generator, so fixtures are the same on every run. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Consistent figures for the seven projects, in triệu đồng with up to 2 decimals. */
export function programmeLines(years: number[] = [2023], seed = 7): Line[] {
  const rnd = seeded(seed);
  const leaf = (): Line["plan"][number] => ({
    DTPT: rnd() < 0.4 ? Math.round(rnd() * 2000) : 0,
    SN: Math.round(100 + rnd() * 3000),
    NSDP: rnd() < 0.5 ? Math.round(rnd() * 200) : 0,
  });
  const disbOf = (p: Line["plan"][number]): Line["plan"][number] => ({
    DTPT: Math.round(p.DTPT * (0.4 + rnd() * 0.5) * 100) / 100,
    SN: Math.round(p.SN * (0.3 + rnd() * 0.6) * 100) / 100,
    NSDP: Math.round(p.NSDP * (0.5 + rnd() * 0.5) * 100) / 100,
  });
  const lines: Line[] = [];
  for (const [n, name, subs] of PROJECTS) {
    const project: Line = { kind: "project", code: `DA${n}`, label: `Dự án ${n}: ${name}`, plan: {}, disb: {} };
    lines.push(project);
    const children: Line[] = [];
    for (let i = 0; i < subs.length; i++) {
      const sub: Line = { kind: "sub", code: `DA${n}.${i + 1}`, label: `Tiểu dự án ${i + 1}: ${subs[i]}`, plan: {}, disb: {} };
      for (const y of years) {
        sub.plan[y] = leaf();
        sub.disb[y] = disbOf(sub.plan[y]);
      }
      children.push(sub);
      lines.push(sub);
    }
    for (const y of years) {
      if (children.length) {
        project.plan[y] = sumSources(children.map((c) => c.plan[y]));
        project.disb[y] = sumSources(children.map((c) => c.disb[y]));
      } else {
        project.plan[y] = leaf();
        project.disb[y] = disbOf(project.plan[y]);
      }
    }
  }
  const total: Line = { kind: "total", code: "", label: "TỔNG CỘNG", plan: {}, disb: {} };
  const projects = lines.filter((l) => l.kind === "project");
  for (const y of years) {
    total.plan[y] = sumSources(projects.map((p) => p.plan[y]));
    total.disb[y] = sumSources(projects.map((p) => p.disb[y]));
  }
  return [total, ...lines];
}

function sumSources(xs: Line["plan"][number][]): Line["plan"][number] {
  const r = { DTPT: 0, SN: 0, NSDP: 0 };
  for (const x of xs) for (const s of SOURCES) r[s] = Math.round((r[s] + x[s]) * 100) / 100;
  return r;
}

export const sum3 = (x: Record<Source, number>) => Math.round((x.DTPT + x.SN + x.NSDP) * 100) / 100;

export interface Layout {
  /** Title lines above the header (header starts below them). */
  titleRows: number;
  total: "top" | "bottom" | "none";
  stt: "arabic" | "roman" | "letters" | "dash";
  percentAsFraction: boolean;
  years: number[];
  /** Order of the column groups. */
  order: ("plan" | "disb" | "rate")[];
  /** NSĐP before NSTW inside each group. */
  localFirst: boolean;
  note: "end" | "middle" | "none";
  blankSeparators: boolean;
  numberRow: boolean;
}

export const DEFAULT_LAYOUT: Layout = {
  titleRows: 4,
  total: "top",
  stt: "arabic",
  percentAsFraction: false,
  years: [2023],
  order: ["plan", "disb", "rate"],
  localFirst: false,
  note: "end",
  blankSeparators: false,
  numberRow: true,
};

export interface BuiltSheet {
  name: string;
  rows: CellValue[][];
  merges: Merge[];
  formats: Map<string, string>;
  /** Where each logical figure landed: `${code}|${year}|plan|DTPT` → A1 address. */
  where: Map<string, string>;
}

interface ColumnSpec {
  path: string[];
  value?: (l: Line) => number | null;
  key?: string;
  percent?: boolean;
  token: string;
}

function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"];

/** Lays out the lines; `lines[0]` is the total. */
export function buildDisbursement(lines: Line[], layout: Partial<Layout> = {}, name = "Bieu giai ngan"): BuiltSheet {
  const L = { ...DEFAULT_LAYOUT, ...layout };
  const specs: ColumnSpec[] = [
    { path: ["STT", "STT", "STT"], token: "A" },
    { path: ["Nội dung", "Nội dung", "Nội dung"], token: "B" },
  ];
  const sourceCols = (what: "plan" | "disb", y: number, title: string) => {
    const get = (s: Source) => (l: Line) => (l[what][y][s] === 0 && s !== "SN" ? null : l[what][y][s]);
    const central: ColumnSpec[] = [
      { path: [title, "Ngân sách trung ương", "Vốn ĐTPT"], value: get("DTPT"), key: `${what}|${y}|DTPT`, token: "" },
      { path: [title, "Ngân sách trung ương", "Vốn sự nghiệp"], value: get("SN"), key: `${what}|${y}|SN`, token: "" },
    ];
    const local: ColumnSpec[] = [{ path: [title, "Ngân sách địa phương", "Ngân sách địa phương"], value: get("NSDP"), key: `${what}|${y}|NSDP`, token: "" }];
    return [
      { path: [title, "Tổng số", "Tổng số"], value: (l: Line) => sum3(l[what][y]), key: `${what}|${y}|total`, token: "" },
      ...(L.localFirst ? [...local, ...central] : [...central, ...local]),
    ];
  };
  for (const y of L.years) {
    const suffix = L.years.length > 1 ? ` - Nguồn vốn năm ${y}` : ` năm ${y}`;
    for (const g of L.order) {
      if (g === "plan") specs.push(...sourceCols("plan", y, `Kế hoạch vốn${suffix}`));
      if (g === "disb") specs.push(...sourceCols("disb", y, `Giải ngân${suffix}`));
      if (g === "rate") {
        const t = `Tỷ lệ giải ngân (%)${L.years.length > 1 ? ` năm ${y}` : ""}`;
        specs.push({ path: [t, t, t], percent: true, key: `rate|${y}`, token: "", value: (l) => rate(sum3(l.disb[y]), sum3(l.plan[y])) });
      }
      if (g === "plan" && L.note === "middle" && y === L.years[0]) specs.push({ path: ["Ghi chú", "Ghi chú", "Ghi chú"], token: "" });
    }
  }
  if (L.note === "end") specs.push({ path: ["Ghi chú", "Ghi chú", "Ghi chú"], token: "" });

  // Column numbers and their formulas: 1=2+3+4, rate=disb/plan*100.
  let n = 0;
  const numberOf = new Map<string, number>();
  for (const s of specs.slice(2)) {
    n++;
    if (s.key) numberOf.set(s.key, n);
  }
  n = 0;
  for (const s of specs.slice(2)) {
    n++;
    s.token = String(n);
    if (!s.key) continue;
    const [what, y, src] = s.key.split("|");
    if (src === "total") s.token = `${n}=${SOURCES.map((x) => numberOf.get(`${what}|${y}|${x}`)).join("+")}`;
    if (what === "rate") s.token = `${n}=${numberOf.get(`disb|${y}|total`)}/${numberOf.get(`plan|${y}|total`)}*100`;
  }

  const rows: CellValue[][] = [];
  const merges: Merge[] = [];
  const formats = new Map<string, string>();
  const where = new Map<string, string>();
  const width = specs.length;
  const titles = ["BIỂU 01", "TỔNG HỢP KẾ HOẠCH VỐN VÀ KẾT QUẢ GIẢI NGÂN CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG", "(Kèm theo Báo cáo số     /BC-UBND của UBND huyện Mẫu)"];
  for (let i = 0; i < L.titleRows - 1; i++) {
    rows.push([titles[i % titles.length]]);
    merges.push({ top: i, left: 0, bottom: i, right: width - 1 });
  }
  if (L.titleRows > 0) {
    const unitRow: CellValue[] = [];
    unitRow[width - 1] = "Đơn vị tính: triệu đồng";
    rows.push(unitRow);
  }
  const top = rows.length;
  for (let h = 0; h < 3; h++) rows.push(specs.map((s) => s.path[h]));
  // Merge equal neighbours across, then down.
  for (let h = 0; h < 3; h++) {
    let c = 0;
    while (c < width) {
      let e = c;
      while (e + 1 < width && specs[e + 1].path[h] === specs[c].path[h] && (h === 0 || specs[e + 1].path[h - 1] === specs[c].path[h - 1])) e++;
      let b = h;
      if (e === c) while (b + 1 < 3 && specs[c].path[b + 1] === specs[c].path[h]) b++;
      const covered = merges.some((m) => m.top < top + h && m.bottom >= top + h && m.left <= c && m.right >= c);
      if (!covered && (e > c || b > h)) merges.push({ top: top + h, left: c, bottom: top + b, right: e });
      c = e + 1;
    }
  }
  if (L.numberRow) rows.push(specs.map((s) => s.token));
  const body = [...lines.slice(1)];
  const ordered = L.total === "top" ? [lines[0], ...body] : L.total === "bottom" ? [...body, lines[0]] : body;
  let p = 0;
  let sub = 0;
  for (const line of ordered) {
    if (L.blankSeparators && line.kind === "project" && p > 0) rows.push([]);
    let stt = "";
    if (line.kind === "project") {
      p++;
      sub = 0;
      stt = L.stt === "roman" ? ROMAN[p - 1] : String(p);
    } else if (line.kind === "sub") {
      sub++;
      stt = L.stt === "roman" ? String(sub) : L.stt === "letters" ? `${"abcdefg"[sub - 1]})` : L.stt === "dash" ? "-" : `${p}.${sub}`;
    }
    const r = rows.length;
    const row: CellValue[] = [stt, line.label];
    specs.slice(2).forEach((s, i) => {
      const c = i + 2;
      if (!s.value) return;
      let v = s.value(line);
      if (v === null) return;
      if (s.percent) {
        if (L.percentAsFraction) {
          v = Math.round(v * 100) / 10000;
          formats.set(`${colName(c)}${r + 1}`, "0.00%");
        } else formats.set(`${colName(c)}${r + 1}`, "0.00");
      } else formats.set(`${colName(c)}${r + 1}`, "#,##0.##");
      row[c] = v;
      where.set(`${line.code || "total"}|${s.key}`, `${colName(c)}${r + 1}`);
    });
    rows.push(row);
  }
  return { name, rows, merges, formats, where };
}

export function rate(part: number, whole: number): number | null {
  if (!whole) return null;
  return Math.round((part / whole) * 10000) / 100;
}

/** Writes sheets to a real .xlsx file in a fresh temporary folder; returns its path. */
export async function writeXlsx(sheets: BuiltSheet[], file = "appendix.xlsx"): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === "") return;
        const cell = ws.getCell(r + 1, c + 1);
        if (typeof v === "string" && v.startsWith("=")) cell.value = { formula: v.slice(1) } as ExcelJS.CellFormulaValue;
        else cell.value = v;
        const fmt = s.formats.get(`${colName(c)}${r + 1}`);
        if (fmt) cell.numFmt = fmt;
      }),
    );
    for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  const dir = mkdtempSync(join(tmpdir(), "soat-"));
  const path = join(dir, file);
  await wb.xlsx.writeFile(path);
  return path;
}

/** Sets a cell of a built sheet by A1 address. */
export function put(sheet: BuiltSheet, a1: string, v: CellValue, format?: string): void {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
  const r = Number(m[2]) - 1;
  while (sheet.rows.length <= r) sheet.rows.push([]);
  sheet.rows[r][c - 1] = v;
  if (format) sheet.formats.set(a1, format);
}

export function get(sheet: BuiltSheet, a1: string): CellValue {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
  return sheet.rows[Number(m[2]) - 1]?.[c - 1] ?? null;
}
