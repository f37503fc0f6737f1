/**
 * The filled files open in LibreOffice, which recalculates every formula on loading them (forced
 * through a throw-away profile), and every formula comes out at the result Soát wrote.
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdirSync, writeFileSync } from "fs";
import { basename, join } from "path";
import { readWorkbook } from "../../src/cli/readXlsx";
import { address, cellAt, parseAddress, type WorkbookGrid } from "../../src/core/grid";
import { writeDistricts } from "./districts";
import { cli, EMPTY_FORM, SAMPLE, TARGET_SAMPLE, TEMPLATES, tempDir } from "./helpers";

const office = ["libreoffice", "soffice"].find((cmd) => spawnSync(cmd, ["--version"], { stdio: "ignore" }).status === 0);
if (!office && process.env.CI) throw new Error("LibreOffice is required on CI (apt-get install -y libreoffice-calc)");
if (!office) console.warn("LibreOffice not found: skipping the recalculation test (apt-get install -y libreoffice-calc)");
const maybe = office ? describe : describe.skip;

/** A LibreOffice profile that recalculates .xlsx files on load ("Always recalculate"). */
function recalculatingProfile(dir: string): string {
  const user = join(dir, "profile", "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return "file://" + join(dir, "profile");
}

/** Converts with LibreOffice (recalculating on load) and reads the result. */
function recalculated(file: string, dir: string, profile: string): Promise<WorkbookGrid> {
  const outDir = join(dir, "lo");
  execFileSync(office!, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "xlsx", "--outdir", outDir, file], {
    stdio: "ignore",
    timeout: 120_000,
  });
  return readWorkbook(join(outDir, basename(file)));
}

/** Every formula of the written file: [sheet, cell, formula, result written]. */
function formulas(wb: WorkbookGrid): [string, string, string, unknown][] {
  const out: [string, string, string, unknown][] = [];
  for (const s of wb.sheets)
    s.cells.forEach((row, r) => row?.forEach((c, col) => c?.formula && out.push([s.name, address(r, col), c.formula, c.value])));
  return out;
}

maybe("LibreOffice recalculation of filled forms", () => {
  jest.setTimeout(240_000);
  let dir: string;
  let profile: string;
  let districts: { anLac: string; binhSon: string };

  beforeAll(async () => {
    dir = tempDir();
    profile = recalculatingProfile(dir);
    districts = await writeDistricts(dir);
  });

  it.each([
    ["bieu-giai-ngan.xlsx from two districts", () => [join(TEMPLATES, "bieu-giai-ngan.xlsx"), districts.anLac, districts.binhSon], 112],
    ["bieu-giai-ngan.xlsx from the sample", () => [join(TEMPLATES, "bieu-giai-ngan.xlsx"), SAMPLE], 112],
    ["bieu-chi-tieu.xlsx from the target sample", () => [join(TEMPLATES, "bieu-chi-tieu.xlsx"), TARGET_SAMPLE], 4],
  ])("%s: every formula recalculates to the value written", async (name, files, count) => {
    const [template, ...sources] = files();
    const out = join(dir, name.replace(/\W+/g, "-") + ".xlsx");
    const { code } = await cli(["--template", template, "--out", out, ...sources]);
    expect(code).toBeLessThan(2);
    const mine = await readWorkbook(out);
    const theirs = await recalculated(out, dir, profile);
    const written = formulas(mine);
    expect(written).toHaveLength(count);
    for (const [sheet, cell, formula, value] of written) {
      const p = parseAddress(cell)!;
      const lo = cellAt(theirs.sheets.find((x) => x.name === sheet)!, p.row, p.col);
      expect([cell, lo?.formula]).toEqual([cell, formula]);
      // exceljs reads a stored 0 as no result: both sides then mean 0.
      const [a, b] = [Number(value ?? 0), Number(lo?.value ?? 0)];
      expect([cell, Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b))]).toEqual([cell, true]);
    }
    // The figures written as values survive the round trip too.
    for (const s of mine.sheets)
      s.cells.forEach((row, r) =>
        row?.forEach((c, col) => {
          if (!c || c.formula || typeof c.value !== "number") return;
          expect([address(r, col), theirs.sheets[0].cells[r]?.[col]?.value]).toEqual([address(r, col), c.value]);
        }),
      );
  });

  it("opens a filled form without formulas", async () => {
    const out = join(dir, "mau-bieu-01.xlsx");
    await cli(["--template", EMPTY_FORM, "--out", out, SAMPLE]);
    const theirs = await recalculated(out, dir, profile);
    expect(cellAt(theirs.sheets[0], 12, 2)?.value).toBe(3120); // C13
  });
});
