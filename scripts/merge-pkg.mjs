// Merges pkg-template/ over wasm-pack's output in pkg/: package.json fields (version from
// Cargo.toml), the Node entry and its DOM-free declarations, the worker entry, the elements and the
// npm README.
import { readFileSync, writeFileSync, cpSync, readdirSync, existsSync } from "node:fs";

const cargo = readFileSync("Cargo.toml", "utf8");
const version = cargo.match(/^version\s*=\s*"([^"]+)"/m)[1];
const template = JSON.parse(readFileSync("pkg-template/package.json", "utf8"));
const generated = existsSync("pkg/package.json") ? JSON.parse(readFileSync("pkg/package.json", "utf8")) : {};
const merged = { ...generated, ...template, version };
writeFileSync("pkg/package.json", `${JSON.stringify(merged, null, 2)}\n`);
for (const f of readdirSync("pkg-template")) {
  if (f !== "package.json") cpSync(`pkg-template/${f}`, `pkg/${f}`, { recursive: true });
}
// The Node entry's declarations: wasm-bindgen's without its init section (DOM types), see node.d.ts.
const generatedTypes = readFileSync("pkg/mentor_insights.d.ts", "utf8");
const initSection = generatedTypes.indexOf("export type InitInput");
if (initSection < 0) throw new Error("pkg/mentor_insights.d.ts: no init section to leave out (wasm-bindgen changed?)");
// `[Symbol.dispose]` (explicit resource management) needs lib esnext: left out of the types, which
// target ES2022; `free()` does the same.
const nodeTypes = generatedTypes.slice(0, initSection).replace(/^\s*\[Symbol\.dispose\]\(\): void;\n/gm, "");
writeFileSync("pkg/mentor_insights_types.d.ts", nodeTypes);
// The browser declarations too: a portal on `lib: ["es2022", "dom"]` with `skipLibCheck: false`
// must compile them.
for (const f of ["pkg/mentor_insights.d.ts", "pkg/mentor_insights_sql.d.ts"]) {
  writeFileSync(f, readFileSync(f, "utf8").replace(/^\s*\[Symbol\.dispose\]\(\): void;\n/gm, ""));
}
console.error(`[build-pkg] pkg/package.json ${merged.name}@${version}`);
