/** The sample district report: four planted slips among many correct claims. */
import { readFileSync } from "fs";
import { join } from "path";
import { checkText, readClaims } from "../../src/core/text";

const text = readFileSync(join(__dirname, "../fixtures/bao-cao-mau.txt"), "utf8");

test("exactly the planted slips are flagged", () => {
  expect(checkText(text).map((f) => [f.line, f.rule, f.stated, f.expected])).toEqual([
    [13, "sum-mismatch", 13558, 13382],
    [19, "sum-mismatch", 139, 143],
    [24, "percent-mismatch", 92.8, 88.6],
    [27, "percent-scale", 0.0097, 0.97],
  ]);
});

test("the correct claims around them are read, not only skipped", () => {
  expect(readClaims(text).length).toBeGreaterThanOrEqual(14);
});
