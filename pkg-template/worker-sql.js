// The analytics worker with SQL (createAnalyticsWorker from "mentor-insights/worker-sql"): the
// SQL module is fetched on the first query, not before.
import { initSql } from "./sql.js";
import { serve } from "./worker-core.js";

serve({
  sql: async (ds, query, options) => {
    await initSql();
    return ds.sql(query, options);
  },
});
