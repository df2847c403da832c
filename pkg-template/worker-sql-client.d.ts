export { createAnalyticsWorker, type AnalyticsWorker, type LoadOptions, type TableInputs } from "./worker-client.js";
