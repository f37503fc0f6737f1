/** Households that `chuyển sang cận nghèo` moved status: a breakdown of a count, not funds carried over. */
import { flags } from "./helpers";

const passage = (first: string) =>
  `Số hộ thoát nghèo trong năm là 118 hộ (${first} hộ thoát nghèo ra ngoài danh sách, 38 hộ chuyển sang cận nghèo, 04 hộ chuyển đi nơi khác), số hộ nghèo phát sinh mới 22 hộ.`;

test("a count's breakdown naming households moved to near-poor is checked", () => {
  expect(flags(passage("71"))).toEqual([{ line: 1, rule: "sum-mismatch", stated: 118, expected: 113 }]);
});

test("twin: the breakdown that adds up is silent", () => {
  expect(flags(passage("76"))).toEqual([]);
});

test("money carried over in a bracket is still a remark, not parts", () => {
  expect(flags("Tổng kinh phí 1.200 triệu đồng (kế hoạch năm 900 triệu đồng, vốn năm trước chuyển sang 250 triệu đồng).")).toEqual([]);
});
