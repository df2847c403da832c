//! What a caller passes to an analysis: the parameters every analysis shares (SPEC §3), the
//! language of its sentences, and the analysis's own options, one type per analysis (`GoalOptions`,
//! `RiskOptions`, ...; each implements [`Analysis`], which runs it). The types are owned here,
//! in the core, and every surface uses them as they are: the wasm module reads JSON into them
//! ([`Call::from_json`], camelCase keys), the CLI builds them from its flags, and a test holds the
//! TypeScript interfaces to their keys.
//!
//! Reading is strict: an unknown key is an error that lists the accepted ones, and a value of the
//! wrong kind names its option and what it should be (`stalledDays: expected a whole number ≥ 0,
//! got "x"`). A `null` value is the default, as if the key were absent.

use super::{Params, View, DEFAULT_MIN_GROUP_SIZE};
use crate::error::{Error, Result};
use crate::model::date::{self, Day};
use crate::model::schema::Choice;
use crate::model::{Dataset, Table};
use crate::text::snake_name;
use crate::warning::InLocale;
use serde::de::{DeserializeOwned, Error as _};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

/// The options every analysis accepts (SPEC §3), as a caller writes them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Shared {
    /// "YYYY-MM-DD"; default: the latest date in the data.
    #[serde(deserialize_with = "as_of")]
    pub as_of: Option<Day>,
    /// Privacy threshold; never below 3.
    #[serde(deserialize_with = "group_size")]
    pub min_group_size: usize,
    /// Group-by dimensions: one name or a list.
    #[serde(deserialize_with = "by")]
    pub by: Vec<String>,
    /// The language of the result's sentences (a BCP 47 tag).
    #[serde(deserialize_with = "locale")]
    pub locale: Option<String>,
}

impl Default for Shared {
    fn default() -> Self {
        Shared {
            as_of: None,
            min_group_size: DEFAULT_MIN_GROUP_SIZE,
            by: Vec::new(),
            locale: None,
        }
    }
}

/// An analysis, known by its options type: each analysis has one, and it runs the analysis. The
/// surfaces call every analysis through this (the wasm module's methods, the CLI's commands).
pub trait Analysis: Serialize + DeserializeOwned + Default {
    /// The analysis as messages (and the JS method) name it.
    const NAME: &'static str;
    /// The tables it needs besides people.
    const NEEDS: &'static [Table] = &[];
    type Output: Serialize + InLocale;
    /// Its result tables, for SQL and the notebook (see [`super::tables`]).
    const TABLES: &'static [Rows] = &[];
    /// What it computes, as the command line's help says it.
    const ABOUT: &'static str;
    /// Its own options as the command line's flags.
    const FLAGS: &'static [Flag] = &[];

    /// How many at-risk pairs a text summary lists, when the options say (`top`).
    fn listed(&self) -> Option<usize> {
        None
    }

    /// The analysis itself, on the data as viewed at the call's date.
    fn analyse(&self, view: &View<'_>, params: &Params) -> Result<Self::Output>;

    /// Runs on the data as loaded: checks the tables it needs, then views the data at the call's
    /// date.
    fn run(&self, d: &Dataset, params: &Params) -> Result<Self::Output> {
        d.require(Self::NAME, Self::NEEDS)?;
        self.analyse(&params.view(d)?, params)
    }

    /// Runs on data already viewed (a report views it once for all its analyses).
    fn run_on(&self, view: &View<'_>, params: &Params) -> Result<Self::Output> {
        view.data.require(Self::NAME, Self::NEEDS)?;
        self.analyse(view, params)
    }
}

/// An analysis the report runs (SPEC §4.5), listed in [`super::analyses`].
pub trait Part: Analysis {
    /// How the report runs it: at its default options on the report's view and parameters.
    fn in_report(view: &View<'_>, params: &Params) -> Result<Self::Output> {
        Self::default().run_on(view, params)
    }

    /// What the report keeps of its result, once the findings are drawn (default: all of it).
    fn kept(_result: &mut Self::Output) {}
}

/// A result table: where its rows are in its analysis's result. `path` steps through object keys;
/// `*` steps into each item of a list, carrying the item's `carry` fields into the rows below it.
/// A list of plain values at the end gives one row per value, in the column `each`.
pub struct Rows {
    pub name: &'static str,
    /// Its rows, for the lists of tables (CLI help, the notebook).
    pub rows: &'static str,
    pub path: &'static [&'static str],
    pub carry: &'static str,
    pub each: &'static str,
}

/// The table `name` of the list at `path` (nothing carried, no plain values).
pub const fn rows(name: &'static str, rows: &'static str, path: &'static [&'static str]) -> Rows {
    Rows {
        name,
        rows,
        path,
        carry: "",
        each: "",
    }
}

/// An analysis's own option as a command line writes it (`--stalled-days 30`): the CLI makes a
/// flag of each and reads what they are given into the options type as JSON is read
/// ([`Call::from_json`]), so the command line and JS accept and refuse the same. Its default, shown
/// in the help, is the options type's.
pub struct Flag {
    /// The option's key as JS writes it (`stalledDays`); the flag is its kebab-case.
    pub key: &'static str,
    pub help: &'static str,
    pub takes: Takes,
}

/// What a [`Flag`] takes.
pub enum Takes {
    /// One value: a number or a word.
    Value,
    /// Values separated by commas.
    List,
    /// Nothing: given, it is `true`.
    Switch,
    /// One of a [`Choice`]'s names ([`names`]); given alone, `bare` (`--learn` is `--learn true`).
    Choice {
        names: fn() -> Vec<&'static str>,
        bare: Option<&'static str>,
    },
    /// The path of a JSON file, whose content is the option's value.
    JsonFile,
}

/// The flag of option `key`.
pub const fn flag(key: &'static str, help: &'static str, takes: Takes) -> Flag {
    Flag { key, help, takes }
}

/// The names of a [`Choice`], for a flag that takes one.
pub fn names<T: Choice>() -> Vec<&'static str> {
    T::ALL.iter().map(|c| c.name()).collect()
}

/// One call of an analysis: the shared parameters, the language, and its own options.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Call<O> {
    pub params: Params,
    pub locale: Option<String>,
    pub options: O,
}

impl<O: Serialize + DeserializeOwned + Default> Call<O> {
    /// Reads the options an `analysis` was called with: a JSON object of the shared keys and
    /// `O`'s (absent or `null`: every default).
    pub fn from_json(analysis: &str, given: Value) -> Result<Call<O>> {
        let (shared, own) = split(analysis, given, &keys::<O>())?;
        Ok(Call {
            params: Params {
                as_of: shared.as_of,
                min_group_size: shared.min_group_size,
                by: shared.by,
            },
            locale: shared.locale,
            options: typed(own)?,
        })
    }
}

/// The shared options of a call, and the keys left for the analysis's own options (`own`); any
/// other key is an error. Not generic, so that each analysis's reading stays small.
fn split(analysis: &str, given: Value, own: &[String]) -> Result<(Shared, Map<String, Value>)> {
    let shared = keys::<Shared>();
    let accepted = || [shared.as_slice(), own].concat().join(", ");
    let fields = match given {
        Value::Null => Map::new(),
        Value::Object(m) => m,
        _ => {
            return Err(Error::Usage(format!(
                "{analysis}: options must be an object (accepted keys: {})",
                accepted()
            )))
        }
    };
    let (mut to_shared, mut to_own) = (Map::new(), Map::new());
    for (k, v) in fields {
        let to = if shared.contains(&k) {
            &mut to_shared
        } else if own.contains(&k) {
            &mut to_own
        } else {
            return Err(Error::Usage(format!(
                "{analysis}: unknown option \"{k}\" (accepted: {})",
                accepted()
            )));
        };
        if !v.is_null() {
            to.insert(k, v);
        }
    }
    Ok((typed(to_shared)?, to_own))
}

/// The keys of `T` as a caller writes them: its fields, as its default serialises.
pub fn keys<T: Serialize + Default>() -> Vec<String> {
    match serde_json::to_value(T::default()) {
        Ok(Value::Object(m)) => m.into_iter().map(|(k, _)| k).collect(),
        _ => Vec::new(),
    }
}

/// `T` from its keys, each checked alone first so that an error names its option.
fn typed<T: DeserializeOwned>(fields: Map<String, Value>) -> Result<T> {
    for (k, v) in &fields {
        let one = Map::from_iter([(k.clone(), v.clone())]);
        if let Err(e) = serde_json::from_value::<T>(Value::Object(one)) {
            return Err(Error::Usage(format!("{k}: {e}")));
        }
    }
    serde_json::from_value(Value::Object(fields)).map_err(|e| Error::Usage(e.to_string()))
}

/// A value as a message shows it.
fn describe(v: &Value) -> String {
    match v {
        Value::Object(_) => "an object".into(),
        Value::Array(_) => "a list".into(),
        other => other.to_string(),
    }
}

/// What a value of a plain option's type must be, in the caller's terms.
pub trait Expected: DeserializeOwned {
    const WHAT: &'static str;
}

impl Expected for u32 {
    const WHAT: &'static str = "a whole number ≥ 0";
}

impl Expected for usize {
    const WHAT: &'static str = "a whole number ≥ 0";
}

impl Expected for i32 {
    const WHAT: &'static str = "a whole number";
}

impl Expected for i64 {
    const WHAT: &'static str = "a whole number";
}

impl Expected for bool {
    const WHAT: &'static str = "true or false";
}

impl Expected for Vec<String> {
    const WHAT: &'static str = "a list of strings";
}

impl<T: Expected> Expected for Option<T> {
    const WHAT: &'static str = T::WHAT;
}

/// A value as the checks below see it, and the error when `read` finds nothing in it.
pub(crate) fn expect<'de, D: Deserializer<'de>, T>(
    d: D,
    what: &str,
    read: impl FnOnce(&Value) -> Option<T>,
) -> std::result::Result<T, D::Error> {
    let v = Value::deserialize(d)?;
    read(&v).ok_or_else(|| D::Error::custom(format!("expected {what}, got {}", describe(&v))))
}

/// A plain option ([`Expected`]): `#[serde(deserialize_with = "typed_value")]`.
pub fn typed_value<'de, D: Deserializer<'de>, T: Expected>(
    d: D,
) -> std::result::Result<T, D::Error> {
    expect(d, T::WHAT, |v| serde_json::from_value(v.clone()).ok())
}

/// A named value of a [`Choice`], read in any case and spelling its `parse` accepts.
pub fn choice<'de, D: Deserializer<'de>, T: Choice>(d: D) -> std::result::Result<T, D::Error> {
    expect(d, &T::one_of(), |v| v.as_str().and_then(T::parse))
}

fn as_of<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Option<Day>, D::Error> {
    match Value::deserialize(d)? {
        Value::String(s) => date::parse(&s).map(Some).ok_or_else(|| {
            D::Error::custom(format!("\"{s}\" is not a date (expected YYYY-MM-DD)"))
        }),
        other => Err(D::Error::custom(format!(
            "expected a date as \"YYYY-MM-DD\", got {}",
            describe(&other)
        ))),
    }
}

fn group_size<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<usize, D::Error> {
    expect(d, "an integer ≥ 3", |v| {
        v.as_u64().and_then(|n| usize::try_from(n).ok())
    })
}

fn by<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Vec<String>, D::Error> {
    expect(d, "a dimension name or a list of them", |v| match v {
        Value::String(s) => Some(vec![s.clone()]),
        other => serde_json::from_value(other.clone()).ok(),
    })
}

fn locale<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Option<String>, D::Error> {
    expect(d, "a language tag such as \"de\" or \"de-DE\"", |v| {
        v.as_str().map(|s| Some(s.to_string()))
    })
}

/// An object whose keys may be camelCase (as JS writes them) or snake_case (as a CLI `--config`
/// file does), read as the snake_case `T`.
pub fn either_case<'de, D: Deserializer<'de>, T: DeserializeOwned>(
    d: D,
) -> std::result::Result<T, D::Error> {
    let v = Value::deserialize(d)?;
    if !v.is_object() {
        return Err(D::Error::custom(format!(
            "expected an object, got {}",
            describe(&v)
        )));
    }
    serde_json::from_value(snake_keys(v)).map_err(D::Error::custom)
}

fn snake_keys(v: Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.into_iter()
                .map(|(k, v)| (snake_name(&k), snake_keys(v)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.into_iter().map(snake_keys).collect()),
        other => other,
    }
}

/// Serialises a [`Choice`] as its name and reads it back from one, so results keep the enum and
/// write the name SPEC gives.
macro_rules! choice_serde {
    ($($t:ty),*) => {$(
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                s.serialize_str($crate::model::schema::Choice::name(*self))
            }
        }

        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
                $crate::metrics::options::choice(d)
            }
        }
    )*};
}
pub(crate) use choice_serde;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metrics::goals::GoalOptions;
    use serde_json::json;

    fn goals(v: Value) -> std::result::Result<Call<GoalOptions>, String> {
        Call::from_json("goals", v).map_err(|e| e.to_string())
    }

    #[test]
    fn shared_and_own_keys_are_read_and_nothing_else() {
        let c =
            goals(json!({"asOf": "2025-01-31", "by": "program", "stalledDays": 9, "locale": null}))
                .unwrap();
        assert_eq!(c.params.as_of, date::parse("2025-01-31"));
        assert_eq!(c.params.by, vec!["program".to_string()]);
        assert_eq!(c.params.min_group_size, DEFAULT_MIN_GROUP_SIZE);
        assert_eq!((c.options.stalled_days, c.locale), (9, None));
        assert_eq!(goals(Value::Null).unwrap(), Call::default());
        assert_eq!(
            goals(json!({"stalledDayz": 3})).unwrap_err(),
            "goals: unknown option \"stalledDayz\" (accepted: asOf, minGroupSize, by, locale, stalledDays)"
        );
        assert_eq!(
            goals(json!({"stalledDays": "x"})).unwrap_err(),
            "stalledDays: expected a whole number ≥ 0, got \"x\""
        );
        assert_eq!(
            goals(json!({"minGroupSize": "five"})).unwrap_err(),
            "minGroupSize: expected an integer ≥ 3, got \"five\""
        );
        assert_eq!(
            goals(json!({"asOf": "yesterday"})).unwrap_err(),
            "asOf: \"yesterday\" is not a date (expected YYYY-MM-DD)"
        );
        assert!(goals(json!([1]))
            .unwrap_err()
            .starts_with("goals: options must be an object"));
    }

    /// The keys of an interface of the TypeScript types (src/wasm/types.d.ts), in order.
    fn interface_keys(types: &str, name: &str) -> Vec<String> {
        let start = types
            .find(&format!("export interface {name} "))
            .unwrap_or_else(|| panic!("no interface {name}"));
        let body = &types[start..];
        let body = &body[body.find('{').unwrap() + 1..body.find("\n}").unwrap()];
        body.lines()
            .filter_map(|l| l.strip_prefix("  ")?.split_once("?:").map(|(k, _)| k))
            .filter(|k| k.chars().all(|c| c.is_ascii_alphanumeric()))
            .map(str::to_string)
            .collect()
    }

    /// The union a TypeScript option lists, e.g. `"week" | "month"`.
    fn union_of(types: &str, interface: &str, key: &str) -> Vec<String> {
        let start = types
            .find(&format!("export interface {interface} "))
            .unwrap();
        let line = types[start..]
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{key}?:")))
            .unwrap();
        line.split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    }

    fn names<T: Choice>() -> Vec<String> {
        T::ALL.iter().map(|c| c.name().to_string()).collect()
    }

    /// Each analysis of the report: the TypeScript interface its method takes, and its own keys
    /// (none for one that takes the common options alone).
    macro_rules! ts_options {
        ($($(#[$doc:meta])* $name:ident: $options:ty, $ts_options:literal => $ts_result:literal;)*) => {
            [$(($ts_options, keys::<$options>()),)*]
        };
    }

    /// Each analysis of the report: its own keys and its flags' keys.
    macro_rules! flags {
        ($($(#[$doc:meta])* $name:ident: $options:ty, $ts_options:literal => $ts_result:literal;)*) => {
            [$((
                stringify!($name),
                keys::<$options>(),
                <$options>::FLAGS.iter().map(|f| f.key.to_string()).collect::<Vec<_>>(),
            ),)*]
        };
    }

    /// The command line has a flag for every option of every analysis, in the options' order,
    /// and no other.
    #[test]
    fn every_option_is_a_flag() {
        use crate::metrics::analyses;
        use crate::metrics::matching::SuggestOptions;
        let suggest = SuggestOptions::FLAGS.iter().map(|f| f.key.to_string());
        let others = [("suggest", keys::<SuggestOptions>(), suggest.collect())];
        for (name, keys, flags) in analyses!(flags).into_iter().chain(others) {
            assert_eq!(flags, keys, "{name}");
        }
    }

    /// The TypeScript option interfaces are the core's option types: the same keys, the same
    /// named values, no more.
    #[test]
    fn the_typescript_options_are_the_option_types() {
        use crate::metrics::analyses;
        use crate::metrics::engagement::Period;
        use crate::metrics::matching::SuggestOptions;
        use crate::metrics::risk_eval::ReplayOptions;
        use crate::metrics::survival::{Exits, Exposure};
        use crate::metrics::tables::SqlOptions;
        let types = include_str!("../wasm/types.d.ts");
        let others = [
            ("RiskEvaluationOptions", keys::<ReplayOptions>()),
            ("SuggestOptions", keys::<SuggestOptions>()),
            ("SqlOptions", keys::<SqlOptions>()),
        ];
        assert_eq!(interface_keys(types, "CommonOptions"), keys::<Shared>());
        for (name, keys) in analyses!(ts_options).into_iter().chain(others) {
            if name == "CommonOptions" {
                assert_eq!(keys, Vec::<String>::new(), "{name}");
            } else {
                assert_eq!(interface_keys(types, name), keys, "{name}");
            }
        }
        assert_eq!(
            union_of(types, "EngagementOptions", "period"),
            names::<Period>()
        );
        assert_eq!(
            union_of(types, "RetentionOptions", "exits"),
            names::<Exits>()
        );
        assert_eq!(
            union_of(types, "RetentionOptions", "exposure"),
            names::<Exposure>()
        );
    }
}
