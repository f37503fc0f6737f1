/** The explanations a finding carries, in Vietnamese and English. */
import { render, type Expr } from "../expr";
import { formatNumber } from "../numbers";
import type { Message, Unit } from "../types";

type Lang = "vi" | "en";
type Value = (row: number, col: number) => number | null;

const both = (f: (lang: Lang) => string): Message => ({ vi: f("vi"), en: f("en") });

const n = (x: number, lang: Lang, decimals = 3) => formatNumber(x, lang, decimals);
/** A stated rate shows all its decimals (0,0096%); a computed one two. */
const pct = (x: number, lang: Lang, decimals = 2) => formatNumber(x, lang, decimals) + "%";
const said = (x: number, lang: Lang) => pct(x, lang, 6);

/** `G23/C23×100 = 5,2/540×100` */
function working(expr: Expr, lang: Lang, value: Value): string {
  return `${render(expr, lang)} = ${render(expr, lang, value)}`;
}

export function percentMismatch(stated: number, expected: number, expr: Expr, value: Value): Message {
  return both((l) =>
    l === "vi"
      ? `Tỷ lệ ghi ${said(stated, l)} nhưng ${working(expr, l, value)} = ${pct(expected, l)}`
      : `The rate states ${said(stated, l)} but ${working(expr, l, value)} = ${pct(expected, l)}`,
  );
}

export function percentScale(stated: number, expected: number, expr: Expr, value: Value): Message {
  const fraction = stated < expected;
  return both((l) => {
    const base =
      l === "vi"
        ? `Tỷ lệ ghi ${said(stated, l)} nhưng ${working(expr, l, value)} = ${pct(expected, l)}`
        : `The rate states ${said(stated, l)} but ${working(expr, l, value)} = ${pct(expected, l)}`;
    const why = fraction
      ? l === "vi"
        ? "có thể đã nhập dạng thập phân thay vì phần trăm (thiếu ×100)"
        : "probably typed as a fraction instead of a percentage (missing ×100)"
      : l === "vi"
        ? "có thể đã nhân 100 hai lần"
        : "probably multiplied by 100 twice";
    return `${base} — ${why}`;
  });
}

export function averagedRate(stated: number, expected: number, expr: Expr, value: Value): Message {
  return both((l) =>
    l === "vi"
      ? `Tỷ lệ ở dòng tổng ghi ${said(stated, l)} là trung bình cộng tỷ lệ các dòng con; tỷ lệ dòng tổng phải tính lại từ số liệu tổng: ${working(expr, l, value)} = ${pct(expected, l)}`
      : `The total row's rate ${said(stated, l)} is the average of the rows' rates; a total-row rate must be recomputed from the summed figures: ${working(expr, l, value)} = ${pct(expected, l)}`,
  );
}

export function sumMismatch(stated: number, expected: number, expr: Expr, value: Value): Message {
  return both((l) =>
    l === "vi"
      ? `Tổng ghi ${n(stated, l)} nhưng ${working(expr, l, value)} = ${n(expected, l)}`
      : `The total states ${n(stated, l)} but ${working(expr, l, value)} = ${n(expected, l)}`,
  );
}

export function differenceMismatch(stated: number, expected: number, expr: Expr, value: Value): Message {
  return both((l) =>
    l === "vi"
      ? `Hiệu số ghi ${n(stated, l)} nhưng ${working(expr, l, value)} = ${n(expected, l)}`
      : `The difference states ${n(stated, l)} but ${working(expr, l, value)} = ${n(expected, l)}`,
  );
}

/** A part whose value breaks the totals it belongs to. */
/** One warning standing for the same warning on `count` neighbouring cells. */
export function repeated(range: string, count: number, first: Message): Message {
  return both((l) => (l === "vi" ? `${range} (${count} ô cùng một cảnh báo): ${first.vi}` : `${range} (${count} cells, the same warning): ${first.en}`));
}

export function repeatedError(range: string, count: number, first: Message): Message {
  return both((l) =>
    l === "vi"
      ? `${range} (${count} ô của một dòng tổng, cùng không khớp các dòng bên dưới; số của ô đầu): ${first.vi}`
      : `${range} (${count} cells of one total row, each disagreeing with the rows below it; the first cell's figures): ${first.en}`,
  );
}

/** A computed cell whose input is itself a total that disagrees with the rows under it: which is wrong is not told. */
export function withDoubtedInput(first: Message, cell: string, stated: number, sum: number): Message {
  return both((l) =>
    l === "vi"
      ? `${first.vi} — nhưng ${cell} (${formatNumber(stated, l, 6)}) cũng khác tổng các dòng bên dưới nó (${formatNumber(sum, l, 6)}), nên có thể ${cell} mới là ô sai; Soát không đề xuất sửa.`
      : `${first.en} — but ${cell} (${formatNumber(stated, l, 6)}) also differs from the rows under it (${formatNumber(sum, l, 6)}), so ${cell} may be the wrong cell; Soát proposes no fix.`,
  );
}

/** Said of a total when nothing tells whether the total or one of its parts was mistyped. */
export const whichUnknown: Message = {
  vi: "(Không xác định được ô sai là ô tổng hay một ô thành phần, nên Soát không đề xuất sửa.)",
  en: "(Whether the total or one of its parts is mistyped cannot be told, so Soát proposes no fix.)",
};

/** `approximate`: the value is known only within the rounding of the rates it was worked out from. */
export function partMismatch(stated: number, expected: number, totals: string[], approximate = false): Message {
  return both((l) =>
    l === "vi"
      ? `Giá trị ${n(stated, l)} làm lệch ${totals.join(", ")}; để các tổng khớp, ô này phải ${approximate ? "vào khoảng" : "là"} ${n(expected, l)}`
      : `The value ${n(stated, l)} breaks ${totals.join(", ")}; for the totals to agree this cell must be ${approximate ? "about" : ""} ${n(expected, l)}`.replace("  ", " "),
  );
}

const UNIT_NAME: Record<Unit, Message> = {
  dong: { vi: "đồng", en: "đồng" },
  "nghin-dong": { vi: "nghìn đồng", en: "thousand đồng" },
  "trieu-dong": { vi: "triệu đồng", en: "million đồng" },
  "ty-dong": { vi: "tỷ đồng", en: "billion đồng" },
};

export function unitName(unit: Unit, lang: Lang): string {
  return UNIT_NAME[unit][lang];
}

export function unitScale(stated: number, expected: number, factor: number, sheetUnit: Unit | undefined, typed: Unit | undefined): Message {
  return both((l) => {
    const times = formatNumber(factor >= 1 ? factor : 1 / factor, l, 0);
    const size = factor >= 1 ? (l === "vi" ? `lớn gấp ${times} lần` : `${times} times larger than`) : l === "vi" ? `nhỏ hơn ${times} lần so với` : `${times} times smaller than`;
    const unit =
      sheetUnit && typed
        ? l === "vi"
          ? ` — có thể đã nhập theo ${unitName(typed, l)} trong bảng tính bằng ${unitName(sheetUnit, l)}`
          : ` — probably entered in ${unitName(typed, l)} in a table in ${unitName(sheetUnit, l)}`
        : l === "vi"
          ? " — có thể nhầm đơn vị tính"
          : " — probably the wrong unit";
    return l === "vi"
      ? `Giá trị ${n(stated, l)} ${size} giá trị khớp với các tổng (${n(expected, l)})${unit}`
      : `The value ${n(stated, l)} is ${size} the value the totals agree with (${n(expected, l)})${unit}`;
  });
}

/** `totals`: the totals known to have left the number out. */
export function numberAsText(text: string, value: number, totals: string[] = []): Message {
  return both((l) =>
    l === "vi"
      ? `Số "${text}" được lưu dạng văn bản nên Excel không cộng vào tổng${missedBy(totals, l)}; hãy nhập lại dạng số: ${n(value, l)}`
      : `The number "${text}" is stored as text, so Excel leaves it out of sums${missedBy(totals, l)}; re-enter it as a number: ${n(value, l)}`,
  );
}

export function numbersAsText(range: string, count: number, totals: string[] = []): Message {
  return both((l) =>
    l === "vi"
      ? `${range}: ${count} số được lưu dạng văn bản nên Excel không cộng vào tổng${missedBy(totals, l)}; hãy nhập lại dạng số`
      : `${range}: ${count} numbers are stored as text, so Excel leaves them out of sums${missedBy(totals, l)}; re-enter them as numbers`,
  );
}

function missedBy(totals: string[], l: Lang): string {
  if (!totals.length) return "";
  return l === "vi" ? ` (${totals.join(", ")} đã bỏ sót)` : ` (${totals.join(", ")} missed it)`;
}

export function hardcodedTotal(stated: number, formulas: number, of: number): Message {
  return both((l) =>
    l === "vi"
      ? `Ô tổng được nhập tay (${n(stated, l)}) trong khi ${formulas}/${of} ô tổng cùng loại dùng công thức; hiện vẫn khớp nhưng sẽ không tự cập nhật khi số liệu thay đổi`
      : `This total is typed in (${n(stated, l)}) while ${formulas} of ${of} totals like it are formulas; it agrees now but will not follow when the figures change`,
  );
}

export function sumRangeGap(formula: string, missing: string[], stated: number, expected: number): Message {
  return both((l) =>
    l === "vi"
      ? `Công thức =${formula} bỏ sót ô ${missing.join(", ")}; tổng ghi ${n(stated, l)}, tổng đúng là ${n(expected, l)}`
      : `The formula =${formula} leaves out ${missing.join(", ")}; it gives ${n(stated, l)}, the full total is ${n(expected, l)}`,
  );
}

export function sumPlusConstant(formula: string, stated: number, expected: number): Message {
  return both((l) =>
    l === "vi"
      ? `Công thức =${formula} cộng thêm một hằng số vào tổng: ô ghi ${n(stated, l)}, tổng các ô là ${n(expected, l)}`
      : `The formula =${formula} adds a constant to the sum: it gives ${n(stated, l)}, the cells add up to ${n(expected, l)}`,
  );
}

export function sumRangeGapHarmless(formula: string, missing: string[]): Message {
  return both((l) =>
    l === "vi"
      ? `Công thức =${formula} bỏ sót ô ${missing.join(", ")} (hiện đang trống hoặc bằng 0 nên tổng vẫn đúng, nhưng sẽ sai khi ô đó có số liệu)`
      : `The formula =${formula} leaves out ${missing.join(", ")} (empty or 0 now, so the total still agrees, but it will not once that cell holds a figure)`,
  );
}

export function cellError(error: string): Message {
  return both((l) =>
    l === "vi"
      ? `Ô có lỗi ${error}${error === "#REF!" ? " — công thức tham chiếu tới ô đã bị xoá" : ""}; Soát bỏ qua ô này khi kiểm tra`
      : `The cell shows the error ${error}${error === "#REF!" ? " — its formula refers to a deleted cell" : ""}; Soát leaves it out of the checks`,
  );
}

export function consequences(cells: string[]): Message {
  return both((l) => (l === "vi" ? ` Kéo theo sai lệch ở: ${cells.join(", ")}.` : ` It also throws off: ${cells.join(", ")}.`));
}

export function shareSum(total: number, cells: string): Message {
  return both((l) =>
    l === "vi"
      ? `Các tỷ trọng ${cells} cộng lại bằng ${pct(total, l)}, không phải 100%`
      : `The shares ${cells} add up to ${pct(total, l)}, not 100%`,
  );
}
