// The dashboard page: the data panel, the elements (one worker shared by all of them) and the
// notebook. It composes; the elements draw and the package computes.
import { createAnalyticsWorker } from "mentor-insights/worker-sql"; // the notebook runs SQL
import { charts } from "mentor-insights/elements";
import { dataPanel } from "./data.js";
import { $, el, download } from "./dom.js";
import { language, number, onLanguage, setLanguage, supported, t } from "./i18n.js";
import { notebook } from "./notebook.js";

const worker = createAnalyticsWorker();
// The notebook draws the elements' charts in the page itself: their CSS too.
const chartSheet = new CSSStyleSheet();
chartSheet.replaceSync(charts.CHART_STYLE);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, chartSheet];
const dashboard = $("dashboard");

/** The parameters of the form, as the analyses take them. */
function common() {
  const f = new FormData($("params"));
  const o = { minGroupSize: Math.max(3, Number(f.get("minGroupSize")) || 5) };
  if (f.get("asOf")) o.asOf = f.get("asOf");
  return o;
}

/** Passes the form's parameters to the elements (each re-draws when an attribute changes). */
function applyParams() {
  const f = new FormData($("params"));
  const set = (e, name, value) => (value ? e.setAttribute(name, value) : e.removeAttribute(name));
  set(dashboard, "as-of", f.get("asOf"));
  set(dashboard, "min-group-size", String(common().minGroupSize));
  set(dashboard, "period", f.get("period"));
  set(dashboard, "exits", f.get("exits"));
  // The analyses' labels, sentences, numbers and dates in the chosen language.
  set(dashboard, "locale", f.get("locale") === "en" ? "" : f.get("locale"));
  // "Goals by" groups goals; the other analyses keep their own defaults.
  set(dashboard.elements.goals, "by", f.get("by"));
}

const cells = notebook(worker, { common, locale: language });
const data = dataPanel(worker, {
  onLoaded: async () => {
    await data.refreshMeta(common());
    await cells.runAll();
  },
});

// The report as one page to hand on, in the language chosen, for the parameters set.
$("download-report").addEventListener("click", async () => {
  const locale = language();
  const html = await worker.reportHtml({ ...common(), locale });
  download(`mentor-insights-report-${locale}.html`, html, "text/html");
});

// A language applies at once, without pressing Update: to the analyses and to the page's own words.
async function update() {
  applyParams();
  await data.refreshMeta(common());
  await cells.runAll();
}
$("params").elements.locale.addEventListener("change", () => {
  setLanguage($("params").elements.locale.value);
  update();
});
$("params").addEventListener("submit", (e) => {
  e.preventDefault();
  update();
});

/** The detector's measures against the baselines (kept, to be drawn again in another language). */
let evaluation = null;
function showEvaluation() {
  const e = evaluation;
  if (!e) return;
  const f = (x, d = 2) =>
    x == null ? "—" : Number(x).toLocaleString(language(), { minimumFractionDigits: d, maximumFractionDigits: d });
  const rows = [e.detector, ...e.baselines];
  $("risk-eval").replaceChildren(
    el(
      "table",
      {},
      el("caption", {
        textContent: t("riskEvalCaption", {
          samples: number(e.samples),
          positives: number(e.positives),
          earlyEnds: number(e.earlyEnds),
        }),
      }),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          ...["scorer", "rocAuc", "precisionAtK", "medianLead", "earlyEndsFlagged"].map((h) =>
            el("th", { scope: "col", textContent: t(h) }),
          ),
        ),
      ),
      el(
        "tbody",
        {},
        ...rows.map((q) =>
          el(
            "tr",
            {},
            ...[
              q.name,
              f(q.auc),
              f(q.precisionAtK),
              q.medianLeadDays ?? "—",
              q.flaggedShare == null ? "—" : `${f(100 * q.flaggedShare, 0)}%`,
            ].map((v) => el("td", { textContent: String(v) })),
          ),
        ),
      ),
    ),
  );
}

/** Replays the history (the scorers named in the page's language). */
async function evaluate() {
  $("risk-eval").replaceChildren(el("p", { className: "muted", textContent: t("replaying") }));
  try {
    evaluation = await worker.riskEvaluation({ ...common(), locale: language() });
    showEvaluation();
  } catch (err) {
    evaluation = null;
    $("risk-eval").replaceChildren(el("p", { className: "error", textContent: err.message }));
  }
}
// Another language: a measure shown is measured again, its scorers named in it.
onLanguage(() => evaluation && evaluate());
$("risk-eval-run").addEventListener("click", evaluate);

// A chosen pair or person: the engagement element opens the pair's own sessions.
document.addEventListener("mentor-insights-select", (e) => {
  if (e.detail.pairId) dashboard.elements.engagement.setAttribute("pair", e.detail.pairId);
});

// The page opens in the browser's language when it is one of ours.
const preferred = navigator.languages.map(supported).find(Boolean);
if (preferred) $("params").elements.locale.value = preferred;
setLanguage($("params").elements.locale.value);
applyParams();
dashboard.source = worker;
data
  .loadSample()
  .then(() => (document.body.dataset.ready = "true"))
  .catch((e) => {
    $("status").className = "error";
    $("status").textContent = String(e.message ?? e);
    document.body.dataset.ready = "error";
  });
