/**
 * The text checker's limits. Each pass over a passage is linear in its length; these bound what
 * a claim may reach so that no input, however long or strange, makes the check slow.
 */
import { formatNumber } from "../numbers";
import type { Message } from "../types";
import type { Passage } from "./passages";

/** The longest text checked: about 1.000 pages, far beyond any report. Longer text is refused, not half read. */
export const MAX_TEXT_CHARS = 2_000_000;
/** A sentence longer than this is not prose (a table pasted as text, a run without full stops): its figures are not judged. */
export const MAX_SENTENCE_CHARS = 4000;

/** A text over MAX_TEXT_CHARS: the caller tells the user, in both languages, and checks nothing. */
export class TextTooLong extends Error {
  readonly text: Message;
  constructor(readonly length: number) {
    const vi = `Văn bản dài ${formatNumber(length, "vi", 0)} ký tự, quá giới hạn ${formatNumber(MAX_TEXT_CHARS, "vi", 0)} ký tự của Soát; hãy kiểm tra từng phần của báo cáo.`;
    const en = `The text is ${formatNumber(length, "en", 0)} characters long, over Soát's limit of ${formatNumber(MAX_TEXT_CHARS, "en", 0)}; check the report in parts.`;
    super(`${vi} / ${en}`);
    this.name = "TextTooLong";
    this.text = { vi, en };
  }
}

export function assertCheckable(text: string): void {
  if (text.length > MAX_TEXT_CHARS) throw new TextTooLong(text.length);
}

/** The sentence at an offset is short enough to be read as prose. */
export function proseAt(p: Passage, sentence: number): boolean {
  const [s, e] = p.sentences[sentence];
  return e - s <= MAX_SENTENCE_CHARS;
}
