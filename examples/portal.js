import { createAnalyticsWorker } from "../pkg/worker-client.js";

const analytics = createAnalyticsWorker();
const meta = await analytics.sample({ seed: 42, people: 2000 });
const risk = await analytics.risk({ top: 5 });
document.getElementById("status").textContent = `${meta.rows.pairs} pairs, as of ${risk.asOf}`;
for (const p of risk.pairs) {
  const li = document.createElement("li");
  li.textContent = `${p.pairId} (${p.level}, ${p.score.toFixed(2)}): ${p.reasons.map((r) => r.text).join("; ")}`;
  document.getElementById("pairs").append(li);
}
try {
  await analytics.sql("SELECT nope FROM pairs");
} catch (e) {
  document.body.dataset.sqlError = e instanceof Error ? e.message : "not an Error";
}
document.body.dataset.ready = "true";
