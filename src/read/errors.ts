import type { Message } from "../core/types";

/** An input Soát refuses (unreadable, damaged, unsafe), with a message for the user in both languages. */
export class InputError extends Error {
  constructor(readonly text: Message) {
    super(`${text.vi} / ${text.en}`);
    this.name = "InputError";
  }
}
