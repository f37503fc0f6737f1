/** The domain's vocabulary, shared by recognition, checks, form filling and the faces. */

/** DA1…DA7 and their sub-projects DA1.1…DA7.2. */
export type ProjectCode = string;

export type FundingSource =
  | "total" // Tổng số / Tổng cộng / Cộng
  | "NSTW" // Ngân sách trung ương
  | "DTPT" // Vốn đầu tư phát triển
  | "SN" // Vốn sự nghiệp
  | "NSDP" // Ngân sách địa phương
  | "NSDP-tinh"
  | "NSDP-huyen"
  | "NSDP-xa"
  | "huy-dong" // Vốn huy động khác, đối ứng của hộ dân, xã hội hóa
  | "tin-dung" // Vốn tín dụng chính sách (since 2026)
  | "long-ghep"; // Vốn lồng ghép (since 2026)

/** What a column measures. */
export type Measure =
  | "plan" // Kế hoạch vốn, dự toán, vốn giao
  | "carried-over" // Vốn năm trước chuyển sang, kéo dài
  | "disbursed" // Giải ngân, thanh toán
  | "rate" // Tỷ lệ (%)
  | "households" // Tổng số hộ
  | "people" // Nhân khẩu
  | "poor" // Hộ nghèo
  | "near-poor" // Hộ cận nghèo
  | "escaped" // Hộ mới thoát nghèo
  | "decrease" // Mức giảm, tỷ lệ giảm
  | "target" // Chỉ tiêu giao, kế hoạch
  | "achieved" // Đạt … % so với chỉ tiêu
  | "actual" // Thực hiện
  | "amount" // any other money or count
  | "label"
  | "stt"
  | "note"
  /** Mã, Mã số, Mã trường, Số CCCD, Số hiệu: a code, never a figure (never summed, never "fixed"). */
  | "id";

export type Period = "start" | "end";

export type Unit = "dong" | "nghin-dong" | "trieu-dong" | "ty-dong";

export type SheetKind = "disbursement" | "targets" | "other";

export type Severity = "error" | "warning" | "info";

export type RuleId =
  | "percent-mismatch"
  | "percent-scale"
  | "sum-mismatch"
  | "unit-scale"
  | "difference-mismatch"
  | "share-sum"
  | "number-as-text"
  | "averaged-rate"
  | "hardcoded-total"
  | "sum-range-gap"
  | "cell-error"
  /** A figure of a report's text that disagrees with the appendix cell it names. */
  | "text-sheet-mismatch";

export interface Message {
  vi: string;
  en: string;
}

export interface Finding {
  sheet: string;
  /** A1 address of the cell that is wrong; for text findings, absent and `line` is given. */
  cell?: string;
  line?: number;
  /** For text findings: the claim's text. */
  span?: string;
  rule: RuleId;
  severity: Severity;
  /** In the unit shown to the user: a rate of 0,97% is 0.97. Text when the cell holds text. */
  stated: number | string | null;
  expected: number | null;
  message: Message;
  /** Cells whose relations this finding explains (consequences) or which it was computed from. */
  related: string[];
  /** The value that mends the cell, in the cell's own terms (0,5912 in a `0.00%` cell). */
  fix?: { cell: string; value: number };
  /** For a finding that stands for a run of cells (`E5:E34`): the run, and a fix for each of its cells. */
  range?: string;
  fixes?: { cell: string; value: number }[];
}

/** The key of a column in a recognised table: what it measures, for which source, year and period. */
export interface ColumnKey {
  measure: Measure;
  source?: FundingSource;
  year?: number;
  period?: Period;
}

export interface RecognisedColumn extends ColumnKey {
  col: number;
  /** Header texts from the top of the header block down, merged cells repeated. */
  path: string[];
  /** The number of the column-number row (`1`, `2`, `3=2/1*100` → 3), when there is one. */
  number?: string;
  /** The column's formula as the column-number row writes it (`3=2/1*100`). */
  formula?: string;
  unit?: Unit;
  /** The column holds percentages (Tỷ lệ, (%), a % format). */
  percent: boolean;
}

/** `subtotal`: a `Cộng Dự án 1` row after the rows it adds up. */
export type RowKind = "total" | "subtotal" | "project" | "subproject" | "source" | "unit" | "item";

export interface RecognisedRow {
  row: number;
  kind: RowKind;
  label: string;
  stt?: string;
  /** DA3, DA3.1 when the row names a project or sub-project. */
  code?: ProjectCode;
  /** For a row that names a funding source (under a project). */
  source?: FundingSource;
  /** For a row that names an administrative unit (xã, thị trấn, huyện). */
  unitName?: string;
  /** Hierarchy level: 0 for the total row, 1 for its children, and so on. */
  level: number;
  /** Index in `rows` of the parent row, when there is one. */
  parent?: number;
}

export interface RecognisedTable {
  headerTop: number;
  headerBottom: number;
  /** The column-number row (`A | B | 1 | 2 | 3=2/1*100`), when present. */
  numberRow?: number;
  /** First and last data rows. */
  dataTop: number;
  dataBottom: number;
  labelCol: number;
  sttCol?: number;
  columns: RecognisedColumn[];
  rows: RecognisedRow[];
  unit?: Unit;
}

/** One table of a sheet, as recognised: where it stands, what kind of appendix it is, its unit. */
export interface TableReport {
  /** A1 range from the header's first row to the body's last (`A5:L27`). */
  range: string;
  kind: SheetKind;
  /** 0..1 */
  confidence: number;
  unit?: Unit;
  reasons: Message[];
  /** How the checks read the table where it could be read more ways (the base a rate is over). */
  notes?: Message[];
  table: RecognisedTable;
  empty?: boolean;
}

/** A sheet's report: its tables, and for compatibility the first table's kind, unit and table. */
export interface SheetReport {
  name: string;
  /** Every table found in the sheet, top to bottom (empty when none could be read). */
  tables: TableReport[];
  kind: SheetKind;
  /** 0..1 */
  confidence: number;
  unit?: Unit;
  /** Why the sheet was classified so, in both languages. */
  reasons: Message[];
  table?: RecognisedTable;
  /** True when the table has a header but no figures: a form to fill. */
  empty?: boolean;
}

export interface Analysis {
  sheets: SheetReport[];
  findings: Finding[];
}
