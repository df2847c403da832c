// The notebook as one page to hand on: its text, each cell's query and its output (the chart as
// inline SVG, the table), in a self-contained HTML file that runs no script and requests nothing
// when opened (the same policy as the report's page), and prints one cell per block.
import { charts } from "mentor-insights/elements";
import { language, number, t, tn } from "./i18n.js";
import { markdownHtml } from "./markdown.js";

const ROWS = 200;

const STYLE = `
body { font-family: system-ui, sans-serif; color: #1f2933; background: #fff; margin: 0; line-height: 1.45; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.35rem; margin: 0 0 .25rem; }
h3, h4, h5, h6 { margin: 1rem 0 .4rem; }
article { margin: 1.25rem 0; }
pre { background: #f5f7fa; padding: .5rem .75rem; overflow-x: auto; font-size: .85rem; white-space: pre-wrap; }
.muted { color: #52606d; font-size: .9rem; }
table { border-collapse: collapse; font-size: .9rem; margin: .5rem 0 1rem; }
th, td { text-align: left; padding: .25rem .6rem; border-bottom: 1px solid #e4e7eb; vertical-align: top; }
svg { max-width: 100%; height: auto; }
figure { margin: .5rem 0 1rem; } figcaption { font-size: .9rem; color: #52606d; }
footer { margin-top: 2rem; font-size: .85rem; color: #52606d; }
@media (max-width: 40rem) { main { padding: .75rem; } table { display: block; overflow-x: auto; max-width: 100%; } }
@media print { main { max-width: none; padding: 0; } article, figure, tr { break-inside: avoid; } }
`;

const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
const shown = (v) =>
  v == null ? "" : typeof v === "number" && !Number.isInteger(v) ? String(Number(v.toFixed(4))) : String(v);

function table(rows) {
  const cols = rows.length ? Object.keys(rows[0]) : [];
  const head = cols.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("");
  const body = rows
    .slice(0, ROWS)
    .map((r) => `<tr>${cols.map((c) => `<td>${escapeHtml(shown(r[c]))}</td>`).join("")}</tr>`)
    .join("\n");
  const note = tn("rows", rows.length) + (rows.length > ROWS ? t("pageFirst", { shown: number(ROWS) }) : "");
  return `<p class="muted">${escapeHtml(note)}</p>\n<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** One cell: text as markdown; SQL or an analysis with what was asked, its chart and its table. */
function article({ cell, result, chart }) {
  if (cell.kind === "text") return `<article>${markdownHtml(cell.text ?? "")}</article>`;
  const asked = cell.kind === "analysis" ? `${cell.table} ${cell.options}` : cell.sql;
  const output = Array.isArray(result) ? table(result) : `<p class="muted">${escapeHtml(t("pageNotRun"))}</p>`;
  const figure = chart
    ? `<figure><figcaption>${escapeHtml(chart.getAttribute("aria-label") ?? "")}</figcaption>${charts.standalone(chart)}</figure>`
    : "";
  return `<article><p class="muted">${escapeHtml(t("pageTable", { name: cell.name }))}</p><pre><code>${escapeHtml(asked)}</code></pre>\n${figure}\n${output}</article>`;
}

/** The page of `cells` (`{ cell, result, chart }`: the cell, its output, its drawn chart or null), in
 * the page's language. */
export function notebookPage(cells, { title = t("pageTitle"), when = new Date() } = {}) {
  const made = t("pageMade", { date: when.toISOString().slice(0, 10) });
  return `<!doctype html>
<html lang="${language()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body><main>
<header><h1>${escapeHtml(title)}</h1></header>
${cells.map(article).join("\n")}
<footer>${escapeHtml(made)}</footer>
</main></body>
</html>
`;
}
