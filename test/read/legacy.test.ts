/**
 * .xls (BIFF8) and .ods go through the same guarded reader: the samples converted by LibreOffice
 * (in the test, with a throw-away profile) give exactly the findings of the .xlsx, as checks and as
 * fill sources; password-protected ones are refused with a clear message.
 */
import * as XLSX from "@e965/xlsx";
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { basename, join } from "path";
import { main } from "../../src/cli/main";
import { analyzeWorkbook } from "../../src/core/analyze";
import type { WorkbookGrid } from "../../src/core/grid";
import { readWorkbookBytes } from "../../src/read";
import { odsFormula } from "../../src/read/ods";
import { gridDiff } from "./gridDiff";

const FIXTURES = join(__dirname, "..", "fixtures");
const SAMPLES = ["giai-ngan-huyen-mau-2023", "chi-tieu-huyen-mau-2023", "mau-bieu-01-trong"];
const office = ["libreoffice", "soffice"].find((cmd) => spawnSync(cmd, ["--version"], { stdio: "ignore" }).status === 0);
if (!office && process.env.CI) throw new Error("LibreOffice is required on CI (apt-get install -y libreoffice-calc)");
const maybe = office ? describe : describe.skip;

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, (s) => (out += s + "\n"), (s) => (err += s + "\n"));
  return { code, out, err };
}

maybe("converted by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "soat-legacy-"));
  beforeAll(() => {
    for (const to of ["xls", "ods"])
      execFileSync(
        office!,
        [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", to, "--outdir", dir, ...SAMPLES.map((s) => join(FIXTURES, `${s}.xlsx`))],
        { stdio: "ignore", timeout: 180_000 },
      );
  }, 200_000);

  const read = (path: string) => readWorkbookBytes(new Uint8Array(readFileSync(path)), basename(path));
  const findings = (grid: WorkbookGrid) => {
    const a = analyzeWorkbook(grid);
    return { sheets: a.sheets.map((s) => [s.name, s.kind, s.unit]), findings: a.findings };
  };

  test.each(SAMPLES.flatMap((s) => [[s, "xls"], [s, "ods"]]))("%s.%s gives the grid and the findings of the .xlsx", async (sample, ext) => {
    const xlsx = await read(join(FIXTURES, `${sample}.xlsx`));
    const legacy = await read(join(dir, `${sample}.${ext}`));
    // LibreOffice drops cells holding an empty string; every other cell, format and merge is the same.
    expect(gridDiff(xlsx, legacy).filter((d) => !d.endsWith('{"v":""} vs ∅'))).toEqual([]);
    const expected = findings(xlsx);
    const got = findings(legacy);
    expect(got).toEqual(expected);
    if (sample === "giai-ngan-huyen-mau-2023") expect(got.findings).toHaveLength(6);
  });

  test.each(["xls", "ods"])("soat check and soat fill take a .%s", async (ext) => {
    const src = join(dir, `giai-ngan-huyen-mau-2023.${ext}`);
    const r = await run("check", "--json", src);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).files[0].findings).toHaveLength(6);
    const fill = async (source: string, out: string) => {
      const f = await run("fill", "--json", "--template", join(FIXTURES, "mau-bieu-01-trong.xlsx"), "--out", join(dir, out), source);
      return JSON.parse(f.out).writes as { cell: string; value: number }[];
    };
    const fromXlsx = await fill(join(FIXTURES, "giai-ngan-huyen-mau-2023.xlsx"), `from-xlsx-${ext}.xlsx`);
    const fromLegacy = await fill(src, `from-${ext}.xlsx`);
    expect(fromXlsx).toContainEqual(expect.objectContaining({ cell: "C9", value: 10370 }));
    expect(fromLegacy).toEqual(fromXlsx);
  });

  test("a password-protected .xls (FILEPASS) is refused as such", async () => {
    const cfb = XLSX.CFB.read(readFileSync(join(dir, "giai-ngan-huyen-mau-2023.xls")), { type: "buffer" });
    const entry = XLSX.CFB.find(cfb, "Workbook");
    const wb = Buffer.from(entry.content);
    const bofLen = 4 + wb.readUInt16LE(2);
    const filepass = Buffer.alloc(4 + 54);
    filepass.writeUInt16LE(0x002f, 0);
    filepass.writeUInt16LE(54, 2);
    filepass.writeUInt16LE(1, 4); // RC4
    entry.content = Buffer.concat([wb.subarray(0, bofLen), filepass, wb.subarray(bofLen)]);
    entry.size = entry.content.length;
    const path = join(dir, "mat-khau.xls");
    writeFileSync(path, XLSX.CFB.write(cfb, { type: "buffer" }) as Buffer);
    const r = await run("check", path);
    expect(r.code).toBe(2);
    expect(r.err).toContain("được đặt mật khẩu");
    expect(r.err).toContain("password-protected");
  });

  test("a password-protected .ods (encrypted manifest entries) is refused as such", async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(dir, "giai-ngan-huyen-mau-2023.ods")));
    const manifest = await zip.file("META-INF/manifest.xml")!.async("string");
    zip.file(
      "META-INF/manifest.xml",
      manifest.replace(
        /(<manifest:file-entry manifest:full-path="content.xml"[^>]*?)\/>/,
        '$1><manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="x"/></manifest:encryption-data></manifest:file-entry>',
      ),
    );
    const path = join(dir, "mat-khau.ods");
    writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
    const r = await run("check", path);
    expect(r.code).toBe(2);
    expect(r.err).toContain("được đặt mật khẩu");
  });
});

test("OpenFormula references, separators and constants become Excel's A1 text", () => {
  expect(odsFormula("of:=SUM([.C6:.C10];['Biểu 2'.A1];[$Sheet2.B$3:.B9])")).toBe("SUM(C6:C10,'Biểu 2'!A1,Sheet2!B$3:B9)");
  expect(odsFormula('of:=IF([.A1]>0;"a;b";TRUE())')).toBe('IF(A1>0,"a;b",TRUE)');
});
