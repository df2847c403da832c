// Node entry: instantiates the wasm synchronously from the package folder, so that in Node the
// import alone is enough; `await init()` still works and does nothing more.
import { readFileSync } from "node:fs";
import { initSync } from "./mentor_insights.js";

initSync({ module: readFileSync(new URL("./mentor_insights_bg.wasm", import.meta.url)) });

export * from "./mentor_insights.js";
export default async function init() {}
