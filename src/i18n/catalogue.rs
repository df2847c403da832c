//! The catalogues: one Fluent resource per language, parsed once, with numbers formatted for the
//! language ([`super::format`]) and plural forms chosen by Fluent's CLDR rules.

use super::format;
use super::{Arg, Locale, Message};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::concurrent::IntlLangMemoizer;
use intl_memoizer::Memoizable;
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

type Bundle = FluentBundle<FluentResource>;

/// The catalogue of a language, as written.
pub(super) fn source(locale: Locale) -> &'static str {
    match locale {
        Locale::En => include_str!("catalogue/en.ftl"),
        Locale::De => include_str!("catalogue/de.ftl"),
        Locale::Fr => include_str!("catalogue/fr.ftl"),
        Locale::Es => include_str!("catalogue/es.ftl"),
        Locale::Nl => include_str!("catalogue/nl.ftl"),
    }
}

/// The language's number style, looked up by Fluent's memoizer from the bundle's language.
struct Style(Locale);

impl Memoizable for Style {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        let (locale, _) = Locale::resolve(lang.language.as_str());
        Ok(Style(locale))
    }
}

/// Fluent's hook for numbers: every number placed in a sentence is written the language's way,
/// with the decimals its argument asks for.
fn format_value(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let places = n.options.minimum_fraction_digits;
    intls
        .with_try_get::<Style, _, _>((), |s| format::number(n.value, places, s.0))
        .ok()
}

fn bundle(locale: Locale) -> Bundle {
    let lang: LanguageIdentifier = locale.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![lang]);
    // Sentences are plain text: no Unicode isolation marks around the placeables.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_value));
    let resource = match FluentResource::try_new(source(locale).to_string()) {
        Ok(r) => r,
        // A catalogue that does not parse fails its test; in use, keep what did parse.
        Err((r, _)) => r,
    };
    // A duplicate id fails the catalogue test; the first definition is kept.
    let _ = bundle.add_resource(resource);
    bundle
}

fn catalogue(locale: Locale) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 5] = [const { OnceLock::new() }; 5];
    let i = Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
    BUNDLES[i].get_or_init(|| bundle(locale))
}

/// One argument as Fluent takes it.
fn value(arg: &Arg, locale: Locale) -> FluentValue<'static> {
    match arg {
        Arg::Number { value, .. } if !value.is_finite() => {
            FluentValue::String(format::number(*value, None, locale).into())
        }
        Arg::Number { value, places } => {
            let mut n = FluentNumber::from(*value);
            if let Some(p) = places {
                n.options.minimum_fraction_digits = Some(usize::from(*p));
                n.options.maximum_fraction_digits = Some(usize::from(*p));
            }
            FluentValue::Number(n)
        }
        Arg::Text(s) => FluentValue::String(s.clone().into()),
        Arg::Date(d) => FluentValue::String(format::day(*d, locale).into()),
        Arg::Phrase(m) => FluentValue::String(render(locale, m).into()),
        Arg::List(items) => {
            let separator = render(locale, &Message::new("list-separator"));
            let parts: Vec<String> = items.iter().map(|m| render(locale, m)).collect();
            FluentValue::String(parts.join(&separator).into())
        }
    }
}

/// The message in `locale`; in English when that catalogue lacks it (a test keeps every catalogue
/// complete), and its id when no catalogue has it.
pub(super) fn render(locale: Locale, m: &Message) -> String {
    let bundle = catalogue(locale);
    let Some(pattern) = bundle.get_message(m.id).and_then(|msg| msg.value()) else {
        return match locale {
            Locale::En => m.id.to_string(),
            _ => render(Locale::En, m),
        };
    };
    let mut args = FluentArgs::with_capacity(m.args.len());
    for (k, a) in &m.args {
        args.set(k.clone(), value(a, locale));
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&args), &mut errors)
        .into_owned()
}
