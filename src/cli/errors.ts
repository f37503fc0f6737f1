/** The CLI's name for a refused input: exit code 2 with the message in both languages. */
export { InputError as SoatInputError } from "../read/errors";
