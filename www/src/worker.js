// The analyses run here, off the page's main thread, so the dashboard never freezes.
import init, { Dataset } from "mentor-insights";

let ds = null;
const ready = init();

const ops = {
  sample: (opts) => {
    ds = Dataset.sample(opts ?? {});
    return ds.meta();
  },
  load: ({ csv, json, xlsx }) => {
    const next = xlsx ? Dataset.fromXlsx(new Uint8Array(xlsx)) : json && Object.keys(json).length ? Dataset.fromJson(json) : Dataset.fromCsv(csv);
    ds = next;
    return ds.meta();
  },
  meta: (o) => ds.meta(o),
  warnings: () => ds.warnings(),
  goals: (o) => ds.goals(o),
  engagement: (o) => ds.engagement(o),
  retention: (o) => ds.retention(o),
  risk: (o) => ds.risk(o),
  progression: (o) => ds.progression(o),
  sql: (q) => ds.sql(q),
};

self.onmessage = async ({ data: { id, op, arg } }) => {
  try {
    await ready;
    if (!ops[op]) throw new Error(`unknown operation ${op}`);
    if (op !== "sample" && op !== "load" && !ds) throw new Error("no data loaded");
    self.postMessage({ id, ok: true, value: ops[op](arg) });
  } catch (e) {
    self.postMessage({ id, ok: false, error: String(e?.message ?? e) });
  }
};
