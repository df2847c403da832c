// The dashboard in Debian's Chromium under playwright-core: it opens on the built-in sample, every
// panel draws, the user's own files load (and bad ones are explained), SQL cells run and export,
// hostile strings stay text, and nothing is requested from anywhere but 127.0.0.1.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";

const ARTIFACTS = "test-results";
let server, context, base;
const outside = [];

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serve("www/dist", 0);
  base = `http://127.0.0.1:${server.address().port}/`;
  context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "mi-chromium-")), {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  context.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(base) && !u.startsWith("data:") && !u.startsWith("blob:")) outside.push(u);
  });
});

after(async () => {
  await context?.close();
  server?.close();
  assert.deepEqual(outside, [], "no request leaves 127.0.0.1");
});

async function open() {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(base);
  await page.waitForFunction(() => document.body.dataset.ready, null, { timeout: 120_000 });
  assert.equal(await page.evaluate(() => document.body.dataset.ready), "true", await page.textContent("#status"));
  return { page, errors };
}

test("opens on the sample and every panel draws a chart", async () => {
  const { page, errors } = await open();
  assert.equal(await page.textContent('#counts dd[data-table="people"]'), "2,000");
  const marks = {
    "goals-chart": '[aria-label="dot"] circle',
    "goals-km": '[aria-label="line"] path',
    "engagement-chart": '[aria-label="line"] path',
    "adherence-chart": '[aria-label="rect"] rect',
    "retention-km": '[aria-label="line"] path',
    "retention-forest": '[aria-label="dot"] circle',
    "cell-out-0": '[aria-label="bar"] rect',
    "risk-chart": '[aria-label="bar"] rect',
    "progression-rates": '[aria-label="dot"] circle',
    "progression-km": '[aria-label="line"] path',
  };
  for (const [chart, mark] of Object.entries(marks)) {
    const n = await page.locator(`#${chart} svg ${mark}`).count();
    assert.ok(n > 0, `${chart} draws marks (${mark})`);
  }
  assert.match(await page.textContent("#retention-explain"), /immortal-time bias/);
  assert.ok((await page.locator("#risk-table tbody tr").count()) > 0, "at-risk pairs are listed");
  assert.match(await page.textContent("#risk-table tbody tr"), /no held session|cancelled|goal|rated|session/);
  await page.click("#risk-eval-box summary");
  await page.click("#risk-eval-run");
  await page.waitForSelector("#risk-eval table");
  assert.match(await page.textContent("#risk-eval tbody tr"), /^detector0\.\d\d/);
  for (const panel of ["data", "goals", "engagement", "retention", "risk", "progression", "notebook"]) {
    await page.locator(`#${panel}`).screenshot({ path: `${ARTIFACTS}/panel-${panel}.png` });
  }
  await page.screenshot({ path: `${ARTIFACTS}/dashboard.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${ARTIFACTS}/dashboard-phone.png` });
  assert.deepEqual(errors, []);
  await page.close();
});

test("a malformed file is explained with its table, row and column", async () => {
  const { page } = await open();
  await page.setInputFiles("#files", [
    { name: "people.csv", mimeType: "text/csv", buffer: Buffer.from("person_id,hire_date\nA,2020-01-01\nB,2025-13-02\n") },
  ]);
  await page.waitForSelector("#status.error");
  assert.equal(await page.textContent("#status"), 'people row 2, column "hire_date": "2025-13-02" is not a date (expected YYYY-MM-DD)');
  // The sample is still loaded: nothing was half-loaded.
  assert.equal(await page.textContent('#counts dd[data-table="people"]'), "2,000");
  await page.close();
});

test("own files load and hostile strings are shown as text", async () => {
  const { page } = await open();
  const hostile = "<img src=x onerror=alert(1)>";
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    d.dismiss();
  });
  await page.setInputFiles("#files", [
    { name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(`person_id,hire_date,department\n"${hostile}",2020-01-01,Sales\nB,2021-01-01,Ops\n`) },
  ]);
  await page.waitForFunction(() => document.querySelector('#counts dd[data-table="people"]')?.textContent === "2");
  const cell = page.locator("#cells textarea").first();
  await cell.fill("SELECT person_id FROM people ORDER BY person_id");
  await page.locator("#cells button", { hasText: "Run" }).first().click();
  await page.waitForFunction((h) => document.querySelector("#cell-out-0 td")?.textContent === h, hostile);
  assert.equal(await page.locator("#cell-out-0 img").count(), 0);
  assert.equal(dialogs, 0);
  await page.close();
});

test("an analysis cell runs with its options and exports JSON", async () => {
  const { page } = await open();
  await page.click("#add-analysis");
  const cell = page.locator(".cell").last();
  await cell.locator("select").selectOption("retention");
  await cell.locator("textarea").fill('{ "covariates": ["mentored"] }');
  await cell.locator("button", { hasText: "Run" }).click();
  await page.waitForFunction(() => [...document.querySelectorAll(".cell")].at(-1).querySelector("td")?.textContent === "group true");
  const [download] = await Promise.all([page.waitForEvent("download"), cell.locator("button", { hasText: "Export JSON" }).click()]);
  const rows = JSON.parse(readFileSync(await download.path(), "utf8"));
  assert.ok(rows.some((r) => r.row === "HR mentored (time-varying)" && r.value > 0 && r.value < 1));
  await page.close();
});

test("a SQL cell runs and its result downloads as CSV with formulas neutralised", async () => {
  const { page } = await open();
  const cell = page.locator("#cells textarea").first();
  await cell.fill("SELECT '=1+1' AS formula, count(*) AS n FROM pairs");
  await page.locator("#cells button", { hasText: "Run" }).first().click();
  await page.waitForFunction(() => document.querySelector("#cell-out-0 td")?.textContent === "=1+1");
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#cells button", { hasText: "Export CSV" }).first().click()]);
  const text = readFileSync(await download.path(), "utf8");
  assert.match(text, /^formula,n\n'=1\+1,\d+\n$/);
  await page.close();
});
