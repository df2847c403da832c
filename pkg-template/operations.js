// The analytics worker's operations, listed once: the worker (worker-core.js) serves them, its
// client (worker-client.js) offers them, and a test holds the TypeScript interface to them. Its
// calls on a loaded data set, each `ds[op](options)`, are every other method of `Dataset`: the
// package's build writes them into calls.js from the analysis module (scripts/merge-pkg.mjs).
/** Loads: each replaces the worker's data set (and returns its meta). */
export const LOADS = ["fromFiles", "fromCsv", "fromJson", "fromRecords", "fromXlsx", "fromXlsxFiles", "sample"];
/** The others: `inspectFiles(files, { mapping })` and `resultTables()` need no data;
 * `sql(query, options)` needs its module; `resultTable(name, options)` and
 * `resultColumns(name, options)` name a table. */
export const OTHERS = ["inspectFiles", "resultTables", "resultTable", "resultColumns", "sql"];
/** The operations that need no data loaded. */
export const DATALESS = ["inspectFiles", "resultTables"];
