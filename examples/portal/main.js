// The portal's own script: one worker, shared by the three elements; the data is loaded once.
import { createAnalyticsWorker } from "mentor-insights/worker";
import "mentor-insights/elements";

const analytics = createAnalyticsWorker();
const elements = ["findings", "risk", "engagement"].map((id) => document.getElementById(id));
for (const e of elements) e.source = analytics;

document.addEventListener("mentor-insights-select", (e) => {
  document.getElementById("chosen").textContent = JSON.stringify(e.detail);
});
document.addEventListener("mentor-insights-error", (e) => {
  document.getElementById("status").textContent = e.detail.message;
});

const meta = await analytics.sample();
const asOf = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "UTC" }).format(
  new Date(`${meta.asOf}T00:00:00Z`),
);
const pairs = new Intl.NumberFormat("de-DE").format(meta.rows.pairs);
document.getElementById("status").textContent = `${pairs} Paare, Stand ${asOf}`;
