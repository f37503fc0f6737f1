/**
 * Matching the words of headers and row labels. Labels are folded (no diacritics, `đ` → `d`,
 * lower case, single spaces) so that `Tổng số`, `TỔNG SỐ` and a diacritic-less `Tong so` match alike.
 */
import { PROGRAMME } from "../programme";
import type { FundingSource, Measure, Period, ProjectCode } from "../types";

/** Each non-ASCII character's folded form, worked out once (NFD is slow over a million labels). */
const FOLDED = new Map<string, string>();

function foldChar(ch: string): string {
  let f = FOLDED.get(ch);
  if (f === undefined) {
    f = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
    FOLDED.set(ch, f);
  }
  return f;
}

export function fold(text: string): string {
  let out = "";
  for (const ch of text) out += ch.charCodeAt(0) < 128 ? ch : foldChar(ch);
  return out.toLowerCase().replace(/\s+/g, " ").trim();
}

/** A label that stands for "the sum of the parts": Tổng số, Tổng cộng, Cộng. */
export function isTotalLabel(folded: string): boolean {
  const core = folded.replace(/\([^)]*\)/g, "").replace(/[:.\s]+$/, "").trim();
  return /^(tong so|tong cong|tong|cong|tong so von|tong von|tong kinh phi|tong nguon von|tong cong von|total|totals|grand total|sum|subtotal|sub-total)$/.test(core) || /^total (by|of)\b/.test(core);
}

/** The types of administrative unit, folded: the two tiers since 2025 and the district tier before. */
const UNIT_TYPE = "(?:xa|phuong|thi tran|dac khu|huyen|quan|thi xa|thanh pho|tp|tinh)";

/**
 * The whole of a unit, of any type: `Toàn phường`, `Cộng toàn xã`, `Tổng cộng toàn tỉnh`, `Cả nước`,
 * and a type without a name: `Cộng xã`, `Tổng cộng phường` (not `Tổng số xã`, a count of communes).
 */
const WHOLE_UNIT = new RegExp(`^((tong cong|tong so|tong|cong) )?toan ${UNIT_TYPE}\\b(?! hoi)|^(tong cong|cong) ${UNIT_TYPE}$|^ca nuoc\\b`);

/** A row label that names the whole: TỔNG CỘNG, Tổng số, Cộng, Toàn xã, Toàn phường, Toàn đặc khu. */
export function isTotalRowLabel(folded: string): boolean {
  const core = folded.replace(/\([^)]*\)/g, "").replace(/[:.\s]+$/, "").trim();
  return (
    isTotalLabel(core) ||
    WHOLE_UNIT.test(core) ||
    /^(tong cong toan|tong so toan|tong cong chuong trinh|tong chuong trinh)\b/.test(core) ||
    /^(tong cong|tong so|grand total|total)\b/.test(core)
  );
}

/** "Trong đó", "Chia ra", "Bao gồm": the columns under it are parts of the column before. */
export function introducesParts(folded: string): boolean {
  return /^(trong do|chia ra|bao gom|chi tiet|gom)\b/.test(folded);
}

const SOURCE_PATTERNS: [RegExp, FundingSource][] = [
  [/\b(tin dung chinh sach|von tin dung|tin dung uu dai|ngan hang chinh sach)\b/, "tin-dung"],
  [/\b(long ghep)\b/, "long-ghep"],
  [/\b(doi ung cua (nguoi|ho) dan|(nguoi|ho) dan dong gop|dan dong gop|huy dong|xa hoi hoa|von khac|nguon khac|von vay|doanh nghiep|other sources?)\b/, "huy-dong"],
  [/\b(ngan sach (cap )?tinh|cap tinh|ns tinh)\b/, "NSDP-tinh"],
  [/\b(ngan sach (cap )?huyen|cap huyen|ns huyen)\b/, "NSDP-huyen"],
  [/\b(ngan sach (cap )?xa|cap xa|ns xa)\b/, "NSDP-xa"],
  [/\b(dau tu phat trien|dtpt|von dau tu)\b/, "DTPT"],
  [/\b(su nghiep|von sn|kinh phi thuong xuyen|chi thuong xuyen)\b|^sn$/, "SN"],
  [/\b(trung uong|nstw|tw|central)\b/, "NSTW"],
  [/\b(dia phuong|nsdp|doi ung|local)\b/, "NSDP"],
];

export function sourceOf(folded: string): FundingSource | undefined {
  for (const [re, src] of SOURCE_PATTERNS) if (re.test(folded)) return src;
  return undefined;
}

/** The sources that, together, make up another. */
export const SOURCE_PARTS: Partial<Record<FundingSource, FundingSource[]>> = {
  NSTW: ["DTPT", "SN"],
  NSDP: ["NSDP-tinh", "NSDP-huyen", "NSDP-xa"],
};

export function isPercentLabel(folded: string): boolean {
  return /(\bty le\b|\bti le\b|%|\bco cau\b|\bty trong\b|\bdat\b.*\bso voi\b)/.test(folded);
}

/** The measure a header text names, most specific first. */
export function measureOf(folded: string): Measure | undefined {
  if (/\b(ghi chu|notes?|remarks?)\b/.test(folded) || /^(dvt|don vi tinh|unit)$/.test(folded)) return "note";
  // In an indicator list the column titled just `Chỉ tiêu` names the rows.
  if (/^(chi tieu|ten chi tieu|noi dung chi tieu)$/.test(folded)) return "label";
  if (/^(stt|tt|so tt|so thu tu|no|#)$/.test(folded.replace(/[.\s]/g, (c) => (c === "." ? "" : " ")).trim())) return "stt";
  if (isIdentifierHeader(folded)) return "id";
  if (/\b(so voi (ke hoach|chi tieu|kh|muc tieu)|dat .*(ke hoach|chi tieu|kh)|ty le (dat|hoan thanh)|muc do hoan thanh)\b/.test(folded))
    return "achieved";
  // `So sánh TH/KH (%)`, `Đạt (%)`, `TH so KH (%)`.
  if (/%/.test(folded) && /\b(so sanh|dat|th\/kh|th so kh|achieved|achievement|vs\.? plan)\b/.test(folded)) return "achieved";
  if (/\b(chi tieu|muc tieu|duoc giao|giao)\b/.test(folded) && !assignedFunds(folded)) return "target";
  if (/\b(giam)\b/.test(folded) && !/giam ngheo/.test(folded)) return "decrease";
  if (/\b(ty le|ti le|co cau|ty trong|rate|share|ratio)\b|^\(?%\)?$/.test(folded)) return "rate";
  if (/\b(chuyen sang|keo dai|chuyen nguon|nam truoc|carried over|carry-over)\b/.test(folded)) return "carried-over";
  if (/\b(giai ngan|thanh toan|da chi|thuc chi|disbursed|disbursement|paid)\b/.test(folded)) return "disbursed";
  if (/\b(ke hoach|du toan|von giao|kh von|duoc phan bo|phan bo|plan|planned|allocated)\b|^kh\b/.test(folded)) return "plan";
  if (/\b(thuc hien|ket qua|actual)\b/.test(folded)) return "actual";
  if (/\b(can ngheo|near-poor)\b/.test(folded)) return "near-poor";
  if (/\b(thoat ngheo|escaped)\b/.test(folded)) return "escaped";
  if (/\b(ho ngheo|poor households?)\b/.test(folded)) return "poor";
  if (/\b(nhan khau|so nguoi|so khau|people|persons)\b/.test(folded)) return "people";
  if (/\b(tong so ho|so ho|tong ho|ho dan|households?)\b/.test(folded)) return "households";
  if (/\b(noi dung|ten|xa, thi tran|xa thi tran|don vi|dia ban|danh muc|hang muc|chi tieu|du an|content|items?|description|commune|district)\b/.test(folded))
    return "label";
  return undefined;
}

/**
 * Money assigned, not a target: `Kế hoạch vốn được giao`, `Vốn giao`, `Dự toán được giao`, `Kinh phí
 * được giao năm 2025` are the plan. (`Chỉ tiêu giao`, `Kế hoạch giao` without money stay targets.)
 */
function assignedFunds(folded: string): boolean {
  return !/\b(chi tieu|muc tieu)\b/.test(folded) && /\b(von|du toan|kinh phi|ngan sach)\b/.test(folded);
}

/** Unit types, of any tier, that a header lists to name its rows: `Xã`, `Thôn/bản`, `Xã, phường và đặc khu`, `Tổ dân phố`. */
const UNIT_WORD = "(?:xa|phuong|thi tran|dac khu|huyen|quan|thi xa|thanh pho|tinh|thon|ban|buon|xom|khom|to dan pho|to dan cu|khu pho|khu dan cu)";
const UNIT_LIST = new RegExp(`^(cac )?(${UNIT_WORD}|(ap|to)(?= ?[/,;-]))(( ?[/,;-] ?| )(va |hoac )?(${UNIT_WORD}|ap|to))*( \\([^)]*\\))?$`);

/**
 * A header made only of unit types (`Xã`, `Thôn/bản`, `Tổ dân phố`): it names the rows when it is a
 * column's whole header. (Under a funding group, `Tỉnh | Huyện | Xã` are levels of a budget.) Types
 * that fold to a common word of another language (`Ấp` to `AP`, `Tổ` to `To`) name the rows only
 * with a word beside them (`Tên ấp`, `Ấp/khu phố`).
 */
export function namesUnits(folded: string): boolean {
  return UNIT_LIST.test(folded);
}

/**
 * Headers of codes: `Mã`, `Mã số`, `Mã tỉnh`, `Mã trường`, `Số CCCD`, `Số hiệu`, `Mã chương/loại/khoản`,
 * telephone and account numbers, years and dates as such; `Code`, `ID` in English.
 */
export function isIdentifierHeader(folded: string): boolean {
  return (
    /^(ma|ma so|code|id|zip)\b/.test(folded) ||
    /\b(ma so thue|mst|cccd|cmnd|can cuoc|so hieu|so dien thoai|dien thoai|sdt|so tai khoan|so the|so bhxh|so so bhxh|email|identifier)\b/.test(folded) ||
    /\b(ma|code|id)$/.test(folded) ||
    /^(nam|nam sinh|nam hoc|ngay|ngay sinh|thang|year|date)$/.test(folded)
  );
}

/** `004`, `00`, `0123`: a code with its leading zero, which a number would lose. */
export function hasLeadingZero(text: string): boolean {
  return /^[-−]?0\d/.test(text.trim());
}

export function periodOf(folded: string): Period | undefined {
  // `Giải ngân từ đầu năm đến …` is year-to-date, not the start of the period.
  if (/(?<!\btu )\bdau (ky|nam|giai doan|ky bao cao)\b/.test(folded)) return "start";
  if (/\bcuoi (ky|nam|giai doan|ky bao cao)\b/.test(folded)) return "end";
  return undefined;
}

/**
 * The year a header names (`Kế hoạch vốn năm 2025`). A date is a cut-off, not the year of the money:
 * `Giải ngân đến 31/01/2026` under a 2025 plan is that plan's disbursement, so `31/01/2026`,
 * `ngày 31 tháng 01 năm 2026` and `đến (hết) tháng 5/2026` name no year.
 */
export function yearOf(folded: string): number | undefined {
  const m = /\b(20\d\d)\b/.exec(folded.replace(CUT_OFF, " "));
  return m ? Number(m[1]) : undefined;
}

const CUT_OFF = /\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*20\d\d\b|\bngay \d{1,2},? thang \d{1,2},? nam 20\d\d\b|\b(?:den|tinh den|luy ke den) (?:het )?(?:thang|quy) (?:\d{1,2}|[ivx]+)\s*(?:\/|nam)\s*20\d\d\b/g;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

const PROJECT = "(?:du an|da)\\s*(\\d|[ivx]+)\\b";
const SUB = "(?:tieu du an|tda)\\s*(\\d)\\b";
const DOTTED_CODE = /^(?:du an|da)\s*([1-7])\.([1-9])\b/;
const LEADING_PROJECT = new RegExp(`^${PROJECT}\\s*(?:[-–:,]\\s*)?(?:${SUB})?`);
const LEADING_SUB = new RegExp(`^${SUB}`);
const ANY_PROJECT = new RegExp(PROJECT);

function projectNumber(token: string): number | undefined {
  const n = Number(ROMAN[token] ?? token);
  return n >= 1 && n <= 7 ? n : undefined;
}

/**
 * Reads a project or sub-project code from a row label and its STT: `Dự án 3`, `DA3`, `DA 3`,
 * `DA3.1`, `Tiểu dự án 1`, `TDA 1 - DA3`, `Tiểu dự án 1 Dự án 3`, `DA3 - Tiểu dự án 1`,
 * `Dự án 6 - TDA1: …`, `3.1` beside a Tiểu dự án label. `Dự án 1 (TDA 1 + TDA 2)` is the project.
 * `currentProject` is the project of the rows above, for sub-projects that do not name their project.
 * Label and STT come folded.
 */
export function projectCodeOf(label: string, stt: string, currentProject?: number): ProjectCode | undefined {
  const f = label.includes("(") ? label.replace(/\([^)]*\)/g, " ") : label;
  const s = stt.replace(/[.)\s]+$/, "");
  const dotted = DOTTED_CODE.exec(f);
  if (dotted) return `DA${dotted[1]}.${dotted[2]}`;
  // A project first, then maybe its sub-project after a separator: `DA3 - Tiểu dự án 1`.
  const lead = LEADING_PROJECT.exec(f);
  if (lead) {
    const p = projectNumber(lead[1]);
    if (!p) return undefined;
    return lead[2] ? `DA${p}.${lead[2]}` : `DA${p}`;
  }
  // A sub-project first, its project named after it or known from the rows above or the STT.
  const sub = LEADING_SUB.exec(f);
  if (sub) {
    const named = ANY_PROJECT.exec(f.slice(sub[0].length));
    const p = (named && projectNumber(named[1])) ?? dottedParent(s) ?? currentProject;
    return p ? `DA${p}.${sub[1]}` : undefined;
  }
  return codeByName(f, currentProject);
}

/** The programme's names, folded as labels are; sub-projects first, as DA1.1's name begins DA1's. */
const NAMES_SUBPROJECTS_FIRST: [ProjectCode, string][] = [
  ...PROGRAMME.flatMap((p) => p.subprojects.flatMap((s) => [s.name, ...s.aliases].map((n): [ProjectCode, string] => [s.code, fold(n)]))),
  ...PROGRAMME.flatMap((p) => [p.name, ...p.aliases].map((n): [ProjectCode, string] => [p.code, fold(n)])),
];

/**
 * A row that names a project only by its name, numbered `III` or `3` (`III | Hỗ trợ phát triển
 * sản xuất, cải thiện dinh dưỡng`). The label must start with the name; a sub-project's name counts
 * under its own project only, as some are short (`Cải thiện dinh dưỡng`).
 */
function codeByName(f: string, currentProject?: number): ProjectCode | undefined {
  if (f.length < 12) return undefined;
  const label = f.replace(/^[\divx]+[.)]?\s+/, "").replace(/[^a-z0-9, -]/g, " ").replace(/\s+/g, " ").trim();
  if (label.length < 12) return undefined;
  for (const [code, name] of NAMES_SUBPROJECTS_FIRST) {
    if (!label.startsWith(name) && !(name.startsWith(label) && label.length >= 24)) continue;
    if (code.includes(".") && code.slice(2, 3) !== String(currentProject)) continue;
    return code;
  }
  return undefined;
}

function dottedParent(stt: string): number | undefined {
  const d = /^([1-7])\.\d$/.exec(stt);
  return d ? Number(d[1]) : undefined;
}

/**
 * The residential units below a commune, by their type word: `Thôn 3`, `Bản Nà Cà`, `Ấp Bình Lợi`,
 * `Buôn Ea Sar`, `Tổ dân phố 2`, `Khu phố 4`, `Xóm Bãi`, `Khóm 1`, `Tổ 5`; and `Tỉnh …`. The name
 * after the type word begins with a capital or a digit (`Tổ` with a digit only): `Bản đồ`,
 * `Buôn bán`, `Tổ chức`, `Tình hình` are words, not units. Without diacritics only the words
 * that stay unambiguous (`Thon 3`, `To dan pho 2`; not `Ban`).
 */
const NAMED_UNIT =
  /^(thôn|bản|ấp|buôn|xóm|khóm|sóc|plei|bon|làng|khu phố|khu dân cư|tổ dân phố|tổ dân cư|tỉnh|thon|buon|xom|khom|khu pho|to dan pho)\s+(?:(?:số|so)\s+)?(.)/iu;
const NUMBERED_GROUP = /^(tổ|to)\s+\d/iu;

/**
 * The administrative unit a row names: `Xã An Phú`, `Phường Mỹ Lộc`, `Đặc khu …`, `Thị trấn Mẫu`,
 * `Huyện …`, `Tỉnh …`, and the residential units below a commune.
 */
export function isAdministrativeUnit(label: string): boolean {
  if (/^(xa|thi tran|phuong|dac khu|huyen|thi xa|thanh pho|quan|tp\.?)\b/.test(fold(label))) return true;
  const t = label.trim();
  const named = NAMED_UNIT.exec(t);
  return (!!named && /[\p{Lu}\d]/u.test(named[2])) || NUMBERED_GROUP.test(t);
}

export type OutlineMarker = "roman" | "upper" | "arabic" | "dotted" | "dotted3" | "letter" | "dash" | "plus" | "star" | "none";

/** The kind of numbering in an STT cell: `I`, `A`, `1`, `1.1`, `1.1.1`, `a)`, `-`, `+`, `*`. */
export function outlineMarker(stt: string): OutlineMarker {
  const s = stt.trim();
  if (s === "") return "none";
  if (/^[-–—•]$/.test(s)) return "dash";
  if (/^\+$/.test(s)) return "plus";
  if (/^\*+$/.test(s)) return "star";
  if (/^[IVXLC]+\.?$/.test(s)) return "roman";
  if (/^\d+\.\d+\.\d+\.?$/.test(s)) return "dotted3";
  if (/^\d+\.\d+\.?$/.test(s)) return "dotted";
  if (/^\d+\.?\)?$/.test(s)) return "arabic";
  if (/^[a-zđ][.)]$|^[a-zđ]$/.test(s)) return "letter";
  if (/^[A-Z][.)]?$/.test(s)) return "upper";
  return "none";
}
