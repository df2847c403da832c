// The analytics worker without SQL (createAnalyticsWorker from "mentor-insights/worker").
import { serve } from "./worker-core.js";

serve();
