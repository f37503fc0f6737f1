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
/** The empty form of the same appendix, a second sheet of the stand-in workbook. */
const FORM_FIXTURE = "mau-bieu-01-trong.xlsx";
const EXPECTED = require(path.join(ROOT, "test", "fixtures", "expected-findings.json"))[FIXTURE];
const SHEET = EXPECTED[0].sheet;
const SCREENSHOT = path.join(ROOT, "test-results", "taskpane.png");
const TEXT_SCREENSHOT = path.join(ROOT, "test-results", "text-view.png");
const FILL_SCREENSHOT = path.join(ROOT, "test-results", "fill-view.png");
// The README's screenshots are refreshed only on request (`npm run screenshots`): a test run leaves tracked files alone.
const UPDATE_README_SCREENSHOTS = process.env.SOAT_UPDATE_SCREENSHOTS === "1";
const README_TEXT_SCREENSHOT = path.join(ROOT, "assets", "screenshot-text.png");
const README_FILL_SCREENSHOT = path.join(ROOT, "assets", "screenshot-fill.png");
const README_SCREENSHOT = path.join(ROOT, "assets", "screenshot-taskpane.png");

/** office.js and the file table it loads from its own folder; served locally, never fetched. */
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_FILES = new Set(["office.js", "o15apptofilemappingtable.js"]);
const OFFICE_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
/** Outside Office, office.js tries to frame its telemetry page; the pane's CSP blocks it (as it should). */
const EXPECTED_CSP_BLOCK = /Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/'/;

const MARK_COLORS = { error: "#F8D7DA", warning: "#FFE69C" };
/**
 * A report passage: a rate typed as a fraction (checked on its own), a plan that contradicts the
 * sample's C13 (3.120), and a paragraph that agrees with the sheet (row 22) and must stay silent.
 */
const REPORT_TEXT = [
  "Kết quả giải ngân: 4.141.000đ/427.000.000đ đạt 0,0097%.",
  "Dự án 2: kế hoạch vốn giao 4.931 triệu đồng.",
  "Dự án 6: kế hoạch vốn 800 triệu đồng, đã giải ngân 176,8 triệu đồng, đạt 22,1%.",
].join("\n");
const TIMEOUT = 15_000;

// ---- the workbook, as Excel would hold it ---------------------------------------------------

function argbToHex(argb) {
  return "#" + String(argb).slice(-6).toUpperCase();
}

/**
 * Reads an .xlsx with exceljs into the stand-in's JSON: merged cells hold their value in the
 * top-left only; empty cells are kept when they carry a number format or a fill (a form's cells).
 */
async function workbookJson(file) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets = [];
  wb.eachSheet((ws) => {
    const cells = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const styled = (cell.numFmt && cell.numFmt !== "General") || (cell.fill && cell.fill.type === "pattern" && cell.fill.pattern === "solid");
        if ((cell.value === null || cell.value === undefined) && !styled) return;
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
  const standin = fs.readFileSync(path.join(__dirname, "excel-standin.js"), "utf8");
  const server = await serve(DIST);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const workbook = await workbookJson(path.join(ROOT, "test", "fixtures", FIXTURE));
  const form = await workbookJson(path.join(ROOT, "test", "fixtures", FORM_FIXTURE));
  workbook.sheets.push(...form.sheets);
  const FORM = form.sheets[0].name;

  // Without --hide-scrollbars (playwright's default): scrollbars take room, as Windows' always-shown ones do.
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    ignoreDefaultArgs: ["--hide-scrollbars"],
  });
  const outside = [];
  const officeFiles = [];
  const pageErrors = [];
  const cspBlocks = [];
  const figures = {};
  const requested = [];
  const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

  /** A new browser context with the pane's page, the stand-in holding `book`, Office playing `office`. */
  async function openPane(book, office = {}, options = {}) {
    // Reduced motion: a dialog is checked when it is there, not halfway through fading in.
    const context = await browser.newContext({ viewport: { width: 320, height: 900 }, locale: "vi-VN", reducedMotion: "reduce", ...options });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith(origin + "/")) {
        requested.push(url.slice(origin.length + 1));
        return route.continue();
      }
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
    await page.addInitScript(`window.__SOAT_WORKBOOK__ = ${JSON.stringify(book)}; window.__SOAT_OFFICE__ = ${JSON.stringify(office)};`);
    await page.addInitScript(standin);
    return { context, page };
  }

  /** axe-core's serious and critical violations on the page as it is now. */
  async function axeViolations(page, label) {
    await page.evaluate(axeSource);
    // Tabster's focus sentinels (`<i tabindex="0" aria-hidden="true" data-tabster-dummy>`, which Fluent
    // UI's tab list and dialogs place to pass focus on) are not content: axe is told to skip them.
    const violations = await page.evaluate(
      async () => (await window.axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] })).violations,
    );
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  }

  /** The page is never wider than its window: no horizontal scrollbar, nothing clipped at the right. */
  async function overflow(page) {
    return page.evaluate(() => {
      const root = document.documentElement;
      const wide = [...document.querySelectorAll("#root *")]
        .filter((el) => el.getClientRects().length > 0 && !el.closest("[hidden]"))
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
        .map((el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + " " + (el.textContent || "").slice(0, 30));
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide: wide.slice(0, 5) };
    });
  }

  try {
    const { page } = await openPane(workbook);

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

    await test("the first screen says Soát only reads and sends nothing", async () => {
      const note = await page.getByTestId("privacy").innerText();
      assert.match(note, /chỉ đọc sổ làm việc/);
      assert.match(note, /không gửi dữ liệu đi đâu/);
    });

    await test("the text and fill views are not loaded until their tab is opened", async () => {
      assert.ok(requested.some((r) => /^taskpane\.[0-9a-f]{8}\.js$/.test(r)), requested.join(", "));
      assert.deepEqual(requested.filter((r) => /^(text|fill)-view\./.test(r)), []);
      const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
      assert.match(html, /<script type="?module"?[^>]*src="?taskpane\.[0-9a-f]{8}\.js/);
      assert.match(html, /<script nomodule src="?unsupported\.js"?><\/script>/);
    });

    await test("axe-core: no serious or critical violation on the first screen", async () => {
      assert.deepEqual(await axeViolations(page, "first screen"), []);
    });

    await test("a scan lists the sheet, its kind and unit, and every planted fault", async () => {
      const before = await syncs();
      await page.getByRole("button", { name: "Soát", exact: true }).click();
      await page.getByRole("button", { name: "Soát lại" }).waitFor();
      figures.scanSyncs = (await syncs()) - before;
      const sheetList = await page.locator("details li", { hasText: SHEET }).first().innerText();
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

    await test("the scan's result is announced in a live region, and focus stays on the scan button", async () => {
      const status = page.locator('[role="status"][aria-live="polite"]').first();
      assert.match(await status.innerText(), /^Soát xong 2 trang tính: 6 phát hiện, \d+ lỗi\.$/);
      assert.equal(await page.evaluate(() => document.activeElement.textContent), "Soát lại");
    });

    await test("a finding reads as the accountant reads it: cell, stated, expected; row and column beside it", async () => {
            const button = item("K13").getByRole("button", { name: "K13, ghi 62,5%, đúng là 59,12%", exact: true });
      assert.equal(await button.count(), 1, await item("K13").ariaSnapshot());
      const text = await item("K13").innerText();
      assert.match(text, /Dự án 2: .* · Tỷ lệ giải ngân \(%\)/, text);
      const described = await button.evaluate((b) => b.getAttribute("aria-describedby").split(" ").map((id) => document.getElementById(id).textContent).join(" | "));
      assert.match(described, /Dự án 2/);
    });

    await test("the findings come first, the sheet list after them, folded into a summary", async () => {
      const order = await page.evaluate(() => {
        const findings = document.querySelector("#view-check li[data-finding]");
        const sheets = document.querySelector("#view-check details");
        return findings.compareDocumentPosition(sheets) & Node.DOCUMENT_POSITION_FOLLOWING;
      });
      assert.ok(order, "the sheet list comes before the findings");
      assert.match(await page.locator("#view-check details summary").innerText(), /Trang tính: 2 trang tính, 2 phụ lục được nhận ra/);
    });

    await test("a related cell is a button that selects it", async () => {
      const link = page.locator("#view-check li[data-finding] span button").first();
      const cell = await link.innerText();
      const before = await syncs();
      await link.click();
      await page.waitForFunction((c) => window.__standin.state.selection?.address === c, cell);
      assert.equal((await syncs()) - before, 1);
    });

    await test("hints are on the page, not only in tooltips", async () => {
      await page.getByText(/Đánh dấu tô màu ô sai \(đỏ\)/).waitFor();
      assert.equal(await page.locator("#view-check [title]").count(), 0);
    });

    await test("axe-core: no serious or critical violation on the findings", async () => {
      assert.deepEqual(await axeViolations(page, "findings"), []);
    });

    await test("screenshot of the findings at 320 px", async () => {
      fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
      if (UPDATE_README_SCREENSHOTS) fs.copyFileSync(SCREENSHOT, README_SCREENSHOT);
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
    await test("Sửa writes the proposed value (I15: text → number) in one batch, and focus moves to the next open finding", async () => {
      const before = await syncs();
      await fixButton("I15").click();
      await item("I15").getByText("Đã sửa").waitFor();
      assert.equal((await syncs()) - before, 2, "expected one sync to load, one to write");
      await page.waitForFunction(() => document.activeElement.closest("li[data-finding]"));
      const focused = await page.evaluate(() => document.activeElement.closest("li[data-finding]").dataset.cell);
      assert.notEqual(focused, "I15");
      assert.match(await page.locator('[role="status"][aria-live="polite"]').first().innerText(), /Đã sửa 1 ô: I15\./);
      const cell = await modelCell("I15");
      assert.equal(cell.value, i15.expected);
      assert.equal(cell.numberFormat, "#,##0.###");
    });

    await test("Hoàn tác puts the original text back: one sync checks the cell, one restores it", async () => {
      const before = await syncs();
      await undoButton().click();
      await fixButton("I15").waitFor();
      assert.equal((await syncs()) - before, 2);
      assert.equal(await page.evaluate(() => document.activeElement.textContent), "Hoàn tác", "focus stays on Hoàn tác");
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
      assert.equal((await syncs()) - before, 2);
      assert.deepEqual(await snapshot(), original);
    });

    const k13 = EXPECTED.find((f) => f.cell === "K13");
    await test("Sửa never overwrites a figure typed after the scan: it says so and writes nothing there", async () => {
      const typed = await modelCell("K13");
      await page.evaluate(([s]) => window.__standin.setValue(s, "K13", 61.3), [SHEET]);
      await fixButton("K13").click();
      const warning = page.getByTestId("skipped");
      await warning.waitFor();
      assert.match(await warning.innerText(), /Không ghi vào K13: ô đã được sửa sau khi Soát đọc sổ\. Hãy Soát lại\./);
      assert.equal((await modelCell("K13")).value, 61.3);
      assert.equal(await fixButton("K13").count(), 1, "the finding stays open");
      await page.evaluate(([s, v]) => window.__standin.setValue(s, "K13", v), [SHEET, typed.value]);
    });

    await test("Hoàn tác never undoes over a figure typed after the fix", async () => {
      await fixButton("K13").click();
      await item("K13").getByText("Đã sửa").waitFor();
      assert.ok(Math.abs((await modelCell("K13")).value - k13.expected) < 1e-9);
      await page.evaluate(([s]) => window.__standin.setValue(s, "K13", 60), [SHEET]);
      await undoButton().click();
      await page.getByTestId("skipped").getByText(/Không hoàn tác K13/).waitFor();
      assert.equal((await modelCell("K13")).value, 60, "the typed figure was lost");
      await page.evaluate(([s, v]) => window.__standin.setValue(s, "K13", v), [SHEET, k13.stated]);
      await page.getByRole("button", { name: "Soát lại" }).click();
      await page.getByRole("button", { name: "Soát lại" }).and(page.locator(':not([aria-disabled="true"])')).waitFor();
      await fixButton("K13").waitFor();
      assert.equal(await undoButton().getAttribute("aria-disabled"), "true", "a new scan starts a fresh undo stack");
    });

    await test("Đánh dấu colours the cells and, pressed again, restores their own fills", async () => {
      const original = await snapshot();
      const toggle = page.getByRole("button", { name: "Đánh dấu" });
      let before = await syncs();
      await toggle.click();
      await page.locator('button[aria-pressed="true"]', { hasText: "Đánh dấu" }).and(page.locator(':not([aria-disabled="true"])')).waitFor();
      assert.equal((await syncs()) - before, 2);
      for (const f of EXPECTED) {
        const color = (await modelCell(f.cell)).fill.color;
        assert.ok(Object.values(MARK_COLORS).includes(color), `${f.cell} not marked (${color})`);
      }
      before = await syncs();
      await toggle.click();
      await page.locator('button[aria-pressed="false"]', { hasText: "Đánh dấu" }).and(page.locator(':not([aria-disabled="true"])')).waitFor();
      assert.equal((await syncs()) - before, 1);
      assert.deepEqual(await snapshot(), original);
    });

    await test("a formula is overwritten only after confirmation (the dialog opens on Hủy), and Hoàn tác brings it back", async () => {
      const target = EXPECTED.find((f) => f.cell === "C14");
      await page.evaluate(([s, c]) => window.__standin.setFormula(s, c, "=D14+E14+F14"), [SHEET, target.cell]);
      // A formula put in after the scan is an edit: scan again first.
      await page.getByRole("button", { name: "Soát lại" }).click();
      await page.getByRole("button", { name: "Soát lại" }).and(page.locator(':not([aria-disabled="true"])')).waitFor();
      await fixButton(target.cell).waitFor();
      let before = await syncs();
      await fixButton(target.cell).click();
      const dialog = page.getByRole("alertdialog");
      await dialog.getByText("Ghi đè công thức?").waitFor();
      assert.equal((await syncs()) - before, 1, "only the load before asking");
      await page.waitForFunction(() => document.activeElement && document.activeElement.textContent === "Hủy").catch(async (e) => {
        throw new Error(`focus is on ${await page.evaluate(() => document.activeElement.outerHTML.slice(0, 200))}: ${e.message}`);
      });
      assert.deepEqual(await axeViolations(page, "formula dialog"), []);
      await page.keyboard.press("Enter");
      await dialog.waitFor({ state: "detached" });
      assert.equal((await modelCell(target.cell)).formula, "=D14+E14+F14");
      await page.waitForFunction((c) => document.activeElement.closest(`li[data-cell="${c}"]`), target.cell);

      await fixButton(target.cell).click();
      await dialog.getByRole("button", { name: "Ghi đè" }).click();
      await item(target.cell).getByText("Đã sửa").waitFor();
      let cell = await modelCell(target.cell);
      assert.equal(cell.formula, undefined);
      assert.equal(cell.value, target.expected);

      before = await syncs();
      await undoButton().click();
      await fixButton(target.cell).waitFor();
      assert.equal((await syncs()) - before, 2);
      cell = await modelCell(target.cell);
      assert.equal(cell.formula, "=D14+E14+F14");
      assert.equal(cell.numberFormat, "#,##0.###");
    });

    await test("Đối chiếu văn bản: a pasted passage is checked alone and against the sheet (3 syncs)", async () => {
      await page.getByRole("tab", { name: "Đối chiếu văn bản" }).click();
      const view = page.locator("#view-text");
      await view.getByRole("textbox", { name: "Lời văn báo cáo" }).fill(REPORT_TEXT);
      const before = await syncs();
      await view.getByRole("button", { name: "Đối chiếu", exact: true }).click();
      await view.getByText(`Đã đối chiếu với: ${SHEET}`).waitFor();
      assert.equal((await syncs()) - before, 3, "the workbook is read as by a scan");
      const items = view.locator("li[data-rule]");
      assert.equal(await items.count(), 2, (await items.allInnerTexts()).join("\n---\n"));
      const slip = await view.locator('li[data-rule="percent-scale"]').innerText();
      assert.match(slip, /Dòng 1/);
      assert.match(slip, /0,0097% → 0,97%/);
      assert.match(slip, /4\.141\.000đ\/427\.000\.000đ đạt 0,0097%/);
      const mismatch = await view.locator('li[data-rule="text-sheet-mismatch"]').innerText();
      assert.match(mismatch, /Dòng 2 · Bieu 01 - Giai ngan!C13/);
      assert.match(mismatch, /4\.931 → 3\.120/);
      assert.match(mismatch, /ô C13 ghi 3\.120 triệu đồng/);
    });

    await test("the claim is shown as text, never as HTML", async () => {
      const view = page.locator("#view-text");
      await view.getByRole("textbox", { name: "Lời văn báo cáo" }).fill("<b>Dự án 2</b>: kế hoạch vốn giao 4.931 triệu đồng.");
      await view.getByRole("button", { name: "Đối chiếu", exact: true }).click();
      const span = view.locator('li[data-rule="text-sheet-mismatch"] q');
      await span.getByText("<b>Dự án 2</b>", { exact: false }).waitFor();
      assert.equal(await view.locator("li b").count(), 0);
      await view.getByRole("textbox", { name: "Lời văn báo cáo" }).fill(REPORT_TEXT);
      await view.getByRole("textbox", { name: "Lời văn báo cáo" }).press("Control+Enter");
      await view.locator('li[data-rule="percent-scale"]').waitFor();
    });

    await test("axe-core: no serious or critical violation on the text view", async () => {
      assert.ok(requested.some((r) => /^text-view\./.test(r)), "the text view's chunk was loaded when opened");
      assert.deepEqual(await axeViolations(page, "text view"), []);
    });

    await test("screenshot of the text view at 320 px", async () => {
      await page.screenshot({ path: TEXT_SCREENSHOT, fullPage: true });
      if (UPDATE_README_SCREENSHOTS) fs.copyFileSync(TEXT_SCREENSHOT, README_TEXT_SCREENSHOT);
    });

    await test("clicking a mismatch with the sheet selects its cell in one sync; the text's own slip names no cell", async () => {
      const view = page.locator("#view-text");
      assert.equal(await view.locator('li[data-rule="percent-scale"] button').count(), 0);
      const before = await syncs();
      await view.locator('li[data-rule="text-sheet-mismatch"]').getByRole("button", { name: /Dòng 2/ }).click();
      await page.waitForFunction(() => window.__standin.state.selection?.address === "C13");
      assert.equal((await syncs()) - before, 1);
      assert.equal(await page.evaluate(() => window.__standin.state.selection.sheet), SHEET);
    });

    await test("a passage without slips says so", async () => {
      const view = page.locator("#view-text");
      await view.getByRole("textbox", { name: "Lời văn báo cáo" }).fill(REPORT_TEXT.split("\n")[2]);
      await view.getByRole("button", { name: "Đối chiếu", exact: true }).click();
      await view.getByText("Không phát hiện sai lệch").waitFor();
      await page.getByRole("tab", { name: "Soát" }).click();
    });

    // ---- Điền biểu mẫu ----------------------------------------------------------------------

    const fillView = page.locator("#view-fill");
    const formCell = (cell) => page.evaluate(([s, c]) => window.__standin.cell(s, c), [FORM, cell]);
    /** A sheet's cells that hold something (a restored cell may stay in the model, empty). */
    const contents = async (sheet) =>
      Object.fromEntries(
        Object.entries(await page.evaluate((s) => window.__standin.snapshot(s), sheet))
          .filter(([, c]) => c.value !== null || c.formula)
          .map(([a, c]) => [a, { value: c.value, formula: c.formula, numberFormat: c.numberFormat }]),
      );
    const fillUndo = () => fillView.getByRole("button", { name: "Hoàn tác", exact: true });

    await test("Điền biểu mẫu proposes the empty form and the appendix as its source (3 syncs)", async () => {
      await page.getByRole("tab", { name: "Điền biểu mẫu" }).click();
      const before = await syncs();
      await fillView.getByRole("button", { name: "Tìm biểu mẫu" }).click();
      await fillView.getByRole("button", { name: "Đọc lại sổ" }).waitFor();
      assert.equal((await syncs()) - before, 3);
      const select = fillView.getByRole("combobox", { name: "Biểu mẫu cần điền" });
      assert.equal(await select.inputValue(), FORM);
      assert.equal(await select.locator("option:checked").innerText(), `${FORM} (trống)`);
      assert.ok(await fillView.getByRole("checkbox", { name: new RegExp(SHEET) }).isChecked(), "the appendix is not proposed as the source");
      const preview = fillView.getByTestId("fill-preview");
      await preview.getByText(/^Sẽ điền \d+ ô vào “Mau tong hop”\.$/).waitFor();
      await preview.getByText(`${SHEET} → `, { exact: false }).waitFor();
    });

    await test("Điền biểu fills the form in one batch: read (3) + load (1) + write (1) syncs", async () => {
      const original = await contents(FORM);
      const before = await syncs();
      await fillView.getByRole("button", { name: "Điền biểu" }).click();
      const result = fillView.getByTestId("fill-result");
      await result.getByText(/^Đã điền (\d+) ô vào “Mau tong hop”\.$/).waitFor();
      assert.equal((await syncs()) - before, 5);
      const filled = Number(/Đã điền (\d+) ô/.exec(await result.innerText())[1]);
      const writeBatch = await page.evaluate(() => window.__standin.state.batches.at(-1));
      assert.equal(writeBatch.filter((op) => op === "set values").length, filled, "every cell written in the last sync");
      assert.equal((await formCell("C13")).value, 3120);
      const k13 = await formCell("K13");
      assert.equal(typeof k13.value, "number", `K13 holds ${JSON.stringify(k13.value)}`);
      assert.equal(k13.numberFormat, "0.00", "the form's format is kept");
      assert.deepEqual((await contents(FORM)).B13, original.B13, "labels untouched");
      figures.filled = filled;
    });

    await test("the fill result says the source sheet has errors", async () => {
      const note = await fillView.getByTestId("fill-result").getByText(/^Điền từ trang “Bieu 01 - Giai ngan” có \d+ lỗi/).innerText();
      assert.match(note, /xem thẻ Soát/);
    });

    await test("axe-core: no serious or critical violation on the fill view", async () => {
      assert.deepEqual(await axeViolations(page, "fill view"), []);
    });

    await test("screenshot of the fill view at 320 px", async () => {
      await page.screenshot({ path: FILL_SCREENSHOT, fullPage: true });
      if (UPDATE_README_SCREENSHOTS) fs.copyFileSync(FILL_SCREENSHOT, README_FILL_SCREENSHOT);
    });

    await test("Hoàn tác empties the filled cells again: one sync checks them, one restores them", async () => {
      const before = await syncs();
      await fillUndo().click();
      await fillView.getByTestId("fill-preview").waitFor();
      assert.equal((await syncs()) - before, 2);
      for (const cell of ["C13", "K13", "C9", "E13"]) assert.equal((await formCell(cell)).value, null, `${cell} not emptied`);
      assert.equal((await formCell("K13")).numberFormat, "0.00");
    });

    await test("a figure typed in the form is overwritten only when the user says so", async () => {
      await page.evaluate(([s]) => window.__standin.setValue(s, "C13", 999), [FORM]);
      await fillView.getByRole("button", { name: "Điền biểu" }).click();
      const dialog = page.getByRole("alertdialog");
      await dialog.getByText("Ghi đè ô đã có số liệu?").waitFor();
      await dialog.getByText(/C13/).waitFor();
      await dialog.getByRole("button", { name: "Chỉ điền ô trống" }).click();
      await fillView.getByTestId("fill-result").waitFor();
      assert.equal((await formCell("C13")).value, 999, "the typed figure was overwritten");
      assert.equal((await formCell("E13")).value, 3120);
      await fillUndo().click();
      await fillView.getByTestId("fill-preview").waitFor();

      await fillView.getByRole("button", { name: "Điền biểu" }).click();
      await dialog.getByRole("button", { name: "Ghi đè" }).click();
      await fillView.getByTestId("fill-result").waitFor();
      assert.equal((await formCell("C13")).value, 3120);
      await fillUndo().click();
      await fillView.getByTestId("fill-preview").waitFor();
      assert.equal((await formCell("C13")).value, 999, "undo brings the typed figure back");
      // A figure typed between reading and writing (while the question is open) is not overwritten.
      await fillView.getByRole("button", { name: "Điền biểu" }).click();
      await dialog.getByText("Ghi đè ô đã có số liệu?").waitFor();
      await page.waitForFunction(() => document.activeElement && document.activeElement.textContent === "Hủy");
      await page.evaluate(([s]) => window.__standin.setValue(s, "E13", 5), [FORM]);
      await dialog.getByRole("button", { name: "Ghi đè" }).click();
      await fillView.getByTestId("fill-skipped").getByText(/Không ghi vào E13/).waitFor();
      assert.equal((await formCell("E13")).value, 5);
      await fillUndo().click();
      await fillView.getByTestId("fill-preview").waitFor();
      await page.evaluate(([s]) => window.__standin.setValue(s, "E13", null), [FORM]);
      assert.equal((await formCell("E13")).value, null);
      await page.evaluate(([s]) => window.__standin.setValue(s, "C13", null), [FORM]);
    });

    await test("Chèn biểu mẫu chuẩn adds the form as a new sheet and proposes it; Hoàn tác deletes it", async () => {
      const sheetsBefore = await page.evaluate(() => window.__standin.sheetNames());
      const picker = fillView.getByRole("combobox", { name: "Biểu mẫu chuẩn" });
      await picker.selectOption({ label: "Biểu 01 - Giải ngân" });
      let before = await syncs();
      await fillView.getByRole("button", { name: "Chèn", exact: true }).click();
      await fillView.getByText("Đã chèn trang “Biểu 01 - Giải ngân”.").waitFor();
      await fillView.getByRole("button", { name: "Hoàn tác", exact: true }).and(page.locator(':not([aria-disabled="true"])')).waitFor();
      assert.equal((await syncs()) - before, 5, "names (1) + the sheet in one batch (1) + reading the workbook again (3)");
      const added = "Biểu 01 - Giải ngân";
      assert.deepEqual(await page.evaluate(() => window.__standin.sheetNames()), [...sheetsBefore, added]);
      const cell = (c) => page.evaluate(([s, a]) => window.__standin.cell(s, a), [added, c]);
      assert.match((await cell("A2")).value, /KẾ HOẠCH VỐN VÀ KẾT QUẢ GIẢI NGÂN/);
      assert.equal((await cell("A10")).value, "1", "STT stays text");
      assert.equal((await cell("A11")).value, "1.1");
      assert.equal((await cell("C9")).formula, "=D9+G9");
      assert.equal((await cell("C9")).numberFormat, "#,##0.###");
      const layout = await page.evaluate((s) => window.__standin.layout(s), added);
      assert.ok(layout.merges.includes("A2:N2"), `merges: ${layout.merges.join(", ")}`);
      assert.deepEqual(layout.freeze, { rows: 8, columns: 2 });
      assert.ok(layout.widths[1] > 200, "column B is wide");
      const style = await page.evaluate((s) => window.__standin.style(s, "C6"), added);
      assert.equal(style["font.bold"], true);
      assert.equal(style["border.EdgeTop"], "Continuous");
      assert.equal(await page.evaluate(() => window.__standin.state.activeSheet), added);
      assert.equal(await fillView.getByRole("combobox", { name: "Biểu mẫu cần điền" }).inputValue(), added);

      // Typed into after the insertion: Hoàn tác asks first, starting on Hủy.
      await page.evaluate(([s]) => window.__standin.setValue(s, "C13", 77), [added]);
      await fillUndo().click();
      const dialog = page.getByRole("alertdialog");
      await dialog.getByText("Xóa trang đã có nội dung bạn nhập?").waitFor();
      await page.waitForFunction(() => document.activeElement && document.activeElement.textContent === "Hủy");
      await page.keyboard.press("Enter");
      await dialog.waitFor({ state: "detached" });
      assert.ok((await page.evaluate(() => window.__standin.sheetNames())).includes(added), "the sheet the user typed into was deleted unasked");
      assert.equal(await page.evaluate(() => document.activeElement.textContent), "Hoàn tác", "focus returns to Hoàn tác");

      before = await syncs();
      await fillUndo().click();
      await dialog.getByRole("button", { name: "Xóa trang" }).click();
      await fillView.getByRole("button", { name: "Hoàn tác", exact: true }).and(page.locator('[aria-disabled="true"]')).waitFor();
      await page.waitForFunction((f) => document.querySelector("#view-fill select")?.value === f, FORM);
      assert.equal((await syncs()) - before, 5, "check (1) + asked, delete (1) + reading the workbook again (3)");
      assert.deepEqual(await page.evaluate(() => window.__standin.sheetNames()), sheetsBefore);
      await page.getByRole("tab", { name: "Soát" }).click();
    });

    await test("English switch translates the pane", async () => {
      await page.getByRole("button", { name: "Switch to English" }).click();
      await page.getByRole("button", { name: "Check again" }).waitFor();
      await page.locator("#view-check").getByText("Disbursement appendix").first().waitFor();
      await page.getByRole("tab", { name: "Check text" }).click();
      await page.locator("#view-text").getByRole("button", { name: "Compare", exact: true }).waitFor();
      await page.locator("#view-text").getByText("No problems found").waitFor();
      await page.getByRole("tab", { name: "Fill a form" }).click();
      await page.locator("#view-fill").getByRole("button", { name: "Fill the form" }).waitFor();
      await page.locator("#view-fill").getByRole("heading", { name: "Insert a standard form" }).waitFor();
      await page.getByRole("tab", { name: "Check", exact: true }).click();
      await page.getByRole("button", { name: "Chuyển sang tiếng Việt" }).click();
      await page.getByRole("button", { name: "Soát lại" }).waitFor();
    });

    // ---- the Excel people have: lower ExcelApi versions --------------------------------------

    /** Opens the pane on `book`, scans, and returns the findings as listed (cell, row · column). */
    async function scanIn(book, office) {
      const pane = await openPane(book, office);
      await pane.page.goto(`${origin}/taskpane.html`);
      await pane.page.getByRole("button", { name: office.displayLanguage === "en-US" ? "Check" : "Soát", exact: true }).click();
      await pane.page.getByRole("button", { name: office.displayLanguage === "en-US" ? "Check again" : "Soát lại" }).waitFor();
      const listed = await pane.page.$$eval("#view-check li[data-finding]", (items) => items.map((li) => `${li.dataset.cell} ${li.querySelector("button span:nth-child(2)").textContent}`));
      return { ...pane, listed };
    }

    const baseline = await scanIn(workbook, { excelApi: "1.13" });
    await baseline.context.close();
    for (const excelApi of ["1.9", "1.7", "1.4", "1.1"]) {
      await test(`at ExcelApi ${excelApi} the scan takes the same 3 syncs and lists the same findings, rows and columns`, async () => {
        const { context, page: p, listed } = await scanIn(workbook, { excelApi });
        try {
          assert.equal(await p.evaluate(() => window.__standin.state.syncs), 3);
          assert.deepEqual(listed, baseline.listed);
          assert.deepEqual(await p.evaluate(() => window.__standin.state.violations), []);
          if (excelApi === "1.1") {
            // Marks without RangeFill.pattern: on, then off, restoring every cell.
            const original = await p.evaluate((s) => window.__standin.snapshot(s), SHEET);
            const toggle = p.getByRole("button", { name: "Đánh dấu" });
            await toggle.click();
            await p.locator('button[aria-pressed="true"]', { hasText: "Đánh dấu" }).and(p.locator(':not([aria-disabled="true"])')).waitFor();
            await toggle.click();
            await p.locator('button[aria-pressed="false"]', { hasText: "Đánh dấu" }).and(p.locator(':not([aria-disabled="true"])')).waitFor();
            assert.deepEqual(await p.evaluate((s) => window.__standin.snapshot(s), SHEET), original);
            await p.getByText("Phiên bản Excel này không cho biết các ô gộp", { exact: false }).waitFor();
            assert.deepEqual(await p.evaluate(() => window.__standin.state.violations), []);
          }
        } finally {
          await context.close();
        }
      });
    }

    await test("Internet Explorer gets a plain ES5 page saying why, in Vietnamese and English, and what to use instead", async () => {
      const source = fs.readFileSync(path.join(DIST, "unsupported.js"), "utf8");
      require("acorn").parse(source, { ecmaVersion: 5 });
      const { context, page: p } = await openPane(workbook);
      try {
        await p.setContent('<!doctype html><html lang="vi"><head><title>Soát phụ lục</title></head><body><div id="root"></div></body></html>');
        await p.addScriptTag({ content: source });
        const text = await p.locator("#unsupported").innerText();
        assert.match(text, /Internet Explorer/);
        assert.match(text, /Phiên bản Excel này chưa chạy được ngăn Soát/);
        assert.match(text, /This Excel cannot run the Soát pane yet/);
        assert.match(text, /soat check/);
        assert.equal(await p.locator('#unsupported a[href="soat.html"]').count(), 2);
        assert.deepEqual(await axeViolations(p, "IE page"), []);
      } finally {
        await context.close();
      }
    });

    // ---- fit and feel: 320 px with scrollbars, light and dark, Office's language -----------

    for (const theme of ["light", "dark"]) {
      await test(`${theme}: at 320 px with a real scrollbar nothing is clipped and there is no horizontal scrollbar`, async () => {
        const { context, page: p } = await openPane(workbook, { theme }, { viewport: { width: 320, height: 640 } });
        try {
          await p.goto(`${origin}/taskpane.html`);
          await p.getByRole("button", { name: "Soát", exact: true }).click();
          await p.getByRole("button", { name: "Soát lại" }).waitFor();
          const scrollbar = await p.evaluate(() => window.innerWidth - document.documentElement.clientWidth);
          assert.ok(scrollbar > 0, "no scrollbar is shown: the test would prove nothing");
          const background = await p.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")).backgroundColor);
          assert.equal(background === "rgb(255, 255, 255)", theme === "light", `background ${background}`);
          for (const tab of ["Soát", "Đối chiếu văn bản", "Điền biểu mẫu"]) {
            await p.getByRole("tab", { name: tab }).click();
            await p.waitForTimeout(200);
            const o = await overflow(p);
            assert.ok(o.scrollWidth <= o.clientWidth, `${tab}: ${o.scrollWidth} px wide in ${o.clientWidth}: ${o.wide.join("; ")}`);
            assert.deepEqual(o.wide, [], tab);
          }
          await p.getByRole("tab", { name: "Soát" }).click();
          if (theme === "dark") assert.deepEqual(await axeViolations(p, "dark theme"), []);
          const file = path.join(ROOT, "test-results", `pane-${theme}-320.png`);
          await p.screenshot({ path: file });
          if (UPDATE_README_SCREENSHOTS) fs.copyFileSync(file, path.join(ROOT, "assets", `screenshot-${theme}.png`));
        } finally {
          await context.close();
        }
      });
    }

    await test("the pane starts in Office's display language and remembers the user's choice", async () => {
      const { context, page: p } = await openPane(workbook, { displayLanguage: "en-US" });
      try {
        await p.goto(`${origin}/taskpane.html`);
        await p.getByRole("button", { name: "Check", exact: true }).waitFor();
        await p.getByRole("button", { name: "Chuyển sang tiếng Việt" }).click();
        await p.getByRole("button", { name: "Soát", exact: true }).waitFor();
        await p.reload();
        await p.getByRole("button", { name: "Soát", exact: true }).waitFor();
      } finally {
        await context.close();
      }
    });

    // ---- a reviewer's scale: thousands of findings --------------------------------------------

    await test("4.000 findings: the scan runs in the worker with progress and Hủy; actions stay quick (printed)", async () => {
      const copies = Math.ceil(4000 / EXPECTED.length);
      const sample = workbook.sheets[0];
      const big = { sheets: Array.from({ length: copies }, (_, i) => ({ ...sample, name: `Huyện ${i + 1}` })) };
      const { context, page: p } = await openPane(big, {}, { viewport: { width: 320, height: 900 } });
      try {
        await p.goto(`${origin}/taskpane.html`);
        await p.evaluate(() => {
          window.__longtasks = [];
          new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longtasks.push([e.startTime, e.duration]))).observe({ type: "longtask" });
        });
        let t = Date.now();
        await p.getByRole("button", { name: "Soát", exact: true }).click();
        await p.getByRole("button", { name: "Hủy", exact: true }).waitFor();
        await p.getByRole("button", { name: "Soát lại" }).waitFor({ timeout: 120_000 });
        figures.bigScan = Date.now() - t;
        const status = await p.locator('[role="status"][aria-live="polite"]').first().innerText();
        const found = Number(/(\d+) phát hiện/.exec(status)[1]);
        assert.ok(found >= 4000, status);
        figures.bigFindings = found;
        figures.bigCells = copies * Object.keys(sample.cells).length;
        const { longtasks, syncTimes } = await p.evaluate(() => ({ longtasks: window.__longtasks, syncTimes: window.__standin.state.syncTimes }));
        const standinTime = (start, duration) =>
          syncTimes.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, start + duration) - Math.max(a, start)), 0);
        const pane = longtasks.filter(([start, duration]) => standinTime(start, duration) < duration / 2).map(([, d]) => Math.round(d));
        figures.longTasks = { standin: longtasks.length - pane.length, paneMax: pane.length ? Math.max(...pane) : 0, pane: pane.length };
        figures.actions = {};
        /**
         * Measured in the page: from the click to the first frame showing its result; of which the
         * stand-in's own syncs, and the longest task on the page's thread.
         */
        const time = async (name, click, done) => {
          figures.actions[name] = await p.evaluate(
            async ([clickSelector, doneSource]) => {
              const isDone = new Function(`return (${doneSource})();`);
              const syncsBefore = window.__standin.state.syncTimes.length;
              const tasksBefore = window.__longtasks.length;
              const t0 = performance.now();
              document.querySelector(clickSelector).click();
              while (!isDone()) await new Promise((r) => requestAnimationFrame(r));
              const total = performance.now() - t0;
              const standin = window.__standin.state.syncTimes.slice(syncsBefore).reduce((sum, [x, y]) => sum + y - x, 0);
              await new Promise((r) => setTimeout(r, 50)); // let the observer report
              const longest = Math.max(0, ...window.__longtasks.slice(tasksBefore).map(([, d]) => d));
              return `${Math.round(total)} ms (stand-in ${Math.round(standin)} ms, longest task ${Math.round(longest)} ms)`;
            },
            [click, done.toString()],
          );
        };
        const first = p.locator("#view-check li[data-finding]").filter({ has: p.getByRole("button", { name: /^Sửa ô/ }) }).first();
        const id = await first.getAttribute("data-finding");
        const li = `#view-check li[data-finding="${id}"]`;
        const undo = '#view-check [data-testid="undo"]';
        assert.equal(await p.locator(undo).innerText(), "Hoàn tác");
        const mark = "#view-check button[aria-pressed]";
        const fixAll = '#view-check button[aria-label="Sửa tất cả trong Huyện 1"]';
        await p.evaluate(([l, u]) => Object.assign(window, { __li: l, __undo: u }), [li, undo]);
        await time("Sửa", `${li} button[aria-label^="Sửa ô"]`, () => document.querySelector(window.__li).textContent.includes("Đã sửa"));
        await time("Hoàn tác", undo, () => !!document.querySelector(`${window.__li} button[aria-label^="Sửa ô"]`));
        await time("Đánh dấu", mark, () => {
          const b = document.querySelector("#view-check button[aria-pressed]");
          return b.getAttribute("aria-pressed") === "true" && b.getAttribute("aria-disabled") !== "true";
        });
        await time("Đánh dấu (off)", mark, () => {
          const b = document.querySelector("#view-check button[aria-pressed]");
          return b.getAttribute("aria-pressed") === "false" && b.getAttribute("aria-disabled") !== "true";
        });
        await time("Sửa tất cả (one sheet)", fixAll, () => !document.querySelector('#view-check button[aria-label="Sửa tất cả trong Huyện 1"]'));
        await time("fold a sheet", "#view-check h3 button", () => document.querySelector("#view-check h3 button").getAttribute("aria-expanded") === "false");
        assert.ok(await p.getByRole("button", { name: /^Hiện thêm 50 trang tính/ }).count(), "the sheets after the first 50 are behind Hiện thêm");
        assert.deepEqual(await p.evaluate(() => window.__standin.state.violations), []);

        // Hủy: a second scan is cancelled; the findings of the first stay.
        await p.getByRole("button", { name: "Soát lại" }).click();
        await p.getByRole("button", { name: "Hủy", exact: true }).click();
        await p.locator('[role="status"][aria-live="polite"]').first().getByText("Đã hủy lần soát.").waitFor({ timeout: 60_000 });
        assert.ok((await p.locator("#view-check li[data-finding]").count()) > 0, "the earlier findings are gone");
      } finally {
        await context.close();
      }
    });

    await test("the help page is in dist/, in Vietnamese, and the manifest points at it", async () => {
      const help = fs.readFileSync(path.join(DIST, "help.html"), "utf8");
      assert.match(help, /<html lang="?vi"?>/);
      assert.match(help, /không gửi dữ liệu đi đâu/);
      const manifest = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
      assert.match(manifest, /<SupportUrl DefaultValue="https:\/\/[^"]+\/help\.html"\/>/);
      assert.match(manifest, /id="GetStarted\.LearnMoreUrl" DefaultValue="https:\/\/[^"]+\/help\.html"/);
      for (const size of [16, 20, 24, 32, 40, 48, 64, 80, 96, 128]) assert.ok(fs.existsSync(path.join(DIST, "assets", `icon-${size}.png`)), `icon-${size}.png`);
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
  if (figures.filled !== undefined) console.log(`  fill: ${figures.filled} cells written in 5 syncs (read 3, load 1, write 1)`);
  if (figures.bigFindings !== undefined) {
    console.log(`  measured, not asserted: ${figures.bigFindings} findings in ${figures.bigCells} cells; scan (read + worker + first render) ${figures.bigScan} ms`);
    console.log(`  long tasks during that scan: ${figures.longTasks.standin} in the stand-in's reading; the pane's own: ${figures.longTasks.pane}, longest ${figures.longTasks.paneMax} ms`);
    console.log(`  actions with ${figures.bigFindings} findings (click to the first frame showing the result): ${Object.entries(figures.actions).map(([k, v]) => `${k} ${v}`).join("; ")}`);
  }
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
