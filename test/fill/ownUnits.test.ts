/**
 * The unit a source file reports for, consolidating into a province's form: a council named without
 * its type (`ỦY BAN NHÂN DÂN TÂN LẬP`) names its commune; and a file that names its unit gives that
 * unit's row even beside a file that lists communes without naming itself. Written for this test.
 */
import { fillWorkbook, type FillResult } from "../../src/core/fill";
import { ownUnitOf } from "../../src/core/fill/keys";
import { sheetFromRows, type CellValue } from "../../src/core/grid";

const book = (name: string, rows: CellValue[][]) => ({ sheets: [sheetFromRows(name, rows)] });
const fill = (form: CellValue[][], ...sources: CellValue[][][]): FillResult =>
  fillWorkbook(
    book("Biểu", form),
    sources.map((rows, i) => ({ name: `nguon-${i + 1}.xlsx`, workbook: book("PL05", rows) })),
  );
const at = (r: FillResult, cell: string) => r.writes.find((w) => w.cell === cell)?.value;
const notes = (r: FillResult) => r.notes.map((n) => n.message.vi).join("\n");

/** A commune's disbursement, its unit named only in the council's line. */
const commune = (council: string, plan: number, paid: number): CellValue[][] => [
  [council, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["TÌNH HÌNH GIẢI NGÂN VỐN NĂM 2026"],
  ["Đơn vị tính: triệu đồng"],
  ["STT", "Nội dung", "Kế hoạch vốn năm 2026", "Giải ngân"],
  ["", "Tổng cộng", plan, paid],
  ["1", "Hợp phần I: Xây dựng nông thôn mới", plan, paid],
];

describe("a council named without its unit's type", () => {
  it("names the unit, without a type", () => {
    expect(ownUnitOf(["ỦY BAN NHÂN DÂN MINH TÂN"])?.label).toBe("Minh Tân");
    expect(ownUnitOf(["UBND Tân Lập", "TÌNH HÌNH GIẢI NGÂN NĂM 2026"])?.label).toBe("Tân Lập");
    expect(ownUnitOf(["ỦY BAN NHÂN DÂN XÃ HÒA BÌNH"])?.label).toBe("Xã Hòa Bình");
    expect(ownUnitOf(["ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN"])).toBeUndefined();
  });

  it("fills its commune's row of the province form; a commune with no file stays empty and is named", () => {
    const form: CellValue[][] = [
      ["TỔNG HỢP GIẢI NGÂN NĂM 2026"],
      ["Đơn vị tính: triệu đồng"],
      ["STT", "Tên đơn vị", "Kế hoạch vốn năm 2026", "Giải ngân"],
      ["", "TOÀN TỈNH", null, null],
      ["1", "Xã Tân Lập", null, null],
      ["2", "Hòa Bình", null, null],
      ["3", "Xã Minh Tân", null, null],
    ];
    const r = fill(form, commune("ỦY BAN NHÂN DÂN TÂN LẬP", 900, 400), commune("UBND XÃ HÒA BÌNH", 600, 150));
    expect([at(r, "C5"), at(r, "D5"), at(r, "C6"), at(r, "D6")]).toEqual([900, 400, 600, 150]);
    expect([at(r, "C7"), at(r, "D7")]).toEqual([undefined, undefined]);
    expect(notes(r)).toMatch(/Minh Tân/);
  });
});

describe("blank unit rows, consolidating files of two kinds", () => {
  const form: CellValue[][] = [
    ["TỔNG HỢP GIẢI NGÂN NĂM 2026"],
    ["Đơn vị tính: triệu đồng"],
    ["STT", "Đơn vị", "Kế hoạch vốn năm 2026", "Giải ngân"],
    ["", "Toàn tỉnh", null, null],
    ["1", null, null, null],
    ["2", null, null, null],
    ["3", null, null, null],
    ["4", null, null, null],
  ];
  /** Communes listed in one appendix that names no unit of its own. */
  const list: CellValue[][] = [
    ["TÌNH HÌNH GIẢI NGÂN VỐN NĂM 2026 THEO XÃ"],
    ["Đơn vị tính: triệu đồng"],
    ["STT", "Đơn vị", "Kế hoạch vốn năm 2026", "Giải ngân"],
    ["", "Tổng cộng", 1500, 700],
    ["1", "Xã An Phú", 1000, 500],
    ["2", "Xã Tân Lập", 500, 200],
  ];

  it("get the unit of the file that names one and the units the other lists, each with its own figures", () => {
    const r = fill(form, commune("UBND PHƯỜNG MỸ LỘC", 800, 320), list);
    expect([at(r, "B5"), at(r, "C5"), at(r, "D5")]).toEqual(["Phường Mỹ Lộc", 800, 320]);
    expect([at(r, "B6"), at(r, "C6"), at(r, "D6")]).toEqual(["Xã An Phú", 1000, 500]);
    expect([at(r, "B7"), at(r, "C7"), at(r, "D7")]).toEqual(["Xã Tân Lập", 500, 200]);
    expect([at(r, "C4"), at(r, "D4")]).toEqual([2300, 1020]);
    expect(at(r, "B8")).toBeUndefined();
  });

  it("from one file that names its unit and lists its communes, get its communes", () => {
    const own = [["UBND HUYỆN AN LẠC"], ...list];
    const r = fill(form, own);
    expect([at(r, "B5"), at(r, "C5"), at(r, "B6"), at(r, "C6")]).toEqual(["Xã An Phú", 1000, "Xã Tân Lập", 500]);
    expect(at(r, "B7")).toBeUndefined();
  });
});
