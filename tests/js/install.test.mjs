// The built package installs into a fresh project with npm (from its tarball, offline) and works
// there with the import alone; XLSX files load per table.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Dataset } from "../../pkg/node.js";

test("npm install of the packed package, then import in plain Node", (t) => {
  const dir = mkdtempSync(join(tmpdir(), "mi-install-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  execFileSync("npm", ["pack", resolve("pkg"), "--pack-destination", dir, "--silent"], { stdio: "pipe" });
  const tarball = readdirSync(dir).find((f) => f.endsWith(".tgz"));
  assert.ok(tarball, "npm pack wrote a tarball");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "fresh", private: true, type: "module" }));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", join(dir, tarball)], {
    cwd: dir,
    stdio: "pipe",
  });
  writeFileSync(
    join(dir, "main.js"),
    `import { Dataset } from "mentor-insights";
     const ds = Dataset.sample({ people: 300 });
     const sql = ds.sql("SELECT count(*) AS n FROM people")[0].n;
     console.log(JSON.stringify({ people: ds.meta().rows.people, risk: ds.risk({ top: 1 }).pairs.length, sql }));`,
  );
  const out = JSON.parse(execFileSync("node", ["main.js"], { cwd: dir }).toString());
  assert.deepEqual(out, { people: 300, risk: 1, sql: 300 });
  const pkg = JSON.parse(readFileSync(join(dir, "node_modules/mentor-insights/package.json"), "utf8"));
  assert.ok(pkg.exports["./worker"], "the worker entry is exported");
  // Its types compile in a Node-only TypeScript project: lib ES2022, no DOM, no @types/node,
  // strict, without skipLibCheck.
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "es2022",
        module: "nodenext",
        moduleResolution: "nodenext",
        lib: ["es2022"],
        types: [],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
      },
      files: ["main.ts"],
    }),
  );
  writeFileSync(
    join(dir, "main.ts"),
    `import init, { Dataset, initSql, type RiskResult, type Reason, type WarningCode } from "mentor-insights";
     await init();
     await initSql();
     const ds: Dataset = Dataset.sample({ people: 300 });
     const risk: RiskResult = ds.risk({ learn: "auto", top: 5 });
     const used: "learned" | "default" = risk.weights.used;
     const signals: Reason["signal"][] = risk.pairs.flatMap((p) => p.reasons.map((r) => r.signal));
     const codes: WarningCode[] = risk.warnings.map((w) => w.code);
     export const summary = [used, signals.length, codes.length, ds.sql("SELECT 1 AS one").length];`,
  );
  const tsc = resolve("node_modules/typescript/bin/tsc");
  try {
    execFileSync("node", [tsc, "-p", dir], { stdio: "pipe" });
  } catch (e) {
    assert.fail(`tsc on a Node-only project:\n${e.stdout}${e.stderr}`);
  }
});

test("XLSX: one workbook with a sheet per table, or one file per table", () => {
  const book = readFileSync("tests/fixtures/tables.xlsx");
  assert.equal(Dataset.fromXlsx(book).meta().rows.sessions, 2);
  const files = Dataset.fromXlsxFiles({ people: book });
  assert.equal(files.meta().rows.people, 2);
  assert.throws(
    () => Dataset.fromXlsx(readFileSync("tests/fixtures/bad_date.xlsx")),
    /sessions row 2, column "date": "2022-13-40"/,
  );
});

test("the packed package builds in a fresh Vite project", (t) => {
  const dir = mkdtempSync(join(tmpdir(), "mi-vite-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  execFileSync("npm", ["pack", resolve("pkg"), "--pack-destination", dir, "--silent"], { stdio: "pipe" });
  const tarball = readdirSync(dir).find((f) => f.endsWith(".tgz"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "fresh-vite", private: true, type: "module" }));
  const vite = JSON.parse(readFileSync("node_modules/vite/package.json", "utf8")).version;
  // Vite itself may not be in npm's cache on a fresh machine: take it from the cache when there,
  // else from the registry (the package under test still comes from its tarball).
  execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", join(dir, tarball), `vite@${vite}`], {
    cwd: dir,
    stdio: "pipe",
  });
  writeFileSync(join(dir, "index.html"), '<!doctype html><script type="module" src="./main.js"></script>');
  writeFileSync(
    join(dir, "main.js"),
    `import init, { Dataset } from "mentor-insights";
     import { initSql } from "mentor-insights/sql";
     import { createAnalyticsWorker } from "mentor-insights/worker";
     await init();
     await initSql();
     document.body.textContent = JSON.stringify(Dataset.sample({ people: 100 }).sql("SELECT count(*) AS n FROM people"));
     createAnalyticsWorker().sample({ people: 100 }).then((m) => console.log(m.rows.people));`,
  );
  execFileSync(join(dir, "node_modules/.bin/vite"), ["build", "--logLevel", "error"], { cwd: dir, stdio: "pipe" });
  const assets = readdirSync(join(dir, "dist/assets"));
  // The analysis module and the SQL module (loaded only for sql()).
  assert.equal(assets.filter((f) => f.endsWith(".wasm")).length, 2, `both wasm modules are emitted: ${assets}`);
  // A project that never imports SQL does not ship the SQL module.
  writeFileSync(
    join(dir, "main.js"),
    `import { createAnalyticsWorker } from "mentor-insights/worker";
     import "mentor-insights/elements";
     createAnalyticsWorker().sample({ people: 100 }).then((m) => console.log(m.rows.people));`,
  );
  execFileSync(join(dir, "node_modules/.bin/vite"), ["build", "--logLevel", "error"], { cwd: dir, stdio: "pipe" });
  const lean = readdirSync(join(dir, "dist/assets"));
  assert.deepEqual(
    lean.filter((f) => f.includes("sql")),
    [],
    `no SQL module without SQL: ${lean}`,
  );
  assert.ok(assets.filter((f) => f.endsWith(".js")).length >= 2, `the app and the worker are bundled: ${assets}`);
});
