/**
 * A seeded fuzz over the sample's parts: bytes flipped, ranges cut or repeated, XML fragments
 * spliced in. The reader either gives a grid of finite numbers or refuses with an InputError —
 * never another exception, nor the last-resort refusal of an unforeseen fault. fast-check prints the seed and the shrunk case of any failure.
 */
import fc from "fast-check";
import JSZip from "jszip";
import { readFileSync } from "fs";
import { join } from "path";
import { InputError, readWorkbookBytes } from "../../src/read";

const SAMPLE = join(__dirname, "..", "fixtures", "giai-ngan-huyen-mau-2023.xlsx");
const TOKENS = ["<", ">", "&", "&#0;", "&bogus;", '"', "<c>", "</c>", "<row>", "</row>", "<v>", "</v>", 't="s"', 't="e"', 's="999"', 'r="XFD1048577"', 'r="A0"', "<v>1e999</v>", "<v>NaN</v>", "<v>99999999</v>", '<f t="shared" si="5"/>', '<mergeCell ref="A1:XFD1048576"/>', "<!DOCTYPE x>", "<![CDATA[x]]>", "\u00ff", "\ud800"];

test("500 mutated workbooks: a grid or an InputError, nothing else", async () => {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
  const names = Object.keys(zip.files).filter((n) => n.endsWith(".xml") || n.endsWith(".rels"));
  const parts = new Map<string, Buffer>();
  for (const n of names) parts.set(n, await zip.file(n)!.async("nodebuffer"));
  const mutation = fc.record({
    part: fc.constantFrom(...names),
    kind: fc.constantFrom("flip", "cut", "repeat", "splice"),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    len: fc.integer({ min: 1, max: 400 }),
    byte: fc.integer({ min: 0, max: 255 }),
    token: fc.constantFrom(...TOKENS),
  });
  await fc.assert(
    fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (ms) => {
      const out = new JSZip();
      const changed = new Map(parts);
      for (const m of ms) {
        const b = changed.get(m.part)!;
        const i = Math.floor(m.at * b.length);
        changed.set(
          m.part,
          m.kind === "flip"
            ? Buffer.concat([b.subarray(0, i), Buffer.from([m.byte]), b.subarray(i + 1)])
            : m.kind === "cut"
              ? Buffer.concat([b.subarray(0, i), b.subarray(i + m.len)])
              : m.kind === "repeat"
                ? Buffer.concat([b.subarray(0, i + m.len), b.subarray(i)])
                : Buffer.concat([b.subarray(0, i), Buffer.from(m.token), b.subarray(i)]),
        );
      }
      for (const [n, b] of changed) out.file(n, b);
      const bytes = await out.generateAsync({ type: "uint8array", compression: "DEFLATE" });
      try {
        const grid = await readWorkbookBytes(bytes, "fuzz.xlsx");
        for (const s of grid.sheets)
          for (const row of s.cells) for (const c of row) if (c && typeof c.value === "number") expect(Number.isFinite(c.value)).toBe(true);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        expect(e.text.vi).not.toMatch(/undefined|TypeError|\n\s+at /);
        // The reader's last-resort refusal means one of its own checks missed the case.
        expect(e.text.en).not.toContain("its contents cannot be read");
      }
    }),
    { numRuns: 500, seed: Number(process.env.SOAT_FUZZ_SEED ?? 20261201) },
  );
}, 300_000);
