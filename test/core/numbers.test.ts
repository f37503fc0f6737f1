import { formatDecimals, formatNumber, isPercentFormat, readNumber, unitInText } from "../../src/core/numbers";

describe("readNumber reads the Vietnamese convention and text pasted from elsewhere", () => {
  test.each([
    ["1.338.216.000", 1338216000, 0],
    ["1.856,135", 1856.135, 3],
    ["0,0097", 0.0097, 4],
    ["23,94", 23.94, 2],
    ["1.307", 1307, 0],
    ["1.5", 1.5, 1],
    ["1,338,216.5", 1338216.5, 1],
    ["12 345,6", 12345.6, 1],
    ["(1.234)", -1234, 0],
    ["-1.234,5", -1234.5, 1],
    ["-", 0, 0],
    ["–", 0, 0],
  ])("%s → %d", (text, value, decimals) => {
    expect(readNumber(text)).toMatchObject({ value, decimals });
  });

  test("percent and unit suffixes", () => {
    expect(readNumber("23,94%")).toMatchObject({ value: 23.94, percent: true });
    expect(readNumber("1.338.216.000đ")).toMatchObject({ value: 1338216000, unit: "dong" });
    expect(readNumber("5.589 triệu đồng")).toMatchObject({ value: 5589, unit: "trieu-dong" });
    expect(readNumber("2,5 tỷ đồng")).toMatchObject({ value: 2.5, unit: "ty-dong" });
    expect(readNumber("4.141.000 đồng")).toMatchObject({ value: 4141000, unit: "dong" });
  });

  test.each(["", "abc", "Dự án 1", "1.2.3,4,5", "12 hộ nghèo", "1.23.456"])("%s is not a number", (text) => {
    expect(readNumber(text)).toBeUndefined();
  });
});

test("units from titles and headers", () => {
  expect(unitInText("Đơn vị tính: triệu đồng")).toBe("trieu-dong");
  expect(unitInText("ĐVT: đồng")).toBe("dong");
  expect(unitInText("Kế hoạch vốn (tr.đ)")).toBe("trieu-dong");
  expect(unitInText("Giá trị (1.000 đồng)")).toBe("nghin-dong");
  expect(unitInText("Tổng vốn (tỷ đồng)")).toBe("ty-dong");
  expect(unitInText("Số hộ nghèo")).toBeUndefined();
});

test("number formats", () => {
  expect(formatDecimals("#,##0.00")).toBe(2);
  expect(formatDecimals("0%")).toBe(0);
  expect(formatDecimals("0.00%")).toBe(2);
  expect(formatDecimals("#,##0.###")).toBe(3);
  expect(formatDecimals("General")).toBeUndefined();
  expect(isPercentFormat("0.00%")).toBe(true);
  expect(isPercentFormat('0.00" %"')).toBe(false);
});

test("vi-VN and en display", () => {
  expect(formatNumber(1338.216)).toBe("1.338,216");
  expect(formatNumber(1338.216, "en")).toBe("1,338.216");
  expect(formatNumber(-13558)).toBe("-13.558");
  expect(formatNumber(0.0096, "vi", 4)).toBe("0,0096");
});

test("rounding and truncation are decimal-exact, with no stray digit on large numbers", () => {
  const { roundTo, truncateTo } = jest.requireActual("../../src/core/numbers");
  expect(roundTo(1.005, 2)).toBe(1.01);
  expect(roundTo(540000000, 6)).toBe(540000000);
  expect(roundTo(65.428571, 2)).toBe(65.43);
  expect(truncateTo(65.428571, 2)).toBe(65.42);
  expect(truncateTo(73.958333, 1)).toBe(73.9);
  expect(roundTo(-2.345, 2)).toBe(-2.35);
  expect(truncateTo(0.29 * 100, 0)).toBe(29);
});
