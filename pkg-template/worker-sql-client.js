// createAnalyticsWorker() with SQL: the same API as "mentor-insights/worker", plus `sql(query)`,
// which fetches the SQL module (polars, several MB) on the first query.
import { connect } from "./worker-client.js";

export function createAnalyticsWorker() {
  return connect(() => new Worker(new URL("./worker-sql.js", import.meta.url), { type: "module" }));
}
