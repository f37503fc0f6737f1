/**
 * Forms and sources of layouts the filler was not written for, each with the figures it must end
 * up with. A case is one form and 2–5 sources, written as real .xlsx files by the test. `expect`
 * lists every figure cell of the form: a number it must show, or null for a cell that must stay
 * empty. Rates are compared at two decimals.
 */
export type Value = string | number | null;

export interface Book {
  file: string;
  sheet: string;
  rows: Value[][];
  merges?: string[];
}

export interface Case {
  name: string;
  what: string;
  form: Book;
  sources: Book[];
  expect: Record<string, number | null>;
  /** Columns holding rates (compared at two decimals). */
  rates: string[];
  /** Labels the fill must write into blank unit rows. */
  labels?: Record<string, string>;
  /** Words a note or reason must say (Vietnamese), e.g. the name of a missing commune. */
  says?: string[];
  /** Findings the filled form may keep, because they are copied from a faulty source. */
  sourceFaults?: boolean;
}

const COLS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** The expected figures of one form row, from column `from` on. */
function row(out: Record<string, number | null>, r: number, from: string, values: (number | null)[]): void {
  const c0 = COLS.indexOf(from);
  values.forEach((v, i) => (out[`${COLS[c0 + i]}${r}`] = v));
}

function expected(rows: [number, string, (number | null)[]][]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [r, from, values] of rows) row(out, r, from, values);
  return out;
}

const rate = (a: number, b: number) => Math.round((a / b) * 10000) / 100;
const M = 1_000_000;

/** A commune's 2026 appendix: contents as rows, plan and disbursed each split ĐTPT / KPTX / NSĐP. */
function communeSplit(title: string, unit: string, rows: [string, string, number[]][], totalAtBottom = false, sn = "Kinh phí thường xuyên"): Book["rows"] {
  const sum = (i: number) => rows.reduce((s, r) => s + r[2][i], 0);
  const total: [string, string, number[]] = ["", totalAtBottom ? "Cộng" : "Tổng cộng", [0, 1, 2, 3, 4, 5].map(sum)];
  const body = (totalAtBottom ? [...rows, total] : [total, ...rows]).map(([stt, label, v]) => [
    stt,
    label,
    v[0] + v[1] + v[2],
    v[0],
    v[1],
    v[2],
    v[3] + v[4] + v[5],
    v[3],
    v[4],
    v[5],
  ]);
  return [
    [title],
    ["BÁO CÁO KẾT QUẢ GIẢI NGÂN VỐN CHƯƠNG TRÌNH MTQG NĂM 2026"],
    [null, null, null, null, null, null, null, null, null, unit],
    ["TT", "Nội dung", "Kế hoạch vốn năm 2026", null, null, null, "Giải ngân", null, null, null],
    [null, null, "Tổng số", "Ngân sách trung ương", null, "Ngân sách địa phương", "Tổng số", "Ngân sách trung ương", null, "Ngân sách địa phương"],
    [null, null, null, "Vốn đầu tư phát triển", sn, null, null, "Vốn đầu tư phát triển", sn, null],
    ...body,
  ];
}
const SPLIT_MERGES = ["A4:A6", "B4:B6", "C4:F4", "G4:J4", "C5:C6", "D5:E5", "F5:F6", "G5:G6", "H5:I5", "J5:J6"];

/** A one-figure commune appendix: plan and disbursed of the whole commune, by content. */
function communeTotals(title: string[], unit: string, plan: number, disbursed: number, header = ["STT", "Nội dung", "Kế hoạch vốn năm 2026", "Giải ngân"]): Value[][] {
  return [
    ...title.map((t) => [t]),
    [unit],
    header,
    ["", "Tổng cộng", plan, disbursed],
    ["1", "Hợp phần 1: Xây dựng nông thôn mới", Math.round(plan * 0.6), Math.round(disbursed * 0.6)],
    ["2", "Hợp phần 2: Giảm nghèo bền vững", plan - Math.round(plan * 0.6), disbursed - Math.round(disbursed * 0.6)],
  ];
}

const PROVINCE_HEAD: Value[][] = [
  ["BIỂU TỔNG HỢP KẾT QUẢ GIẢI NGÂN VỐN CHƯƠNG TRÌNH MTQG NĂM 2026"],
  [null, null, null, null, null, null, null, null, null, null, "Đơn vị tính: tỷ đồng"],
  ["STT", "Tên xã, phường", "Kế hoạch vốn năm 2026", null, null, null, "Giải ngân", null, null, null, "Tỷ lệ giải ngân (%)"],
  [null, null, "Tổng số", "NSTW vốn ĐTPT", "NSTW kinh phí thường xuyên", "NSĐP", "Tổng số", "NSTW vốn ĐTPT", "NSTW kinh phí thường xuyên", "NSĐP", null],
];

export const CASES: Case[] = [
  {
    name: "S01 province in tỷ ← communes",
    what: "units with type words and STT, merged two-level header, form in tỷ đồng, sources in triệu, đồng and nghìn đồng (sources as rows)",
    form: {
      file: "tinh.xlsx",
      sheet: "Tổng hợp",
      rows: [...PROVINCE_HEAD, ["", "Toàn tỉnh"], ["1", "Xã Tân Lập"], ["2", "Phường Hòa Bình"], ["3", "Xã An Phú"]],
      merges: ["A3:A4", "B3:B4", "C3:F3", "G3:J3", "K3:K4"],
    },
    sources: [
      {
        file: "tan-lap.xlsx",
        sheet: "Biểu 01",
        rows: communeSplit("UBND XÃ TÂN LẬP", "Đơn vị tính: triệu đồng", [
          ["I", "Hợp phần 1: Xây dựng nông thôn mới", [1200, 300, 100, 600, 150, 50]],
          ["II", "Hợp phần 2: Giảm nghèo bền vững", [800, 200, 50, 400, 100, 25]],
        ]),
        merges: SPLIT_MERGES,
      },
      {
        file: "hoa-binh.xlsx",
        sheet: "Phụ lục",
        rows: communeSplit(
          "ỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH",
          "ĐVT: đồng",
          [
            ["1", "Nông thôn mới", [900 * M, 250 * M, 50 * M, 500 * M, 150 * M, 0]],
            ["2", "Giảm nghèo", [600 * M, 200 * M, 0, 400 * M, 150 * M, 0]],
          ],
          true,
        ),
        merges: SPLIT_MERGES,
      },
      {
        file: "an-phu.xlsx",
        sheet: "Sheet1",
        rows: [
          ["UBND XÃ AN PHÚ"],
          ["KẾT QUẢ GIẢI NGÂN NĂM 2026"],
          ["Đơn vị tính: nghìn đồng"],
          ["STT", "Nguồn vốn", "Kế hoạch", "Giải ngân", "Tỷ lệ (%)"],
          ["", "Tổng số", 3_500_000, 1_750_000, 50],
          ["1", "Ngân sách trung ương", 3_000_000, 1_500_000, 50],
          ["-", "Vốn đầu tư phát triển", 2_400_000, 1_200_000, 50],
          ["-", "Kinh phí thường xuyên", 600_000, 300_000, 50],
          ["2", "Ngân sách địa phương", 500_000, 250_000, 50],
        ],
      },
    ],
    expect: expected([
      [5, "C", [8.15, 5.9, 1.55, 0.7, 4.275, 3.1, 0.85, 0.325, rate(4.275, 8.15)]],
      [6, "C", [2.65, 2, 0.5, 0.15, 1.325, 1, 0.25, 0.075, 50]],
      [7, "C", [2, 1.5, 0.45, 0.05, 1.2, 0.9, 0.3, 0, 60]],
      [8, "C", [3.5, 2.4, 0.6, 0.5, 1.75, 1.2, 0.3, 0.25, 50]],
    ]),
    rates: ["K"],
  },
  {
    name: "S02 units without type words, total at the bottom",
    what: "form rows `Tân Lập (xã)`, `Hoà Bình`, `AN PHÚ` numbered `1.`; sources naming themselves in mixed case in their titles",
    form: {
      file: "tong-hop.xlsx",
      sheet: "Biểu",
      rows: [
        ["TỔNG HỢP GIẢI NGÂN NĂM 2026"],
        ["Đơn vị tính: triệu đồng"],
        ["STT", "Đơn vị", "Kế hoạch vốn năm 2026", "Giải ngân", "Tỷ lệ giải ngân (%)"],
        ["1.", "Tân Lập (xã)"],
        ["2.", "Hoà Bình"],
        ["3.", "AN PHÚ"],
        ["", "Cộng"],
      ],
    },
    sources: [
      { file: "x1.xlsx", sheet: "Sheet1", rows: communeTotals(["UBND xã Tân Lập"], "Đơn vị tính: triệu đồng", 1000, 400) },
      { file: "x2.xlsx", sheet: "Sheet1", rows: communeTotals(["ỦY BAN NHÂN DÂN", "PHƯỜNG HÒA BÌNH"], "Đơn vị tính: triệu đồng", 2000, 1500) },
      { file: "x3.xlsx", sheet: "Sheet1", rows: communeTotals(["BÁO CÁO GIẢI NGÂN CỦA XÃ AN PHÚ NĂM 2026"], "Đơn vị tính: đồng", 500 * M, 500 * M) },
    ],
    expect: expected([
      [4, "C", [1000, 400, 40]],
      [5, "C", [2000, 1500, 75]],
      [6, "C", [500, 500, 100]],
      [7, "C", [3500, 2400, rate(2400, 3500)]],
    ]),
    rates: ["E"],
  },
  {
    name: "S03 unit names in other cases and spellings",
    what: "target form with `xã tân lập`, `XÃ HOÀ BÌNH`, `Phường Mỹ Lộc`; a cluster list of communes and a ward file whose rows are residential groups",
    form: {
      file: "chi-tieu.xlsx",
      sheet: "Chỉ tiêu",
      rows: [
        ["KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2025"],
        ["STT", "Đơn vị", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)", "Số hộ cận nghèo", "Tỷ lệ hộ cận nghèo (%)"],
        ["", "Tổng cộng"],
        ["1", "xã tân lập"],
        ["2", "XÃ HOÀ BÌNH"],
        ["3", "Phường Mỹ Lộc"],
      ],
    },
    sources: [
      {
        file: "cum-1.xlsx",
        sheet: "Cụm 1",
        rows: [
          ["KẾT QUẢ RÀ SOÁT NĂM 2025"],
          ["STT", "Tên xã", "Tổng số hộ", "Hộ nghèo", null, "Hộ cận nghèo", null],
          [null, null, null, "Số hộ", "Tỷ lệ (%)", "Số hộ", "Tỷ lệ (%)"],
          ["", "Tổng cộng", 3500, 110, 3.14, 190, 5.43],
          ["1", "Xã Tân Lập", 1500, 60, 4, 90, 6],
          ["2", "Xã Hòa Bình", 2000, 50, 2.5, 100, 5],
        ],
        merges: ["A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:G2"],
      },
      {
        file: "my-loc.xlsx",
        sheet: "Biểu",
        rows: [
          ["UBND PHƯỜNG MỸ LỘC"],
          ["KẾT QUẢ RÀ SOÁT NĂM 2025"],
          ["STT", "Tổ dân phố", "Tổng số hộ", "Số hộ nghèo", "Số hộ cận nghèo"],
          ["1", "Tổ dân phố 1", 400, 8, 12],
          ["2", "Tổ dân phố 2", 600, 12, 18],
          ["", "Toàn phường", 1000, 20, 30],
        ],
      },
    ],
    expect: expected([
      [3, "C", [4500, 130, rate(130, 4500), 220, rate(220, 4500)]],
      [4, "C", [1500, 60, 4, 90, 6]],
      [5, "C", [2000, 50, 2.5, 100, 5]],
      [6, "C", [1000, 20, 2, 30, 3]],
    ]),
    rates: ["E", "G"],
  },
  {
    name: "S04 source over measure header",
    what: "2021–2025 settlement form: NSTW and NSĐP each over Kế hoạch / Giải ngân / Tỷ lệ; districts with measure over source, one in đồng with a project only through its sub-project",
    form: {
      file: "quyet-toan.xlsx",
      sheet: "Biểu 03",
      rows: [
        ["KẾT QUẢ THỰC HIỆN VỐN NĂM 2025"],
        ["Đơn vị tính: triệu đồng"],
        ["STT", "Nội dung", "Ngân sách trung ương", null, null, "Ngân sách địa phương", null, null],
        [null, null, "Kế hoạch", "Giải ngân", "Tỷ lệ (%)", "Kế hoạch", "Giải ngân", "Tỷ lệ (%)"],
        ["", "TỔNG CỘNG"],
        ["1", "Dự án 1"],
        ["2", "Dự án 2"],
        ["3", "Dự án 3"],
      ],
      merges: ["A3:A4", "B3:B4", "C3:E3", "F3:H3"],
    },
    sources: [
      {
        file: "huyen-a.xlsx",
        sheet: "Giai ngan",
        rows: [
          ["UBND HUYỆN AN LẠC"],
          ["Đơn vị tính: triệu đồng"],
          ["STT", "Nội dung", "Kế hoạch vốn năm 2025", null, null, "Giải ngân năm 2025", null, null],
          [null, null, "Tổng số", "NSTW", "NSĐP", "Tổng số", "NSTW", "NSĐP"],
          ["", "Tổng cộng", 2200, 2000, 200, 1400, 1300, 100],
          ["1", "Dự án 1", 1100, 1000, 100, 850, 800, 50],
          ["2", "Dự án 2", 550, 500, 50, 275, 250, 25],
          ["3", "Dự án 3", 550, 500, 50, 275, 250, 25],
          ["-", "Tiểu dự án 1", 330, 300, 30, 165, 150, 15],
          ["-", "Tiểu dự án 2", 220, 200, 20, 110, 100, 10],
        ],
        merges: ["A3:A4", "B3:B4", "C3:E3", "F3:H3"],
      },
      {
        file: "huyen-b.xlsx",
        sheet: "PL05",
        rows: [
          ["UBND HUYỆN BÌNH SƠN"],
          ["ĐVT: đồng"],
          ["TT", "Dự án", "Kế hoạch vốn", null, null, "Đã giải ngân", null, null],
          [null, null, "Tổng", "Trung ương", "Địa phương", "Tổng", "Trung ương", "Địa phương"],
          ["I", "Dự án 1", 2000 * M, 2000 * M, 0, 1000 * M, 1000 * M, 0],
          ["II", "Dự án 2", 1100 * M, 1000 * M, 100 * M, 600 * M, 500 * M, 100 * M],
          ["III", "Dự án 3"],
          ["1", "Tiểu dự án 1", 400 * M, 400 * M, 0, 200 * M, 200 * M, 0],
          ["", "Cộng", 3500 * M, 3400 * M, 100 * M, 1800 * M, 1700 * M, 100 * M],
        ],
        merges: ["A3:A4", "B3:B4", "C3:E3", "F3:H3"],
      },
    ],
    expect: expected([
      [5, "C", [5400, 3000, rate(3000, 5400), 300, 200, rate(200, 300)]],
      [6, "C", [3000, 1800, 60, 100, 50, 50]],
      [7, "C", [1500, 750, 50, 150, 125, rate(125, 150)]],
      [8, "C", [900, 450, 50, 50, 25, 50]],
    ]),
    rates: ["E", "H"],
  },
  {
    name: "S05 period in the title only, blank unit rows",
    what: "form `… CUỐI NĂM 2025` with blank numbered rows; one commune with start/end columns, one with its period in its own title",
    form: {
      file: "ho-ngheo.xlsx",
      sheet: "Biểu 2",
      rows: [
        ["KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO CUỐI NĂM 2025"],
        ["STT", "Tên đơn vị", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)", "Số hộ cận nghèo", "Tỷ lệ hộ cận nghèo (%)"],
        ["1"],
        ["2"],
        ["3"],
        ["", "Tổng cộng"],
      ],
    },
    sources: [
      {
        file: "tan-lap-hn.xlsx",
        sheet: "Biểu",
        rows: [
          ["UBND XÃ TÂN LẬP"],
          ["KẾT QUẢ GIẢM NGHÈO NĂM 2025"],
          ["STT", "Thôn", "Tổng số hộ", "Hộ nghèo đầu năm", null, "Hộ nghèo cuối năm", null, "Hộ cận nghèo cuối năm", null],
          [null, null, null, "Số hộ", "Tỷ lệ (%)", "Số hộ", "Tỷ lệ (%)", "Số hộ", "Tỷ lệ (%)"],
          ["1", "Thôn 1", 500, 40, 8, 30, 6, 20, 4],
          ["2", "Thôn 2", 700, 56, 8, 42, 6, 35, 5],
          ["", "Toàn xã", 1200, 96, 8, 72, 6, 55, 4.58],
        ],
        merges: ["A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3", "H3:I3"],
      },
      {
        file: "an-phu-hn.xlsx",
        sheet: "DS",
        rows: [
          ["UBND XÃ AN PHÚ"],
          ["KẾT QUẢ RÀ SOÁT CUỐI NĂM 2025"],
          ["STT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Số hộ cận nghèo"],
          ["", "Toàn xã", 800, 24, 40],
          ["1", "Thôn A", 300, 9, 15],
          ["2", "Thôn B", 500, 15, 25],
        ],
      },
    ],
    expect: expected([
      [3, "C", [1200, 72, 6, 55, rate(55, 1200)]],
      [4, "C", [800, 24, 3, 40, 5]],
      [5, "C", [null, null, null, null, null]],
      [6, "C", [2000, 96, 4.8, 95, 4.75]],
    ]),
    rates: ["E", "G"],
    labels: { B3: "Xã Tân Lập", B4: "Xã An Phú" },
  },
  {
    name: "S06 sources of funding as rows, tỷ đồng, Ghi chú",
    what: "province form whose rows are NSTW (ĐTPT, KPTX), NSĐP, tín dụng chính sách, lồng ghép, huy động; communes with those as columns in triệu đồng, one without tín dụng and lồng ghép",
    form: {
      file: "nguon-von.xlsx",
      sheet: "Nguồn vốn",
      rows: [
        ["TỔNG HỢP NGUỒN VỐN THỰC HIỆN CHƯƠNG TRÌNH NĂM 2026"],
        ["Đơn vị tính: tỷ đồng"],
        ["STT", "Nguồn vốn", "Kế hoạch năm 2026", "Giải ngân", "Tỷ lệ (%)", "Ghi chú"],
        ["", "TỔNG SỐ"],
        ["1", "Ngân sách trung ương"],
        ["-", "Vốn đầu tư phát triển"],
        ["-", "Kinh phí thường xuyên"],
        ["2", "Ngân sách địa phương"],
        ["3", "Vốn tín dụng chính sách"],
        ["4", "Vốn lồng ghép"],
        ["5", "Vốn huy động"],
      ],
    },
    sources: [0, 1, 2].map((n) => {
      const plan = [
        [2000, 500, 300, 1000, 400, 100],
        [1500, 600, 0, 2000, 0, 250],
        [1000, 400, 200, null, null, 50],
      ][n];
      const paid = [
        [1000, 250, 150, 1000, 200, 0],
        [750, 300, 0, 1500, 0, 125],
        [500, 100, 100, null, null, 50],
      ][n];
      const cols = n === 2 ? [0, 1, 2, 5] : [0, 1, 2, 3, 4, 5];
      const names = ["Vốn ĐTPT", "Kinh phí thường xuyên", "NSĐP", "Vốn tín dụng chính sách", "Vốn lồng ghép", "Vốn huy động"];
      const tot = (v: (number | null)[]) => cols.reduce((s, i) => s + (v[i] ?? 0), 0);
      const k = cols.length;
      return {
        file: `xa-${n + 1}.xlsx`,
        sheet: "Biểu 1",
        rows: [
          [`UBND XÃ ${["PHÚ HƯNG", "LONG SƠN", "MỸ HẢI"][n]}`],
          ["Đơn vị tính: triệu đồng"],
          ["STT", "Nội dung", "Kế hoạch vốn năm 2026", ...Array(k).fill(null), "Giải ngân", ...Array(k).fill(null)],
          [null, null, "Tổng số", ...cols.map((i) => names[i]), "Tổng số", ...cols.map((i) => names[i])],
          ["", "Tổng cộng", tot(plan), ...cols.map((i) => plan[i]), tot(paid), ...cols.map((i) => paid[i])],
          ["1", "Hợp phần 1", tot(plan), ...cols.map((i) => plan[i]), tot(paid), ...cols.map((i) => paid[i])],
        ],
        merges: [`C3:${COLS[2 + k]}3`, `${COLS[3 + k]}3:${COLS[3 + 2 * k]}3`, "A3:A4", "B3:B4"],
      };
    }),
    expect: expected([
      [4, "C", [10.3, 6.025, rate(6025, 10300), null]],
      [5, "C", [6, 2.9, rate(2.9, 6), null]],
      [6, "C", [4.5, 2.25, 50, null]],
      [7, "C", [1.5, 0.65, rate(0.65, 1.5), null]],
      [8, "C", [0.5, 0.25, 50, null]],
      [9, "C", [3, 2.5, rate(2.5, 3), null]],
      [10, "C", [0.4, 0.2, 50, null]],
      [11, "C", [0.4, 0.175, 43.75, null]],
    ]),
    rates: ["E"],
  },
  {
    name: "S07 the 2026 programme by outline numbers",
    what: "rows `1.`, `1.1`, `a)` with labels worded differently in each source; one source numbers I / 1 / - and writes đồng",
    form: {
      file: "ct-2026.xlsx",
      sheet: "Phụ lục 2",
      rows: [
        ["KẾT QUẢ GIẢI NGÂN THEO NỘI DUNG NĂM 2026"],
        ["Đơn vị tính: triệu đồng"],
        ["STT", "Hợp phần, nội dung", "Kế hoạch vốn năm 2026", "Giải ngân", "Tỷ lệ (%)"],
        ["", "TỔNG CỘNG"],
        ["1.", "Xây dựng nông thôn mới"],
        ["1.1", "Quy hoạch và hạ tầng thiết yếu"],
        ["1.2", "Phát triển sản xuất gắn với chuỗi giá trị"],
        ["2.", "Giảm nghèo bền vững"],
        ["2.1", "Hỗ trợ sinh kế, phát triển sản xuất"],
        ["a)", "Hỗ trợ phát triển sản xuất nông nghiệp"],
        ["b)", "Đa dạng hóa sinh kế"],
        ["2.2", "Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo"],
      ],
    },
    sources: [
      {
        file: "noi-dung-1.xlsx",
        sheet: "Biểu",
        rows: [
          ["UBND XÃ TÂN LẬP"],
          ["Đơn vị tính: triệu đồng"],
          ["STT", "Nội dung", "Kế hoạch vốn năm 2026", "Giải ngân"],
          ["", "Tổng cộng", 2500, 1350],
          ["1", "XÂY DỰNG NÔNG THÔN MỚI", 1600, 800],
          ["1.1", "Quy hoạch, hạ tầng thiết yếu", 1000, 500],
          ["1.2", "Phát triển sản xuất gắn với chuỗi giá trị", 600, 300],
          ["2", "GIẢM NGHÈO BỀN VỮNG", 900, 550],
          ["2.1", "Hỗ trợ sinh kế, phát triển sản xuất", 600, 250],
          ["a)", "Hỗ trợ phát triển sản xuất trong nông nghiệp", 400, 200],
          ["b)", "Đa dạng hóa sinh kế", 200, 50],
          ["2.2", "Hỗ trợ nhà ở", 300, 300],
        ],
      },
      {
        file: "noi-dung-2.xlsx",
        sheet: "Biểu",
        rows: [
          ["UBND XÃ AN PHÚ"],
          ["Đơn vị tính: đồng"],
          ["TT", "Nội dung", "Kế hoạch vốn năm 2026", "Giải ngân"],
          ["", "Tổng cộng", 900 * M, 450 * M],
          ["I", "Xây dựng nông thôn mới", 500 * M, 250 * M],
          ["1", "Quy hoạch, hạ tầng thiết yếu", 500 * M, 250 * M],
          ["2", "Phát triển sản xuất gắn với chuỗi giá trị"],
          ["II", "Giảm nghèo bền vững", 400 * M, 200 * M],
          ["1", "Hỗ trợ sinh kế, phát triển sản xuất", 200 * M, 100 * M],
          ["-", "Phát triển sản xuất nông nghiệp", 100 * M, 100 * M],
          ["-", "Đa dạng hóa sinh kế", 100 * M, 0],
          ["2", "Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo", 200 * M, 100 * M],
        ],
      },
    ],
    expect: expected([
      [4, "C", [3400, 1800, rate(1800, 3400)]],
      [5, "C", [2100, 1050, 50]],
      [6, "C", [1500, 750, 50]],
      [7, "C", [600, 300, 50]],
      [8, "C", [1300, 750, rate(750, 1300)]],
      [9, "C", [800, 350, 43.75]],
      [10, "C", [500, 300, 60]],
      [11, "C", [300, 50, rate(50, 300)]],
      [12, "C", [500, 400, 80]],
    ]),
    rates: ["E"],
  },
  {
    name: "S08 Ghi chú column, total on top, column-number row",
    what: "projects and sub-projects with `A | B | 1 | 2 | 3=2/1*100 | C`; one district with a notes column, one with `DA4 - Tiểu dự án 1` rows only and the total at the bottom",
    form: {
      file: "pl-05.xlsx",
      sheet: "PL05",
      rows: [
        ["PHỤ LỤC 05: TÌNH HÌNH GIẢI NGÂN NĂM 2024"],
        ["Đơn vị tính: triệu đồng"],
        ["STT", "Dự án, tiểu dự án", "Kế hoạch vốn", "Giải ngân", "Tỷ lệ giải ngân (%)", "Ghi chú"],
        ["A", "B", "1", "2", "3=2/1*100", "C"],
        ["", "Tổng cộng"],
        ["1", "Dự án 4"],
        ["-", "Tiểu dự án 1"],
        ["-", "Tiểu dự án 3"],
        ["2", "Dự án 6"],
        ["-", "Tiểu dự án 1"],
        ["-", "Tiểu dự án 2"],
      ],
    },
    sources: [
      {
        file: "huyen-1.xlsx",
        sheet: "Giải ngân",
        rows: [
          ["UBND HUYỆN MẪU SƠN"],
          ["Đơn vị tính: triệu đồng"],
          ["STT", "Nội dung", "Kế hoạch vốn năm 2024", "Giải ngân năm 2024", "Tỷ lệ (%)", "Ghi chú"],
          ["", "Tổng cộng", 1000, 500, 50],
          ["1", "Dự án 4", 700, 350, 50],
          ["1.1", "Tiểu dự án 1", 500, 250, 50, "Đã giải ngân theo tiến độ"],
          ["1.2", "Tiểu dự án 3", 200, 100, 50],
          ["2", "Dự án 6", 300, 150, 50],
          ["2.1", "Tiểu dự án 1", 100, 50, 50],
          ["2.2", "Tiểu dự án 2", 200, 100, 50, "Chờ quyết toán"],
        ],
      },
      {
        file: "huyen-2.xlsx",
        sheet: "Sheet1",
        rows: [
          ["UBND HUYỆN ĐÔNG HẢI"],
          ["Đơn vị: đồng"],
          ["STT", "Nội dung", "Kế hoạch", "Giải ngân"],
          ["1", "DA4 - Tiểu dự án 1", 100 * M, 100 * M],
          ["2", "DA4 - Tiểu dự án 3", 50 * M, 0],
          ["3", "DA6 - Tiểu dự án 2", 150 * M, 75 * M],
          ["", "Tổng cộng", 300 * M, 175 * M],
        ],
      },
    ],
    expect: expected([
      [5, "C", [1300, 675, rate(675, 1300), null]],
      [6, "C", [850, 450, rate(450, 850), null]],
      [7, "C", [600, 350, rate(350, 600), null]],
      [8, "C", [250, 100, 40, null]],
      [9, "C", [450, 225, 50, null]],
      [10, "C", [100, 50, 50, null]],
      [11, "C", [350, 175, 50, null]],
    ]),
    rates: ["E"],
  },
  {
    name: "S09 formulas already in the total row",
    what: "communes with the total row at the bottom as =SUM(…) and a rate formula; the formulas must stay, with their results",
    form: {
      file: "co-cong-thuc.xlsx",
      sheet: "Biểu",
      rows: [
        ["TỔNG HỢP GIẢI NGÂN NĂM 2026"],
        ["Đơn vị tính: triệu đồng"],
        ["STT", "Đơn vị", "Kế hoạch vốn", "Giải ngân", "Tỷ lệ (%)"],
        ["1", "Xã Phú Hưng"],
        ["2", "Xã Long Sơn"],
        ["3", "Phường Mỹ Hải"],
        ["", "Tổng cộng", "=SUM(C4:C6)", "=SUM(D4:D6)", "=IF(C7=0,0,D7/C7*100)"],
      ],
    },
    sources: [
      { file: "phu-hung.xlsx", sheet: "Biểu", rows: communeTotals(["UBND XÃ PHÚ HƯNG"], "Đơn vị tính: triệu đồng", 1200, 300) },
      { file: "long-son.xlsx", sheet: "Biểu", rows: communeTotals(["UBND XÃ LONG SƠN"], "Đơn vị tính: triệu đồng", 800, 800) },
      { file: "my-hai.xlsx", sheet: "Biểu", rows: communeTotals(["UBND PHƯỜNG MỸ HẢI"], "Đơn vị tính: triệu đồng", 1000, 600) },
    ],
    expect: expected([
      [4, "C", [1200, 300, 25]],
      [5, "C", [800, 800, 100]],
      [6, "C", [1000, 600, 60]],
      [7, "C", [3000, 1700, rate(1700, 3000)]],
    ]),
    rates: ["E"],
  },
  {
    name: "S10 a source with errors",
    what: "a project row that is not the sum of its sub-projects in one source: the form takes the parts, agrees with itself, and names the fault",
    form: {
      file: "du-an.xlsx",
      sheet: "Biểu",
      rows: [
        ["BIỂU GIẢI NGÂN NĂM 2024"],
        ["Đơn vị tính: triệu đồng"],
        ["STT", "Nội dung", "Kế hoạch vốn", "Giải ngân", "Tỷ lệ (%)"],
        ["", "Tổng cộng"],
        ["1", "Dự án 2"],
        ["2", "Dự án 3"],
        ["-", "Tiểu dự án 1"],
        ["-", "Tiểu dự án 2"],
      ],
    },
    sources: [
      {
        file: "sai.xlsx",
        sheet: "Biểu",
        rows: [
          ["UBND HUYỆN TÂY SƠN"],
          ["Đơn vị tính: triệu đồng"],
          ["STT", "Nội dung", "Kế hoạch vốn", "Giải ngân"],
          ["", "Tổng cộng", 1000, 600],
          ["1", "Dự án 2", 450, 300],
          ["2", "Dự án 3", 500, 300],
          ["-", "Tiểu dự án 1", 300, 200],
          ["-", "Tiểu dự án 2", 250, 100],
        ],
      },
      {
        file: "dung.xlsx",
        sheet: "Biểu",
        rows: [
          ["UBND HUYỆN XUÂN QUANG"],
          ["Đơn vị tính: triệu đồng"],
          ["STT", "Nội dung", "Kế hoạch vốn", "Giải ngân"],
          ["", "Tổng cộng", 200, 150],
          ["1", "Dự án 2", 100, 50],
          ["2", "Dự án 3", 100, 100],
          ["-", "Tiểu dự án 1", 100, 100],
          ["-", "Tiểu dự án 2", 0, 0],
        ],
      },
    ],
    expect: expected([
      [4, "C", [1200, 750, 62.5]],
      [5, "C", [550, 350, rate(350, 550)]],
      [6, "C", [650, 400, rate(400, 650)]],
      [7, "C", [400, 300, 75]],
      [8, "C", [250, 100, 40]],
    ]),
    rates: ["E"],
    says: ["sai.xlsx"],
  },
  {
    name: "S11 a source of another year",
    what: "2026 form; communes with the year in their columns, in their title only, and one whose title says 2025",
    form: {
      file: "nam-2026.xlsx",
      sheet: "Biểu",
      rows: [
        ["TỔNG HỢP GIẢI NGÂN NĂM 2026"],
        ["Đơn vị tính: triệu đồng"],
        ["STT", "Đơn vị", "Kế hoạch vốn năm 2026", "Giải ngân năm 2026", "Tỷ lệ (%)"],
        ["", "Toàn tỉnh"],
        ["1", "Xã Tân Lập"],
        ["2", "Xã Hòa Bình"],
        ["3", "Xã An Phú"],
      ],
    },
    sources: [
      { file: "tl-2026.xlsx", sheet: "Biểu", rows: communeTotals(["UBND XÃ TÂN LẬP"], "Đơn vị tính: triệu đồng", 1000, 500) },
      { file: "hb-2026.xlsx", sheet: "Biểu", rows: communeTotals(["UBND XÃ HÒA BÌNH", "BÁO CÁO GIẢI NGÂN NĂM 2026"], "Đơn vị tính: triệu đồng", 600, 300, ["STT", "Nội dung", "Kế hoạch vốn", "Giải ngân"]) },
      { file: "ap-2025.xlsx", sheet: "Biểu", rows: communeTotals(["UBND XÃ AN PHÚ", "BÁO CÁO GIẢI NGÂN NĂM 2025"], "Đơn vị tính: triệu đồng", 900, 900, ["STT", "Nội dung", "Kế hoạch vốn", "Giải ngân"]) },
    ],
    expect: expected([
      [4, "C", [1600, 800, 50]],
      [5, "C", [1000, 500, 50]],
      [6, "C", [600, 300, 50]],
      [7, "C", [null, null, null]],
    ]),
    rates: ["E"],
    says: ["2025"],
  },
  {
    name: "S12 a missing commune and one sent twice",
    what: "four communes in the form; one has not sent its file, another sent the same file twice under two names",
    form: {
      file: "bon-xa.xlsx",
      sheet: "Biểu",
      rows: [
        ["TỔNG HỢP GIẢI NGÂN NĂM 2026"],
        ["Đơn vị tính: triệu đồng"],
        ["STT", "Đơn vị", "Kế hoạch vốn", "Giải ngân", "Tỷ lệ (%)"],
        ["", "Tổng cộng"],
        ["1", "Xã Tân Lập"],
        ["2", "Xã Hòa Bình"],
        ["3", "Xã An Phú"],
        ["4", "Xã Bình Sơn"],
      ],
    },
    sources: [
      { file: "tan-lap.xlsx", sheet: "Biểu", rows: communeTotals(["UBND XÃ TÂN LẬP"], "Đơn vị tính: triệu đồng", 1000, 500) },
      { file: "hoa-binh.xlsx", sheet: "Biểu", rows: communeTotals(["UBND XÃ HÒA BÌNH"], "Đơn vị tính: triệu đồng", 800, 200) },
      { file: "hoa-binh (1).xlsx", sheet: "Biểu", rows: communeTotals(["UBND XÃ HÒA BÌNH"], "Đơn vị tính: triệu đồng", 800, 200) },
      { file: "an-phu.xlsx", sheet: "Biểu", rows: communeTotals(["UBND XÃ AN PHÚ"], "Đơn vị tính: triệu đồng", 600, 600) },
    ],
    expect: expected([
      [4, "C", [2400, 1300, rate(1300, 2400)]],
      [5, "C", [1000, 500, 50]],
      [6, "C", [800, 200, 25]],
      [7, "C", [600, 600, 100]],
      [8, "C", [null, null, null]],
    ]),
    rates: ["E"],
    says: ["Xã Bình Sơn", "hoa-binh (1).xlsx"],
  },
  {
    name: "S13 a file that is not an appendix, and a commune sent twice with different figures",
    what: "a letter, a contact list with phone numbers, and two files for one commune that agree on the plan, not on the disbursement",
    form: {
      file: "hai-xa.xlsx",
      sheet: "Biểu",
      rows: [
        ["TỔNG HỢP GIẢI NGÂN NĂM 2026"],
        ["Đơn vị tính: triệu đồng"],
        ["STT", "Đơn vị", "Kế hoạch vốn", "Giải ngân", "Tỷ lệ (%)"],
        ["", "Tổng cộng"],
        ["1", "Xã Tân Lập"],
        ["2", "Xã Hòa Bình"],
      ],
    },
    sources: [
      {
        file: "cong-van.xlsx",
        sheet: "Công văn",
        rows: [["UBND XÃ TÂN LẬP"], ["Số: 15/UBND-VP"], ["V/v gửi báo cáo giải ngân năm 2026"], ["Kính gửi: Sở Tài chính"], ["UBND xã gửi kèm phụ lục số liệu."]],
      },
      {
        file: "dau-moi.xlsx",
        sheet: "Danh sách",
        rows: [
          ["DANH SÁCH CÁN BỘ ĐẦU MỐI"],
          ["STT", "Họ và tên", "Đơn vị", "Số điện thoại"],
          ["1", "Nguyễn Văn An", "Xã Tân Lập", 912345678],
          ["2", "Trần Thị Bình", "Xã Hòa Bình", 987654321],
        ],
      },
      { file: "tan-lap.xlsx", sheet: "Biểu", rows: communeTotals(["UBND XÃ TÂN LẬP"], "Đơn vị tính: triệu đồng", 1000, 500) },
      { file: "hoa-binh-lan-1.xlsx", sheet: "Biểu", rows: communeTotals(["UBND XÃ HÒA BÌNH"], "Đơn vị tính: triệu đồng", 800, 200) },
      { file: "hoa-binh-lan-2.xlsx", sheet: "Biểu", rows: communeTotals(["UBND XÃ HÒA BÌNH"], "Đơn vị tính: triệu đồng", 800, 350) },
    ],
    expect: expected([
      [4, "C", [1800, null, null]],
      [5, "C", [1000, 500, 50]],
      [6, "C", [800, null, null]],
    ]),
    rates: ["E"],
    says: ["hoa-binh-lan-2.xlsx"],
  },
];
