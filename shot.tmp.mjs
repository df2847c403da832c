import { chromium } from "playwright-core";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
for (const [locale, files, name] of [["de-DE", null, "de-sample"], ["en-US", ["people.csv", "pairs.csv", "sessions.csv", "goals.csv"].map((f) => `/tmp/s31/tiny/${f}`), "en-tiny"], ["fr-FR", ["people.csv", "pairs.csv", "sessions.csv", "goals.csv"].map((f) => `/tmp/s31/tiny/${f}`), "fr-tiny"]]) {
  const ctx = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto("http://127.0.0.1:8080/");
  await page.waitForTimeout(4000);
  if (files) { await page.setInputFiles("#files", files); await page.waitForTimeout(4000); }
  await page.screenshot({ path: `/tmp/s31/${name}.png`, fullPage: true });
  const texts = await page.evaluate(() => {
    const out = [];
    const walk = (root) => { for (const el of root.querySelectorAll("*")) { if (el.shadowRoot) walk(el.shadowRoot); if (el.classList?.contains("summary")) out.push(el.textContent); } };
    walk(document);
    return out;
  });
  console.log(name, errors, "\n  " + texts.join("\n  "));
  await ctx.close();
}
await browser.close();
