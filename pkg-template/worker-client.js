// createAnalyticsWorker(): the Dataset API as promises, computed in a Web Worker.
// Texts and bytes are transferred to the worker (not copied); errors arrive as Errors with the
// same messages as the synchronous API (a failed load's Error carries its `problems`).
// The worker is also an event target: "loading" when a load starts, "load" when it has ended
// (successfully or not: the worker then still holds the data before), so elements sharing it
// drop what they drew from the old data and draw again.
export function createAnalyticsWorker() {
  const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  const events = new EventTarget();
  let next = 0;
  const pending = new Map();
  worker.onmessage = ({ data }) => {
    const p = pending.get(data.id);
    if (!p) return;
    if (data.progress) {
      p.onProgress?.(data.progress);
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
  const call = (op, arg, transfer = [], onProgress) =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject, onProgress });
      worker.postMessage({ id, op, arg }, transfer);
    });
  const loads = new Set(["fromCsv", "fromJson", "fromRecords", "fromXlsx", "fromXlsxFiles", "sample"]);
  const tracked = (op, ...args) => {
    if (!loads.has(op)) return call(op, ...args);
    events.dispatchEvent(new Event("loading"));
    const done = () => events.dispatchEvent(new Event("load"));
    return call(op, ...args).finally(done);
  };
  const encodeTexts = (tables) => {
    const out = {};
    const transfer = [];
    for (const [k, v] of Object.entries(tables)) {
      const buf =
        typeof v === "string"
          ? new TextEncoder().encode(v).buffer
          : ArrayBuffer.isView(v)
            ? v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength)
            : v;
      out[k] = buf;
      transfer.push(buf);
    }
    return [out, transfer];
  };
  return {
    fromCsv: (tables, { onProgress } = {}) => tracked("fromCsv", ...encodeTexts(tables), onProgress),
    fromJson: (tables, { onProgress } = {}) => tracked("fromJson", ...encodeTexts(tables), onProgress),
    fromRecords: (tables, { onProgress } = {}) => tracked("fromRecords", tables, [], onProgress),
    fromXlsx: (bytes, { onProgress } = {}) => {
      const buf = bytes instanceof ArrayBuffer ? bytes : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      return tracked("fromXlsx", buf, [buf], onProgress);
    },
    fromXlsxFiles: (files, { onProgress } = {}) => {
      const out = {};
      const transfer = [];
      for (const [k, b] of Object.entries(files)) {
        const buf = b instanceof ArrayBuffer ? b : b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
        out[k] = buf;
        transfer.push(buf);
      }
      return tracked("fromXlsxFiles", out, transfer, onProgress);
    },
    sample: (options) => tracked("sample", options ?? {}),
    meta: (options) => call("meta", options),
    warnings: () => call("warnings"),
    goals: (options) => call("goals", options),
    engagement: (options) => call("engagement", options),
    retention: (options) => call("retention", options),
    progression: (options) => call("progression", options),
    risk: (options) => call("risk", options),
    riskEvaluation: (options) => call("riskEvaluation", options),
    report: (options) => call("report", options),
    findings: (options) => call("findings", options),
    matching: (options) => call("matching", options),
    suggest: (options) => call("suggest", options),
    sql: (query) => call("sql", query),
    toCsv: () => call("toCsv"),
    terminate: () => worker.terminate(),
    addEventListener: (type, listener, options) => events.addEventListener(type, listener, options),
    removeEventListener: (type, listener, options) => events.removeEventListener(type, listener, options),
  };
}
