// The notebook: SQL cells over the loaded tables and analysis cells with options as JSON, saved in
// this browser, exported as CSV / JSON; a SQL result can be drawn as bars or a line by column, with
// the elements' charts (same look and theme).
import { charts } from "mentor-insights/elements";
import { $, el, download } from "./dom.js";

const STORE = "mentor-insights-notebook";
const SHOWN = 200;

/** CSV with formula-looking cells neutralised (a leading ' before = + - @). */
export function toCsv(rows) {
  const cols = rows.length ? Object.keys(rows[0]) : [];
  const cell = (v) => {
    let s = v == null ? "" : String(v);
    if (/^[=+\-@]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [cols.map(cell).join(","), ...rows.map((r) => cols.map((c) => cell(r[c])).join(","))].join("\n") + "\n";
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
  findings: (r) => r.findings.map((f) => ({ severity: f.severity, text: f.text, id: f.id })),
  matching: (r) => (r.model?.terms ?? []).map((t) => ({ term: t.term, hazardRatio: t.hazardRatio, ciLow: t.ciLow, ciHigh: t.ciHigh, pValue: t.pValue })),
};

/** A chart of `rows`: bars or a line of column `y` against column `x`. */
function draw(kind, rows, x, y) {
  const shown = rows.slice(0, 60).filter((r) => typeof r[y] === "number");
  const label = `${y} by ${x}`;
  const format = (v) => new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format(v);
  if (kind === "bar") {
    const max = Math.max(1e-9, ...shown.map((r) => r[y]));
    return charts.bars(shown.map((r) => ({ label: String(r[x]), value: r[y] })), { label, format, domain: [Math.min(0, ...shown.map((r) => r[y])), max] });
  }
  const numericX = shown.every((r) => typeof r[x] === "number");
  const dates = !numericX && shown.every((r) => /^\d{4}-\d{2}(-\d{2})?$/.test(String(r[x])));
  const points = shown.map((r, i) => ({ x: numericX ? r[x] : dates ? new Date(String(r[x]).length === 7 ? `${r[x]}-01` : r[x]) : i, y: r[y] }));
  return charts.lines([{ name: y, points }], { label, formatX: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : numericX || dates ? format(v) : String(shown[v]?.[x] ?? "")), formatY: format });
}

export function notebook(worker, { common }) {
  const book = JSON.parse(localStorage.getItem(STORE) ?? "null") ?? {
    cells: [{ sql: "SELECT program, count(*) AS pairs, avg(cadence_days) AS cadence FROM pairs GROUP BY program ORDER BY pairs DESC", chart: "bar" }],
  };
  const results = [];
  const save = () => localStorage.setItem(STORE, JSON.stringify(book));

  function render() {
    $("cells").replaceChildren(...book.cells.map(cellView));
  }

  function cellView(c, i) {
    const analysis = c.kind === "analysis";
    const area = el("textarea", { value: analysis ? c.options : c.sql, rows: analysis ? 2 : 3, spellcheck: false, ariaLabel: analysis ? `Options (JSON) of cell ${i + 1}` : `SQL of cell ${i + 1}` });
    const sync = () => {
      if (analysis) c.options = area.value;
      else c.sql = area.value;
      save();
    };
    area.addEventListener("change", sync);
    const picker = analysis ? el("select", { ariaLabel: `Analysis of cell ${i + 1}` }, ...Object.keys(ANALYSES).map((a) => el("option", { value: a, textContent: a, selected: a === c.analysis }))) : null;
    picker?.addEventListener("change", () => ((c.analysis = picker.value), save(), run(i)));
    const chartKind = analysis ? null : el("select", { ariaLabel: `Chart of cell ${i + 1}` }, ...["none", "bar", "line"].map((k) => el("option", { value: k, textContent: k === "none" ? "no chart" : `${k} chart`, selected: k === (c.chart ?? "none") })));
    chartKind?.addEventListener("change", () => ((c.chart = chartKind.value), save(), show(i)));
    const button = (text, fn) => el("button", { type: "button", textContent: text, onclick: fn });
    return el(
      "div",
      { className: "cell", dataset: { cell: i } },
      picker,
      area,
      el(
        "div",
        { className: "row" },
        button("Run", () => (sync(), run(i))),
        chartKind,
        button("↑", () => move(i, -1)),
        button("↓", () => move(i, 1)),
        button("Remove", () => (book.cells.splice(i, 1), save(), render())),
        button("Export CSV", () => download(`cell-${i + 1}.csv`, toCsv(results[i] ?? []), "text/csv")),
        button("Export JSON", () => download(`cell-${i + 1}.json`, JSON.stringify(results[i] ?? [], null, 2), "application/json")),
      ),
      el("div", { className: "cell-out", id: `cell-out-${i}` }),
    );
  }

  function move(i, d) {
    const j = i + d;
    if (j < 0 || j >= book.cells.length) return;
    [book.cells[i], book.cells[j]] = [book.cells[j], book.cells[i]];
    save();
    render();
    runAll();
  }

  async function run(i) {
    const out = $(`cell-out-${i}`);
    if (!out) return;
    try {
      const c = book.cells[i];
      results[i] = c.kind === "analysis" ? ANALYSES[c.analysis](await worker[c.analysis]({ ...common(), ...JSON.parse(c.options || "{}") })) : await worker.sql(c.sql);
      show(i);
    } catch (e) {
      results[i] = null;
      out.replaceChildren(el("p", { className: "error", textContent: e.message }));
    }
  }

  /** Shows a cell's result: its chart (by the first text column and the first number column) and table. */
  function show(i) {
    const out = $(`cell-out-${i}`);
    const rows = results[i];
    if (!out || !rows) return;
    const cols = rows.length ? Object.keys(rows[0]) : [];
    const table = el(
      "table",
      {},
      el("thead", {}, el("tr", {}, ...cols.map((c) => el("th", { scope: "col", textContent: c })))),
      el("tbody", {}, ...rows.slice(0, SHOWN).map((r) => el("tr", {}, ...cols.map((c) => el("td", { textContent: r[c] == null ? "" : String(r[c]) }))))),
    );
    const note = el("p", { className: "muted", textContent: `${rows.length} rows${rows.length > SHOWN ? ` (first ${SHOWN} shown)` : ""}` });
    const kind = book.cells[i].chart ?? "none";
    const y = cols.find((c) => rows.length && typeof rows[0][c] === "number");
    const x = cols.find((c) => c !== y);
    const chart = kind !== "none" && rows.length > 1 && x && y ? el("figure", { className: "chart" }, draw(kind, rows, x, y)) : null;
    out.replaceChildren(note, chart, el("div", { className: "scroll" }, table));
  }

  const runAll = () => Promise.all(book.cells.map((_, i) => run(i)));

  $("add-cell").addEventListener("click", () => {
    book.cells.push({ sql: "SELECT * FROM people LIMIT 10", chart: "none" });
    save();
    render();
    run(book.cells.length - 1);
  });
  $("add-analysis").addEventListener("click", () => {
    book.cells.push({ kind: "analysis", analysis: "goals", options: '{ "by": ["department"] }' });
    save();
    render();
    run(book.cells.length - 1);
  });
  $("export-notebook").addEventListener("click", () => download("notebook.json", JSON.stringify(book, null, 2), "application/json"));
  $("import-notebook").addEventListener("change", async (e) => {
    const imported = JSON.parse(await e.target.files[0].text());
    if (!Array.isArray(imported.cells)) return;
    book.cells = imported.cells
      .filter((c) => typeof c.sql === "string" || (c.kind === "analysis" && c.analysis in ANALYSES))
      .map((c) => (c.kind === "analysis" ? { kind: "analysis", analysis: c.analysis, options: String(c.options ?? "{}") } : { sql: c.sql, chart: ["bar", "line"].includes(c.chart) ? c.chart : "none" }));
    save();
    render();
    runAll();
  });
  render();
  return { runAll };
}
