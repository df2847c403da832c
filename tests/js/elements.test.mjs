// What a portal's tools read about the elements: the Custom Elements Manifest and the label types,
// generated from the elements themselves, agree with them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as elements from "../../pkg/elements/index.js";

const pkg = JSON.parse(readFileSync(new URL("../../pkg/package.json", import.meta.url)));
const manifest = JSON.parse(readFileSync(new URL("../../pkg/custom-elements.json", import.meta.url)));
const labels = readFileSync(new URL("../../pkg/elements/labels.d.ts", import.meta.url), "utf8");

test("the package points to a manifest that lists every element with its attributes, events and parts", () => {
  assert.equal(pkg.customElements, "custom-elements.json");
  assert.ok(pkg.files.includes("custom-elements.json"));
  const declared = manifest.modules[0].declarations;
  assert.deepEqual(
    declared.map((d) => d.tagName).sort(),
    ["dashboard", "engagement", "findings", "goals", "matching", "progression", "retention", "risk"].map(
      (t) => `mentor-insights-${t}`,
    ),
  );
  for (const d of declared) {
    assert.deepEqual(
      d.attributes.map((a) => a.name),
      elements[d.name].observedAttributes,
      d.name,
    );
    assert.ok(d.events.some((e) => e.name === "mentor-insights-select"));
    assert.ok(
      d.attributes.every((a) => a.description),
      d.name,
    );
  }
  const risk = declared.find((d) => d.name === "RiskElement");
  for (const part of ["title", "heading", "chart", "table", "warnings", "note"])
    assert.ok(
      risk.cssParts.some((p) => p.name === part),
      part,
    );
});

test("every label key of every element is in its label type", () => {
  for (const name of [
    "GoalsElement",
    "RiskElement",
    "EngagementElement",
    "RetentionElement",
    "FindingsElement",
    "ProgressionElement",
    "MatchingElement",
  ]) {
    const type = labels.slice(labels.indexOf(`export interface ${name.replace("Element", "")}Labels`));
    const body = type.slice(0, type.indexOf("}"));
    for (const key of Object.keys(elements[name].labels))
      assert.match(body, new RegExp(`\\b${key}\\?: string;`), `${name}.${key}`);
  }
});
