//! The analyses. Each takes a loaded [`Dataset`] and [`Params`], views the data as of `as_of`, and
//! returns a serialisable result whose grouped parts have passed through `privacy`.

pub mod assignment;
pub mod drivers;
pub mod engagement;
pub mod findings;
pub mod goals;
pub mod matching;
pub mod options;
pub mod people;
pub mod progression;
pub(crate) mod projection;
pub mod report;
pub mod retention;
pub mod risk;
pub mod risk_eval;
mod risk_model;
mod risk_signals;
pub mod survival;
pub mod tables;

use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::model::date::{self, Day};
use crate::model::Dataset;
use crate::warning::{code, Warning};
use serde::Serialize;
use std::borrow::Cow;

/// The smallest `min_group_size` allowed (SPEC §3).
pub const MIN_GROUP_SIZE_FLOOR: usize = 3;
/// The default `min_group_size` (SPEC §3).
pub const DEFAULT_MIN_GROUP_SIZE: usize = 5;

/// Parameters shared by every analysis (SPEC §3).
#[derive(Debug, Clone, PartialEq)]
pub struct Params {
    /// Default: the latest date in the data.
    pub as_of: Option<Day>,
    pub min_group_size: usize,
    pub by: Vec<String>,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            as_of: None,
            min_group_size: DEFAULT_MIN_GROUP_SIZE,
            by: Vec::new(),
        }
    }
}

/// The data as of the analysis date, with the warnings that view raised: made once per call (and
/// once per report, for all its analyses).
pub struct View<'a> {
    /// The data itself when nothing is dated after `as_of`, else a filtered copy.
    pub data: Cow<'a, Dataset>,
    pub as_of: Day,
    pub warnings: Vec<Warning>,
    /// The data as loaded (what a report's `meta` counts).
    pub loaded: &'a Dataset,
}

impl Params {
    /// Checks the parameters and views `d` as of `as_of` (default: its latest date).
    pub fn view<'a>(&self, d: &'a Dataset) -> Result<View<'a>> {
        if self.min_group_size < MIN_GROUP_SIZE_FLOOR {
            return Err(Error::Usage(format!(
                "min_group_size is {}, but it may not be below {MIN_GROUP_SIZE_FLOOR} (privacy floor)",
                self.min_group_size
            )));
        }
        let latest = d.latest_date();
        let as_of = match self.as_of.or(latest) {
            Some(day) => day,
            None => {
                return Err(Error::InsufficientData {
                    method: "choosing as_of".into(),
                    needed: "at least one dated row".into(),
                    got: "none".into(),
                })
            }
        };
        let (data, warning) = d.as_of(as_of);
        let mut warnings = d.warnings.clone();
        warnings.extend(warning);
        if let Some(latest) = latest.filter(|l| *l < as_of) {
            warnings.push(Warning::new(
                code::AS_OF_AFTER_DATA,
                Message::new("warning-as-of-after-data")
                    .date("as_of", as_of)
                    .date("latest", latest),
            ));
        }
        Ok(View {
            data,
            as_of,
            warnings,
            loaded: d,
        })
    }
}

/// A date as it appears in results: `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct IsoDate(pub Day);

impl Serialize for IsoDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&date::format(self.0))
    }
}

/// Label of a missing attribute value in a group-by.
pub const MISSING: &str = "(missing)";

/// The time periods a `by` may name; a row falls in the period of its own date (a goal's creation,
/// a pair's start).
const PERIODS: [&str; 4] = ["week", "month", "quarter", "year"];

/// The label of `day` in a period dimension.
pub fn period_label(period: &str, day: Day) -> String {
    let (y, m, _) = date::to_ymd(day);
    match period {
        "week" => date::week_label(day),
        "quarter" => format!("{y:04}-Q{}", (m - 1) / 3 + 1),
        "year" => format!("{y:04}"),
        _ => date::month_label(day),
    }
}

fn attribute_label(v: &crate::model::Values, i: usize) -> Cow<'_, str> {
    match v {
        crate::model::Values::Text(t) => Cow::Borrowed(t[i].as_deref().unwrap_or(MISSING)),
        crate::model::Values::Numeric(x) => Cow::Owned(x[i].map_or_else(
            || MISSING.to_string(),
            |x| {
                if x.fract() == 0.0 {
                    format!("{}", x as i64)
                } else {
                    x.to_string()
                }
            },
        )),
    }
}

/// What `by` may name over pairs, for error messages.
fn dimension_names(d: &Dataset) -> String {
    let mut names: Vec<String> = ["program", "mentor_id", "mentee_id", "pair_id"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    names.extend(PERIODS.iter().map(|s| s.to_string()));
    names.extend(d.people.extra.iter().map(|c| c.name.clone()));
    names.join(", ")
}

/// The group label of each row for the dimensions `by`, where row `i` belongs to pair `pair[i]`
/// and is dated `day[i]`. People's attributes are the mentee's. Several dimensions are joined by
/// " / ". Fails, naming the valid dimensions, for an unknown one. A label the data holds as it is
/// (a program, an id, a text attribute) is borrowed, not copied for each row.
pub fn pair_row_labels<'a>(
    d: &'a Dataset,
    by: &[String],
    pair: &[usize],
    day: &[Day],
) -> Result<Vec<Cow<'a, str>>> {
    let mut labels = vec![Cow::Borrowed(""); pair.len()];
    for (k, dim) in by.iter().enumerate() {
        let dim = dim.trim().to_lowercase();
        let column = d.people.column(&crate::text::snake_name(&dim));
        for (i, label) in labels.iter_mut().enumerate() {
            let p = &d.pairs.rows[pair[i]];
            let value = match dim.as_str() {
                "program" => Cow::Borrowed(p.program.as_str()),
                "mentor_id" | "mentor" => Cow::Borrowed(d.people.rows[p.mentor].id.as_str()),
                "mentee_id" | "mentee" => Cow::Borrowed(d.people.rows[p.mentee].id.as_str()),
                "pair_id" | "pair" => Cow::Borrowed(p.id.as_str()),
                period if PERIODS.contains(&period) => Cow::Owned(period_label(period, day[i])),
                _ => match column {
                    Some(c) => attribute_label(&c.values, p.mentee),
                    None => {
                        return Err(Error::Usage(format!(
                            "unknown group-by dimension \"{dim}\" (expected one of: {})",
                            dimension_names(d)
                        )))
                    }
                },
            };
            // The first dimension's label is the row's (moved, not copied).
            if k == 0 {
                *label = value;
            } else {
                let l = label.to_mut();
                l.push_str(" / ");
                l.push_str(&value);
            }
        }
    }
    Ok(labels)
}

/// Rows grouped by label, in label order: `(label, row indices)`.
pub fn group_rows<L: AsRef<str>>(labels: &[L]) -> Vec<(String, Vec<usize>)> {
    let mut map: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
    for (i, l) in labels.iter().enumerate() {
        map.entry(l.as_ref()).or_default().push(i);
    }
    map.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
}

/// The analyses of the report, in its order (SPEC §4.5): the one list that the report, its
/// findings, the result tables, the text summary, the page's methods, the wasm module's methods
/// and the CLI's commands follow. Each entry is the JS method's documentation, the report's field
/// for the analysis, the analysis's options type, which runs it ([`options::Analysis`]) and says
/// how the report does ([`options::Part`]), and the TypeScript names of its options and its
/// result. The documentation is a `#[doc]` string: a `///` line passed through a macro reaches
/// wasm-bindgen as a raw string, which it writes into the TypeScript with its `r"`.
/// `analyses!(then)` calls the macro `then` with the list.
#[macro_export]
#[doc(hidden)]
macro_rules! analyses {
    ($then:ident) => {
        $then! {
            #[doc = " Goal completion: `{ asOf, minGroupSize, by, stalledDays }`."]
            goals: $crate::metrics::goals::GoalOptions, "GoalsOptions" => "GoalsResult";
            #[doc = " Engagement: `{ asOf, minGroupSize, period: \"month\" | \"week\", pairPeriods, pairs }`."]
            engagement: $crate::metrics::engagement::EngagementOptions,
                "EngagementOptions" => "EngagementResult";
            #[doc = " Retention: `{ asOf, minGroupSize, by, covariates, exits, exposure, landmarkDays, adjust }`."]
            retention: $crate::metrics::retention::RetentionOptions,
                "RetentionOptions" => "RetentionResult";
            #[doc = " At-risk pairs: `{ asOf, config, learn, top }`."]
            risk: $crate::metrics::risk::RiskOptions, "RiskOptions" => "RiskResult";
            #[doc = " Career progression: `{ asOf, minGroupSize, by, covariates }`."]
            progression: $crate::metrics::progression::ProgressionOptions,
                "ProgressionOptions" => "ProgressionResult";
            #[doc = " What made pairs work here (SPEC §4.7): `{ asOf, minGroupSize }`."]
            matching: $crate::metrics::matching::MatchingOptions,
                "CommonOptions" => "MatchingResult";
        }
    };
}
pub use crate::analyses;

/// The names of [`analyses`].
macro_rules! names {
    ($($(#[$doc:meta])* $name:ident: $options:ty, $ts_options:literal => $ts_result:literal;)*) => {
        &[$(stringify!($name)),*]
    };
}

/// The report's analyses by name, in its order.
pub const ANALYSES: &[&str] = analyses!(names);

/// The results whose only sentences are their warnings: in another language, the warnings are.
macro_rules! warnings_in_locale {
    ($($t:ty),*) => {$(
        impl crate::i18n::Localize for $t {
            fn localize(&mut self, locale: crate::i18n::Locale) {
                self.warnings.localize(locale);
            }
        }

        impl crate::warning::InLocale for $t {
            fn warnings_mut(&mut self) -> &mut Vec<Warning> {
                &mut self.warnings
            }
        }
    )*};
}

pub(crate) use warnings_in_locale;

/// A result as a program manager reads it: `$summarise`'s blocks (in the result's module), then its
/// warnings.
macro_rules! summarised {
    ($t:ty, $summarise:ident) => {
        impl $crate::document::Summarised for $t {
            fn summarise(&self, s: &mut $crate::document::Summary) {
                $summarise(s, self);
            }

            fn warnings(&self) -> &[$crate::warning::Warning] {
                &self.warnings
            }
        }
    };
}
pub(crate) use summarised;
