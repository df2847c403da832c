// Types of the Node entry (node.js): the analyses without the browser's init types
// (`RequestInfo`, `Response`, `WebAssembly.Module` are DOM types), so that a Node-only project
// (lib ES2022, no DOM) compiles them under `strict` without `skipLibCheck`.
export * from "./mentor_insights_types.js";

/**
 * Loads the SQL module. Optional in Node: the Node entry loads it by itself on the first
 * `Dataset.sql()`; given bytes, it instantiates those instead.
 */
export function initSql(module?: ArrayBuffer | ArrayBufferView): Promise<void>;

/** Does nothing in Node (importing the entry instantiated the module); kept for the browser's API. */
export default function init(): Promise<void>;
