// The analytics worker's operations, listed once: the worker (worker-core.js) serves them, its
// client (worker-client.js) offers them, and a test holds the TypeScript interface to them.
/** Loads: each replaces the worker's data set (and returns its meta). */
export const LOADS = ["fromFiles", "fromCsv", "fromJson", "fromRecords", "fromXlsx", "fromXlsxFiles", "sample"];
/** Calls on the loaded data set, each `ds[op](options)`. */
export const CALLS = [
  "meta",
  "warnings",
  "goals",
  "engagement",
  "retention",
  "progression",
  "risk",
  "riskEvaluation",
  "report",
  "reportHtml",
  "findings",
  "matching",
  "suggest",
  "toCsv",
];
/** The others: `inspectFiles(files, { mapping })` and `resultTables()` need no data;
 * `sql(query, options)` needs its module; `resultTable(name, options)` and
 * `resultColumns(name, options)` name a table. */
export const OTHERS = ["inspectFiles", "resultTables", "resultTable", "resultColumns", "sql"];
/** The operations that need no data loaded. */
export const DATALESS = ["inspectFiles", "resultTables"];
