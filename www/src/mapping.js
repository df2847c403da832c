// The mapping step (SPEC §2.1): when an export's files do not match the tables, each file is shown
// with the table it feeds, each of that table's columns with a header to pick, each value the file
// spells its own way with the contract's value to pick, and the date format found. "Load with this
// mapping" loads; "Save mapping" downloads the JSON for next month. Everything stays in the page.
import { $, el, download } from "./dom.js";
import { t, tn } from "./i18n.js";

const norm = (s) =>
  String(s)
    .toLowerCase()
    .replace(/[\s_-]/g, "");

/**
 * Shows the step for `files` (the dropped `{ name, bytes }`), starting from `mapping` (a mapping
 * object, or none); `onLoad(mapping)` loads the files with the mapping built. Returns the mapping
 * the form says (`built`) and `render`, which draws the form again (in another language) keeping
 * what was picked, with `explained` as why the files did not load when it is given.
 */
export async function mappingStep(worker, files, { mapping, why, onLoad }) {
  const seen = await worker.inspectFiles(files, { mapping: mapping ? JSON.stringify(mapping) : undefined });
  const start = mapping ?? seen.suggested;
  const box = $("mapping-step");
  const tableOf = new Map(); // file key → table chosen
  const key = (v) => `${v.file}\u0000${v.sheet ?? ""}`;
  for (const v of seen.files) {
    const named = Object.entries(start.tables ?? {}).find(
      ([, t]) => t.file === v.file && (t.sheet ?? null) === v.sheet,
    );
    tableOf.set(key(v), named?.[0] ?? v.table ?? "");
  }

  function fileBlock(v, i) {
    const id = `map-${i}`;
    const table = tableOf.get(key(v));
    const choose = el(
      "select",
      {
        id: `${id}-table`,
        onchange: (e) => {
          tableOf.set(key(v), e.target.value);
          render();
        },
      },
      el("option", { value: "", textContent: t("noTable") }),
      ...Object.keys(seen.tables).map((t) => el("option", { value: t, textContent: t, selected: t === table })),
    );
    const title = v.sheet ? t("fileSheet", { file: v.file, sheet: v.sheet }) : v.file;
    const parts = [
      el("legend", { textContent: tn("fileRows", v.rows, { file: title }) }),
      el("p", {}, el("label", { htmlFor: choose.id, textContent: `${t("table")} ` }), choose),
    ];
    if (v.problem) parts.push(el("p", { className: "error", textContent: v.problem }));
    if (v.preview.length) parts.push(preview(v));
    if (table) parts.push(columnsOf(v, table, id));
    return el("fieldset", { className: "map-file", dataset: { file: v.file, sheet: v.sheet ?? "" } }, ...parts);
  }

  function preview(v) {
    return el(
      "details",
      {},
      el("summary", { textContent: t("preview") }),
      el(
        "div",
        { className: "scroll" },
        el(
          "table",
          {},
          el("thead", {}, el("tr", {}, ...v.headers.map((h) => el("th", { scope: "col", textContent: h })))),
          el("tbody", {}, ...v.preview.map((r) => el("tr", {}, ...r.map((c) => el("td", { textContent: c }))))),
        ),
      ),
    );
  }

  /** The table's columns, each with a header to pick; choice columns with their values. */
  function columnsOf(v, table, id) {
    const given = start.tables?.[table] ?? {};
    const rows = seen.tables[table].map((c, j) => {
      const picked = given.columns?.[c.column] ?? v.headers.find((h) => norm(h) === norm(c.column)) ?? "";
      const select = el(
        "select",
        { id: `${id}-col-${j}`, dataset: { column: c.column }, onchange: () => render() },
        el("option", { value: "", textContent: c.required ? t("pickHeader") : t("noHeader") }),
        ...v.headers.map((h) => el("option", { value: h, textContent: h, selected: h === picked })),
      );
      const label = el("label", {
        htmlFor: select.id,
        textContent: c.required ? t("required", { column: c.column }) : c.column,
      });
      const cells = [el("td", {}, label), el("td", {}, select)];
      const header = select.value;
      const col = v.columns.find((x) => x.header === header);
      if (c.kind === "choice" && col)
        cells.push(el("td", {}, recodes(c, col, given.values?.[c.column] ?? {}, `${id}-val-${j}`)));
      else if (c.kind === "date" && col)
        cells.push(
          el("td", {
            className: "muted",
            textContent: col.isoDates
              ? t("datesIso")
              : col.dateFormats.length
                ? t("datesLike", { formats: col.dateFormats.join(t("or")) })
                : "",
          }),
        );
      else cells.push(el("td"));
      return el("tr", {}, ...cells);
    });
    const detected = v.columns.find((x) => x.dateFormats.length)?.dateFormats[0] ?? "";
    const format = el("input", {
      id: `${id}-date`,
      type: "text",
      value: given.date_format ?? detected,
      placeholder: "YYYY-MM-DD",
      size: 12,
      dataset: { role: "date-format" },
    });
    return el(
      "div",
      {},
      el(
        "table",
        { className: "map-columns" },
        el(
          "thead",
          {},
          el(
            "tr",
            {},
            ...["column", "headerInFile", "values"].map((h) => el("th", { scope: "col", textContent: t(h) })),
          ),
        ),
        el("tbody", {}, ...rows),
      ),
      el("p", {}, el("label", { htmlFor: format.id, textContent: `${t("dateFormat")} ` }), format),
    );
  }

  /** A contract value to pick for each value the file spells its own way. */
  function recodes(c, col, given, id) {
    const own = col.values.filter((x) => !c.choices.some((k) => norm(k) === norm(x)));
    if (!own.length) return el("span", { className: "muted", textContent: t("valuesAsContract") });
    return el(
      "ul",
      { className: "map-values" },
      ...own.map((value, k) => {
        const select = el(
          "select",
          { id: `${id}-${k}`, dataset: { value } },
          el("option", { value: "\u0000", textContent: t("pickValue") }),
          el("option", { value: "", textContent: t("emptyValue"), selected: given[value] === "" }),
          ...c.choices.map((choice) =>
            el("option", { value: choice, textContent: choice, selected: given[value] === choice }),
          ),
        );
        return el("li", {}, el("label", { htmlFor: select.id, textContent: `"${value}" → ` }), select);
      }),
      col.more ? el("li", { className: "muted", textContent: t("moreValues") }) : null,
    );
  }

  /** The mapping the form says. */
  function built() {
    const tables = {};
    for (const fs of box.querySelectorAll("fieldset.map-file")) {
      const v = seen.files.find((f) => f.file === fs.dataset.file && (f.sheet ?? "") === fs.dataset.sheet);
      const table = tableOf.get(key(v));
      if (!table) continue;
      const t = { file: v.file };
      if (v.sheet) t.sheet = v.sheet;
      t.columns = {};
      for (const s of fs.querySelectorAll("select[data-column]")) if (s.value) t.columns[s.dataset.column] = s.value;
      const values = {};
      for (const tr of fs.querySelectorAll(".map-columns tbody tr")) {
        const column = tr.querySelector("select[data-column]").dataset.column;
        for (const s of tr.querySelectorAll("select[data-value]")) {
          if (s.value === "\u0000") continue;
          values[column] ??= {};
          values[column][s.dataset.value] = s.value;
        }
      }
      if (Object.keys(values).length) t.values = values;
      const format = fs.querySelector("input[data-role=date-format]")?.value.trim();
      if (format) t.date_format = format;
      tables[table] = t;
    }
    return { tables };
  }

  function render(explained) {
    if (explained !== undefined) why = explained;
    // Keep what was picked, and where the keyboard was, when the form is drawn again.
    if (box.querySelector("fieldset.map-file")) Object.assign(start, built());
    const focused = box.contains(document.activeElement) ? document.activeElement.id : null;
    const load = el("button", {
      type: "button",
      textContent: t("loadWithMapping"),
      onclick: () => onLoad(built()),
    });
    const save = el("button", {
      type: "button",
      textContent: t("saveMapping"),
      onclick: () => download("mapping.json", JSON.stringify(built(), null, 2), "application/json"),
    });
    const cancel = el("button", { type: "button", textContent: t("close"), onclick: () => (box.hidden = true) });
    box.replaceChildren(
      el("h3", { id: "mapping-heading", textContent: t("mapHeading") }),
      why ? el("p", { className: "error", role: "alert", textContent: why }) : null,
      el("p", { className: "muted", textContent: t("mapAbout") }),
      ...seen.files.map(fileBlock),
      el("p", { className: "map-actions" }, load, " ", save, " ", cancel),
    );
    box.hidden = false;
    if (focused) $(focused)?.focus();
  }
  render();
  box.querySelector("select")?.focus();
  return { built, render };
}
