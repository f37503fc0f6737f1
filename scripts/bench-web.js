#!/usr/bin/env node
"use strict";
/**
 * The web page's part of `npm run bench`: opens dist/soat.html from file:// in Debian's headless
 * Chromium and times its whole check of the 100,000-cell workbook the bench generates (.bench/):
 * loading the page, then reading and checking the file in the worker until its findings are listed.
 * Peak memory is the largest sum of the proportional set sizes (PSS: shared pages divided among
 * the processes sharing them) of all Chromium's processes, sampled every 50 ms. Prints one line, then the figures as JSON.
 */
const fs = require("node:fs");
const path = require("node:path");
const { chromium } = require("playwright-core");

const ROOT = path.join(__dirname, "..");
const PAGE = path.join(ROOT, "dist", "soat.html");
const WORKBOOK = path.join(ROOT, ".bench", "bench-100000.xlsx");

/** The process and all its descendants. */
function tree(pid) {
  const children = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return [pid, ...children.flatMap(tree)];
}

function pssMb(pids) {
  let kb = 0;
  for (const pid of pids) {
    try {
      const m = /^Pss:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"));
      if (m) kb += Number(m[1]);
    } catch {
      // the process ended meanwhile
    }
  }
  return kb / 1024;
}

async function main() {
  for (const [file, how] of [
    [PAGE, "npm run build:web"],
    [WORKBOOK, "npm run bench"],
  ])
    if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} missing: run \`${how}\` first`);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  let peak = 0;
  // Chromium's processes are this script's descendants.
  const sampler = setInterval(() => (peak = Math.max(peak, pssMb(tree(process.pid).slice(1)))), 50);
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(600_000);
    const t0 = performance.now();
    await page.goto("file://" + PAGE);
    await page.locator("#choose").waitFor();
    const t1 = performance.now();
    await page.setInputFiles("#file-input", WORKBOOK);
    await page.locator("#progress-text", { hasText: "Đã kiểm tra 1/1 tệp" }).waitFor();
    const t2 = performance.now();
    const findings = await page.locator("#files .findings li").count();
    const refused = await page.locator("#files .refused").count();
    if (refused) throw new Error(`the page refused the workbook: ${await page.locator("#files .refused").innerText()}`);
    const figures = { cells: 100_000, loadMs: Math.round(t1 - t0), checkMs: Math.round(t2 - t1), peakPssMb: Math.round(peak), findings };
    console.log(
      `web page, 100,000 cells: load ${figures.loadMs} ms, read + check ${figures.checkMs} ms, peak memory (PSS) of Chromium ${figures.peakPssMb} MB, ${findings} findings`,
    );
    console.log(JSON.stringify(figures));
  } finally {
    clearInterval(sampler);
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});
