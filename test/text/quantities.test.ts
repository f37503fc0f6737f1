/** Which numbers of a passage are figures, and what they measure. */
import { splitPassages } from "../../src/core/text/passages";
import { quantitiesOf } from "../../src/core/text/quantities";

function figures(text: string) {
  return splitPassages(text).flatMap((p) => quantitiesOf(p).map((q) => [q.raw, q.dim, q.norm]));
}

test("money in every unit is normalised to đồng", () => {
  expect(figures("Giải ngân 4.141.000đ, 13.164 triệu đồng, 1,5 tỷ đồng, 250 tr.đ và 1.856,135 trđ.")).toEqual([
    ["4.141.000đ", "money", 4141000],
    ["13.164 triệu đồng", "money", 13164e6],
    ["1,5 tỷ đồng", "money", 1.5e9],
    ["250 tr.đ", "money", 250e6],
    ["1.856,135 trđ", "money", 1856.135e6],
  ]);
});

test("percentages, counts and bare numbers", () => {
  expect(figures("Đạt 23,94%; 46 hộ, 874 người, 4 cận nghèo, 12 lớp.")).toEqual([
    ["23,94%", "percent", 23.94],
    ["46 hộ", "count", 46],
    ["874 người", "count", 874],
    ["4", "bare", 4],
    ["12 lớp", "count", 12],
  ]);
});

test("`số` names a document only after a document's name", () => {
  expect(figures("Kế hoạch số 45, biểu số 02; hộ dân tộc thiểu số 1.102 hộ, tổng số 1.391 hộ, dân số 85.210 người.")).toEqual([
    ["1.102 hộ", "count", 1102],
    ["1.391 hộ", "count", 1391],
    ["85.210 người", "count", 85210],
  ]);
});

test("years, dates, document numbers and outline numbers are not figures", () => {
  expect(figures("Năm 2023, theo Quyết định số 90/QĐ-TTg ngày 18/01/2022, Nghị định 27/2022/NĐ-CP, Dự án 3, Tiểu dự án 1, tháng 6, giai đoạn 2021-2025.")).toEqual([]);
});

test("lines of a wrapped paragraph are kept", () => {
  const [p] = splitPassages("Tổng kinh phí của Tiểu dự án 1 thuộc Dự án 3 được giao trong năm\nlà 480 triệu đồng.");
  expect(quantitiesOf(p).map((q) => [q.raw, q.line])).toEqual([["480 triệu đồng", 2]]);
});
