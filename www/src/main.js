import init, { Dataset } from "mentor-insights";
import * as Plot from "@observablehq/plot";

const $ = (id) => document.getElementById(id);

function showCounts(meta) {
  const counts = $("counts");
  counts.replaceChildren();
  for (const [table, n] of Object.entries(meta.rows)) {
    if (!meta.tables.includes(table)) continue;
    const box = document.createElement("div");
    const dt = document.createElement("dt");
    const dd = document.createElement("dd");
    dt.textContent = table;
    dd.textContent = n.toLocaleString("en");
    dd.dataset.table = table;
    box.append(dt, dd);
    counts.append(box);
  }
}

function showWarnings(warnings) {
  $("warnings").replaceChildren(
    ...warnings.map((w) => {
      const li = document.createElement("li");
      li.textContent = w;
      return li;
    }),
  );
}

function showSessionsChart(ds) {
  const rows = ds.sql(
    "SELECT month, status, count(*) AS sessions FROM (SELECT strftime(date, '%Y-%m') AS month, status FROM sessions) AS s " +
      "GROUP BY month, status ORDER BY month, status",
  );
  const data = rows.map((r) => ({ ...r, month: new Date(`${r.month}-01T00:00:00Z`) }));
  const chart = Plot.plot({
    width: 1100,
    height: 320,
    marginLeft: 50,
    color: { legend: true, domain: ["held", "cancelled", "no_show"], range: ["#2f80ed", "#f2994a", "#eb5757"] },
    x: { type: "utc", label: "Month" },
    y: { grid: true, label: "Sessions" },
    marks: [Plot.areaY(data, { x: "month", y: "sessions", fill: "status", curve: "step" }), Plot.ruleY([0])],
  });
  chart.setAttribute("aria-label", "Sessions per month by status");
  $("sessions-chart").replaceChildren(chart);
}

async function main() {
  try {
    await init();
    const ds = Dataset.sample();
    const meta = ds.meta();
    $("source").textContent = `built-in sample, as of ${meta.asOf}`;
    showCounts(meta);
    showWarnings(ds.warnings());
    showSessionsChart(ds);
    document.body.dataset.ready = "true";
  } catch (e) {
    $("status").className = "error";
    $("status").textContent = String(e.message ?? e);
    document.body.dataset.ready = "error";
  }
}

main();
