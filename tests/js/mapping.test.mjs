// Exports as they come, from JS (SPEC §2.1): fromFiles reads CSV, TSV, JSON side by side and lists
// what fed no table; every loader takes { mapping }; mistakes are located Errors; inspectFiles
// gives what the dashboard's mapping step shows.
import { test } from "node:test";
import assert from "node:assert/strict";
import init, { Dataset } from "../../pkg/node.js";

await init();

const enc = (s) => new TextEncoder().encode(s);
const hris =
  "Employee ID\tHire Date\tTermination Date\tReason\n" +
  "E1\t3/14/2019\t\t\nE2\t8/19/2020\t6/30/2023\tResignation\nE3\t1/2/2021\t\t\n";
const mapping = {
  date_format: "M/D/YYYY",
  tables: {
    people: {
      file: "hris.tsv",
      columns: { person_id: "Employee ID", hire_date: "Hire Date", exit_date: "Termination Date", exit_type: "Reason" },
      values: { exit_type: { Resignation: "voluntary" } },
    },
  },
};

test("fromFiles reads an export through a mapping and lists the stray file", () => {
  const ds = Dataset.fromFiles(
    [
      { name: "hris.tsv", bytes: enc(hris) },
      { name: "notes.txt", bytes: "exported on Monday" },
    ],
    { mapping },
  );
  const meta = ds.meta();
  assert.equal(meta.rows.people, 3);
  assert.deepEqual(meta.inputs.tables[0].headersUsed, ["Employee ID", "Hire Date", "Termination Date", "Reason"]);
  assert.deepEqual(
    meta.inputs.unusedFiles.map((u) => u.file),
    ["notes.txt"],
  );
  // The same data with the contract's names gives the same numbers.
  const plain = Dataset.fromCsv({
    people:
      "person_id,hire_date,exit_date,exit_type\nE1,2019-03-14,,\nE2,2020-08-19,2023-06-30,voluntary\nE3,2021-01-02,,\n",
  });
  assert.deepEqual(ds.retention({ by: [] }).groups, plain.retention({ by: [] }).groups);
});

test("fromCsv takes { mapping } (as an object or its JSON text) and still a progress function", () => {
  const tables = { people: hris.replaceAll("\t", ",") };
  const one = Dataset.fromCsv(tables, { mapping });
  const two = Dataset.fromCsv(tables, { mapping: JSON.stringify(mapping) });
  assert.deepEqual(one.meta().rows, two.meta().rows);
  const stages = [];
  Dataset.fromCsv({ people: "person_id,hire_date\nA,2020-01-01\n" }, (p) => stages.push(p.stage));
  assert.ok(stages.includes("checking"));
});

test("a mistake in the mapping is a located Error; a misspelt load option is refused", () => {
  assert.throws(
    () => Dataset.fromFiles([{ name: "hris.tsv", bytes: enc(hris) }], { mapping: { tables: { peeple: {} } } }),
    (e) => e instanceof Error && /mapping: unknown table "peeple"/.test(e.message) && e.problems[0].table === "mapping",
  );
  assert.throws(
    () => Dataset.fromFiles([{ name: "hris.tsv", bytes: enc(hris) }], { maping: mapping }),
    /unknown option "maping" \(accepted: mapping, onProgress, locale\)/,
  );
  // Without the mapping: no file is the people table, and the files are named.
  assert.throws(
    () => Dataset.fromFiles([{ name: "hris.tsv", bytes: enc(hris) }]),
    /no file is the people table \(given: hris.tsv\)/,
  );
});

test("US dates without a format are one message naming the format", () => {
  const m = structuredClone(mapping);
  delete m.date_format;
  assert.throws(
    () => Dataset.fromFiles([{ name: "hris.tsv", bytes: enc(hris) }], { mapping: m }),
    /column "hire_date": 3 dates look like M\/D\/YYYY/,
  );
});

test("inspectFiles shows what the mapping step needs", () => {
  const seen = Dataset.inspectFiles([{ name: "hris.tsv", bytes: enc(hris) }]);
  const file = seen.files[0];
  assert.equal(file.table, "people");
  assert.deepEqual(file.headers, ["Employee ID", "Hire Date", "Termination Date", "Reason"]);
  assert.equal(file.preview.length, 3);
  assert.deepEqual(file.columns.find((c) => c.header === "Hire Date").dateFormats, ["M/D/YYYY"]);
  // The suggested mapping keeps the mapping file's own keys.
  assert.equal(seen.suggested.tables.people.columns.person_id, "Employee ID");
  assert.equal(seen.suggested.tables.people.date_format, "M/D/YYYY");
  assert.ok(seen.tables.people.some((c) => c.column === "exit_type" && c.choices.includes("voluntary")));
});

test("the elements import on a server (SSR) without defining anything or throwing", async () => {
  const elements = await import("../../pkg/elements/index.js");
  assert.equal(typeof elements.RetentionElement, "function");
  assert.equal(globalThis.customElements, undefined);
});
