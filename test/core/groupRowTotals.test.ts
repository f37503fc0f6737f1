/**
 * One row's total over a breakdown that adds up otherwise, in each of several columns, with no fix
 * to tell: one finding for the run (a real school form: 7 children of kindergarten age, 3 + 1 + 0 + 6
 * + 0 = 10 by age, in each of eight columns), not one a column.
 */
import type { CellValue } from "../../src/core/grid";
import type { Analysis } from "../../src/core";
import { checkRows } from "../helpers/checkRows";

const check = (rows: CellValue[][]): Promise<Analysis> => checkRows(rows, [], "Hoc sinh");

function school(child: number): CellValue[][] {
  return [
    ["STT", "Chỉ tiêu", "Tổng số", "Nữ", "Dân tộc", "Nữ dân tộc"],
    ["1", "Tổng số học sinh", 420, 205, 96, 47],
    ["2", "Trẻ em mẫu giáo", child, child - 1, 4, 2],
    ["-", "3 tuổi", 3, 3, 1, 1],
    ["-", "4 tuổi", 1, 0, 1, 0],
    ["-", "5 tuổi", 6, 6, 2, 1],
    ["3", "Học sinh tiểu học", 410, 197, 88, 44],
    ["-", "Lớp 1", 90, 41, 20, 9],
    ["-", "Lớp 2", 85, 40, 18, 10],
    ["-", "Lớp 3", 80, 39, 17, 8],
    ["-", "Lớp 4", 79, 38, 16, 9],
    ["-", "Lớp 5", 76, 39, 17, 8],
  ];
}

test("the total row's failure across its columns is one finding, its cells related", async () => {
  const a = await check(school(7));
  const errors = a.findings.filter((f) => f.severity === "error");
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({ cell: "C3", range: "C3:D3", rule: "sum-mismatch", stated: 7, expected: 10 });
  expect(errors[0].related).toContain("D3");
  expect(errors[0].message.vi).toMatch(/^C3:D3 \(2 ô của một dòng tổng/);
});

test("twin: the breakdown adding up is silent", async () => {
  expect((await check(school(10))).findings).toEqual([]);
});
