/**
 * Two district disbursement appendices laid out unlike the province form, written as real .xlsx
 * files: huyện An Lạc in đồng, disbursement before plan, NSĐP split into cấp tỉnh/cấp huyện (a split
 * the form lacks), loosely labelled rows (`DA3 - Tiểu dự án 1`, `Dự án 6 - TDA1: …`), the total row
 * at the bottom and no column-number row; huyện Bình Sơn in triệu đồng, NSĐP before NSTW, an NSTW
 * total column, Roman-numbered projects and sub-projects that do not name their project.
 */
import ExcelJS from "exceljs";
import { join } from "path";

export type Part = "DTPT" | "SN" | "tinh" | "huyen";
export type Money = Partial<Record<Part, number>>;
export interface Line {
  code: string;
  plan: Money;
  disbursed: Money;
}

const PARTS: Part[] = ["DTPT", "SN", "tinh", "huyen"];
const sum = (m: Money, parts: Part[] = PARTS) => parts.reduce((s, p) => s + (m[p] ?? 0), 0);

/** Huyện An Lạc, in đồng. */
export const AN_LAC: Line[] = [
  { code: "DA1.1", plan: { DTPT: 2_500_000_000, tinh: 300_000_000, huyen: 200_000_000 }, disbursed: { DTPT: 1_800_500_000, tinh: 150_000_000, huyen: 100_000_000 } },
  { code: "DA2", plan: { SN: 850_000_000 }, disbursed: { SN: 412_345_000 } },
  { code: "DA3.1", plan: { SN: 1_200_000_000, huyen: 60_000_000 }, disbursed: { SN: 700_000_000, huyen: 30_000_000 } },
  { code: "DA3.2", plan: { SN: 450_000_000 }, disbursed: { SN: 225_500_000 } },
  { code: "DA6.1", plan: { SN: 120_000_000 }, disbursed: { SN: 90_000_000 } },
  { code: "DA7.2", plan: { SN: 80_000_000 }, disbursed: { SN: 41_250_000 } },
];

/** Huyện Bình Sơn, in triệu đồng (its NSĐP is all cấp tỉnh). */
export const BINH_SON: Line[] = [
  { code: "DA1.1", plan: { DTPT: 4_200, tinh: 420 }, disbursed: { DTPT: 3_150.75, tinh: 210 } },
  { code: "DA3.1", plan: { SN: 980 }, disbursed: { SN: 490.5 } },
  { code: "DA3.2", plan: { SN: 310 }, disbursed: { SN: 155 } },
  { code: "DA4.1", plan: { DTPT: 1_500, SN: 640 }, disbursed: { DTPT: 900, SN: 320.25 } },
  { code: "DA4.3", plan: { SN: 220 }, disbursed: { SN: 99.8 } },
  { code: "DA5", plan: { SN: 1_100, tinh: 100 }, disbursed: { SN: 550, tinh: 50 } },
  { code: "DA7.1", plan: { SN: 360 }, disbursed: { SN: 300 } },
];

const LABELS_AN_LAC: Record<string, string> = {
  DA1: "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng KT-XH",
  "DA1.1": "DA1 - Tiểu dự án 1",
  DA2: "DA 2 - Đa dạng hóa sinh kế",
  DA3: "Dự án 3",
  "DA3.1": "DA3 - Tiểu dự án 1",
  "DA3.2": "DA3 - Tiểu dự án 2",
  DA6: "Dự án 6",
  "DA6.1": "Dự án 6 - TDA1: Giảm nghèo về thông tin",
  DA7: "Dự án 7",
  "DA7.2": "TDA 2 - DA7: Giám sát, đánh giá",
};

const LABELS_BINH_SON: Record<string, [string, string]> = {
  DA1: ["I", "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo"],
  "DA1.1": ["1", "Tiểu dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo"],
  DA3: ["II", "Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng"],
  "DA3.1": ["1", "Tiểu dự án 1: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp"],
  "DA3.2": ["2", "Tiểu dự án 2: Cải thiện dinh dưỡng"],
  DA4: ["III", "Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững"],
  "DA4.1": ["1", "Tiểu dự án 1: Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn"],
  "DA4.3": ["2", "Tiểu dự án 3: Hỗ trợ việc làm bền vững"],
  DA5: ["IV", "Dự án 5: Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo"],
  DA7: ["V", "Dự án 7: Nâng cao năng lực và giám sát, đánh giá Chương trình"],
  "DA7.1": ["1", "Tiểu dự án 1: Nâng cao năng lực thực hiện Chương trình"],
};

/** Lines with their projects added up, in programme order: [code, plan, disbursed]. */
function withProjects(lines: Line[], projectRows: boolean): Line[] {
  const out: Line[] = [];
  const projects = [...new Set(lines.map((l) => l.code.split(".")[0]))];
  for (const p of projects) {
    const subs = lines.filter((l) => l.code.startsWith(p + "."));
    const own = lines.find((l) => l.code === p);
    if (own) out.push(own);
    else if (projectRows) {
      const add = (k: "plan" | "disbursed") => Object.fromEntries(PARTS.map((x) => [x, subs.reduce((s, l) => s + (l[k][x] ?? 0), 0)]).filter(([, v]) => v)) as Money;
      out.push({ code: p, plan: add("plan"), disbursed: add("disbursed") });
    }
    out.push(...subs);
  }
  return out;
}

function totalOf(lines: Line[]): Line {
  const leaves = lines.filter((l) => l.code.includes(".") || !lines.some((x) => x.code.startsWith(l.code + ".")));
  const add = (k: "plan" | "disbursed") => Object.fromEntries(PARTS.map((x) => [x, leaves.reduce((s, l) => s + (l[k][x] ?? 0), 0)])) as Money;
  return { code: "total", plan: add("plan"), disbursed: add("disbursed") };
}

const rate = (d: number, p: number) => (p ? Math.round((d / p) * 10000) / 100 : null);

function header(ws: ExcelJS.Worksheet, cells: [string, string][]): void {
  for (const [range, text] of cells) {
    if (range.includes(":")) ws.mergeCells(range);
    ws.getCell(range.split(":")[0]).value = text;
  }
}

function anLac(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Giai ngan 2023");
  ws.getCell("A1").value = "UBND HUYỆN AN LẠC";
  ws.mergeCells("A2:M2");
  ws.getCell("A2").value = "BÁO CÁO TÌNH HÌNH GIẢI NGÂN VỐN CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG NĂM 2023";
  ws.mergeCells("A3:M3");
  ws.getCell("A3").value = "(Kèm theo Báo cáo số 15/BC-UBND ngày 08/01/2024 của UBND huyện An Lạc)";
  ws.getCell("L4").value = "ĐVT: đồng";
  header(ws, [
    ["A5:A7", "TT"],
    ["B5:B7", "Danh mục dự án"],
    ["C5:G5", "Giải ngân năm 2023"],
    ["C6:C7", "Tổng số"],
    ["D6:E6", "Vốn trung ương"],
    ["D7", "ĐTPT"],
    ["E7", "Sự nghiệp"],
    ["F6:G6", "Vốn địa phương"],
    ["F7", "Cấp tỉnh"],
    ["G7", "Cấp huyện"],
    ["H5:L5", "Kế hoạch vốn năm 2023"],
    ["H6:H7", "Tổng cộng"],
    ["I6:J6", "Vốn trung ương"],
    ["I7", "ĐTPT"],
    ["J7", "Sự nghiệp"],
    ["K6:L6", "Vốn địa phương"],
    ["K7", "Cấp tỉnh"],
    ["L7", "Cấp huyện"],
    ["M5:M7", "Tỷ lệ giải ngân (%)"],
  ]);
  const lines = [...withProjects(AN_LAC, true), totalOf(AN_LAC)];
  let project = 0;
  lines.forEach((l, i) => {
    const r = 8 + i;
    const row = ws.getRow(r);
    row.getCell(1).value = l.code === "total" ? "" : l.code.includes(".") ? "-" : String(++project);
    row.getCell(2).value = l.code === "total" ? "Tổng cộng" : LABELS_AN_LAC[l.code];
    const put = (col: number, m: Money) => {
      row.getCell(col).value = sum(m) || null;
      PARTS.forEach((p, k) => (row.getCell(col + 1 + k).value = m[p] ?? null));
    };
    put(3, l.disbursed);
    put(8, l.plan);
    row.getCell(13).value = rate(sum(l.disbursed), sum(l.plan));
    for (let c = 3; c <= 12; c++) row.getCell(c).numFmt = "#,##0";
    row.getCell(13).numFmt = "0.00";
  });
  ws.getCell(`B${8 + lines.length + 1}`).value = "Người lập biểu";
  return wb;
}

function binhSon(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Thuyet minh").getCell("A1").value = "Thuyết minh báo cáo (không có bảng số liệu)";
  const ws = wb.addWorksheet("Phu luc 05");
  ws.mergeCells("A1:N1");
  ws.getCell("A1").value = "PHỤ LỤC 05 - KẾT QUẢ GIẢI NGÂN NĂM 2023 CỦA UBND HUYỆN BÌNH SƠN";
  ws.getCell("A2").value = "Đơn vị tính: triệu đồng";
  header(ws, [
    ["A3:A5", "STT"],
    ["B3:B5", "Nội dung"],
    ["C3:G3", "Kế hoạch vốn năm 2023"],
    ["C4:C5", "Tổng số"],
    ["D4:D5", "NSĐP"],
    ["E4:G4", "NSTW"],
    ["E5", "Cộng"],
    ["F5", "Vốn ĐTPT"],
    ["G5", "Vốn SN"],
    ["H3:L3", "Đã giải ngân"],
    ["H4:H5", "Tổng số"],
    ["I4:I5", "NSĐP"],
    ["J4:L4", "NSTW"],
    ["J5", "Cộng"],
    ["K5", "Vốn ĐTPT"],
    ["L5", "Vốn SN"],
    ["M3:M5", "Tỷ lệ GN (%)"],
    ["N3:N5", "Ghi chú"],
  ]);
  ["A", "B", "1=2+3", "2", "3=4+5", "4", "5", "6=7+8", "7", "8=9+10", "9", "10", "11=6/1*100", "12"].forEach(
    (t, k) => (ws.getCell(6, k + 1).value = t),
  );
  const lines = [totalOf(BINH_SON), ...withProjects(BINH_SON, true)];
  lines.forEach((l, i) => {
    const row = ws.getRow(7 + i);
    const [stt, label] = l.code === "total" ? ["", "Toàn huyện"] : LABELS_BINH_SON[l.code];
    row.getCell(1).value = stt;
    row.getCell(2).value = label;
    const put = (col: number, m: Money) => {
      const v = [sum(m), sum(m, ["tinh", "huyen"]), sum(m, ["DTPT", "SN"]), m.DTPT ?? 0, m.SN ?? 0];
      v.forEach((x, k) => (row.getCell(col + k).value = Math.round(x * 1000) / 1000 || null));
    };
    put(3, l.plan);
    put(8, l.disbursed);
    row.getCell(13).value = rate(sum(l.disbursed), sum(l.plan));
    for (let c = 3; c <= 12; c++) row.getCell(c).numFmt = "#,##0.###";
    row.getCell(13).numFmt = "0.00";
  });
  return wb;
}

export async function writeDistricts(dir: string): Promise<{ anLac: string; binhSon: string }> {
  const anLacPath = join(dir, "giai-ngan-an-lac.xlsx");
  const binhSonPath = join(dir, "phu-luc-05-binh-son.xlsx");
  await anLac().xlsx.writeFile(anLacPath);
  await binhSon().xlsx.writeFile(binhSonPath);
  return { anLac: anLacPath, binhSon: binhSonPath };
}

/** The province figure for a code (or `total`) and a part, in triệu đồng: An Lạc / 1e6 + Bình Sơn. */
export function provinceFigure(code: string, kind: "plan" | "disbursed", parts: Part[] = PARTS): number {
  const pick = (lines: Line[]) =>
    lines
      .filter((l) => code === "total" || l.code === code || l.code.startsWith(code + "."))
      .reduce((s, l) => s + sum(l[kind], parts), 0);
  return Math.round((pick(AN_LAC) / 1e6 + pick(BINH_SON)) * 1e6) / 1e6;
}
