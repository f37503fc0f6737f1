/**
 * The common case since 2025: a province consolidates its communes. 100 commune appendices in four
 * layouts fill the standard 2026 form (assets/templates/bieu-giai-ngan-xa-2026.xlsx): each commune's
 * name in a unit row, every cell the commune's figure in triệu đồng, the province row the sum, the
 * rates recomputed, and the filled form checks clean. The time is printed.
 */
import ExcelJS from "exceljs";
import { copyFileSync } from "fs";
import { join } from "path";
import { readWorkbook } from "../../src/cli/readXlsx";
import { sameUnit } from "../../src/core/fill/keys";
import { analyzeWorkbook } from "../../src/core/analyze";
import type { WorkbookGrid } from "../../src/core/grid";
import { communes, total, writeCommunes, type Commune, type Money } from "./communes";
import { cell, cli, fillFiles, TEMPLATES, tempDir } from "./helpers";

const FORM = join(TEMPLATES, "bieu-giai-ngan-xa-2026.xlsx");
const N = Number(process.env.SOAT_COMMUNES ?? 100);
const close = (a: unknown, b: number, eps = 1e-6) => typeof a === "number" && Math.abs(a - b) <= eps * Math.max(1, Math.abs(b));
const rate = (d: number, p: number) => Math.round((d / p) * 10000) / 100;

describe(`${N} communes into the province's 2026 form`, () => {
  let list: Commune[];
  let out: WorkbookGrid;
  let code: number;
  let output: string;

  beforeAll(async () => {
    const dir = tempDir();
    list = communes(N);
    const files = await writeCommunes(dir, list);
    const start = Date.now();
    ({ code, output } = await cli(["--template", FORM, "--out", join(dir, "tinh.xlsx"), ...files]));
    console.log(`soat fill, ${N} commune files into the 2026 form: ${((Date.now() - start) / 1000).toFixed(1)} s`);
    out = await readWorkbook(join(dir, "tinh.xlsx"));
  }, 600_000);

  it("fills without error", () => {
    expect(output).not.toContain("⚠");
    expect(code).toBe(0);
  });

  it("writes each commune's name into a unit row, in the order given", () => {
    list.forEach((c, i) => expect([i, cell(out, `B${10 + i}`)]).toEqual([i, `${c.type} ${c.name}`]));
    expect(cell(out, `B${10 + N}`)).toBeNull();
  });

  it("puts every commune's figures in its row, in triệu đồng, with totals and rates", () => {
    const cols: [string, "plan" | "disbursed", keyof Money | "total"][] = [
      ["C", "plan", "total"], ["D", "plan", "DTPT"], ["E", "plan", "SN"], ["F", "plan", "NSDP"],
      ["G", "disbursed", "total"], ["H", "disbursed", "DTPT"], ["I", "disbursed", "SN"], ["J", "disbursed", "NSDP"],
    ];
    const bad: string[] = [];
    list.forEach((c, i) => {
      const r = 10 + i;
      for (const [col, m, k] of cols) {
        const want = k === "total" ? total(c[m]) : c[m][k];
        if (!close(cell(out, `${col}${r}`), want)) bad.push(`${col}${r} ${c.layout}: ${cell(out, `${col}${r}`)} ≠ ${want}`);
      }
      const rates: [string, number, number][] = [
        ["K", total(c.disbursed), total(c.plan)], ["L", c.disbursed.DTPT, c.plan.DTPT], ["M", c.disbursed.SN, c.plan.SN], ["N", c.disbursed.NSDP, c.plan.NSDP],
      ];
      for (const [col, d, p] of rates) if (!close(cell(out, `${col}${r}`), rate(d, p))) bad.push(`${col}${r} ${c.layout}: ${cell(out, `${col}${r}`)} ≠ ${rate(d, p)}`);
    });
    expect(bad).toEqual([]);
  });

  it("adds the communes up in the province row, and recomputes its rates from the sums", () => {
    const sum = (m: "plan" | "disbursed", k: keyof Money) => list.reduce((s, c) => s + c[m][k], 0);
    expect(close(cell(out, "D9"), sum("plan", "DTPT"))).toBe(true);
    expect(close(cell(out, "I9"), sum("disbursed", "SN"))).toBe(true);
    const plan = sum("plan", "DTPT") + sum("plan", "SN") + sum("plan", "NSDP");
    const disbursed = sum("disbursed", "DTPT") + sum("disbursed", "SN") + sum("disbursed", "NSDP");
    expect(close(cell(out, "C9"), plan)).toBe(true);
    expect(cell(out, "K9")).toBe(rate(disbursed, plan));
  });

  it("checks clean once filled", () => {
    expect(analyzeWorkbook(out).findings).toEqual([]);
  });
});

describe("a form that already lists its communes", () => {
  it("matches names with or without their type word, reports communes missing, and counts a file sent twice once", async () => {
    const dir = tempDir();
    const list = communes(3);
    const [tanLap, hoaLap, phuLap] = await writeCommunes(dir, list);
    const twice = join(dir, "hoa-lap-gui-lai.xlsx");
    copyFileSync(hoaLap, twice);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(FORM);
    const ws = wb.worksheets[0];
    ws.getCell("B10").value = "Tân Lập";
    ws.getCell("B11").value = "Phường Hòa Lập";
    ws.getCell("B12").value = "Xã Phú Lập";
    ws.getCell("B13").value = "Xã Không Nộp";
    const form = join(dir, "bieu-co-ten.xlsx");
    await wb.xlsx.writeFile(form);
    const r = await fillFiles(form, [tanLap, hoaLap, twice, phuLap]);
    const value = (a: string) => r.writes.find((w) => w.cell === a)?.value;
    expect(value("D10")).toBe(list[0].plan.DTPT);
    expect(value("D12")).toBe(list[2].plan.DTPT);
    expect(r.writes.some((w) => w.kind === "label")).toBe(false);
    const notes = r.notes.map((n) => n.message.vi);
    expect(notes).toContain("1 đơn vị của biểu không có trong nguồn nào (chưa nộp?): Xã Không Nộp");
    // The same file sent twice counts once.
    expect(value("D11")).toBe(list[1].plan.DTPT);
    expect(notes).toContain("Phường Hòa Lập được nộp 2 lần (002-Phường-Hòa-Lập.xlsx, hoa-lap-gui-lai.xlsx) với cùng số liệu: chỉ tính một lần");
    expect(r.notes.find((n) => n.message.vi.startsWith("Phường Hòa Lập"))!.message.en).toContain("counted once");
  });

  it("still tells a district from a township of the same name", () => {
    expect(sameUnit("unit:xa tan lap", "item:tan lap")).toBe(true);
    expect(sameUnit("item:total>tan lap", "unit:xa tan lap")).toBe(true);
    expect(sameUnit("unit:dac khu con co", "unit:con co")).toBe(true);
    expect(sameUnit("unit:huyen mau", "unit:thi tran mau")).toBe(false);
    expect(sameUnit("item:tan lap", "item:tan lap")).toBe(false);
    expect(sameUnit("item:DA1>tan lap", "unit:xa tan lap")).toBe(false);
  });
});
