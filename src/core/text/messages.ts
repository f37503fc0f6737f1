/** What a text finding says, in Vietnamese and English. */
import { formatNumber, ownDecimals } from "../numbers";
import type { Message, Unit } from "../types";
import type { Quantity } from "./quantities";

type Lang = "vi" | "en";

const MONEY_EN: Record<Unit, string> = { dong: "VND", "nghin-dong": "thousand VND", "trieu-dong": "million VND", "ty-dong": "billion VND" };

/** A figure as the report wrote it (vi) or in English notation. */
export function shown(q: Quantity, lang: Lang): string {
  if (lang === "vi") return q.raw;
  return amount(q.value, q, lang, q.decimals);
}

/** A value in the unit of `like`: `13.382 triệu đồng`, `0,97%`. */
export function amount(value: number, like: Quantity, lang: Lang, decimals: number): string {
  const n = formatNumber(value, lang, Math.max(decimals, 0));
  if (like.dim === "percent") return `${n}%`;
  if (like.dim === "money" && like.unit && lang === "en") return `${n} ${MONEY_EN[like.unit]}`;
  if (!like.unitText) return n;
  return like.unitText === "đ" ? `${n}đ` : `${n} ${like.unitText}`;
}

export function rateMessage(stated: Quantity, part: Quantity, whole: Quantity, expected: number, scale: "fraction" | "hundredfold" | undefined, wholeEarlier: boolean): Message {
  const d = Math.max(stated.decimals, 2, ownDecimals(expected));
  const say = (lang: Lang) => ({
    stated: shown(stated, lang),
    part: shown(part, lang),
    whole: shown(whole, lang),
    expected: amount(expected, stated, lang, d),
  });
  const vi = say("vi");
  const en = say("en");
  const why: Record<"fraction" | "hundredfold", Message> = {
    fraction: { vi: " — có thể đã ghi dạng thập phân thay vì phần trăm", en: " — looks like a fraction written as a percentage" },
    hundredfold: { vi: " — có thể đã nhân 100 hai lần", en: " — looks multiplied by 100 twice" },
  };
  const earlier: Message = wholeEarlier ? { vi: ` (cơ số ${vi.whole} nêu ở câu trước)`, en: ` (base ${en.whole} stated in an earlier sentence)` } : { vi: "", en: "" };
  return {
    vi: `Tỷ lệ ghi ${vi.stated} nhưng ${vi.part} / ${vi.whole} = ${vi.expected}${scale ? why[scale].vi : ""}${earlier.vi}`,
    en: `Rate stated ${en.stated} but ${en.part} / ${en.whole} = ${en.expected}${scale ? why[scale].en : ""}${earlier.en}`,
  };
}

export function sumMessage(whole: Quantity, parts: Quantity[], sum: number, complete: boolean, decimals: number): Message {
  // Parts in the whole's unit are shown as bare numbers; others (mixed money units) with theirs.
  const term = (q: Quantity, lang: Lang) => {
    const n = lang === "vi" ? q.digits : formatNumber(q.value, "en", q.decimals);
    return q.unit === whole.unit ? n : shown(q, lang);
  };
  const terms = (lang: Lang) => parts.map((q) => term(q, lang)).join(" + ");
  const total = (lang: Lang) => amount(sum, whole, lang, decimals);
  if (complete)
    return {
      vi: `Tổng ghi ${shown(whole, "vi")} nhưng các phần cộng lại ${total("vi")} (${terms("vi")})`,
      en: `Total stated ${shown(whole, "en")} but the parts add up to ${total("en")} (${terms("en")})`,
    };
  return {
    vi: `Các phần (${terms("vi")}) cộng lại ${total("vi")}, lớn hơn tổng ${shown(whole, "vi")}`,
    en: `The parts (${terms("en")}) add up to ${total("en")}, more than the total ${shown(whole, "en")}`,
  };
}

export function differenceMessage(from: Quantity, to: Quantity, stated: Quantity, expected: number, relative: boolean): Message {
  const down = from.norm > to.norm;
  const [high, low] = down ? [from, to] : [to, from];
  const d = Math.max(stated.decimals, 2);
  const arithmetic = (lang: Lang) =>
    `${relative ? "(" : ""}${shown(high, lang)} − ${shown(low, lang)}${relative ? `) / ${shown(from, lang)}` : ""} = ${amount(expected, stated, lang, d)}`;
  return {
    vi: `Mức ${down ? "giảm" : "tăng"} ghi ${shown(stated, "vi")} nhưng ${arithmetic("vi")}`,
    en: `Stated ${down ? "decrease" : "increase"} ${shown(stated, "en")} but ${arithmetic("en")}`,
  };
}

export function shareSumMessage(shares: Quantity[], sum: number, decimals: number): Message {
  const terms = (lang: Lang) => shares.map((q) => shown(q, lang)).join(" + ");
  return {
    vi: `Các tỷ lệ cộng lại ${formatNumber(sum, "vi", decimals)}% (${terms("vi")}), không phải 100%`,
    en: `The shares add up to ${formatNumber(sum, "en", decimals)}% (${terms("en")}), not 100%`,
  };
}
