// The worker side of createAnalyticsWorker(): holds one Dataset and answers requests, so that a
// portal's UI thread never blocks on loading or analysing. `serve({ sql })` starts it; the plain
// worker (worker.js) has no SQL, worker-sql.js adds it (so a portal without SQL never bundles the
// SQL module).
import init, { Dataset } from "./index.js";
import { CALLS } from "./calls.js";
import { DATALESS, LOADS } from "./operations.js";

const NO_SQL = () => {
  throw new Error('SQL is not in this worker: use createAnalyticsWorker from "mentor-insights/worker-sql"');
};

export function serve({ sql = NO_SQL } = {}) {
  const ready = init();
  let ds = null;

  // Each op gets its argument and a function reporting stages ({ stage, table? }) to the caller; a
  // load keeps its data set and answers with its meta.
  const loaded = (d) => {
    ds = d;
    return ds.meta();
  };
  const ops = {
    fromFiles: (files, onProgress, o) => loaded(Dataset.fromFiles(files, { onProgress, ...o })),
    fromCsv: (tables, onProgress, o) => loaded(Dataset.fromCsv(tables, { onProgress, ...o })),
    fromJson: (tables, onProgress, o) => loaded(Dataset.fromJson(tables, { onProgress, ...o })),
    fromRecords: (tables, _, o) => loaded(Dataset.fromRecords(tables, o)),
    fromXlsx: (bytes, _, o) => loaded(Dataset.fromXlsx(new Uint8Array(bytes), o)),
    fromXlsxFiles: (files, _, o) =>
      loaded(
        Dataset.fromXlsxFiles(Object.fromEntries(Object.entries(files).map(([k, b]) => [k, new Uint8Array(b)])), o),
      ),
    sample: (o) => loaded(Dataset.sample(o)),
    inspectFiles: (files, _, o) => Dataset.inspectFiles(files, o),
    resultTables: () => Dataset.resultTables(),
    resultTable: ({ name, options }) => ds.resultTable(name, options),
    resultColumns: ({ name, options }) => ds.resultColumns(name, options),
    sql: ({ query, options }) => sql(ds, query, options),
  };
  for (const op of CALLS) ops[op] = (o) => ds[op](o);
  const loads = new Set(LOADS);
  const dataless = new Set(DATALESS);

  // `options`: a load's { mapping, locale }.
  self.onmessage = async ({ data: { id, op, arg, options } }) => {
    try {
      if (!ops[op]) throw new Error(`unknown operation "${op}"`);
      const progress = (p) => self.postMessage({ id, progress: p });
      progress(loads.has(op) ? { stage: "loading" } : { stage: "computing", analysis: op });
      await ready;
      if (!loads.has(op) && !dataless.has(op) && !ds)
        throw new Error("no data loaded: call one of the load methods first");
      // A failed load leaves no data behind: nothing is drawn from the data before as if current.
      if (loads.has(op)) ds = null;
      const value = await ops[op](arg, progress, options);
      if (loads.has(op)) self.postMessage({ id, progress: { stage: "loaded" } });
      self.postMessage({ id, ok: true, value });
    } catch (e) {
      self.postMessage({ id, ok: false, error: String(e?.message ?? e), problems: e?.problems });
    }
  };
}
