// The elements' labels in each supported language other than English (English is each element's
// own `static labels`): one catalogue per language (`locales/de.js`, ...), keyed like the elements'
// labels — `common` for the labels every element shares, then one entry per element. The `locale`
// attribute picks the language (its first subtag); the `labels` property still replaces any label.
import de from "./locales/de.js";
import es from "./locales/es.js";
import fr from "./locales/fr.js";
import nl from "./locales/nl.js";

export const LOCALES = { de, fr, es, nl };

/**
 * `template` with its placeholders filled from `values`: `{name}` takes `values.name` (a number in
 * the locale's digits), and `{name, plural, one {…} other {…}}` (ICU MessageFormat's plural) the
 * variant for the number `values.name` by the language's plural rules — `=2` for an exact number
 * first, then its category (`one`, `few`, `many`, …), else `other` — with `#` in it standing for
 * the number. A placeholder with no value is left empty; other braces stay as they are.
 */
export function fill(template, values, locale) {
  const text = (v) =>
    typeof v === "number" ? new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v) : String(v ?? "");
  let out = "";
  let at = 0;
  for (let open = template.indexOf("{"); open >= 0; open = template.indexOf("{", at)) {
    const close = closing(template, open);
    if (close < 0) break;
    const inner = template.slice(open + 1, close);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,(.*)$/s.exec(inner);
    out += template.slice(at, open);
    if (plural) {
      const n = values[plural[1]];
      out += fill(variant(plural[2], n, locale).replaceAll("#", text(n)), values, locale);
    } else if (/^\w+$/.test(inner)) out += text(values[inner]);
    else out += template.slice(open, close + 1);
    at = close + 1;
  }
  return out + template.slice(at);
}

/** The index of the `}` that closes the `{` at `open` (−1 when none does). */
function closing(s, open) {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === "{") depth++;
    else if (s[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/** A plural's variant for `n` (`other` for a value that is not a number), as written. */
function variant(body, n, locale) {
  const variants = new Map();
  for (let i = body.indexOf("{"); i >= 0; ) {
    const key = body.slice(0, i).trim();
    const end = closing(body, i);
    if (end < 0) break;
    variants.set(key, body.slice(i + 1, end));
    body = body.slice(end + 1);
    i = body.indexOf("{");
  }
  const chosen =
    typeof n === "number"
      ? (variants.get(`=${n}`) ?? variants.get(new Intl.PluralRules(locale).select(n)) ?? variants.get("other"))
      : variants.get("other");
  return chosen ?? "";
}
