// "mentor-insights/sql": SQL over a Dataset's tables, in the separately loaded SQL module (polars,
// several MB). Importing it adds `Dataset.prototype.sql`; `await initSql()` fetches the module.
import { Dataset } from "./mentor_insights.js";
import initSqlModule, { initSync as initSqlSync, SqlTables } from "./mentor_insights_sql.js";

let sqlReady = false;
let loadSqlSync = null;

/** Loads the SQL module (by default from `mentor_insights_sql_bg.wasm` beside this file). */
export async function initSql(moduleOrPath) {
  if (!sqlReady) await initSqlModule(moduleOrPath === undefined ? undefined : { module_or_path: moduleOrPath });
  sqlReady = true;
}

/** For the Node entry: how to load the SQL module synchronously on the first `sql()`. */
export function setSqlLoader(load) {
  loadSqlSync = () => initSqlSync({ module: load() });
}

// One SqlTables per data set: the tables cross to the SQL module once, then any number of queries.
const tables = new WeakMap();

/** SQL over the data's tables, the analysis results the query names (`risk`, `drivers`, ...,
 * computed by the analysis module with `{ asOf, minGroupSize, by, locale }`) and `tables` given as
 * rows (`{ cell_1: [{...}, ...] }`), which come first. */
Dataset.prototype.sql = function sql(query, options) {
  if (!sqlReady) {
    if (!loadSqlSync) {
      throw new Error("SQL runs in its own module: call `await initSql()` once before `sql()`");
    }
    loadSqlSync();
    sqlReady = true;
  }
  let t = tables.get(this);
  if (!t) {
    t = SqlTables.fromBytes(this.__sqlTables());
    tables.set(this, t);
  }
  const q = String(query);
  const given = options?.tables;
  const isObject = options !== null && typeof options === "object" && !Array.isArray(options);
  // The analysis module checks the options (a misspelt key is an error); the rows it never reads.
  const results = this.__resultTables(
    q,
    Object.keys(given ?? {}),
    isObject ? { ...options, tables: undefined } : options,
  );
  return t.query(q, results, given);
};
