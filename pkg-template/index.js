// The package entry for the web and bundlers: the analysis module (mentor_insights.js) and a clear
// Error when a freed Dataset is used. SQL is its own entry ("mentor-insights/sql": `await
// initSql()` once, then `ds.sql()`), so that a page without SQL never bundles the SQL module; the
// Node entry includes it.
import init, { Dataset } from "./mentor_insights.js";

export * from "./mentor_insights.js";
export default init;

if (!Dataset.prototype.sql) {
  Dataset.prototype.sql = function sql() {
    throw new Error(
      'SQL runs in its own module: import { initSql } from "mentor-insights/sql" and call `await initSql()` once before `sql()`',
    );
  };
}

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
