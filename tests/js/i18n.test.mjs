// Every sentence in the reader's language (SPEC §4.8 "Language"), from Node: findings, risk
// reasons, warnings and load errors with { locale }, the same ids and values as in English; and
// the elements' five label catalogues complete, with the placeholders of the English labels.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import init, { Dataset } from "../../pkg/node.js";
import { fill, LOCALES } from "../../pkg/elements/locales.js";

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

test("an analysis that cannot run says why in the language asked for", () => {
  const d = Dataset.fromCsv({ people: "person_id,hire_date\nP1,2020-01-01\nP2,2020-02-01\n" });
  assert.throws(() => d.progression(), /^Error: progression needs the promotions table, which was not loaded$/);
  assert.throws(
    () => d.progression({ locale: "fr" }),
    /^Error: progression a besoin de la table promotions, qui n’a pas été chargée$/,
  );
  assert.throws(
    () => d.engagement({ locale: "de" }),
    /^Error: engagement braucht die Tabelle pairs, die nicht geladen wurde$/,
  );
  // Without requests, the way round it is said too, in the same language.
  const pairs = "pair_id,mentor_id,mentee_id,start_date\nM1,P1,P2,2021-01-01\n";
  const e = Dataset.fromCsv({ people: "person_id,hire_date\nP1,2020-01-01\nP2,2020-02-01\n", pairs });
  assert.throws(
    () => e.suggest({ locale: "es" }),
    /^Error: suggest necesita la tabla requests, que no se cargó \(o mentorizados nombrados: --mentees, JS \{ mentees \}\)$/,
  );
  assert.throws(() => d.suggest({ locale: "es" }), /^Error: suggest necesita la tabla pairs, que no se cargó$/);
  e.free();
  d.free();
});

test("a load's warnings in the language asked for, their codes as they are", () => {
  const people = "person_id,hire_date,termination_date\nP1,2020-01-01,\nP2,2020-02-01,2021-01-01\n";
  const d = Dataset.fromCsv({ people });
  const [en] = d.warnings();
  const [nl] = d.warnings({ locale: "nl" });
  assert.equal(en.code, "column_unused");
  assert.equal(nl.code, en.code);
  assert.match(en.message, /^people: there is no exit_date column, but "termination_date" looks like one/);
  assert.match(nl.message, /^people: er is geen kolom exit_date, maar 'termination_date'/);
  assert.equal(d.warnings({ locale: "ja" }).at(-1).code, "locale_unsupported");
  assert.throws(() => d.warnings({ language: "nl" }), /warnings: unknown field `language`, expected `locale`/);
  d.free();
});

test("the dashboard page's words exist in every language, with the same placeholders and plurals", async () => {
  const page = async (l) => (await import(`../../www/src/locales/${l}.js`)).default;
  const english = await page("en");
  const shape = (v) =>
    typeof v === "string"
      ? (v.match(/\{\w+\}/g) ?? []).sort()
      : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typeof x === "string" ? shape(x) : x]));
  for (const l of ["de", "fr", "es", "nl"]) {
    const other = await page(l);
    assert.deepEqual(Object.keys(other).sort(), Object.keys(english).sort(), l);
    for (const [k, v] of Object.entries(english)) {
      if (k === "tables") assert.deepEqual(Object.keys(other.tables).sort(), Object.keys(v).sort(), `${l} tables`);
      else assert.deepEqual(shape(other[k]), shape(v), `${l} ${k}`);
    }
  }
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
  // `{name}` and the count of `{name, plural, …}`.
  const placeholders = (s) => [...String(s).matchAll(/\{(\w+)(?=\}|\s*,\s*plural)/g)].map((m) => m[1]).sort();
  assert.deepEqual(Object.keys(LOCALES).sort(), ["de", "es", "fr", "nl"]);
  for (const [language, catalogue] of Object.entries(LOCALES)) {
    for (const [k, labels] of Object.entries(english)) {
      assert.deepEqual(Object.keys(catalogue[k]).sort(), Object.keys(labels).sort(), `${language} ${k}`);
      for (const key of Object.keys(labels))
        assert.deepEqual(placeholders(catalogue[k][key]), placeholders(labels[key]), `${language} ${k}.${key}`);
    }
  }
});

test("element labels take each language's plural forms for a count", () => {
  const pairs = "{n, plural, =0 {no pair} one {# pair} other {# pairs}} as of {asOf}";
  assert.equal(fill(pairs, { n: 0, asOf: "today" }, "en"), "no pair as of today");
  assert.equal(fill(pairs, { n: 1, asOf: "today" }, "en"), "1 pair as of today");
  assert.equal(fill(pairs, { n: 1408 }, "de"), "1.408 pairs as of ");
  // French counts 0 and 1 in the singular; a count given as text takes `other`.
  const fr = "{n, plural, one {# binôme actif} other {# binômes actifs}}";
  assert.equal(fill(fr, { n: 0 }, "fr"), "0 binôme actif");
  assert.equal(fill(fr, { n: 2 }, "fr"), "2 binômes actifs");
  assert.equal(fill(fr, { n: "1" }, "fr"), "1 binômes actifs");
  // A placeholder inside a variant is filled; braces that are no placeholder stay.
  assert.equal(
    fill("{k, plural, one {# at {asOf}} other {# by {asOf}}} {not a placeholder}", { k: 1, asOf: "t" }, "en"),
    "1 at t {not a placeholder}",
  );
  // Each element's summary in two languages, its counts singular.
  const one = { pairs: 1, active: 1, lapsed: 1 };
  assert.equal(
    fill(LOCALES.de.engagement.summary, one, "de"),
    "1 Paar, 1 aktiv; 1 aktives Paar hat sich seit mehr als dem Doppelten seines vereinbarten Rhythmus nicht getroffen.",
  );
  assert.match(
    fill(LOCALES.es.risk.summary, { total: 1, asOf: "x", high: 0, medium: 1, low: 0 }, "es"),
    /^1 pareja activa a x:/,
  );
});
