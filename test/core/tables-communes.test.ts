/**
 * Tables of 2026 as communes, wards and provinces write them — rows as units (xã, phường, đặc khu,
 * thôn, bản, ấp, buôn, tổ dân phố, khu phố), the total on top or at the bottom, label columns
 * headed `Tên đơn vị`, `Địa bàn`, `Thôn/bản`, `Xã, phường`, headers merged over two or three rows,
 * column-number rows — each written as a real .xlsx: it must be recognised (kind, label column,
 * total row, figure columns), its correct twin must get no finding, and its planted slip must be
 * named at its cell.
 */
import type { CellValue, Merge } from "../../src/core/grid";
import { analyzeWorkbook, type Analysis } from "../../src/core";
import { readWorkbook } from "../../src/cli/readXlsx";
import { writeXlsx } from "../helpers/appendix";

const r2 = (x: number) => Math.round(x * 100) / 100;
const pct = (part: number, whole: number) => r2((part / whole) * 100);
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

interface Layout {
  name: string;
  rows: CellValue[][];
  merges?: string[];
  formats?: Record<string, string>;
  kind: "targets" | "disbursement";
  labelCol: string;
  /** The total row, 1-based. */
  total: number;
  figures: string[];
  /** Rows (1-based) whose parent is not the total row: row → parent row. */
  parents?: Record<number, number>;
  slip: { cell: string; value: CellValue; rule: string };
}

const COL = (letter: string) => letter.charCodeAt(0) - 65;

function merge(a1: string): Merge {
  const m = /^([A-Z])(\d+):([A-Z])(\d+)$/.exec(a1)!;
  return { top: Number(m[2]) - 1, left: COL(m[1]), bottom: Number(m[4]) - 1, right: COL(m[3]) };
}

async function analyse(l: Layout, rows: CellValue[][]): Promise<Analysis> {
  const sheet = { name: "Biểu", rows, merges: (l.merges ?? []).map(merge), formats: new Map(Object.entries(l.formats ?? {})), where: new Map<string, string>() };
  return analyzeWorkbook(await readWorkbook(await writeXlsx([sheet])));
}

function planted(l: Layout): CellValue[][] {
  const rows = l.rows.map((r) => r.slice());
  const m = /^([A-Z])(\d+)$/.exec(l.slip.cell)!;
  rows[Number(m[2]) - 1][COL(m[1])] = l.slip.value;
  return rows;
}

/** Households, poor and near-poor households of some units: consistent counts. */
type Unit = [string, number, number, number];

/** Rows of unit figures with the total on top or at the bottom. */
function withTotal(label: string, units: CellValue[][], bottom: boolean, total: CellValue[]): CellValue[][] {
  const t = ["", label, ...total];
  const numbered = units.map((u, i) => [String(i + 1), ...u]);
  return bottom ? [...numbered, t] : [t, ...numbered];
}

function households(units: Unit[], label: string, bottom: boolean): CellValue[][] {
  const rows = units.map(([n, h, p, c]) => [n, h, p, pct(p, h), c, pct(c, h)]);
  const [h, p, c] = [1, 2, 3].map((i) => sum(units.map((u) => u[i] as number)));
  return withTotal(label, rows, bottom, [h, p, pct(p, h), c, pct(c, h)]);
}

const GROUPS: Unit[] = [
  ["Tổ dân phố 1", 412, 9, 15],
  ["Tổ dân phố 2", 538, 14, 21],
  ["Tổ dân phố Số 3", 297, 6, 11],
  ["Tổ dân phố 4", 365, 12, 8],
];

const VILLAGES: Unit[] = [
  ["Thôn Nà Hẩu", 186, 41, 23],
  ["Bản Phiêng Luông", 143, 37, 19],
  ["Thôn 3", 221, 28, 30],
  ["Bản Khe Cóc", 97, 30, 12],
];

const HAMLETS: Unit[] = [
  ["Ấp 1", 640, 18, 25],
  ["Ấp Bình Lợi", 512, 11, 19],
  ["Ấp Tân Thành", 705, 23, 31],
];

const BUON: Unit[] = [
  ["Buôn Ea Sar", 230, 46, 30],
  ["Buôn Tơ Lơ", 175, 52, 21],
  ["Bon Bu Prâng", 160, 29, 18],
  ["Buôn Ko Siar", 210, 33, 27],
];

/** Plan and disbursed of a province's communes, in triệu đồng. */
const COMMUNES: [string, number, number][] = [
  ["Xã Tân Lập", 4200, 3024],
  ["Phường Mỹ Lộc", 2398, 1228],
  ["Đặc khu Cô Tô", 5120, 4480.5],
  ["Xã Hòa Bình", 1870, 935],
];

/** Plan and disbursed split ĐTPT | KPTX | NSĐP. */
const SPLIT: [string, number[], number[]][] = [
  ["Xã Tân Lập", [1200, 800, 150], [960, 512, 90]],
  ["Phường Mỹ Lộc", [0, 650, 80], [0, 401.5, 40]],
  ["Đặc khu Cô Tô", [2500, 900, 300], [1875, 630, 210]],
  ["Xã Phú Hưng", [700, 450, 60], [350, 300.25, 60]],
];

const start = [52, 47, 38, 61];
const end = [44, 40, 35, 50];
const PLACES = ["Thôn Đông", "Thôn Tây", "Thôn Nam", "Thôn Bắc"];

const LAYOUTS: Layout[] = [
  {
    name: "a ward's residential groups, `Tổ dân phố` column, `Toàn phường` at the bottom",
    rows: [
      ["UBND PHƯỜNG AN HÒA"],
      ["KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2025"],
      ["STT", "Tổ dân phố", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)", "Số hộ cận nghèo", "Tỷ lệ hộ cận nghèo (%)"],
      ...households(GROUPS, "Toàn phường", true),
    ],
    kind: "targets",
    labelCol: "B",
    total: 8,
    figures: ["C", "D", "E", "F", "G"],
    // 1.612 households, typed 1.712.
    slip: { cell: "C8", value: 1712, rule: "sum-mismatch" },
  },
  {
    name: "a commune's villages, `Thôn/bản`, `Toàn xã` on top, two merged header rows, `(1) (2) (3)=(2)/(1)`",
    rows: [
      ["UBND XÃ MƯỜNG LẠN"],
      ["TỶ LỆ HỘ NGHÈO, HỘ CẬN NGHÈO THEO THÔN, BẢN NĂM 2025"],
      ["STT", "Thôn/bản", "Tổng số hộ", "Hộ nghèo", null, "Hộ cận nghèo", null],
      [null, null, null, "Số hộ", "Tỷ lệ (%)", "Số hộ", "Tỷ lệ (%)"],
      ["(A)", "(B)", "(1)", "(2)", "(3)=(2)/(1)", "(4)", "(5)=(4)/(1)"],
      ...households(VILLAGES, "Toàn xã", false),
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3"],
    kind: "targets",
    labelCol: "B",
    total: 6,
    figures: ["C", "D", "E", "F", "G"],
    // 25,87% typed as a fraction.
    slip: { cell: "E8", value: 0.2587, rule: "percent-scale" },
  },
  {
    name: "a province's communes, wards and special zone, `Tên đơn vị`, `Toàn tỉnh` on top, triệu đồng",
    rows: [
      ["UBND TỈNH QUẢNG NINH"],
      ["KẾT QUẢ GIẢI NGÂN VỐN CHƯƠNG TRÌNH MTQG NĂM 2026"],
      ["Đơn vị tính: triệu đồng"],
      ["STT", "Tên đơn vị", "Kế hoạch vốn năm 2026", "Giải ngân", "Tỷ lệ giải ngân (%)"],
      ...withTotal(
        "Toàn tỉnh",
        COMMUNES.map(([n, p, d]) => [n, p, d, pct(d, p)]),
        false,
        [sum(COMMUNES.map((c) => c[1])), sum(COMMUNES.map((c) => c[2])), pct(sum(COMMUNES.map((c) => c[2])), sum(COMMUNES.map((c) => c[1])))],
      ),
    ],
    kind: "disbursement",
    labelCol: "B",
    total: 5,
    figures: ["C", "D", "E"],
    // 1.228 / 2.398 = 51,21%, typed 63%.
    slip: { cell: "E7", value: 63, rule: "percent-mismatch" },
  },
  {
    name: "a province's communes under three header rows (plan, NSTW over ĐTPT | KPTX), `Cộng toàn tỉnh` at the bottom",
    rows: [
      ["TỔNG HỢP KẾT QUẢ GIẢI NGÂN NĂM 2026"],
      ["Đơn vị tính: triệu đồng"],
      ["STT", "Xã, phường", "Kế hoạch vốn năm 2026", null, null, null, "Giải ngân", null, null, null],
      [null, null, "Tổng số", "Ngân sách trung ương", null, "Ngân sách địa phương", "Tổng số", "Ngân sách trung ương", null, "Ngân sách địa phương"],
      [null, null, null, "Đầu tư phát triển", "Kinh phí thường xuyên", null, null, "Đầu tư phát triển", "Kinh phí thường xuyên", null],
      ...withTotal(
        "Cộng toàn tỉnh",
        SPLIT.map(([n, p, d]) => [n, r2(sum(p)), ...p, r2(sum(d)), ...d]),
        true,
        [1, 2].flatMap((k) => [r2(sum(SPLIT.map((s) => sum(s[k] as number[])))), ...[0, 1, 2].map((i) => r2(sum(SPLIT.map((s) => (s[k] as number[])[i]))))]),
      ),
    ],
    merges: ["A3:A5", "B3:B5", "C3:F3", "G3:J3", "C4:C5", "D4:E4", "F4:F5", "G4:G5", "H4:I4", "J4:J5"],
    kind: "disbursement",
    labelCol: "B",
    total: 10,
    figures: ["C", "D", "E", "F", "G", "H", "I", "J"],
    // Phường Mỹ Lộc's disbursed 441,5 typed 481,5.
    slip: { cell: "G7", value: 481.5, rule: "sum-mismatch" },
  },
  {
    name: "a commune's villages by `Địa bàn`, start and end of the year, `A | B | 1 | 2 | 3=1-2`",
    rows: [
      ["UBND XÃ TÂN PHÚ"],
      ["KẾT QUẢ GIẢM NGHÈO NĂM 2025"],
      ["STT", "Địa bàn", "Số hộ nghèo đầu năm", "Số hộ nghèo cuối năm", "Số hộ giảm"],
      ["A", "B", "1", "2", "3=1-2"],
      ...withTotal(
        "Toàn xã",
        PLACES.map((n, i) => [n, start[i], end[i], start[i] - end[i]]),
        false,
        [sum(start), sum(end), sum(start) - sum(end)],
      ),
    ],
    kind: "targets",
    labelCol: "B",
    total: 5,
    figures: ["C", "D", "E"],
    // Thôn Nam: 38 − 35 = 3, typed 5.
    slip: { cell: "E8", value: 5, rule: "difference-mismatch" },
  },
  {
    name: "a southern commune's hamlets, `Tên ấp`, `Toàn xã` on top, a breakdown of households",
    rows: [
      ["UBND XÃ BÌNH LỢI"],
      ["SỐ HỘ NGHÈO, CẬN NGHÈO, MỚI THOÁT NGHÈO NĂM 2025"],
      ["STT", "Tên ấp", "Tổng số hộ nghèo, cận nghèo, mới thoát nghèo", "Hộ nghèo", "Hộ cận nghèo", "Hộ mới thoát nghèo"],
      ...withTotal(
        "Toàn xã",
        HAMLETS.map(([n, , p, c], i) => [n, p + c + 4 + i, p, c, 4 + i]),
        false,
        [sum(HAMLETS.map(([, , p, c], i) => p + c + 4 + i)), sum(HAMLETS.map((u) => u[2])), sum(HAMLETS.map((u) => u[3])), 15],
      ),
    ],
    kind: "targets",
    labelCol: "B",
    total: 4,
    figures: ["C", "D", "E", "F"],
    // 52 poor households in all, typed 55.
    slip: { cell: "D4", value: 55, rule: "sum-mismatch" },
  },
  {
    name: "a highland commune's buôn and bon, `Buôn, bon`, `Cộng` at the bottom, rates as 0.00% fractions",
    rows: [
      ["UBND XÃ EA SAR"],
      ["TỶ LỆ HỘ NGHÈO THEO BUÔN, BON NĂM 2025"],
      ["STT", "Buôn, bon", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ hộ nghèo"],
      ...withTotal(
        "Cộng",
        BUON.map(([n, h, p]) => [n, h, p, r2((p / h) * 100) / 100]),
        true,
        [sum(BUON.map((u) => u[1])), sum(BUON.map((u) => u[2])), r2((sum(BUON.map((u) => u[2])) / sum(BUON.map((u) => u[1]))) * 100) / 100],
      ),
    ],
    formats: Object.fromEntries([4, 5, 6, 7, 8].map((r) => [`E${r}`, "0.00%"])),
    kind: "targets",
    labelCol: "B",
    total: 8,
    figures: ["C", "D", "E"],
    // The units' rates averaged (20,00 + 29,71 + 18,13 + 15,71) / 4 = 20,89% instead of 160/775 = 20,65%.
    slip: { cell: "E8", value: 0.2089, rule: "averaged-rate" },
  },
  {
    name: "a ward's quarters, `Khu phố`, `Toàn phường` on top, `Kinh phí` over plan | actual | rate, `(1) (2) (3)=(2)/(1)`",
    rows: [
      ["UBND PHƯỜNG MỸ LỘC"],
      ["KINH PHÍ HỖ TRỢ PHÁT TRIỂN SẢN XUẤT NĂM 2026"],
      ["Đơn vị tính: triệu đồng"],
      ["STT", "Khu phố", "Kinh phí hỗ trợ", null, null],
      [null, null, "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"],
      ["(A)", "(B)", "(1)", "(2)", "(3)=(2)/(1)"],
      ...withTotal(
        "Toàn phường",
        [
          ["Khu phố 1", 320, 256, pct(256, 320)],
          ["Khu phố 2", 410, 287, pct(287, 410)],
          ["Khu phố 3", 275, 220, pct(220, 275)],
        ],
        false,
        [1005, 763, pct(763, 1005)],
      ),
    ],
    merges: ["A4:A5", "B4:B5", "C4:E4"],
    kind: "disbursement",
    labelCol: "B",
    total: 7,
    figures: ["C", "D", "E"],
    // 287 / 410 = 70%, typed 0,7.
    slip: { cell: "E9", value: 0.7, rule: "percent-scale" },
  },
  {
    name: "a city's wards and communes, `Phường, xã`, `Tổng cộng toàn thành phố` at the bottom, `1 | 2 | 3=1+2`",
    rows: [
      ["UBND THÀNH PHỐ HẢI PHÒNG"],
      ["KẾ HOẠCH VỐN NĂM 2026 THEO NGUỒN"],
      ["Đơn vị tính: triệu đồng"],
      ["TT", "Phường, xã", "Ngân sách trung ương", "Ngân sách địa phương", "Tổng số"],
      [null, null, "1", "2", "3=1+2"],
      ...withTotal(
        "Tổng cộng toàn thành phố",
        [
          ["Phường 1", 1250, 310, 1560],
          ["Phường 2", 980, 120, 1100],
          ["Phường 3", 1430, 275, 1705],
          ["Xã Tân Phú", 2100, 400, 2500],
        ],
        true,
        [5760, 1105, 6865],
      ),
    ],
    kind: "disbursement",
    labelCol: "B",
    total: 10,
    figures: ["C", "D", "E"],
    // Phường 2: 980 + 120 = 1.100, typed 1.010.
    slip: { cell: "E7", value: 1010, rule: "sum-mismatch" },
  },
  {
    name: "a province's targets by `Xã/phường/đặc khu`, `Toàn tỉnh` on top, decrease against the assigned target",
    rows: [
      ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU GIẢM NGHÈO NĂM 2025"],
      ["STT", "Xã/phường/đặc khu", "Số hộ nghèo đầu kỳ", "Số hộ nghèo cuối kỳ", "Số hộ nghèo giảm", "Chỉ tiêu giao giảm (hộ)", "Tỷ lệ đạt so với chỉ tiêu (%)"],
      ["A", "B", "1", "2", "3=1-2", "4", "5=3/4*100"],
      ...withTotal(
        "Toàn tỉnh",
        [
          ["Xã Tân Lập", 120, 96, 24, 20, 120],
          ["Phường Mỹ Lộc", 45, 39, 6, 8, 75],
          ["Đặc khu Cô Tô", 80, 62, 18, 15, 120],
        ],
        false,
        [245, 197, 48, 43, pct(48, 43)],
      ),
    ],
    kind: "targets",
    labelCol: "B",
    total: 4,
    figures: ["C", "D", "E", "F", "G"],
    // Phường Mỹ Lộc: 6 / 8 = 75%, typed 80%.
    slip: { cell: "G6", value: 80, rule: "percent-mismatch" },
  },
  {
    name: "a commune's villages, `Tên bản`, `Toàn xã` at the bottom, households and people",
    rows: [
      ["UBND XÃ PÁ KHOANG"],
      ["DÂN SỐ VÀ HỘ NGHÈO THEO BẢN NĂM 2025"],
      ["STT", "Tên bản", "Tổng số hộ", "Số nhân khẩu", "Số hộ nghèo"],
      ...withTotal(
        "Toàn xã",
        [
          ["Bản Nà Cà", 142, 611, 38],
          ["Bản Huổi Só", 98, 455, 41],
          ["Bản Pá Khoang", 177, 760, 29],
        ],
        true,
        [417, 1826, 108],
      ),
    ],
    kind: "targets",
    labelCol: "B",
    total: 7,
    figures: ["C", "D", "E"],
    // 1.826 people in all, typed 1.862.
    slip: { cell: "D7", value: 1862, rule: "sum-mismatch" },
  },
  {
    name: "a commune's villages, `Thôn, bản`, `Cộng xã` (a type without a name) at the bottom",
    rows: [
      ["UBND XÃ NẬM CẮN"],
      ["STT", "Thôn, bản", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)", "Số hộ cận nghèo", "Tỷ lệ hộ cận nghèo (%)"],
      ...households(VILLAGES, "Cộng xã", true),
    ],
    kind: "targets",
    labelCol: "B",
    total: 7,
    figures: ["C", "D", "E", "F", "G"],
    // 84 near-poor households, typed 48.
    slip: { cell: "F7", value: 48, rule: "sum-mismatch" },
  },
  {
    name: "a province's communes, `A | TỔNG CỘNG` on top, the total's rate averaged over the units",
    rows: [
      ["Đơn vị tính: triệu đồng"],
      ["STT", "Tên đơn vị", "Kế hoạch vốn năm 2026", "Giải ngân", "Tỷ lệ giải ngân (%)"],
      ["A", "TỔNG CỘNG", 11190, 8439.5, pct(8439.5, 11190)],
      ["1", "Xã Tân Lập", 4200, 3024, 72],
      ["2", "Xã Hòa Bình", 1870, 935, 50],
      ["3", "Đặc khu Cô Tô", 5120, 4480.5, pct(4480.5, 5120)],
    ],
    kind: "disbursement",
    labelCol: "B",
    total: 3,
    figures: ["C", "D", "E"],
    // (72 + 50 + 87,51) / 3 = 69,84% instead of 8.439,5 / 11.190 = 75,42%.
    slip: { cell: "E3", value: 69.84, rule: "averaged-rate" },
  },
  {
    name: "a town's villages and groups numbered in their labels, `Thôn, tổ dân phố`, `Toàn thị trấn` on top",
    rows: [
      ["UBND THỊ TRẤN MẪU"],
      ["Thôn, tổ dân phố", "Tổng số hộ", "Số hộ nghèo", "Số hộ cận nghèo"],
      ["Toàn thị trấn", 1128, 47, 66],
      ["1. Thôn Đông", 310, 21, 18],
      ["2. Tổ dân phố 3", 482, 9, 25],
      ["3. Thôn Bắc", 336, 17, 23],
    ],
    kind: "targets",
    labelCol: "A",
    total: 3,
    figures: ["B", "C", "D"],
    // 47 poor households, typed 74.
    slip: { cell: "C3", value: 74, rule: "sum-mismatch" },
  },
  {
    name: "a province's communes over their villages, `I`, `II` over `1`, `2`, `Toàn tỉnh` on top",
    rows: [
      ["STT", "Đơn vị", "Tổng số hộ", "Số hộ nghèo"],
      ["", "Toàn tỉnh", 1380, 97],
      ["I", "Xã Tân Lập", 560, 52],
      ["1", "Thôn Đông", 240, 30],
      ["2", "Thôn Tây", 320, 22],
      ["II", "Phường Mỹ Lộc", 820, 45],
      ["1", "Tổ dân phố 1", 390, 20],
      ["2", "Tổ dân phố 2", 430, 25],
    ],
    kind: "targets",
    labelCol: "B",
    total: 2,
    figures: ["C", "D"],
    parents: { 4: 3, 5: 3, 7: 6, 8: 6 },
    // Xã Tân Lập: 240 + 320 = 560 households, typed 650.
    slip: { cell: "C3", value: 650, rule: "sum-mismatch" },
  },
];

const letter = (c: number) => String.fromCharCode(65 + c);

describe.each(LAYOUTS)("$name", (l) => {
  it("is recognised: kind, label column, total row, figure columns", async () => {
    const sheet = (await analyse(l, l.rows)).sheets[0];
    const t = sheet.table!;
    const figures = t.columns.filter((c) => !["label", "stt", "note", "id"].includes(c.measure)).map((c) => letter(c.col));
    expect({ kind: sheet.kind, label: letter(t.labelCol), totals: t.rows.filter((r) => r.kind === "total").map((r) => r.row + 1), figures }).toEqual({
      kind: l.kind,
      label: l.labelCol,
      totals: [l.total],
      figures: l.figures,
    });
    // Every other row is a unit, under the total or under its own parent.
    const units = t.rows.filter((r) => r.kind !== "total");
    const parent = (r: (typeof units)[number]) => (r.parent === undefined ? undefined : t.rows[r.parent].row + 1);
    expect(units.map((r) => [r.row + 1, r.kind, parent(r)])).toEqual(units.map((r) => [r.row + 1, "unit", l.parents?.[r.row + 1] ?? l.total]));
  });

  it("its correct twin gets no finding", async () => {
    expect((await analyse(l, l.rows)).findings.map((f) => `${f.cell} ${f.rule}`)).toEqual([]);
  });

  it("its planted slip is named at its cell", async () => {
    const findings = (await analyse(l, planted(l))).findings.filter((f) => f.severity !== "info");
    expect(findings.map((f) => `${f.cell} ${f.rule}`)).toEqual([`${l.slip.cell} ${l.slip.rule}`]);
  });
});
