// mentor-insights/elements: custom elements a portal drops into its pages. Each takes its data from
// a `source` property (a Dataset, or the worker of createAnalyticsWorker() shared between them) and
// its options from attributes; see the package README for attributes, events, properties, custom
// properties and parts.
import { ANALYSIS_ELEMENTS } from "./analyses.js";
import { define } from "./base.js";
import { DashboardElement } from "./dashboard.js";
import { EngagementElement } from "./engagement.js";
import { FindingsElement } from "./findings.js";
import { GoalsElement } from "./goals.js";
import { MatchingElement } from "./matching.js";
import { ProgressionElement } from "./progression.js";
import { RetentionElement } from "./retention.js";
import { RiskElement } from "./risk.js";

for (const cls of ANALYSIS_ELEMENTS) define(`mentor-insights-${cls.key}`, cls);
define("mentor-insights-dashboard", DashboardElement);

export {
  DashboardElement,
  EngagementElement,
  FindingsElement,
  GoalsElement,
  MatchingElement,
  ProgressionElement,
  RetentionElement,
  RiskElement,
};
export { h, MiElement } from "./base.js";
export * as charts from "./charts.js";
