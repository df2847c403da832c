// The dashboard in Debian's Chromium under playwright-core: it opens on the built-in sample, every
// element draws, the user's own files load (and bad ones are explained, and what an element cannot
// answer for them replaces what it drew before), SQL cells run, chart and export, hostile strings
// stay text, the page passes axe, and nothing is requested from anywhere but 127.0.0.1.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { ARTIFACTS, seriousViolations, start, stop } from "./browser.mjs";

let env;
before(async () => {
  env = await start("www/dist");
});
after(async () => {
  await stop(env);
  assert.deepEqual(env?.outside ?? [], [], "no request leaves 127.0.0.1");
});

async function open() {
  const page = await env.context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(env.base);
  await page.waitForFunction(() => document.body.dataset.ready, null, { timeout: 120_000 });
  assert.equal(await page.evaluate(() => document.body.dataset.ready), "true", await page.textContent("#status"));
  await page.waitForSelector("mentor-insights-matching svg circle", { timeout: 120_000 });
  return { page, errors };
}

test("opens on the sample with the findings first and every element drawing", async () => {
  const { page, errors } = await open();
  assert.equal(await page.textContent('#counts dd[data-table="people"]'), "2,000");
  const first = page.locator("mentor-insights-findings li").first();
  assert.equal(await first.getAttribute("data-severity"), "warning");
  assert.ok(await page.locator('mentor-insights-findings li[data-id="retention.mentoring"]').count());
  const marks = {
    goals: "svg circle",
    engagement: "svg path.line",
    retention: "svg path.line",
    risk: "svg rect",
    progression: "svg circle",
    matching: "svg circle",
  };
  for (const [name, mark] of Object.entries(marks)) {
    await page.waitForSelector(`mentor-insights-${name} ${mark}`);
    // Every chart has its table.
    assert.ok((await page.locator(`mentor-insights-${name} figure table`).count()) > 0, `${name} has a table`);
  }
  // An analysis's warnings are shown beside what it drew.
  {
    const notes = page.locator('mentor-insights-retention [part="warnings"] li[data-code="immortal_time_bias"]');
    assert.equal(await notes.count(), 1);
    assert.match(await notes.textContent(), /^immortal-time bias: the naive "ever mentored" hazard ratio/);
  }
  await page.waitForSelector("#cell-out-0 svg rect");
  // Choosing a pair at risk opens its own sessions in the engagement element.
  const row = page.locator("mentor-insights-risk tr[tabindex]").first();
  const id = (await row.locator("td").first().textContent()).trim();
  await row.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    (pair) =>
      document
        .querySelector("#dashboard")
        .elements.engagement.shadowRoot.textContent.includes(`Pair ${pair}: sessions per month`),
    id,
  );
  await page.click("#risk-eval-box summary");
  await page.click("#risk-eval-run");
  await page.waitForSelector("#risk-eval table");
  assert.match(await page.textContent("#risk-eval tbody tr"), /^detector0\.\d\d/);
  assert.deepEqual(await seriousViolations(page), []);
  await page.screenshot({ path: `${ARTIFACTS}/dashboard.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  await page.screenshot({ path: `${ARTIFACTS}/dashboard-phone.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("attributes re-render: a locale formats numbers, a period regroups", async () => {
  const { page } = await open();
  await page.evaluate(() => document.querySelector("#dashboard").setAttribute("locale", "de-DE"));
  await page.waitForFunction(() =>
    /0,\d\d \(0,\d\d–0,\d\d\)/.test(document.querySelector("#dashboard").elements.retention.shadowRoot.textContent),
  );
  await page.selectOption('select[name="period"]', "week");
  await page.click('#params button[type="submit"]');
  await page.waitForFunction(() =>
    document.querySelector("#dashboard").elements.engagement.shadowRoot.textContent.includes("Held sessions per week"),
  );
  await page.close();
});

test("the language picker writes labels and sentences in the chosen language", async () => {
  const { page } = await open();
  await page.selectOption('select[name="locale"]', "fr");
  await page.waitForFunction(() =>
    /Les personnes mentorées partent à 0,60 fois le taux des autres/.test(
      document.querySelector("#dashboard").elements.findings.shadowRoot.textContent,
    ),
  );
  const shadow = await page.evaluate(() => {
    const root = document.querySelector("#dashboard").elements.findings.shadowRoot;
    return { title: root.querySelector("h2").textContent, text: root.textContent };
  });
  assert.equal(shadow.title, "Ce que disent les chiffres");
  assert.ok(!/Mentored people/.test(shadow.text));
  // A caption names its dimension in French too, not by the data's key ("program").
  await page.waitForFunction(() =>
    /^Taux d’atteinte par programme \(IC/.test(
      document.querySelector("#dashboard").elements.goals.shadowRoot.querySelector("figcaption")?.textContent,
    ),
  );
  // The page's own words too: its language, the form, the data panel (numbers as French writes
  // them), the notebook's cells; the warnings come again in French.
  const page_ = async () =>
    page.evaluate(() => ({
      lang: document.documentElement.lang,
      update: document.querySelector('#params button[type="submit"]').textContent,
      people: document.querySelector('#counts dd[data-table="people"]').textContent,
      table: document.querySelector("#counts dt").textContent,
      source: document.querySelector("#source").textContent,
      run: document.querySelector("#cells button").textContent,
      notebook: document.querySelector("#notebook-heading").textContent,
      rows: document.querySelector("#cell-out-0 p.count")?.textContent,
      warnings: document.querySelector("#warnings-summary").textContent,
    }));
  await page.waitForFunction(() => /lignes?$/.test(document.querySelector("#cell-out-0 p.count")?.textContent ?? ""));
  assert.deepEqual(await page_(), {
    lang: "fr",
    update: "Mettre à jour",
    people: "2\u202f000",
    table: "personnes",
    source: "exemple intégré",
    run: "Exécuter",
    notebook: "Carnet",
    rows: "4 lignes",
    warnings: "Avertissements (0)",
  });
  await page.screenshot({ path: `${ARTIFACTS}/dashboard-fr.png` });
  // The detector's replay names its scorers in French, numbers with a decimal comma.
  await page.click("#risk-eval-box summary");
  await page.click("#risk-eval-run");
  await page.waitForSelector("#risk-eval table");
  assert.match(await page.textContent("#risk-eval tbody tr"), /^détecteur0,\d\d/);
  assert.match(await page.textContent("#risk-eval tbody"), /14 jours sans séance tenue/);
  // And back: every word in English again, the replay too.
  await page.selectOption('select[name="locale"]', "en");
  await page.waitForFunction(() => /^detector0\.\d\d/.test(document.querySelector("#risk-eval tbody tr")?.textContent));
  await page.waitForFunction(() => /rows?$/.test(document.querySelector("#cell-out-0 p.count")?.textContent ?? ""));
  assert.deepEqual(await page_(), {
    lang: "en",
    update: "Update",
    people: "2,000",
    table: "people",
    source: "built-in sample",
    run: "Run",
    notebook: "Notebook",
    rows: "4 rows",
    warnings: "Warnings (0)",
  });
  await page.close();
});

test("the page opens in the browser's language, and load warnings come in it", async () => {
  const page = await env.context.newPage();
  await page.addInitScript(() => Object.defineProperty(navigator, "languages", { get: () => ["nl-BE", "nl"] }));
  await page.goto(env.base);
  await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 120_000 });
  assert.equal(await page.inputValue('select[name="locale"]'), "nl");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "nl");
  assert.equal(await page.textContent("#data-heading [data-t]"), "Gegevens");
  // A file with a load warning: the warning's message in Dutch, its code as it is.
  await page.setInputFiles("#files", {
    name: "people.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      "person_id,hire_date,department,termination_date\nP1,2020-01-01,HR,\nP2,2020-02-01,HR,2021-01-01\n",
    ),
  });
  // The warnings are shown once the loaded data's meta has come (after the source's name).
  await page.waitForFunction(
    () => document.querySelector("#source").textContent === "people.csv" && document.querySelector("#warnings li"),
  );
  const warning = await page.evaluate(() => {
    const li = document.querySelector("#warnings li");
    return (
      li && {
        code: li.title,
        message: li.textContent,
        summary: document.querySelector("#warnings-summary").textContent,
      }
    );
  });
  assert.equal(warning?.code, "column_unused");
  assert.match(warning.message, /^people: er is geen kolom exit_date, maar 'termination_date' lijkt erop/);
  assert.equal(warning.summary, "Waarschuwingen (1)");
  await page.close();
});

test("the report downloads as one page that opens offline, in the language chosen", async () => {
  const { page } = await open();
  await page.selectOption('select[name="locale"]', "es");
  const [file] = await Promise.all([page.waitForEvent("download"), page.click("#download-report")]);
  assert.equal(file.suggestedFilename(), "mentor-insights-report-es.html");
  const html = readFileSync(await file.path(), "utf8");
  assert.match(html, /^<!doctype html>\n<html lang="es">/);
  // Opened with no network at all: everything is in the file.
  const viewer = await env.context.newPage();
  const requests = [];
  viewer.on("request", (r) => requests.push(r.url()));
  await viewer.setContent(html);
  assert.ok((await viewer.locator("svg").count()) >= 5);
  assert.match(await viewer.locator("h2").first().textContent(), /Lo que dicen los números/);
  assert.deepEqual(requests, []);
  assert.deepEqual(await seriousViolations(viewer), []);
  await viewer.screenshot({ path: `${ARTIFACTS}/report-es.png`, fullPage: true });
  await viewer.setViewportSize({ width: 390, height: 900 });
  // On a phone the page is as wide as the phone: wide tables scroll inside it.
  assert.ok((await viewer.evaluate(() => document.documentElement.scrollWidth)) <= 390);
  await viewer.screenshot({ path: `${ARTIFACTS}/report-es-phone.png`, fullPage: true });
  await viewer.close();
  await page.close();
});

test("after the user's own files, an element that cannot answer shows only why", async () => {
  const { page } = await open();
  const people =
    "person_id,hire_date,exit_date,department\n" +
    Array.from(
      { length: 40 },
      (_, i) => `P${i},2020-01-0${1 + (i % 9)},${i % 3 ? "" : "2022-06-01"},${i % 2 ? "Sales" : "Ops"}`,
    ).join("\n") +
    "\n";
  const pairs =
    "pair_id,mentor_id,mentee_id,start_date\n" +
    Array.from({ length: 12 }, (_, i) => `X${i},P${i},P${i + 20},2021-0${1 + (i % 9)}-01`).join("\n") +
    "\n";
  const sessions = `pair_id,date\n${Array.from({ length: 12 }, (_, i) => `X${i},2021-10-0${1 + (i % 9)}`).join("\n")}\n`;
  await page.setInputFiles("#files", [
    { name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(people) },
    { name: "pairs.csv", mimeType: "text/csv", buffer: Buffer.from(pairs) },
    { name: "sessions.csv", mimeType: "text/csv", buffer: Buffer.from(sessions) },
  ]);
  await page.waitForFunction(() => document.querySelector('#counts dd[data-table="people"]')?.textContent === "40");
  const goals = page.locator("mentor-insights-goals");
  await page.waitForFunction(() =>
    /needs the goals table/.test(document.querySelector("#dashboard").elements.goals.shadowRoot.textContent),
  );
  assert.equal(await goals.locator("svg").count(), 0, "no chart of the sample is left");
  assert.equal(await goals.locator("p.why").count(), 1);
  await page.waitForFunction(() =>
    /needs the promotions table/.test(document.querySelector("#dashboard").elements.progression.shadowRoot.textContent),
  );
  assert.equal(await page.locator("mentor-insights-progression svg").count(), 0);
  // The engagement of the loaded pairs is drawn.
  await page.waitForFunction(() =>
    document.querySelector("#dashboard").elements.engagement.shadowRoot.textContent.includes("12 pairs"),
  );
  await page.close();
});

test("a program of one pair and one goal is described in the singular; suppressed groups are said to be", async () => {
  const { page } = await open();
  const files = {
    people: "person_id,hire_date,exit_date\nP1,2020-01-01,\nP2,2020-01-01,\nP3,2020-02-01,2023-05-01\nP4,2020-03-01,\n",
    pairs: "pair_id,mentor_id,mentee_id,program,start_date,cadence_days\nM1,P2,P1,Growth,2024-01-01,14\n",
    sessions: "pair_id,date,status\nM1,2024-01-10,held\nM1,2024-02-10,held\n",
    goals: "goal_id,pair_id,created_date,due_date,status\nG1,M1,2024-01-10,2024-06-01,open\n",
  };
  await page.setInputFiles(
    "#files",
    Object.entries(files).map(([t, text]) => ({ name: `${t}.csv`, mimeType: "text/csv", buffer: Buffer.from(text) })),
  );
  await page.waitForFunction(() => document.querySelector('#counts dd[data-table="people"]')?.textContent === "4");
  const summary = (element) =>
    page.waitForFunction(
      (e) => document.querySelector("#dashboard").elements[e].shadowRoot.querySelector("p.summary")?.textContent,
      element,
    );
  assert.match(await (await summary("engagement")).jsonValue(), /^1 pair, 1 active; 0 active pairs have not met/);
  assert.match(await (await summary("goals")).jsonValue(), /^1 goal in 1 pair: .*; in active pairs 0 are past due/);
  assert.match(await (await summary("risk")).jsonValue(), /^1 active pair as of /);
  // Four people: every retention group is below the privacy threshold, and the sentence says so.
  assert.match(await (await summary("retention")).jsonValue(), /: suppressed \(fewer than 5\)\. Log-rank/);
  // Its curves have nothing to draw: the figure says so, with no empty chart, and keeps its table.
  const curves = await page.evaluate(() =>
    [...document.querySelector("#dashboard").elements.retention.shadowRoot.querySelectorAll("figure")].map((f) => ({
      note: f.querySelector("p.muted")?.textContent ?? null,
      charts: f.querySelectorAll("svg").length,
      tables: f.querySelectorAll("table").length,
    })),
  );
  const empty = curves.filter((f) => f.note);
  assert.ok(empty.length > 0, JSON.stringify(curves));
  for (const f of empty) {
    assert.match(f.note, /^Nothing to draw: every group is below the privacy threshold/);
    assert.deepEqual([f.charts, f.tables], [0, 1]);
  }
  await page.close();
});

test("a malformed file is explained with its table, row and column", async () => {
  const { page } = await open();
  await page.setInputFiles("#files", [
    {
      name: "people.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("person_id,hire_date\nA,2020-01-01\nB,2025-13-02\n"),
    },
  ]);
  await page.waitForSelector("#status.error");
  assert.equal(
    await page.textContent("#status"),
    'people row 2, column "hire_date": "2025-13-02" is not a date (expected YYYY-MM-DD)',
  );
  // Nothing was half-loaded, and nothing of the sample is drawn as if it were the data now: the
  // elements show the failed load with its located problem.
  assert.equal(await page.locator("#counts dd").count(), 0);
  await page.waitForFunction(() =>
    /2025-13-02/.test(document.querySelector("#dashboard").elements.goals.shadowRoot.textContent),
  );
  assert.equal(await page.locator("mentor-insights-goals svg").count(), 0);
  // In another language the failure is explained again in it, in the status and in the mapping
  // step shown beside it; and back.
  await page.waitForSelector("#mapping-step:not([hidden]) .error");
  await page.selectOption('select[name="locale"]', "fr");
  await page.waitForFunction(() => /n’est pas une date/.test(document.querySelector("#status").textContent));
  // (French sets its guillemets and colons apart with no-break spaces.)
  assert.equal(
    (await page.textContent("#status")).replace(/\s/g, " "),
    "people ligne 2, colonne « hire_date » : « 2025-13-02 » n’est pas une date (attendu AAAA-MM-JJ)",
  );
  await page.waitForFunction(() =>
    /n’est pas une date/.test(document.querySelector("#mapping-step .error").textContent),
  );
  assert.equal(await page.locator("#counts dd").count(), 0);
  await page.selectOption('select[name="locale"]', "en");
  await page.waitForFunction(() => /is not a date/.test(document.querySelector("#status").textContent));
  await page.waitForFunction(() => /is not a date/.test(document.querySelector("#mapping-step .error").textContent));
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
    {
      name: "people.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`person_id,hire_date,department\n"${hostile}",2020-01-01,Sales\nB,2021-01-01,Ops\n`),
    },
  ]);
  await page.waitForFunction(() => document.querySelector('#counts dd[data-table="people"]')?.textContent === "2");
  const cell = page.locator("#cells textarea").first();
  await cell.fill("SELECT person_id FROM people ORDER BY person_id");
  await page.locator("#cells button", { hasText: "Run" }).first().click();
  await page.waitForFunction((h) => document.querySelector("#cell-out-0 td")?.textContent === h, hostile);
  // Hostile ids stay text inside the elements too.
  assert.equal(await page.locator("mentor-insights-dashboard img").count(), 0);
  assert.equal(await page.locator("#cell-out-0 img").count(), 0);
  assert.equal(dialogs, 0);
  await page.close();
});

test("an analysis cell runs with its options and exports JSON", async () => {
  const { page } = await open();
  await page.click("#add-analysis");
  const cell = page.locator(".cell").last();
  const area = await cell.locator("textarea").elementHandle();
  await cell.locator('select option[value="retention_cox"]').waitFor({ state: "attached" });
  // The list of result tables fills the pickers in place: a cell being edited is not drawn again.
  assert.ok(await area.evaluate((e) => e.isConnected));
  await cell.locator("select").selectOption("retention_cox");
  await cell.locator("textarea").fill('{ "covariates": ["mentored"] }');
  await cell.locator("button", { hasText: "Run" }).click();
  await page.waitForFunction(
    () => [...document.querySelectorAll(".cell")].at(-1).querySelector("td")?.textContent === "mentored",
  );
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    cell.locator("button", { hasText: "Export JSON" }).click(),
  ]);
  const rows = JSON.parse(readFileSync(await download.path(), "utf8"));
  // The core's rows, as SQL reads `retention_cox`: the mentored term alone, as asked.
  assert.deepEqual(
    rows.map((r) => r.term),
    ["mentored"],
  );
  assert.ok(rows[0].hazard_ratio > 0 && rows[0].hazard_ratio < 1 && rows[0].ci_low < rows[0].hazard_ratio);
  await page.close();
});

test("a SQL cell runs and its result downloads as CSV with formulas neutralised", async () => {
  const { page } = await open();
  const cell = page.locator("#cells textarea").first();
  await cell.fill("SELECT '=1+1' AS formula, count(*) AS n FROM pairs");
  await page.locator("#cells button", { hasText: "Run" }).first().click();
  await page.waitForFunction(() => document.querySelector("#cell-out-0 td")?.textContent === "=1+1");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("#cells button", { hasText: "Export CSV" }).first().click(),
  ]);
  const text = readFileSync(await download.path(), "utf8");
  assert.match(text, /^formula,n\n'=1\+1,\d+\n$/);
  await page.close();
});

test("the notebook tells a story: text cells, outputs that stay, the chart's columns picked, numbers as shown", async () => {
  const { page } = await open();
  // The first cell, SQL with a bar chart (the browser keeps the notebook of earlier tests).
  await page
    .locator("#cells textarea")
    .first()
    .fill(
      "SELECT program, count(*) AS pairs, avg(cadence_days) AS cadence FROM pairs GROUP BY program ORDER BY program",
    );
  await page.locator('#cells .cell select[aria-label^="Chart of cell 1"]').selectOption("bar");
  await page.locator("#cells button", { hasText: "Run" }).first().click();
  await page.waitForSelector("#cell-out-0 svg rect");
  assert.ok(!/^null/.test(await page.textContent("#cell-out-0")), "no stray null");
  // A text cell: markdown shown as text, and the first cell keeps its output.
  await page.click("#add-text");
  await page
    .locator("#cells textarea")
    .last()
    .fill("## Onboarding\n\nSee **the bars** <img src=x onerror=alert(1)>\n- one\n- two");
  await page.locator("#cells .cell").last().locator("button", { hasText: "Show" }).click();
  const last = page.locator("#cells .cell-out").last();
  await last.locator("h4").waitFor();
  assert.equal(await last.locator("h4").textContent(), "Onboarding");
  assert.equal(await last.locator("strong").textContent(), "the bars");
  assert.equal(await last.locator("img").count(), 0);
  assert.match(await last.textContent(), /<img src=x onerror=alert\(1\)>/);
  assert.equal(await last.locator("li").count(), 2);
  assert.ok(await page.locator("#cell-out-0 svg rect").count(), "the first cell's chart is still there");
  // The chart's values column is the one picked; numbers are shown (and exported) to 4 decimals.
  await page
    .locator("#cells textarea")
    .first()
    .fill(
      "SELECT program, count(*) AS pairs, avg(cadence_days) AS cadence FROM pairs GROUP BY program ORDER BY program",
    );
  await page.locator("#cells button", { hasText: "Run" }).first().click();
  await page.waitForSelector('#cells .cell select[data-axis="y"] option[value="cadence"]', { state: "attached" });
  await page.locator('#cells .cell select[data-axis="y"]').first().selectOption("cadence");
  await page.waitForFunction(
    () => document.querySelector("#cell-out-0 svg")?.getAttribute("aria-label") === "cadence by program",
  );
  const cadence = await page.locator("#cell-out-0 tbody tr td").nth(2).textContent();
  assert.match(cadence, /^\d+(\.\d{1,4})?$/);
  await page.close();
});

test("the notebook joins results with tables, reruns what depends on a cell, round-trips as a file and exports one page", async () => {
  const { page } = await open();
  await page.evaluate(() => localStorage.clear());
  // Start from one cell: remove all but the first.
  while ((await page.locator("#cells .cell").count()) > 1)
    await page.locator("#cells .cell").last().locator("button", { hasText: "Remove" }).click();
  const sqlOf = (i) => page.locator("#cells .cell").nth(i).locator("textarea");
  const outOf = (i) => page.locator("#cells .cell-out").nth(i);
  // An analysis result joined with a table, by name; run with Ctrl+Enter.
  await sqlOf(0).fill("SELECT r.pair_id, p.program FROM risk r JOIN pairs p USING (pair_id) ORDER BY r.pair_id");
  await sqlOf(0).press("Control+Enter");
  await page.waitForFunction(
    () =>
      document.querySelector("#cell-out-0 th")?.textContent === "pair_id" &&
      document.querySelectorAll("#cell-out-0 th")[1]?.textContent === "program",
  );
  const riskRows = Number((await outOf(0).locator("p.count").textContent()).match(/^(\d+) rows/)[1]);
  assert.ok(riskRows > 0);
  // Dates are SQL dates: grouped by their year.
  await page.click("#add-cell");
  await sqlOf(1).fill(
    "SELECT extract(year FROM start_date) AS year, count(*) AS pairs FROM pairs GROUP BY year ORDER BY year",
  );
  await page.locator("#cells .cell").nth(1).locator("button", { hasText: "Run" }).click();
  await page.waitForFunction(() => /^\d{4}$/.test(document.querySelector("#cell-out-1 td")?.textContent ?? ""));
  // A cell that uses the first cell's output by its name, and runs again when the first does.
  await page.click("#add-cell");
  const first = await page.locator("#cells .cell").nth(0).locator("input.cell-name").inputValue();
  await sqlOf(2).fill(`SELECT count(*) AS n FROM ${first}`);
  await page.locator("#cells .cell").nth(2).locator("button", { hasText: "Run" }).click();
  await page.waitForFunction((n) => document.querySelector("#cell-out-2 td")?.textContent === String(n), riskRows);
  await sqlOf(0).fill(
    "SELECT r.pair_id, p.program FROM risk r JOIN pairs p USING (pair_id) ORDER BY r.pair_id LIMIT 3",
  );
  await sqlOf(0).press("Control+Enter");
  await page.waitForFunction(() => document.querySelector("#cell-out-2 td")?.textContent === "3");
  // A text cell whose script and image stay text.
  await page.click("#add-text");
  await page
    .locator("#cells textarea")
    .last()
    .fill("## Why\n\n<script>window.ran = 1</script> and <img src=x onerror=window.ran=2> [x](javascript:alert(1))");
  await page.locator("#cells .cell").last().locator("button", { hasText: "Show" }).click();
  await page.locator("#cells .cell-out").last().locator("h4").waitFor();
  assert.equal(await page.locator("#cells .cell-out").last().locator("script, img, a").count(), 0);
  assert.match(await page.locator("#cells .cell-out").last().textContent(), /<script>window.ran = 1<\/script>/);
  assert.equal(await page.evaluate(() => window.ran), undefined);
  const outputs = async () => Promise.all([0, 1, 2, 3].map((i) => outOf(i).textContent()));
  const before = await outputs();
  // Saved as a file: cells only, no row of data.
  const [saved] = await Promise.all([page.waitForEvent("download"), page.click("#export-notebook")]);
  const file = readFileSync(await saved.path(), "utf8");
  const book = JSON.parse(file);
  assert.equal(book.version, 1);
  assert.equal(book.cells.length, 4);
  const someId = (await outOf(0).locator("td").first().textContent()).trim();
  assert.ok(!file.includes(someId), "no row of data in the notebook file");
  // Cleared, then opened: the same cells and, run again, the same outputs.
  while ((await page.locator("#cells .cell").count()) > 0)
    await page.locator("#cells .cell").last().locator("button", { hasText: "Remove" }).click();
  await page.setInputFiles("#import-notebook", {
    name: "notebook.json",
    mimeType: "application/json",
    buffer: Buffer.from(file),
  });
  await page.waitForFunction(() => document.querySelector("#cell-out-2 td")?.textContent === "3");
  await page.waitForFunction(() => document.querySelector("#cells .cell-out:last-child h4, #cell-out-3 h4"));
  assert.deepEqual(await outputs(), before);
  // A file of a later version is refused, saying why.
  await page.setInputFiles("#import-notebook", {
    name: "later.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ version: 2, cells: [] })),
  });
  await page.waitForFunction(() => /later version/.test(document.querySelector("#notebook-status").textContent));
  assert.equal(await page.locator("#cells .cell").count(), 4);
  // The notebook as one page: its text, queries, chart and tables; no script, no request.
  await page.locator('#cells .cell select[aria-label^="Chart of cell 2"]').selectOption("dot");
  await page.waitForSelector("#cell-out-1 svg circle");
  await page.locator('#cells .cell select[aria-label^="Chart of cell 2"]').selectOption("bar");
  await page.waitForSelector("#cell-out-1 svg rect");
  // By default: the first column labels, the next number column is drawn (pairs by year).
  assert.equal(await page.locator("#cell-out-1 svg").getAttribute("aria-label"), "pairs by year");
  const [exported] = await Promise.all([page.waitForEvent("download"), page.click("#export-notebook-html")]);
  const html = readFileSync(await exported.path(), "utf8");
  assert.match(html, /^<!doctype html>/);
  assert.ok(
    !/<script|<img|javascript:/i.test(
      html.replace(/&lt;script&gt;|&lt;img[^&]*&gt;|\[x\]\(javascript:alert\(1\)\)/g, ""),
    ),
    "no script, image or script link",
  );
  const viewer = await env.context.newPage();
  const requests = [];
  viewer.on("request", (r) => requests.push(r.url()));
  await viewer.setContent(html);
  assert.equal((await viewer.locator("svg rect").count()) > 0, true);
  assert.equal(await viewer.locator("table").count(), 3);
  assert.equal(await viewer.locator("h4").textContent(), "Why");
  assert.deepEqual(requests, []);
  assert.deepEqual(await seriousViolations(viewer), []);
  for (const [width, name] of [
    [1280, "notebook-page"],
    [390, "notebook-page-phone"],
  ]) {
    await viewer.setViewportSize({ width, height: 900 });
    assert.ok((await viewer.evaluate(() => document.documentElement.scrollWidth)) <= width);
    await viewer.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
  }
  await viewer.close();
  for (const [width, name] of [
    [1280, "notebook"],
    [390, "notebook-phone"],
  ]) {
    await page.setViewportSize({ width, height: 900 });
    // The chart is drawn again at the notebook's width: its text stays 12 px.
    await page.waitForFunction(
      (w) => Number(document.querySelector("#cell-out-1 svg")?.getAttribute("viewBox")?.split(" ")[2]) <= w,
      width,
    );
    await page.locator("#notebook").screenshot({ path: `${ARTIFACTS}/${name}.png` });
  }
  await page.close();
});

/** An HRIS-shaped export: other file names, headers and labels, US dates. */
function hrisExport() {
  const us = (y, m, d) => `${m}/${d}/${y}`;
  const people =
    "Employee ID,Hire Date,Termination Date,Reason,Org Unit\n" +
    Array.from(
      { length: 40 },
      (_, i) =>
        `E${i},${us(2019 + (i % 3), 1 + (i % 12), 1 + (i % 27))},${i % 4 ? "" : us(2023, 6, 1 + (i % 20))},${i % 4 ? "" : i % 8 ? "Resignation" : "Dismissal"},${i % 2 ? "Sales" : "Ops"}`,
    ).join("\n") +
    "\n";
  const pairs =
    "Relationship ID,Mentor,Mentee,Match Date\n" +
    Array.from({ length: 12 }, (_, i) => `R${i},E${i + 1},E${i + 21},${us(2022, 1 + (i % 9), 1)}`).join("\n") +
    "\n";
  return [
    { name: "hris.csv", mimeType: "text/csv", buffer: Buffer.from(people) },
    { name: "relationships.csv", mimeType: "text/csv", buffer: Buffer.from(pairs) },
  ];
}

test("an export named its own way is mapped by keyboard and mouse, and its saved mapping reloads", async () => {
  const { page, errors } = await open();
  await page.setInputFiles("#files", hrisExport());
  // The load fails (no file is the people table) and the mapping step shows the files, guessed.
  await page.waitForSelector("#mapping-step:not([hidden]) fieldset.map-file");
  assert.equal(await page.locator("#mapping-step fieldset.map-file").count(), 2);
  const people = page.locator('fieldset.map-file[data-file="hris.csv"]');
  assert.equal(await people.locator("select").first().inputValue(), "people");
  assert.equal(await people.locator('select[data-column="person_id"]').inputValue(), "Employee ID");
  assert.equal(await people.locator("input[data-role=date-format]").inputValue(), "M/D/YYYY");
  // By keyboard: the exit_type column gets the "Reason" header.
  const exitType = people.locator('select[data-column="exit_type"]');
  await exitType.focus();
  const options = await exitType.locator("option").allTextContents();
  for (let k = 0; k < options.indexOf("Reason"); k++) await page.keyboard.press("ArrowDown");
  await page.waitForFunction(() =>
    document.querySelector('fieldset.map-file[data-file="hris.csv"] select[data-value="Resignation"]'),
  );
  assert.equal(
    await page.evaluate(() => document.activeElement?.dataset.column),
    "exit_type",
    "focus stays on the column",
  );
  // By mouse: the values the file spells its own way.
  await people.locator('select[data-value="Resignation"]').selectOption("voluntary");
  await people.locator('select[data-value="Dismissal"]').selectOption("involuntary");
  assert.deepEqual(await seriousViolations(page), []);
  await page.screenshot({ path: `${ARTIFACTS}/mapping-step.png`, fullPage: true });
  const [saved] = await Promise.all([page.waitForEvent("download"), page.click("text=Save mapping")]);
  const mapping = JSON.parse(readFileSync(await saved.path(), "utf8"));
  assert.equal(mapping.tables.people.columns.exit_type, "Reason");
  assert.equal(mapping.tables.people.values.exit_type.Resignation, "voluntary");
  assert.equal(mapping.tables.pairs.file, "relationships.csv");
  await page.click("text=Load with this mapping");
  await page.waitForFunction(() => document.querySelector('#counts dd[data-table="people"]')?.textContent === "40");
  await page.waitForSelector("#mapping-step", { state: "hidden" });
  await page.close();
  // Next month: the saved mapping, then the files, load at once.
  const next = await open();
  await next.page.setInputFiles("#mapping", {
    name: "mapping.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(mapping)),
  });
  await next.page.setInputFiles("#files", hrisExport());
  await next.page.waitForFunction(() => document.querySelector('#counts dd[data-table="pairs"]')?.textContent === "12");
  assert.ok(await next.page.locator("#mapping-step").isHidden());
  assert.deepEqual([...errors, ...next.errors], []);
  await next.page.close();
});

test("every chart downloads as SVG and PNG, every table as CSV as shown", async () => {
  const { page } = await open();
  const goals = page.locator("mentor-insights-goals");
  const save = async (button) => {
    const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
  };
  const svg = await save(goals.locator('.exports button:text("SVG")').first());
  assert.match(svg.name, /\.svg$/);
  const text = svg.bytes.toString("utf8");
  assert.match(text, /^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(text, /fill="rgb\(/, "the colours the page gave it, written in");
  const png = await save(goals.locator('.exports button:text("PNG")').first());
  assert.deepEqual([...png.bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
  await goals.locator("details summary").first().click();
  const csv = await save(goals.locator("button.csv").first());
  const lines = csv.bytes.toString("utf8").trim().split("\r\n");
  assert.ok(lines.length >= 2, lines.join("\n"));
  assert.match(lines[0], /^Group,/);
  await page.close();
});
