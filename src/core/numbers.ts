/**
 * Reading and writing numbers the Vietnamese way: `.` groups thousands, `,` marks decimals
 * (`1.338.216.000`, `1.856,135`, `23,94%`). Text pasted from other software is read too.
 */
import type { Unit } from "./types";

export interface ReadNumber {
  value: number;
  /** The text ended in `%`. */
  percent: boolean;
  /** A unit named after the number (`đ`, `triệu đồng`…). */
  unit?: Unit;
  /** Decimals written after the decimal separator. */
  decimals: number;
  /**
   * The text has one separator followed by three digits (`825,000`, `1.234`): grouped thousands in one
   * convention, a decimal in the other. The value given is the Vietnamese reading; `otherReading` the
   * other one, for a reader that knows which convention the rest of the column follows.
   */
  otherReading?: number;
}

/** Which separator groups thousands in a text number that shows it (`3,437,500`, `1.338,216`), if it does. */
export function groupingOf(text: string): "." | "," | undefined {
  const s = text.replace(/[\u00a0\u202f\s]/g, "");
  const m = /^[-−+(]?\d{1,3}([.,])\d{3}(\1\d{3})*([.,]\d+)?\)?%?$/.exec(s);
  if (!m) return undefined;
  const [, group, more, decimal] = m;
  if (decimal && decimal[0] === group) return undefined;
  return more || decimal ? (group as "." | ",") : undefined;
}

const UNIT_WORDS: [RegExp, Unit][] = [
  [/^(tỷ|tỉ)\s*(đồng|đ)?$/, "ty-dong"],
  [/^(triệu\s*(đồng|đ)?|tr\.?\s*đ(ồng)?|trđ|tr)$/, "trieu-dong"],
  [/^(nghìn|ngàn)\s*(đồng|đ)?$|^1\.000\s*(đồng|đ)$/, "nghin-dong"],
  [/^(đồng|đ|vnđ|vnd)$/, "dong"],
];

/** The factor that turns an amount in `unit` into đồng. */
export const UNIT_FACTOR: Record<Unit, number> = {
  dong: 1,
  "nghin-dong": 1e3,
  "trieu-dong": 1e6,
  "ty-dong": 1e9,
};

export function unitFromWords(words: string): Unit | undefined {
  const w = words.trim().toLowerCase().replace(/\s+/g, " ");
  for (const [re, unit] of UNIT_WORDS) if (re.test(w)) return unit;
  return undefined;
}

/** Finds a unit stated in a title or header: `Đơn vị tính: triệu đồng`, `ĐVT: đồng`, `(tr.đ)`, `(1.000 đồng)`. */
export function unitInText(text: string): Unit | undefined {
  const t = text.toLowerCase().normalize("NFC");
  const stated = /(?:đơn vị tính|đơn vị|đvt)\s*[:：]?\s*([^\n;,)]+)/.exec(t);
  if (stated) {
    const u = unitFromWords(stated[1].replace(/[.\s]+$/, ""));
    if (u) return u;
  }
  const paren = /\(([^()]*)\)/g;
  let m: RegExpExecArray | null;
  while ((m = paren.exec(t))) {
    const u = unitFromWords(m[1]);
    if (u) return u;
  }
  if (/\btỷ đồng\b/.test(t)) return "ty-dong";
  if (/triệu đồng/.test(t)) return "trieu-dong";
  return undefined;
}

const DASHES = /^[-–—]+$/;

/** Longer text is never a number written out (`1.338.216.000,25 triệu đồng` is 27 characters). */
export const MAX_NUMBER_TEXT = 256;

/**
 * Reads a number written as text, or returns undefined when the text is not a number.
 * `-` alone (a dash for "none") reads as 0. NaN, Infinity and figures past the largest double
 * (`1e999`, four hundred digits) are not numbers.
 */
export function readNumber(input: string): ReadNumber | undefined {
  if (input.length > MAX_NUMBER_TEXT) return undefined;
  let s = input.normalize("NFC").replace(/[\u00a0\u202f\s]+/g, " ").trim();
  if (s === "") return undefined;
  if (DASHES.test(s)) return { value: 0, percent: false, decimals: 0 };

  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  let unit: Unit | undefined;
  const unitMatch = /^([-+−]?[\d.,\s]*\d)\s*([^\d\s.,].*)$/.exec(s);
  if (unitMatch) {
    const tail = unitMatch[2].trim();
    if (tail === "%") {
      // handled below
    } else {
      unit = unitFromWords(tail);
      if (!unit) return undefined;
      s = unitMatch[1];
    }
  }
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  if (/^[-−]/.test(s)) {
    negative = !negative;
    s = s.slice(1).trim();
  } else if (s.startsWith("+")) s = s.slice(1).trim();
  s = s.replace(/ /g, "");
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;

  const parsed = parseDigits(s);
  if (!parsed) return undefined;
  const sign = negative ? -1 : 1;
  const read: ReadNumber = { value: sign * parsed.value, percent, unit, decimals: parsed.decimals };
  if (/^\d{1,3}[.,]\d{3}$/.test(s)) read.otherReading = sign * (s.includes(",") ? Number(s.replace(",", "")) : Number(s));
  return read;
}

function parseDigits(s: string): { value: number; decimals: number } | undefined {
  const dots = count(s, ".");
  const commas = count(s, ",");
  let intPart = s;
  let frac = "";
  if (dots && commas) {
    // The later separator marks decimals; the other groups thousands.
    const dec = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
    const group = dec === "." ? "," : ".";
    if (count(s, dec) > 1) return undefined;
    [intPart, frac] = s.split(dec);
    if (!validGroups(intPart, group)) return undefined;
    intPart = intPart.split(group).join("");
  } else if (dots) {
    // Vietnamese: dots group thousands. A single dot not followed by exactly three digits is a decimal point.
    if (dots > 1 || /^\d{1,3}\.\d{3}$/.test(s)) {
      if (!validGroups(s, ".")) return undefined;
      intPart = s.split(".").join("");
    } else {
      [intPart, frac] = s.split(".");
    }
  } else if (commas) {
    if (commas > 1) {
      if (!validGroups(s, ",")) return undefined;
      intPart = s.split(",").join("");
    } else {
      [intPart, frac] = s.split(",");
    }
  }
  if (intPart === "" && frac === "") return undefined;
  const value = Number((intPart || "0") + (frac ? "." + frac : ""));
  if (!Number.isFinite(value)) return undefined;
  return { value, decimals: frac.length };
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

function validGroups(s: string, sep: string): boolean {
  const parts = s.split(sep);
  return /^\d{1,3}$/.test(parts[0]) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

/** Decimals a number format shows: `#,##0.00` → 2, `0%` → 0; undefined for General. */
export function formatDecimals(format: string | undefined): number | undefined {
  if (!format || /^general$/i.test(format) || format === "@") return undefined;
  const section = format.split(";")[0].replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  const m = /[0#?]\.([0#?]+)/.exec(section);
  if (!m) return /[0#]/.test(section) ? 0 : undefined;
  return m[1].length;
}

export function isPercentFormat(format: string | undefined): boolean {
  return !!format && /%/.test(format.replace(/"[^"]*"/g, "").replace(/\\%/g, ""));
}

/** Decimals of a number as typed (1.25 → 2; 0.1 + 0.2 → 1), at most 10. */
export function ownDecimals(x: number): number {
  if (!Number.isFinite(x)) return 0;
  let p = 1;
  for (let d = 0; d < 10; d++, p *= 10) {
    const y = x * p;
    if (Math.abs(y - Math.round(y)) <= 1e-9 * Math.max(1, Math.abs(y))) return d;
  }
  return 10;
}

/**
 * Rounds half away from zero: roundTo(1.005, 2) is 1.01 although 1.005 × 100 is 100.4999… in binary.
 * The tolerance is on the fraction of the last decimal, so large numbers gain no stray digit.
 */
export function roundTo(x: number, decimals: number): number {
  return cut(x, decimals, 0.5);
}

export function truncateTo(x: number, decimals: number): number {
  return cut(x, decimals, 1);
}

/** Keeps `decimals` decimals, going up when the dropped fraction reaches `up` (less a hair). */
function cut(x: number, decimals: number, up: number): number {
  if (!Number.isFinite(x)) return x;
  const f = Math.pow(10, decimals);
  const y = Math.abs(x) * f;
  const floor = Math.floor(y);
  return (Math.sign(x) * (y - floor >= up - 1e-9 ? floor + 1 : floor)) / f;
}

/** 1338.216 → "1.338,216" (vi) or "1,338.216" (en); at most `maxDecimals` decimals. */
export function formatNumber(x: number, lang: "vi" | "en" = "vi", maxDecimals = 3): string {
  const rounded = roundTo(x, maxDecimals);
  const [int, frac] = Math.abs(rounded).toFixed(maxDecimals).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "vi" ? "." : ",");
  const f = (frac || "").replace(/0+$/, "");
  const sign = rounded < 0 ? "-" : "";
  return sign + grouped + (f ? (lang === "vi" ? "," : ".") + f : "");
}

export function formatPercent(x: number, lang: "vi" | "en" = "vi", maxDecimals = 2): string {
  return formatNumber(x, lang, maxDecimals) + "%";
}
