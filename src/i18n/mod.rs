//! Every sentence the product writes, in the reader's language (SPEC §4.8 "Language").
//!
//! A sentence is a [`Message`]: the id of a message in the catalogues (`catalogue/*.ftl`, Project
//! Fluent syntax, one file per language) and its arguments. The analyses build messages; the text
//! is rendered in English where they are made, and again in another language at the edge
//! ([`Localize`]) when a caller asks for one. The numbers of a sentence are its arguments, so its
//! `values` and its text cannot disagree, and a language changes only the words around them, the
//! plural forms (Fluent's CLDR plural rules) and the number and date format ([`format`]).

mod catalogue;
pub mod format;

use crate::model::date::Day;

/// A language the catalogues speak.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    En,
    De,
    Fr,
    Es,
    Nl,
}

impl Locale {
    /// Every supported language, in the order the catalogues are listed.
    pub const ALL: [Locale; 5] = [Locale::En, Locale::De, Locale::Fr, Locale::Es, Locale::Nl];

    /// The BCP 47 language subtag.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::De => "de",
            Locale::Fr => "fr",
            Locale::Es => "es",
            Locale::Nl => "nl",
        }
    }

    /// The language of a tag when one is given ([`Locale::resolve`]), else English.
    pub fn of(tag: Option<&str>) -> Locale {
        tag.map_or(Locale::En, |t| Locale::resolve(t).0)
    }

    /// The language of a BCP 47 tag (`de`, `de-DE`, `fr_CH`, `NL`): English, with the message
    /// saying so, when the language is not one of ours (never an error: a portal's locale is not
    /// the user's fault; `warning::InLocale` makes it a warning).
    pub fn resolve(tag: &str) -> (Locale, Option<Message>) {
        let language = tag
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match Locale::ALL.into_iter().find(|l| l.tag() == language) {
            Some(l) => (l, None),
            None => (
                Locale::En,
                Some(
                    Message::new("warning-locale-unsupported")
                        .text("locale", tag)
                        .text("supported", Locale::ALL.map(Locale::tag).join(", ")),
                ),
            ),
        }
    }
}

/// One argument of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A number, shown with `places` decimals when given (0.60), else as short as it is (0.6).
    Number { value: f64, places: Option<u8> },
    /// Text shown as it is (a program's name, a column's name), or a selector's key.
    Text(String),
    /// A date in the locale's short form.
    Date(Day),
    /// A phrase of the catalogue, rendered in the same language (a signal's name, a term's meaning).
    Phrase(Box<Message>),
    /// Phrases of the catalogue in a row, separated as the language separates a list.
    List(Vec<Message>),
}

/// A sentence to be written: a catalogue message and its arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(String, Arg)>,
}

impl Message {
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, key: impl Into<String>, arg: Arg) -> Message {
        self.args.push((key.into(), arg));
        self
    }

    pub fn num(self, key: &str, value: impl Into<f64>) -> Message {
        self.arg(
            key,
            Arg::Number {
                value: value.into(),
                places: None,
            },
        )
    }

    /// A count (usize does not convert to f64 losslessly in general; counts here do).
    pub fn count(self, key: &str, n: usize) -> Message {
        self.num(key, n as f64)
    }

    /// A number with a fixed number of decimals.
    pub fn fixed(self, key: &str, value: f64, places: u8) -> Message {
        self.arg(
            key,
            Arg::Number {
                value,
                places: Some(places),
            },
        )
    }

    pub fn text(self, key: &str, value: impl Into<String>) -> Message {
        self.arg(key, Arg::Text(value.into()))
    }

    pub fn date(self, key: &str, day: Day) -> Message {
        self.arg(key, Arg::Date(day))
    }

    pub fn phrase(self, key: &str, phrase: Message) -> Message {
        self.arg(key, Arg::Phrase(Box::new(phrase)))
    }

    pub fn list(self, key: &str, items: Vec<Message>) -> Message {
        self.arg(key, Arg::List(items))
    }

    /// The sentence in `locale`.
    pub fn render(&self, locale: Locale) -> String {
        catalogue::render(locale, self)
    }

    /// The sentence in English, as results carry it unless a caller asks for another language.
    pub fn english(&self) -> String {
        self.render(Locale::En)
    }
}

/// What can be rewritten in another language: every sentence of a result, re-rendered from its
/// message (ids, codes, values and keys stay as they are).
pub trait Localize {
    fn localize(&mut self, locale: Locale);
}

impl<T: Localize> Localize for Vec<T> {
    fn localize(&mut self, locale: Locale) {
        self.iter_mut().for_each(|x| x.localize(locale));
    }
}

impl<T: Localize> Localize for Option<T> {
    fn localize(&mut self, locale: Locale) {
        if let Some(x) = self {
            x.localize(locale);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    /// Each message of a catalogue with the variables it uses.
    fn messages(locale: Locale) -> BTreeMap<String, BTreeSet<String>> {
        let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut current = String::new();
        for line in catalogue::source(locale).lines() {
            if let Some((id, _)) = line
                .split_once(" = ")
                .filter(|(id, _)| !id.starts_with([' ', '#']) && !id.is_empty())
            {
                assert!(
                    out.insert(id.to_string(), BTreeSet::new()).is_none(),
                    "{id} twice"
                );
                current = id.to_string();
            }
            let mut rest = line;
            while let Some(at) = rest.find('$') {
                rest = &rest[at + 1..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if let Some(vars) = out.get_mut(&current) {
                    vars.insert(name);
                }
            }
        }
        out
    }

    #[test]
    fn every_catalogue_parses() {
        for l in Locale::ALL {
            let parsed = fluent_bundle::FluentResource::try_new(catalogue::source(l).to_string());
            assert!(
                parsed.is_ok(),
                "{}: {:?}",
                l.tag(),
                parsed.err().map(|e| e.1)
            );
        }
    }

    #[test]
    fn every_catalogue_has_every_message_with_every_placeholder() {
        let english = messages(Locale::En);
        assert!(english.len() > 100);
        for l in Locale::ALL {
            let other = messages(l);
            assert_eq!(
                other.keys().collect::<Vec<_>>(),
                english.keys().collect::<Vec<_>>(),
                "{}",
                l.tag()
            );
            for (id, vars) in &english {
                assert_eq!(&other[id], vars, "{} {id}", l.tag());
            }
        }
    }

    #[test]
    fn plurals_follow_each_language() {
        let pairs = |l: Locale, n: usize| {
            Message::new("reason-count")
                .phrase("reason", Message::new("signal-recency"))
                .count("pairs", n)
                .render(l)
        };
        assert_eq!(pairs(Locale::En, 1), "no recent session (1 pair)");
        assert_eq!(pairs(Locale::En, 2), "no recent session (2 pairs)");
        assert_eq!(
            pairs(Locale::De, 1),
            "keine Sitzung in letzter Zeit (1 Paar)"
        );
        assert_eq!(
            pairs(Locale::De, 2),
            "keine Sitzung in letzter Zeit (2 Paare)"
        );
        assert!(pairs(Locale::Fr, 1).ends_with("(1 binôme)"));
        assert!(pairs(Locale::Fr, 2).ends_with("(2 binômes)"));
        assert!(pairs(Locale::Es, 1).ends_with("(1 pareja)"));
        assert!(pairs(Locale::Nl, 2).ends_with("(2 koppels)"));
        assert!(pairs(Locale::Nl, 1408).ends_with("(1.408 koppels)"));

        // One day, one person left out, one other pair: each in the singular.
        let days = |l: Locale, d: f64| Message::new("text-days").fixed("days", d, 0).render(l);
        assert_eq!(
            (days(Locale::En, 1.0), days(Locale::En, 2.0)),
            ("1 day".into(), "2 days".into())
        );
        assert_eq!(days(Locale::De, 1.0), "1 Tag");
        assert_eq!(days(Locale::Nl, 1.0), "1 dag");
        let left_out = |l: Locale, n: usize| {
            Message::new("warning-rows-left-out")
                .count("left_out", n)
                .text("covariates", "job_level")
                .render(l)
        };
        assert!(left_out(Locale::En, 1)
            .contains("1 person without a value for every covariate (job_level) is left out"));
        assert!(left_out(Locale::En, 3).contains("3 people without"));
        assert!(left_out(Locale::Es, 1).contains("se omite 1 persona sin"));
        let load = |l: Locale, n: f64| {
            Message::new("term-text")
                .text("yes", "yes")
                .text("term", "mentor_load")
                .text("gap", "")
                .text("band", "")
                .num("value", n)
                .fixed("years", 0.0, 1)
                .fixed("share", 0.0, 0)
                .render(l)
        };
        assert_eq!(load(Locale::En, 1.0), "the mentor has 1 other pair now");
        assert_eq!(load(Locale::En, 3.0), "the mentor has 3 other pairs now");
        assert_eq!(
            load(Locale::Fr, 1.0),
            "le mentor a 1 autre binôme en ce moment"
        );
        let ragged = |l: Locale, width: usize| {
            Message::new("detail-ragged")
                .count("width", width)
                .count("header", 4)
                .text("hint", "")
                .render(l)
        };
        assert_eq!(ragged(Locale::En, 1), "has 1 field but the header has 4");
        assert_eq!(ragged(Locale::En, 5), "has 5 fields but the header has 4");
        assert_eq!(
            ragged(Locale::Nl, 1),
            "heeft 1 veld, maar de kopregel heeft er 4"
        );
    }

    #[test]
    fn a_tag_resolves_to_its_language_and_an_unknown_one_to_english_with_a_warning() {
        assert_eq!(Locale::resolve("de-DE").0, Locale::De);
        assert_eq!(Locale::resolve("fr_CH").0, Locale::Fr);
        assert_eq!(Locale::resolve("NL").0, Locale::Nl);
        assert!(Locale::resolve("es").1.is_none());
        let (l, w) = Locale::resolve("ja-JP");
        assert_eq!(l, Locale::En);
        let m = w.unwrap().english();
        assert!(m.contains("\"ja-JP\""), "{m}");
    }

    #[test]
    fn numbers_in_sentences_take_the_decimals_asked_for() {
        let m = Message::new("reason-falling-rating")
            .fixed("before", 4.0, 1)
            .fixed("now", 3.25, 1);
        assert_eq!(m.english(), "ratings fell from 4.0 to 3.2");
        assert_eq!(m.render(Locale::De), "Bewertungen fielen von 4,0 auf 3,2");
    }
}
