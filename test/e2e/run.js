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
  const workbook = await workbookJson(path.join(ROOT, "test", "fixtures", FIXTURE));
  const form = await workbookJson(path.join(ROOT, "test", "fixtures", FORM_FIXTURE));
  workbook.sheets.push(...form.sheets);
  const FORM = form.sheets[0].name;
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

    await test("screenshot of the fill view at 320 px", async () => {
      await page.screenshot({ path: FILL_SCREENSHOT, fullPage: true });
      if (UPDATE_README_SCREENSHOTS) fs.copyFileSync(FILL_SCREENSHOT, README_FILL_SCREENSHOT);
    });

    await test("Hoàn tác empties the filled cells again in one sync", async () => {
      const before = await syncs();
      await fillUndo().click();
      await fillView.getByTestId("fill-preview").waitFor();
      assert.equal((await syncs()) - before, 1);
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
      await fillView.getByRole("button", { name: "Hoàn tác", exact: true }).and(page.locator(":not([disabled])")).waitFor();
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

      before = await syncs();
      await fillUndo().click();
      await fillView.getByRole("button", { name: "Hoàn tác", exact: true }).and(page.locator("[disabled]")).waitFor();
      await page.waitForFunction((f) => document.querySelector("#view-fill select")?.value === f, FORM);
      assert.equal((await syncs()) - before, 4, "delete (1) + reading the workbook again (3)");
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
