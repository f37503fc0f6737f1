/** Checking the figures a report states in its own sentences. */
export { checkText, readClaims, DEFAULT_SOURCE, type TextOptions } from "./checkText";
export type { Claim } from "./claims";
export { checkTextAgainst, textFigures, TEXT_SHEET_MISMATCH, type TextFigure } from "./against";
export { MAX_SENTENCE_CHARS, MAX_TEXT_CHARS, TextTooLong } from "./limits";
