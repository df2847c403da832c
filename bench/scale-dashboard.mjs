// The dashboard with the scale run's program (bench/scale.mjs generates it): its six CSV files
// chosen in the file input of `www/dist` in headless Chromium, then the time until the risk,
// retention and engagement elements have drawn that program (not the sample), and the page's JS
// heap. Not part of `make bench`: `node bench/scale-dashboard.mjs [data folder]` after `make www`.
import { dirname, join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../scripts/serve.mjs";

const root = join(dirname(new URL(import.meta.url).pathname), "..");
const dir = process.argv[2] ?? join(root, "bench/out/data-300000");
const server = await serve(join(root, "www/dist"), 0);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const problems = [];
page.on("pageerror", (e) => problems.push(`pageerror: ${e}`));
page.on("crash", () => problems.push("the tab crashed"));
await page.goto(`http://127.0.0.1:${server.address().port}/`);
await page.waitForFunction(
  () => document.querySelector('#counts dd[data-table="people"]')?.textContent === "2,000",
  null,
  { timeout: 60_000 },
);
const t0 = Date.now();
await page.setInputFiles(
  "#files",
  ["people", "pairs", "sessions", "goals", "feedback", "promotions"].map((t) => join(dir, `${t}.csv`)),
);
try {
  await page.waitForFunction(
    () => {
      const d = document.querySelector("#dashboard");
      const risk = d?.elements.risk.shadowRoot.querySelector("p.summary")?.textContent ?? "";
      const sample = document.querySelector('#counts dd[data-table="people"]')?.textContent === "2,000";
      return (
        !sample &&
        /^[\d,]+ active pairs/.test(risk) &&
        d.elements.retention.shadowRoot.querySelector("svg") &&
        d.elements.engagement.shadowRoot.querySelector("svg")
      );
    },
    null,
    { timeout: 900_000, polling: 500 },
  );
  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
  const risk = await page.evaluate(
    () => document.querySelector("#dashboard").elements.risk.shadowRoot.querySelector("p.summary").textContent,
  );
  console.log(JSON.stringify({ drawn_ms: Date.now() - t0, js_heap_mb: heap && Math.round(heap / 1e6), risk }));
} catch (e) {
  problems.push(String(e).slice(0, 300));
}
if (problems.length) console.log(problems.join("\n"));
await browser.close();
server.close();
