// Every sentence in the reader's language (SPEC §4.8 "Language"), from Node: findings, risk
// reasons, warnings and load errors with { locale }, the same ids and values as in English; and
// the elements' five label catalogues complete, with the placeholders of the English labels.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import init, { Dataset } from "../../pkg/node.js";
import { LOCALES } from "../../pkg/elements/locales.js";

await init();
const ds = Dataset.sample();
const english = ds.findings();

for (const locale of ["de", "fr-FR", "es", "nl"]) {
  test(`findings in ${locale}: same ids and values, every text translated, decimal comma`, () => {
    const other = ds.findings({ locale });
    assert.deepEqual(
      other.findings.map((f) => [f.id, f.values]),
      english.findings.map((f) => [f.id, f.values]),
    );
    other.findings.forEach((f, i) => {
      assert.notEqual(f.text, english.findings[i].text, f.id);
    });
    const mentoring = other.findings.find((f) => f.id === "retention.mentoring");
    assert.match(mentoring.text, /0,60/);
  });
}

test("risk reasons and the report in the language asked for", () => {
  const en = ds.risk({ learn: false });
  const fr = ds.risk({ learn: false, locale: "fr" });
  const pair = en.pairs.findIndex((p) => p.reasons.length);
  assert.equal(fr.pairs[pair].reasons[0].signal, en.pairs[pair].reasons[0].signal);
  assert.notEqual(fr.pairs[pair].reasons[0].text, en.pairs[pair].reasons[0].text);
  const report = ds.report({ locale: "es" });
  assert.deepEqual(report.goals, ds.report().goals, "numbers do not change with the language");
  assert.ok(report.findings.every((f) => !/[{}]/.test(f.text)));
});

test("an unsupported locale falls back to English with a warning; a wrong type is refused", () => {
  const r = ds.findings({ locale: "ja" });
  assert.deepEqual(
    r.findings.map((f) => f.text),
    english.findings.map((f) => f.text),
  );
  assert.equal(r.warnings.at(-1).code, "locale_unsupported");
  assert.throws(() => ds.findings({ locale: 7 }), /locale: expected a language tag/);
});

test("a failed load speaks the language of its options", () => {
  const people = "person_id,hire_date\nP1,2020-01-01\nP1,2020-02-01\n";
  assert.throws(
    () => Dataset.fromCsv({ people }, { locale: "de" }),
    (e) =>
      /people Zeile 2, Spalte „person_id“: „P1“ ist doppelt \(zuerst in Zeile 1\)/.test(e.message) &&
      /Zeile 2/.test(e.problems[0].message),
  );
});

test("every element label exists in every language, with the same placeholders", () => {
  const read = (f) => readFileSync(new URL(`../../pkg-template/elements/${f}.js`, import.meta.url), "utf8");
  const object = (src, marker) => {
    const i = src.indexOf(marker) + marker.length;
    let depth = 0;
    let j = i;
    for (; j < src.length; j++) {
      if (src[j] === "{") depth++;
      if (src[j] === "}" && --depth === 0) break;
    }
    return Function(`return (${src.slice(i, j + 1)})`)();
  };
  const english = { common: object(read("base"), "export const COMMON_LABELS = ") };
  // Each element of analyses.js, by the file it is imported from (an element's module needs a DOM).
  const elements = [...read("analyses").matchAll(/from "\.\/(\w+)\.js"/g)].map((m) => m[1]);
  for (const k of elements) english[k] = object(read(k), "static labels = ");
  assert.deepEqual(Object.keys(english).sort(), Object.keys(LOCALES.de).sort(), "a catalogue per element");
  const placeholders = (s) => (String(s).match(/\{\w+\}/g) ?? []).sort();
  assert.deepEqual(Object.keys(LOCALES).sort(), ["de", "es", "fr", "nl"]);
  for (const [language, catalogue] of Object.entries(LOCALES)) {
    for (const [k, labels] of Object.entries(english)) {
      assert.deepEqual(Object.keys(catalogue[k]).sort(), Object.keys(labels).sort(), `${language} ${k}`);
      for (const key of Object.keys(labels))
        assert.deepEqual(placeholders(catalogue[k][key]), placeholders(labels[key]), `${language} ${k}.${key}`);
    }
  }
});
