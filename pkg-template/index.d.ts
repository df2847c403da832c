export * from "./mentor_insights.js";
export { default } from "./mentor_insights.js";
