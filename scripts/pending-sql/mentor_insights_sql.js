// Stands in for the SQL module while `make demo` builds it (polars takes minutes from an empty
// cache): the dashboard is served first, and a SQL cell says why it cannot run yet. Never in a
// package: `scripts/build-pkg.sh` without PARTS=analysis writes the real module over it.
const PENDING = "The SQL module is still being built by `make demo` (polars, a few minutes on a fresh machine): reload the page when the terminal says it is ready.";

export default async function init() {
  throw new Error(PENDING);
}

export function initSync() {
  throw new Error(PENDING);
}

export class SqlTables {
  static fromBytes() {
    throw new Error(PENDING);
  }
}
