// The page's own words in the language picked for the analyses (their sentences and the elements'
// labels come from the package in the same language): one catalogue per language in ./locales,
// keyed by what the words are for, with {placeholders} and plurals as { one, other, ... }
// (Intl.PluralRules). The page's static text carries its key (data-t, data-t-title,
// data-t-aria-label); what the scripts draw asks `t` when it draws, and draws again on a change.
import de from "./locales/de.js";
import en from "./locales/en.js";
import es from "./locales/es.js";
import fr from "./locales/fr.js";
import nl from "./locales/nl.js";

const CATALOGUES = { en, de, fr, es, nl };
export const LANGUAGES = Object.keys(CATALOGUES);

let current = "en";
const redraws = [];

/** The language the page is in ("en", "de", ...). */
export const language = () => current;

/** A number as the page's language writes it (2,000 / 2.000 / 2 000). */
export const number = (n) => n.toLocaleString(current);

const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, k) => String(values[k] ?? ""));

/** The words for `key` in the page's language (English where a catalogue lacks them). */
export function t(key, values = {}) {
  const text = CATALOGUES[current][key] ?? en[key];
  if (typeof text !== "string") throw new Error(`mentor-insights page: no words for "${key}"`);
  return fill(text, values);
}

/** A table's name in the page's language (its own name when the catalogue has none). */
export const tableName = (table) => CATALOGUES[current].tables[table] ?? table;

/** The words for `key` for a count `n` (its plural form in the page's language); {n} is the count. */
export function tn(key, n, values = {}) {
  const forms = CATALOGUES[current][key] ?? en[key];
  const form = forms[new Intl.PluralRules(current).select(n)] ?? forms.other;
  return fill(form, { ...values, n: number(n) });
}

/** The supported language of a tag ("de-CH" → "de"), or null. */
export function supported(tag) {
  const l = String(tag ?? "")
    .split(/[-_]/)[0]
    .toLowerCase();
  return l in CATALOGUES ? l : null;
}

/** Draws `fn` again whenever the language changes. */
export function onLanguage(fn) {
  redraws.push(fn);
}

/** Puts the page in `tag`'s language: its static text, then everything drawn with `t`. */
export function setLanguage(tag) {
  current = supported(tag) ?? "en";
  document.documentElement.lang = current;
  for (const e of document.querySelectorAll("[data-t]")) e.textContent = t(e.dataset.t);
  for (const e of document.querySelectorAll("[data-t-title]")) e.title = t(e.dataset.tTitle);
  for (const e of document.querySelectorAll("[data-t-aria-label]"))
    e.setAttribute("aria-label", t(e.dataset.tAriaLabel));
  for (const fn of redraws) fn();
}
