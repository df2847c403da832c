// The notebook: SQL cells over the loaded tables, analysis cells with options as JSON, and text
// cells (a small markdown, rendered as text nodes: no HTML from a cell ever reaches the page); saved
// in this browser, exported as CSV / JSON with numbers as shown; a SQL result can be drawn as bars
// or a line of the columns the user picks, with the elements' charts (same look and theme).
// Outputs stay when a cell is added, moved or removed.
import { charts } from "mentor-insights/elements";
import { $, el, download } from "./dom.js";

const STORE = "mentor-insights-notebook";
const SHOWN = 200;

/** A value as the notebook shows and exports it: numbers to at most 4 decimals. */
const shown = (v) => (typeof v === "number" && !Number.isInteger(v) ? Number(v.toFixed(4)) : v);

/** CSV with numbers as shown and formula-looking cells neutralised (a leading ' before = + - @,
 * unless the cell is a number). */
export function toCsv(rows) {
  const cols = rows.length ? Object.keys(rows[0]) : [];
  const cell = (v) => {
    let s = v == null ? "" : String(shown(v));
    if (/^[=+\-@]/.test(s) && typeof v !== "number") s = `'${s}`;
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

/** Markdown of a text cell as DOM nodes built from text (headings `#`, paragraphs, `- ` lists,
 * `**bold**`, `*italic*`, `` `code` ``): whatever a cell holds is shown, never run. */
export function markdown(text) {
  const inline = (line) => {
    const out = [];
    const re = /(\*\*[^*]+\*\*|\*[^*]+\*|`[^`]+`)/g;
    let at = 0;
    for (const m of line.matchAll(re)) {
      if (m.index > at) out.push(document.createTextNode(line.slice(at, m.index)));
      const t = m[0];
      out.push(t.startsWith("**") ? el("strong", { textContent: t.slice(2, -2) }) : t.startsWith("`") ? el("code", { textContent: t.slice(1, -1) }) : el("em", { textContent: t.slice(1, -1) }));
      at = m.index + t.length;
    }
    if (at < line.length) out.push(document.createTextNode(line.slice(at)));
    return out;
  };
  const blocks = [];
  let list = null;
  for (const raw of text.split("\n")) {
    const line = raw.trimEnd();
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const item = /^[-*]\s+(.*)$/.exec(line);
    if (item) {
      if (!list) blocks.push((list = el("ul")));
      list.append(el("li", {}, ...inline(item[1])));
      continue;
    }
    list = null;
    if (heading) blocks.push(el(`h${heading[1].length + 2}`, {}, ...inline(heading[2])));
    else if (line) blocks.push(el("p", {}, ...inline(line)));
  }
  return blocks;
}

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

  /** Draws every cell; the outputs already computed are shown again (nothing is run). */
  function render() {
    $("cells").replaceChildren(...book.cells.map(cellView));
    book.cells.forEach((_, i) => show(i));
  }

  function cellView(c, i) {
    const analysis = c.kind === "analysis";
    const text = c.kind === "text";
    const area = el("textarea", {
      value: analysis ? c.options : text ? c.text : c.sql,
      rows: analysis ? 2 : 3,
      spellcheck: text,
      ariaLabel: analysis ? `Options (JSON) of cell ${i + 1}` : text ? `Text (markdown) of cell ${i + 1}` : `SQL of cell ${i + 1}`,
    });
    const sync = () => {
      if (analysis) c.options = area.value;
      else if (text) c.text = area.value;
      else c.sql = area.value;
      save();
    };
    area.addEventListener("change", sync);
    const picker = analysis ? el("select", { ariaLabel: `Analysis of cell ${i + 1}` }, ...Object.keys(ANALYSES).map((a) => el("option", { value: a, textContent: a, selected: a === c.analysis }))) : null;
    picker?.addEventListener("change", () => ((c.analysis = picker.value), save(), run(i)));
    const chartKind = analysis || text ? null : el("select", { ariaLabel: `Chart of cell ${i + 1}` }, ...["none", "bar", "line"].map((k) => el("option", { value: k, textContent: k === "none" ? "no chart" : `${k} chart`, selected: k === (c.chart ?? "none") })));
    chartKind?.addEventListener("change", () => ((c.chart = chartKind.value), save(), show(i)));
    // The chart's columns, chosen from the result's (filled in when it comes).
    const axis = (name) => {
      const select = el("select", { ariaLabel: `${name === "x" ? "Labels" : "Values"} column of the chart of cell ${i + 1}`, dataset: { axis: name } });
      select.addEventListener("change", () => ((c[name] = select.value), save(), show(i)));
      return select;
    };
    const axes = chartKind ? [axis("x"), axis("y")] : [];
    const button = (text, fn) => el("button", { type: "button", textContent: text, onclick: fn });
    return el(
      "div",
      { className: "cell", dataset: { cell: i } },
      picker,
      area,
      el(
        "div",
        { className: "row" },
        button(text ? "Show" : "Run", () => (sync(), run(i))),
        chartKind,
        ...axes,
        button("↑", () => move(i, -1)),
        button("↓", () => move(i, 1)),
        button("Remove", () => (book.cells.splice(i, 1), results.splice(i, 1), save(), render())),
        text ? null : button("Export CSV", () => download(`cell-${i + 1}.csv`, toCsv(results[i] ?? []), "text/csv")),
        text ? null : button("Export JSON", () => download(`cell-${i + 1}.json`, JSON.stringify((results[i] ?? []).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, shown(v)]))), null, 2), "application/json")),
      ),
      el("div", { className: "cell-out", id: `cell-out-${i}` }),
    );
  }

  function move(i, d) {
    const j = i + d;
    if (j < 0 || j >= book.cells.length) return;
    [book.cells[i], book.cells[j]] = [book.cells[j], book.cells[i]];
    [results[i], results[j]] = [results[j], results[i]];
    save();
    render();
  }

  async function run(i) {
    const out = $(`cell-out-${i}`);
    if (!out) return;
    try {
      const c = book.cells[i];
      if (c.kind === "text") results[i] = c.text ?? "";
      else results[i] = c.kind === "analysis" ? ANALYSES[c.analysis](await worker[c.analysis]({ ...common(), ...JSON.parse(c.options || "{}") })) : await worker.sql(c.sql);
      show(i);
    } catch (e) {
      results[i] = null;
      out.replaceChildren(el("p", { className: "error", textContent: e.message }));
    }
  }

  /** Shows a cell's result: its text, or its chart (of the columns picked; by default the first
   * text column and the first number column) and its table, numbers as exported. */
  function show(i) {
    const out = $(`cell-out-${i}`);
    const rows = results[i];
    if (!out || rows == null) return;
    if (typeof rows === "string") {
      out.replaceChildren(...markdown(rows));
      return;
    }
    const cols = rows.length ? Object.keys(rows[0]) : [];
    const table = el(
      "table",
      {},
      el("thead", {}, el("tr", {}, ...cols.map((c) => el("th", { scope: "col", textContent: c })))),
      el("tbody", {}, ...rows.slice(0, SHOWN).map((r) => el("tr", {}, ...cols.map((c) => el("td", { textContent: r[c] == null ? "" : String(shown(r[c])) }))))),
    );
    const note = el("p", { className: "muted", textContent: `${rows.length} rows${rows.length > SHOWN ? ` (first ${SHOWN} shown)` : ""}` });
    const cell = book.cells[i];
    const kind = cell.chart ?? "none";
    const numeric = cols.filter((c) => rows.length && typeof rows[0][c] === "number");
    const y = numeric.includes(cell.y) ? cell.y : numeric[0];
    const x = cols.includes(cell.x) && cell.x !== y ? cell.x : cols.find((c) => c !== y);
    // The pickers offer the result's columns: any for the labels, the numbers for the values.
    const cellEl = out.closest(".cell");
    for (const [name, options, chosen] of [["x", cols, x], ["y", numeric, y]]) {
      const select = cellEl?.querySelector(`select[data-axis="${name}"]`);
      if (!select) continue;
      select.replaceChildren(...options.map((c) => el("option", { value: c, textContent: `${name === "x" ? "labels" : "values"}: ${c}`, selected: c === chosen })));
      select.hidden = kind === "none";
    }
    const chart = kind !== "none" && rows.length > 1 && x && y ? el("figure", { className: "chart" }, charts.atWidth(out.clientWidth, () => draw(kind, rows, x, y))) : null;
    out.replaceChildren(...[note, chart, el("div", { className: "scroll" }, table)].filter(Boolean));
  }

  const runAll = () => Promise.all(book.cells.map((_, i) => run(i)));

  $("add-cell").addEventListener("click", () => {
    book.cells.push({ sql: "SELECT * FROM people LIMIT 10", chart: "none" });
    save();
    render();
    run(book.cells.length - 1);
  });
  $("add-text").addEventListener("click", () => {
    book.cells.push({ kind: "text", text: "## What we found\n\nWrite what the next cell shows, for whoever reads this notebook." });
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
      .filter((c) => typeof c.sql === "string" || (c.kind === "analysis" && c.analysis in ANALYSES) || (c.kind === "text" && typeof c.text === "string"))
      .map((c) =>
        c.kind === "analysis"
          ? { kind: "analysis", analysis: c.analysis, options: String(c.options ?? "{}") }
          : c.kind === "text"
            ? { kind: "text", text: c.text }
            : { sql: c.sql, chart: ["bar", "line"].includes(c.chart) ? c.chart : "none", x: typeof c.x === "string" ? c.x : undefined, y: typeof c.y === "string" ? c.y : undefined },
      );
    results.length = 0;
    save();
    render();
    runAll();
  });
  render();
  return { runAll };
}
