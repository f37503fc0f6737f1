#!/usr/bin/env node
"use strict";
/**
 * Browser suite for the offline web page (run by `npm run test:e2e` after the pane's suite, on the
 * production build). Opens dist/soat.html from file:// in Debian's chromium (playwright-core),
 * chooses the sample workbooks, an .xls and an .ods LibreOffice makes from them, the empty form, a
 * .docx built here and the sample .txt report, and drives the page as a user would — with the mouse
 * and with the keyboard; then once more served over http from 127.0.0.1. The downloads are opened with exceljs and converted by LibreOffice.
 * Any request other than the page itself and its blob: worker fails the suite.
 * Prints `N passed, M failed, K skipped` last and exits non-zero on failure.
 */
const assert = require("node:assert/strict");
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const http = require("node:http");
const os = require("node:os");
const path = require("node:path");
const ExcelJS = require("exceljs");
const JSZip = require("jszip");
const { chromium } = require("playwright-core");
const { compareOriginal, load } = require("./compareWorkbooks.cjs");

const ROOT = path.join(__dirname, "..", "..");
const PAGE = path.join(ROOT, "dist", "soat.html");
const FIXTURES = path.join(ROOT, "test", "fixtures");
const DISBURSEMENT = "giai-ngan-huyen-mau-2023.xlsx";
const TARGETS = "chi-tieu-huyen-mau-2023.xlsx";
const FORM = "mau-bieu-01-trong.xlsx";
const TEXT_REPORT = "bao-cao-mau.txt";
const EXPECTED = require(path.join(FIXTURES, "expected-findings.json"));
const RESULTS_DIR = path.join(ROOT, "test-results");
const UPDATE_README_SCREENSHOTS = process.env.SOAT_UPDATE_SCREENSHOTS === "1";
const TIMEOUT = 30_000;

/**
 * The .docx report: a rate typed as a fraction (found on its own) and a plan that contradicts the
 * disbursement sample's C13 (3.120), found only against the workbooks.
 */
const DOCX_PARAGRAPHS = [
  "Kết quả giải ngân: 4.141.000đ/427.000.000đ đạt 0,0097%.",
  "Dự án 2: kế hoạch vốn giao 4.931 triệu đồng.",
  "Dự án 6: kế hoạch vốn 800 triệu đồng, đã giải ngân 176,8 triệu đồng, đạt 22,1%.",
];

// ---- inputs -----------------------------------------------------------------------------------

async function makeDocx(file, paragraphs) {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join("");
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}

function libreoffice(profile, args) {
  const r = spawnSync("libreoffice", [`-env:UserInstallation=file://${profile}`, "--headless", ...args], { encoding: "utf8", timeout: 180_000 });
  if (r.status !== 0) throw new Error(`libreoffice ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  return r;
}

/** Converts `file` into `dir` as `ext`; returns the new file's path. */
function convert(profile, file, ext, dir) {
  libreoffice(profile, ["--convert-to", ext, "--outdir", dir, file]);
  const out = path.join(dir, path.basename(file).replace(/\.[^.]+$/, "." + ext));
  if (!fs.existsSync(out) || fs.statSync(out).size === 0) throw new Error(`libreoffice wrote no ${out}`);
  return out;
}

// ---- a tiny runner ----------------------------------------------------------------------------

const results = [];
const skipped = [];
async function test(name, fn) {
  try {
    const skip = await fn();
    if (typeof skip === "string") {
      skipped.push(name);
      console.log(`  - ${name} (skipped: ${skip})`);
      return;
    }
    results.push(true);
    console.log(`  ✓ ${name}`);
  } catch (e) {
    results.push(false);
    console.log(`  ✗ ${name}\n      ${String(e && e.stack ? e.message : e).split("\n").join("\n      ")}`);
  }
}

async function downloadFrom(page, click) {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: TIMEOUT }), click()]);
  const file = path.join(RESULTS_DIR, "web-downloads", download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

const section = (page, name) => page.locator("section.file", { has: page.locator(".file-name", { hasText: name }) });

/** The "Sheet!Cell" of every finding button in a file's section. */
async function findingCells(page, name) {
  return (await section(page, name).locator("button.finding").evaluateAll((bs) => bs.map((b) => b.dataset.cell))).sort();
}

const planted = (file) => EXPECTED[file].map((f) => `${f.sheet}!${f.cell}`).sort();

async function main() {
  if (!fs.existsSync(PAGE)) throw new Error("dist/soat.html missing: run `npm run build` first");
  fs.mkdirSync(path.join(RESULTS_DIR, "web-downloads"), { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "soat-web-"));
  const profile = path.join(tmp, "lo-profile");
  const docx = path.join(tmp, "bao-cao-du-an.docx");
  await makeDocx(docx, DOCX_PARAGRAPHS);
  // The legacy and open formats, made from the samples under other names so that the files differ.
  const xlsSource = path.join(tmp, "giai-ngan-cu.xlsx");
  fs.copyFileSync(path.join(FIXTURES, DISBURSEMENT), xlsSource);
  const odsSource = path.join(tmp, "chi-tieu-mo.xlsx");
  fs.copyFileSync(path.join(FIXTURES, TARGETS), odsSource);
  const xls = convert(profile, xlsSource, "xls", tmp);
  const ods = convert(profile, odsSource, "ods", tmp);
  const inputs = [DISBURSEMENT, TARGETS, FORM, TEXT_REPORT].map((f) => path.join(FIXTURES, f)).concat([docx, xls, ods]);
  const pageSize = fs.statSync(PAGE).size;

  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const pageUrl = "file://" + PAGE;
  // The same page served over http, as from a shared folder or an intranet site.
  const server = http.createServer((req, res) => {
    if (req.url !== "/soat.html") return res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(fs.readFileSync(PAGE));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const servedUrl = `http://127.0.0.1:${server.address().port}/soat.html`;
  const requests = [];
  const pageErrors = [];
  const consoleErrors = [];
  try {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    // Anything but the page itself and its blob: worker is a request leaving the machine: refuse it.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url === pageUrl || url === servedUrl || url.startsWith("blob:")) return route.continue();
      requests.push(url);
      return route.abort();
    });
    context.on("request", (r) => requests.push(r.url()));
    const page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
    page.on("websocket", (ws) => requests.push(ws.url()));
    page.setDefaultTimeout(TIMEOUT);

    await test("the page opens from file:// with its strict CSP, in Vietnamese, the old-browser notice hidden", async () => {
      await page.goto(pageUrl);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, /connect-src 'none'/);
      assert.match(csp, /script-src 'sha256-[^']+'(;|$)/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      assert.equal(await page.locator("html").getAttribute("lang"), "vi");
      await page.getByRole("heading", { name: "Soát — kiểm tra số liệu phụ lục" }).waitFor();
      assert.equal(await page.locator("#old-browser").isVisible(), false);
    });

    await test("chosen files are checked one by one with a progress bar, then every planted finding is listed", async () => {
      // Record every status a file shows while it is worked on.
      await page.evaluate(() => {
        window.__seen = new Set();
        new MutationObserver(() => document.querySelectorAll(".file-status").forEach((s) => window.__seen.add(s.textContent))).observe(
          document.getElementById("files"),
          { subtree: true, childList: true, characterData: true },
        );
      });
      await page.setInputFiles("#file-input", inputs);
      await page.locator("#progress-text", { hasText: `Đã kiểm tra ${inputs.length}/${inputs.length} tệp` }).waitFor({ timeout: 120_000 });
      const seen = await page.evaluate(() => [...window.__seen]);
      assert.ok(seen.includes("đang đọc…") || seen.includes("đang kiểm tra…"), `statuses seen: ${seen.join(" | ")}`);
      assert.equal(await page.locator("#progress").evaluate((p) => p.value === p.max), true);
      assert.deepEqual(await findingCells(page, DISBURSEMENT), planted(DISBURSEMENT));
      assert.deepEqual(await findingCells(page, TARGETS), planted(TARGETS));
      await section(page, DISBURSEMENT).locator(".file-status").first().filter({ hasText: "5 lỗi, 1 cảnh báo" }).waitFor();
      await section(page, FORM).locator(".file-status").first().filter({ hasText: "không phát hiện sai lệch" }).waitFor();
      // The sample report's own findings (line 27: a rate typed as a fraction) and the .docx's.
      await section(page, TEXT_REPORT).getByText("dòng 27").waitFor();
      await section(page, path.basename(docx)).getByText("dòng 1", { exact: true }).waitFor();
    });

    for (const [file, like] of [
      [xls, DISBURSEMENT],
      [ods, TARGETS],
    ])
      await test(`${path.extname(file)} gives exactly the findings of the same workbook as .xlsx`, async () => {
        const s = section(page, path.basename(file));
        // The provisional reader refuses .xls and reads an .ods as a workbook without sheets; the
        // guarded reader for both formats is merged later, and then this test runs.
        if (await s.locator(".refused").count()) {
          const why = (await s.locator(".refused").innerText()).split("\n")[0];
          assert.match(why, new RegExp(path.basename(file).replace(/\./g, "\\.")));
          return `the reader does not read ${path.extname(file)} yet — “${why}”`;
        }
        if (!(await s.locator(".sheet").count())) return `the reader does not read ${path.extname(file)} yet — it found no sheet in ${path.basename(file)}`;
        assert.deepEqual(await findingCells(page, path.basename(file)), planted(like));
      });

    await test("a click on a finding shows the sheet, scrolls to the cell and highlights it and its related cells", async () => {
      await section(page, DISBURSEMENT).locator('button.finding[data-cell="Bieu 01 - Giai ngan!K23"]').click();
      const main = page.locator('#preview-grid .pv-main[data-cell="K23"]');
      await main.waitFor();
      const grid = await page.locator("#preview-grid").boundingBox();
      const cell = await main.boundingBox();
      assert.ok(cell.y >= grid.y && cell.y + cell.height <= grid.y + grid.height && cell.x >= grid.x && cell.x + cell.width <= grid.x + grid.width, "K23 is in view");
      const related = () => page.locator("#preview-grid .pv-related").evaluateAll((es) => es.map((e) => e.dataset.cell).sort());
      // G23 is in view beside K23; C23, far to the left past the wide label column, once scrolled to.
      assert.deepEqual(await related(), ["G23"]);
      await page.locator("#preview-grid").evaluate((g) => g.scrollTo({ left: 0 }));
      await page.waitForFunction(() => !!document.querySelector('#preview-grid .pv-related[data-cell="C23"]'));
      assert.match(await page.locator("#status").innerText(), /Đang chỉ ô K23 của Bieu 01 - Giai ngan; ô liên quan: G23, C23/);
      // Virtualised: only the cells in view are in the DOM.
      assert.ok((await page.locator("#preview-grid .pv-cell").count()) < 600);
      await section(page, TARGETS).locator('button.finding[data-cell="Bieu 02 - Chi tieu!H9"]').click();
      await page.locator('#preview-grid .pv-main[data-cell="H9"]').waitFor();
      assert.equal(await page.locator("#preview-sheet").inputValue(), "Bieu 02 - Chi tieu");
    });

    const annotated = {};
    for (const file of [DISBURSEMENT, TARGETS])
      await test(`the annotated copy of ${file} downloads with notes, fills, links, the Kết quả soát sheet, and the original kept`, async () => {
        const saved = await downloadFrom(page, () => section(page, file).getByRole("button", { name: `Tải bản có ghi chú của ${file}` }).click());
        assert.equal(path.basename(saved), file.replace(".xlsx", ".soat.xlsx"));
        annotated[file] = saved;
        const bytes = fs.readFileSync(saved);
        const marked = new Set(planted(file));
        assert.deepEqual(await compareOriginal(fs.readFileSync(path.join(FIXTURES, file)), bytes, marked), []);
        const wb = await load(bytes);
        assert.equal(wb.worksheets[0].name, "Kết quả soát");
        for (const f of EXPECTED[file]) {
          const c = wb.getWorksheet(f.sheet).getCell(f.cell);
          const note = typeof c.note === "string" ? c.note : c.note.texts.map((t) => t.text).join("");
          assert.match(note, /^Soát — (Lỗi|Cảnh báo): /);
          assert.match(note, /Số ghi .+ → số đúng /);
          assert.ok(["FFF8D7DA", "FFFFE69C"].includes(c.fill.fgColor.argb), `${f.cell} filled`);
        }
        const results = wb.getWorksheet("Kết quả soát");
        const links = [];
        results.eachRow((row, n) => n > 2 && links.push(row.getCell(3).value.formula));
        assert.deepEqual(links.sort(), EXPECTED[file].map((f) => `HYPERLINK("#'${f.sheet}'!${f.cell}","${f.cell}")`).sort());
      });

    let summary;
    await test("the summary downloads: one row per file with its unit, tables and counts, and every finding", async () => {
      summary = await downloadFrom(page, () => page.getByRole("button", { name: "Tải bảng tổng hợp" }).click());
      const wb = await load(fs.readFileSync(summary));
      const files = wb.getWorksheet("Tổng hợp");
      assert.equal(files.rowCount, 1 + inputs.length);
      const row = (name) => files.getRows(2, inputs.length).find((r) => r.getCell(2).value === name);
      assert.deepEqual(row(DISBURSEMENT).values.slice(3, 7), ["UBND huyện Mẫu", "Bieu 01 - Giai ngan (biểu giải ngân)", 5, 1]);
      assert.deepEqual(row(TARGETS).values.slice(5, 7), [2, 0]);
      assert.equal(files.views[0].state, "frozen");
      assert.ok(files.autoFilter);
      const all = wb.getWorksheet("Các sai lệch");
      const cells = all.getRows(2, all.rowCount - 1).filter((r) => r.getCell(1).value === DISBURSEMENT).map((r) => `${r.getCell(2).value}!${r.getCell(3).value}`);
      assert.deepEqual(cells.sort(), planted(DISBURSEMENT));
      assert.deepEqual(all.getRow(1).values.slice(1, 9), ["Tệp", "Trang tính", "Ô / dòng", "Quy tắc", "Mức độ", "Số ghi", "Số đúng", "Nội dung"]);
    });

    await test("LibreOffice converts the annotated copies and the summary without error", async () => {
      const out = path.join(tmp, "pdf");
      for (const f of [...Object.values(annotated), summary]) convert(profile, f, "pdf", out);
    });

    await test("the form fills from the loaded sources and downloads, as `soat fill` writes it", async () => {
      await page.locator("#fill-form").selectOption({ label: FORM });
      const saved = await downloadFrom(page, () => page.getByRole("button", { name: "Điền và tải về" }).click());
      const cli = path.join(tmp, "cli-filled.xlsx");
      // The CLI's fill from the same sources: every other checked workbook, refused ones aside.
      const sources = [DISBURSEMENT, TARGETS].map((f) => path.join(FIXTURES, f));
      for (const f of [xls, ods]) if (await section(page, path.basename(f)).locator(".sheet").count()) sources.push(f);
      const r = spawnSync("node", [path.join(ROOT, "bin", "soat.js"), "fill", "--template", path.join(FIXTURES, FORM), "--out", cli, ...sources], { encoding: "utf8" });
      assert.ok(fs.existsSync(cli), `soat fill wrote nothing: ${r.stderr}`);
      const [web, ref] = [await load(fs.readFileSync(saved)), await load(fs.readFileSync(cli))];
      let filled = 0;
      ref.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((c) => {
            const w = web.getWorksheet(ws.name).getCell(c.address);
            assert.deepEqual([c.address, w.type === ExcelJS.ValueType.Formula ? w.result : w.value], [c.address, c.type === ExcelJS.ValueType.Formula ? c.result : c.value]);
            if (typeof c.value === "number") filled++;
          }),
        ),
      );
      assert.ok(filled > 20, `${filled} figures in the filled form`);
      assert.match(await page.locator("#status").innerText(), /Đã tải về mau-bieu-01-trong\.da-dien\.xlsx\. Đã điền \d+ ô/);
    });

    await test("a report's text checked against the loaded workbooks finds the plan that contradicts C13", async () => {
      await page.locator("#against-report").selectOption({ label: path.basename(docx) });
      await page.getByRole("button", { name: "Đối chiếu với các bảng tính đã nạp" }).click();
      await page.locator("#status", { hasText: "Đã đối chiếu" }).waitFor();
      const s = section(page, path.basename(docx));
      await s.getByText("Lời văn khác phụ lục").first().waitFor();
      assert.match(await s.innerText(), /dòng 2 Lời văn khác phụ lục: ghi 4\.931 → đúng 3\.120/);
    });

    await test("axe-core: no serious or critical accessibility violation, in Vietnamese and in English", async () => {
      const axe = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
      // DevTools' evaluation is not an inline script: the page's CSP stays as it is.
      await page.evaluate(axe);
      for (const lang of ["vi", "en"]) {
        if (lang === "en") await page.getByRole("button", { name: "Switch to English" }).click();
        const r = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
        const bad = r.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), [], lang);
      }
      await page.getByRole("button", { name: "Chuyển sang tiếng Việt" }).click();
      await page.getByRole("button", { name: "Tải bảng tổng hợp" }).waitFor();
    });

    await test("every control is reached with Tab, shows a visible focus, and works from the keyboard", async () => {
      const controls = await page.evaluate(() =>
        [...document.querySelectorAll("button, select, [tabindex='0']")].filter((e) => !e.disabled && e.offsetParent !== null).length,
      );
      // Keyboard focus from the language switch on (Tab then Shift+Tab, as a keyboard user gets there).
      await page.locator("#lang").focus();
      await page.keyboard.press("Tab");
      await page.keyboard.press("Shift+Tab");
      const reached = new Set();
      const unfocusable = [];
      for (let i = 0; i < controls + 5; i++) {
        const info = await page.evaluate(() => {
          const e = document.activeElement;
          if (e === document.body) return undefined; // past the last control
          const s = getComputedStyle(e);
          // Marked, not named: two files' findings at K13 are two controls.
          e.dataset.tabReached ??= String(document.querySelectorAll("[data-tab-reached]").length);
          return { key: e.dataset.tabReached, name: e.id || e.dataset.cell || e.getAttribute("aria-label") || e.textContent.slice(0, 40), outline: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2 };
        });
        await page.keyboard.press("Tab");
        if (!info) continue;
        reached.add(info.key);
        if (!info.outline) unfocusable.push(info.name);
      }
      assert.ok(reached.size >= controls, `${reached.size} of ${controls} controls reached`);
      assert.deepEqual(unfocusable, [], "focus visible on every control");
      // Enter on a finding shows it; the arrow keys scroll the focused preview.
      await section(page, DISBURSEMENT).locator('button.finding[data-cell="Bieu 01 - Giai ngan!C14"]').focus();
      await page.keyboard.press("Enter");
      await page.locator('#preview-grid .pv-main[data-cell="C14"]').waitFor();
      await page.locator("#preview-grid").focus();
      const before = await page.locator("#preview-grid").evaluate((g) => g.scrollTop);
      await page.keyboard.press("PageDown");
      await page.waitForFunction((b) => document.getElementById("preview-grid").scrollTop > b, before);
      // Space on the summary button downloads it; Enter on the language switch translates the page.
      await page.getByRole("button", { name: "Tải bảng tổng hợp" }).focus();
      await downloadFrom(page, () => page.keyboard.press("Space"));
      await page.locator("#lang").focus();
      await page.keyboard.press("Enter");
      await page.getByRole("button", { name: "Download the summary" }).waitFor();
      await page.keyboard.press("Enter");
      await page.getByRole("button", { name: "Tải bảng tổng hợp" }).waitFor();
    });

    await test("screenshots at 1280 px and 400 px", async () => {
      await section(page, DISBURSEMENT).locator('button.finding[data-cell="Bieu 01 - Giai ngan!K23"]').click();
      await page.locator("#lang").focus();
      await page.evaluate(() => window.scrollTo(0, 0));
      const wide = path.join(RESULTS_DIR, "web-1280.png");
      await page.screenshot({ path: wide });
      await page.setViewportSize({ width: 400, height: 900 });
      await section(page, DISBURSEMENT).scrollIntoViewIfNeeded();
      const narrow = path.join(RESULTS_DIR, "web-400.png");
      await page.screenshot({ path: narrow });
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, "no sideways scrolling at 400 px");
      if (UPDATE_README_SCREENSHOTS) {
        fs.copyFileSync(wide, path.join(ROOT, "assets", "screenshot-web.png"));
        fs.copyFileSync(narrow, path.join(ROOT, "assets", "screenshot-web-400.png"));
      }
    });

    await test("a damaged workbook and a file of another kind are refused with a message in both languages", async () => {
      const damaged = path.join(tmp, "hong.xlsx");
      fs.writeFileSync(damaged, "không phải bảng tính");
      const pdf = path.join(tmp, "bao-cao.pdf");
      fs.writeFileSync(pdf, "%PDF-1.4");
      await page.setInputFiles("#file-input", [damaged, pdf]);
      const total = inputs.length + 2;
      await page.locator("#progress-text", { hasText: `Đã kiểm tra ${total}/${total} tệp` }).waitFor();
      for (const [name, vi, en] of [
        ["hong.xlsx", /^Tệp hong\.xlsx không phải sổ làm việc/, /^hong\.xlsx is not an? /],
        ["bao-cao.pdf", /^Soát không đọc loại tệp này: bao-cao\.pdf/, /^Soát does not read this kind of file: bao-cao\.pdf/],
      ]) {
        const [first, second] = (await section(page, name).locator(".refused").innerText()).split("\n");
        assert.match(first, vi);
        assert.match(second, en);
      }
    });

    await test("served over http, the page checks files just the same", async () => {
      const served = await context.newPage();
      served.on("pageerror", (e) => pageErrors.push(e.message));
      served.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
      await served.goto(servedUrl);
      await served.setInputFiles("#file-input", [path.join(FIXTURES, TARGETS)]);
      await served.locator("#progress-text", { hasText: "Đã kiểm tra 1/1 tệp" }).waitFor();
      assert.deepEqual(await findingCells(served, TARGETS), planted(TARGETS));
      await served.close();
    });

    await test("nothing was requested besides the page and its worker; no script error, no CSP breach", async () => {
      const outside = requests.filter((u) => u !== pageUrl && u !== servedUrl && !u.startsWith("blob:"));
      assert.deepEqual(outside, []);
      assert.deepEqual(pageErrors, []);
      assert.deepEqual(consoleErrors, []);
    });
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  console.log(`  dist/soat.html: ${(pageSize / 1024).toFixed(1)} KiB`);
  const passed = results.filter(Boolean).length;
  const failed = results.length - passed;
  console.log(`${passed} passed, ${failed} failed, ${skipped.length} skipped`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  console.log(`${results.filter(Boolean).length} passed, ${results.filter((r) => !r).length + 1} failed`);
  process.exit(1);
});
