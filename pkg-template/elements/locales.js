// The elements' labels in each supported language other than English (English is each element's
// own `static labels`): one catalogue per language (`locales/de.js`, ...), keyed like the elements'
// labels — `common` for the labels every element shares, then one entry per element. The `locale`
// attribute picks the language (its first subtag); the `labels` property still replaces any label.
import de from "./locales/de.js";
import es from "./locales/es.js";
import fr from "./locales/fr.js";
import nl from "./locales/nl.js";

export const LOCALES = { de, fr, es, nl };
