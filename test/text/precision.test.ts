/** Correct claims and figures that only look like claims: none of these may be flagged. */
import { checkText, readClaims } from "../../src/core/text";

/** Claims that are read and hold. */
const correct: [string, string][] = [
  // Rounding and truncation, as in the sheets.
  ["a rate truncated rather than rounded (355/480 = 73,958…%)", "Tổng kinh phí: 480 triệu đồng. Hiện đã giải ngân được 355 triệu đồng đạt 73,9%."],
  ["a rate rounded", "Kế hoạch vốn năm 2023 là 5.589 triệu đồng; đã giải ngân 4.120 triệu đồng, đạt 73,72%."],
  ["a rate truncated to two decimals", "Kế hoạch vốn năm 2023 là 5.589 triệu đồng; đã giải ngân 4.120 triệu đồng, đạt 73,71%."],
  ["a ratio in mixed units", "Kế hoạch vốn giao 4.931 triệu đồng. Đã giải ngân 2.046.500.000đ, đạt 41,5% kế hoạch."],
  ["an explicit ratio", "Kết quả giải ngân: 4.141.000đ/427.000.000đ đạt 0,97% kế hoạch vốn giao."],
  ["a share rounded", "Toàn huyện có 12.345 hộ, trong đó hộ nghèo 1.234 hộ, chiếm 10%."],
  ["amounts in tỷ rounded to the digits shown", "Kế hoạch vốn 4,9 tỷ đồng, đã giải ngân 2,05 tỷ đồng, đạt 41,5%."],
  ["a share of the named total", "Toàn huyện có 1.391 hộ nghèo. Trong đó, hộ nghèo dân tộc thiểu số 1.102 hộ, chiếm 79,2% tổng số hộ nghèo."],
  ["a rate over this year's plan and last year's carried over", "Tổng kinh phí 400 triệu đồng; vốn năm 2022 chuyển sang 80 triệu đồng. Đã giải ngân 355 triệu đồng, đạt 73,96%."],
  // Differences.
  ["a decrease in points", "Tỷ lệ hộ nghèo giảm từ 8,76% (đầu năm) xuống còn 6,52% (cuối năm), giảm 2,24%, đạt 112% kế hoạch (kế hoạch giao giảm 2%)."],
  ["a relative decrease", "Số hộ nghèo giảm từ 1.857 hộ xuống còn 1.391 hộ (giảm 25,09%)."],
  ["a decrease in households", "Số hộ nghèo giảm từ 1.857 hộ xuống còn 1.391 hộ, giảm 466 hộ."],
  // Sums.
  ["a partial trong đó list of disjoint classes below the whole", "Hỗ trợ 35 hộ, trong đó 20 hộ nghèo, 12 hộ cận nghèo."],
  ["a sum over every source", "Tổng kế hoạch vốn 13.382 triệu đồng, trong đó nguồn vốn Trung ương cấp 13.164 triệu đồng, nguồn vốn địa phương cấp 218 triệu đồng."],
  ["a bracketed breakdown", "Hỗ trợ nhà ở cho 46 hộ (27 hộ nghèo, 18 hộ cận nghèo, 1 hộ mới thoát nghèo)."],
  ["a footnote breakdown", "Có 35 hộ tham gia¹².\n¹² 20 hộ nghèo; 12 hộ cận nghèo; 03 hộ mới thoát nghèo."],
  ["a list with a sub-item", "Năm 2023 hỗ trợ 57 hộ, gồm:\n- Xã An Phú: 25 hộ;\n+ thôn 1: 10 hộ;\n- Xã Bình Minh: 20 hộ;\n- Thị trấn: 12 hộ."],
  ["shares of a whole that add up", "Cơ cấu nguồn vốn gồm: vốn trung ương 94,7%, vốn địa phương 5,3%."],
  ["shares truncated that fall short of 100", "Cơ cấu nguồn vốn gồm: vốn trung ương 66,6%, vốn địa phương 33,3%."],
];

/** Passages whose figures cannot be judged from the text: nothing to say. */
const unjudged: [string, string][] = [
  // Partial lists.
  ["a partial trong đó list", "Giải quyết việc làm cho 6.420 lao động; trong đó: xuất khẩu lao động 874 người."],
  ["overlapping categories that exceed the whole", "Có 1.500 hộ nghèo, trong đó 1.200 hộ dân tộc thiểu số, 400 hộ có người khuyết tật."],
  ["trong đó inside a bracket", "Đào tạo nghề cho 350 học viên (trong đó 210 nữ, 95 người dân tộc thiểu số)."],
  ["a list that says it goes on", "Đầu tư 139 công trình, gồm: 86 công trình giao thông, 10 công trình điện và các công trình khác."],
  ["a list introduced by như", "Đầu tư 139 công trình, gồm các công trình như: 86 công trình giao thông, 10 công trình điện."],
  ["a list ending in …", "Đầu tư 139 công trình, gồm: 86 công trình giao thông, 10 công trình điện, …"],
  ["a list of other kinds", "Đã hỗ trợ 35 hộ, gồm: 120 con bò, 3.500 cây giống."],
  ["a bracket of remarks, not parts", "Giải ngân 300 triệu đồng (kế hoạch 480 triệu đồng, năm trước chuyển sang 100 triệu đồng)."],
  ["a bracket comparing", "Toàn huyện còn 1.391 hộ nghèo (giảm 466 hộ so với đầu năm, thấp hơn 20 hộ so với kế hoạch)."],
  ["a footnote that cites a document", "Có 35 hộ tham gia¹.\n¹ Theo Quyết định số 123/QĐ-UBND ngày 12/5/2023 của UBND huyện."],
  // Bases the text does not state, or states more than once.
  ["a rate with no base in the text", "Tỷ lệ lao động qua đào tạo đạt 68,5%."],
  ["a rate whose base is in another paragraph", "Kế hoạch vốn 480 triệu đồng.\n\nĐã giải ngân 300 triệu đồng, đạt 73,9%."],
  ["a rate over last year", "Giải ngân 355 triệu đồng, tăng 25% so với cùng kỳ năm trước."],
  ["a rate compared with the same period", "Kế hoạch vốn 480 triệu đồng; đã giải ngân 355 triệu đồng, đạt 120% so với cùng kỳ."],
  ["a rate with two plans in reach", "Kế hoạch vốn năm 2023 là 400 triệu đồng, kế hoạch năm 2022 chuyển sang 80 triệu đồng; đã giải ngân 355 triệu đồng, đạt 74%."],
  ["an approximate rate", "Kế hoạch vốn 480 triệu đồng; đã giải ngân 300 triệu đồng, đạt khoảng 74%."],
  ["a rate of something else named", "Kế hoạch vốn 480 triệu đồng, đã giải ngân 300 triệu đồng, tỷ lệ hộ hài lòng đạt 95%."],
  ["a poverty rate level against a target reckoned another way", "Tỷ lệ hộ nghèo còn 10,12% (kế hoạch 10,5%), đạt 103,7% kế hoạch."],
  ["a share whose named total is not stated", "Toàn huyện có 21.345 hộ, 1.391 hộ nghèo. Trong đó, hộ nghèo dân tộc thiểu số 1.102 hộ, chiếm 79,2% tổng số hộ nghèo."],
  ["a total that is itself a share of something else", "Tổng số hộ nghèo đầu năm 1.857 hộ, chiếm 8,76%; cuối năm còn 1.391 hộ, chiếm 6,52%."],
  ["a source's rate against the whole plan", "Kế hoạch vốn năm 2023: 13.164 triệu đồng, gồm vốn ĐTPT 9.850 triệu đồng, vốn sự nghiệp 3.314 triệu đồng. Giải ngân vốn ĐTPT 9.000 triệu đồng, đạt 91,4% kế hoạch."],
  // Numbers that are not figures.
  ["dates, decisions and years", "Thực hiện Quyết định số 90/QĐ-TTg ngày 18/01/2022 và Nghị định 27/2022/NĐ-CP, giai đoạn 2021-2025, đến 30/6 đạt 50%."],
  ["projects and outline numbers", "1. Dự án 3, Tiểu dự án 1: đạt 100% kế hoạch.\n2. Biểu số 01 kèm theo."],
  ["a month/year that looks like a ratio", "Tính đến tháng 6/2023, giải ngân đạt 45%."],
];

describe.each(correct)("read and not flagged: %s", (_name, text) => {
  test("a claim is read", () => expect(readClaims(text).length).toBeGreaterThan(0));
  test("no finding", () => expect(checkText(text)).toEqual([]));
});

describe.each(unjudged)("not judged: %s", (_name, text) => {
  test("no finding", () => expect(checkText(text)).toEqual([]));
});
