/** Each claim form of a report's text, with a slip the check must find. */
import { checkText } from "../../src/core/text";
import { flags } from "./helpers";

describe("A/B … đạt C%", () => {
  test("a fraction written as a percentage is a percent-scale slip", () => {
    const [f] = checkText("Kết quả giải ngân: 4.141.000đ/427.000.000đ đạt 0,0097% kế hoạch vốn giao.");
    expect(f).toMatchObject({ rule: "percent-scale", line: 1, stated: 0.0097, expected: 0.97, severity: "error" });
    expect(f.span).toBe("4.141.000đ/427.000.000đ đạt 0,0097%");
    expect(f.message.vi).toContain("0,97%");
    expect(f.message.vi).toContain("thập phân");
    expect(f.message.en).toContain("fraction");
  });

  test("a rate multiplied by 100 twice is a percent-scale slip", () => {
    expect(flags("Giải ngân 4,141/427 triệu đồng, đạt 97%.")).toEqual([{ line: 1, rule: "percent-scale", stated: 97, expected: 0.97 }]);
  });

  test("a rate that matches nothing is a percent-mismatch", () => {
    expect(flags("Giải ngân 1.856,135/2.095 triệu đồng đạt 92,8%.")).toEqual([{ line: 1, rule: "percent-mismatch", stated: 92.8, expected: 88.6 }]);
    expect(flags("Đã giải ngân 1.228/2.398 triệu đồng đạt 63%.")).toEqual([{ line: 1, rule: "percent-mismatch", stated: 63, expected: 51.21 }]);
  });

  test("the ratio may follow the rate in brackets", () => {
    expect(flags("Tỷ lệ giải ngân đạt 63% (1.228/2.398 triệu đồng).")).toEqual([{ line: 1, rule: "percent-mismatch", stated: 63, expected: 51.21 }]);
  });

  test("counts divide too", () => {
    expect(flags("Có 15/19 tiêu chí đạt chuẩn, đạt 80%.")).toEqual([{ line: 1, rule: "percent-mismatch", stated: 80, expected: 78.95 }]);
  });
});

describe("A … đạt C% of a plan, A … chiếm C% of a total", () => {
  test("the base stated a sentence earlier in the same paragraph", () => {
    const text = "Tổng kinh phí: 480 triệu đồng. Đã hỗ trợ giống cho 120 hộ. Hiện đã giải ngân được 335 triệu đồng đạt 73,9%.";
    const [f] = checkText(text);
    expect(f).toMatchObject({ rule: "percent-mismatch", stated: 73.9, expected: 69.79 });
    expect(f.span).toBe("Tổng kinh phí: 480 triệu đồng … Hiện đã giải ngân được 335 triệu đồng đạt 73,9%");
    expect(f.message.vi).toContain("câu trước");
  });

  test("mixed units: đồng over triệu đồng", () => {
    const text = "Kế hoạch vốn giao 4.931 triệu đồng. Đã giải ngân 2.046.500.000đ, đạt 45,1% kế hoạch.";
    expect(flags(text)).toEqual([{ line: 1, rule: "percent-mismatch", stated: 45.1, expected: 41.5 }]);
  });

  test("a share of the whole of the district", () => {
    expect(flags("Toàn huyện có 21.345 hộ; hộ nghèo 1.391 hộ, chiếm 7,52% tổng số hộ.")).toEqual([
      { line: 1, rule: "percent-mismatch", stated: 7.52, expected: 6.52 },
    ]);
  });

  test("a share beside a part of a breakdown", () => {
    expect(flags("Có 35 hộ tham gia, gồm 20 hộ nghèo (chiếm 75%), 15 hộ cận nghèo (chiếm 42,9%).")).toEqual([
      { line: 1, rule: "percent-mismatch", stated: 75, expected: 57.14 },
    ]);
  });

  test("đạt C% kế hoạch of a decrease against its target", () => {
    const text = "Tỷ lệ hộ nghèo giảm từ 8,76% xuống còn 6,52%, giảm 2,24%, đạt 121% kế hoạch (kế hoạch giao giảm 2%).";
    expect(flags(text)).toEqual([{ line: 1, rule: "percent-mismatch", stated: 121, expected: 112 }]);
  });

  test("đạt C% kế hoạch read from the decrease when only `từ a xuống b` is stated", () => {
    const text = "Tỷ lệ hộ nghèo giảm từ 8,76% xuống còn 6,52%, đạt 121% kế hoạch (kế hoạch giao giảm 2%).";
    expect(flags(text)).toEqual([{ line: 1, rule: "percent-mismatch", stated: 121, expected: 112 }]);
  });
});

describe("sums", () => {
  test("X, trong đó A, B — parts that name every source", () => {
    const text =
      "Tổng kế hoạch vốn năm 2023 là 13.558 triệu đồng, trong đó nguồn vốn Trung ương cấp 13.164 triệu đồng, nguồn vốn địa phương cấp 218 triệu đồng.";
    const [f] = checkText(text);
    expect(f).toMatchObject({ rule: "sum-mismatch", line: 1, stated: 13558, expected: 13382 });
    expect(f.message.vi).toBe("Tổng ghi 13.558 triệu đồng nhưng các phần cộng lại 13.382 triệu đồng (13.164 + 218)");
    expect(f.message.en).toBe("Total stated 13,558 million VND but the parts add up to 13,382 million VND (13,164 + 218)");
  });

  test("X, trong đó with bare parts in the whole's unit", () => {
    expect(flags("Tổng vốn 13.558 triệu đồng, trong đó trung ương 13.164, địa phương 218.")).toEqual([
      { line: 1, rule: "sum-mismatch", stated: 13558, expected: 13382 },
    ]);
  });

  test("X gồm: A …, B …", () => {
    const text =
      "Đã đầu tư 139 công trình, gồm: 86 công trình giao thông, 10 công trình điện, 29 công trình thủy lợi, 05 công trình trường học, 03 công trình nhà văn hóa, 05 công trình nước sinh hoạt, 04 công trình chợ và 01 công trình trạm y tế.";
    expect(flags(text)).toEqual([{ line: 1, rule: "sum-mismatch", stated: 139, expected: 143 }]);
  });

  test("X (A; B; C)", () => {
    expect(flags("Hỗ trợ nhà ở cho 21 hộ (14 hộ nghèo; 4 hộ cận nghèo; 2 hộ mới thoát nghèo).")).toEqual([
      { line: 1, rule: "sum-mismatch", stated: 21, expected: 20 },
    ]);
  });

  test("X, gồm: followed by list items", () => {
    const text = ["Năm 2023 hỗ trợ 60 hộ, gồm:", "- Xã An Phú: 25 hộ;", "+ thôn 1: 10 hộ;", "- Xã Bình Minh: 20 hộ;", "- Thị trấn: 12 hộ."].join("\n");
    expect(flags(text)).toEqual([{ line: 1, rule: "sum-mismatch", stated: 60, expected: 57 }]);
  });

  test("a breakdown in a footnote, found through its mark", () => {
    const text = "Hỗ trợ phát triển sản xuất với 36 hộ tham gia¹², chủ yếu chăn nuôi.\n\n¹² 20 hộ nghèo; 12 hộ cận nghèo; 03 hộ mới thoát nghèo.";
    const [f] = checkText(text);
    expect(f).toMatchObject({ rule: "sum-mismatch", line: 1, stated: 36, expected: 35 });
    expect(f.span).toBe("36 hộ tham gia¹² … ¹² 20 hộ nghèo; 12 hộ cận nghèo; 03 hộ mới thoát nghèo.");
  });

  test("a bracketed footnote mark", () => {
    const text = "Có 36 hộ tham gia[3].\n[3] 20 hộ nghèo; 12 hộ cận nghèo; 03 hộ mới thoát nghèo.";
    expect(flags(text)).toEqual([{ line: 1, rule: "sum-mismatch", stated: 36, expected: 35 }]);
  });

  test("a partial trong đó list whose disjoint parts exceed the whole", () => {
    expect(flags("Hỗ trợ 30 hộ, trong đó 20 hộ nghèo, 12 hộ cận nghèo.")).toEqual([{ line: 1, rule: "sum-mismatch", stated: 30, expected: 32 }]);
  });

  test("mixed money units among the parts", () => {
    expect(flags("Tổng kinh phí 1,2 tỷ đồng, gồm: ngân sách trung ương 1.000 triệu đồng, ngân sách địa phương 350.000.000 đồng.")).toEqual([
      { line: 1, rule: "sum-mismatch", stated: 1.2, expected: 1.35 },
    ]);
  });

  test("shares of one whole that do not add up to 100%", () => {
    expect(flags("Cơ cấu nguồn vốn gồm: vốn trung ương 94,7%, vốn địa phương 9,2%.")).toEqual([
      { line: 1, rule: "share-sum", stated: 103.9, expected: 100 },
    ]);
  });
});

describe("giảm từ a xuống b, giảm c", () => {
  test("in percentage points", () => {
    expect(flags("Tỷ lệ hộ nghèo giảm từ 12,35% xuống còn 10,12%, giảm 2,5%.")).toEqual([
      { line: 1, rule: "difference-mismatch", stated: 2.5, expected: 2.23 },
    ]);
  });

  test("in households, the change stated first", () => {
    expect(flags("Số hộ nghèo giảm 476 hộ (từ 1.857 hộ xuống còn 1.391 hộ).")).toEqual([
      { line: 1, rule: "difference-mismatch", stated: 476, expected: 466 },
    ]);
  });

  test("an increase", () => {
    expect(flags("Thu nhập bình quân tăng từ 28,5 triệu đồng lên 31,2 triệu đồng, tăng 3,2 triệu đồng.")).toEqual([
      { line: 1, rule: "difference-mismatch", stated: 3.2, expected: 2.7 },
    ]);
  });
});

describe("where a finding points", () => {
  test("the line of the stated figure, in a passage wrapped over lines", () => {
    const text = [
      "Kết quả thực hiện Tiểu dự án 1 Dự án 3 trong năm 2023 như sau: tổng kinh phí",
      "được giao là 480 triệu đồng, đến nay đã giải ngân được 335 triệu đồng, đạt",
      "73,9% kế hoạch vốn.",
    ].join("\n");
    expect(flags(text)).toEqual([{ line: 3, rule: "percent-mismatch", stated: 73.9, expected: 69.79 }]);
  });

  test("findings carry the source name given", () => {
    const [f] = checkText("Giải ngân 1.228/2.398 triệu đồng đạt 63%.", { source: "bao-cao.docx" });
    expect(f.sheet).toBe("bao-cao.docx");
    expect(checkText("Giải ngân 1.228/2.398 triệu đồng đạt 63%.")[0].sheet).toBe("văn bản");
  });
});
