/**
 * Generated appendices for property tests: consistent disbursement and poverty-target tables in
 * varied layouts, built straight into the grid model, into which 0–3 typical slips can be planted.
 * Every table remembers which of its cells are typed parts, totals and rates, and which column is
 * an identifier, so a test can plant slips where they occur and recognise a fix that touches a code.
 */
import fc from "fast-check";
import { address, sheetFromRows, setCell, type CellValue, type Merge, type SheetGrid } from "../../src/core/grid";

/** What a figure cell is: a typed part, a total of other cells, or a rate. */
export type Role = "part" | "total" | "rate" | "count";

export interface Built {
  rows: CellValue[][];
  /** A1 address → number format. */
  formats: Map<string, string>;
  /** A1 address → role of each figure cell of the body. */
  roles: Map<string, Role>;
  /** Money columns (a unit slip makes sense there). */
  money: Set<number>;
  /** Identifier columns (Mã xã) and the STT column. */
  idCols: Set<number>;
  merges: Merge[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

// ---------- disbursement tables ----------

export interface Leaf {
  /** Plan per source ĐTPT, SN, NSĐP (in thousandths when the table has decimals). */
  plan: [number, number, number];
  /** Disbursed share of each source's plan, in per mille. */
  done: [number, number, number];
}

export interface DisbursementSpec {
  kind: "disbursement";
  title: boolean;
  unitLine: boolean;
  totalAt: "top" | "bottom" | "none";
  /** Split plan and disbursed into Tổng số = ĐTPT + SN + NSĐP. */
  sources: boolean;
  decimals: boolean;
  percentFormat: boolean;
  roman: boolean;
  /** A column-number row under the header (A | B | 1 | 2 | 3=2/1*100). */
  numberRow: boolean;
  /** Rates cut at two decimals instead of rounded (some offices do). */
  truncate: boolean;
  totalLabel: string;
  projects: { da: number; own: Leaf; subs: Leaf[] }[];
}

const leafArb: fc.Arbitrary<Leaf> = fc.record({
  plan: fc.tuple(
    fc.oneof(fc.constant(0), fc.integer({ min: 100_000, max: 40_000_000 })),
    fc.integer({ min: 500_000, max: 40_000_000 }),
    fc.oneof(fc.constant(0), fc.integer({ min: 50_000, max: 5_000_000 })),
  ),
  done: fc.tuple(fc.integer({ min: 50, max: 1000 }), fc.integer({ min: 50, max: 1000 }), fc.integer({ min: 50, max: 1000 })),
});

export const disbursementArb: fc.Arbitrary<DisbursementSpec> = fc.record({
  kind: fc.constant("disbursement" as const),
  title: fc.boolean(),
  unitLine: fc.boolean(),
  totalAt: fc.constantFrom("top" as const, "bottom" as const, "none" as const),
  sources: fc.boolean(),
  decimals: fc.boolean(),
  percentFormat: fc.boolean(),
  roman: fc.boolean(),
  numberRow: fc.boolean(),
  truncate: fc.boolean(),
  totalLabel: fc.constantFrom("Tổng cộng", "TỔNG CỘNG", "Tổng số", "Cộng"),
  projects: fc.uniqueArray(
    fc.record({ da: fc.integer({ min: 1, max: 7 }), own: leafArb, subs: fc.oneof(fc.constant<Leaf[]>([]), fc.array(leafArb, { minLength: 2, maxLength: 4 })) }),
    { minLength: 2, maxLength: 7, selector: (p) => p.da },
  ),
});

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"];

function buildDisbursement(s: DisbursementSpec): Built {
  // Leaves are generated in thousandths of a triệu: with decimals they keep three, else whole triệu.
  const money = (x: number) => (s.decimals ? round3(x / 1000) : Math.round(x / 1000));
  type Vals = { plan: number[]; disb: number[] };
  const leafVals = (l: Leaf): Vals => {
    const plan = l.plan.map(money);
    const disb = plan.map((p, i) => (s.decimals ? round3((p * l.done[i]) / 1000) : Math.floor((p * l.done[i]) / 1000)));
    return { plan, disb };
  };
  const add = (xs: Vals[]): Vals => ({
    plan: [0, 1, 2].map((i) => (s.decimals ? round3 : (v: number) => v)(xs.reduce((a, x) => a + x.plan[i], 0))),
    disb: [0, 1, 2].map((i) => (s.decimals ? round3 : (v: number) => v)(xs.reduce((a, x) => a + x.disb[i], 0))),
  });
  type Line = { stt: string; label: string; vals: Vals; role: "leaf" | "sum" };
  const lines: Line[] = [];
  const projectVals: Vals[] = [];
  s.projects.forEach((p, i) => {
    const subs = p.subs.map(leafVals);
    const own = subs.length ? add(subs) : leafVals(p.own);
    projectVals.push(own);
    lines.push({ stt: s.roman ? ROMAN[i] : String(i + 1), label: `Dự án ${p.da}`, vals: own, role: subs.length ? "sum" : "leaf" });
    subs.forEach((v, j) => lines.push({ stt: s.roman ? String(j + 1) : `${i + 1}.${j + 1}`, label: `Tiểu dự án ${j + 1}`, vals: v, role: "leaf" }));
  });
  const total: Line = { stt: "", label: s.totalLabel, vals: add(projectVals), role: "sum" };
  if (s.totalAt === "top") lines.unshift(total);
  if (s.totalAt === "bottom") lines.push(total);

  const rows: CellValue[][] = [];
  const merges: Merge[] = [];
  if (s.title) rows.push(["BIỂU TỔNG HỢP KẾT QUẢ GIẢI NGÂN VỐN CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG NĂM 2024"]);
  if (s.unitLine) rows.push(["", "", "", "Đơn vị tính: triệu đồng"]);
  const planCols = s.sources ? [2, 3, 4, 5] : [2];
  const disbCols = s.sources ? [6, 7, 8, 9] : [3];
  const rateCol = s.sources ? 10 : 4;
  if (s.sources) {
    rows.push(["STT", "Nội dung", "Kế hoạch vốn", "", "", "", "Đã giải ngân", "", "", "", "Tỷ lệ giải ngân (%)"]);
    rows.push(["", "", "Tổng số", "ĐTPT", "SN", "NSĐP", "Tổng số", "ĐTPT", "SN", "NSĐP", ""]);
    const h = rows.length - 2;
    merges.push({ top: h, left: 2, bottom: h, right: 5 }, { top: h, left: 6, bottom: h, right: 9 });
  } else rows.push(["STT", "Nội dung", "Kế hoạch vốn", "Đã giải ngân", "Tỷ lệ giải ngân (%)"]);
  if (s.numberRow)
    rows.push(s.sources ? ["A", "B", "1=2+3+4", "2", "3", "4", "5=6+7+8", "6", "7", "8", "9=5/1*100"] : ["A", "B", "1", "2", "3=2/1*100"]);
  const formats = new Map<string, string>();
  const roles = new Map<string, Role>();
  const body = rows.length;
  lines.forEach((l, k) => {
    const r = body + k;
    const tot = (xs: number[]) => (s.decimals ? round3(xs[0] + xs[1] + xs[2]) : xs[0] + xs[1] + xs[2]);
    const plan = tot(l.vals.plan);
    const disb = tot(l.vals.disb);
    const row: CellValue[] = [l.stt, l.label];
    row[planCols[0]] = plan;
    row[disbCols[0]] = disb;
    if (s.sources) [0, 1, 2].forEach((i) => ((row[planCols[i + 1]] = l.vals.plan[i]), (row[disbCols[i + 1]] = l.vals.disb[i])));
    const rate = plan > 0 ? (s.truncate ? Math.floor((disb / plan) * 10000 + 1e-7) / 100 : round2((disb / plan) * 100)) : null;
    if (rate !== null) row[rateCol] = s.percentFormat ? Math.round(rate * 100) / 10000 : rate;
    rows.push(row);
    for (const c of [...planCols, ...disbCols]) {
      const derived = l.role === "sum" || (s.sources && (c === planCols[0] || c === disbCols[0]));
      roles.set(address(r, c), derived ? "total" : "part");
    }
    if (rate !== null) {
      roles.set(address(r, rateCol), "rate");
      if (s.percentFormat) formats.set(address(r, rateCol), "0.00%");
    }
  });
  return { rows, formats, roles, money: new Set([...planCols, ...disbCols]), idCols: new Set([0]), merges };
}

// ---------- poverty-target tables ----------

export interface Commune {
  households: number;
  /** Poor households at the start, per mille of the households; the decrease, per mille of those. */
  poor: number;
  escaped: number;
}

export interface TargetSpec {
  kind: "targets";
  title: boolean;
  totalAt: "top" | "bottom" | "none";
  code: boolean;
  codeText: boolean;
  stt: boolean;
  decrease: "rate" | "count" | "none";
  /** Rates stored as fractions in `0.00%` cells. */
  percentFormat: boolean;
  totalLabel: string;
  communes: Commune[];
}

export const targetArb: fc.Arbitrary<TargetSpec> = fc.record({
  kind: fc.constant("targets" as const),
  title: fc.boolean(),
  totalAt: fc.constantFrom("top" as const, "bottom" as const, "none" as const),
  code: fc.boolean(),
  codeText: fc.boolean(),
  stt: fc.boolean(),
  decrease: fc.constantFrom("rate" as const, "count" as const, "none" as const),
  percentFormat: fc.boolean(),
  totalLabel: fc.constantFrom("Toàn huyện", "Tổng cộng", "Toàn xã", "Tổng số"),
  communes: fc.array(
    fc.record({ households: fc.integer({ min: 150, max: 6000 }), poor: fc.integer({ min: 50, max: 600 }), escaped: fc.integer({ min: 0, max: 900 }) }),
    { minLength: 2, maxLength: 12 },
  ),
});

const COMMUNES = ["Xã Tân Lập", "Xã Hòa Bình", "Thị trấn Yên Thế", "Xã Phú Sơn", "Xã Đồng Tâm", "Xã Minh Khai", "Xã Quang Trung", "Xã Thanh Hà", "Xã An Lạc", "Xã Bình Minh", "Xã Kim Sơn", "Xã Lạc Long"];

function buildTargets(s: TargetSpec): Built {
  const rows: CellValue[][] = [];
  const merges: Merge[] = [];
  if (s.title) rows.push(["BIỂU KẾT QUẢ THỰC HIỆN CHỈ TIÊU GIẢM HỘ NGHÈO NĂM 2024"]);
  const lead: string[] = [...(s.stt ? ["STT"] : []), "Tên đơn vị", ...(s.code ? ["Mã xã"] : [])];
  const c0 = lead.length; // households column
  const top = [...lead, "Tổng số hộ", "Đầu kỳ", "", "Cuối kỳ", ""];
  const sub = [...lead.map(() => ""), "", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"];
  if (s.decrease === "rate") (top.push("Mức giảm tỷ lệ hộ nghèo (%)"), sub.push(""));
  if (s.decrease === "count") (top.push("Số hộ nghèo giảm"), sub.push(""));
  rows.push(top, sub);
  const h = rows.length - 2;
  merges.push({ top: h, left: c0 + 1, bottom: h, right: c0 + 2 }, { top: h, left: c0 + 3, bottom: h, right: c0 + 4 });
  const units = s.communes.map((c, i) => {
    const start = Math.max(1, Math.floor((c.households * c.poor) / 1000));
    const end = start - Math.floor((start * c.escaped) / 1000);
    return { name: COMMUNES[i], code: String(4 + 3 * i).padStart(3, "0"), households: c.households, start, end };
  });
  const sum = (k: "households" | "start" | "end") => units.reduce((a, u) => a + u[k], 0);
  const total = { name: s.totalLabel, code: "", households: sum("households"), start: sum("start"), end: sum("end") };
  const lines = units.map((u, i) => ({ ...u, stt: String(i + 1), isTotal: false }));
  if (s.totalAt === "top") lines.unshift({ ...total, stt: "", isTotal: true });
  if (s.totalAt === "bottom") lines.push({ ...total, stt: "", isTotal: true });
  const formats = new Map<string, string>();
  const roles = new Map<string, Role>();
  const idCols = new Set<number>();
  if (s.stt) idCols.add(0);
  if (s.code) idCols.add(c0 - 1);
  const body = rows.length;
  lines.forEach((l, k) => {
    const r = body + k;
    const rs = round2((l.start / l.households) * 100);
    const re = round2((l.end / l.households) * 100);
    const pct = (x: number) => (s.percentFormat ? Math.round(x * 100) / 10000 : x);
    const row: CellValue[] = [...(s.stt ? [l.stt] : []), l.name, ...(s.code ? [l.code] : []), l.households, l.start, pct(rs), l.end, pct(re)];
    if (s.decrease === "rate") row.push(pct(round2(rs - re)));
    if (s.decrease === "count") row.push(l.start - l.end);
    rows.push(row);
    if (s.code && s.codeText && l.code) formats.set(address(r, c0 - 1), "@");
    const kind = (x: Role): Role => (l.isTotal && x === "count" ? "total" : x);
    [c0, c0 + 1, c0 + 3].forEach((c) => roles.set(address(r, c), kind("count")));
    [c0 + 2, c0 + 4].forEach((c) => roles.set(address(r, c), "rate"));
    if (s.decrease !== "none") roles.set(address(r, c0 + 5), s.decrease === "rate" ? "rate" : "total");
    if (s.percentFormat) for (const c of [c0 + 2, c0 + 4, ...(s.decrease === "rate" ? [c0 + 5] : [])]) formats.set(address(r, c), "0.00%");
  });
  return { rows, formats, roles, money: new Set(), idCols, merges };
}

export type Spec = DisbursementSpec | TargetSpec;

export function build(s: Spec): Built {
  return s.kind === "disbursement" ? buildDisbursement(s) : buildTargets(s);
}

// ---------- slips ----------

export type SlipKind = "wrong-total" | "digit" | "unit" | "rate-fraction" | "rate-x100" | "as-text" | "copied";

export interface Slip {
  kind: SlipKind;
  /** Picks the cell among those the slip applies to (0..1). */
  at: number;
  /** A variation: the amount a total is off, the digit changed, the unit factor. */
  by: number;
}

export const slipArb: fc.Arbitrary<Slip> = fc.record({
  kind: fc.constantFrom<SlipKind>("wrong-total", "digit", "unit", "rate-fraction", "rate-x100", "as-text", "copied"),
  at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  by: fc.integer({ min: 1, max: 9 }),
});

/** Writes a number the way Vietnamese Excel shows it: 1.856,135. */
export function viText(x: number): string {
  const [int, dec] = String(Math.abs(x)).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (x < 0 ? "-" : "") + grouped + (dec ? "," + dec : "");
}

export interface Planted {
  slip: SlipKind;
  cell: string;
  was: CellValue;
  now: CellValue;
}

/** Plants the slips into a copy of the rows (each on a different cell); returns what was planted. */
export function plant(b: Built, slips: Slip[]): { rows: CellValue[][]; planted: Planted[] } {
  const rows = b.rows.map((r) => [...r]);
  const planted: Planted[] = [];
  const used = new Set<string>();
  const cells = (want: (role: Role, col: number) => boolean) =>
    [...b.roles].filter(([a, role]) => !used.has(a) && want(role, colOf(a))).map(([a]) => a);
  for (const s of slips) {
    const pool =
      s.kind === "wrong-total"
        ? cells((r) => r === "total")
        : s.kind === "rate-fraction" || s.kind === "rate-x100"
          ? cells((r) => r === "rate")
          : s.kind === "unit"
            ? cells((r, c) => r === "part" && b.money.has(c))
            : cells((r) => r === "part" || r === "count");
    if (!pool.length) continue;
    const a = pool[Math.floor(s.at * pool.length)];
    const { row, col } = rc(a);
    const was = rows[row][col];
    if (typeof was !== "number") continue;
    const pct = b.formats.get(a)?.includes("%");
    let now: CellValue = was;
    switch (s.kind) {
      case "wrong-total":
        now = was + s.by * (was >= 100 ? 10 ** Math.floor(Math.log10(was) - 1) : 1);
        break;
      case "digit": {
        const t = String(was);
        const i = Math.floor(s.at * 7919) % t.length;
        if (!/\d/.test(t[i])) continue;
        const d = (Number(t[i]) + s.by) % 10;
        now = Number(t.slice(0, i) + d + t.slice(i + 1));
        if (!Number.isFinite(now) || now === was) continue;
        break;
      }
      case "unit":
        now = was * (s.by % 2 ? 1000 : 1_000_000);
        break;
      case "rate-fraction":
        now = pct ? was / 100 : Math.round(was * 100) / 10000;
        break;
      case "rate-x100":
        now = Math.round(was * 10000) / 100;
        break;
      case "as-text":
        now = viText(was);
        break;
      case "copied": {
        const above = rows[row - 1]?.[col];
        if (typeof above !== "number" || above === was || !b.roles.has(address(row - 1, col))) continue;
        now = above;
        break;
      }
    }
    if (now === was || now === 0) continue;
    rows[row][col] = now;
    used.add(a);
    planted.push({ slip: s.kind, cell: a, was, now });
  }
  return { rows, planted };
}

function rc(a: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}
const colOf = (a: string) => rc(a).col;

/** The grid of rows with the table's number formats. */
export function toSheet(name: string, rows: CellValue[][], b: Built): SheetGrid {
  const sheet = sheetFromRows(name, rows, b.merges);
  for (const [a, format] of b.formats) {
    const { row, col } = rc(a);
    const v = rows[row]?.[col];
    if (v !== undefined && v !== null && v !== "") setCell(sheet, row, col, { value: v, format });
  }
  return sheet;
}

/** The rows as a paste-able literal, one line each. */
export function showRows(rows: CellValue[][], formats: Map<string, string>): string {
  const lines = rows.map((r) => "  " + JSON.stringify(r.map((v) => (v === undefined ? "" : v))) + ",");
  const f = formats.size ? `\n  formats: ${JSON.stringify(Object.fromEntries(formats))}` : "";
  return `[\n${lines.join("\n")}\n]${f}`;
}
