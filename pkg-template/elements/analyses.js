// The analyses' elements, listed once and in the dashboard's order (the findings first): each is
// defined as `mentor-insights-<key>` (index.js), placed in the dashboard under that part name
// (dashboard.js), and described in custom-elements.json and labels.d.ts (scripts/elements-manifest.mjs).
import { EngagementElement } from "./engagement.js";
import { FindingsElement } from "./findings.js";
import { GoalsElement } from "./goals.js";
import { MatchingElement } from "./matching.js";
import { ProgressionElement } from "./progression.js";
import { RetentionElement } from "./retention.js";
import { RiskElement } from "./risk.js";

export const ANALYSIS_ELEMENTS = [
  FindingsElement,
  RiskElement,
  EngagementElement,
  GoalsElement,
  RetentionElement,
  ProgressionElement,
  MatchingElement,
];
