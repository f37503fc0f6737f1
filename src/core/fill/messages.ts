/** What form filling tells the user, in Vietnamese and English. */
import { formatNumber } from "../numbers";
import type { FundingSource, Measure, Message, Unit } from "../types";
import type { FigureKey } from "./keys";

type Lang = "vi" | "en";
const both = (f: (l: Lang) => string): Message => ({ vi: f("vi"), en: f("en") });

const MEASURE: Partial<Record<Measure, [string, string]>> = {
  plan: ["kế hoạch vốn", "plan"],
  "carried-over": ["vốn năm trước chuyển sang", "carried-over funds"],
  disbursed: ["giải ngân", "disbursed"],
  rate: ["tỷ lệ", "rate"],
  households: ["số hộ", "households"],
  people: ["nhân khẩu", "people"],
  poor: ["hộ nghèo", "poor households"],
  "near-poor": ["hộ cận nghèo", "near-poor households"],
  escaped: ["hộ thoát nghèo", "households out of poverty"],
  decrease: ["mức giảm", "decrease"],
  target: ["chỉ tiêu", "target"],
  achieved: ["mức đạt so với chỉ tiêu", "achievement against target"],
  actual: ["thực hiện", "actual"],
};

const SOURCE: Record<FundingSource, [string, string]> = {
  total: ["tổng số", "total"],
  NSTW: ["NSTW", "central budget (NSTW)"],
  DTPT: ["vốn ĐTPT", "investment (ĐTPT)"],
  SN: ["vốn sự nghiệp", "recurrent (SN)"],
  NSDP: ["NSĐP", "local budget (NSĐP)"],
  "NSDP-tinh": ["ngân sách cấp tỉnh", "provincial budget"],
  "NSDP-huyen": ["ngân sách cấp huyện", "district budget"],
  "NSDP-xa": ["ngân sách cấp xã", "commune budget"],
  "huy-dong": ["vốn huy động khác", "other mobilised funds"],
  "tin-dung": ["vốn tín dụng chính sách", "policy credit"],
  "long-ghep": ["vốn lồng ghép", "integrated funds"],
};

const UNIT: Record<Unit, [string, string]> = {
  dong: ["đồng", "đồng"],
  "nghin-dong": ["nghìn đồng", "thousand đồng"],
  "trieu-dong": ["triệu đồng", "million đồng"],
  "ty-dong": ["tỷ đồng", "billion đồng"],
};

const i = (l: Lang) => (l === "vi" ? 0 : 1);

/** `kế hoạch vốn, NSTW, năm 2023` / `plan, central budget (NSTW), 2023`. */
export function describeKey(k: FigureKey, l: Lang): string {
  if (k.title !== undefined) return `"${k.title}"`;
  const parts = [MEASURE[k.measure]?.[i(l)] ?? k.measure];
  if (k.subject) parts.push(MEASURE[k.subject]?.[i(l)] ?? k.subject);
  if (k.source && k.source !== "total") parts.push(SOURCE[k.source][i(l)]);
  if (k.period) parts.push(l === "vi" ? (k.period === "start" ? "đầu kỳ" : "cuối kỳ") : k.period === "start" ? "start" : "end");
  if (k.year !== undefined) parts.push(l === "vi" ? `năm ${k.year}` : String(k.year));
  if (k.percent && k.measure !== "rate") parts.push("%");
  return parts.join(", ");
}

/** `dòng tổng`, `DA3.1`, `Xã An Phú`, `"Hỗ trợ nhà ở"`: a unit or item by its label as the form writes it, when known. */
export function describeEntity(entity: string, l: Lang, label?: string): string {
  if (entity === "total") return l === "vi" ? "dòng tổng" : "the total row";
  const name = label?.trim();
  if (entity.startsWith("unit:")) return name || entity.slice(5);
  if (entity.startsWith("item:")) return `"${name || entity.slice(5).split(">").pop()}"`;
  return entity;
}

const unitWords = (u: Unit, l: Lang) => UNIT[u][i(l)];

export const alreadyFilled = (has: string, source: number): Message =>
  both((l) =>
    l === "vi"
      ? `Ô đã có giá trị ${has}; nguồn cho ${formatNumber(source, l, 6)} — không ghi đè`
      : `The cell already holds ${has}; the sources give ${formatNumber(source, l, 6)} — not overwritten`,
  );

export const noRowInSources = (entity: string, label?: string): Message =>
  both((l) =>
    entity === "total"
      ? l === "vi"
        ? "Không nguồn nào có dòng tổng"
        : "No source has a total row"
      : l === "vi"
        ? `Không nguồn nào có dòng ${describeEntity(entity, l, label)}`
        : `No source has a row for ${describeEntity(entity, l, label)}`,
  );

export const noColumnInSources = (k: FigureKey): Message =>
  both((l) => (l === "vi" ? `Không nguồn nào có cột ${describeKey(k, l)}` : `No source has a column for ${describeKey(k, l)}`));

export const yearMismatch = (k: FigureKey, years: number[]): Message =>
  both((l) =>
    l === "vi"
      ? `Biểu hỏi ${describeKey(k, l)} nhưng nguồn chỉ có số liệu năm ${years.join(", ")}`
      : `The form asks for ${describeKey(k, l)} but the sources only have ${years.join(", ")}`,
  );

export const emptyInSources = (): Message =>
  both((l) => (l === "vi" ? "Ô tương ứng trong nguồn để trống" : "The matching source cells are empty"));

export const notAdditive = (n: number): Message =>
  both((l) =>
    l === "vi"
      ? `${n} nguồn cùng có tỷ lệ/phần trăm này; tỷ lệ không cộng được qua các nguồn`
      : `${n} sources state this percentage; percentages do not add up across sources`,
  );

export const noDivisor = (): Message =>
  both((l) => (l === "vi" ? "Không tính được: mẫu số bằng 0 hoặc trống" : "Cannot compute: the divisor is 0 or empty"));

export const noKey = (): Message =>
  both((l) =>
    l === "vi"
      ? "Dòng không có tên hoặc mã để đối chiếu với nguồn"
      : "The row has no label or code to match with the sources",
  );

export const formulaUnknown = (formula: string): Message =>
  both((l) =>
    l === "vi"
      ? `Không tự tính được công thức =${formula}; Excel sẽ tính lại khi mở tệp`
      : `Cannot evaluate =${formula} here; Excel recalculates it on opening`,
  );

export const derivedDiffers = (written: number, stated: number, sources: string[]): Message =>
  both((l) =>
    l === "vi"
      ? `Ghi ${formatNumber(written, l, 6)} cho khớp với các ô thành phần của biểu; nguồn (${sources.join(", ")}) ghi ${formatNumber(stated, l, 6)}`
      : `Wrote ${formatNumber(written, l, 6)} to agree with the form's parts; the sources (${sources.join(", ")}) state ${formatNumber(stated, l, 6)}`,
  );

export const formulaDiffers = (result: number, stated: number, sources: string[]): Message =>
  both((l) =>
    l === "vi"
      ? `Công thức của biểu cho ${formatNumber(result, l, 6)}; nguồn (${sources.join(", ")}) ghi ${formatNumber(stated, l, 6)}`
      : `The form's formula gives ${formatNumber(result, l, 6)}; the sources (${sources.join(", ")}) state ${formatNumber(stated, l, 6)}`,
  );

export const unitAssumed = (source: string, unit: Unit | undefined): Message =>
  both((l) =>
    l === "vi"
      ? `Nguồn ${source} không ghi đơn vị tính; coi như ${unit ? unitWords(unit, l) : "cùng đơn vị với biểu"}`
      : `Source ${source} states no unit; taken as ${unit ? unitWords(unit, l) : "the form's unit"}`,
  );

export const formNoUnit = (unit: Unit): Message =>
  both((l) =>
    l === "vi"
      ? `Biểu không ghi đơn vị tính; số tiền được ghi theo ${unitWords(unit, l)} như nguồn`
      : `The form states no unit; amounts are written in ${unitWords(unit, l)} as in the sources`,
  );

export const noSheetFits = (source: string): Message =>
  both((l) =>
    l === "vi"
      ? `${source}: không có trang nào khớp với biểu (không nhận ra bảng số liệu cùng mã dòng/cột)`
      : `${source}: no sheet fits the form (no table with matching rows and columns)`,
  );

/** How a report names a source row: its code, `dòng tổng`, or its label. */
export interface RowName {
  entity: string;
  label: string;
}

const rowName = (r: RowName, l: Lang) => (r.entity === "total" || /^DA\d/.test(r.entity) ? describeEntity(r.entity, l) : `"${r.label}"`);

export const rowNotInForm = (row: RowName): Message =>
  both((l) =>
    l === "vi"
      ? `Biểu không có dòng ${rowName(row, l)}; số liệu của dòng này không được điền`
      : `The form has no row for ${rowName(row, l)}; its figures were not filled in`,
  );

export const rowOnlyInParent = (row: RowName, parent: RowName): Message =>
  both((l) =>
    l === "vi"
      ? `Biểu không có dòng ${rowName(row, l)}; số liệu chỉ có mặt trong ${parent.entity === "total" ? "" : "dòng "}${rowName(parent, l)}`
      : `The form has no row for ${rowName(row, l)}; its figures only count within ${rowName(parent, l)}`,
  );

export const rowWithoutKey = (): Message =>
  both((l) =>
    l === "vi"
      ? "Dòng không nhận ra mã dự án/đơn vị nên không đối chiếu được với biểu"
      : "The row's project/unit could not be recognised, so it matches nothing in the form",
  );

export const columnNotInForm = (k: FigureKey): Message =>
  both((l) =>
    l === "vi"
      ? `Biểu không có cột ${describeKey(k, l)}; số liệu của cột này không được điền`
      : `The form has no column for ${describeKey(k, l)}; its figures were not filled in`,
  );

export const blankRow = (): Message =>
  both((l) => (l === "vi" ? "Dòng trống, chưa có đơn vị" : "Blank row, no unit"));

export const unitsMissing = (labels: string[]): Message =>
  both((l) =>
    l === "vi"
      ? `${labels.length} đơn vị của biểu không có trong nguồn nào (chưa nộp?): ${labels.join(", ")}`
      : `${labels.length} unit(s) of the form are in no source (not yet sent?): ${labels.join(", ")}`,
  );

export const unitInSeveral = (label: string, sources: string[]): Message =>
  both((l) =>
    l === "vi"
      ? `${label} có số liệu trong ${sources.length} nguồn (${sources.join(", ")}): đã cộng cả hai — kiểm tra xem có nộp trùng không`
      : `${label} has figures in ${sources.length} sources (${sources.join(", ")}): they were added up — check for a file sent twice`,
  );

export const inputMissing = (cells: string[]): Message =>
  both((l) =>
    l === "vi"
      ? `Không tính được: ${cells.join(", ")} chưa có số liệu (để trống thay vì ghi 0)`
      : `Not computed: ${cells.join(", ")} has no figure (left empty rather than written as 0)`,
  );

export const otherYear = (source: string, form: number[], sources: number[]): Message =>
  both((l) =>
    l === "vi"
      ? `Biểu mẫu là của năm ${form.join(", ")} nhưng ${source} là số liệu năm ${sources.join(", ")}: năm khác nhau nên không điền`
      : `The form is for ${form.join(", ")} but ${source} holds ${sources.join(", ")}: the years differ, so nothing was filled`,
  );

export const rowsBelowEmpty = (): Message =>
  both((l) =>
    l === "vi" ? "Các dòng con của dòng này chưa có số liệu trong nguồn" : "The rows under this one have no figures in the sources",
  );

export const filesDiffer = (files: string[]): Message =>
  both((l) =>
    l === "vi"
      ? `Các tệp ${files.join(", ")} cùng là của một đơn vị nhưng ghi số khác nhau; không biết tệp nào đúng nên để trống`
      : `${files.join(", ")} report for the same unit but give different figures; which one is right is unknown, so the cell is left empty`,
  );

export const sentTwice = (label: string, files: string[], same: boolean): Message =>
  both((l) =>
    same
      ? l === "vi"
        ? `${label} được nộp ${files.length} lần (${files.join(", ")}) với cùng số liệu: chỉ tính một lần`
        : `${label} was sent ${files.length} times (${files.join(", ")}) with the same figures: counted once`
      : l === "vi"
        ? `${label} được nộp ${files.length} lần (${files.join(", ")}) với số liệu khác nhau: các ô có số khác nhau để trống — hãy chọn một tệp`
        : `${label} was sent ${files.length} times (${files.join(", ")}) with different figures: the cells where they differ are left empty — pick one file`,
  );

export const inputBlocked = (cells: string[]): Message =>
  both((l) =>
    l === "vi"
      ? `Không tính được: ${cells.join(", ")} để trống vì hai tệp của một đơn vị ghi số khác nhau`
      : `Not computed: left empty because two files of one unit disagree at ${cells.join(", ")}`,
  );

export const partsFallShort = (sum: number, stated: number, sources: string[]): Message =>
  both((l) =>
    l === "vi"
      ? `Để trống: các dòng con của biểu cộng lại ${formatNumber(sum, l, 6)} nhưng nguồn (${sources.join(", ")}) ghi ${formatNumber(stated, l, 6)} cho dòng này — có dòng của nguồn không khớp được với dòng nào của biểu`
      : `Left empty: the form's rows under this one add up to ${formatNumber(sum, l, 6)} but the sources (${sources.join(", ")}) state ${formatNumber(stated, l, 6)} for it — some source row matched no row of the form`,
  );

export const rowWordedOtherwise = (files: string[]): Message =>
  both((l) =>
    l === "vi"
      ? `${files.join(", ")} chia dòng cha của dòng này thành các dòng không khớp với dòng nào của biểu; số của tệp ấy cho dòng này không rõ nên để trống (không ghi tổng thiếu)`
      : `${files.join(", ")} split this row's parent into rows that match none of the form's; that file's figure for this row is unknown, so the cell is left empty (no short sum)`,
  );
