#!/usr/bin/env node
"use strict";
/**
 * Browser suite for the task pane (run by `npm run test:e2e`, after the production build).
 *
 * Serves dist/ on 127.0.0.1, opens taskpane.html in Debian's chromium (playwright-core) at 320 px
 * wide, with a stand-in for Excel's object model (excel-standin.js) holding the sample workbook,
 * and drives the pane as a user would. Nothing leaves the machine: office.js's CDN files are
 * served from node_modules/@microsoft/office-js, every other outside request fails the suite.
 * Prints `N passed, M failed` last and exits non-zero on failure.
 */
const assert = require("node:assert/strict");
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");
const ExcelJS = require("exceljs");
const { chromium } = require("playwright-core");

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const FIXTURE = "giai-ngan-huyen-mau-2023.xlsx";
const EXPECTED = require(path.join(ROOT, "test", "fixtures", "expected-findings.json"))[FIXTURE];
const SHEET = EXPECTED[0].sheet;
const SCREENSHOT = path.join(ROOT, "test-results", "taskpane.png");
const README_SCREENSHOT = path.join(ROOT, "assets", "screenshot-taskpane.png");

/** office.js and the file table it loads from its own folder; served locally, never fetched. */
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_FILES = new Set(["office.js", "o15apptofilemappingtable.js"]);
const OFFICE_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
/** Outside Office, office.js tries to frame its telemetry page; the pane's CSP blocks it (as it should). */
const EXPECTED_CSP_BLOCK = /Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/'/;

const MARK_COLORS = { error: "#F8D7DA", warning: "#FFE69C" };
const TIMEOUT = 15_000;

// ---- the workbook, as Excel would hold it ---------------------------------------------------

function argbToHex(argb) {
  return "#" + String(argb).slice(-6).toUpperCase();
}

/** Reads an .xlsx with exceljs into the stand-in's JSON: merged cells hold their value in the top-left only. */
async function workbookJson(file) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets = [];
  wb.eachSheet((ws) => {
    const cells = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const out = { numberFormat: cell.numFmt || "General" };
        const v = cell.value;
        if (v && typeof v === "object" && "formula" in v) {
          out.formula = "=" + v.formula;
          out.value = v.result === undefined ? null : v.result;
        } else if (v && typeof v === "object" && "richText" in v) out.value = v.richText.map((t) => t.text).join("");
        else if (v && typeof v === "object" && "error" in v) out.value = v.error;
        else if (v instanceof Date) out.value = (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
        else out.value = v;
        const fill = cell.fill;
        if (fill && fill.type === "pattern" && fill.pattern === "solid" && fill.fgColor && fill.fgColor.argb) {
          out.fill = { pattern: "Solid", color: argbToHex(fill.fgColor.argb), patternColor: "#000000" };
        }
        cells[cell.address] = out;
      }),
    );
    sheets.push({ name: ws.name, cells, merges: Object.values(ws._merges).map((m) => m.range) });
  });
  return { sheets };
}

// ---- a static server for dist/ ----------------------------------------------------------------

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".png": "image/png", ".xml": "application/xml", ".txt": "text/plain" };

function serve(dir) {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

// ---- a tiny runner ----------------------------------------------------------------------------

const results = [];
async function test(name, fn) {
  try {
    await fn();
    results.push(true);
    console.log(`  ✓ ${name}`);
  } catch (e) {
    results.push(false);
    console.log(`  ✗ ${name}\n      ${String(e && e.message).split("\n").join("\n      ")}`);
  }
}

async function main() {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) throw new Error("dist/taskpane.html missing: run `npm run build` first");
  const workbook = await workbookJson(path.join(ROOT, "test", "fixtures", FIXTURE));
  const standin = fs.readFileSync(path.join(__dirname, "excel-standin.js"), "utf8");
  const server = await serve(DIST);
  const origin = `http://127.0.0.1:${server.address().port}`;

  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const outside = [];
  const officeFiles = [];
  const pageErrors = [];
  const cspBlocks = [];
  const figures = {};

  try {
    const context = await browser.newContext({ viewport: { width: 320, height: 900 }, locale: "vi-VN" });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith(origin + "/")) return route.continue();
      const name = url.startsWith(OFFICE_CDN) ? url.slice(OFFICE_CDN.length) : undefined;
      if (name && OFFICE_FILES.has(name)) {
        officeFiles.push(name);
        return route.fulfill({ contentType: "text/javascript", body: fs.readFileSync(path.join(OFFICE_DIST, name)) });
      }
      outside.push(url);
      return route.abort("blockedbyclient");
    });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    page.on("console", (msg) => {
      if (msg.type() === "error" && /Content Security Policy/.test(msg.text())) cspBlocks.push(msg.text());
    });
    await page.addInitScript(`window.__SOAT_WORKBOOK__ = ${JSON.stringify(workbook)};`);
    await page.addInitScript(standin);

    const syncs = () => page.evaluate(() => window.__standin.state.syncs);
    const modelCell = (cell) => page.evaluate(([s, c]) => window.__standin.cell(s, c), [SHEET, cell]);
    const snapshot = () => page.evaluate((s) => window.__standin.snapshot(s), SHEET);
    const item = (cell) => page.locator(`li[data-cell="${cell}"]`);
    const fixButton = (cell) => item(cell).getByRole("button", { name: /^Sửa ô/ });
    const undoButton = () => page.getByRole("button", { name: "Hoàn tác", exact: true });
    const waitForSyncs = (n) => page.waitForFunction((k) => window.__standin.state.syncs >= k, n);

    await test("the pane loads from 127.0.0.1 with office.js served locally", async () => {
      await page.goto(`${origin}/taskpane.html`);
      await page.getByRole("button", { name: "Soát", exact: true }).waitFor();
      assert.ok(officeFiles.includes("office.js"), "office.js was not requested from its CDN URL");
    });

    await test("a scan lists the sheet, its kind and unit, and every planted fault", async () => {
      const before = await syncs();
      await page.getByRole("button", { name: "Soát", exact: true }).click();
      await page.getByRole("button", { name: "Soát lại" }).waitFor();
      figures.scanSyncs = (await syncs()) - before;
      const sheetList = await page.locator("li", { hasText: SHEET }).first().innerText();
      assert.match(sheetList, /Biểu giải ngân/, `sheet kind not shown: ${sheetList}`);
      assert.match(sheetList, /triệu đồng/, `unit not shown: ${sheetList}`);
      const missing = [];
      for (const f of EXPECTED) if ((await item(f.cell).count()) === 0) missing.push(f.cell);
      assert.deepEqual(missing, [], `faults not listed: ${missing.join(", ")}`);
    });

    await test("the scan reads the workbook in 3 syncs, never reading what it did not load", async () => {
      assert.equal(figures.scanSyncs, 3);
      const violations = await page.evaluate(() => window.__standin.state.violations);
      assert.deepEqual(violations, []);
    });

    await test("screenshot of the findings at 320 px", async () => {
      fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
      fs.copyFileSync(SCREENSHOT, README_SCREENSHOT);
    });

    await test("clicking a finding, or Enter on it, selects its cell in one sync", async () => {
      let before = await syncs();
      await item("K13").getByRole("button").first().click();
      await page.waitForFunction(() => window.__standin.state.selection?.address === "K13");
      assert.equal((await syncs()) - before, 1);
      assert.equal(await page.evaluate(() => window.__standin.state.selection.sheet), SHEET);
      before = await syncs();
      await item("K23").getByRole("button").first().focus();
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => window.__standin.state.selection?.address === "K23");
      assert.equal((await syncs()) - before, 1);
    });

    const i15 = EXPECTED.find((f) => f.cell === "I15");
    await test("Sửa writes the proposed value (I15: text → number) in one batch", async () => {
      const before = await syncs();
      await fixButton("I15").click();
      await item("I15").getByText("Đã sửa").waitFor();
      assert.equal((await syncs()) - before, 2, "expected one sync to load, one to write");
      const cell = await modelCell("I15");
      assert.equal(cell.value, i15.expected);
      assert.equal(cell.numberFormat, "#,##0.###");
    });

    await test("Hoàn tác puts the original text back in one sync", async () => {
      const before = await syncs();
      await undoButton().click();
      await fixButton("I15").waitFor();
      assert.equal((await syncs()) - before, 1);
      const cell = await modelCell("I15");
      assert.equal(cell.value, i15.stated);
      assert.equal(cell.formula, undefined);
      assert.equal(cell.numberFormat, "#,##0.###");
    });

    await test("Sửa tất cả fixes the sheet in one batch and Hoàn tác restores every cell", async () => {
      const original = await snapshot();
      const fixable = [];
      for (const f of EXPECTED) if ((await fixButton(f.cell).count()) > 0) fixable.push(f);
      assert.ok(fixable.length >= 2, `only ${fixable.length} finding(s) offer a fix`);
      let before = await syncs();
      await page.getByRole("button", { name: `Sửa tất cả trong ${SHEET}` }).click();
      await page.getByRole("button", { name: /^Sửa ô/ }).first().waitFor({ state: "detached" });
      await waitForSyncs(before + 2);
      assert.equal((await syncs()) - before, 2);
      for (const f of fixable) {
        const cell = await modelCell(f.cell);
        assert.ok(Math.abs(cell.value - f.expected) < 1e-9, `${f.cell}: ${cell.value} written, ${f.expected} expected`);
      }
      before = await syncs();
      await undoButton().click();
      await fixButton(fixable[0].cell).waitFor();
      assert.equal((await syncs()) - before, 1);
      assert.deepEqual(await snapshot(), original);
    });

    await test("Đánh dấu colours the cells and, pressed again, restores their own fills", async () => {
      const original = await snapshot();
      const toggle = page.getByRole("button", { name: "Đánh dấu" });
      let before = await syncs();
      await toggle.click();
      await page.locator('button[aria-pressed="true"]', { hasText: "Đánh dấu" }).and(page.locator(":not([disabled])")).waitFor();
      assert.equal((await syncs()) - before, 2);
      for (const f of EXPECTED) {
        const color = (await modelCell(f.cell)).fill.color;
        assert.ok(Object.values(MARK_COLORS).includes(color), `${f.cell} not marked (${color})`);
      }
      before = await syncs();
      await toggle.click();
      await page.locator('button[aria-pressed="false"]', { hasText: "Đánh dấu" }).and(page.locator(":not([disabled])")).waitFor();
      assert.equal((await syncs()) - before, 1);
      assert.deepEqual(await snapshot(), original);
    });

    await test("a formula is overwritten only after confirmation, and Hoàn tác brings it back", async () => {
      const target = EXPECTED.find((f) => f.cell === "C14");
      await page.evaluate(([s, c]) => window.__standin.setFormula(s, c, "=D14+E14+F14"), [SHEET, target.cell]);
      let before = await syncs();
      await fixButton(target.cell).click();
      const dialog = page.getByRole("alertdialog");
      await dialog.getByText("Ghi đè công thức?").waitFor();
      assert.equal((await syncs()) - before, 1, "only the load before asking");
      await dialog.getByRole("button", { name: "Hủy" }).click();
      await dialog.waitFor({ state: "detached" });
      assert.equal((await modelCell(target.cell)).formula, "=D14+E14+F14");

      await fixButton(target.cell).click();
      await dialog.getByRole("button", { name: "Ghi đè" }).click();
      await item(target.cell).getByText("Đã sửa").waitFor();
      let cell = await modelCell(target.cell);
      assert.equal(cell.formula, undefined);
      assert.equal(cell.value, target.expected);

      before = await syncs();
      await undoButton().click();
      await fixButton(target.cell).waitFor();
      assert.equal((await syncs()) - before, 1);
      cell = await modelCell(target.cell);
      assert.equal(cell.formula, "=D14+E14+F14");
      assert.equal(cell.numberFormat, "#,##0.###");
    });

    await test("English switch translates the pane", async () => {
      await page.getByRole("button", { name: "Switch to English" }).click();
      await page.getByRole("button", { name: "Check again" }).waitFor();
      await page.getByText("Disbursement appendix").waitFor();
      await page.getByRole("button", { name: "Chuyển sang tiếng Việt" }).click();
      await page.getByRole("button", { name: "Soát lại" }).waitFor();
    });

    await test("nothing was fetched from outside 127.0.0.1, no script error, no CSP breach by the pane", async () => {
      assert.deepEqual(outside, []);
      assert.deepEqual(pageErrors, []);
      assert.deepEqual(cspBlocks.filter((m) => !EXPECTED_CSP_BLOCK.test(m)), []);
      assert.deepEqual(await page.evaluate(() => window.__standin.state.violations), []);
    });
  } finally {
    await browser.close();
    server.close();
  }

  if (figures.scanSyncs !== undefined) console.log(`  syncs per scan: ${figures.scanSyncs}; office.js files served locally: ${[...new Set(officeFiles)].join(", ")}`);
  const passed = results.filter(Boolean).length;
  const failed = results.length - passed;
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  console.log(`${results.filter(Boolean).length} passed, ${results.filter((r) => !r).length + 1} failed`);
  process.exit(1);
});
