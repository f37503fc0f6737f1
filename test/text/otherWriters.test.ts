/**
 * Report texts as other offices write them (issue 11): each shape as a slip the check must find and
 * its correct twin, which must pass without a word. Every passage is written for this test.
 */
import { checkText } from "../../src/core/text";
import { runCheckText } from "../../src/cli/checkText";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { flags } from "./helpers";
import { makeDocx } from "./makeDocx";

type Shape = [name: string, slip: string, finding: { rule: string; stated: number; expected: number }, twin: string];

const shapes: Shape[] = [
  // 1. The base of a rate may be any amount of its clause.
  [
    "a rate over an amount called kinh phí",
    "Kinh phí hỗ trợ phát triển sản xuất 4.200 triệu đồng, đã giải ngân 3.024 triệu đồng, đạt 0,72%.",
    { rule: "percent-scale", stated: 0.72, expected: 72 },
    "Kinh phí hỗ trợ phát triển sản xuất 4.200 triệu đồng, đã giải ngân 3.024 triệu đồng, đạt 72%.",
  ],
  [
    "a rate over the central budget",
    "Ngân sách trung ương năm 2025 là 2.750 triệu đồng, đã giải ngân 1.980 triệu đồng, đạt 62%.",
    { rule: "percent-mismatch", stated: 62, expected: 72 },
    "Ngân sách trung ương năm 2025 là 2.750 triệu đồng, đã giải ngân 1.980 triệu đồng, đạt 72%.",
  ],
  // 2. `so với tổng số hộ`, `trên tổng số`, `so với kế hoạch` name the base.
  [
    "bằng … so với tổng số hộ",
    "Toàn xã có 1.840 hộ, số hộ nghèo còn 97 hộ, bằng 6,3% so với tổng số hộ.",
    { rule: "percent-mismatch", stated: 6.3, expected: 5.27 },
    "Toàn xã có 1.840 hộ, số hộ nghèo còn 97 hộ, bằng 5,27% so với tổng số hộ.",
  ],
  [
    "chiếm … trên tổng số hộ",
    "Toàn xã có 1.840 hộ; có 115 hộ cận nghèo, chiếm 7,25% trên tổng số hộ.",
    { rule: "percent-mismatch", stated: 7.25, expected: 6.25 },
    "Toàn xã có 1.840 hộ; có 115 hộ cận nghèo, chiếm 6,25% trên tổng số hộ.",
  ],
  [
    "đạt … so với kế hoạch",
    "Giao chỉ tiêu 260 lao động; đã giải quyết việc làm cho 247 lao động, đạt 98% so với kế hoạch.",
    { rule: "percent-mismatch", stated: 98, expected: 95 },
    "Giao chỉ tiêu 260 lao động; đã giải quyết việc làm cho 247 lao động, đạt 95% so với kế hoạch.",
  ],
  // 3. Shares of one whole, whatever their labels.
  [
    "a colon list of shares",
    "Cơ cấu lao động: nông nghiệp: 61,5%; công nghiệp - xây dựng: 17,2%; dịch vụ: 23,3%.",
    { rule: "share-sum", stated: 102, expected: 100 },
    "Cơ cấu lao động: nông nghiệp: 59,5%; công nghiệp - xây dựng: 17,2%; dịch vụ: 23,3%.",
  ],
  [
    "a chiếm list of shares",
    "Cơ cấu kinh tế của xã: nông nghiệp chiếm 44,1%, công nghiệp - xây dựng chiếm 21,6%, dịch vụ chiếm 36,3%.",
    { rule: "share-sum", stated: 102, expected: 100 },
    "Cơ cấu kinh tế của xã: nông nghiệp chiếm 42,1%, công nghiệp - xây dựng chiếm 21,6%, dịch vụ chiếm 36,3%.",
  ],
  [
    "a cơ cấu … gồm list, whose labels share a word with a rate verb once folded (đất / đạt)",
    "Cơ cấu hộ nghèo theo nguyên nhân gồm thiếu vốn 42%, thiếu đất sản xuất 31%, thiếu lao động 19%, ốm đau 12%.",
    { rule: "share-sum", stated: 104, expected: 100 },
    "Cơ cấu hộ nghèo theo nguyên nhân gồm thiếu vốn 42%, thiếu đất sản xuất 31%, thiếu lao động 19%, ốm đau 8%.",
  ],
  // 4. A total without a unit takes its parts' unit.
  [
    "tổng kinh phí 52.410 (trong đó … triệu đồng)",
    "Tổng kinh phí 52.410 (trong đó ngân sách trung ương 40.120 triệu đồng, ngân sách địa phương 12.190 triệu đồng).",
    { rule: "sum-mismatch", stated: 52410, expected: 52310 },
    "Tổng kinh phí 52.310 (trong đó ngân sách trung ương 40.120 triệu đồng, ngân sách địa phương 12.190 triệu đồng).",
  ],
  // 5. A noun phrase between a count and its breakdown.
  [
    "a count, a noun phrase, then the bracket",
    "Xây dựng 9 mô hình giảm nghèo đa dạng hóa sinh kế (04 mô hình chăn nuôi bò, 03 mô hình trồng cây ăn quả, 03 mô hình dịch vụ).",
    { rule: "sum-mismatch", stated: 9, expected: 10 },
    "Xây dựng 10 mô hình giảm nghèo đa dạng hóa sinh kế (04 mô hình chăn nuôi bò, 03 mô hình trồng cây ăn quả, 03 mô hình dịch vụ).",
  ],
  // 6. Complete trong đó lists beyond NSTW + NSĐP.
  [
    "the state budget and mobilised funds",
    "Tổng nguồn vốn 3.650 triệu đồng, trong đó ngân sách nhà nước 3.100 triệu đồng, vốn huy động 600 triệu đồng.",
    { rule: "sum-mismatch", stated: 3650, expected: 3700 },
    "Tổng nguồn vốn 3.700 triệu đồng, trong đó ngân sách nhà nước 3.100 triệu đồng, vốn huy động 600 triệu đồng.",
  ],
  [
    "two programmes' funds that exceed the whole",
    "Tổng kinh phí thực hiện 2.480 triệu đồng, trong đó vốn Chương trình giảm nghèo 1.520 triệu đồng, vốn Chương trình nông thôn mới 1.010 triệu đồng.",
    { rule: "sum-mismatch", stated: 2480, expected: 2530 },
    "Tổng kinh phí thực hiện 2.580 triệu đồng, trong đó vốn Chương trình giảm nghèo 1.520 triệu đồng, vốn Chương trình nông thôn mới 1.010 triệu đồng.",
  ],
  [
    "policy credit, integrated funds and the local budget that exceed the whole",
    "Tổng vốn 5.600 triệu đồng, trong đó vốn tín dụng chính sách 3.200 triệu đồng, vốn lồng ghép 1.900 triệu đồng, ngân sách địa phương 600 triệu đồng.",
    { rule: "sum-mismatch", stated: 5600, expected: 5700 },
    "Tổng vốn 5.900 triệu đồng, trong đó vốn tín dụng chính sách 3.200 triệu đồng, vốn lồng ghép 1.900 triệu đồng, ngân sách địa phương 600 triệu đồng.",
  ],
  [
    "works by status: continuing, new, maintained",
    "Duy tu, xây dựng 64 công trình, trong đó 40 công trình chuyển tiếp, 20 công trình khởi công mới, 6 công trình duy tu.",
    { rule: "sum-mismatch", stated: 64, expected: 66 },
    "Duy tu, xây dựng 66 công trình, trong đó 40 công trình chuyển tiếp, 20 công trình khởi công mới, 6 công trình duy tu.",
  ],
  [
    "NSTW split into ĐTPT and kinh phí thường xuyên in a bracket",
    "Kế hoạch năm 2026 giao 12.500 triệu đồng, trong đó ngân sách trung ương 9.000 triệu đồng (vốn đầu tư phát triển 6.300 triệu đồng, kinh phí thường xuyên 2.800 triệu đồng).",
    { rule: "sum-mismatch", stated: 9000, expected: 9100 },
    "Kế hoạch năm 2026 giao 12.500 triệu đồng, trong đó ngân sách trung ương 9.100 triệu đồng (vốn đầu tư phát triển 6.300 triệu đồng, kinh phí thường xuyên 2.800 triệu đồng).",
  ],
  // 7. A counted `khác` closes a list; a bracketed split and a gồm list are two breakdowns.
  [
    "a list closed by a counted khác item",
    "Năm 2024 đầu tư 36 công trình, gồm 14 công trình giao thông nông thôn, 9 công trình thủy lợi, 8 công trình trường học, 04 công trình khác.",
    { rule: "sum-mismatch", stated: 36, expected: 35 },
    "Năm 2024 đầu tư 36 công trình, gồm 14 công trình giao thông nông thôn, 9 công trình thủy lợi, 8 công trình trường học, 05 công trình khác.",
  ],
  [
    "a trong đó list closed by a counted khác item",
    "Đã hỗ trợ 58 hộ, trong đó 31 hộ nghèo, 22 hộ cận nghèo, 7 hộ khác.",
    { rule: "sum-mismatch", stated: 58, expected: 60 },
    "Đã hỗ trợ 60 hộ, trong đó 31 hộ nghèo, 22 hộ cận nghèo, 7 hộ khác.",
  ],
  [
    "the gồm list after a bracketed split",
    "Đầu tư 152 công trình (98 công trình chuyển tiếp, 54 công trình khởi công mới) gồm: 70 công trình giao thông, 12 công trình điện, 40 công trình thủy lợi, 28 công trình nước sạch.",
    { rule: "sum-mismatch", stated: 152, expected: 150 },
    "Đầu tư 152 công trình (98 công trình chuyển tiếp, 54 công trình khởi công mới) gồm: 70 công trình giao thông, 12 công trình điện, 40 công trình thủy lợi, 30 công trình nước sạch.",
  ],
  [
    "the bracketed split before a gồm list",
    "Đầu tư 152 công trình (97 công trình chuyển tiếp, 54 công trình khởi công mới) gồm: 70 công trình giao thông, 12 công trình điện, 40 công trình thủy lợi, 30 công trình nước sạch.",
    { rule: "sum-mismatch", stated: 152, expected: 151 },
    "Đầu tư 151 công trình (97 công trình chuyển tiếp, 54 công trình khởi công mới) gồm: 70 công trình giao thông, 12 công trình điện, 40 công trình thủy lợi, 29 công trình nước sạch.",
  ],
];

describe.each(shapes)("%s", (_name, slip, finding, twin) => {
  test("the slip is found", () => expect(flags(slip)).toEqual([{ line: 1, ...finding }]));
  test("its correct twin passes", () => expect(checkText(twin)).toEqual([]));
});

/** Passages these shapes must not read as claims. */
const quiet: [string, string][] = [
  ["a list that says it goes on with khác but counts nothing", "Năm 2024 đầu tư 36 công trình, gồm 14 công trình giao thông nông thôn, 9 công trình thủy lợi và các công trình khác."],
  ["two plans in reach of a rate", "Tổng vốn đầu tư 5.000 triệu đồng, trong đó năm 2024 bố trí 2.000 triệu đồng, đã giải ngân 1.500 triệu đồng, đạt 75%."],
  ["an amount of another clause is not the base", "Dự án A kinh phí 800 triệu đồng; dự án B đã giải ngân 400 triệu đồng, đạt 80%."],
  ["a rise is not the base of a rate", "Năm 2024 giải ngân 3.024 triệu đồng, tăng 300 triệu đồng, đạt 72%."],
  ["rates by area are not shares of a whole", "Tỷ lệ hộ nghèo toàn tỉnh 4,1%, trong đó khu vực nông thôn 5,6%, thành thị 1,2%."],
  ["two shares may leave the rest unsaid", "Cơ cấu lao động: nông nghiệp 61,5%; dịch vụ 23,3%."],
  ["three shares may leave the rest unsaid too", "Cơ cấu cây trồng: lúa 40%, ngô 30%, sắn 20%."],
  ["shares with an open end", "Cơ cấu cây trồng: lúa 40%, ngô 30%, các loại khác."],
  ["overlapping groups with a khác item", "Có 90 hộ được hỗ trợ, trong đó 60 hộ dân tộc thiểu số, 25 hộ có người khuyết tật, 12 hộ khác."],
  ["a sub-list of one commune does not take the next commune's villages", "Hỗ trợ 45 hộ, gồm:\n- Xã Tân Lập: 25 hộ, gồm:\n+ thôn 1: 10 hộ;\n+ thôn 2: 15 hộ;\n- Xã Hòa Bình: 20 hộ, gồm:\n+ thôn 3: 20 hộ."],
  ["a rate over what was carried over", "Vốn năm trước chuyển sang 500 triệu đồng, đã giải ngân 450 triệu đồng, đạt 90%."],
];

describe.each(quiet)("not flagged: %s", (_name, text) => {
  test("no finding", () => expect(checkText(text)).toEqual([]));
});

describe("8. text pasted from a PDF, broken at the page's width", () => {
  const pdf = (plan: string, disbursed: string) =>
    [
      `Năm 2025, tổng kế hoạch vốn thực hiện Chương trình của xã là ${plan} triệu đồng, trong đó nguồn vốn`,
      `Trung ương 5.100 triệu đồng, nguồn vốn địa phương 1.250 triệu đồng. Đến ngày 30/11/2025 đã giải`,
      `ngân ${disbursed} triệu đồng, đạt 68% kế hoạch; các công trình hạ tầng được khởi công đúng tiến độ, nhân`,
      "dân đồng tình ủng hộ và tham gia đóng góp ngày công, vật liệu cho các công trình trên địa bàn xã.",
      "",
      "Ban chỉ đạo xã tiếp tục kiểm tra, đôn đốc các thôn thực hiện các nội dung còn chậm của Chương trình.",
    ].join("\n");

  test("a sentence broken before a capital is joined again, and its slip found", () => {
    expect(flags(pdf("6.450", "4.386"))).toEqual([{ line: 1, rule: "sum-mismatch", stated: 6450, expected: 6350 }]);
  });

  test("its correct twin passes", () => expect(checkText(pdf("6.350", "4.318"))).toEqual([]));

  test("a text with a paragraph per line is not joined before a capital", () => {
    const text = [
      "Tổng kế hoạch vốn năm 2025 của xã là 6.450 triệu đồng, đã phân bổ cho các thôn theo đúng quy định",
      "Trung ương hỗ trợ 5.100 triệu đồng",
      "Kết quả giải ngân các nguồn vốn được báo cáo chi tiết tại Biểu số 01 kèm theo báo cáo này của xã",
      "Địa phương bố trí 1.250 triệu đồng",
    ].join("\n");
    expect(checkText(text)).toEqual([]);
  });
});

test("9. a .docx's line count leaves out its footnotes", async () => {
  const docx = await makeDocx(
    [{ runs: ["BÁO CÁO"] }, { runs: ["Hỗ trợ 35 hộ tham gia", 1, "."] }, { runs: ["Kết quả giải ngân đạt kế hoạch."] }],
    { 1: "20 hộ nghèo; 15 hộ cận nghèo." },
  );
  const path = join(mkdtempSync(join(tmpdir(), "soat-lines-")), "bao-cao.docx");
  writeFileSync(path, docx);
  const lines: string[] = [];
  expect(await runCheckText([path], (s) => lines.push(s), "vi")).toBe(0);
  expect(lines.join("\n")).toContain("Văn bản 3 dòng.");
});
