/**
 * Shapes an outside tester found missed: a rate whose base is in the line before or named otherwise,
 * a base two sentences back across a PDF's hard line breaks, a total with two breakdowns, rates
 * written without a verb, administrative units as parts of `đơn vị hành chính`, a ratio far before
 * its rate. Each slip has its correct twin; `lookAlikes` are correct passages around these shapes.
 * Every passage is written for these tests.
 */
import type { Pair } from "./nextWriters.passages";

/** A report pasted from a PDF: lines broken at the page's width, a sentence ending at the end of a full line. */
function pdf(rate: string, middle = "Trung tâm đã tổ chức 04 phiên giao dịch việc làm, tư vấn cho 612 lượt người."): string {
  return [
    "3. Tiểu dự án 3 - Hỗ trợ việc làm bền vững: kế hoạch giao năm 2025 cho huyện gồm nhiều",
    "nội dung như tư vấn, giới thiệu việc làm, hỗ trợ thông tin thị trường lao động, nâng cấp",
    "trang thông tin điện tử về việc làm và các hoạt động khác: tổng kinh phí 1.360 triệu đồng.",
    `${middle} Hiện đã giải`,
    `ngân được 947,5 triệu đồng, đạt ${rate}, phần còn lại đang hoàn thiện hồ sơ thanh toán`,
    "trước ngày 31/01/2026 theo quy định.",
  ].join("\n");
}

export const shapes: Pair[] = [
  [
    "1. shares of all households, the households counted on the line before",
    "Theo kết quả rà soát cuối năm 2025, tổng số hộ dân cư trên địa bàn xã là 9.872 hộ.\nQua rà soát, toàn xã còn 1.105 hộ nghèo, chiếm 11,19% tổng số hộ; 846 hộ cận nghèo, chiếm 0,0857% tổng số hộ.",
    { line: 2, rule: "percent-scale", stated: 0.0857, expected: 8.57 },
    "Theo kết quả rà soát cuối năm 2025, tổng số hộ dân cư trên địa bàn xã là 9.872 hộ.\nQua rà soát, toàn xã còn 1.105 hộ nghèo, chiếm 11,19% tổng số hộ; 846 hộ cận nghèo, chiếm 8,57% tổng số hộ.",
  ],
  [
    "1. a share of all households, the households in the paragraph before",
    "Tổng số hộ dân cư toàn xã là 9.872 hộ.\n\nSố hộ nghèo là 1.105 hộ, chiếm 1,12% tổng số hộ.",
    { line: 3, rule: "percent-mismatch", stated: 1.12, expected: 11.19 },
    "Tổng số hộ dân cư toàn xã là 9.872 hộ.\n\nSố hộ nghèo là 1.105 hộ, chiếm 11,19% tổng số hộ.",
  ],
  [
    "2. so với tổng số hộ, the households named hộ dân cư",
    "Năm 2025, trên địa bàn xã có 6.918 hộ dân cư, trong đó 574 hộ nghèo, chiếm tỷ lệ 18,23% so với tổng số hộ.",
    { line: 1, rule: "percent-mismatch", stated: 18.23, expected: 8.3 },
    "Năm 2025, trên địa bàn xã có 6.918 hộ dân cư, trong đó 574 hộ nghèo, chiếm tỷ lệ 8,30% so với tổng số hộ.",
  ],
  [
    "3. a plan two sentences back, across a PDF's line breaks",
    pdf("0,6967%"),
    { line: 5, rule: "percent-scale", stated: 0.6967, expected: 69.67 },
    pdf("69,67%"),
  ],
  [
    "4. a total with two breakdowns, the second wrong, said once",
    "Năm 2025 toàn huyện thực hiện 131 công trình (87 chuyển tiếp, 44 khởi công mới) gồm: 62 công trình giao thông, 25 công trình thủy lợi, 18 công trình trường học, 14 công trình nước sinh hoạt, 10 công trình khác.",
    { line: 1, rule: "sum-mismatch", stated: 131, expected: 129 },
    "Năm 2025 toàn huyện thực hiện 131 công trình (87 chuyển tiếp, 44 khởi công mới) gồm: 62 công trình giao thông, 25 công trình thủy lợi, 18 công trình trường học, 14 công trình nước sinh hoạt, 12 công trình khác.",
  ],
  [
    "4. a total that both its breakdowns disagree with, said once",
    "Năm 2025 toàn huyện thực hiện 131 công trình (87 chuyển tiếp, 46 khởi công mới) gồm: 62 công trình giao thông, 25 công trình thủy lợi, 18 công trình trường học, 14 công trình nước sinh hoạt, 14 công trình khác.",
    { line: 1, rule: "sum-mismatch", stated: 131, expected: 133 },
    "Năm 2025 toàn huyện thực hiện 133 công trình (87 chuyển tiếp, 46 khởi công mới) gồm: 62 công trình giao thông, 25 công trình thủy lợi, 18 công trình trường học, 14 công trình nước sinh hoạt, 14 công trình khác.",
  ],
  [
    "5. tỷ lệ giải ngân: without a verb",
    "Kế hoạch vốn năm 2025 là 2.400 triệu đồng, đã giải ngân 2.160 triệu đồng, tỷ lệ giải ngân: 80%.",
    { line: 1, rule: "percent-mismatch", stated: 80, expected: 90 },
    "Kế hoạch vốn năm 2025 là 2.400 triệu đồng, đã giải ngân 2.160 triệu đồng, tỷ lệ giải ngân: 90%.",
  ],
  [
    "5. tỷ lệ hộ nghèo là, the count named by the rate",
    "Toàn xã có 5.500 hộ, số hộ nghèo 231 hộ, tỷ lệ hộ nghèo là 2,4%.",
    { line: 1, rule: "percent-mismatch", stated: 2.4, expected: 4.2 },
    "Toàn xã có 5.500 hộ, số hộ nghèo 231 hộ, tỷ lệ hộ nghèo là 4,2%.",
  ],
  [
    "5. tỷ lệ (%): a bare number",
    "Kết quả năm 2025: kế hoạch 2.040 triệu đồng; giải ngân 1.530 triệu đồng; tỷ lệ (%): 57.",
    { line: 1, rule: "percent-mismatch", stated: 57, expected: 75 },
    "Kết quả năm 2025: kế hoạch 2.040 triệu đồng; giải ngân 1.530 triệu đồng; tỷ lệ (%): 75.",
  ],
  [
    "5. tỷ lệ … là, people trained over all workers",
    "Tổng số lao động 2.400 người, số lao động qua đào tạo 1.650 người, tỷ lệ lao động qua đào tạo là 70%.",
    { line: 1, rule: "percent-mismatch", stated: 70, expected: 68.75 },
    "Tổng số lao động 2.400 người, số lao động qua đào tạo 1.650 người, tỷ lệ lao động qua đào tạo là 68,75%.",
  ],
  [
    "6. communes and towns of a district",
    "Huyện có 16 xã, thị trấn, gồm 15 xã và 2 thị trấn.",
    { line: 1, rule: "sum-mismatch", stated: 16, expected: 17 },
    "Huyện có 17 xã, thị trấn, gồm 15 xã và 2 thị trấn.",
  ],
  [
    "6. communes, wards and special zones as administrative units",
    "Toàn tỉnh có 96 đơn vị hành chính cấp xã, gồm 71 xã, 22 phường và 2 đặc khu.",
    { line: 1, rule: "sum-mismatch", stated: 96, expected: 95 },
    "Toàn tỉnh có 95 đơn vị hành chính cấp xã, gồm 71 xã, 22 phường và 2 đặc khu.",
  ],
  [
    "7. a ratio many words before its rate",
    "Đến ngày 30/11/2025, 97/104 xã, phường đã hoàn thành việc cập nhật dữ liệu hộ nghèo, hộ cận nghèo lên phần mềm trực tuyến, đạt 97,3%.",
    { line: 1, rule: "percent-mismatch", stated: 97.3, expected: 93.27 },
    "Đến ngày 30/11/2025, 97/104 xã, phường đã hoàn thành việc cập nhật dữ liệu hộ nghèo, hộ cận nghèo lên phần mềm trực tuyến, đạt 93,3%.",
  ],
];

/** Correct passages, or passages whose base cannot be told, around the shapes: none may be flagged. */
export const lookAlikes: [name: string, text: string][] = [
  // Rates of another base.
  ["a share of the poor, all households on the line before", "Tổng số hộ dân cư toàn xã là 9.872 hộ.\nHộ nghèo dân tộc thiểu số 820 hộ, chiếm 74,2% tổng số hộ nghèo."],
  ["a share of the province's poor", "Trên địa bàn có 6.918 hộ dân cư, trong đó 574 hộ nghèo, chiếm 6,28% so với tổng số hộ nghèo của huyện."],
  ["tỷ lệ of something else, without a verb", "Kế hoạch vốn 2.400 triệu đồng, đã giải ngân 2.160 triệu đồng; tỷ lệ hộ hài lòng là 85%."],
  ["tỷ lệ of a narrower group than the count", "Toàn xã có 5.500 hộ, số hộ nghèo 231 hộ, tỷ lệ hộ nghèo đa chiều là 6,1%."],
  ["tỷ lệ of trained workers with a certificate", "Tổng số lao động 2.400 người, số lao động qua đào tạo 1.650 người; tỷ lệ lao động qua đào tạo có bằng cấp là 45%."],
  ["tỷ lệ (%) right after the plan", "Kết quả năm 2025: giải ngân 1.530 triệu đồng; kế hoạch 2.040 triệu đồng; tỷ lệ (%): 57."],
  ["a poverty rate with a decrease before it", "Toàn xã có 5.500 hộ, giảm 63 hộ nghèo so với năm 2024, tỷ lệ hộ nghèo là 4,2%."],
  ["a far ratio, then another subject", "Lũy kế giải ngân Tiểu dự án 2 là 1.228/2.398 triệu đồng, các xã như Tân Lập, Bình Minh đạt 90%."],
  ["a ratio, then a commune named after a comma", "Lũy kế giải ngân Tiểu dự án 2 là 1.228/2.398 triệu đồng, xã Tân Lập giải ngân nhanh nhất, đạt 90%."],
  ["a far ratio, then a rate over a plan", "97/104 xã, phường đã hoàn thành rà soát và công khai danh sách hộ nghèo tại nhà văn hóa thôn, tổ dân phố theo đúng quy trình, đạt 100% kế hoạch."],
  ["a ratio, then other works after a comma", "Đã giải ngân 1.228/2.398 triệu đồng, nhiều công trình đang chờ quyết toán khối lượng hoàn thành, đạt 60%."],
  ["tỷ lệ giải ngân of last year's funds, this year's plan before", "Kế hoạch vốn 2.400 triệu đồng, giải ngân vốn năm trước chuyển sang 300 triệu đồng, tỷ lệ giải ngân: 75%."],
  ["tỷ lệ giải ngân of one source, the plan of all", "Kế hoạch vốn 2.400 triệu đồng, vốn ĐTPT đã giải ngân 900 triệu đồng, tỷ lệ giải ngân: 75%."],
  ["households of another year on the line before", "Tổng số hộ toàn huyện năm 2024 là 21.345 hộ.\nNăm 2025 có 1.204 hộ nghèo, chiếm 5,2% tổng số hộ."],
  ["a far ratio, then the rate of a part", "Có 97/104 xã, phường đã hoàn thành việc cập nhật dữ liệu lên phần mềm trực tuyến, riêng các phường đạt 100%."],
  ["a ratio, then a rate that names another thing", "Có 97/104 xã đã hoàn thành rà soát hộ nghèo theo chuẩn mới, tỷ lệ hộ được phỏng vấn đạt 98,5%."],
  // Bases that are a subset.
  ["a share of a subset of the poor, named on the line before", "Toàn xã có 1.105 hộ nghèo, tổng số hộ nghèo dân tộc thiểu số 820 hộ.\nHộ nghèo có người khuyết tật 96 hộ, chiếm 11,7% tổng số hộ nghèo dân tộc thiểu số."],
  ["the poor at the start of the year as the base", "Tổng số hộ dân cư là 9.872 hộ, tổng số hộ nghèo đầu năm 1.240 hộ.\nCuối năm còn 1.105 hộ nghèo, chiếm 89,1% tổng số hộ nghèo đầu năm."],
  ["a total of a narrower group on the line before", "Tổng số hộ nghèo được vay vốn là 40 hộ.\nHộ dân tộc thiểu số 30 hộ, chiếm 2,1% tổng số hộ nghèo."],
  ["all households on the line before, another count between", "Tổng số hộ dân cư là 9.872 hộ.\nNăm 2025 có 315 hộ thoát nghèo; còn 846 hộ cận nghèo, chiếm 9,1% tổng số hộ."],
  ["a share of a trong đó part, unnamed", "Trên địa bàn có 6.918 hộ dân cư, trong đó 574 hộ nghèo, chiếm 8,3%."],
  ["a commune's households, the district's total on the line before", "Tổng số hộ toàn huyện là 21.345 hộ.\nXã Tân Lập có 1.204 hộ, trong đó 96 hộ nghèo, chiếm 0,45% tổng số hộ."],
  ["a commune's households, the district's total a sentence before", "Toàn huyện có 21.345 hộ. Xã Tân Lập có 1.204 hộ, trong đó 96 hộ nghèo, chiếm 7,97% tổng số hộ."],
  ["a commune's total in the list item before", "- Xã Tân Lập: tổng số hộ 1.204 hộ;\n- Xã Bình Minh: 96 hộ nghèo, chiếm 4,8% tổng số hộ."],
  ["administrative units, a partial list", "Toàn tỉnh có 96 đơn vị hành chính cấp xã, trong đó 71 xã và 22 phường."],
  ["villages beside administrative units", "Xã có 12 thôn, 3 tổ dân phố; toàn tỉnh có 96 đơn vị hành chính cấp xã, gồm 71 xã, 23 phường, 2 đặc khu."],
  // Rates over the previous year.
  ["households over last year, the base on the line before", "Tổng số hộ dân cư là 9.872 hộ.\nSố hộ nghèo còn 1.105 hộ, bằng 85,3% so với năm 2024."],
  ["a decrease over last year after a breakdown", "Năm 2025, trên địa bàn có 6.918 hộ dân cư, trong đó 574 hộ nghèo, giảm 12,4% so với năm 2024."],
  ["a poverty rate level compared with last year", "Năm 2025 tỷ lệ hộ nghèo là 4,2%, giảm 0,9% so với năm 2024."],
  // `đạt 100% kế hoạch` without figures.
  ["đạt 100% kế hoạch after a plan on the line before", "Tổng kinh phí năm 2025 là 1.360 triệu đồng.\nCác xã đã hoàn thành rà soát hộ nghèo, đạt 100% kế hoạch."],
  ["đạt 100% kế hoạch in the clause after an amount", "Kế hoạch tổ chức 12 lớp tập huấn, kinh phí 180 triệu đồng; các lớp đã tổ chức đạt 100% kế hoạch."],
  // Several bases in one paragraph.
  ["two totals of households on the line before", "Toàn xã có 9.872 hộ dân cư; tổng số hộ dân tộc thiểu số là 4.210 hộ.\nHộ nghèo 1.105 hộ, chiếm 26,2% tổng số hộ."],
  ["two plans before tỷ lệ giải ngân", "Kế hoạch vốn năm 2025 là 2.000 triệu đồng, vốn năm 2024 chuyển sang 400 triệu đồng, đã giải ngân 2.160 triệu đồng, tỷ lệ giải ngân: 90%."],
  ["a plan two sentences back, another amount between", pdf("0,6967%", "Trung tâm đã chi 210 triệu đồng cho 04 phiên giao dịch việc làm, 612 lượt người.")],
  ["a plan two sentences back, the rate's clause with an amount of its own", pdf("87,5%", "Trung tâm tư vấn cho 612 lượt người, kế hoạch điều chỉnh còn 1.083 triệu đồng.")],
  ["all households two paragraphs back", "Tổng số hộ dân cư là 9.872 hộ.\nXã có 12 thôn, 3 tổ dân phố.\nHộ cận nghèo 846 hộ, chiếm 9,1% tổng số hộ."],
  ["tỷ lệ (%) with no plan", "Giải ngân: 1.530 triệu đồng; tỷ lệ (%): 75."],
];
