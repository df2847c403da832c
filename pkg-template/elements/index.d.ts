import type { Dataset } from "../mentor_insights.js";
import type { AnalyticsWorker } from "../worker-client.js";

/** What every element draws from: a Dataset, or a worker shared between elements. */
export type Source = Dataset | AnalyticsWorker;

/** Shared by every element: `source`, replaceable `labels`, and `refresh()`. */
export declare class MiElement extends HTMLElement {
  source: Source | null;
  /** Every visible string, by key; assign a partial object to replace some. */
  labels: Record<string, string>;
  /** Computes and draws again (the elements do so themselves when an attribute or the source changes). */
  refresh(): void;
}

export declare class FindingsElement extends MiElement {}
export declare class GoalsElement extends MiElement {}
/** Also takes `period` ("month" | "week") and `pair` (a pair drawn on its own). */
export declare class EngagementElement extends MiElement {}
/** Also takes `exits` ("all" | "voluntary"). */
export declare class RetentionElement extends MiElement {}
export declare class RiskElement extends MiElement {}
export declare class ProgressionElement extends MiElement {}
export declare class MatchingElement extends MiElement {}
export declare class DashboardElement extends HTMLElement {
  source: Source | null;
  /** Labels per element: `{ goals: {...}, risk: {...} }`. */
  labels: Partial<Record<"findings" | "goals" | "engagement" | "retention" | "risk" | "progression" | "matching", Record<string, string>>>;
}

/** The elements' SVG charts, for a host's own tables of numbers (same look, same theme). */
export declare const charts: {
  intervals(rows: { label: string; value?: number; lo?: number; hi?: number; series?: number }[], o: { label: string; format: (v: number) => string; domain?: [number, number]; reference?: number }): SVGSVGElement;
  forest(rows: { label: string; value: number; lo: number; hi: number; series?: number }[], o: { label: string; format: (v: number) => string }): SVGSVGElement;
  lines(series: { name: string; points: { x: number | Date; y: number; lo?: number; hi?: number }[]; dashed?: boolean }[], o: { label: string; formatX: (v: any) => string; formatY: (v: number) => string; step?: boolean; yDomain?: [number, number] }): SVGSVGElement;
  bars(rows: { label: string; value: number; series?: number; fill?: string }[], o: { label: string; format: (v: number) => string; domain?: [number, number]; marks?: number[] }): SVGSVGElement;
};

/** `mentor-insights-select`: a row was chosen (by click, Enter or Space). */
export type SelectDetail = { pairId: string } | { personId: string };
/** `mentor-insights-error`: the element could not answer. */
export type ErrorDetail = { message: string };

declare global {
  interface HTMLElementTagNameMap {
    "mentor-insights-findings": FindingsElement;
    "mentor-insights-goals": GoalsElement;
    "mentor-insights-engagement": EngagementElement;
    "mentor-insights-retention": RetentionElement;
    "mentor-insights-risk": RiskElement;
    "mentor-insights-progression": ProgressionElement;
    "mentor-insights-matching": MatchingElement;
    "mentor-insights-dashboard": DashboardElement;
  }
}
