// mentor-insights/elements: custom elements a portal drops into its pages. Each takes its data from
// a `source` property (a Dataset, or the worker of createAnalyticsWorker() shared between them) and
// its options from attributes; see the package README for attributes, events, properties, custom
// properties and parts.
import { ANALYSIS_ELEMENTS } from "./analyses.js";
import { define } from "./base.js";
import { DashboardElement } from "./dashboard.js";

for (const cls of ANALYSIS_ELEMENTS) define(`mentor-insights-${cls.key}`, cls);
define("mentor-insights-dashboard", DashboardElement);

export * from "./analyses.js";
export { DashboardElement };
export { h, MiElement } from "./base.js";
export * as charts from "./charts.js";
