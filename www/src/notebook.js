// The notebook: SQL cells over the loaded tables and the analyses' results by name (`risk`,
// `drivers`, ...), analysis cells (one of those result tables, its analysis run with options as
// JSON: the core's rows, the same SQL reads), and text cells (markdown-it, raw HTML and
// images off: what a cell holds is shown, never run or fetched). Each SQL or analysis cell's output
// is a table by the cell's name for the cells below it; running a cell runs again the cells that
// use it. Saved in this browser and as a notebook file (cells only, never data), exported as CSV /
// JSON with numbers as shown, or the whole notebook as one HTML page (notebook-page.js). A SQL
// result can be drawn as bars or a line of the columns the user picks, with the elements' charts.
// Outputs stay when a cell is added, moved or removed.
import { charts } from "mentor-insights/elements";
import { $, el, download } from "./dom.js";
import { language, number, onLanguage, t, tn } from "./i18n.js";
import { markdownHtml } from "./markdown.js";
import { notebookPage } from "./notebook-page.js";

const STORE = "mentor-insights-notebook";
/** The words (their keys in ./locales) for each kind of chart a cell can draw. */
const CHART_LABELS = { none: "chartNone", bar: "chartBar", dot: "chartDot", line: "chartLine" };
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
  return `${[cols.map(cell).join(","), ...rows.map((r) => cols.map((c) => cell(r[c])).join(","))].join("\n")}\n`;
}

/** What analysis cells of the first notebook files named (an analysis), as the result table
 * they showed: the others were already named as their tables are. */
const FIRST_NAMES = { goals: "goals_by_group", engagement: "engagement_programs", matching: "matching_terms" };

/** A text cell's markdown as a DOM node. */
function markdown(text) {
  const box = el("div", { className: "md" });
  box.innerHTML = markdownHtml(text);
  return box;
}

/** A chart of `rows`: bars, dots or a line of column `y` against column `x`. */
function draw(kind, rows, x, y) {
  const shown = rows.slice(0, 60).filter((r) => typeof r[y] === "number");
  const label = t("chartBy", { x, y });
  const format = (v) => new Intl.NumberFormat(language(), { maximumFractionDigits: 2 }).format(v);
  const values = shown.map((r) => r[y]);
  if (kind === "bar") {
    return charts.bars(
      shown.map((r) => ({ label: String(r[x]), value: r[y] })),
      { label, format, domain: [Math.min(0, ...values), Math.max(1e-9, ...values)] },
    );
  }
  if (kind === "dot") {
    const [lo, hi] = [Math.min(...values), Math.max(...values)];
    const pad = (hi - lo) * 0.05 || Math.abs(hi) * 0.05 || 1;
    return charts.intervals(
      shown.map((r) => ({ label: String(r[x]), value: r[y] })),
      { label, format, domain: [lo - pad, hi + pad] },
    );
  }
  const numericX = shown.every((r) => typeof r[x] === "number");
  const dates = !numericX && shown.every((r) => /^\d{4}-\d{2}(-\d{2})?$/.test(String(r[x])));
  const points = shown.map((r, i) => ({
    x: numericX ? r[x] : dates ? new Date(String(r[x]).length === 7 ? `${r[x]}-01` : r[x]) : i,
    y: r[y],
  }));
  return charts.lines([{ name: y, points }], {
    label,
    formatX: (v) =>
      v instanceof Date ? v.toISOString().slice(0, 10) : numericX || dates ? format(v) : String(shown[v]?.[x] ?? ""),
    formatY: format,
  });
}

/** The notebook file's format; a file of a later version is refused, not half-read. */
export const NOTEBOOK_VERSION = 1;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A cell as the notebook keeps it (only known fields: a file holds cells, never data). */
function cleanCell(c, names) {
  const name = (wanted) => {
    let n = NAME.test(wanted ?? "") && !names.has(wanted) ? wanted : null;
    for (let k = 1; !n; k++) if (!names.has(`cell_${k}`)) n = `cell_${k}`;
    names.add(n);
    return n;
  };
  if (c?.kind === "text" && typeof c.text === "string") return { kind: "text", text: c.text };
  const table = typeof c?.table === "string" ? c.table : (FIRST_NAMES[c?.analysis] ?? c?.analysis);
  if (c?.kind === "analysis" && typeof table === "string")
    return { kind: "analysis", name: name(c.name), table, options: String(c.options ?? "{}") };
  if (typeof c?.sql === "string")
    return {
      kind: "sql",
      name: name(c.name),
      sql: c.sql,
      chart: ["bar", "dot", "line"].includes(c.chart) ? c.chart : "none",
      x: typeof c.x === "string" ? c.x : undefined,
      y: typeof c.y === "string" ? c.y : undefined,
    };
  return null;
}

/** A notebook file's text as cells, or an Error saying why not. */
export function readNotebook(text) {
  let file;
  try {
    file = JSON.parse(text);
  } catch {
    throw new Error(t("notJson"));
  }
  if (!Array.isArray(file?.cells)) throw new Error(t("noCells"));
  if (typeof file.version === "number" && file.version > NOTEBOOK_VERSION)
    throw new Error(t("laterVersion", { version: file.version, reads: NOTEBOOK_VERSION }));
  const names = new Set();
  const cells = file.cells.map((c) => cleanCell(c, names));
  const bad = cells.indexOf(null);
  if (bad >= 0) throw new Error(t("badCell", { i: bad + 1 }));
  return cells;
}

/** The notebook file: its format, version and cells (no output, no row of data). */
export const notebookFile = (cells) =>
  JSON.stringify({ format: "mentor-insights-notebook", version: NOTEBOOK_VERSION, cells }, null, 2);

/** Whether `sql` names one of `names` as a word. */
const uses = (sql, names) => sql.split(/[^A-Za-z0-9_]+/).some((w) => names.has(w));

export function notebook(worker, { common, locale }) {
  const book = { cells: [] };
  try {
    book.cells = readNotebook(localStorage.getItem(STORE) ?? "null");
  } catch {
    book.cells = [
      cleanCell(
        {
          sql: "SELECT program, count(*) AS pairs, avg(cadence_days) AS cadence FROM pairs GROUP BY program ORDER BY pairs DESC",
          chart: "bar",
        },
        new Set(),
      ),
    ];
  }
  const results = [];
  // The result tables an analysis cell can show, as the core lists them (the pickers fill in when
  // they come).
  let tables = [];
  const pickers = new Map();
  worker.resultTables().then((list) => {
    tables = list;
    // Only the pickers change: a cell being edited keeps its text and focus.
    for (const [picker, c] of pickers) if (picker.isConnected) picker.replaceChildren(...tableOptions(c));
  });
  const save = () => localStorage.setItem(STORE, notebookFile(book.cells));
  const names = () => new Set(book.cells.map((c) => c.name).filter(Boolean));
  const status = (text, error = false) => {
    $("notebook-status").textContent = text;
    $("notebook-status").className = error ? "error" : "muted";
  };

  /** The result tables an analysis cell can pick, its own first when the list has not come yet. */
  function tableOptions(c) {
    const listed = tables.some((t) => t.name === c.table) ? tables : [{ name: c.table, rows: "" }, ...tables];
    return listed.map((t) =>
      el("option", {
        value: t.name,
        textContent: t.analysis ? `${t.name} (${t.analysis})` : t.name,
        title: t.rows,
        selected: t.name === c.table,
      }),
    );
  }

  /** Draws every cell; the outputs already computed are shown again (nothing is run). */
  function render() {
    pickers.clear();
    $("cells").replaceChildren(...book.cells.map(cellView));
    for (let i = 0; i < book.cells.length; i++) show(i);
  }

  function cellView(c, i) {
    const analysis = c.kind === "analysis";
    const text = c.kind === "text";
    const area = el("textarea", {
      value: analysis ? c.options : text ? c.text : c.sql,
      rows: analysis ? 2 : 3,
      spellcheck: text,
      ariaLabel: t(analysis ? "cellOptions" : text ? "cellText" : "cellSql", { i: i + 1 }),
    });
    const sync = () => {
      if (analysis) c.options = area.value;
      else if (text) c.text = area.value;
      else c.sql = area.value;
      save();
    };
    area.addEventListener("change", sync);
    // Ctrl+Enter (Cmd+Enter) runs the cell.
    area.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        sync();
        run(i);
      }
    });
    // The cell's output is a table by this name for the cells below.
    const name = text
      ? null
      : el("input", {
          value: c.name,
          className: "cell-name",
          ariaLabel: t("cellName", { i: i + 1 }),
          spellcheck: false,
          size: 10,
        });
    name?.addEventListener("change", () => {
      const wanted = name.value.trim();
      if (!NAME.test(wanted) || (wanted !== c.name && names().has(wanted))) {
        status(t("badName", { name: wanted, i: i + 1 }), true);
        name.value = c.name;
        return;
      }
      c.name = wanted;
      save();
      status("");
    });
    const picker = analysis ? el("select", { ariaLabel: t("cellTable", { i: i + 1 }) }, ...tableOptions(c)) : null;
    if (picker) pickers.set(picker, c);
    picker?.addEventListener("change", () => {
      c.table = picker.value;
      save();
      run(i);
    });
    const chartKind =
      analysis || text
        ? null
        : el(
            "select",
            { ariaLabel: t("cellChart", { i: i + 1 }) },
            ...Object.keys(CHART_LABELS).map((k) =>
              el("option", {
                value: k,
                textContent: t(CHART_LABELS[k]),
                selected: k === (c.chart ?? "none"),
              }),
            ),
          );
    chartKind?.addEventListener("change", () => {
      c.chart = chartKind.value;
      save();
      show(i);
    });
    // The chart's columns, chosen from the result's (filled in when it comes).
    const axis = (which) => {
      const select = el("select", {
        ariaLabel: t(which === "x" ? "cellLabels" : "cellValues", { i: i + 1 }),
        dataset: { axis: which },
      });
      select.addEventListener("change", () => {
        c[which] = select.value;
        save();
        show(i);
      });
      return select;
    };
    const axes = chartKind ? [axis("x"), axis("y")] : [];
    const button = (label, fn, title) =>
      el("button", { type: "button", textContent: label, onclick: fn, title: title ?? "" });
    return el(
      "div",
      { className: "cell", dataset: { cell: i } },
      name ? el("label", { className: "cell-head" }, `${t("table")} `, name) : null,
      picker,
      area,
      el(
        "div",
        { className: "row" },
        button(
          t(text ? "show" : "run"),
          () => {
            sync();
            run(i);
          },
          "Ctrl+Enter",
        ),
        chartKind,
        ...axes,
        button("↑", () => move(i, -1)),
        button("↓", () => move(i, 1)),
        button(t("remove"), () => {
          book.cells.splice(i, 1);
          results.splice(i, 1);
          save();
          render();
        }),
        text
          ? null
          : button(t("exportCsv"), () =>
              download(`${c.name}.csv`, toCsv(Array.isArray(results[i]) ? results[i] : []), "text/csv"),
            ),
        text
          ? null
          : button(t("exportJson"), () =>
              download(
                `${c.name}.json`,
                JSON.stringify(
                  (Array.isArray(results[i]) ? results[i] : []).map((r) =>
                    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, shown(v)])),
                  ),
                  null,
                  2,
                ),
                "application/json",
              ),
            ),
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

  /** The outputs of the cells above `i` that `sql` names, as tables by their names. */
  function tablesFor(i, sql) {
    const tables = {};
    for (let j = 0; j < i; j++) {
      const c = book.cells[j];
      if (c.name && Array.isArray(results[j]) && uses(sql, new Set([c.name]))) tables[c.name] = results[j];
    }
    return tables;
  }

  /** Computes cell `i` and shows it; whether it gave a result. */
  async function compute(i) {
    const out = $(`cell-out-${i}`);
    const c = book.cells[i];
    try {
      if (c.kind === "text") results[i] = c.text ?? "";
      else if (c.kind === "analysis")
        results[i] = await worker.resultTable(c.table, {
          ...common(),
          locale: locale(),
          ...JSON.parse(c.options || "{}"),
        });
      else results[i] = await worker.sql(c.sql, { ...common(), locale: locale(), tables: tablesFor(i, c.sql) });
      show(i);
      return true;
    } catch (e) {
      results[i] = null;
      out?.replaceChildren(el("p", { className: "error", textContent: e.message }));
      return false;
    }
  }

  /** Runs cell `i`, then the cells below that use its output (and theirs), in order. */
  async function run(i) {
    await compute(i);
    const changed = new Set([book.cells[i].name]);
    for (let j = i + 1; j < book.cells.length; j++) {
      const c = book.cells[j];
      if (c.kind === "sql" && uses(c.sql, changed)) {
        await compute(j);
        changed.add(c.name);
      }
    }
  }

  /** Every cell, top to bottom (a cell may use the ones above it). */
  async function runAll() {
    for (let i = 0; i < book.cells.length; i++) await compute(i);
  }

  /** Shows a cell's result: its text, or its chart (of the columns picked; by default the first
   * text column and the first number column) and its table, numbers as exported. */
  function show(i) {
    const out = $(`cell-out-${i}`);
    const rows = results[i];
    if (!out || rows == null) return;
    if (typeof rows === "string") {
      out.replaceChildren(markdown(rows));
      return;
    }
    const cols = rows.length ? Object.keys(rows[0]) : [];
    const table = el(
      "table",
      {},
      el("thead", {}, el("tr", {}, ...cols.map((c) => el("th", { scope: "col", textContent: c })))),
      el(
        "tbody",
        {},
        ...rows.slice(0, SHOWN).map((r) =>
          el(
            "tr",
            {},
            ...cols.map((c) => {
              const text = r[c] == null ? "" : String(shown(r[c]));
              return el("td", { textContent: text, title: text.length > 40 ? text : "" });
            }),
          ),
        ),
      ),
    );
    const note = el("p", {
      className: "muted count",
      textContent: tn("rows", rows.length) + (rows.length > SHOWN ? t("firstShown", { shown: number(SHOWN) }) : ""),
    });
    const cell = book.cells[i];
    const kind = cell.chart ?? "none";
    const numeric = cols.filter((c) => rows.length && typeof rows[0][c] === "number");
    // By default the first column labels and the first other number column is drawn (a year
    // first, then counts: bars of counts by year).
    let x = cols.includes(cell.x) ? cell.x : cols[0];
    const y = numeric.includes(cell.y) && cell.y !== x ? cell.y : (numeric.find((c) => c !== x) ?? numeric[0]);
    if (x === y) x = cols.find((c) => c !== y);
    // The pickers offer the result's columns: any for the labels, the numbers for the values.
    const cellEl = out.closest(".cell");
    for (const [name, options, chosen] of [
      ["x", cols, x],
      ["y", numeric, y],
    ]) {
      const select = cellEl?.querySelector(`select[data-axis="${name}"]`);
      if (!select) continue;
      select.replaceChildren(
        ...options.map((c) =>
          el("option", {
            value: c,
            textContent: t(name === "x" ? "axisLabels" : "axisValues", { column: c }),
            selected: c === chosen,
          }),
        ),
      );
      select.hidden = kind === "none" || !options.length;
    }
    // A chart is null when none of its rows has a number to draw.
    const drawn =
      kind !== "none" && rows.length > 1 && x && y
        ? charts.atWidth(out.clientWidth, () => draw(kind, rows, x, y))
        : null;
    const chart =
      kind === "none"
        ? null
        : drawn
          ? el("figure", { className: "chart" }, drawn)
          : el("p", {
              className: "muted",
              textContent: t("noChart"),
            });
    out.replaceChildren(
      ...[
        note,
        chart,
        el(
          "div",
          { className: "scroll", tabIndex: 0, role: "region", ariaLabel: t("cellOutput", { name: cell.name }) },
          table,
        ),
      ].filter(Boolean),
    );
  }

  const add = (cell) => {
    book.cells.push(cleanCell(cell, names()));
    save();
    render();
    run(book.cells.length - 1);
  };
  $("add-cell").addEventListener("click", () => add({ sql: "SELECT * FROM people LIMIT 10", chart: "none" }));
  $("add-text").addEventListener("click", () => add({ kind: "text", text: t("newText") }));
  $("add-analysis").addEventListener("click", () =>
    add({ kind: "analysis", table: "goals_by_group", options: '{ "by": ["department"] }' }),
  );
  $("export-notebook").addEventListener("click", () =>
    download("notebook.json", notebookFile(book.cells), "application/json"),
  );
  $("export-notebook-html").addEventListener("click", () =>
    download(
      "notebook.html",
      notebookPage(
        book.cells.map((c, i) => ({
          cell: c,
          result: results[i],
          chart: $(`cell-out-${i}`)?.querySelector("figure.chart svg"),
        })),
      ),
      "text/html",
    ),
  );
  $("import-notebook").addEventListener("change", async (e) => {
    const file = e.target.files[0];
    if (!file) return;
    try {
      book.cells = readNotebook(await file.text());
    } catch (err) {
      status(err.message, true);
      return;
    } finally {
      e.target.value = "";
    }
    status(tn("opened", book.cells.length, { file: file.name }));
    results.length = 0;
    save();
    render();
    await runAll();
  });
  // Charts are drawn at the notebook's width: drawn again when it changes (a phone turned).
  let width = 0;
  new ResizeObserver(([entry]) => {
    const w = Math.round(entry.contentRect.width);
    if (w === width) return;
    width = w;
    book.cells.forEach((c, i) => {
      if (c.chart && c.chart !== "none") show(i);
    });
  }).observe($("cells"));
  // Another language: the cells' words drawn again (their outputs come again with the analyses).
  onLanguage(render);
  render();
  return { runAll };
}
