/**
 * Loads the SQL module (polars SQL, several MB), needed once before the first `Dataset.sql()` in
 * the browser; by default from `mentor_insights_sql_bg.wasm` beside the package's files. Importing
 * this entry adds `Dataset.prototype.sql`; the Node entry includes it and loads the module by itself.
 */
export function initSql(
  moduleOrPath?: RequestInfo | URL | Response | BufferSource | WebAssembly.Module,
): Promise<void>;
