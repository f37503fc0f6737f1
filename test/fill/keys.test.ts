/** Keys of form and source cells, and the lookups that meet a form's key with what a source has. */
import { fillWorkbook } from "../../src/core/fill";
import { columnKey, ownUnitOf, rowKeys, sameFigure, sameUnit, unitEntity } from "../../src/core/fill/keys";
import { SourceTable } from "../../src/core/fill/source";
import { sheetFromRows, type CellValue } from "../../src/core/grid";
import { recognise } from "../../src/core/tables/recognize";
import { readWorkbook } from "../../src/cli/readXlsx";
import { SAMPLE } from "./helpers";

const table = (rows: CellValue[][]) => recognise(sheetFromRows("Biểu", rows)).report.table!;

describe("column keys", () => {
  const t = table([
    ["Đơn vị tính: triệu đồng"],
    ["STT", "Nội dung", "Kế hoạch vốn năm 2023", "Giải ngân", "Hộ nghèo đầu năm", "Tỷ lệ hộ nghèo đầu năm (%)", "Số công trình"],
    ["1", "Dự án 2", 10, 5, 3, 2, 4],
  ]);
  const key = (col: number) => columnKey(t.columns.find((c) => c.col === col)!);

  it("name the measure, the source (an unsplit money column is its total), the year and the period", () => {
    expect(key(0)).toBeUndefined();
    expect(key(1)).toBeUndefined();
    expect(key(2)).toEqual({ measure: "plan", source: "total", year: 2023, percent: false });
    expect(key(3)).toEqual({ measure: "disbursed", source: "total", percent: false });
    expect(key(4)).toEqual({ measure: "poor", period: "start", percent: false });
    expect(key(5)).toEqual({ measure: "rate", subject: "poor", period: "start", percent: true });
  });

  it("match a column of no known measure by its header", () => {
    expect(key(6)).toMatchObject({ measure: "amount", label: "so cong trinh", title: "Số công trình" });
  });

  it("agree when the year or a money period is left unsaid, not when they differ", () => {
    const plan = { measure: "plan", source: "total", percent: false } as const;
    expect(sameFigure(plan, { ...plan, year: 2023 })).toBe(true);
    expect(sameFigure({ ...plan, year: 2024 }, { ...plan, year: 2023 })).toBe(false);
    expect(sameFigure({ ...plan, measure: "disbursed" }, { ...plan, measure: "disbursed", period: "start" })).toBe(true);
    const poor = { measure: "poor", percent: false } as const;
    expect(sameFigure(poor, { ...poor, period: "start" })).toBe(false);
    expect(sameFigure({ ...poor, period: "end" }, { ...poor, period: "end" })).toBe(true);
  });
});

describe("row keys", () => {
  it("read loosely labelled projects and sub-projects, sources under a project, units and items", () => {
    const t = table([
      ["STT", "Nội dung", "Kế hoạch vốn", "Giải ngân"],
      ["", "Tổng cộng", 1, 1],
      ["1", "Dự án 3", 1, 1],
      ["-", "DA3 - Tiểu dự án 1", 1, 1],
      ["-", "Dự án 6 - TDA1: Giảm nghèo về thông tin", 1, 1],
      ["-", "TDA 2 - DA7", 1, 1],
      ["-", "DA7.2 - Giám sát", 1, 1],
      ["2", "Dự án 1", 1, 1],
      ["", "Ngân sách trung ương", 1, 1],
      ["", "Xã An Phú", 1, 1],
      ["", "Chi phí quản lý", 1, 1],
    ]);
    expect(rowKeys(t).map((k) => k && (k.source ? `${k.entity}/${k.source}` : k.entity))).toEqual([
      "total",
      "DA3",
      "DA3.1",
      "DA6.1",
      "DA7.2",
      "DA7.2",
      "DA1",
      "DA1/NSTW",
      "unit:xa an phu",
      expect.stringMatching(/^item:.*chi phi quan ly$/),
    ]);
  });

  it("name units with or without their type, and the unit a sheet reports for", () => {
    expect(unitEntity("Xã An Phú")).toBe("unit:xa an phu");
    expect(unitEntity("TT. Mẫu")).toBe("unit:thi tran mau");
    expect(sameUnit("unit:an phu", "unit:xa an phu")).toBe(true);
    expect(sameUnit("unit:huyen mau", "unit:thi tran mau")).toBe(false);
    expect(ownUnitOf(["BÁO CÁO NĂM 2023", "(Kèm theo Báo cáo số 15/BC-UBND ngày 08/01/2024 của UBND huyện An Lạc)"])).toEqual({
      entity: "unit:huyen an lac",
      label: "Huyện An Lạc",
    });
    expect(ownUnitOf(["Toàn huyện", "của UBND huyện ……"])).toBeUndefined();
  });
});

describe("source lookups", () => {
  const source = SourceTable.of(
    "huyen.xlsx",
    sheetFromRows("Biểu", [
      ["ĐVT: đồng"],
      ["STT", "Nội dung", "Kế hoạch vốn", "", "", ""],
      ["", "", "Vốn ĐTPT", "Vốn sự nghiệp", "Cấp tỉnh", "Cấp huyện"],
      ["1", "Dự án 3", null, null, null, null],
      ["-", "Tiểu dự án 1", 1_000_000, 2_000_000, 300_000, 400_000],
      ["-", "Tiểu dự án 2", null, 5_000_000, null, null],
    ]),
  )!;
  const plan = (source: string) => ({ measure: "plan" as const, source: source as "total", percent: false });

  it("make a total of the sources of funding, NSTW of ĐTPT + SN, NSĐP of its levels, in the unit asked", () => {
    expect(source.lookup("DA3.1", plan("total"), "trieu-dong")).toEqual({ value: 3.7, found: true, unitAssumed: false, suspect: false });
    expect(source.lookup("DA3.1", plan("NSTW"), "dong").value).toBe(3_000_000);
    expect(source.lookup("DA3.1", plan("NSDP"), "nghin-dong").value).toBe(700);
    expect(source.lookup("DA3.1", plan("NSDP-xa"), "dong")).toEqual({ value: null, found: false });
  });

  it("make a project of its sub-projects when its own row is empty of that figure, and a missing total of the projects", () => {
    expect(source.lookup("DA3", plan("SN"), "dong")).toEqual({ value: 7_000_000, found: true, unitAssumed: false, suspect: false });
    expect(source.lookup("total", plan("SN"), "dong").value).toBe(7_000_000);
    expect(source.lookup("DA4", plan("SN"), "dong").found).toBe(false);
  });
});

describe("filling from grids", () => {
  it("places figures a source gives by row (a source row under each project) into a form that has them by column", () => {
    const form = sheetFromRows("Tỉnh", [
      ["Đơn vị tính: triệu đồng"],
      ["STT", "Nội dung", "Kế hoạch vốn", "", ""],
      ["", "", "Tổng số", "NSTW", "NSĐP"],
      ["1", "Dự án 2", null, null, null],
    ]);
    const district = sheetFromRows("Huyện", [
      ["Đơn vị tính: triệu đồng"],
      ["STT", "Nội dung", "Kế hoạch vốn"],
      ["1", "Dự án 2", 150],
      ["", "- Ngân sách trung ương", 100],
      ["", "- Ngân sách địa phương", 50],
    ]);
    const before = JSON.stringify([form, district]);
    const r = fillWorkbook({ sheets: [form] }, [{ name: "huyen", workbook: { sheets: [district] } }]);
    expect(r.writes.map((w) => [w.cell, w.kind, w.value])).toEqual([
      ["C4", "derived", 150],
      ["D4", "source", 100],
      ["E4", "source", 50],
    ]);
    expect(r.unplaced).toEqual([]);
    expect(JSON.stringify([form, district])).toBe(before);
  });

  it("fills a form that splits by source in rows from an appendix that splits by source in columns", async () => {
    const form = sheetFromRows("Tỉnh", [
      ["Đơn vị tính: triệu đồng"],
      ["STT", "Nội dung", "Kế hoạch vốn", "Giải ngân", "Tỷ lệ giải ngân (%)"],
      ["1", "Dự án 3", null, null, null],
      ["", "- Vốn đầu tư phát triển", null, null, null],
      ["", "- Vốn sự nghiệp", null, null, null],
      ["", "- Ngân sách địa phương", null, null, null],
    ]);
    const r = fillWorkbook({ sheets: [form] }, [{ name: "mau", workbook: await readWorkbook(SAMPLE) }]);
    expect(r.writes.map((w) => [w.cell, w.value])).toEqual([
      ["C3", 3185],
      ["D3", 1839.25],
      ["E3", 57.75],
      ["C5", 3065],
      ["D5", 1719.25],
      ["E5", 56.09],
      ["C6", 120],
      ["D6", 120],
      ["E6", 100],
    ]);
    expect(r.skipped.map((x) => [x.cell, x.reason.vi])).toEqual([
      ["C4", "Ô tương ứng trong nguồn để trống"],
      ["D4", "Ô tương ứng trong nguồn để trống"],
      ["E4", "Ô tương ứng trong nguồn để trống"],
    ]);
    expect(r.unplaced.find((u) => u.row === 13)?.reason.vi).toBe("Biểu không có dòng DA2; số liệu của dòng này không được điền");
    expect(r.unplaced.find((u) => u.row === 15)?.reason.vi).toBe("Biểu không có dòng DA3.1; số liệu chỉ có mặt trong dòng DA3");
  });
});

describe("the unit a file reports for, beside the national motto", () => {
  it.each([
    [["UBND XÃ TÂN LẬP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], "Xã Tân Lập"],
    [["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "UBND PHƯỜNG HÒA BÌNH"], "Phường Hòa Bình"],
    [["NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", "PHÒNG GIAO DỊCH HUYỆN AN LẠC"], "Huyện An Lạc"],
    [["BÁO CÁO NGUỒN VỐN XÃ HỘI HÓA CỦA XÃ AN PHÚ NĂM 2026"], "Xã An Phú"],
    [["Báo cáo của UBND xã Hội Xuân"], "Xã Hội Xuân"],
  ])("%j → %s", (texts, label) => {
    expect(ownUnitOf(texts)?.label).toBe(label);
  });
  it("the motto alone names no unit", () => {
    expect(ownUnitOf(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])).toBeUndefined();
    expect(ownUnitOf(["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"])).toBeUndefined();
  });
});
