// examples/portal.html — a plain page with no bundler — embeds the package in a worker and renders
// a result, in Debian's Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";

let server, context, base;
before(async () => {
  server = await serve(".", 0);
  base = `http://127.0.0.1:${server.address().port}/`;
  context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "mi-portal-")), {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
});
after(async () => {
  await context?.close();
  server?.close();
});

test("the portal example renders at-risk pairs computed in a worker", async () => {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${base}examples/portal.html`);
  await page.waitForFunction(() => document.body.dataset.ready, null, { timeout: 120_000 });
  assert.equal(await page.locator("#pairs li").count(), 5);
  assert.match(await page.textContent("#status"), /^\d+ pairs, as of 2025-06-30$/);
  assert.match(await page.evaluate(() => document.body.dataset.sqlError), /^SQL: /);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the worker refuses a misspelt option with the same message as the Dataset", async () => {
  const page = await context.newPage();
  await page.goto(`${base}examples/portal.html`);
  const message = await page.evaluate(async () => {
    const { createAnalyticsWorker } = await import("/pkg/worker-client.js");
    const w = createAnalyticsWorker();
    await w.sample({ people: 200 });
    try {
      await w.goals({ stalledDayz: 3 });
      return "no error";
    } catch (e) {
      return `${e instanceof Error} ${e.message}`;
    } finally {
      w.terminate();
    }
  });
  assert.equal(message, 'true goals: unknown option "stalledDayz" (accepted: asOf, minGroupSize, by, stalledDays)');
  await page.close();
});
