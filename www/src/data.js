// The data panel: the built-in sample or the user's own files (drag and drop, CSV / JSON / XLSX),
// row counts and warnings. The worker tells the elements when the data changed.
import { $, el } from "./dom.js";
import { language, number, onLanguage, t, tableName, tn } from "./i18n.js";
import { mappingStep } from "./mapping.js";

export function dataPanel(worker, { onLoaded }) {
  // What the panel shows, kept to be drawn again in another language: where the data came from
  // ("sample", "failed" or the files' names) and the last meta and warnings.
  let source = null;
  let shown = null;

  function showSource() {
    $("source").textContent =
      source === "sample"
        ? t("sourceSample")
        : source === "failed"
          ? t("sourceFailed")
          : (source ?? t("sourceLoading"));
  }

  function showMeta(meta, warnings) {
    shown = { meta, warnings };
    $("counts").replaceChildren(
      ...Object.entries(meta.rows)
        .filter(([table]) => meta.tables.includes(table))
        .map(([table, n]) =>
          el(
            "div",
            {},
            el("dt", { textContent: tableName(table) }),
            el("dd", { textContent: number(n), dataset: { table } }),
          ),
        ),
    );
    showInputs(meta.inputs);
    $("warnings-summary").textContent = t("warnings", { n: number(warnings.length) });
    $("warnings").replaceChildren(...warnings.map((w) => el("li", { textContent: w.message, title: w.code })));
    const asOf = $("params").elements.asOf;
    if (!asOf.value) asOf.placeholder = meta.asOf;
  }

  /** Per table its file and the headers not read; every file that fed no table (nothing dropped in silence). */
  function showInputs(inputs) {
    const where = (x) => (x.sheet ? t("fileSheet", { file: x.file, sheet: x.sheet }) : x.file);
    const tables = (inputs?.tables ?? [])
      .filter((x) => x.file)
      .map((x) =>
        el("li", {
          textContent:
            tn("tableRead", x.rows, { table: x.table, file: where(x) }) +
            (x.headersUnused.length ? t("notRead", { headers: x.headersUnused.join(", ") }) : ""),
        }),
      );
    const unused = (inputs?.unusedFiles ?? []).map((u) =>
      el("li", { className: "unused", textContent: t("fedNoTable", { file: where(u), why: u.why }) }),
    );
    $("inputs").replaceChildren(...tables, ...unused);
    $("inputs-summary").textContent = tn("whatWasRead", unused.length);
    $("inputs-box").hidden = tables.length + unused.length === 0;
    $("inputs-box").open = unused.length > 0;
  }

  async function refreshMeta(options) {
    // No data since a failed load: nothing to count (the failure stays shown).
    if (source === "failed") return;
    const locale = language();
    const [meta, warnings] = await Promise.all([worker.meta({ ...options, locale }), worker.warnings({ locale })]);
    showMeta(meta, warnings);
  }

  async function loadSample() {
    $("mapping-step").hidden = true;
    $("status").className = "";
    $("status").textContent = "";
    await worker.sample({});
    source = "sample";
    showSource();
    await onLoaded();
  }

  // The mapping the user loaded or built (SPEC §2.1): its text, kept in the page only; and the
  // files last chosen, for the mapping step.
  let mapping;
  let mappingFrom = null; // the mapping file's name, or "page" when built on this page
  let chosen = [];
  let step = null;

  function showMappingName() {
    $("mapping-name").textContent = mappingFrom === "page" ? t("mappingBuilt") : mappingFrom ? ` ${mappingFrom}` : "";
  }

  async function loadFiles(files) {
    // Every file goes to the worker as it is: the core matches files and sheets to tables.
    chosen = await Promise.all([...files].map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
    $("map-columns").hidden = false;
    await load(chosen);
  }

  /** The mapping step over the files last chosen; its "Load" loads them with the mapping built. */
  async function openMapping(why) {
    step = await mappingStep(worker, chosen, {
      mapping: mapping ? JSON.parse(mapping) : undefined,
      why,
      onLoad: async (m) => {
        mapping = JSON.stringify(m);
        mappingFrom = "page";
        showMappingName();
        await load(chosen);
      },
    });
  }

  /**
   * Loads `list` with the current mapping, showing the mapping step when it fails; `again`: the
   * same files once more to explain their failure in another language, in the step already shown.
   */
  async function load(list, { again = false } = {}) {
    $("status").className = "";
    $("status").textContent = t("loading");
    const onProgress = (p) => {
      $("status").textContent =
        p.stage === "reading"
          ? t("reading", { table: p.table })
          : p.stage === "checking"
            ? t("checking")
            : t("loading");
    };
    try {
      // A failed load is explained in the language chosen for the analyses.
      await worker.fromFiles(list, { onProgress, mapping, locale: language() });
      // The files loaded: no mapping step to show.
      $("mapping-step").hidden = true;
      $("status").textContent = "";
      source = list.map((f) => f.name).join(", ");
      showSource();
      await onLoaded();
    } catch (e) {
      // Nothing was half-loaded, and nothing from the data before is shown as if current.
      $("status").className = "error";
      $("status").textContent = e.message;
      source = "failed";
      showSource();
      shown = null;
      $("counts").replaceChildren();
      $("inputs-box").hidden = true;
      // Files that do not match the tables: show how they could.
      if (again && step && !$("mapping-step").hidden) step.render(e.message);
      else await openMapping(e.message).catch(() => {});
    }
  }

  $("files").addEventListener("change", (e) => loadFiles(e.target.files));
  $("map-columns").addEventListener("click", () => openMapping());
  $("mapping").addEventListener("change", async (e) => {
    const f = e.target.files[0];
    mapping = f ? await f.text() : undefined;
    mappingFrom = f?.name ?? null;
    showMappingName();
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
  // Another language: the panel's words now; the meta and warnings come again with the analyses.
  // A failed load's explanation is written by the load: the files are loaded again to write it
  // in the new language (nothing of theirs was kept).
  onLanguage(() => {
    showSource();
    showMappingName();
    if (shown) showMeta(shown.meta, shown.warnings);
    else $("warnings-summary").textContent = t("warnings", { n: number(0) });
    if (source === "failed") load(chosen, { again: true });
    else if (step && !$("mapping-step").hidden) step.render();
  });
  return { loadSample, refreshMeta };
}
