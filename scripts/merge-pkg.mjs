// Merges pkg-template/ over wasm-pack's output in pkg/: package.json fields (version from
// Cargo.toml), the Node entry, the worker entry, the elements and the npm README.
import { readFileSync, writeFileSync, cpSync, readdirSync, existsSync } from "node:fs";

const cargo = readFileSync("Cargo.toml", "utf8");
const version = cargo.match(/^version\s*=\s*"([^"]+)"/m)[1];
const template = JSON.parse(readFileSync("pkg-template/package.json", "utf8"));
const generated = existsSync("pkg/package.json") ? JSON.parse(readFileSync("pkg/package.json", "utf8")) : {};
const merged = { ...generated, ...template, version };
writeFileSync("pkg/package.json", JSON.stringify(merged, null, 2) + "\n");
for (const f of readdirSync("pkg-template")) {
  if (f !== "package.json") cpSync(`pkg-template/${f}`, `pkg/${f}`, { recursive: true });
}
console.error(`[build-pkg] pkg/package.json ${merged.name}@${version}`);
