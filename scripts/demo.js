#!/usr/bin/env node
/**
 * `npm run demo`: checks the bundled sample workbooks and fills the sample form from the sample
 * appendix, printing what it finds. Exits 0 when the demo ran (the samples do contain errors).
 */
"use strict";
const { mkdtempSync } = require("fs");
const { tmpdir } = require("os");
const { join } = require("path");
const { main } = require("../build/src/cli/main.js");

const fixtures = join(__dirname, "..", "test", "fixtures");
const say = (s) => process.stdout.write(s + "\n");

async function demo() {
  say("=== soat check test/fixtures/*.xlsx ===\n");
  const checked = await main(["check", ...["giai-ngan-huyen-mau-2023.xlsx", "chi-tieu-huyen-mau-2023.xlsx", "mau-bieu-01-trong.xlsx"].map((f) => join(fixtures, f))]);
  const out = join(mkdtempSync(join(tmpdir(), "soat-demo-")), "bieu-01-da-dien.xlsx");
  say(`\n=== soat fill --template mau-bieu-01-trong.xlsx --out ${out} giai-ngan-huyen-mau-2023.xlsx ===\n`);
  const filled = await main(["fill", "--template", join(fixtures, "mau-bieu-01-trong.xlsx"), "--out", out, join(fixtures, "giai-ngan-huyen-mau-2023.xlsx")]);
  if (checked === 2 || filled === 2) process.exit(2);
}

demo().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
  process.exit(2);
});
