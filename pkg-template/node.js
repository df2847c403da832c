// Node entry: instantiates the analysis module synchronously from the package folder, so that in
// Node the import alone is enough (`await init()` still works and does nothing more); the SQL
// module is loaded, synchronously too, on the first `sql()`.
import { readFileSync } from "node:fs";
import { initSync } from "./mentor_insights.js";
import { setSqlLoader } from "./sql.js";

initSync({ module: readFileSync(new URL("./mentor_insights_bg.wasm", import.meta.url)) });
setSqlLoader(() => readFileSync(new URL("./mentor_insights_sql_bg.wasm", import.meta.url)));

export * from "./index.js";
export { initSql } from "./sql.js";
export default async function init() {}
