// The elements as a portal's TypeScript and JSX see them: typed labels per element (a misspelt key
// fails), typed events, typed attributes in JSX.
import { ANALYSIS_ELEMENTS, type ErrorDetail, type GoalsLabels, type ProgressionElement } from "../../pkg/elements/index.js";

// What a JSX framework declares (Preact, Solid, classic React); the package adds its elements.
declare global {
  namespace JSX {
    interface Element {}
  }
}

const risk = document.createElement("mentor-insights-risk");
risk.labels = { title: "Gefährdete Paare", high: "hoch" };
// @ts-expect-error a misspelt label key
risk.labels = { titel: "Gefährdete Paare" };
const goals: Partial<GoalsLabels> = { summary: "{goals} Ziele" };
document.createElement("mentor-insights-goals").labels = goals;
risk.addEventListener("mentor-insights-error", (e) => {
  const d: ErrorDetail = e.detail;
  console.log(d.message, d.problems?.length, d.attribute);
});
risk.addEventListener("mentor-insights-select", (e) => {
  if ("pairId" in e.detail) console.log(e.detail.pairId);
});
document.createElement("mentor-insights-dashboard").labels = { risk: { title: "Paare" } };

export const view = <mentor-insights-risk locale="de-DE" min-group-size="5" theme="light" />;
export const engagement = <mentor-insights-engagement period="week" pair="M00427" />;
// @ts-expect-error not a theme
export const wrong = <mentor-insights-risk theme="blue" />;
export const exits = <mentor-insights-retention exits="voluntary" />;
// @ts-expect-error only engagement takes a period
export const goalsPeriod = <mentor-insights-goals period="week" />;
const inside: ProgressionElement = document.createElement("mentor-insights-dashboard").elements.progression;
inside.labels = { title: "Laufbahn" };
export const keys: string[] = ANALYSIS_ELEMENTS.map((cls) => cls.name);
