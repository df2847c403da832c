// createAnalyticsWorker(): the Dataset API as promises, computed in a Web Worker.
// Texts and bytes are transferred to the worker (not copied); errors arrive as Errors with the
// same messages as the synchronous API.
export function createAnalyticsWorker() {
  const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
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
    data.ok ? p.resolve(data.value) : p.reject(new Error(data.error));
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
    fromCsv: (tables, { onProgress } = {}) => call("fromCsv", ...encodeTexts(tables), onProgress),
    fromJson: (tables, { onProgress } = {}) => call("fromJson", ...encodeTexts(tables), onProgress),
    fromRecords: (tables, { onProgress } = {}) => call("fromRecords", tables, [], onProgress),
    fromXlsx: (bytes, { onProgress } = {}) => {
      const buf = bytes instanceof ArrayBuffer ? bytes : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      return call("fromXlsx", buf, [buf], onProgress);
    },
    fromXlsxFiles: (files, { onProgress } = {}) => {
      const out = {};
      const transfer = [];
      for (const [k, b] of Object.entries(files)) {
        const buf = b instanceof ArrayBuffer ? b : b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
        out[k] = buf;
        transfer.push(buf);
      }
      return call("fromXlsxFiles", out, transfer, onProgress);
    },
    sample: (options) => call("sample", options ?? {}),
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
  };
}
