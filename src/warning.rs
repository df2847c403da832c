//! Non-fatal findings about the input or an analysis (SPEC §2): each a stable `code` a program can
//! react to and a `message` a person reads. Every analysis returns its own; the report gathers
//! them all.

use crate::i18n::{Locale, Localize, Message};
use serde::Serialize;

/// One warning: `{ "code", "message" }`, the message in English until [`Localize`]d.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Warning {
    pub code: &'static str,
    pub message: String,
    #[serde(skip)]
    source: Message,
}

impl Warning {
    pub fn new(code: &'static str, message: Message) -> Warning {
        Warning {
            code,
            message: message.english(),
            source: message,
        }
    }
}

impl Warning {
    /// The message the warning is written from.
    pub fn source(&self) -> &Message {
        &self.source
    }
}

impl Localize for Warning {
    fn localize(&mut self, locale: Locale) {
        self.message = self.source.render(locale);
    }
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// Adds `more` to `warnings`, leaving out any already there.
pub fn absorb(warnings: &mut Vec<Warning>, more: &[Warning]) {
    for w in more {
        if !warnings.contains(w) {
            warnings.push(w.clone());
        }
    }
}

/// The codes, in one place (the TypeScript `WarningCode` union lists the same).
pub mod code {
    /// Rows dated after as_of were left out, or later dates cleared.
    pub const AFTER_AS_OF: &str = "after_as_of";
    /// as_of lies after the last date in the data.
    pub const AS_OF_AFTER_DATA: &str = "as_of_after_data";
    /// Rows of a table that look wrong but were loaded (the message says which and how many).
    pub const ODD_ROWS: &str = "odd_rows";
    /// Groups below min_group_size were suppressed (and tests involving them left out).
    pub const GROUPS_SUPPRESSED: &str = "groups_suppressed";
    /// Nothing to measure: no goals, no exits, no promotions by as_of.
    pub const NO_EVENTS: &str = "no_events";
    /// A test, ratio or comparison could not be computed on this data.
    pub const TEST_NOT_COMPUTED: &str = "test_not_computed";
    /// A model could not be fitted (separation, singular information, too few events).
    pub const MODEL_NOT_FITTED: &str = "model_not_fitted";
    /// Rows without a value for every covariate were left out of a model.
    pub const ROWS_LEFT_OUT: &str = "rows_left_out";
    /// The naive "ever mentored" estimate differs from the time-varying one.
    pub const IMMORTAL_TIME_BIAS: &str = "immortal_time_bias";
    /// Extreme propensity weights were truncated.
    pub const WEIGHTS_TRUNCATED: &str = "weights_truncated";
    /// Learned weights or a learned model were not used; the documented defaults were.
    pub const DEFAULTS_USED: &str = "defaults_used";
    /// An analysis of the report could not run (a table missing, too little data).
    pub const ANALYSIS_UNAVAILABLE: &str = "analysis_unavailable";
    /// An optional column is absent while a header left over looks like it (SPEC §2.1).
    pub const COLUMN_UNUSED: &str = "column_unused";
    /// A covariate stays imbalanced after propensity weighting (|standardised difference| > 0.1).
    pub const IMBALANCED: &str = "imbalanced";
    /// The locale asked for is not one of the catalogues' languages; English is used.
    pub const LOCALE_UNSUPPORTED: &str = "locale_unsupported";
    /// An attribute's values, written for reading (`52,000`, `3,5`, `45%`), were read as numbers.
    pub const NUMBERS_READ: &str = "numbers_read";

    /// Every code.
    pub const ALL: [&str; 16] = [
        AFTER_AS_OF,
        AS_OF_AFTER_DATA,
        ODD_ROWS,
        GROUPS_SUPPRESSED,
        NO_EVENTS,
        TEST_NOT_COMPUTED,
        MODEL_NOT_FITTED,
        ROWS_LEFT_OUT,
        IMMORTAL_TIME_BIAS,
        WEIGHTS_TRUNCATED,
        DEFAULTS_USED,
        ANALYSIS_UNAVAILABLE,
        COLUMN_UNUSED,
        IMBALANCED,
        LOCALE_UNSUPPORTED,
        NUMBERS_READ,
    ];
}

/// A result a caller can ask for in a language (findings, risk, the report): its sentences
/// rewritten, and a warning added when the language asked for is not one of ours.
pub trait InLocale: Localize + Sized {
    fn warnings_mut(&mut self) -> &mut Vec<Warning>;

    /// The result in the language of `tag` (a BCP 47 tag; `None`: English as it is).
    fn in_locale(mut self, tag: Option<&str>) -> Self {
        let Some(tag) = tag else {
            return self;
        };
        let (locale, unsupported) = Locale::resolve(tag);
        let unsupported = unsupported.map(|m| Warning::new(code::LOCALE_UNSUPPORTED, m));
        if locale != Locale::En {
            self.localize(locale);
        }
        self.warnings_mut().extend(unsupported);
        self
    }
}

/// A list of warnings (a load's) in a language: its messages rewritten, and the warning of an
/// unsupported language added to it.
impl InLocale for Vec<Warning> {
    fn warnings_mut(&mut self) -> &mut Vec<Warning> {
        self
    }
}

/// The members of the string-literal union `name` in the TypeScript declarations, sorted: what the
/// tests that keep a union in step with its Rust list compare.
#[cfg(test)]
pub(crate) fn typescript_union(name: &str) -> Vec<&'static str> {
    let ts = include_str!("wasm/types.d.ts");
    let start = ts
        .find(&format!("export type {name} ="))
        .unwrap_or_else(|| panic!("no union {name}"));
    let end = start + ts[start..].find(';').unwrap_or(0);
    let mut listed: Vec<&str> = ts[start..end].split('"').skip(1).step_by(2).collect();
    listed.sort_unstable();
    listed
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_typescript_union_lists_every_code_and_no_other() {
        let mut codes = super::code::ALL.to_vec();
        codes.sort_unstable();
        assert_eq!(super::typescript_union("WarningCode"), codes);
    }
}
