export * from "./mentor_insights.js";
export { default } from "./mentor_insights.js";

/**
 * Loads the SQL module (polars SQL, several MB), needed once before the first `Dataset.sql()`;
 * by default from `mentor_insights_sql_bg.wasm` beside the package's files. The Node entry loads
 * it by itself on the first `sql()`.
 */
export function initSql(
  moduleOrPath?: RequestInfo | URL | Response | BufferSource | WebAssembly.Module,
): Promise<void>;
