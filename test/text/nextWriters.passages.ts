/**
 * Report passages as writers the team has not met would write them: communes under the 2026–2035
 * merged programme, provinces summing a hundred communes, district reports of 2021–2025. Each pair
 * is a slip and its correct twin; `quiet` holds correct passages that only look like claims.
 * Every passage is written for these tests.
 */

export interface Expected {
  line: number;
  rule: string;
  stated: number;
  expected: number;
}

export type Pair = [name: string, slip: string, finding: Expected, twin: string];

export const pairs: Pair[] = [
  // Communes, 2026–2035 merged programme.
  [
    "a commune's plan split into investment and recurrent funds",
    "Kế hoạch vốn năm 2026 của xã là 8.640 triệu đồng, trong đó vốn đầu tư phát triển 6.048 triệu đồng, kinh phí thường xuyên 2.492 triệu đồng.",
    { line: 1, rule: "sum-mismatch", stated: 8640, expected: 8540 },
    "Kế hoạch vốn năm 2026 của xã là 8.540 triệu đồng, trong đó vốn đầu tư phát triển 6.048 triệu đồng, kinh phí thường xuyên 2.492 triệu đồng.",
  ],
  [
    "tương đương … kế hoạch, the plan a sentence earlier",
    "Kế hoạch vốn năm 2026 của xã là 8.540 triệu đồng. Đến ngày 30/9/2026, xã đã giải ngân 5.210 triệu đồng, tương đương 0,61% kế hoạch.",
    { line: 1, rule: "percent-scale", stated: 0.61, expected: 61.01 },
    "Kế hoạch vốn năm 2026 của xã là 8.540 triệu đồng. Đến ngày 30/9/2026, xã đã giải ngân 5.210 triệu đồng, tương đương 61% kế hoạch.",
  ],
  [
    "contents of the new programme numbered Nội dung 1, 2",
    "Năm 2026, kinh phí thực hiện Hợp phần 1 là 3.150 triệu đồng, gồm: Nội dung 1: 1.820 triệu đồng; Nội dung 2: 960 triệu đồng; Nội dung 3: 470 triệu đồng.",
    { line: 1, rule: "sum-mismatch", stated: 3150, expected: 3250 },
    "Năm 2026, kinh phí thực hiện Hợp phần 1 là 3.250 triệu đồng, gồm: Nội dung 1: 1.820 triệu đồng; Nội dung 2: 960 triệu đồng; Nội dung 3: 470 triệu đồng.",
  ],
  [
    "a commune's models with zero-led counts",
    "Năm 2026 xã xây dựng 06 mô hình sinh kế (02 mô hình chăn nuôi, 03 mô hình trồng trọt, 02 mô hình dịch vụ).",
    { line: 1, rule: "sum-mismatch", stated: 6, expected: 7 },
    "Năm 2026 xã xây dựng 07 mô hình sinh kế (02 mô hình chăn nuôi, 03 mô hình trồng trọt, 02 mô hình dịch vụ).",
  ],
  [
    "a recurrent budget over its estimate, dự toán a sentence earlier",
    "Dự toán kinh phí thường xuyên năm 2026 được giao 3.460 triệu đồng. Xã đã thực hiện chi 2.595 triệu đồng, đạt 57% dự toán.",
    { line: 1, rule: "percent-mismatch", stated: 57, expected: 75 },
    "Dự toán kinh phí thường xuyên năm 2026 được giao 3.460 triệu đồng. Xã đã thực hiện chi 2.595 triệu đồng, đạt 75% dự toán.",
  ],
  [
    "a rate over funds carried into 2026, across a semicolon",
    "Vốn năm 2025 kéo dài sang năm 2026 là 2.315 triệu đồng; đến ngày 31/3/2026 đã giải ngân 1.204 triệu đồng, đạt 25%.",
    { line: 1, rule: "percent-mismatch", stated: 25, expected: 52.01 },
    "Vốn năm 2025 kéo dài sang năm 2026 là 2.315 triệu đồng; đến ngày 31/3/2026 đã giải ngân 1.204 triệu đồng, đạt 52%.",
  ],
  // Provinces, amounts in tỷ đồng, a hundred communes.
  [
    "the province's central funds in tỷ đồng",
    "Tổng vốn ngân sách trung ương phân bổ cho tỉnh năm 2026 là 1.245,6 tỷ đồng, gồm vốn đầu tư phát triển 871,9 tỷ đồng và kinh phí thường xuyên 383,7 tỷ đồng.",
    { line: 1, rule: "sum-mismatch", stated: 1245.6, expected: 1255.6 },
    "Tổng vốn ngân sách trung ương phân bổ cho tỉnh năm 2026 là 1.255,6 tỷ đồng, gồm vốn đầu tư phát triển 871,9 tỷ đồng và kinh phí thường xuyên 383,7 tỷ đồng.",
  ],
  [
    "a share with its digits swapped",
    "Trong tổng vốn 1.255,6 tỷ đồng, vốn đầu tư phát triển 871,9 tỷ đồng, chiếm 96,4%.",
    { line: 1, rule: "percent-mismatch", stated: 96.4, expected: 69.44 },
    "Trong tổng vốn 1.255,6 tỷ đồng, vốn đầu tư phát triển 871,9 tỷ đồng, chiếm 69,4%.",
  ],
  [
    "the national frame of 2026–2030 in a bracket",
    "Giai đoạn 2026-2030, vốn ngân sách trung ương bố trí cho Chương trình là 100.000 tỷ đồng (70.000 tỷ đồng vốn đầu tư phát triển, 35.000 tỷ đồng kinh phí thường xuyên); vốn tín dụng chính sách 23.000 tỷ đồng.",
    { line: 1, rule: "sum-mismatch", stated: 100000, expected: 105000 },
    "Giai đoạn 2026-2030, vốn ngân sách trung ương bố trí cho Chương trình là 100.000 tỷ đồng (70.000 tỷ đồng vốn đầu tư phát triển, 30.000 tỷ đồng kinh phí thường xuyên); vốn tín dụng chính sách 23.000 tỷ đồng.",
  ],
  [
    "a province's poor and near-poor households over all households",
    "Theo kết quả rà soát cuối năm 2026, toàn tỉnh có 412.580 hộ dân cư, trong đó 18.215 hộ nghèo, chiếm 4,41%; 14.930 hộ cận nghèo, chiếm 3,26%.",
    { line: 1, rule: "percent-mismatch", stated: 3.26, expected: 3.62 },
    "Theo kết quả rà soát cuối năm 2026, toàn tỉnh có 412.580 hộ dân cư, trong đó 18.215 hộ nghèo, chiếm 4,41%; 14.930 hộ cận nghèo, chiếm 3,61%.",
  ],
  [
    "đạt tỷ lệ, the base named with trên tổng số",
    "Số xã đạt chuẩn nông thôn mới là 64 xã trên tổng số 102 xã, đạt tỷ lệ 67,2%.",
    { line: 1, rule: "percent-mismatch", stated: 67.2, expected: 62.75 },
    "Số xã đạt chuẩn nông thôn mới là 64 xã trên tổng số 102 xã, đạt tỷ lệ 62,7%.",
  ],
  [
    "investment in tỷ, disbursed in triệu, bằng … kế hoạch",
    "Kế hoạch vốn đầu tư phát triển năm 2026 giao cho các xã là 245,8 tỷ đồng; đến 31/10/2026 đã giải ngân 172.060 triệu đồng, bằng 0,7% kế hoạch.",
    { line: 1, rule: "percent-scale", stated: 0.7, expected: 70 },
    "Kế hoạch vốn đầu tư phát triển năm 2026 giao cho các xã là 245,8 tỷ đồng; đến 31/10/2026 đã giải ngân 172.060 triệu đồng, bằng 70% kế hoạch.",
  ],
  [
    "mobilised funds in tỷ inside a total in triệu",
    "Tổng vốn huy động 12.650 triệu đồng (vốn lồng ghép 8,2 tỷ đồng, vốn tín dụng chính sách 3,1 tỷ đồng, nhân dân đóng góp 1,05 tỷ đồng).",
    { line: 1, rule: "sum-mismatch", stated: 12650, expected: 12350 },
    "Tổng vốn huy động 12.350 triệu đồng (vốn lồng ghép 8,2 tỷ đồng, vốn tín dụng chính sách 3,1 tỷ đồng, nhân dân đóng góp 1,05 tỷ đồng).",
  ],
  // District reports, 2021–2025.
  [
    "a five-year count of works with semicolons",
    "Giai đoạn 2021-2025, huyện đã đầu tư xây dựng 214 công trình hạ tầng, gồm: 121 công trình giao thông; 38 công trình thủy lợi; 27 công trình trường học; 19 công trình nhà văn hóa; 8 công trình nước sinh hoạt.",
    { line: 1, rule: "sum-mismatch", stated: 214, expected: 213 },
    "Giai đoạn 2021-2025, huyện đã đầu tư xây dựng 213 công trình hạ tầng, gồm: 121 công trình giao thông; 38 công trình thủy lợi; 27 công trình trường học; 19 công trình nhà văn hóa; 8 công trình nước sinh hoạt.",
  ],
  [
    "the five-year funds by source, after trong đó:",
    "Tổng kinh phí thực hiện Chương trình giai đoạn 2021-2025 là 412,36 tỷ đồng, trong đó: ngân sách trung ương 356,12 tỷ đồng; ngân sách địa phương 38,4 tỷ đồng; vốn huy động 19,84 tỷ đồng.",
    { line: 1, rule: "sum-mismatch", stated: 412.36, expected: 414.36 },
    "Tổng kinh phí thực hiện Chương trình giai đoạn 2021-2025 là 414,36 tỷ đồng, trong đó: ngân sách trung ương 356,12 tỷ đồng; ngân sách địa phương 38,4 tỷ đồng; vốn huy động 19,84 tỷ đồng.",
  ],
  [
    "a five-year disbursement as a fraction",
    "Lũy kế giải ngân giai đoạn 2021-2025 là 389,5 tỷ đồng/414,36 tỷ đồng, đạt 0,94%.",
    { line: 1, rule: "percent-scale", stated: 0.94, expected: 94 },
    "Lũy kế giải ngân giai đoạn 2021-2025 là 389,5 tỷ đồng/414,36 tỷ đồng, đạt 94%.",
  ],
  [
    "poor and near-poor households in a bracket",
    "Kết quả rà soát cuối năm 2024, toàn huyện còn 3.812 hộ nghèo và cận nghèo (1.745 hộ nghèo, 2.076 hộ cận nghèo).",
    { line: 1, rule: "sum-mismatch", stated: 3812, expected: 3821 },
    "Kết quả rà soát cuối năm 2024, toàn huyện còn 3.821 hộ nghèo và cận nghèo (1.745 hộ nghèo, 2.076 hộ cận nghèo).",
  ],
  [
    "a decrease in households with the years in brackets",
    "Số hộ nghèo toàn huyện giảm từ 2.964 hộ (cuối năm 2021) xuống còn 1.745 hộ (cuối năm 2024), giảm 1.291 hộ.",
    { line: 1, rule: "difference-mismatch", stated: 1291, expected: 1219 },
    "Số hộ nghèo toàn huyện giảm từ 2.964 hộ (cuối năm 2021) xuống còn 1.745 hộ (cuối năm 2024), giảm 1.219 hộ.",
  ],
  [
    "a decrease in points, a year between the two rates",
    "Tỷ lệ hộ nghèo đa chiều của huyện giảm từ 4,35% đầu năm 2025 xuống còn 3,12% cuối năm 2025, giảm 1,32 điểm phần trăm.",
    { line: 1, rule: "difference-mismatch", stated: 1.32, expected: 1.23 },
    "Tỷ lệ hộ nghèo đa chiều của huyện giảm từ 4,35% đầu năm 2025 xuống còn 3,12% cuối năm 2025, giảm 1,23 điểm phần trăm.",
  ],
  [
    "tức giảm, a near-poor rate",
    "Tỷ lệ hộ cận nghèo giảm từ 6,84% xuống 5,91%, tức giảm 0,39%.",
    { line: 1, rule: "difference-mismatch", stated: 0.39, expected: 0.93 },
    "Tỷ lệ hộ cận nghèo giảm từ 6,84% xuống 5,91%, tức giảm 0,93%.",
  ],
  [
    "an increase of communes meeting the standard",
    "Số xã đạt chuẩn nông thôn mới tăng từ 41 xã lên 57 xã, tăng 14 xã.",
    { line: 1, rule: "difference-mismatch", stated: 14, expected: 16 },
    "Số xã đạt chuẩn nông thôn mới tăng từ 41 xã lên 57 xã, tăng 16 xã.",
  ],
  [
    "chia ra: households by status",
    "Số hộ được vay vốn tín dụng chính sách là 342 hộ, chia ra: hộ nghèo 156 hộ, hộ cận nghèo 121 hộ, hộ mới thoát nghèo 75 hộ.",
    { line: 1, rule: "sum-mismatch", stated: 342, expected: 352 },
    "Số hộ được vay vốn tín dụng chính sách là 352 hộ, chia ra: hộ nghèo 156 hộ, hộ cận nghèo 121 hộ, hộ mới thoát nghèo 75 hộ.",
  ],
  [
    "parts that exceed their whole",
    "Tổng vốn năm 2025 là 4.500 triệu đồng, trong đó vốn đầu tư phát triển 3.100 triệu đồng, vốn sự nghiệp 1.600 triệu đồng.",
    { line: 1, rule: "sum-mismatch", stated: 4500, expected: 4700 },
    "Tổng vốn năm 2025 là 4.700 triệu đồng, trong đó vốn đầu tư phát triển 3.100 triệu đồng, vốn sự nghiệp 1.600 triệu đồng.",
  ],
  [
    "workers by gender counted as người",
    "Đào tạo nghề cho 315 lao động, trong đó nữ 172 người, nam 153 người.",
    { line: 1, rule: "sum-mismatch", stated: 315, expected: 325 },
    "Đào tạo nghề cho 325 lao động, trong đó nữ 172 người, nam 153 người.",
  ],
  [
    "trained people by gender with bao gồm",
    "Tổng số lao động được đào tạo nghề năm 2025 là 1.480 người, bao gồm 920 lao động nữ và 540 lao động nam.",
    { line: 1, rule: "sum-mismatch", stated: 1480, expected: 1460 },
    "Tổng số lao động được đào tạo nghề năm 2025 là 1.460 người, bao gồm 920 lao động nữ và 540 lao động nam.",
  ],
  [
    "a share of the poor households named as their total",
    "Cuối năm 2026 xã còn 142 hộ nghèo, trong đó hộ nghèo dân tộc thiểu số 118 hộ, chiếm 81,3% tổng số hộ nghèo.",
    { line: 1, rule: "percent-mismatch", stated: 81.3, expected: 83.1 },
    "Cuối năm 2026 xã còn 142 hộ nghèo, trong đó hộ nghèo dân tộc thiểu số 118 hộ, chiếm 83,1% tổng số hộ nghèo.",
  ],
  [
    "a list split by commas ends at a semicolon, and its parts still may not exceed the whole",
    "Có 300 hộ được hỗ trợ, gồm 180 hộ nghèo, 140 hộ cận nghèo; 95 hộ được vay vốn ưu đãi.",
    { line: 1, rule: "sum-mismatch", stated: 300, expected: 320 },
    "Có 320 hộ được hỗ trợ, gồm 180 hộ nghèo, 140 hộ cận nghèo; 95 hộ được vay vốn ưu đãi.",
  ],
  // Numbers written in other ways.
  [
    "numbers written 1,234.5",
    "Kế hoạch vốn sự nghiệp năm 2026 là 2,450.0 triệu đồng; đã giải ngân 1,837.5 triệu đồng, đạt 57%.",
    { line: 1, rule: "percent-mismatch", stated: 57, expected: 75 },
    "Kế hoạch vốn sự nghiệp năm 2026 là 2,450.0 triệu đồng; đã giải ngân 1,837.5 triệu đồng, đạt 75%.",
  ],
  [
    "numbers grouped with spaces",
    "Toàn xã có 2 345 hộ, trong đó 187 hộ nghèo, chiếm 9,7%.",
    { line: 1, rule: "percent-mismatch", stated: 9.7, expected: 7.97 },
    "Toàn xã có 2 345 hộ, trong đó 187 hộ nghèo, chiếm 7,97%.",
  ],
  [
    "a decimal amount written 1.234,5",
    "Kinh phí thực hiện Nội dung 2 là 1.234,5 triệu đồng, đã giải ngân 987,6 triệu đồng, đạt 0,8%.",
    { line: 1, rule: "percent-scale", stated: 0.8, expected: 80 },
    "Kinh phí thực hiện Nội dung 2 là 1.234,5 triệu đồng, đã giải ngân 987,6 triệu đồng, đạt 80%.",
  ],
  [
    "percent written in words",
    "Số hộ nghèo cuối năm là 152 hộ trên tổng số 3.040 hộ, chiếm 6 phần trăm.",
    { line: 1, rule: "percent-mismatch", stated: 6, expected: 5 },
    "Số hộ nghèo cuối năm là 152 hộ trên tổng số 3.040 hộ, chiếm 5 phần trăm.",
  ],
  [
    "tương ứng over a plan named after trên tổng",
    "Đã giải ngân 1.150 triệu đồng trên tổng kế hoạch 1.600 triệu đồng, tương ứng 0,719%.",
    { line: 1, rule: "percent-scale", stated: 0.719, expected: 71.88 },
    "Đã giải ngân 1.150 triệu đồng trên tổng kế hoạch 1.600 triệu đồng, tương ứng 71,9%.",
  ],
  [
    "a rate multiplied by 100 twice",
    "Giải ngân vốn sự nghiệp 1.650/2.000 triệu đồng, đạt 8.250%.",
    { line: 1, rule: "percent-scale", stated: 8250, expected: 82.5 },
    "Giải ngân vốn sự nghiệp 1.650/2.000 triệu đồng, đạt 82,5%.",
  ],
  [
    "a rate and a comparison with last year in one sentence",
    "Kế hoạch vốn 3.200 triệu đồng, đã giải ngân 2.880 triệu đồng, đạt 80%, cao hơn 12% so với cùng kỳ năm trước.",
    { line: 1, rule: "percent-mismatch", stated: 80, expected: 90 },
    "Kế hoạch vốn 3.200 triệu đồng, đã giải ngân 2.880 triệu đồng, đạt 90%, cao hơn 12% so với cùng kỳ năm trước.",
  ],
  [
    "the plan stated after the rate, in brackets",
    "Số lao động có việc làm mới là 1.260 người, bằng 150% kế hoạch giao (1.200 người).",
    { line: 1, rule: "percent-mismatch", stated: 150, expected: 105 },
    "Số lao động có việc làm mới là 1.260 người, bằng 105% kế hoạch giao (1.200 người).",
  ],
  [
    "the total stated after the share, in brackets",
    "Số xã hoàn thành chỉ tiêu giảm nghèo năm 2026 là 87 xã, chiếm 58,3% tổng số xã của tỉnh (102 xã).",
    { line: 1, rule: "percent-mismatch", stated: 58.3, expected: 85.29 },
    "Số xã hoàn thành chỉ tiêu giảm nghèo năm 2026 là 87 xã, chiếm 85,3% tổng số xã của tỉnh (102 xã).",
  ],
  // Lists as items.
  [
    "bullets after gồm:",
    "Năm 2024 hỗ trợ nhà ở cho hộ nghèo 126 căn, gồm:\n- Xây mới: 78 căn;\n- Sửa chữa: 46 căn.",
    { line: 1, rule: "sum-mismatch", stated: 126, expected: 124 },
    "Năm 2024 hỗ trợ nhà ở cho hộ nghèo 124 căn, gồm:\n- Xây mới: 78 căn;\n- Sửa chữa: 46 căn.",
  ],
  [
    "shares of the sources as a colon list",
    "Cơ cấu nguồn vốn thực hiện năm 2026: ngân sách trung ương 62,5%; ngân sách địa phương 28,1%; vốn huy động 19,4%.",
    { line: 1, rule: "share-sum", stated: 110, expected: 100 },
    "Cơ cấu nguồn vốn thực hiện năm 2026: ngân sách trung ương 62,5%; ngân sách địa phương 28,1%; vốn huy động 9,4%.",
  ],
  [
    "a bracketed footnote mark, the note in another paragraph",
    "Năm 2025 hỗ trợ phát triển sản xuất cho 64 hộ[1], chủ yếu nuôi bò sinh sản.\n\n[1] 30 hộ nghèo, 22 hộ cận nghèo, 10 hộ mới thoát nghèo.",
    { line: 1, rule: "sum-mismatch", stated: 64, expected: 62 },
    "Năm 2025 hỗ trợ phát triển sản xuất cho 62 hộ[1], chủ yếu nuôi bò sinh sản.\n\n[1] 30 hộ nghèo, 22 hộ cận nghèo, 10 hộ mới thoát nghèo.",
  ],
  [
    "a rate broken over lines of a PDF",
    [
      "Năm 2025, kế hoạch vốn thực hiện Tiểu dự án 1 Dự án 4 của huyện được giao là 1.750 triệu",
      "đồng. Đến ngày 31/12/2025, huyện đã giải ngân 1.312,5 triệu đồng, đạt 57% kế hoạch vốn",
      "được giao; các lớp đào tạo nghề được tổ chức tại các xã theo đúng kế hoạch đã phê duyệt,",
      "học viên tham gia đầy đủ, chất lượng đào tạo được nâng lên so với năm trước của huyện.",
    ].join("\n"),
    { line: 2, rule: "percent-mismatch", stated: 57, expected: 75 },
    [
      "Năm 2025, kế hoạch vốn thực hiện Tiểu dự án 1 Dự án 4 của huyện được giao là 1.750 triệu",
      "đồng. Đến ngày 31/12/2025, huyện đã giải ngân 1.312,5 triệu đồng, đạt 75% kế hoạch vốn",
      "được giao; các lớp đào tạo nghề được tổ chức tại các xã theo đúng kế hoạch đã phê duyệt,",
      "học viên tham gia đầy đủ, chất lượng đào tạo được nâng lên so với năm trước của huyện.",
    ].join("\n"),
  ],
  [
    "communes that entered their figures, as a ratio",
    "Đến hết quý I/2026, 98/102 xã, phường đã hoàn thành việc nhập số liệu lên hệ thống báo cáo trực tuyến, đạt 98,1%.",
    { line: 1, rule: "percent-mismatch", stated: 98.1, expected: 96.08 },
    "Đến hết quý I/2026, 98/102 xã, phường đã hoàn thành việc nhập số liệu lên hệ thống báo cáo trực tuyến, đạt 96,1%.",
  ],
  [
    "administrative units of a province",
    "Toàn tỉnh có 102 đơn vị hành chính cấp xã, gồm 86 xã, 14 phường và 3 đặc khu.",
    { line: 1, rule: "sum-mismatch", stated: 102, expected: 103 },
    "Toàn tỉnh có 103 đơn vị hành chính cấp xã, gồm 86 xã, 14 phường và 3 đặc khu.",
  ],
];

/** Correct passages that only look like claims: none may be flagged. */
export const quiet: [name: string, text: string][] = [
  ["an approximate base", "Tổng kinh phí hỗ trợ gần 3 tỷ đồng, đã giải ngân 2.450 triệu đồng, đạt 87,5%."],
  ["approximate figures", "Giải ngân trên 2.000 triệu đồng, đạt gần 70% kế hoạch 3.000 triệu đồng."],
  ["a partial list of villages", "Xã có 12 thôn, trong đó 01 thôn đặc biệt khó khăn."],
  ["overlapping groups that exceed the whole", "Năm 2026 hỗ trợ đào tạo nghề cho 420 người, trong đó 265 người dân tộc thiểu số, 188 người khuyết tật."],
  ["units of a province, trong đó", "Toàn tỉnh có 102 xã, phường, đặc khu; trong đó 86 xã, 14 phường và 2 đặc khu."],
  ["a comparison with another year", "Năm 2025 giải ngân 6.120 triệu đồng, bằng 118% so với năm 2024."],
  ["tăng 2,5 lần", "Số hộ thoát nghèo năm 2026 là 1.250 hộ, tăng 2,5 lần so với năm 2025 (500 hộ)."],
  ["an income per head", "Thu nhập bình quân đầu người đạt 48,6 triệu đồng/người/năm, tăng 2,5 lần so với năm 2020."],
  ["a range of support", "Mức hỗ trợ từ 30 đến 50 triệu đồng/hộ; đã hỗ trợ 24 hộ với tổng kinh phí 960 triệu đồng."],
  ["a range of rates", "Tỷ lệ hộ nghèo của các xã từ 1,2% đến 18,6%, bình quân 4,1%."],
  ["a rate of another base after a rate", "Kế hoạch vốn 5.000 triệu đồng; đã giải ngân 3.500 triệu đồng, đạt 70%; tỷ lệ hộ tham gia đánh giá hài lòng đạt 92%."],
  ["a share and a rate over one total", "Tổng kinh phí 2.000 triệu đồng, trong đó ngân sách trung ương 1.800 triệu đồng, chiếm 90%; giải ngân 1.500 triệu đồng, đạt 75%."],
  ["rates by source", "Giải ngân đạt 45%, trong đó vốn đầu tư phát triển đạt 52%, kinh phí thường xuyên đạt 31%."],
  ["a level with no base", "Tỷ lệ hộ nghèo dân tộc thiểu số còn 7,8%, chiếm 62% tổng số hộ nghèo."],
  ["a fall against the start of the year", "Tỷ lệ hộ nghèo cuối năm 2025 là 3,2%, giảm 1,1% so với đầu năm."],
  ["decisions, dates and a full rate", "Thực hiện Quyết định số 25/2025/QĐ-TTg ngày 15/9/2025 và Quyết định số 417/QĐ-BNNMT ngày 31/1/2026, đến nay 100% số xã đã cập nhật số liệu, đạt 100% kế hoạch."],
  ["a decree number like a ratio", "Căn cứ Quyết định 90/2021/QĐ-TTg và Nghị định 27/2022/NĐ-CP, năm 2022 huyện giải ngân đạt 64%."],
  ["phone numbers and codes", "Mọi vướng mắc liên hệ Phòng Kinh tế, điện thoại 0203.3852.456 hoặc 0912 345 678; mã đơn vị quan hệ ngân sách 1045632, mã chương 418."],
  ["a quarter and a year", "Quý I/2026 giải ngân đạt 12%, quý II/2026 đạt 31%."],
  ["every commune reported", "Tính đến ngày 15/12/2026, 102/102 xã đã gửi báo cáo, đạt 100%."],
  ["an average per household", "Hỗ trợ 2,5 tỷ đồng cho 50 hộ, bình quân 50 triệu đồng/hộ."],
  ["form and table numbers", "Số liệu chi tiết tại Biểu số 01, Biểu 02a và Mẫu số 03/BC-GN kèm theo; Phụ lục 5 gồm 12 biểu."],
  ["plan with funds carried over inside", "Kế hoạch giao 1.200 triệu đồng, trong đó vốn năm 2025 chuyển sang 300 triệu đồng; đã giải ngân 1.080 triệu đồng, đạt 90%."],
  ["numbers grouped with spaces in a table row", "Xã Tân Lập 12 345 678 901"],
  [
    "a table pasted as text",
    [
      "Bảng 1. Kết quả giải ngân năm 2025 (triệu đồng)",
      "STT | Nội dung | Kế hoạch | Giải ngân | Tỷ lệ (%)",
      "1 | Dự án 1 | 5.589 | 4.120 | 73,7",
      "2 | Dự án 2 | 4.931 | 2.046,5 | 41,5",
      "Tổng cộng | | 10.520 | 6.166,5 | 58,6",
    ].join("\n"),
  ],
  [
    "a table pasted with tabs",
    ["Nội dung\tKế hoạch\tGiải ngân\tTỷ lệ", "Hợp phần 1\t3 250\t2 600\t80", "Hợp phần 2\t1 750\t1 050\t60", "Cộng\t5 000\t3 650\t73"].join("\n"),
  ],
  ["a share list that falls short", "Cơ cấu lao động theo ngành: nông nghiệp 58,2%; dịch vụ 24,1%."],
  ["money per unit and a count", "Đã hỗ trợ 35 con bò giống, đơn giá 18 triệu đồng/con, tổng kinh phí 630 triệu đồng."],
  ["a source's own plan beside the whole plan", "Năm 2026, tổng vốn kế hoạch 5.000 triệu đồng. Vốn đầu tư phát triển 3.000 triệu đồng, đã giải ngân 2.400 triệu đồng, đạt 80%."],
  ["a source's rate beside the whole's", "Kế hoạch vốn 2.000 triệu đồng, giải ngân 1.500 triệu đồng, đạt 75%; riêng vốn đầu tư phát triển giải ngân 900 triệu đồng, đạt 60% kế hoạch vốn đầu tư phát triển (1.500 triệu đồng)."],
  ["rates by source after the whole's rate", "Vốn giao 3.000 triệu đồng, đã giải ngân 2.100 triệu đồng, đạt 70%, trong đó vốn đầu tư phát triển đạt 75%, vốn sự nghiệp đạt 60%."],
  ["a decrease against its assigned target", "Năm 2026, tỉnh giao chỉ tiêu giảm 1,5% tỷ lệ hộ nghèo; kết quả giảm 1,62%, đạt 108% kế hoạch."],
  ["one part is not a breakdown", "Tổng số hộ nghèo là 1.204 hộ, gồm 856 hộ dân tộc thiểu số."],
  ["an amount per household in a bracket", "Hỗ trợ 120 hộ (mỗi hộ 2 con dê), tổng kinh phí 720 triệu đồng."],
  ["shares in brackets over all households", "Toàn xã có 1.204 hộ, 4.980 nhân khẩu, trong đó hộ nghèo 96 hộ (chiếm 7,97%), hộ cận nghèo 131 hộ (chiếm 10,88%)."],
  ["halves of a cost", "Kinh phí 960 triệu đồng, trong đó 50% ngân sách trung ương, 50% ngân sách tỉnh."],
  ["the country's rate beside the province's", "Tỷ lệ giải ngân của tỉnh đạt 85,2% (cả nước đạt 78,4%)."],
  ["two rates of two plans", "Đã giải ngân 1.800 triệu đồng, đạt 60% kế hoạch năm và 45% kế hoạch giai đoạn."],
  ["an achieved count over its plan", "Kế hoạch năm 2026 hỗ trợ 200 hộ; thực hiện 250 hộ, đạt 125%."],
  ["a decrease in households and in percent, with years", "Số hộ nghèo giảm từ 1.204 hộ năm 2025 xuống còn 987 hộ năm 2026, giảm 217 hộ, tương ứng giảm 18,02%."],
  ["a relative decrease of a rate", "Tỷ lệ hộ nghèo giảm từ 5,2% xuống 4,1%, giảm 21,15%."],
  ["a rise over last year with no plan", "Năm 2026 giải ngân 2.100 triệu đồng, tăng 300 triệu đồng so với năm 2025 (1.800 triệu đồng), đạt 70% kế hoạch."],
  ["a date with a zero-led day", "Từ ngày 01/7/2025, huyện giải thể; 01 thôn được sáp nhập vào xã Tân Lập."],
];

/**
 * Correct passages written against each reading the first ones taught (spaced numbers, people
 * counted as người or lao động, a base in brackets, carried-over funds, a named total, `trên tổng`):
 * they must stay silent too.
 */
export const harder: [name: string, text: string][] = [
  ["partial lists of people", "Năm 2025 tư vấn cho 1.200 người, trong đó 350 lao động đã đi làm việc ở nước ngoài, 420 lao động có việc làm trong nước."],
  ["trainees of two kinds that add up", "Đào tạo nghề cho 540 lao động nông thôn, gồm 320 học viên học nghề nông nghiệp và 220 người học nghề phi nông nghiệp."],
  ["gender and ethnicity overlap", "Có 500 lao động, trong đó nữ 260 người; 120 học viên là người dân tộc thiểu số."],
  ["people of several groups", "Giải quyết việc làm cho 650 lao động, trong đó nam 320 lao động, nữ 310 lao động, 20 người khuyết tật."],
  ["a village number before a count", "Thôn 3 120 hộ, thôn 4 95 hộ đã được phổ biến chính sách."],
  ["a zero-led count before a count", "Tổ chức 02 lớp 150 học viên; 3 xã 120 hộ tham gia mô hình."],
  ["a count, then numbers of a table row", "Xã Tân Lập có 4 thôn 1 250 1 100 88"],
  ["carried-over funds of another clause", "Vốn năm 2024 chuyển sang 600 triệu đồng, đã giải ngân 540 triệu đồng, đạt 90%; vốn năm 2025 đã giải ngân 1.200 triệu đồng, đạt 60%."],
  ["two candidate totals of poor households", "Xã có 142 hộ nghèo, 96 hộ cận nghèo; hộ nghèo dân tộc thiểu số 118 hộ, chiếm 83,1% tổng số hộ nghèo."],
  ["a subset of the poor is not their total", "Năm 2026, 40 hộ nghèo được vay vốn, trong đó 30 hộ dân tộc thiểu số, chiếm 2,1% tổng số hộ nghèo."],
  ["a bracket of last year's rate", "Giải ngân 1.500 triệu đồng, đạt 75% kế hoạch (năm 2025 đạt 68%)."],
  ["a bracket of a rise", "Kế hoạch vốn 2.000 triệu đồng; đã giải ngân 1.600 triệu đồng, đạt 80% kế hoạch (tăng 200 triệu đồng so với năm trước)."],
  ["a bracket of an amount and a year", "Đã giải ngân 900 triệu đồng, bằng 60% kế hoạch năm (1.500 triệu đồng năm 2025 chuyển sang)."],
  ["a source's disbursement as a share of what was disbursed", "Vốn đầu tư phát triển giải ngân 2.400 triệu đồng, chiếm 60% tổng số vốn đã giải ngân."],
  ["a source's disbursement, chiếm of an unstated plan", "Tổng số vốn 8.000 triệu đồng; giải ngân vốn đầu tư phát triển 4.000 triệu đồng, chiếm 80%."],
  ["a source's share of the total", "Tổng kế hoạch vốn 8.000 triệu đồng, trong đó vốn đầu tư phát triển 5.000 triệu đồng, chiếm 62,5%."],
  ["a source's rate after a ratio in words", "Đã giải ngân 1.150 triệu đồng trên tổng số 1.600 triệu đồng vốn giao, trong đó vốn đầu tư phát triển đạt 80%."],
  ["a source's rate after a ratio", "Giải ngân 1.150/1.600 triệu đồng, riêng vốn sự nghiệp đạt 64%."],
  ["a decrease in the countryside, another in towns", "Tỷ lệ hộ nghèo giảm từ 5,2% năm 2024 xuống 4,1% năm 2025 ở khu vực nông thôn, giảm 0,8% ở thành thị."],
  ["a decrease with both years in brackets", "Tỷ lệ hộ nghèo giảm từ 5,2% (năm 2024) xuống 4,1% (năm 2025), giảm 1,1%."],
  ["a decrease by month", "Số hộ nghèo giảm từ 420 hộ tháng 1 xuống 380 hộ tháng 12, giảm 40 hộ."],
  ["shares of two years", "Cơ cấu kinh tế: năm 2025 nông nghiệp 45%, công nghiệp 30%, dịch vụ 25%; năm 2026 nông nghiệp 40%, công nghiệp 33%, dịch vụ 27%."],
  ["changes of a structure", "Cơ cấu vốn năm 2026 so với năm 2025: vốn đầu tư phát triển tăng 12%, kinh phí thường xuyên tăng 8%."],
  ["a year in a structure's title", "Cơ cấu nguồn vốn năm 2025: ngân sách trung ương 70,5%, ngân sách địa phương 20,3%, vốn huy động 9,2%."],
  ["a plan with the whole in another clause", "Kế hoạch vốn 5.000 triệu đồng, đã giải ngân 4.000 triệu đồng, đạt 80%; vốn năm trước chuyển sang đã giải ngân 300 triệu đồng, đạt 60%."],
  ["a content's cost, then its disbursement", "Kinh phí thực hiện Nội dung 3 là 600 triệu đồng; Nội dung 4 là 400 triệu đồng, đã giải ngân 300 triệu đồng, đạt 75%."],
  ["a list of people, then another clause after a semicolon", "Năm 2026 có 320 người được đào tạo, gồm 180 lao động nữ, 140 lao động nam; 95 người có việc làm, đạt 29,7%."],
  ["spaced thousands that add up", "Toàn xã có 2 345 hộ, trong đó 187 hộ nghèo, chiếm 7,97%; 1 234,5 triệu đồng đã giải ngân trên tổng kế hoạch 1 500 triệu đồng, đạt 82,3%."],
];
