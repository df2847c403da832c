// The shared base of the elements: the data source, attributes → options, labels, Intl formatting,
// loading / error / "cannot answer" states, stale-result protection, tables and the select and
// error events. An element only says what to compute (`compute`) and how to draw it (`render`).

import { atWidth, CHART_STYLE, forest, standalone } from "./charts.js";
import { fill, LOCALES } from "./locales.js";

// The dark palette (`theme="dark"`, or the OS's dark mode where the portal sets no colours of its
// own): its own custom properties, so that a portal's light --mi-fg / --mi-bg do not mix with it.
const DARK = `color: var(--mi-dark-fg, #e4e7eb); background: var(--mi-dark-bg, #1c2127); --mi-muted: var(--mi-dark-muted, #9aa5b1);
  --mi-line: color-mix(in srgb, var(--mi-dark-fg, #e4e7eb) 20%, transparent);`;
const STYLE = `
:host { display: block; font-family: var(--mi-font, system-ui, sans-serif); color: var(--mi-fg, #1f2933);
  background: var(--mi-bg, #ffffff); --mi-line: color-mix(in srgb, var(--mi-fg, #1f2933) 15%, transparent); }
:host([theme="dark"]) { ${DARK} }
@media (prefers-color-scheme: dark) { :host([theme="auto"]), :host(:not([theme]):not([data-themed])) { ${DARK} } }
:host([hidden]) { display: none; }
[part~="header"] { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 1rem; margin: 0 0 .5rem; }
h2 { font-size: 1.1rem; margin: 0; }
h3 { font-size: 1rem; font-weight: 600; margin: 1rem 0 .5rem; }
.summary { margin: .25rem 0 .75rem; line-height: 1.45; }
.muted, .state { color: var(--mi-muted, #52606d); }
.state { padding: 1rem 0; }
.why { border-left: 3px solid var(--mi-muted, #52606d); padding: .5rem .75rem; }
.error { border-left: 3px solid #c23030; padding: .5rem .75rem; }
figure { margin: 0 0 1rem; }
figcaption { font-size: .9rem; color: var(--mi-muted, #52606d); margin-bottom: .25rem; }
${CHART_STYLE}
details { margin: .25rem 0 1rem; }
.exports { display: flex; gap: .4rem; margin: .25rem 0; }
.exports button, button.csv { font: inherit; font-size: .8rem; padding: .1rem .5rem; border: 1px solid var(--mi-line); border-radius: .3rem; background: transparent; color: inherit; cursor: pointer; }
button.csv { margin: .25rem 0; }
summary { cursor: pointer; color: var(--mi-muted, #52606d); }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: .9rem; min-width: 50%; }
caption { text-align: left; color: var(--mi-muted, #52606d); padding: .25rem 0; }
th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid var(--mi-line); vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
tr[tabindex] { cursor: pointer; }
tr[tabindex]:hover, tr[tabindex]:focus { background: color-mix(in srgb, var(--mi-accent, #2f6fdb) 12%, transparent); outline: 2px solid var(--mi-accent, #2f6fdb); outline-offset: -2px; }
.badge { display: inline-block; border-radius: 1rem; padding: 0 .5rem; font-size: .8rem; border: 1px solid currentColor; white-space: nowrap; }
.warning { color: #c23030; } .notice { color: #a66321; } .info { color: var(--mi-muted, #52606d); }
ul.findings { list-style: none; padding: 0; margin: 0; }
ul.findings li { padding: .45rem 0; border-bottom: 1px solid var(--mi-line); display: flex; gap: .6rem; align-items: baseline; }
@media (max-width: 480px) { h2 { font-size: 1rem; } table { font-size: .8rem; } th, td { padding: .25rem .35rem; } }
`;

let sheet;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  }
  return sheet;
}

/** Labels every element shares; each element adds its own. Replace any through `labels`. */
export const COMMON_LABELS = {
  loading: "Computing…",
  reading: "Reading {table}…",
  computing: "Computing ({analysis} now)…",
  checking: "Checking the tables…",
  cancel: "Cancel",
  cancelled: "Cancelled.",
  retry: "Compute again",
  noSource: "No data yet: set the element's source to a Dataset or an analytics worker.",
  noData: "No data loaded yet.",
  loadFailed: "The data could not be loaded:",
  suppressed: "suppressed (fewer than {n})",
  nothingToDraw: "Nothing to draw: every group is below the privacy threshold or has no data; the table lists them.",
  table: "Table",
  term: "Term",
  ratio: "Hazard ratio (95% CI)",
  ratioHelp:
    "How many times the rate of the event one group has against another at any moment: 0.6 means 40% fewer events per unit of time, 1 no difference. An association, not proof of a cause.",
  concordanceHelp:
    "Of two pairs, how often the model ranks first the one that ended first: 0.5 is chance, 1 is perfect; below 0.6 it is not used to score suggestions.",
  level: "95% CI",
  none: "—",
  warnings: "Notes",
  invalidAttribute: '{name}="{value}" is not {expected}; the default is used.',
  expectedDate: "a date as YYYY-MM-DD",
  expectedGroupSize: "a whole number of at least 3",
  expectedTheme: "light, dark or auto",
  exportSvg: "Download the chart as SVG",
  exportPng: "Download the chart as PNG",
  exportCsv: "Download the table as CSV",
  /** Between the clauses of one cell or line (reasons, groups). */
  separator: "; ",
  /** The dimensions a `by` may name, as a caption says them ("… by program"). */
  byProgram: "program",
  byDepartment: "department",
  byMentorId: "mentor",
  byPairId: "pair",
  byWeek: "week",
  byMonth: "month",
  byQuarter: "quarter",
  byYear: "year",
};

/** The label of each dimension that has one; any other is an attribute of people. */
const DIMENSIONS = new Map([
  ["program", "byProgram"],
  ["department", "byDepartment"],
  ["mentor_id", "byMentorId"],
  ["pair_id", "byPairId"],
  ["week", "byWeek"],
  ["month", "byMonth"],
  ["quarter", "byQuarter"],
  ["year", "byYear"],
]);

/**
 * `document.createElement` with properties and children, the one DOM helper of the elements and the
 * dashboard: `text` sets its text (text always through `textContent`), `class` its class, `dataset`
 * its data attributes, `on…` a listener; a key the element has as a property (`value`, `selected`,
 * `htmlFor`, `textContent`) is set as one, any other (`part`, `aria-label`) as an attribute.
 * Null values and null or empty children are skipped.
 */
export function h(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v == null) continue;
    if (k === "text") e.textContent = v;
    else if (k === "class") e.className = v;
    else if (k === "dataset") Object.assign(e.dataset, v);
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (k in e) e[k] = v;
    else e.setAttribute(k, v);
  }
  e.append(...children.filter((c) => c != null && c !== ""));
  return e;
}

/** `HTMLElement`, or on a server (SSR), where there is no DOM, a stand-in: the classes still load
 * there, and `define` defines nothing. */
export const ElementBase = globalThis.HTMLElement ?? class {};

export class MiElement extends ElementBase {
  /** The attributes every element takes; an element that takes more adds its own. */
  static observedAttributes = ["as-of", "min-group-size", "by", "locale", "theme"];
  /** The element's own labels (merged over COMMON_LABELS). */
  static labels = {};

  #source = null;
  #labels = {};
  #generation = 0;
  #queued = false;
  #onData = (e) => (e?.error ? this.#failed(e.error) : this.refresh());
  #onLoading = () => this.#loading();
  #busy = false;
  /** The last result drawn, to draw again at a new width without computing again. */
  #last = null;
  #width = 0;
  /** The key of the row that had the focus when a new drawing began: it gets it back. */
  #focusKey = null;
  #resize = globalThis.ResizeObserver ? new ResizeObserver(() => this.#resized()) : null;
  #onProgress = (e) => {
    const { stage, table, analysis } = e.detail ?? {};
    if (stage === "reading" || stage === "checking") this.#loading(this.label(stage, { table: table ?? "" }));
    // The worker answers one call at a time: while this element waits, say what runs now.
    else if (stage === "computing" && this.#busy) this.#loading(this.label("computing", { analysis }));
  };

  constructor() {
    super();
    this.attachShadow({ mode: "open" });
    this.shadowRoot.adoptedStyleSheets = [styles()];
    this.header = h("header", { part: "header" }, h("h2", { part: "title", text: "" }));
    this.body = h("div", { part: "body", "aria-live": "polite" });
    this.shadowRoot.append(this.header, this.body);
  }

  /** A `Dataset` or the worker of `createAnalyticsWorker()` (shared between elements). */
  get source() {
    return this.#source;
  }
  set source(s) {
    for (const [type, f] of [
      ["load", this.#onData],
      ["loading", this.#onLoading],
      ["progress", this.#onProgress],
    ]) {
      this.#source?.removeEventListener?.(type, f);
    }
    this.#source = s ?? null;
    for (const [type, f] of [
      ["load", this.#onData],
      ["loading", this.#onLoading],
      ["progress", this.#onProgress],
    ]) {
      this.#source?.addEventListener?.(type, f);
    }
    this.refresh();
  }

  /** Visible strings in the element's language (`locale`), replaceable one by one. */
  get labels() {
    const language = LOCALES[(this.locale ?? "en").split(/[-_]/)[0].toLowerCase()] ?? {};
    return {
      ...COMMON_LABELS,
      ...this.constructor.labels,
      ...language.common,
      ...language[this.constructor.key],
      ...this.#labels,
    };
  }
  set labels(l) {
    this.#labels = { ...(l ?? {}) };
    this.refresh();
  }

  /** The label `key` with its placeholders filled (`locales.js` `fill`: `{name}`, and
   * `{name, plural, one {…} other {…}}` for a count given as a number). */
  label(key, values = {}) {
    return fill(String(this.labels[key] ?? key), values, this.locale);
  }

  /** A dimension of `by` as captions say it: its label, or an attribute of people by its name. */
  dimension(name) {
    const key = DIMENSIONS.get(name);
    return key ? this.label(key) : name.replaceAll("_", " ");
  }

  connectedCallback() {
    this.#resize?.observe(this);
    this.refresh();
  }

  disconnectedCallback() {
    this.#resize?.unobserve(this);
  }

  attributeChangedCallback() {
    this.refresh();
  }

  /** The options of the attributes, as the analyses take them; an attribute whose value is not
   * valid is left out (the analysis's default applies) and listed in `invalid`. */
  options() {
    const o = {};
    this.invalid = [];
    const check = (name, valid, expected) => {
      const v = this.getAttribute(name);
      if (v == null || v === "") return null;
      if (valid(v)) return v;
      this.invalid.push({
        attribute: name,
        value: v,
        message: this.label("invalidAttribute", { name, value: v, expected: this.label(expected) }),
      });
      return null;
    };
    const asOf = check("as-of", (v) => /^\d{4}-\d{2}-\d{2}$/.test(v), "expectedDate");
    if (asOf) o.asOf = asOf;
    const min = check("min-group-size", (v) => /^\d+$/.test(v.trim()) && Number(v) >= 3, "expectedGroupSize");
    if (min) o.minGroupSize = Number(min);
    check("theme", (v) => ["light", "dark", "auto"].includes(v), "expectedTheme");
    const by = this.getAttribute("by");
    if (by)
      o.by = by
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
    // Sentences (findings, reasons, warnings) in the element's language.
    if (this.locale) o.locale = this.locale;
    return o;
  }

  get locale() {
    return this.getAttribute("locale") || undefined;
  }
  number(x, digits = 2) {
    return x == null || Number.isNaN(x)
      ? this.label("none")
      : new Intl.NumberFormat(this.locale, { maximumFractionDigits: digits }).format(x);
  }
  /** A ratio or an estimate with exactly `digits` decimals, so that a value and its interval align
   * (0.20 (0.16–0.26), not 0.2 (0.16–0.26)). */
  fixed(x, digits = 2) {
    return x == null || Number.isNaN(x)
      ? this.label("none")
      : new Intl.NumberFormat(this.locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
  }
  percent(x, digits = 0) {
    return x == null
      ? this.label("none")
      : new Intl.NumberFormat(this.locale, { style: "percent", maximumFractionDigits: digits }).format(x);
  }
  date(iso) {
    return iso
      ? new Intl.DateTimeFormat(this.locale, { dateStyle: "medium", timeZone: "UTC" }).format(
          new Date(`${iso}T00:00:00Z`),
        )
      : "";
  }
  /** A p-value as read: "< 0.001" below it, never "0". */
  p(x) {
    return x == null ? this.label("none") : x < 0.001 ? `< ${this.number(0.001, 3)}` : this.number(x, 3);
  }
  /** A p-value in a sentence: "p < 0.001" or "p = 0.012". */
  pIs(x) {
    return x < 0.001 ? `p ${this.p(x)}` : `p = ${this.p(x)}`;
  }
  /** `value (lo–hi)` of an estimate, as a percentage or a number. */
  estimate(e, asPercent = true) {
    if (!e) return this.label("none");
    const f = (x) => (asPercent ? this.percent(x) : this.fixed(x));
    return e.ciLow == null ? f(e.value) : `${f(e.value)} (${f(e.ciLow)}–${f(e.ciHigh)})`;
  }

  /** Re-computes soon (several changes in one task compute once). */
  refresh() {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      this.#run();
    });
  }

  async #run() {
    const generation = ++this.#generation;
    this.header.firstChild.textContent = this.label("title");
    if (!this.isConnected) return;
    // A portal that sets its own colours or accent keeps its light card (no dark mode from the OS)
    // unless it asks with `theme`.
    const style = getComputedStyle(this);
    this.toggleAttribute(
      "data-themed",
      ["--mi-fg", "--mi-bg", "--mi-accent"].some((p) => style.getPropertyValue(p).trim() !== ""),
    );
    if (!this.#source) {
      this.#show([h("p", { class: "state", text: this.label("noSource") })]);
      return;
    }
    this.#focusKey = this.shadowRoot.activeElement?.dataset?.key ?? this.#focusKey;
    this.#last = null;
    // Whatever was drawn belongs to the previous data or options: it goes now.
    this.#loading();
    this.#busy = true;
    try {
      const options = this.options();
      for (const bad of this.invalid) {
        this.dispatchEvent(
          new CustomEvent("mentor-insights-error", {
            detail: { message: bad.message, attribute: bad.attribute, value: bad.value },
            bubbles: true,
            composed: true,
          }),
        );
      }
      const result = await this.compute(this.#source, options);
      if (generation !== this.#generation) return;
      this.#busy = false;
      this.#last = result;
      this.#draw();
      this.dispatchEvent(new CustomEvent("mentor-insights-render", { bubbles: true, composed: true }));
    } catch (e) {
      if (generation !== this.#generation) return;
      this.#busy = false;
      if (e?.cancelled) {
        this.#show([
          h(
            "p",
            { class: "state", role: "status", text: this.label("cancelled") },
            " ",
            h("button", { type: "button", text: this.label("retry"), onclick: () => this.refresh() }),
          ),
        ]);
        return;
      }
      const message = String(e?.message ?? e);
      // Nothing loaded yet is not a fault: a quiet placeholder until data comes.
      if (/^no data loaded/.test(message)) {
        this.#show([h("p", { class: "state", text: this.label("noData") })]);
        return;
      }
      // A table the analysis needs is missing: say only that, not as an alarm.
      const why = /needs the \w+ table/.test(message);
      this.#show([h("p", { class: why ? "why" : "error", role: why ? "note" : "alert", text: message })]);
      this.dispatchEvent(
        new CustomEvent("mentor-insights-error", { detail: { message }, bubbles: true, composed: true }),
      );
    }
  }

  /** An analysis's warnings, beside what it drew (suppressed groups, no exits, ...). */
  #warnings(result) {
    const list = result?.warnings ?? [];
    if (!list.length) return [];
    return [
      h(
        "details",
        { class: "warnings", part: "warnings" },
        h("summary", { text: `${this.label("warnings")} (${this.number(list.length, 0)})` }),
        h("ul", {}, ...list.map((w) => h("li", { "data-code": w.code, text: w.message }))),
      ),
    ];
  }

  /** Draws the last result at the element's width, with its warnings and any invalid attribute. */
  #draw() {
    const result = this.#last;
    this.#width = this.body.getBoundingClientRect().width;
    const notes = (this.invalid ?? []).map((bad) =>
      h("p", { class: "why", role: "note", part: "note", text: bad.message }),
    );
    this.#show([...notes, ...atWidth(this.#width, () => this.render(result)), ...this.#warnings(result)]);
    const key = this.#focusKey;
    this.#focusKey = null;
    if (key != null) [...this.body.querySelectorAll("[data-key]")].find((e) => e.dataset.key === key)?.focus();
  }

  /** Drawn again (not computed again) when the element's width changes noticeably. */
  #resized() {
    const width = this.body.getBoundingClientRect().width;
    if (this.#last && !this.#busy && Math.abs(width - this.#width) >= 32) this.#draw();
  }

  #show(nodes) {
    this.body.replaceChildren(...nodes);
  }

  /** A failed load, with its located problems, in place of whatever was drawn from earlier data. */
  #failed(error) {
    ++this.#generation;
    this.#last = null;
    this.#busy = false;
    const problems = error.problems?.length ? error.problems.map((p) => p.message) : [String(error.message ?? error)];
    this.#show([
      h(
        "div",
        { class: "error", role: "alert" },
        h("p", { text: this.label("loadFailed") }),
        h("ul", {}, ...problems.map((m) => h("li", { text: m }))),
      ),
    ]);
    this.dispatchEvent(
      new CustomEvent("mentor-insights-error", {
        detail: { message: String(error.message ?? error), problems: error.problems ?? [] },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** The loading state, with the stage when known and a way to stop a worker's long call. */
  #loading(text = this.label("loading")) {
    const cancel = this.#source?.cancel
      ? h("button", {
          type: "button",
          part: "cancel",
          text: this.label("cancel"),
          onclick: () => this.#source.cancel(),
        })
      : null;
    this.#show([h("p", { class: "state", role: "status" }, h("span", { text }), " ", cancel)]);
  }

  /** Fires `mentor-insights-select` (bubbling, composed) for a chosen row. */
  select(detail) {
    this.dispatchEvent(new CustomEvent("mentor-insights-select", { detail, bubbles: true, composed: true }));
  }

  /**
   * A table of `rows` under `columns` ({ key, label, numeric, format }); with `onSelect`, rows
   * are reachable by Tab and chosen by click, Enter or Space.
   */
  table(columns, rows, { caption, onSelect } = {}) {
    const head = h(
      "tr",
      {},
      ...columns.map((c) => h("th", { scope: "col", class: c.numeric ? "n" : null, text: c.label })),
    );
    const body = rows.map((r) => {
      const tr = h(
        "tr",
        {},
        ...columns.map((c) =>
          h("td", { class: c.numeric ? "n" : null, text: String(c.format ? c.format(r) : (r[c.key] ?? "")) }),
        ),
      );
      if (onSelect) {
        tr.tabIndex = 0;
        tr.dataset.key = String(columns[0].format ? columns[0].format(r) : r[columns[0].key]);
        tr.addEventListener("click", () => onSelect(r));
        tr.addEventListener("keydown", (e) => {
          if (e.key === "Enter" || e.key === " ") {
            e.preventDefault();
            onSelect(r);
          }
        });
      }
      return tr;
    });
    const table = h(
      "table",
      { part: "table" },
      caption ? h("caption", { text: caption }) : null,
      h("thead", {}, head),
      h("tbody", {}, ...body),
    );
    const csv = h("button", {
      type: "button",
      class: "csv",
      part: "exports",
      text: "CSV",
      "aria-label": this.label("exportCsv"),
      onclick: () =>
        saveAs(`${fileName(caption ?? this.label("title"))}.csv`, new Blob([tableCsv(table)], { type: "text/csv" })),
    });
    return h("div", { class: "scroll" }, table, csv);
  }

  /**
   * Cox terms as a forest plot of hazard ratios with their table; a term's `model` (when set)
   * names the fit it comes from and picks its colour (`series`).
   */
  hazards(title, terms) {
    const label = (t) => (t.model ? `${t.term} · ${t.model}` : t.term);
    const figure = this.figure(
      title,
      forest(
        terms.map((t) => ({ label: label(t), value: t.hazardRatio, lo: t.ciLow, hi: t.ciHigh, series: t.series ?? 0 })),
        { label: title, format: (v) => this.number(v, 2) },
      ),
      this.table(
        [
          { label: this.label("term"), format: label },
          {
            label: this.label("ratio"),
            numeric: true,
            format: (t) => `${this.fixed(t.hazardRatio)} (${this.fixed(t.ciLow)}–${this.fixed(t.ciHigh)})`,
          },
          { label: "p", numeric: true, format: (t) => this.p(t.pValue) },
        ],
        terms,
      ),
    );
    // The term that must stay, explained where it is shown.
    figure.querySelector("figcaption").title = this.label("ratioHelp");
    return figure;
  }

  /** A chart with its caption, its downloads (SVG, PNG) and, behind a disclosure, the same numbers
   * as a table. */
  figure(caption, chart, table) {
    const numbers = h("details", {}, h("summary", { text: this.label("table") }), table);
    // Nothing to draw (a chart is null): say so, keep the table.
    if (!chart)
      return h(
        "figure",
        {},
        h("figcaption", { text: caption }),
        h("p", { class: "muted", text: this.label("nothingToDraw") }),
        numbers,
      );
    const name = fileName(caption);
    const exports = h(
      "div",
      { class: "exports", part: "exports" },
      h("button", {
        type: "button",
        text: "SVG",
        "aria-label": this.label("exportSvg"),
        onclick: () => saveAs(`${name}.svg`, new Blob([standalone(chart)], { type: "image/svg+xml" })),
      }),
      h("button", {
        type: "button",
        text: "PNG",
        "aria-label": this.label("exportPng"),
        onclick: () => png(chart).then((b) => saveAs(`${name}.png`, b)),
      }),
    );
    return h("figure", {}, h("figcaption", { text: caption }), chart, exports, numbers);
  }
}

/** A file name from a caption: letters, digits and dashes. */
const fileName = (text) =>
  String(text)
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/\s+/g, "-")
    .slice(0, 60)
    .toLowerCase() || "mentor-insights";

/** Saves `blob` as a download (a link clicked: no request leaves the page). */
function saveAs(name, blob) {
  const a = h("a", { href: URL.createObjectURL(blob), download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** A table as CSV, its cells as shown (rounded as displayed); a cell that a spreadsheet would read
 * as a formula (= + - @ first, not a number) gets a leading ' so it stays text. */
export function tableCsv(table) {
  const cell = (text) => {
    let s = text.trim();
    if (/^[=+\-@\t\r]/.test(s) && !/^[-+]?[\d.,\s\u00a0\u202f]+%?$/.test(s)) s = `'${s}`;
    return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${[...table.querySelectorAll("tr")]
    .map((tr) => [...tr.children].map((c) => cell(c.textContent)).join(","))
    .join("\r\n")}\r\n`;
}

/** The chart as a PNG at twice its size, on the element's background. */
function png(svg) {
  const box = svg.viewBox.baseVal;
  const image = new Image();
  image.src = `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(standalone(svg))))}`;
  return image.decode().then(() => {
    const canvas = document.createElement("canvas");
    canvas.width = box.width * 2;
    canvas.height = box.height * 2;
    const g = canvas.getContext("2d");
    g.fillStyle =
      getComputedStyle(svg).backgroundColor === "rgba(0, 0, 0, 0)" ? "#ffffff" : getComputedStyle(svg).backgroundColor;
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.scale(2, 2);
    g.drawImage(image, 0, 0);
    return new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
  });
}

/** Defines `name` once (a page may load the elements twice). */
export function define(name, cls) {
  if (globalThis.customElements && !customElements.get(name)) customElements.define(name, cls);
}
