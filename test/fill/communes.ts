/**
 * A province's communes, each sending its own 2026 disbursement appendix, in four layouts seen
 * among communes: (a) contents as rows, NSTW ĐTPT / kinh phí thường xuyên / NSĐP as columns, in
 * triệu đồng, total row on top; (b) in đồng, disbursement before plan, an NSTW total column, the
 * total row (`Cộng`) at the bottom; (c) sources of funding as rows, plan / disbursed / rate as
 * columns, in nghìn đồng; (d) an đặc khu in layout (a) with `vốn sự nghiệp` for kinh phí thường xuyên.
 */
import ExcelJS from "exceljs";
import { join } from "path";

export interface Money {
  DTPT: number;
  SN: number;
  NSDP: number;
}
export interface Commune {
  type: "Xã" | "Phường" | "Đặc khu";
  name: string;
  /** In triệu đồng, to the đồng. */
  plan: Money;
  disbursed: Money;
  layout: "a" | "b" | "c" | "d";
}

const FIRST = ["Tân", "Hòa", "Phú", "An", "Bình", "Thạnh", "Long", "Mỹ", "Đông", "Tây"];
const SECOND = ["Lập", "Thành", "Hưng", "Phước", "Lợi", "Sơn", "Hải", "Thuận", "Xuân", "Quang"];
const PARTS: (keyof Money)[] = ["DTPT", "SN", "NSDP"];

/** `n` communes with figures from a seeded generator: the same every run. */
export function communes(n: number): Commune[] {
  let seed = 20260101;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const amount = (max: number) => Math.round(next() * max * 1000) / 1000;
  return Array.from({ length: n }, (_, i) => {
    const type = i % 17 === 5 ? "Đặc khu" : i % 5 === 1 ? "Phường" : "Xã";
    const plan = { DTPT: amount(9000), SN: amount(3000), NSDP: amount(1500) };
    const share = () => 0.2 + next() * 0.75;
    const disbursed = { DTPT: Math.round(plan.DTPT * share() * 1000) / 1000, SN: Math.round(plan.SN * share() * 1000) / 1000, NSDP: Math.round(plan.NSDP * share() * 1000) / 1000 };
    const layout = type === "Đặc khu" ? "d" : (["a", "b", "c"] as const)[i % 3];
    return { type, name: `${FIRST[i % 10]} ${SECOND[Math.floor(i / 10) % 10]}`, plan, disbursed, layout };
  });
}

export const total = (m: Money) => m.DTPT + m.SN + m.NSDP;

function head(ws: ExcelJS.Worksheet, c: Commune, unit: string, last: string): void {
  ws.getCell("A1").value = `UBND ${c.type.toUpperCase()} ${c.name.toUpperCase()}`;
  ws.mergeCells(`A2:${last}2`);
  ws.getCell("A2").value = "BÁO CÁO KẾT QUẢ GIẢI NGÂN VỐN CHƯƠNG TRÌNH MTQG NĂM 2026";
  ws.mergeCells(`A3:${last}3`);
  ws.getCell("A3").value = `(Kèm theo Báo cáo số 21/BC-UBND ngày 05/12/2026 của UBND ${c.type.toLowerCase()} ${c.name})`;
  ws.getCell(`${last}4`).value = unit;
}

function put(ws: ExcelJS.Worksheet, cells: [string, string][]): void {
  for (const [range, text] of cells) {
    if (range.includes(":")) ws.mergeCells(range);
    ws.getCell(range.split(":")[0]).value = text;
  }
}

const split = (m: Money, k: number): Money => ({ DTPT: m.DTPT * k, SN: m.SN * k, NSDP: m.NSDP * k });
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const rate = (d: number, p: number) => Math.round((d / p) * 10000) / 100;

/** (a) and (d): contents as rows, the total on top. */
function byContents(c: Commune): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Giai ngan 2026");
  head(ws, c, "ĐVT: triệu đồng", "K");
  const sn = c.layout === "d" ? "Vốn sự nghiệp" : "Kinh phí thường xuyên";
  put(ws, [
    ["A5:A6", "TT"], ["B5:B6", "Nội dung"],
    ["C5:F5", "Kế hoạch vốn năm 2026"], ["C6", "Tổng số"], ["D6", "NSTW - Vốn đầu tư phát triển"], ["E6", `NSTW - ${sn}`], ["F6", "Ngân sách địa phương"],
    ["G5:J5", "Giải ngân"], ["G6", "Tổng số"], ["H6", "NSTW - Vốn đầu tư phát triển"], ["I6", `NSTW - ${sn}`], ["J6", "Ngân sách địa phương"],
    ["K5:K6", "Tỷ lệ giải ngân (%)"],
  ]);
  // Two contents: 60% and 40% of each amount, the second taking the rest to the đồng.
  const first = { plan: split(c.plan, 0.6), disbursed: split(c.disbursed, 0.6) };
  for (const k of PARTS) for (const m of ["plan", "disbursed"] as const) first[m][k] = r3(first[m][k]);
  const second = {
    plan: { DTPT: r3(c.plan.DTPT - first.plan.DTPT), SN: r3(c.plan.SN - first.plan.SN), NSDP: r3(c.plan.NSDP - first.plan.NSDP) },
    disbursed: { DTPT: r3(c.disbursed.DTPT - first.disbursed.DTPT), SN: r3(c.disbursed.SN - first.disbursed.SN), NSDP: r3(c.disbursed.NSDP - first.disbursed.NSDP) },
  };
  const rows: [string, string, { plan: Money; disbursed: Money }][] = [
    ["", "Tổng cộng", c],
    ["1", "Nội dung 1: Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế", first],
    ["2", "Nội dung 2: Đầu tư hạ tầng thiết yếu", second],
  ];
  rows.forEach(([stt, label, m], i) => {
    ws.getRow(7 + i).values = [
      stt, label,
      r3(total(m.plan)), m.plan.DTPT, m.plan.SN, m.plan.NSDP,
      r3(total(m.disbursed)), m.disbursed.DTPT, m.disbursed.SN, m.disbursed.NSDP,
      rate(total(m.disbursed), total(m.plan)),
    ];
  });
  return wb;
}

/** (b): in đồng, disbursement first, an NSTW total column, `Cộng` at the bottom. */
function inDong(c: Commune): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Bieu giai ngan");
  head(ws, c, "Đơn vị: đồng", "L");
  put(ws, [
    ["A5:A7", "STT"], ["B5:B7", "Danh mục"],
    ["C5:F5", "Giải ngân đến 30/11/2026"], ["C6:C7", "Tổng số"], ["D6:E6", "Ngân sách trung ương"], ["D7", "Vốn đầu tư phát triển"], ["E7", "Vốn sự nghiệp"], ["F6:F7", "Ngân sách địa phương"],
    ["G5:J5", "Kế hoạch vốn giao"], ["G6:G7", "Tổng số"], ["H6:I6", "Ngân sách trung ương"], ["H7", "Vốn đầu tư phát triển"], ["I7", "Vốn sự nghiệp"], ["J6:J7", "Ngân sách địa phương"],
    ["K5:K7", "Tỷ lệ (%)"], ["L5:L7", "Ghi chú"],
  ]);
  const d = (x: number) => Math.round(x * 1_000_000);
  const row = (m: { plan: Money; disbursed: Money }) => [
    d(total(m.disbursed)), d(m.disbursed.DTPT), d(m.disbursed.SN), d(m.disbursed.NSDP),
    d(total(m.plan)), d(m.plan.DTPT), d(m.plan.SN), d(m.plan.NSDP),
    rate(total(m.disbursed), total(m.plan)),
  ];
  ws.getRow(8).values = ["1", "Chương trình MTQG giai đoạn 2026-2035", ...row(c)];
  ws.getRow(9).values = ["", "Cộng", ...row(c)];
  return wb;
}

/** (c): sources of funding as rows, in nghìn đồng. */
function bySource(c: Commune): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Phu luc");
  head(ws, c, "ĐVT: nghìn đồng", "E");
  put(ws, [["A5", "STT"], ["B5", "Nguồn vốn"], ["C5", "Kế hoạch vốn năm 2026"], ["D5", "Giải ngân"], ["E5", "Tỷ lệ giải ngân (%)"]]);
  const k = (x: number) => Math.round(x * 1000);
  const line = (p: number, g: number) => [k(p), k(g), rate(g, p)];
  ws.getRow(6).values = ["", "Tổng số", ...line(total(c.plan), total(c.disbursed))];
  ws.getRow(7).values = ["1", "Ngân sách trung ương", ...line(c.plan.DTPT + c.plan.SN, c.disbursed.DTPT + c.disbursed.SN)];
  ws.getRow(8).values = ["-", "Vốn đầu tư phát triển", ...line(c.plan.DTPT, c.disbursed.DTPT)];
  ws.getRow(9).values = ["-", "Kinh phí thường xuyên", ...line(c.plan.SN, c.disbursed.SN)];
  ws.getRow(10).values = ["2", "Ngân sách địa phương", ...line(c.plan.NSDP, c.disbursed.NSDP)];
  return wb;
}

/** Writes each commune's appendix; returns the paths in order. */
export async function writeCommunes(dir: string, list: Commune[]): Promise<string[]> {
  const paths: string[] = [];
  for (const [i, c] of list.entries()) {
    const wb = c.layout === "b" ? inDong(c) : c.layout === "c" ? bySource(c) : byContents(c);
    const path = join(dir, `${String(i + 1).padStart(3, "0")}-${c.type}-${c.name}.xlsx`.replace(/\s+/g, "-"));
    await wb.xlsx.writeFile(path);
    paths.push(path);
  }
  return paths;
}
