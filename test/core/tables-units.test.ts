/**
 * Units of every type as rows, and total rows as every tier names them: `Toàn phường`, `Toàn đặc
 * khu`, `Cộng toàn xã`; villages, hamlets and residential groups below a commune as unit rows, with
 * their column (`Tổ dân phố`, `Thôn/bản`) as the rows' labels. And a total row directly under the
 * header of an empty form (`TỔNG SỐ` under `Địa bàn`) belongs to the body, not the header.
 */
import type { CellValue } from "../../src/core/grid";
import { sheetFromRows } from "../../src/core/grid";
import { analyzeWorkbook, type Analysis } from "../../src/core";
import { fillWorkbook } from "../../src/core/fill";
import { fold, isAdministrativeUnit, isTotalRowLabel, namesUnits } from "../../src/core/tables/labels";
import { recognise } from "../../src/core/tables/recognize";
import { readWorkbook } from "../../src/cli/readXlsx";
import { writeXlsx } from "../helpers/appendix";

async function analyse(rows: CellValue[][], merges: [number, number, number, number][] = []): Promise<Analysis> {
  const sheet = {
    name: "Biểu",
    rows,
    merges: merges.map(([top, left, bottom, right]) => ({ top, left, bottom, right })),
    formats: new Map<string, string>(),
    where: new Map<string, string>(),
  };
  return analyzeWorkbook(await readWorkbook(await writeXlsx([sheet])));
}

describe("labels", () => {
  it("a header made of unit types names the rows; a count of units or a word of English does not", () => {
    const names = ["Xã", "Thôn/bản", "Xã, phường", "Xã, phường và đặc khu", "Tổ dân phố", "Thôn, tổ dân phố", "Ấp/khu phố", "Tỉnh, thành phố"];
    expect(names.filter((h) => !namesUnits(fold(h)))).toEqual([]);
    expect(["Số xã", "Số thôn đặc biệt khó khăn", "Địa phương", "AP", "To", "Tổng số"].filter((h) => namesUnits(fold(h)))).toEqual([]);
  });

  it("a total row names the whole of a unit of any type", () => {
    const totals = ["Toàn xã", "Toàn phường", "Toàn thị trấn", "Toàn đặc khu", "Toàn huyện", "Toàn tỉnh", "Toàn thành phố", "TOÀN PHƯỜNG", "Cộng toàn xã", "Tổng cộng toàn phường", "Tổng số toàn tỉnh:", "Cả nước"];
    expect(totals.filter((t) => !isTotalRowLabel(fold(t)))).toEqual([]);
    expect(["Toàn xã hội", "Xã Toàn Thắng", "Phường Tân Toàn"].filter((t) => isTotalRowLabel(fold(t)))).toEqual([]);
  });

  it("units below the commune are units; words that begin alike are not", () => {
    const units = ["Thôn 3", "Thôn Nà Hẩu", "Bản Phiêng Luông", "Ấp Bình Lợi", "Buôn Ea Sar", "Tổ dân phố 2", "Tổ dân phố Số 7", "TỔ DÂN PHỐ 1", "Khu phố 4", "Xóm Bãi", "Khóm 1", "Tổ 5", "Thon Dong", "Đặc khu Cô Tô", "Phường 3", "Tỉnh Lào Cai"];
    expect(units.filter((u) => !isAdministrativeUnit(u))).toEqual([]);
    const words = ["Bản đồ địa chính", "Buôn bán nhỏ", "Tổ chức tập huấn", "Áp dụng khoa học kỹ thuật", "Ban quản lý dự án", "Thôn, bản đặc biệt khó khăn", "Tình hình thực hiện", "Xóa nhà tạm", "AP Biology"];
    expect(words.filter((w) => isAdministrativeUnit(w))).toEqual([]);
  });
});

/** A ward's residential groups and a commune's villages, each with its total row and a slip of 100 in it. */
const WARD: CellValue[][] = [
  ["UBND PHƯỜNG PHÚ LỢI"],
  ["KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2025"],
  ["STT", "Tổ dân phố", "Tổng số hộ", "Số hộ nghèo", "Số hộ cận nghèo"],
  ["1", "Tổ dân phố 1", 530, 11, 17],
  ["2", "Tổ dân phố 2", 470, 9, 14],
  ["3", "Tổ dân phố 3", 615, 15, 20],
  ["", "Toàn phường", 1615, 35, 51],
];

describe.each([
  ["Toàn phường", "Tổ dân phố", ["Tổ dân phố 1", "Tổ dân phố 2", "Tổ dân phố 3"]],
  ["Cộng toàn xã", "Thôn/bản", ["Thôn Đông", "Bản Nà Mèo", "Thôn 5"]],
  ["Toàn đặc khu", "Khu phố", ["Khu phố 1", "Khu phố 2", "Khu phố 3"]],
  ["Toàn thị trấn", "Tên tổ", ["Tổ 1", "Tổ 2", "Tổ 3"]],
])("`%s` under a `%s` column", (total, header, names) => {
  const rows = WARD.map((r) => r.slice());
  rows[2][1] = header;
  names.forEach((n, i) => (rows[3 + i][1] = n));
  rows[6][1] = total;

  it("is the total row of unit rows, and the label column holds no figures", async () => {
    const sheet = (await analyse(rows)).sheets[0];
    const t = sheet.table!;
    expect(t.columns.find((c) => c.col === 1)?.measure).toBe("label");
    expect(t.rows.map((r) => r.kind)).toEqual(["unit", "unit", "unit", "total"]);
    expect(t.rows.slice(0, 3).every((r) => r.parent === 3)).toBe(true);
  });

  it("a correct table gets no finding", async () => {
    expect((await analyse(rows)).findings).toEqual([]);
  });

  it("a total short of its units is named at its cell", async () => {
    const slip = rows.map((r) => r.slice());
    slip[6][2] = 1515;
    const findings = (await analyse(slip)).findings;
    expect(findings.map((f) => [f.cell, f.rule, f.expected])).toEqual([["C7", "sum-mismatch", 1615]]);
  });
});

it("`Tỉnh | Huyện | Xã` under a funding group stay figures, not the rows' names", async () => {
  const a = await analyse(
    [
      ["Đơn vị tính: triệu đồng"],
      ["STT", "Nội dung", "Ngân sách địa phương", null, null],
      [null, null, "Tỉnh", "Huyện", "Xã"],
      ["", "Tổng cộng", 900, 450, 150],
      ["1", "Hợp phần 1", 600, 300, 100],
      ["2", "Hợp phần 2", 300, 150, 50],
    ],
    [
      [1, 0, 2, 0],
      [1, 1, 2, 1],
      [1, 2, 1, 4],
    ],
  );
  const t = a.sheets[0].table!;
  expect(t.columns.map((c) => c.measure)).toEqual(["stt", "label", "amount", "amount", "amount"]);
  expect(a.findings).toEqual([]);
});

describe("a total row directly under the header of an empty form", () => {
  const FORM: CellValue[][] = [
    ["TỔNG HỢP GIẢI NGÂN THEO XÃ NĂM 2026"],
    ["Đơn vị tính: triệu đồng"],
    ["STT", "Địa bàn", "Kế hoạch vốn năm 2026", "Giải ngân", "Tỷ lệ giải ngân (%)"],
    ["", "TỔNG SỐ"],
    ["1", "Xã Tân Lập"],
    ["2", "Xã Hòa Bình"],
  ];
  const source = (name: string, plan: number, paid: number): CellValue[][] => [
    [`UBND XÃ ${name.toUpperCase()}`],
    ["Đơn vị tính: triệu đồng"],
    ["STT", "Nội dung", "Kế hoạch vốn năm 2026", "Giải ngân", "Tỷ lệ giải ngân (%)"],
    ["", "Tổng cộng", plan, paid, Math.round((paid / plan) * 10000) / 100],
    ["1", "Hợp phần 1", plan, paid, Math.round((paid / plan) * 10000) / 100],
  ];
  const book = (rows: CellValue[][]) => ({ sheets: [sheetFromRows("Biểu", rows)] });

  it("is the form's total row, and is filled with the communes' sum", () => {
    const t = recognise(sheetFromRows("Biểu", FORM)).report.table!;
    expect([t.headerBottom, t.rows[0].kind, t.rows[0].row]).toEqual([2, "total", 3]);
    const r = fillWorkbook(book(FORM), [
      { name: "tan-lap.xlsx", workbook: book(source("Tân Lập", 4200, 3024)) },
      { name: "hoa-binh.xlsx", workbook: book(source("Hòa Bình", 1800, 900)) },
    ]);
    const at = (cell: string) => r.writes.find((w) => w.cell === cell)?.value;
    expect([at("C4"), at("D4"), at("E4"), at("C5"), at("D6")]).toEqual([6000, 3924, 65.4, 4200, 900]);
  });

  it("twin: `Tổng số` under a group title spanning its columns stays a header title", () => {
    for (const merged of [true, false]) {
      const rows: CellValue[][] = [
        ["STT", "Địa bàn", "Giải ngân", null, null],
        [null, null, "Tổng số", "Đợt 1", "Đợt 2"],
        ["", "Toàn xã"],
        ["1", "Thôn Đông"],
      ];
      const merges = merged ? [{ top: 0, left: 2, bottom: 0, right: 4 }] : [];
      const t = recognise(sheetFromRows("Biểu", rows, merges)).report.table!;
      expect([merged, t.headerBottom, t.columns.map((c) => c.path.join(" / "))]).toEqual([
        merged,
        1,
        ["STT", "Địa bàn", "Giải ngân / Tổng số", "Giải ngân / Đợt 1", "Giải ngân / Đợt 2"],
      ]);
      expect(t.rows[0].kind).toBe("total");
    }
  });
});
