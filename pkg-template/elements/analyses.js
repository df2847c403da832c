// The analyses' elements, listed once and in the dashboard's order (the findings first): each is
// defined as `mentor-insights-<key>` and exported (index.js), placed in the dashboard under that
// part name (dashboard.js), and described in custom-elements.json, labels.d.ts and analyses.d.ts
// (scripts/elements-manifest.mjs).
import { EngagementElement } from "./engagement.js";
import { FindingsElement } from "./findings.js";
import { GoalsElement } from "./goals.js";
import { MatchingElement } from "./matching.js";
import { ProgressionElement } from "./progression.js";
import { RetentionElement } from "./retention.js";
import { RiskElement } from "./risk.js";

export {
  EngagementElement,
  FindingsElement,
  GoalsElement,
  MatchingElement,
  ProgressionElement,
  RetentionElement,
  RiskElement,
};

export const ANALYSIS_ELEMENTS = [
  FindingsElement,
  RiskElement,
  EngagementElement,
  GoalsElement,
  RetentionElement,
  ProgressionElement,
  MatchingElement,
];
