// Measures what the elements' own JS costs a portal (no wasm, no chart library: they have none):
// `vite build --config bench/elements-size.config.js` writes the minified module to bench/out/.
import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

export default defineConfig({
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("./out/elements", import.meta.url)),
    emptyOutDir: true,
    lib: {
      entry: fileURLToPath(new URL("../pkg-template/elements/index.js", import.meta.url)),
      formats: ["es"],
      fileName: "elements",
    },
  },
});
