// The dashboard in Debian's Chromium under playwright-core: it opens on the built-in sample, shows
// the row counts and a chart, and requests nothing but 127.0.0.1.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";

const ARTIFACTS = "test-results";
let server, browser, base;

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serve("www/dist", 0);
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "mi-chromium-")), {
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
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test("opens on the sample with counts and a chart, and stays on 127.0.0.1", async () => {
  const page = await browser.newPage();
  const requests = [];
  const errors = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(base);
  await page.waitForFunction(() => document.body.dataset.ready, null, { timeout: 60_000 });
  assert.equal(await page.evaluate(() => document.body.dataset.ready), "true", await page.textContent("#status"));
  const people = await page.textContent('#counts dd[data-table="people"]');
  assert.equal(people, "2,000");
  const sessions = Number((await page.textContent('#counts dd[data-table="sessions"]')).replace(/,/g, ""));
  assert.ok(sessions > 1000, `sessions ${sessions}`);
  const marks = await page.locator("#sessions-chart svg path").count();
  assert.ok(marks > 0, "the chart draws marks");
  await page.screenshot({ path: `${ARTIFACTS}/dashboard.png`, fullPage: true });
  const outside = requests.filter((u) => !u.startsWith(base) && !u.startsWith("data:") && !u.startsWith("blob:"));
  assert.deepEqual(outside, [], "no request leaves 127.0.0.1");
  assert.deepEqual(errors, []);
});
