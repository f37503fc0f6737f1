/**
 * The shapes an outside tester found missed (test/text/testerShapes.passages.ts): each slip found at
 * its line with its expected value and said once, each correct twin and look-alike silent.
 */
import { checkText } from "../../src/core/text";
import { flags } from "./helpers";
import { lookAlikes, shapes } from "./testerShapes.passages";

describe.each(shapes)("%s", (_name, slip, finding, twin) => {
  test("the slip is found, once", () => expect(flags(slip)).toEqual([finding]));
  test("its correct twin passes", () => expect(checkText(twin)).toEqual([]));
});

describe.each(lookAlikes)("not flagged: %s", (_name, text) => {
  test("no finding", () => expect(checkText(text)).toEqual([]));
});
