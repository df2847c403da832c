// The data panel: the built-in sample or the user's own files (drag and drop, CSV / JSON / XLSX),
// row counts and warnings. The worker tells the elements when the data changed.
import { $, el } from "./dom.js";
import { mappingStep } from "./mapping.js";

export function dataPanel(worker, { onLoaded }) {
  function showMeta(meta, warnings) {
    $("counts").replaceChildren(
      ...Object.entries(meta.rows)
        .filter(([t]) => meta.tables.includes(t))
        .map(([t, n]) =>
          el(
            "div",
            {},
            el("dt", { textContent: t }),
            el("dd", { textContent: n.toLocaleString("en"), dataset: { table: t } }),
          ),
        ),
    );
    showInputs(meta.inputs);
    $("warning-count").textContent = String(warnings.length);
    $("warnings").replaceChildren(...warnings.map((w) => el("li", { textContent: w.message, title: w.code })));
    const asOf = $("params").elements.asOf;
    if (!asOf.value) asOf.placeholder = meta.asOf;
  }

  /** Per table its file and the headers not read; every file that fed no table (nothing dropped in silence). */
  function showInputs(inputs) {
    const where = (x) => (x.sheet ? `${x.file}, sheet "${x.sheet}"` : x.file);
    const tables = (inputs?.tables ?? [])
      .filter((t) => t.file)
      .map((t) =>
        el("li", {
          textContent: `${t.table}: ${where(t)}, ${t.rows.toLocaleString("en")} rows${t.headersUnused.length ? `; not read: ${t.headersUnused.join(", ")}` : ""}`,
        }),
      );
    const unused = (inputs?.unusedFiles ?? []).map((u) =>
      el("li", { className: "unused", textContent: `${where(u)} fed no table: ${u.why}` }),
    );
    $("inputs").replaceChildren(...tables, ...unused);
    $("unused-count").textContent = String(unused.length);
    $("inputs-box").hidden = tables.length + unused.length === 0;
    $("inputs-box").open = unused.length > 0;
  }

  async function refreshMeta(options) {
    const [meta, warnings] = await Promise.all([worker.meta(options), worker.warnings()]);
    showMeta(meta, warnings);
  }

  async function loadSample() {
    $("mapping-step").hidden = true;
    $("status").className = "";
    $("status").textContent = "";
    await worker.sample({});
    $("source").textContent = "built-in sample";
    await onLoaded();
  }

  // The mapping the user loaded or built (SPEC §2.1): its text, kept in the page only; and the
  // files last chosen, for the mapping step.
  let mapping;
  let chosen = [];

  async function loadFiles(files) {
    // Every file goes to the worker as it is: the core matches files and sheets to tables.
    chosen = await Promise.all([...files].map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
    $("map-columns").hidden = false;
    await load(chosen);
  }

  /** The mapping step over the files last chosen; its "Load" loads them with the mapping built. */
  function openMapping(why) {
    return mappingStep(worker, chosen, {
      mapping: mapping ? JSON.parse(mapping) : undefined,
      why,
      onLoad: async (m) => {
        mapping = JSON.stringify(m);
        $("mapping-name").textContent = " (built on this page)";
        await load(chosen);
      },
    });
  }

  /** Loads `list` with the current mapping (showing the mapping step when it fails). */
  async function load(list) {
    $("status").className = "";
    $("status").textContent = "Loading…";
    const onProgress = (p) => {
      $("status").textContent =
        p.stage === "reading" ? `Reading ${p.table}…` : p.stage === "checking" ? "Checking the tables…" : "Loading…";
    };
    try {
      // A failed load is explained in the language chosen for the analyses.
      await worker.fromFiles(list, { onProgress, mapping, locale: $("params").elements.locale.value });
      // The files loaded: no mapping step to show.
      $("mapping-step").hidden = true;
      $("status").textContent = "";
      $("source").textContent = list.map((f) => f.name).join(", ");
      await onLoaded();
    } catch (e) {
      // Nothing was half-loaded, and nothing from the data before is shown as if current.
      $("status").className = "error";
      $("status").textContent = e.message;
      $("source").textContent = "no data: the files could not be loaded";
      $("counts").replaceChildren();
      $("inputs-box").hidden = true;
      // Files that do not match the tables: show how they could.
      await openMapping(e.message).catch(() => {});
    }
  }

  $("files").addEventListener("change", (e) => loadFiles(e.target.files));
  $("map-columns").addEventListener("click", () => openMapping());
  $("mapping").addEventListener("change", async (e) => {
    const f = e.target.files[0];
    mapping = f ? await f.text() : undefined;
    $("mapping-name").textContent = f ? ` ${f.name}` : "";
  });
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
