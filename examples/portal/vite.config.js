import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

// A portal's own build: it takes the package from pkg/ as a bundler would from node_modules.
const pkg = (f) => fileURLToPath(new URL(`../../pkg/${f}`, import.meta.url));
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  resolve: {
    alias: {
      "mentor-insights/worker": pkg("worker-client.js"),
      "mentor-insights/elements": pkg("elements/index.js"),
      "mentor-insights": pkg("index.js"),
    },
  },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 4096 },
  worker: { format: "es" },
});
