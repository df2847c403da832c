// The package entry for the web and bundlers: the analysis module (mentor_insights.js), SQL in its
// own module (`await initSql()` once before the first `sql()`; the Node entry loads it by itself),
// and a clear Error when a freed Dataset is used.
import init, { Dataset } from "./mentor_insights.js";
import "./sql.js";

export * from "./mentor_insights.js";
export { initSql } from "./sql.js";
export default init;

// A freed Dataset (after `free()`) would fail deep inside wasm-bindgen with "null pointer passed
// to rust": say what happened instead.
for (const name of Object.getOwnPropertyNames(Dataset.prototype)) {
  const method = Object.getOwnPropertyDescriptor(Dataset.prototype, name).value;
  if (name === "constructor" || name === "free" || typeof method !== "function") continue;
  Dataset.prototype[name] = function (...args) {
    if (!this.__wbg_ptr) {
      throw new Error(`Dataset.${name}(): this Dataset was freed (free() was called on it); load the data again`);
    }
    return method.apply(this, args);
  };
}
