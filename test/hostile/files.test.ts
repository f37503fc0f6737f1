/**
 * Files that are not what their names say: hard links to an input, FIFOs, devices behind a .txt,
 * folders among the files checked, an existing --out, a run killed while writing.
 */
import { spawn } from "child_process";
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from "fs";
import { join } from "path";
import * as analyze from "../../src/core/analyze";
import { main } from "../../src/cli/main";
import { readWorkbook } from "../../src/cli/readXlsx";
import { EMPTY_FORM, ensureBuilt, expectBounded, expectNoInternals, REPORT, ROOT, runBuilt, SAMPLE, sha256, tempDir } from "./helpers";

jest.setTimeout(180_000);
beforeAll(ensureBuilt);

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, (s) => (out += s + "\n"), (s) => (err += s + "\n"));
  return { code, out, err };
}

function mkfifo(path: string): void {
  const r = require("child_process").spawnSync("mkfifo", [path]);
  if (r.status !== 0) throw new Error("mkfifo failed");
}

describe("fill tells files apart by identity, not by name", () => {
  test("--out a hard link to the template is refused and the template is untouched", async () => {
    const dir = tempDir();
    const form = join(dir, "bieu.xlsx");
    copyFileSync(EMPTY_FORM, form);
    const link = join(dir, "ban-sao.xlsx");
    linkSync(form, link);
    const before = sha256(form);
    for (const extra of [[], ["--force"]]) {
      const r = await run("fill", "--template", form, "--out", link, ...extra, SAMPLE);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`--out ${link} trùng với tệp đầu vào; Soát không ghi đè tệp đầu vào`);
      expect(r.err).toContain(`--out ${link} is one of the inputs; Soát never writes over its inputs`);
    }
    expect(sha256(form)).toBe(before);
  });

  test("one source given twice through a hard link is refused, not summed twice", async () => {
    const dir = tempDir();
    const again = join(dir, "huyen-lan-2.xlsx");
    linkSync(SAMPLE, again);
    const r = await run("fill", "--template", EMPTY_FORM, "--out", join(dir, "tinh.xlsx"), SAMPLE, again);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Tệp nguồn ${again} được nêu hai lần; số liệu sẽ bị cộng hai lần`);
    expect(r.err).toContain(`Source ${again} is given twice; its figures would be added twice`);
    expect(existsSync(join(dir, "tinh.xlsx"))).toBe(false);
  });

  test("the template as its only source (by name or by a hard link) exits 2 instead of filling nothing", async () => {
    const dir = tempDir();
    const form = join(dir, "bieu.xlsx");
    copyFileSync(EMPTY_FORM, form);
    const link = join(dir, "nguon.xlsx");
    linkSync(form, link);
    for (const source of [form, link]) {
      const r = await run("fill", "--template", form, "--out", join(dir, "ket-qua.xlsx"), source);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`Tệp nguồn duy nhất là chính biểu mẫu ${form}; không có số liệu nào để điền`);
      expect(r.err).toContain(`The only source is the form ${form} itself; there is nothing to fill it from`);
    }
    expect(existsSync(join(dir, "ket-qua.xlsx"))).toBe(false);
  });
});

describe("only regular files are opened: a FIFO or a device never hangs or reads forever", () => {
  const NOT_REGULAR = ["không phải tệp thông thường", "is not a regular file"];
  let dir: string;
  let fifoXlsx: string;
  let fifoTxt: string;
  beforeAll(() => {
    dir = tempDir();
    fifoXlsx = join(dir, "ong.xlsx");
    fifoTxt = join(dir, "ong.txt");
    mkfifo(fifoXlsx);
    mkfifo(fifoTxt);
  });

  test.each([
    ["check FIFO.xlsx", () => ["check", fifoXlsx]],
    ["check-text FIFO.txt", () => ["check-text", fifoTxt]],
    ["check-text --against FIFO.xlsx", () => ["check-text", REPORT, "--against", fifoXlsx]],
    ["fill --template FIFO.xlsx", () => ["fill", "--template", fifoXlsx, "--out", join(dir, "a.xlsx"), SAMPLE]],
    ["fill with a FIFO source", () => ["fill", "--template", EMPTY_FORM, "--out", join(dir, "b.xlsx"), fifoXlsx]],
  ])("%s exits 2 at once", async (label, args) => {
    const r = await runBuilt(label, args(), 30_000);
    expectBounded(r, 30_000);
    expect(r.code).toBe(2);
    for (const m of NOT_REGULAR) expect(r.stderr).toContain(m);
  });

  test("--out an existing FIFO is refused before anything is read", async () => {
    const out = join(dir, "ong-ra.xlsx");
    mkfifo(out);
    const r = await runBuilt("fill --out FIFO.xlsx", ["fill", "--template", EMPTY_FORM, "--out", out, "--force", SAMPLE], 30_000);
    expectBounded(r, 30_000);
    expect(r.code).toBe(2);
    for (const m of NOT_REGULAR) expect(r.stderr).toContain(m);
  });

  test("a .txt (or .xlsx) that is a symbolic link to /dev/zero is refused, not read for 15 GB", async () => {
    const txt = join(dir, "khong.txt");
    const xlsx = join(dir, "khong.xlsx");
    symlinkSync("/dev/zero", txt);
    symlinkSync("/dev/zero", xlsx);
    for (const [label, args] of [
      ["check-text → /dev/zero", ["check-text", txt]],
      ["check → /dev/zero", ["check", xlsx]],
    ] as const) {
      const r = await runBuilt(label, [...args], 30_000);
      expectBounded(r, 30_000);
      expect(r.code).toBe(2);
      for (const m of NOT_REGULAR) expect(r.stderr).toContain(m);
    }
  });

  test("a .txt past the 50 MB cap is refused while it is read", async () => {
    const big = join(dir, "lon.txt");
    writeFileSync(big, Buffer.alloc(51 * 1024 * 1024, "Tổng vốn 100 triệu đồng. "));
    const before = sha256(big);
    const r = await runBuilt("check-text 51 MB .txt", ["check-text", big], 60_000);
    expectBounded(r, 60_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("quá lớn để là một báo cáo (trên 50 MB)");
    expect(r.stderr).toContain("is too large for a report (over 50 MB)");
    expect(sha256(big)).toBe(before);
  });
});

describe("--out is written safely", () => {
  test("an existing --out is not replaced without --force, and is replaced whole with it", async () => {
    const dir = tempDir();
    const out = join(dir, "tinh.xlsx");
    writeFileSync(out, "bản cũ");
    let r = await run("fill", "--template", EMPTY_FORM, "--out", out, SAMPLE);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Tệp ${out} đã có; Soát không ghi đè nếu không có --force`);
    expect(r.err).toContain(`${out} already exists; Soát does not replace it without --force`);
    expect(sha256(out)).toBe(sha256(writeAndReturn(join(dir, "ref"), "bản cũ")));
    const inputs = [sha256(EMPTY_FORM), sha256(SAMPLE)];
    r = await run("fill", "--template", EMPTY_FORM, "--out", out, "--force", SAMPLE);
    expect(r.code).toBe(1); // the sample has errors; the file is still written
    expect((await readWorkbook(out)).sheets[0].name).toBe("Mau tong hop");
    expect(readdirSync(dir).sort()).toEqual(["ref", "tinh.xlsx"]); // no temporary file left
    expect([sha256(EMPTY_FORM), sha256(SAMPLE)]).toEqual(inputs);
  });

  test("--out a folder or a symbolic link is refused", async () => {
    const dir = tempDir();
    const folder = join(dir, "thu-muc.xlsx");
    mkdirSync(folder);
    let r = await run("fill", "--template", EMPTY_FORM, "--out", folder, "--force", SAMPLE);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${folder} là thư mục, không phải tệp`);
    const link = join(dir, "lien-ket.xlsx");
    symlinkSync(join(dir, "dich.xlsx"), link);
    r = await run("fill", "--template", EMPTY_FORM, "--out", link, "--force", SAMPLE);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${link} là một liên kết tượng trưng`);
    expect(r.err).toContain(`${link} is a symbolic link`);
    expect(existsSync(join(dir, "dich.xlsx"))).toBe(false);
  });

  test("a run killed at any moment leaves the old --out whole, or the new one whole", async () => {
    const dir = tempDir();
    const out = join(dir, "tinh.xlsx");
    const full = await runBuilt("fill --force (whole run)", ["fill", "--template", EMPTY_FORM, "--out", out, SAMPLE], 60_000);
    expect(full.code).toBe(1);
    // The filled form, whole: its sheet with C13 filled from the sample (its bytes carry a timestamp).
    const filledWhole = async () => {
      try {
        const wb = await readWorkbook(out);
        return wb.sheets[0].name === "Mau tong hop" && wb.sheets[0].cells[12]?.[2]?.value === 3120;
      } catch {
        return false;
      }
    };
    expect(await filledWhole()).toBe(true);
    const killAt = [0.4, 0.7, 0.85, 0.95, 1.05, 1.2, 3].map((f) => Math.round(f * full.ms));
    const outcomes: string[] = [];
    for (const ms of killAt) {
      copyFileSync(SAMPLE, out);
      const oldSha = sha256(out);
      const child = spawn(process.execPath, [join(ROOT, "bin", "soat.js"), "fill", "--template", EMPTY_FORM, "--out", out, "--force", SAMPLE]);
      await new Promise((resolve) => {
        const timer = setTimeout(() => child.kill("SIGKILL"), ms);
        child.on("close", () => resolve(clearTimeout(timer)));
      });
      outcomes.push(`${ms} ms: ${sha256(out) === oldSha ? "old" : (await filledWhole()) ? "new" : "OTHER"}`);
    }
    process.stdout.write(`[hostile] killed fill: ${outcomes.join(", ")}\n`);
    expect(outcomes.join()).not.toContain("OTHER");
    expect(outcomes[outcomes.length - 1]).toContain("new");
  });
});

function writeAndReturn(path: string, content: string): string {
  writeFileSync(path, content);
  return path;
}

describe("each file checked stands on its own", () => {
  test("a folder among the files: the others are reported, its own message, exit 2", async () => {
    const dir = tempDir();
    const folder = join(dir, "bao-cao.xlsx");
    mkdirSync(folder);
    let r = await run("check", SAMPLE, folder, EMPTY_FORM);
    expect(r.code).toBe(2);
    expect(r.out).toContain("giai-ngan-huyen-mau-2023.xlsx\n");
    expect(r.out).toContain("mau-bieu-01-trong.xlsx\n");
    expect(r.err).toBe(`${folder} là thư mục, không phải tệp\n${folder} is a folder, not a file\n`);
    expectNoInternals(r.out + r.err);
    r = await run("check", "--json", SAMPLE, folder, EMPTY_FORM);
    expect(r.code).toBe(2);
    const files = JSON.parse(r.out).files;
    expect(files.map((f: { file: string }) => f.file)).toEqual([SAMPLE, folder, EMPTY_FORM]);
    expect(files[0].findings).toHaveLength(6);
    expect(files[1]).toEqual({ file: folder, error: { vi: `${folder} là thư mục, không phải tệp`, en: `${folder} is a folder, not a file` } });
    expect(files[2].findings).toEqual([]);
  });

  test("an engine failure on one file leaves the others' results and names no internals", async () => {
    const real = analyze.analyzeWorkbook;
    let calls = 0;
    const spy = jest.spyOn(analyze, "analyzeWorkbook").mockImplementation((wb) => {
      if (calls++ === 1) throw new RangeError("Maximum call stack size exceeded");
      return real(wb);
    });
    try {
      const r = await run("check", "--json", SAMPLE, SAMPLE, EMPTY_FORM);
      expect(r.code).toBe(2);
      const files = JSON.parse(r.out).files;
      expect(files[0].findings).toHaveLength(6);
      expect(files[1].error.vi).toContain("Soát gặp lỗi nội bộ khi xử lý");
      expect(files[1].error.en).toContain("Soát failed internally on");
      expect(files[2].findings).toEqual([]);
      expectNoInternals(r.out + r.err);
    } finally {
      spy.mockRestore();
    }
  });

  (process.getuid?.() === 0 ? test.skip : test)("an unreadable file is one entry with its message", async () => {
    const dir = tempDir();
    const locked = join(dir, "khoa.xlsx");
    copyFileSync(SAMPLE, locked);
    require("fs").chmodSync(locked, 0);
    const r = await run("check", "--json", locked, EMPTY_FORM);
    expect(r.code).toBe(2);
    const files = JSON.parse(r.out).files;
    expect(files[0].error).toEqual({ vi: `Không có quyền đọc tệp ${locked}`, en: `No permission to read ${locked}` });
    expect(files[1].findings).toEqual([]);
  });
});
