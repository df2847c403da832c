// Shared by the browser tests: Debian's Chromium under playwright-core, a static server on
// 127.0.0.1, a record of any request that leaves it, and axe's serious and critical findings.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { CHROMIUM } from "../../scripts/chromium.mjs";
import { serve } from "../../scripts/serve.mjs";

export const ARTIFACTS = "test-results";

export async function start(root) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await serve(root, 0);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const profile = mkdtempSync(join(tmpdir(), "mi-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    ...CHROMIUM,
    viewport: { width: 1280, height: 800 },
    // The dashboard opens in the browser's language: the tests' browser speaks English.
    locale: "en-US",
    acceptDownloads: true,
  });
  const outside = [];
  context.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(base) && !u.startsWith("data:") && !u.startsWith("blob:")) outside.push(u);
  });
  return { server, base, context, outside, profile };
}

/** Closes the browser and the server, and removes the browser's profile folder. */
export async function stop(env) {
  await env?.context.close();
  env?.server.close();
  if (env) rmSync(env.profile, { recursive: true, force: true });
}

/** axe's violations of impact serious or critical, as "id: target" lines. */
export async function seriousViolations(page) {
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}
