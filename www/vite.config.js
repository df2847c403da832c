import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

// The dashboard is a static site: everything it needs (the wasm package and its elements) is
// bundled, so at run time it requests nothing but its own files.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  resolve: {
    alias: {
      "mentor-insights/worker-sql": fileURLToPath(new URL("../pkg/worker-sql-client.js", import.meta.url)),
      "mentor-insights/worker": fileURLToPath(new URL("../pkg/worker-client.js", import.meta.url)),
      "mentor-insights/elements": fileURLToPath(new URL("../pkg/elements/index.js", import.meta.url)),
      "mentor-insights": fileURLToPath(new URL("../pkg/index.js", import.meta.url)),
    },
  },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 4096 },
  worker: { format: "es" },
});
