// Writes what a portal's tools read about the elements, from the elements themselves (imported in
// Node, where they define nothing): pkg/custom-elements.json (the Custom Elements Manifest: tags,
// attributes, properties, events, CSS parts and custom properties), pkg/elements/labels.d.ts
// (each element's label keys, so that a misspelt key in `labels` fails type-checking) and
// pkg/elements/analyses.d.ts (each analysis's element: its class, tag and attributes).
import { writeFileSync } from "node:fs";
import { ANALYSIS_ELEMENTS } from "../pkg-template/elements/analyses.js";
import { COMMON_LABELS, MiElement } from "../pkg-template/elements/base.js";
import * as elements from "../pkg-template/elements/index.js";

// Each analysis's element by its class name, with its tag's key.
const TAGS = Object.fromEntries(ANALYSIS_ELEMENTS.map((cls) => [cls.name, cls.key]));

const ATTRIBUTES = {
  "as-of": ["string", "The date to analyse as of (YYYY-MM-DD); default: the latest date in the data."],
  "min-group-size": [
    "string",
    "Privacy threshold: groups smaller than this are suppressed (a whole number ≥ 3; default 5).",
  ],
  by: ["string", "Group-by dimension(s), comma-separated."],
  period: ['"month" | "week"', "Engagement's period (default month)."],
  exits: ['"all" | "voluntary"', "Which exits retention counts (default all)."],
  locale: [
    "string",
    "Language of labels and sentences and the format of numbers and dates (en, de, fr, es, nl or a BCP 47 tag).",
  ],
  theme: [
    '"light" | "dark" | "auto"',
    "Colours: light; dark; or the OS's (auto). Without it, the OS's only when the portal sets none of --mi-fg, --mi-bg, --mi-accent.",
  ],
  pair: ["string", "A pair whose sessions are drawn on their own."],
};
const EVENTS = [
  {
    name: "mentor-insights-select",
    type: { text: "CustomEvent<{ pairId: string } | { personId: string }>" },
    description: "A row was chosen (click, Enter or Space).",
  },
  {
    name: "mentor-insights-error",
    type: { text: "CustomEvent<{ message: string; problems?: LoadProblem[]; attribute?: string; value?: string }>" },
    description:
      "The element could not answer: a failed load (with its problems), a failed analysis, or an invalid attribute.",
  },
  { name: "mentor-insights-render", type: { text: "CustomEvent<void>" }, description: "The element drew a result." },
];
const PARTS = ["header", "title", "body", "chart", "exports", "table", "heading", "note", "warnings", "cancel"].map(
  (name) => ({ name }),
);
const PROPERTIES = [
  "--mi-accent",
  "--mi-font",
  "--mi-fg",
  "--mi-bg",
  "--mi-muted",
  "--mi-dark-fg",
  "--mi-dark-bg",
  "--mi-dark-muted",
  "--mi-series-2",
  "--mi-series-3",
  "--mi-series-4",
  "--mi-series-5",
  "--mi-series-6",
].map((name) => ({ name }));

const declarations = Object.entries(TAGS).map(([name, tag]) => {
  const cls = elements[name];
  const attributes = cls.observedAttributes.map((a) => ({
    name: a,
    type: { text: ATTRIBUTES[a][0] },
    description: ATTRIBUTES[a][1],
  }));
  return {
    kind: "class",
    name,
    tagName: `mentor-insights-${tag}`,
    customElement: true,
    superclass: { name: "MiElement", module: "elements/base.js" },
    attributes,
    members: [
      {
        kind: "field",
        name: "source",
        type: { text: "Dataset | AnalyticsWorker | null" },
        description: "Where the data comes from.",
      },
      {
        kind: "field",
        name: "labels",
        type: { text: `Partial<${name.replace("Element", "")}Labels>` },
        description: "Visible strings, replaceable by key.",
      },
      { kind: "method", name: "refresh", description: "Computes and draws again." },
    ],
    events: EVENTS,
    cssParts: PARTS,
    cssProperties: PROPERTIES,
  };
});
declarations.push({
  kind: "class",
  name: "DashboardElement",
  tagName: "mentor-insights-dashboard",
  customElement: true,
  attributes: elements.DashboardElement.observedAttributes.map((a) => ({
    name: a,
    type: { text: ATTRIBUTES[a][0] },
    description: ATTRIBUTES[a][1],
  })),
  members: [
    { kind: "field", name: "source", type: { text: "Dataset | AnalyticsWorker | null" } },
    { kind: "field", name: "labels", type: { text: "DashboardLabels" } },
  ],
  events: EVENTS,
  cssParts: Object.values(TAGS).map((name) => ({ name, description: `The <mentor-insights-${name}> inside.` })),
});

const manifest = {
  schemaVersion: "1.0.0",
  readme: "README.md",
  modules: [
    {
      kind: "javascript-module",
      path: "elements/index.js",
      declarations,
      exports: [
        ...declarations.map((d) => ({
          kind: "js",
          name: d.name,
          declaration: { name: d.name, module: "elements/index.js" },
        })),
        ...declarations.map((d) => ({
          kind: "custom-element-definition",
          name: d.tagName,
          declaration: { name: d.name, module: "elements/index.js" },
        })),
      ],
    },
  ],
};
writeFileSync("pkg/custom-elements.json", `${JSON.stringify(manifest, null, 2)}\n`);

const keys = (o) =>
  Object.keys(o)
    .map((k) => `  ${/^\w+$/.test(k) ? k : JSON.stringify(k)}?: string;`)
    .join("\n");
let dts = "// Generated by scripts/elements-manifest.mjs from the elements' English labels: each element's keys.\n\n";
dts += `/** The labels every element shares. */\nexport interface CommonLabels {\n${keys(COMMON_LABELS)}\n}\n\n`;
for (const [name] of Object.entries(TAGS)) {
  const base = name.replace("Element", "");
  dts += `export interface ${base}Labels extends CommonLabels {\n${keys(elements[name].labels)}\n}\n\n`;
}
dts += `/** The dashboard's labels: an object per element. */\nexport interface DashboardLabels {\n${Object.entries(
  TAGS,
)
  .map(([name, tag]) => `  ${tag}?: Partial<${name.replace("Element", "")}Labels>;`)
  .join("\n")}\n}\n`;
writeFileSync("pkg/elements/labels.d.ts", dts);

// The attributes an element takes beyond those every element takes.
const own = (cls) => cls.observedAttributes.filter((a) => !MiElement.observedAttributes.includes(a));
const classes = Object.keys(TAGS);
let analyses = "// Generated by scripts/elements-manifest.mjs from elements/analyses.js: each analysis's element.\n\n";
analyses += 'import type { MiAttributes, MiElement } from "./index.js";\n';
analyses += `import type { ${classes.map((name) => `${name.replace("Element", "")}Labels`).join(", ")} } from "./labels.js";\n\n`;
for (const name of classes) {
  const extra = own(elements[name]);
  if (extra.length) analyses += `/** Also takes ${extra.map((a) => `\`${a}\`: ${ATTRIBUTES[a][1]}`).join(" ")} */\n`;
  analyses += `export declare class ${name} extends MiElement<${name.replace("Element", "")}Labels> {}\n`;
}
const entries = (f) => classes.map((name) => `  ${f(name, TAGS[name])};`).join("\n");
analyses += `\n/** The analyses' element classes, in the dashboard's order (the findings first). */
export declare const ANALYSIS_ELEMENTS: readonly (${classes.map((name) => `typeof ${name}`).join(" | ")})[];

/** The analyses' elements by key: the dashboard's \`elements\`. */
export interface AnalysisElements {
${entries((name, tag) => `${tag}: ${name}`)}
}

/** Each analysis's element by its tag. */
export interface AnalysisElementTags {
${entries((name, tag) => `"mentor-insights-${tag}": ${name}`)}
}

/** Each analysis element's attributes (all strings in HTML), for JSX and frameworks. */
export interface AnalysisElementAttributes {
${entries((name, tag) => {
  const extra = own(elements[name]).map((a) => `${a}?: ${ATTRIBUTES[a][0]}`);
  return `"mentor-insights-${tag}": MiAttributes${extra.length ? ` & { ${extra.join("; ")} }` : ""}`;
})}
}
`;
writeFileSync("pkg/elements/analyses.d.ts", analyses);
console.error("[build-pkg] pkg/custom-elements.json, pkg/elements/labels.d.ts and pkg/elements/analyses.d.ts");
