// createAnalyticsWorker(): the Dataset API as promises, computed in a Web Worker.
// Errors arrive as Errors with the same messages as the synchronous API (a failed load's Error
// carries its `problems`). The worker is also an event target: "loading" when a load starts,
// "progress" (detail: { stage, table?, analysis? }) as it reads each table and checks them, and as
// it starts each analysis (calls wait in line: one runs at a time), "load" when it has
// ended (successfully, or not: then the event's `error` is the load's Error and the worker holds no
// data, so nothing is drawn from the data before as if it were current), so elements sharing it
// drop what they drew from the old data and draw again, or show the failed load.
//
// cancel() stops whatever is running (its promises reject with an Error whose `cancelled` is
// true) without throwing the data away: a fresh worker loads the last data set again, from the
// inputs kept for that (texts and bytes are sent as copies, so the caller's buffers stay usable).
import { CALLS } from "./calls.js";
import { LOADS } from "./operations.js";

/** A copy of bytes (ArrayBuffer or a view) as a transferable ArrayBuffer. */
const copy = (b) => (b instanceof ArrayBuffer ? b.slice(0) : b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));

/** Each load's argument, made anew from what the caller gave: `[arg, transferables]`. */
const ENCODE = {
  fromCsv: texts,
  fromJson: texts,
  fromRecords: (tables) => [tables, []],
  fromXlsx: (bytes) => {
    const buf = copy(bytes);
    return [buf, [buf]];
  },
  fromXlsxFiles: (files) => {
    const out = {};
    for (const [k, b] of Object.entries(files)) out[k] = copy(b);
    return [out, Object.values(out)];
  },
  inspectFiles: (files) => ENCODE.fromFiles(files),
  fromFiles: (files) => {
    const out = files.map(({ name, bytes }) => ({
      name,
      bytes: typeof bytes === "string" ? new TextEncoder().encode(bytes).buffer : copy(bytes),
    }));
    return [out, out.map((f) => f.bytes)];
  },
  sample: (options) => [options ?? {}, []],
};

function texts(tables) {
  const out = {};
  for (const [k, v] of Object.entries(tables))
    out[k] = typeof v === "string" ? new TextEncoder().encode(v).buffer : copy(v);
  return [out, Object.values(out)];
}

/** The client of a worker made by `spawnWorker` (see worker-sql-client.js for the SQL one). */
export function connect(spawnWorker) {
  const events = new EventTarget();
  const pending = new Map();
  let next = 0;
  let worker;
  let last = null; // the last successful load: { op, input }

  function spawn() {
    worker = spawnWorker();
    worker.onmessage = ({ data }) => {
      const p = pending.get(data.id);
      if (!p) return;
      if (data.progress) {
        p.onProgress?.(data.progress);
        events.dispatchEvent(new CustomEvent("progress", { detail: data.progress }));
        return;
      }
      pending.delete(data.id);
      if (data.ok) p.resolve(data.value);
      else p.reject(Object.assign(new Error(data.error), data.problems ? { problems: data.problems } : {}));
    };
    worker.onerror = (e) => {
      for (const p of pending.values()) p.reject(new Error(e.message ?? "the analytics worker failed"));
      pending.clear();
    };
  }
  spawn();

  // `options`: a load's { mapping, locale } (its onProgress stays on this side).
  const call = (op, input, onProgress, options) =>
    new Promise((resolve, reject) => {
      const id = next++;
      const [arg, transfer] = op in ENCODE ? ENCODE[op](input) : [input, []];
      pending.set(id, { resolve, reject, onProgress });
      worker.postMessage({ id, op, arg, options }, transfer);
    });

  /** A load, told to the elements: "loading" first, "load" when done either way (a failed load's
   * Error travels with the "load" event as `error`, so elements show it instead of old data). */
  const load = (op, input, { onProgress, ...options } = {}) => {
    events.dispatchEvent(new Event("loading"));
    let error = null;
    return call(op, input, onProgress, options)
      .then(
        (meta) => {
          last = { op, input, options };
          return meta;
        },
        (e) => {
          error = e;
          throw e;
        },
      )
      .finally(() => events.dispatchEvent(Object.assign(new Event("load"), { error })));
  };

  const api = {
    /** What files hold, for building a mapping (nothing is loaded). */
    inspectFiles: (files, { mapping } = {}) => call("inspectFiles", files, undefined, { mapping }),
    /** Stops what is running; the data stays loaded (a fresh worker loads it again). */
    cancel: () => {
      worker.terminate();
      for (const p of pending.values()) p.reject(Object.assign(new Error("cancelled"), { cancelled: true }));
      pending.clear();
      spawn();
      return last ? call(last.op, last.input, undefined, last.options).then(() => undefined) : Promise.resolve();
    },
    terminate: () => worker.terminate(),
    addEventListener: (type, listener, options) => events.addEventListener(type, listener, options),
    removeEventListener: (type, listener, options) => events.removeEventListener(type, listener, options),
  };
  for (const op of LOADS) api[op] = (input, options) => load(op, input, options);
  for (const op of CALLS) api[op] = (options) => call(op, options);
  api.sql = (query, options) => call("sql", { query, options });
  api.resultTables = () => call("resultTables");
  api.resultTable = (name, options) => call("resultTable", { name, options });
  api.resultColumns = (name, options) => call("resultColumns", { name, options });
  return api;
}

/** The analytics worker, without SQL. */
export function createAnalyticsWorker() {
  return connect(() => new Worker(new URL("./worker.js", import.meta.url), { type: "module" }));
}
