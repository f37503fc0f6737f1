/**
 * Folding for keyword matching: lower case, no diacritics, `đ` → `d`, one character for one,
 * so that offsets in the folded text are offsets in the original (`Giải ngân` → `giai ngan`).
 */
export function foldKeepingOffsets(text: string): string {
  let out = "";
  for (const ch of text) {
    if (ch.length !== 1) {
      out += ch;
      continue;
    }
    if (ch.charCodeAt(0) < 128) {
      out += ch.toLowerCase();
      continue;
    }
    let base = FOLDED.get(ch);
    if (base === undefined) {
      const b = ch.normalize("NFD")[0].toLowerCase();
      base = b === "đ" ? "d" : b.length === 1 ? b : ch;
      FOLDED.set(ch, base);
    }
    out += base;
  }
  return out;
}

/** Each non-ASCII character's folded form, worked out once. */
const FOLDED = new Map<string, string>();

/** Lower case, diacritics kept, one character for one. */
export function lowerKeepingOffsets(text: string): string {
  let out = "";
  for (const ch of text) {
    const low = ch.toLowerCase();
    out += low.length === ch.length ? low : ch;
  }
  return out;
}

/** A regular expression for folded words, matched whole: `words("dat|chiem")`. */
export function words(alternatives: string, flags = ""): RegExp {
  return new RegExp(`(?<![a-z0-9])(?:${alternatives})(?![a-z0-9])`, flags);
}

/** Same, anchored at the end of the text: the words end where the text does, spaces and `:` aside. */
export function wordsAtEnd(alternatives: string): RegExp {
  return new RegExp(`(?<![a-z0-9])(?:${alternatives})\\s*:?\\s*$`);
}

/** Same, anchored at the start of the text. */
export function wordsAtStart(alternatives: string): RegExp {
  return new RegExp(`^\\s*(?:${alternatives})(?![a-z0-9])`);
}

/** Words in a stretch of text (folded), for "a few words apart" limits. */
export function wordCount(folded: string): number {
  return folded.split(/[^a-z0-9]+/).filter(Boolean).length;
}

/** Words with their diacritics (on lower-case text), anchored at the end. */
export function viWordsAtEnd(alternatives: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})\\s*:?\\s*$`, "u");
}
