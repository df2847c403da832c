// Results cross from wasm as a tape (src/wasm/tape.rs, src/wasm/tape.js), not JSON text: what JS
// gets must be what `JSON.parse` gives for the same result's JSON, text that is not ASCII and
// chunked streams included.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir, homedir } from "node:os";
import { join } from "node:path";
import { CALLS } from "../../pkg/calls.js";
import { Dataset } from "../../pkg/node.js";
import { manyObjectShapes } from "../../scripts/literals.mjs";
import { LITERALS, rebuild } from "../../src/wasm/tape.js";

const target = process.env.CARGO_TARGET_DIR ?? join(homedir(), ".cache/mentor-insights/target");
const CLI = process.env.MI_CLI ?? join(target, "release/mentor-insights");
const camel = (v) =>
  Array.isArray(v)
    ? v.map(camel)
    : v && typeof v === "object"
      ? Object.fromEntries(
          Object.entries(v).map(([k, x]) => [k.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase()), camel(x)]),
        )
      : v;

test("a tape rebuilds arrays, objects and text as JSON.parse would, across chunks", () => {
  // {"a":[1.5,"x🎯y",null,true],"__proto__":false,"b":{"a":"é"}}, its streams cut in two chunks.
  const keys = ["a", "__proto__", "b"];
  // shape 1 = {a}, 2 = {a, __proto__}, 3 = {a, __proto__, b}
  const shapes = new Uint32Array([0, 0, 1, 1, 2, 2]);
  const tags = [3, 4, 0, 1, 5, 2, 4, 6, 6];
  const got = rebuild(
    [
      [new Uint8Array(tags.slice(0, 4)), new Uint8Array(tags.slice(4))],
      [new Float64Array([1.5])],
      [new Uint32Array([4, 4]), new Uint32Array([1, 1, 3])],
      ["x🎯", "yé"],
    ],
    keys,
    shapes,
  );
  const want = JSON.parse('{"a":[1.5,"x🎯y",null,true],"__proto__":false,"b":{"a":"é"}}');
  assert.equal(JSON.stringify(got), JSON.stringify(want));
  // Plain objects, as JSON.parse makes them, at every depth.
  for (const o of [got, got.b]) {
    assert.equal(Object.getPrototypeOf(o), Object.prototype);
    assert.equal(o.constructor, Object);
    assert.equal(Object.prototype.toString.call(o), "[object Object]");
  }
  assert.ok(Object.hasOwn(got, "__proto__"));
  // Whole numbers and -0 as JSON.parse reads them.
  const numbers = rebuild(
    [[new Uint8Array([3, 3, 3, 3, 5])], [new Float64Array([-0, 0, 3, 2.5])], [new Uint32Array([4])], []],
    [],
    new Uint32Array(),
  );
  assert.ok(Object.is(numbers[0], -0));
  assert.ok(Object.is(numbers[1], 0));
  assert.deepEqual(numbers.slice(2), [3, 2.5]);
  assert.throws(() => rebuild([[new Uint8Array([9])], [], [], []], [], new Uint32Array()), /unknown tag 9/);
});

test("the literals are the shapes the sample's results hold many of, each making its shape", () => {
  assert.deepEqual(
    [...LITERALS.keys()],
    manyObjectShapes(Dataset, CALLS),
    "what results hold changed: run node scripts/literals.mjs",
  );
  for (const [shape, literal] of LITERALS) {
    const keys = JSON.parse(shape);
    const stack = ["below", ...keys.map((k) => `${k}'s value`)];
    const o = literal(stack, 1);
    assert.deepEqual(
      Object.entries(o),
      keys.map((k) => [k, `${k}'s value`]),
    );
    assert.equal(Object.getPrototypeOf(o), Object.prototype);
  }
  // A tape's object of such a shape is its literal's, as JSON.parse would give it.
  const keys = ["held", "cancelled", "noShow", "minutes"];
  assert.ok(LITERALS.has(JSON.stringify(keys)));
  const got = rebuild(
    [[new Uint8Array([3, 3, 3, 3, 6, 5])], [new Float64Array([1, 0, 2, 30.5])], [new Uint32Array([4, 1])], []],
    keys,
    new Uint32Array([0, 0, 1, 1, 2, 2, 3, 3]),
  );
  assert.equal(JSON.stringify(got), '[{"held":1,"cancelled":0,"noShow":2,"minutes":30.5}]');
});

test("results with names that are not ASCII, and large ones, are the CLI's JSON", () => {
  const dir = mkdtempSync(join(tmpdir(), "mi-tape-"));
  try {
    execFileSync(CLI, ["generate", "--out", dir, "--seed", "5", "--people", "3000"], { stdio: "ignore" });
    // Programs renamed: characters outside the BMP (two UTF-16 units each), accents, a quote, and
    // one named `__proto__`.
    const names = ["Mentorat 🎯 croissance", "Führung „Plus“", "__proto__", 'Say "hi"\\now'];
    const pairs = readFileSync(join(dir, "pairs.csv"), "utf8")
      .trimEnd()
      .split("\n")
      .map((line, i) => {
        if (i === 0) return line;
        const cells = line.split(",");
        cells[3] = `"${names[i % names.length].replaceAll('"', '""')}"`;
        return cells.join(",");
      });
    writeFileSync(join(dir, "pairs.csv"), `${pairs.join("\n")}\n`);
    const texts = Object.fromEntries(
      ["people", "pairs", "sessions", "goals", "feedback", "promotions", "requests"].map((t) => [
        t,
        readFileSync(join(dir, `${t}.csv`), "utf8"),
      ]),
    );
    const ds = Dataset.fromCsv(texts);
    const cli = (...args) => JSON.parse(execFileSync(CLI, [...args, "--data", dir], { maxBuffer: 1 << 30 }).toString());
    // Every pair's periods: tens of thousands of objects, their numbers more than one chunk.
    const engagement = ds.engagement({ pairPeriods: true });
    assert.equal(JSON.stringify(engagement), JSON.stringify(camel(cli("engagement", "--pair-periods"))));
    assert.ok(engagement.pairs.some((p) => p.program === "__proto__"));
    assert.ok(engagement.programs.some((p) => p.program === "Mentorat 🎯 croissance"));
    const goals = ds.goals({ by: ["program"] });
    assert.equal(JSON.stringify(goals), JSON.stringify(camel(cli("goals", "--by", "program"))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
