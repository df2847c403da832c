import type { Dataset, LoadProblem } from "../mentor_insights.js";
import type { AnalyticsWorker } from "../worker-client.js";
import type { AnalysisElementAttributes, AnalysisElements, AnalysisElementTags } from "./analyses.js";
import type { CommonLabels, DashboardLabels } from "./labels.js";

export type * from "./labels.js";
export * from "./analyses.js";

/** What every element draws from: a Dataset, or a worker shared between elements. */
export type Source = Dataset | AnalyticsWorker;

/** `mentor-insights-select`: a row was chosen (by click, Enter or Space). */
export type SelectDetail = { pairId: string } | { personId: string };
/** `mentor-insights-error`: the element could not answer — a failed load (with its located
 * problems), a failed analysis, or an attribute whose value is not valid (then the default is
 * used, and `attribute` and `value` name it). */
export type ErrorDetail = { message: string; problems?: LoadProblem[]; attribute?: string; value?: string };

/** The events an element fires (bubbling and composed: a listener on `document` hears them). */
export interface MiElementEventMap extends HTMLElementEventMap {
  "mentor-insights-select": CustomEvent<SelectDetail>;
  "mentor-insights-error": CustomEvent<ErrorDetail>;
  "mentor-insights-render": CustomEvent<void>;
}

/** The attributes every element takes (all strings in HTML). */
export interface MiAttributes {
  /** Analyse as of this date, YYYY-MM-DD. */
  "as-of"?: string;
  /** Privacy threshold: a whole number ≥ 3 (default 5). */
  "min-group-size"?: string | number;
  /** Group-by dimension(s), comma-separated. */
  by?: string;
  /** Language of labels and sentences: "en", "de", "fr", "es", "nl" or a BCP 47 tag. */
  locale?: string;
  /** Colours: "light", "dark" or "auto" (the OS's). Without it, the OS's only when the portal sets none of --mi-fg, --mi-bg, --mi-accent. */
  theme?: "light" | "dark" | "auto";
  class?: string;
  id?: string;
  slot?: string;
  part?: string;
  hidden?: boolean;
}

/** Shared by every element: `source`, replaceable `labels`, and `refresh()`. */
export declare class MiElement<Labels = CommonLabels> extends HTMLElement {
  source: Source | null;
  /** Every visible string, by key (in the element's `locale`); assign some to replace them. */
  get labels(): Required<Labels>;
  set labels(l: Partial<Labels>);
  /** Computes and draws again (the elements do so themselves when an attribute or the source changes). */
  refresh(): void;
  addEventListener<K extends keyof MiElementEventMap>(type: K, listener: (this: this, ev: MiElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof MiElementEventMap>(type: K, listener: (this: this, ev: MiElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

export declare class DashboardElement extends HTMLElement {
  source: Source | null;
  /** The elements inside, by name. */
  readonly elements: AnalysisElements;
  /** Labels per element: `{ goals: {...}, risk: {...} }`. */
  set labels(l: DashboardLabels);
}

/**
 * The DOM helper the elements draw with: `h("td", { text: "3", class: "num" }, child)`. `text` sets
 * the text, `class` the class, `dataset` data attributes, `on…` a listener; a key the element has as
 * a property (`value`, `selected`) is set as one, any other as an attribute. Null or empty children
 * are skipped.
 */
export declare function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: Record<string, unknown>,
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K];

/** The elements' SVG charts, for a host's own tables of numbers (same look, same theme). */
export declare const charts: {
  intervals(rows: { label: string; value?: number; lo?: number; hi?: number; series?: number }[], o: { label: string; format: (v: number) => string; domain?: [number, number]; reference?: number }): SVGSVGElement;
  forest(rows: { label: string; value: number; lo: number; hi: number; series?: number }[], o: { label: string; format: (v: number) => string }): SVGSVGElement;
  lines(series: { name: string; points: { x: number | Date; y: number; lo?: number; hi?: number }[]; dashed?: boolean }[], o: { label: string; formatX: (v: any) => string; formatY: (v: number) => string; step?: boolean; yDomain?: [number, number] }): SVGSVGElement;
  bars(rows: { label: string; value: number; series?: number; fill?: string }[], o: { label: string; format: (v: number) => string; domain?: [number, number]; marks?: number[] }): SVGSVGElement;
  /** Draws with `draw()` at `width` px: the charts' text keeps its size. */
  atWidth<T>(width: number, draw: () => T): T;
  /** The CSS the charts are drawn with: a page drawing them outside an element adopts it. */
  CHART_STYLE: string;
  /** A drawn chart as an SVG file's text, with the colours and fonts it is shown in written in. */
  standalone(svg: SVGSVGElement): string;
};

/** The elements' attributes, per tag, for JSX (`IntrinsicElements`) and frameworks. */
export interface MentorInsightsElements extends AnalysisElementAttributes {
  "mentor-insights-dashboard": MiAttributes & { period?: "month" | "week"; exits?: "all" | "voluntary" };
}

declare global {
  interface HTMLElementTagNameMap extends AnalysisElementTags {
    "mentor-insights-dashboard": DashboardElement;
  }
  // JSX (Preact, Solid, classic React): `<mentor-insights-risk locale="de" />` type-checks. With
  // React 19's `React.JSX`, extend `React.JSX.IntrinsicElements` with `MentorInsightsElements`.
  namespace JSX {
    interface IntrinsicElements extends MentorInsightsElements {}
  }
}
