import { checkText } from "../../src/core/text";

/** The findings of a passage, reduced to what a test asserts. */
export function flags(text: string): { line?: number; rule: string; stated: unknown; expected: unknown }[] {
  return checkText(text).map((f) => ({ line: f.line, rule: f.rule, stated: f.stated, expected: f.expected }));
}
