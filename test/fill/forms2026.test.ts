/**
 * Forms as other provinces make them (issue 11): a subset column is never added into its parent,
 * a column's period may come from the sheet's title, a rate with a missing count stays empty, a
 * form of another year fills nothing and says so, and the new programme's sources are known.
 * Every form and source is written for this test.
 */
import { fillWorkbook, type FillResult } from "../../src/core/fill";
import { sheetFromRows, type CellValue } from "../../src/core/grid";
import { fold, sourceOf } from "../../src/core/tables/labels";

const book = (name: string, rows: CellValue[][]) => ({ sheets: [sheetFromRows(name, rows)] });
const fill = (form: CellValue[][], ...sources: CellValue[][][]): FillResult =>
  fillWorkbook(
    book("Biểu", form),
    sources.map((rows, i) => ({ name: `nguon-${i + 1}.xlsx`, workbook: book("Nguồn", rows) })),
  );
const at = (r: FillResult, cell: string) => r.writes.find((w) => w.cell === cell)?.value;
const why = (r: FillResult, cell: string) => r.skipped.find((s) => s.cell === cell)?.reason.vi;

const COMMUNES: CellValue[][] = [
  ["KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2025"],
  ["STT", "Đơn vị", "Tổng số hộ", "Số hộ nghèo", "Trong đó: hộ nghèo dân tộc thiểu số", "Tỷ lệ hộ nghèo (%)"],
  ["1", "Xã Tân Lập", 1200, 96, 40, 8],
  ["2", "Xã Hòa Bình", 800, 40, 12, 5],
];

describe("a subset column", () => {
  it("is not added into the poor households: the form without it gets the poor households only", () => {
    const r = fill(
      [
        ["STT", "Đơn vị", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"],
        ["1", "Xã Tân Lập", null, null, null],
        ["2", "Xã Hòa Bình", null, null, null],
      ],
      COMMUNES,
    );
    expect([at(r, "C2"), at(r, "D2"), at(r, "E2"), at(r, "D3"), at(r, "E3")]).toEqual([1200, 96, 8, 40, 5]);
  });

  it("fills the form's own subset column, and only that", () => {
    const r = fill(
      [
        ["STT", "Đơn vị", "Số hộ nghèo", "Trong đó: hộ nghèo dân tộc thiểu số"],
        ["1", "Xã Tân Lập", null, null],
      ],
      COMMUNES,
    );
    expect([at(r, "C2"), at(r, "D2")]).toEqual([96, 40]);
  });
});

describe("a period named only in the sheet's title", () => {
  const source: CellValue[][] = [
    ["KẾT QUẢ RÀ SOÁT HỘ NGHÈO CUỐI NĂM 2025"],
    ["STT", "Đơn vị", "Tổng số hộ", "Số hộ nghèo"],
    ["1", "Xã Tân Lập", 1200, 90],
  ];
  const form: CellValue[][] = [
    ["STT", "Đơn vị", "Tổng số hộ", "Hộ nghèo đầu năm", "Tỷ lệ hộ nghèo đầu năm (%)", "Hộ nghèo cuối năm", "Tỷ lệ hộ nghèo cuối năm (%)"],
    ["1", "Xã Tân Lập", null, null, null, null, null],
  ];

  it("gives the source's counts to the end-of-year columns, not the start-of-year ones", () => {
    const r = fill(form, source);
    expect([at(r, "C2"), at(r, "F2"), at(r, "G2")]).toEqual([1200, 90, 7.5]);
    expect(at(r, "D2")).toBeUndefined();
  });

  it("leaves a rate whose count is missing empty, with the reason, never 0", () => {
    const r = fill(form, source);
    expect(at(r, "E2")).toBeUndefined();
    expect(why(r, "E2")).toBe("Không tính được: D2 chưa có số liệu (để trống thay vì ghi 0)");
  });
});

describe("a form of another year than its sources", () => {
  it("fills nothing and says that the year differs", () => {
    const r = fill(
      [
        ["Đơn vị tính: triệu đồng"],
        ["STT", "Nội dung", "Kế hoạch vốn năm 2026", "Giải ngân năm 2026"],
        ["", "Tổng cộng", null, null],
        ["1", "Dự án 2", null, null],
      ],
      [
        ["Đơn vị tính: triệu đồng"],
        ["STT", "Nội dung", "Kế hoạch vốn năm 2025", "Giải ngân năm 2025"],
        ["", "Tổng cộng", 500, 250],
        ["1", "Dự án 2", 500, 250],
      ],
    );
    expect(r.writes.filter((w) => w.kind === "source")).toEqual([]);
    const said = "Biểu mẫu là của năm 2026 nhưng nguon-1.xlsx là số liệu năm 2025: năm khác nhau nên không điền";
    expect(r.notes.map((n) => n.message.vi)).toEqual([said]);
    expect(why(r, "C4")).toBe(said);
  });
});

describe("the new programme's sources", () => {
  it.each([
    ["Vốn tín dụng chính sách", "tin-dung"],
    ["Vốn vay Ngân hàng Chính sách xã hội", "tin-dung"],
    ["Vốn lồng ghép", "long-ghep"],
    ["Kinh phí thường xuyên", "SN"],
    ["Vốn huy động", "huy-dong"],
  ])("%s", (label, source) => expect(sourceOf(fold(label))).toBe(source));

  it("fill policy credit and integrated funds at their own keys, in tỷ đồng", () => {
    const r = fill(
      [
        ["Đơn vị tính: tỷ đồng"],
        ["STT", "Nội dung", "Vốn tín dụng chính sách", "Vốn lồng ghép"],
        ["", "Toàn tỉnh", null, null],
      ],
      [
        ["Đơn vị tính: triệu đồng"],
        ["STT", "Nội dung", "Ngân sách trung ương", "Vốn tín dụng chính sách", "Vốn lồng ghép"],
        ["", "Tổng cộng", 9000, 2300, 1250],
      ],
    );
    expect([at(r, "C3"), at(r, "D3")]).toEqual([2.3, 1.25]);
  });
});

describe("a table of the 2026–2035 programme, by components and contents", () => {
  const form: CellValue[][] = [
    ["Đơn vị tính: triệu đồng"],
    ["STT", "Nội dung", "Kế hoạch vốn năm 2026", "Giải ngân", "Tỷ lệ giải ngân (%)"],
    ["", "Tổng cộng", null, null, null],
    ["I", "Hợp phần 1: Xây dựng nông thôn mới", null, null, null],
    ["1", "Nội dung 1: Quy hoạch, hạ tầng thiết yếu", null, null, null],
    ["2", "Nội dung 2: Phát triển sản xuất", null, null, null],
    ["II", "Hợp phần 2: Giảm nghèo bền vững", null, null, null],
    ["1", "Nội dung 1: Hỗ trợ sinh kế", null, null, null],
    ["2", "Nội dung 2: Hỗ trợ nhà ở", null, null, null],
  ];
  const a: CellValue[][] = [
    ["UBND XÃ TÂN LẬP"],
    ["Đơn vị tính: triệu đồng"],
    ["TT", "Nội dung", "Kế hoạch vốn năm 2026", "Giải ngân"],
    ["", "Tổng cộng", 1000, 600],
    ["I", "Hợp phần I - Xây dựng nông thôn mới", 700, 400],
    ["1", "Nội dung 1 - Hạ tầng", 500, 300],
    ["2", "Nội dung 2 - Sản xuất", 200, 100],
    ["II", "Hợp phần II - Giảm nghèo", 300, 200],
    ["1", "Nội dung 1 - Sinh kế", 300, 200],
  ];
  const b: CellValue[][] = [
    ["UBND PHƯỜNG HÒA BÌNH"],
    ["Đơn vị tính: đồng"],
    ["TT", "Nội dung", "Kế hoạch vốn năm 2026", "Giải ngân"],
    ["", "Tổng cộng", 900_000_000, 450_000_000],
    ["I", "HP1. Nông thôn mới", 400_000_000, 150_000_000],
    ["-", "ND1: Hạ tầng thiết yếu", 400_000_000, 150_000_000],
    ["II", "HP2. Giảm nghèo", 500_000_000, 300_000_000],
    ["-", "ND1: Sinh kế", 200_000_000, 100_000_000],
    ["-", "ND2: Nhà ở", 300_000_000, 200_000_000],
  ];

  it("adds the communes up by outline number, however each names its components and contents", () => {
    const r = fill(form, a, b);
    const row = (n: number) => [at(r, `C${n}`), at(r, `D${n}`), at(r, `E${n}`)];
    expect(row(3)).toEqual([1900, 1050, 55.26]);
    expect(row(4)).toEqual([1100, 550, 50]);
    expect(row(5)).toEqual([900, 450, 50]);
    expect(row(6)).toEqual([200, 100, 50]);
    expect(row(7)).toEqual([800, 500, 62.5]);
    expect(row(8)).toEqual([500, 300, 60]);
    expect(row(9)).toEqual([300, 200, 66.67]);
    expect(r.formFindings).toEqual([]);
  });
});

describe("what the report says about each source", () => {
  it("counts the cells a source gave even when the source before it fits no sheet", () => {
    const r = fillWorkbook(book("Biểu", [["STT", "Nội dung", "Kế hoạch vốn", "Giải ngân"], ["", "Tổng cộng", null, null], ["1", "Dự án 2", null, null]]), [
      { name: "ghi-chu.xlsx", workbook: book("Ghi chú", [["Báo cáo bằng lời, không có bảng"]]) },
      { name: "huyen.xlsx", workbook: book("Nguồn", [["STT", "Nội dung", "Kế hoạch vốn", "Giải ngân"], ["", "Tổng cộng", 80, 40], ["1", "Dự án 2", 80, 40]]) },
    ]);
    expect(r.sources.map((s) => [s.source, s.cells])).toEqual([
      ["ghi-chu.xlsx", 0],
      ["huyen.xlsx", 2],
    ]);
  });

  it("says a row summed from its sub-projects is empty because they are, not that no source has it", () => {
    const r = fill(
      [["STT", "Nội dung", "Kế hoạch vốn", "Giải ngân"], ["", "Tổng cộng", null, null], ["4", "Dự án 4", null, null], ["-", "Tiểu dự án 1", null, null], ["-", "Tiểu dự án 3", null, null], ["2", "Dự án 2", null, null]],
      [["STT", "Nội dung", "Kế hoạch vốn", "Giải ngân"], ["", "Tổng cộng", 80, 40], ["1", "Dự án 2", 80, 40]],
    );
    expect(why(r, "C3")).toBe("Các dòng con của dòng này chưa có số liệu trong nguồn");
  });
});
