// The data panel: the built-in sample or the user's own files (drag and drop, CSV / JSON / XLSX),
// row counts and warnings. The worker tells the elements when the data changed.
import { $, el } from "./dom.js";

export function dataPanel(worker, { onLoaded }) {
  function showMeta(meta, warnings) {
    $("counts").replaceChildren(
      ...Object.entries(meta.rows)
        .filter(([t]) => meta.tables.includes(t))
        .map(([t, n]) => el("div", {}, el("dt", { textContent: t }), el("dd", { textContent: n.toLocaleString("en"), dataset: { table: t } }))),
    );
    $("warning-count").textContent = String(warnings.length);
    $("warnings").replaceChildren(...warnings.map((w) => el("li", { textContent: w.message, title: w.code })));
    const asOf = $("params").elements.asOf;
    if (!asOf.value) asOf.placeholder = meta.asOf;
  }

  async function refreshMeta(options) {
    const [meta, warnings] = await Promise.all([worker.meta(options), worker.warnings()]);
    showMeta(meta, warnings);
  }

  async function loadSample() {
    $("status").className = "";
    $("status").textContent = "";
    await worker.sample({});
    $("source").textContent = "built-in sample";
    await onLoaded();
  }

  async function loadFiles(files) {
    const csv = {};
    const json = {};
    let xlsx = null;
    for (const f of files) {
      const [, name, ext] = f.name.toLowerCase().match(/^(.*?)\.([a-z]+)$/) ?? [];
      if (["xlsx", "xls", "ods"].includes(ext)) xlsx = await f.arrayBuffer();
      else if (ext === "json") json[name] = await f.arrayBuffer();
      else csv[name] = await f.arrayBuffer(); // bytes go to the worker as they are
    }
    $("status").className = "";
    $("status").textContent = "Loading…";
    const onProgress = (p) => {
      $("status").textContent = p.stage === "reading" ? `Reading ${p.table}…` : p.stage === "checking" ? "Checking the tables…" : "Loading…";
    };
    try {
      if (xlsx) await worker.fromXlsx(xlsx, { onProgress });
      else if (Object.keys(json).length) await worker.fromJson(json, { onProgress });
      else await worker.fromCsv(csv, { onProgress });
      $("status").textContent = "";
      $("source").textContent = [...files].map((f) => f.name).join(", ");
      await onLoaded();
    } catch (e) {
      // Nothing was half-loaded: the worker still holds the data before.
      $("status").className = "error";
      $("status").textContent = e.message;
    }
  }

  $("files").addEventListener("change", (e) => loadFiles(e.target.files));
  $("sample").addEventListener("click", loadSample);
  const drop = $("drop");
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    loadFiles(e.dataTransfer.files);
  });
  return { loadSample, refreshMeta };
}
