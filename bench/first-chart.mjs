// `make bench` (third part): time from navigation to the first chart the dashboard draws on the
// built-in sample, in headless Chromium (median of RUNS fresh page loads), and the elements' own JS.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { CHROMIUM } from "../scripts/chromium.mjs";
import { serve } from "../scripts/serve.mjs";

const RUNS = Number(process.env.RUNS ?? 5);
const server = await serve("www/dist", 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch(CHROMIUM);
const times = [];
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener("mentor-insights-render", (e) => {
      if (window.__firstChart == null && e.composedPath()[0].shadowRoot?.querySelector("svg"))
        window.__firstChart = performance.now();
    });
  });
  await page.goto(base);
  await page.waitForFunction(() => window.__firstChart != null, null, { timeout: 120_000 });
  times.push(await page.evaluate(() => window.__firstChart));
  await context.close();
}
await browser.close();
server.close();
times.sort((a, b) => a - b);
const own = readFileSync("bench/out/elements/elements.js");
console.log(
  `| dashboard, navigation to the first drawn chart (sample, headless Chromium, median of ${RUNS}) | ${times[Math.floor(times.length / 2)].toFixed(0)} ms | |`,
);
console.log(
  `| the elements' own JS, minified | ${(own.length / 1024).toFixed(1)} KB | ${(gzipSync(own, { level: 9 }).length / 1024).toFixed(1)} KB gzip |`,
);
