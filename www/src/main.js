import * as Plot from "@observablehq/plot";
import { createAnalyticsWorker } from "mentor-insights/worker";

const $ = (id) => document.getElementById(id);
const el = (tag, { dataset, ...props } = {}, ...children) => {
  const e = document.createElement(tag);
  Object.assign(e, props);
  Object.assign(e.dataset, dataset ?? {});
  e.append(...children);
  return e;
};
const pct = (x) => (x == null ? "—" : `${(100 * x).toFixed(1)}%`);
const num = (x, d = 2) => (x == null ? "—" : Number(x).toFixed(d));

// ---- the worker: every analysis runs off the main thread ---------------------------------------
const api = createAnalyticsWorker();
const call = (op, arg) => api[op](arg);

// ---- parameters -------------------------------------------------------------------------------
function params() {
  const f = new FormData($("params"));
  const o = { minGroupSize: Math.max(3, Number(f.get("minGroupSize")) || 5) };
  if (f.get("asOf")) o.asOf = f.get("asOf");
  return { common: o, by: f.get("by"), period: f.get("period"), exits: f.get("exits") };
}

// ---- data panel -------------------------------------------------------------------------------
function showMeta(meta, warnings) {
  $("counts").replaceChildren(
    ...Object.entries(meta.rows)
      .filter(([t]) => meta.tables.includes(t))
      .map(([t, n]) => el("div", {}, el("dt", { textContent: t }), el("dd", { textContent: n.toLocaleString("en"), dataset: { table: t } }))),
  );
  $("warning-count").textContent = String(warnings.length);
  $("warnings").replaceChildren(...warnings.map((w) => el("li", { textContent: w.message, title: w.code })));
  const asOf = $("params").elements.asOf;
  if (!asOf.value) asOf.placeholder = meta.asOf;
}

function showError(where, e) {
  $(where).replaceChildren(el("p", { className: "error", textContent: String(e.message ?? e) }));
}

const suppressedNote = (g) => el("li", { className: "suppressed", textContent: `${g.group ?? g.program}: suppressed (fewer than ${g.nBelow})` });

// ---- goals ------------------------------------------------------------------------------------
function showGoals(g) {
  const o = g.overall;
  $("goals-summary").textContent =
    `${o.goals.toLocaleString("en")} goals in ${o.pairs} pairs: ${pct(o.completionRate?.value)} completed ` +
    `(95% CI ${pct(o.completionRate?.ciLow)}–${pct(o.completionRate?.ciHigh)}), ${pct(o.onTimeRate?.value)} of those on time; ` +
    `median time to completion ${o.timeToComplete?.median?.value ?? "not reached"} days.`;
  const shown = g.groups.filter((x) => !x.suppressed && x.completionRate);
  const rows = (shown.length ? shown : [{ group: "all goals", ...o }]).map((x) => ({
    group: x.group,
    rate: x.completionRate.value,
    lo: x.completionRate.ciLow,
    hi: x.completionRate.ciHigh,
  }));
  $("goals-chart").replaceChildren(
    Plot.plot({
      width: 520, height: 60 + 32 * rows.length, marginLeft: 170, x: { domain: [0, 1], label: "completion rate", tickFormat: "%", grid: true },
      y: { label: null },
      marks: [Plot.ruleY(rows, { y: "group", x1: "lo", x2: "hi", stroke: "#486581", strokeWidth: 3 }), Plot.dot(rows, { y: "group", x: "rate", fill: "#2f80ed", r: 5 })],
    }),
  );
  // Goals left open for years dominate the time axis; the first 18 months tell the story.
  const km = (o.timeToComplete?.km ?? []).filter((r) => r.t <= 548);
  $("goals-km").replaceChildren(
    Plot.plot({
      width: 520, height: 260, x: { label: "days since created" }, y: { domain: [0, 1], label: "still open", grid: true },
      marks: [Plot.areaY(km, { x: "t", y1: "ciLow", y2: "ciHigh", curve: "step-after", fill: "#2f80ed", fillOpacity: 0.15 }), Plot.line(km, { x: "t", y: "survival", curve: "step-after", stroke: "#2f80ed" })],
    }),
  );
  const list = (title, ids) =>
    el("details", {}, el("summary", { textContent: `${title} (${ids.length})` }), el("p", { className: "ids", textContent: ids.join(", ") || "none" }));
  $("goals-lists").replaceChildren(
    list("Overdue goals in active pairs", o.overdue),
    list(`Stalled goals (no update for more than ${g.stalledDays} days)`, o.stalled),
    el("ul", {}, ...g.groups.filter((x) => x.suppressed).map(suppressedNote)),
  );
}

// ---- engagement -------------------------------------------------------------------------------
function showEngagement(e) {
  const programs = e.programs.filter((p) => !p.suppressed);
  const active = e.pairs.filter((p) => p.active);
  const stale = active.filter((p) => p.daysSinceLastHeld == null || p.daysSinceLastHeld > 2 * p.cadenceDays).length;
  $("engagement-summary").textContent =
    `${e.pairs.length.toLocaleString("en")} pairs, ${active.length} active; ${stale} active pairs have not met for more than twice their agreed cadence.`;
  const parse = (p) => (e.period === "week" ? isoWeekStart(p) : new Date(`${p}-01T00:00:00Z`));
  const rows = programs.flatMap((p) => p.periods.map((x) => ({ program: p.program, period: parse(x.period), held: x.held })));
  // Theil–Sen lines of monthly held sessions, drawn over the monthly series.
  const trendRows = e.period === "month"
    ? programs.filter((p) => p.trend).flatMap((p) => {
        const first = parse(p.periods[0].period);
        const months = p.periods.length;
        return [0, months - 1].map((m) => ({ program: p.program, period: new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m, 1)), held: p.trend.theilSen.intercept + p.trend.theilSen.slope * m }));
      })
    : [];
  $("engagement-chart").replaceChildren(
    Plot.plot({
      width: 520, height: 280, color: { legend: true }, x: { type: "utc", label: null }, y: { grid: true, label: `held sessions per ${e.period}` },
      marks: [
        Plot.line(rows, { x: "period", y: "held", stroke: "program", strokeOpacity: 0.45 }),
        Plot.line(trendRows, { x: "period", y: "held", stroke: "program", strokeWidth: 2.5, strokeDasharray: "6,3" }),
        Plot.ruleY([0]),
      ],
    }),
    el("ul", { className: "trends" }, ...programs.map((p) => el("li", { textContent: trendText(p) })), ...e.programs.filter((p) => p.suppressed).map(suppressedNote)),
  );
  const adherence = active.filter((p) => p.cadenceAdherence != null).map((p) => ({ adherence: p.cadenceAdherence }));
  $("adherence-chart").replaceChildren(
    Plot.plot({
      width: 520, height: 280, x: { domain: [0, 1], label: "held ÷ sessions the cadence called for", tickFormat: "%" }, y: { grid: true, label: "pairs" },
      marks: [Plot.rectY(adherence, Plot.binX({ y: "count" }, { x: "adherence", thresholds: 10, fill: "#27ae60" })), Plot.ruleY([0])],
    }),
  );
}

function trendText(p) {
  if (!p.trend) return `${p.program}: too few months for a trend`;
  const t = p.trend.theilSen;
  const mk = p.trend.mannKendall;
  const dir = t.ciLow > 0 ? "rising" : t.ciHigh < 0 ? "falling" : "flat";
  return `${p.program}: ${dir}, ${t.slope >= 0 ? "+" : ""}${num(t.slope)} held sessions a month, each month (95% CI ${num(t.ciLow)} to ${num(t.ciHigh)}; Mann–Kendall p = ${mk.pValue.toPrecision(2)})`;
}

function isoWeekStart(label) {
  const [y, w] = label.split("-W").map(Number);
  const jan4 = Date.UTC(y, 0, 4);
  const day = (new Date(jan4).getUTCDay() + 6) % 7;
  return new Date(jan4 - day * 864e5 + (w - 1) * 7 * 864e5);
}

// ---- retention --------------------------------------------------------------------------------
function showRetention(r) {
  const groups = r.groups.filter((g) => !g.suppressed);
  const label = (g) => (r.by === "mentored" ? (g.group === "true" ? "mentored" : "never mentored") : g.group);
  $("retention-summary").textContent =
    groups.map((g) => `${label(g)}: ${pct(g.rate.value)} left (${g.exits} of ${g.n})`).join("; ") +
    (r.logrank ? `. Log-rank p = ${r.logrank.pValue.toPrecision(2)}.` : ".");
  const rows = groups.flatMap((g) => g.km.table.map((x) => ({ ...x, group: label(g) })));
  $("retention-km").replaceChildren(
    Plot.plot({
      width: 520, height: 280, color: { legend: true }, x: { label: "days since hire" }, y: { domain: [0, 1], grid: true, label: "still employed" },
      marks: [
        Plot.areaY(rows, { x: "t", y1: "ciLow", y2: "ciHigh", fill: "group", fillOpacity: 0.15, curve: "step-after" }),
        Plot.line(rows, { x: "t", y: "survival", stroke: "group", curve: "step-after" }),
      ],
    }),
  );
  const forest = [];
  const add = (fit, model) => fit?.terms.forEach((t) => forest.push({ term: t.term, model, hr: t.hazardRatio, lo: t.ciLow, hi: t.ciHigh }));
  add(r.cox, r.exposure === "time-varying" ? "time-varying (honest)" : r.exposure);
  add(r.naiveCox, "ever mentored (naive)");
  $("retention-forest").replaceChildren(
    forest.length
      ? Plot.plot({
          width: 520, height: 80 + 40 * forest.length, marginLeft: 170, x: { type: "log", label: "hazard ratio (log scale)", grid: true, tickFormat: ".2", ticks: [0.25, 0.5, 0.75, 1, 1.5, 2] },
          y: { label: null }, color: { legend: true },
          marks: [Plot.ruleX([1], { stroke: "#999" }), Plot.ruleY(forest, { y: (d) => `${d.term} · ${d.model.split(" ")[0]}`, x1: "lo", x2: "hi", stroke: "model", strokeWidth: 3 }), Plot.dot(forest, { y: (d) => `${d.term} · ${d.model.split(" ")[0]}`, x: "hr", fill: "model", r: 5 })],
        })
      : el("p", { className: "muted", textContent: "No Cox model: no covariates (load the pairs table to model mentoring)." }),
  );
  const tv = r.cox?.terms.find((t) => t.term === "mentored");
  const nv = r.naiveCox?.terms.find((t) => t.term === "mentored");
  $("retention-explain").textContent =
    tv && nv
      ? `Counting each person as mentored only from the day their first pair started, mentoring goes with a ${num(tv.hazardRatio)}× exit hazard ` +
        `(95% CI ${num(tv.ciLow)}–${num(tv.ciHigh)}). The usual “ever mentored” comparison says ${num(nv.hazardRatio)}×, which is too rosy: ` +
        `people had to stay long enough to be matched with a mentor, and that survival is wrongly credited to mentoring (immortal-time bias).`
      : "";
  const table = el("table", {}, el("caption", { textContent: "Correlation of leaving with each feature" }), el("thead", {}, el("tr", {}, ...["feature", "n", "point-biserial r", "p", "Spearman ρ", "p"].map((h) => el("th", { scope: "col", textContent: h })))));
  const body = el("tbody");
  for (const c of r.correlations) {
    body.append(el("tr", {}, ...[c.feature, c.n, num(c.pointBiserial?.r, 3), c.pointBiserial?.pValue?.toPrecision(2) ?? "—", num(c.spearman?.rho, 3), c.spearman?.pValue?.toPrecision(2) ?? "—"].map((v) => el("td", { textContent: String(v) }))));
  }
  table.append(body);
  $("retention-correlations").replaceChildren(table);
}

// ---- risk -------------------------------------------------------------------------------------
let lastRisk = null;
function showRisk(r) {
  lastRisk = r;
  $("risk-summary").textContent =
    `${r.pairs.length} active pairs scored as of ${r.asOf} (${r.model}): ${r.levels.high} high, ${r.levels.medium} medium, ${r.levels.low} low.`;
  const levels = new Set([...document.querySelectorAll('input[name="level"]:checked')].map((c) => c.value));
  const pairs = r.pairs.filter((p) => levels.has(p.level));
  const top = pairs.slice(0, 25);
  $("risk-chart").replaceChildren(
    top.length
      ? Plot.plot({
          width: 1000, height: 40 + 18 * top.length, marginLeft: 90, x: { domain: [0, 1], label: "risk score", grid: true },
          y: { domain: top.map((p) => p.pairId), label: null },
          color: { domain: ["high", "medium", "low"], range: ["#d64545", "#f0b429", "#9fb3c8"], legend: true },
          marks: [Plot.barX(top, { y: "pairId", x: "score", fill: "level" }), Plot.ruleX([r.config.medium, r.config.high], { stroke: "#627d98", strokeDasharray: "3,3" })],
        })
      : el("p", { className: "muted", textContent: "No pair at the chosen levels." }),
  );
  const table = el("table", {}, el("thead", {}, el("tr", {}, ...["pair", "program", "score", "level", "reasons"].map((h) => el("th", { scope: "col", textContent: h })))));
  const body = el("tbody");
  for (const p of pairs.slice(0, 200)) {
    body.append(
      el("tr", {}, el("td", { textContent: p.pairId }), el("td", { textContent: p.program }), el("td", { textContent: num(p.score) }), el("td", { textContent: p.level }),
        el("td", {}, el("ul", { className: "reasons" }, ...p.reasons.map((x) => el("li", { textContent: `${x.text} (+${num(x.contribution)})` }))))),
    );
  }
  table.append(body);
  $("risk-table").replaceChildren(table);
}
async function showRiskEvaluation() {
  $("risk-eval").replaceChildren(el("p", { className: "muted", textContent: "Replaying…" }));
  try {
    const e = await call("riskEvaluation", params().common);
    const rows = [e.detector, ...e.baselines];
    const table = el("table", {}, el("caption", { textContent: `${e.samples} pair-dates, ${e.positives} positives, ${e.earlyEnds} early ends` }),
      el("thead", {}, el("tr", {}, ...["scorer", "ROC AUC", "precision at k", "median lead (days)", "early ends flagged"].map((h) => el("th", { scope: "col", textContent: h })))));
    const body = el("tbody", {}, ...rows.map((q) => el("tr", {}, ...[q.name, num(q.auc), num(q.precisionAtK), q.medianLeadDays ?? "—", pct(q.flaggedShare)].map((v) => el("td", { textContent: String(v) })))));
    table.append(body);
    $("risk-eval").replaceChildren(table);
  } catch (err) {
    $("risk-eval").replaceChildren(el("p", { className: "error", textContent: err.message }));
  }
}
$("risk-eval-run").addEventListener("click", showRiskEvaluation);
document.querySelectorAll('input[name="level"]').forEach((c) => c.addEventListener("change", () => lastRisk && showRisk(lastRisk)));

// ---- progression ------------------------------------------------------------------------------
function showProgression(p) {
  const label = (g) => (p.by === "mentored" ? (g === "true" ? "while mentored" : "not (yet) mentored") : g);
  const groups = p.groups.filter((g) => !g.suppressed);
  const tv = p.cox?.terms.find((t) => t.term === "mentored");
  $("progression-summary").textContent =
    groups.map((g) => `${label(g.group)}: ${num(g.ratePer100py.value, 1)} promotions per 100 person-years`).join("; ") +
    (p.rateRatio ? `; rate ratio ${num(p.rateRatio.value)} (95% CI ${num(p.rateRatio.ciLow)}–${num(p.rateRatio.ciHigh)})` : "") +
    (tv ? `. Counting mentoring from its start, the hazard of a first promotion is ${num(tv.hazardRatio)}× (95% CI ${num(tv.ciLow)}–${num(tv.ciHigh)}).` : ".");
  const rates = groups.map((g) => ({ group: label(g.group), rate: g.ratePer100py.value, lo: g.ratePer100py.ciLow, hi: g.ratePer100py.ciHigh }));
  $("progression-rates").replaceChildren(
    Plot.plot({
      width: 520, height: 60 + 40 * rates.length, marginLeft: 150, x: { label: "promotions per 100 person-years", grid: true }, y: { label: null },
      marks: [Plot.ruleY(rates, { y: "group", x1: "lo", x2: "hi", stroke: "#486581", strokeWidth: 3 }), Plot.dot(rates, { y: "group", x: "rate", fill: "#27ae60", r: 5 })],
    }),
  );
  const rows = p.timeToFirst.groups.filter((g) => !g.suppressed).flatMap((g) => g.km.table.map((x) => ({ ...x, group: p.by === "mentored" ? (g.group === "true" ? "ever mentored" : "never mentored") : g.group })));
  $("progression-km").replaceChildren(
    Plot.plot({
      width: 520, height: 280, color: { legend: true }, x: { label: "days since hire" }, y: { domain: [0, 1], grid: true, label: "not yet promoted" },
      marks: [Plot.areaY(rows, { x: "t", y1: "ciLow", y2: "ciHigh", fill: "group", fillOpacity: 0.15, curve: "step-after" }), Plot.line(rows, { x: "t", y: "survival", stroke: "group", curve: "step-after" })],
    }),
  );
}

// ---- running everything -----------------------------------------------------------------------
async function refresh() {
  const p = params();
  const [meta, warnings] = await Promise.all([call("meta", p.common), call("warnings")]);
  showMeta(meta, warnings);
  const jobs = [
    ["goals", () => call("goals", { ...p.common, by: p.by ? [p.by] : [] }).then(showGoals)],
    ["engagement", () => call("engagement", { ...p.common, period: p.period }).then(showEngagement)],
    ["retention", () => call("retention", { ...p.common, exits: p.exits }).then(showRetention)],
    ["risk", () => call("risk", p.common).then(showRisk)],
    ["progression", () => call("progression", p.common).then(showProgression)],
  ];
  for (const [panel, run] of jobs) {
    try {
      await run();
    } catch (e) {
      showError(`${panel}-summary`, e);
    }
  }
  await Promise.all(notebook.cells.map((_, i) => runCell(i)));
}

async function loadSample() {
  $("status").textContent = "";
  await call("sample", {});
  $("source").textContent = "built-in sample";
  await refresh();
}

async function loadFiles(files) {
  const csv = {};
  const json = {};
  let xlsx = null;
  for (const f of files) {
    const [, name, ext] = f.name.toLowerCase().match(/^(.*?)\.([a-z]+)$/) ?? [];
    if (["xlsx", "xls", "ods"].includes(ext)) xlsx = await f.arrayBuffer();
    else if (ext === "json") json[name] = await f.arrayBuffer();
    else csv[name] = await f.arrayBuffer(); // bytes go to the worker as they are
  }
  $("status").className = "";
  $("status").textContent = "Loading…";
  try {
    if (xlsx) await api.fromXlsx(xlsx);
    else if (Object.keys(json).length) await api.fromJson(json);
    else await api.fromCsv(csv);
    $("status").textContent = "";
    $("source").textContent = [...files].map((f) => f.name).join(", ");
    await refresh();
  } catch (e) {
    $("status").className = "error";
    $("status").textContent = e.message;
  }
}

// ---- notebook ---------------------------------------------------------------------------------
const STORE = "mentor-insights-notebook";
const notebook = JSON.parse(localStorage.getItem(STORE) ?? "null") ?? {
  cells: [{ sql: "SELECT program, count(*) AS pairs, avg(cadence_days) AS cadence FROM pairs GROUP BY program ORDER BY pairs DESC" }],
};
const results = [];
const save = () => localStorage.setItem(STORE, JSON.stringify(notebook));

/** CSV with formula-looking cells neutralised (a leading ' before = + - @). */
function toCsv(rows) {
  const cols = rows.length ? Object.keys(rows[0]) : [];
  const cell = (v) => {
    let s = v == null ? "" : String(v);
    if (/^[=+\-@]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [cols.map(cell).join(","), ...rows.map((r) => cols.map((c) => cell(r[c])).join(","))].join("\n") + "\n";
}

function download(name, text, type) {
  const a = el("a", { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  document.body.append(a);
  a.click();
  a.remove();
}

/** The main table of an analysis result, as flat rows (what an analysis cell shows and exports). */
const ANALYSES = {
  goals: (r) =>
    [{ group: "overall", ...r.overall }, ...r.groups].map((g) =>
      g.suppressed ? { group: g.group, suppressed: true } : { group: g.group, goals: g.goals, completed: g.completed, completionRate: g.completionRate?.value, ciLow: g.completionRate?.ciLow, ciHigh: g.completionRate?.ciHigh, overdue: g.overdue.length, stalled: g.stalled.length },
    ),
  engagement: (r) =>
    r.programs.map((p) =>
      p.suppressed ? { program: p.program, suppressed: true } : { program: p.program, pairs: p.pairs, activePairs: p.activePairs, held: p.totals.held, cancelled: p.totals.cancelled, noShow: p.totals.noShow, meanCadenceAdherence: p.meanCadenceAdherence, trendSlope: p.trend?.theilSen.slope },
    ),
  retention: (r) => [
    ...r.groups.map((g) => (g.suppressed ? { row: `group ${g.group}`, suppressed: true } : { row: `group ${g.group}`, n: g.n, exits: g.exits, value: g.rate.value, ciLow: g.rate.ciLow, ciHigh: g.rate.ciHigh })),
    ...(r.cox?.terms ?? []).map((t) => ({ row: `HR ${t.term} (${r.exposure})`, value: t.hazardRatio, ciLow: t.ciLow, ciHigh: t.ciHigh })),
    ...(r.naiveCox?.terms ?? []).map((t) => ({ row: `HR ${t.term} (ever, naive)`, value: t.hazardRatio, ciLow: t.ciLow, ciHigh: t.ciHigh })),
  ],
  progression: (r) =>
    r.groups.map((g) => (g.suppressed ? { group: g.group, suppressed: true } : { group: g.group, people: g.people, personYears: g.personYears, promotions: g.promotions, per100py: g.ratePer100py.value, ciLow: g.ratePer100py.ciLow, ciHigh: g.ratePer100py.ciHigh })),
  risk: (r) => r.pairs.map((p) => ({ pairId: p.pairId, program: p.program, score: p.score, level: p.level, reasons: p.reasons.map((x) => x.text).join("; ") })),
};

function renderCells() {
  $("cells").replaceChildren(
    ...notebook.cells.map((c, i) => {
      const analysis = c.kind === "analysis";
      const area = el("textarea", {
        value: analysis ? c.options : c.sql,
        rows: analysis ? 2 : 3,
        spellcheck: false,
        ariaLabel: analysis ? `Options (JSON) of cell ${i + 1}` : `SQL of cell ${i + 1}`,
      });
      const sync = () => {
        if (analysis) c.options = area.value;
        else c.sql = area.value;
        save();
      };
      area.addEventListener("change", sync);
      const picker = analysis
        ? el("select", { ariaLabel: `Analysis of cell ${i + 1}` }, ...Object.keys(ANALYSES).map((a) => el("option", { value: a, textContent: a, selected: a === c.analysis })))
        : "";
      if (picker) picker.addEventListener("change", () => ((c.analysis = picker.value), save(), runCell(i)));
      const out = el("div", { className: "cell-out", id: `cell-out-${i}` });
      const button = (text, fn) => el("button", { type: "button", textContent: text, onclick: fn });
      return el(
        "div",
        { className: "cell", dataset: { cell: i } },
        picker,
        area,
        el(
          "div",
          { className: "row" },
          button("Run", () => {
            sync();
            runCell(i);
          }),
          button("↑", () => move(i, -1)),
          button("↓", () => move(i, 1)),
          button("Remove", () => {
            notebook.cells.splice(i, 1);
            save();
            renderCells();
          }),
          button("Export CSV", () => download(`cell-${i + 1}.csv`, toCsv(results[i] ?? []), "text/csv")),
          button("Export JSON", () => download(`cell-${i + 1}.json`, JSON.stringify(results[i] ?? [], null, 2), "application/json")),
        ),
        out,
      );
    }),
  );
}

function move(i, d) {
  const j = i + d;
  if (j < 0 || j >= notebook.cells.length) return;
  [notebook.cells[i], notebook.cells[j]] = [notebook.cells[j], notebook.cells[i]];
  save();
  renderCells();
  notebook.cells.forEach((_, k) => runCell(k));
}

async function runCell(i) {
  const out = $(`cell-out-${i}`);
  if (!out) return;
  try {
    const c = notebook.cells[i];
    const rows = c.kind === "analysis" ? ANALYSES[c.analysis](await call(c.analysis, { ...params().common, ...JSON.parse(c.options || "{}") })) : await call("sql", c.sql);
    results[i] = rows;
    const cols = rows.length ? Object.keys(rows[0]) : [];
    const table = el(
      "table",
      {},
      el("thead", {}, el("tr", {}, ...cols.map((c) => el("th", { scope: "col", textContent: c })))),
      el("tbody", {}, ...rows.slice(0, 200).map((r) => el("tr", {}, ...cols.map((c) => el("td", { textContent: r[c] == null ? "" : String(r[c]) }))))),
    );
    const note = el("p", { className: "muted", textContent: `${rows.length} rows${rows.length > 200 ? " (first 200 shown)" : ""}` });
    const numeric = cols.filter((c) => rows.length && typeof rows[0][c] === "number");
    const chart =
      rows.length > 1 && cols.length >= 2 && numeric.length && typeof rows[0][cols[0]] !== "number"
        ? Plot.plot({ width: 520, height: 220, marginLeft: 60, x: { label: cols[0], tickRotate: rows.length > 8 ? -45 : 0 }, y: { grid: true, label: numeric[0] }, marks: [Plot.barY(rows.slice(0, 60), { x: cols[0], y: numeric[0], fill: "#2f80ed" })] })
        : "";
    out.replaceChildren(note, chart, el("div", { className: "scroll" }, table));
  } catch (e) {
    results[i] = null;
    out.replaceChildren(el("p", { className: "error", textContent: e.message }));
  }
}

// ---- wiring -----------------------------------------------------------------------------------
$("params").addEventListener("submit", (e) => {
  e.preventDefault();
  refresh();
});
$("files").addEventListener("change", (e) => loadFiles(e.target.files));
$("sample").addEventListener("click", loadSample);
const drop = $("drop");
drop.addEventListener("dragover", (e) => {
  e.preventDefault();
  drop.classList.add("over");
});
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (e) => {
  e.preventDefault();
  drop.classList.remove("over");
  loadFiles(e.dataTransfer.files);
});
$("add-cell").addEventListener("click", () => {
  notebook.cells.push({ sql: "SELECT * FROM people LIMIT 10" });
  save();
  renderCells();
  runCell(notebook.cells.length - 1);
});
$("add-analysis").addEventListener("click", () => {
  notebook.cells.push({ kind: "analysis", analysis: "goals", options: '{ "by": ["department"] }' });
  save();
  renderCells();
  runCell(notebook.cells.length - 1);
});
$("export-notebook").addEventListener("click", () => download("notebook.json", JSON.stringify(notebook, null, 2), "application/json"));
$("import-notebook").addEventListener("change", async (e) => {
  const imported = JSON.parse(await e.target.files[0].text());
  if (!Array.isArray(imported.cells)) return;
  notebook.cells = imported.cells
    .filter((c) => typeof c.sql === "string" || (c.kind === "analysis" && c.analysis in ANALYSES))
    .map((c) => (c.kind === "analysis" ? { kind: "analysis", analysis: c.analysis, options: String(c.options ?? "{}") } : { sql: c.sql }));
  save();
  renderCells();
  notebook.cells.forEach((_, i) => runCell(i));
});

renderCells();
loadSample()
  .then(() => (document.body.dataset.ready = "true"))
  .catch((e) => {
    $("status").className = "error";
    $("status").textContent = String(e.message ?? e);
    document.body.dataset.ready = "error";
  });
