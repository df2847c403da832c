// examples/portal/ — someone else's portal built with Vite — embeds three elements that share one
// worker, under a strict CSP: they render, take the portal's theme, load the data once, report a
// chosen row, refuse a misspelt option through the worker, and pass axe.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { ARTIFACTS, seriousViolations, start, stop } from "./browser.mjs";

let env;
before(async () => {
  env = await start(".");
});
after(async () => {
  await stop(env);
  assert.deepEqual(env?.outside ?? [], [], "no request leaves 127.0.0.1");
});

async function open(width = 1280) {
  const page = await env.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  // Count the loads the page asks of its worker.
  await page.addInitScript(() => {
    window.__loads = 0;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (message, ...rest) {
      if (["sample", "fromCsv", "fromJson", "fromRecords", "fromXlsx", "fromXlsxFiles"].includes(message?.op))
        window.__loads++;
      return post.call(this, message, ...rest);
    };
  });
  await page.goto(`${env.base}examples/portal/dist/index.html`);
  await page.waitForSelector("mentor-insights-risk svg rect", { timeout: 120_000 });
  await page.waitForSelector("mentor-insights-engagement svg path.line");
  await page.waitForSelector("mentor-insights-findings li");
  return { page, errors };
}

test("three elements on one worker render the sample with the portal's theme, after one load", async () => {
  const { page, errors } = await open();
  // A German portal: the elements speak German (labels, sentences, numbers), as its locale says.
  assert.match(await page.textContent("#status"), /^\d{1,3}(\.\d{3})* Paare, Stand 30\.06\.2025$/);
  assert.equal(
    await page.locator("mentor-insights-risk").evaluate((e) => e.shadowRoot.querySelector("h2").textContent),
    "Gefährdete Paare",
  );
  const findings = await page.locator("mentor-insights-findings li").allTextContents();
  assert.ok(
    findings.some((t) => /Mentorierte Personen gehen mit dem 0,60-Fachen der Rate anderer/.test(t)),
    findings.join("\n"),
  );
  assert.ok(!findings.some((t) => /Mentored people|active pairs/.test(t)), "no English sentence");
  assert.equal(await page.evaluate(() => window.__loads), 1);
  assert.ok((await page.locator("mentor-insights-findings li").count()) > 3);
  assert.ok((await page.locator("mentor-insights-risk tr[tabindex]").count()) > 0);
  // The reader is told which weights scored the pairs (on the sample, "auto" picks the learned ones).
  assert.match(
    await page.locator("mentor-insights-risk p.weights").textContent(),
    /^Die Werte nutzen aus den abgeschlossenen Paaren dieser Organisation gelernte Gewichte: .* \(AUC 0,\d\d\) als die Standardgewichte \(0,\d\d\)\.$/,
  );
  // The portal's accent reaches inside the shadow root, charts included.
  const fill = await page
    .locator("mentor-insights-engagement svg path.line")
    .first()
    .evaluate((e) => getComputedStyle(e).stroke);
  assert.equal(fill, "rgb(122, 31, 162)");
  const font = await page
    .locator("mentor-insights-risk")
    .evaluate((e) => getComputedStyle(e.shadowRoot.querySelector("h2")).fontFamily);
  assert.match(font, /Georgia/);
  // Choosing a row (click, or Enter on a focused row) tells the portal which pair.
  const row = page.locator("mentor-insights-risk tr[tabindex]").first();
  const id = (await row.locator("td").first().textContent()).trim();
  await row.click();
  assert.deepEqual(JSON.parse(await page.textContent("#chosen")), { pairId: id });
  const next = page.locator("mentor-insights-risk tr[tabindex]").nth(1);
  await next.focus();
  await page.keyboard.press("Enter");
  assert.equal(
    JSON.parse(await page.textContent("#chosen")).pairId,
    (await next.locator("td").first().textContent()).trim(),
  );
  assert.deepEqual(await seriousViolations(page), []);
  await page.screenshot({ path: `${ARTIFACTS}/portal.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("the portal reads on a phone", async () => {
  const { page, errors } = await open(390);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  await page.screenshot({ path: `${ARTIFACTS}/portal-phone.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("the worker refuses a misspelt option with the same message as the Dataset", async () => {
  const page = await env.context.newPage();
  await page.goto(`${env.base}examples/portal/dist/index.html`);
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
  assert.equal(
    message,
    'true goals: unknown option "stalledDayz" (accepted: asOf, minGroupSize, by, locale, stalledDays)',
  );
  // Per-pair series through the worker: only when asked, or for the named pairs.
  const periods = await page.evaluate(async () => {
    const { createAnalyticsWorker } = await import("/pkg/worker-client.js");
    const w = createAnalyticsWorker();
    await w.sample({ people: 300 });
    const plain = await w.engagement();
    const id = plain.pairs[0].pairId;
    const named = await w.engagement({ pairs: [id] });
    const all = await w.engagement({ pairPeriods: true });
    w.terminate();
    return {
      plain: plain.pairs.filter((p) => p.periods).length,
      named: named.pairs.filter((p) => p.periods).map((p) => p.pairId),
      id,
      all: all.pairs.every((p) => Array.isArray(p.periods)),
    };
  });
  assert.equal(periods.plain, 0);
  assert.deepEqual(periods.named, [periods.id]);
  assert.ok(periods.all);
  await page.close();
});

test("a load reports its stages, and a long call is cancelled without losing the data", async () => {
  const page = await env.context.newPage();
  await page.goto(`${env.base}examples/portal/dist/index.html`);
  const r = await page.evaluate(async () => {
    const { createAnalyticsWorker } = await import("/pkg/worker-client.js");
    const w = createAnalyticsWorker();
    const stages = [];
    const people = "person_id,hire_date\nA,2020-01-01\nB,2021-01-01\n";
    const pairs = "pair_id,mentor_id,mentee_id,start_date\nX,A,B,2021-02-01\n";
    const bytes = new TextEncoder().encode(people);
    await w.fromCsv(
      { people: bytes, pairs },
      { onProgress: (p) => stages.push(p.table ? `${p.stage} ${p.table}` : p.stage) },
    );
    const heard = [];
    w.addEventListener("progress", (e) =>
      heard.push(`${e.detail.stage} ${e.detail.analysis ?? e.detail.table ?? ""}`.trim()),
    );
    await w.meta();
    const slow = w.report();
    const cancelling = w.cancel();
    let cancelled = false;
    try {
      await slow;
    } catch (e) {
      cancelled = e instanceof Error && e.cancelled === true;
    }
    await cancelling;
    const meta = await w.meta();
    w.terminate();
    return {
      stages,
      heard,
      cancelled,
      people: meta.rows.people,
      pairs: meta.rows.pairs,
      callerBytes: bytes.byteLength,
    };
  });
  assert.deepEqual(r.stages, ["loading", "reading people", "reading pairs", "checking", "loaded"]);
  // Each call says when it starts; the cancel's reload reports its own stages.
  assert.equal(r.heard[0], "computing meta");
  assert.ok(r.heard.includes("reading people"), r.heard.join(", "));
  assert.equal(r.heard.at(-1), "computing meta");
  assert.equal(r.cancelled, true);
  assert.deepEqual([r.people, r.pairs], [2, 1], "the data is still loaded after the cancel");
  assert.ok(r.callerBytes > 0, "the caller's bytes were copied, not taken");
  await page.close();
});

/** The smallest text an element shows, in CSS pixels as drawn (chart text scaled with its SVG). */
async function smallestText(page, selector) {
  return page.locator(selector).evaluate((el) => {
    let min = Infinity;
    const walk = (root) => {
      for (const e of root.querySelectorAll("*")) {
        if (e.shadowRoot) walk(e.shadowRoot);
        const own = [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
        if (!own) continue;
        const box = e.getBoundingClientRect();
        if (!box.width || !box.height) continue;
        const svg = e.closest("svg");
        const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
        min = Math.min(min, parseFloat(getComputedStyle(e).fontSize) * scale);
      }
    };
    walk(el.shadowRoot);
    return min;
  });
}

test("in a 320 px column every text of the elements stays at 11 px or more", async () => {
  const { page, errors } = await open(340);
  await page.locator("mentor-insights-engagement").evaluate((e) => (e.style.width = "320px"));
  await page.waitForFunction(() => {
    const svg = document.querySelector("mentor-insights-engagement").shadowRoot.querySelector("svg");
    return svg && Math.abs(svg.viewBox.baseVal.width - svg.getBoundingClientRect().width) < 40;
  });
  for (const tag of ["mentor-insights-risk", "mentor-insights-engagement", "mentor-insights-findings"]) {
    const px = await smallestText(page, tag);
    assert.ok(px >= 11, `${tag}: ${px.toFixed(1)} px`);
  }
  await page.screenshot({ path: `${ARTIFACTS}/portal-320.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("Enter on a row keeps the focus on that row after the element redraws", async () => {
  const { page } = await open();
  const row = page.locator("mentor-insights-engagement tr[tabindex]").first();
  const key = await row.getAttribute("data-key");
  await row.focus();
  await page.keyboard.press("Enter");
  // The pair's own sessions are drawn, and the chosen row has the focus again.
  await page.waitForFunction((k) => {
    const root = document.querySelector("mentor-insights-engagement").shadowRoot;
    return root.querySelectorAll("svg").length >= 2 && root.activeElement?.dataset.key === k;
  }, key);
  await page.close();
});

test("an invalid attribute is reported, not ignored; the title and headings are parts", async () => {
  const { page } = await open();
  const heard = page.evaluate(
    () =>
      new Promise((resolve) =>
        document.addEventListener("mentor-insights-error", (e) => e.detail.attribute && resolve(e.detail), {
          once: false,
        }),
      ),
  );
  await page.locator("mentor-insights-risk").evaluate((e) => e.setAttribute("min-group-size", "five"));
  const detail = await heard;
  assert.deepEqual([detail.attribute, detail.value], ["min-group-size", "five"]);
  await page.waitForFunction(() =>
    /min-group-size="five" ist nicht zulässig, erwartet wird eine ganze Zahl ab 3/.test(
      document.querySelector("mentor-insights-risk").shadowRoot.querySelector('[part="note"]')?.textContent ?? "",
    ),
  );
  // The element still answers, with the default.
  await page.waitForSelector("mentor-insights-risk svg rect");
  const sizes = await page.locator("mentor-insights-risk").evaluate((e) => {
    const px = (sel) => parseFloat(getComputedStyle(e.shadowRoot.querySelector(sel)).fontSize);
    return { title: px('[part="title"]'), heading: px('[part="heading"]') };
  });
  assert.ok(sizes.heading < sizes.title, JSON.stringify(sizes));
  await page.close();
});

test("the OS's dark mode does not darken a portal that sets its own colours, unless it asks", async () => {
  const { page } = await open();
  await page.emulateMedia({ colorScheme: "dark" });
  const colour = (sel) => page.locator(sel).evaluate((e) => getComputedStyle(e).backgroundColor);
  // The portal sets its accent and font: its light card stays light.
  assert.equal(await colour("mentor-insights-risk"), "rgb(255, 255, 255)");
  await page.locator("mentor-insights-risk").evaluate((e) => e.setAttribute("theme", "auto"));
  assert.equal(await colour("mentor-insights-risk"), "rgb(28, 33, 39)");
  await page.locator("mentor-insights-risk").evaluate((e) => e.setAttribute("theme", "light"));
  assert.equal(await colour("mentor-insights-risk"), "rgb(255, 255, 255)");
  await page.close();
});

test("a failed load through the worker is explained in the language asked for", async () => {
  const page = await env.context.newPage();
  await page.goto(`${env.base}examples/portal/dist/index.html`);
  const message = await page.evaluate(async () => {
    const { createAnalyticsWorker } = await import("/pkg/worker-client.js");
    const w = createAnalyticsWorker();
    try {
      await w.fromCsv({ people: "person_id,hire_date\nP1,2020-01-01\nP1,2020-02-01\n" }, { locale: "es" });
      return "no error";
    } catch (e) {
      return `${e.message} | ${e.problems?.[0]?.message}`;
    } finally {
      w.terminate();
    }
  });
  assert.match(
    message,
    /^people fila 2, columna «person_id»: «P1» está duplicado \(visto primero en la fila 1\) \| people fila 2/,
  );
  await page.close();
});

test("before any data an element is quiet; a failed reload shows its problems, not the old chart", async () => {
  const page = await env.context.newPage();
  await page.goto(`${env.base}examples/portal/dist/index.html`);
  const r = await page.evaluate(async () => {
    const { createAnalyticsWorker } = await import("/pkg/worker-client.js");
    const w = createAnalyticsWorker();
    const el = document.createElement("mentor-insights-risk");
    el.setAttribute("locale", "nl");
    const errors = [];
    el.addEventListener("mentor-insights-error", (e) => errors.push(e.detail.message));
    document.body.append(el);
    el.source = w;
    const root = el.shadowRoot;
    const settled = () => new Promise((res) => setTimeout(res, 400));
    await settled();
    const before = {
      alert: root.querySelector('[role="alert"]') !== null,
      text: root.textContent,
      errors: errors.length,
    };
    const drawn = new Promise((res) => el.addEventListener("mentor-insights-render", res, { once: true }));
    await w.sample({ people: 300 });
    await drawn;
    const chart = root.querySelector("svg") !== null;
    await w
      .fromCsv({ people: "person_id,hire_date\nP1,2020-01-01\nP1,2020-02-01\n" }, { locale: "nl" })
      .catch(() => {});
    await settled();
    const after = {
      svg: root.querySelector("svg") !== null,
      alert: root.querySelector('[role="alert"]')?.textContent ?? "",
    };
    w.terminate();
    el.remove();
    return { before, chart, after, errors };
  });
  assert.deepEqual([r.before.alert, r.before.errors], [false, 0]);
  assert.match(r.before.text, /Nog geen gegevens geladen\./);
  assert.ok(r.chart);
  assert.equal(r.after.svg, false, "no chart of the earlier data");
  assert.match(
    r.after.alert,
    /De gegevens konden niet worden geladen:.*people rij 2, kolom 'person_id': 'P1' komt dubbel voor/,
  );
  assert.equal(r.errors.length, 1);
  await page.close();
});
