import type { Message } from "../core/types";

/** An input the CLI refuses, with a message for the user in both languages. Exit code 2. */
export class SoatInputError extends Error {
  constructor(readonly text: Message) {
    super(`${text.vi} / ${text.en}`);
    this.name = "SoatInputError";
  }
}
