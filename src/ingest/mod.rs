//! Input → typed [`Dataset`], or an error naming table, row, column and value.
//!
//! Every format first becomes a [`RawTable`] (`raw`, `xlsx`); the typed parsing below is shared, so
//! CSV, JSON, JS records and XLSX give the same values and the same messages. Loading is
//! all-or-nothing: every table is read and checked, every problem (up to the first 20 reported)
//! is collected, and only a load without problems returns a data set.

pub mod raw;
mod row;
mod tables;
pub mod xlsx;

use crate::error::{Error, Problem, Result};
use crate::model::schema::{self, Record};
use crate::model::*;
use crate::warning::Warning;
pub use raw::{RawRow, RawTable};
use row::{Located, Refs};
use std::collections::HashMap;
use tables::{Context, Parse};

/// One table's input, in any of the accepted formats.
pub enum Source<'a> {
    /// CSV bytes (UTF-8, with or without BOM).
    Csv(&'a [u8]),
    /// CSV bytes owned by the load and dropped as soon as the table is read: given lazily (by an
    /// iterator that makes each one when asked), only one table's input is in memory at a time.
    CsvOwned(Vec<u8>),
    /// JSON text: an array of objects.
    Json(&'a str),
    /// JSON as UTF-8 bytes owned by the load, as [`Source::CsvOwned`].
    JsonBytes(Vec<u8>),
    /// An already parsed JSON value (JS records cross the wasm boundary as this).
    Records(serde_json::Value),
    /// A table already split into cells (XLSX sheets).
    Raw(RawTable),
}

/// Loads the given tables (named as in [`TABLES`]); `people` is required, the rest optional.
/// Each input is read and dropped before the next is taken from `inputs`.
pub fn load<'n, 's>(inputs: impl IntoIterator<Item = (&'n str, Source<'s>)>) -> Result<Dataset> {
    let mut problems = Vec::new();
    let mut raws: HashMap<&'static str, RawTable> = HashMap::new();
    for (name, source) in inputs {
        let Some(table) = TABLES.iter().copied().find(|t| *t == name) else {
            return Err(Error::Usage(format!(
                "unknown table \"{name}\" (expected one of: {})",
                TABLES.join(", ")
            )));
        };
        let parsed = match source {
            Source::Csv(bytes) => raw::csv(table, bytes),
            Source::CsvOwned(bytes) => raw::csv(table, &bytes),
            Source::Json(text) => raw::json(table, text),
            Source::JsonBytes(bytes) => raw::json_bytes(table, &bytes),
            Source::Records(value) => raw::records(table, &value),
            Source::Raw(r) => raw::check_width(table, r),
        };
        match parsed {
            Ok(r) => {
                raws.insert(table, r);
            }
            Err(p) => problems.push(*p),
        }
    }
    if !problems.is_empty() {
        return Err(Error::input(problems));
    }
    if !raws.contains_key("people") {
        return Err(Error::MissingTable {
            analysis: "loading".into(),
            table: "people".into(),
        });
    }
    from_raw(raws)
}

/// Header normalisation: case-insensitive, ignoring spaces, underscores and dashes.
pub fn normalize(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-') && !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The snake_case name an extra column gets, with a word break wherever the name had one: a space,
/// dash or underscore, or a capital after a small letter or digit (`Job Level` → `job_level`,
/// `YearsAtCompany` → `years_at_company`, `EmployeeID` → `employee_id`).
pub fn snake_name(name: &str) -> String {
    let chars: Vec<char> = name.trim().chars().collect();
    let mut out = String::new();
    let gap = |out: &mut String| {
        if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    };
    for (i, &c) in chars.iter().enumerate() {
        if c.is_whitespace() || c == '-' || c == '_' {
            gap(&mut out);
            continue;
        }
        if c.is_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_small = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if prev.is_lowercase() || prev.is_ascii_digit() || (prev.is_uppercase() && next_small) {
                gap(&mut out);
            }
        }
        out.extend(c.to_lowercase());
    }
    out.trim_end_matches('_').to_string()
}

/// The default cadence when a pair does not state one (SPEC §2).
pub const DEFAULT_CADENCE_DAYS: u32 = 14;

/// The typed data set from the raw tables, each table read by its own parser (`tables`) in the
/// contract's order, so that references resolve against tables already read.
fn from_raw(mut raws: HashMap<&'static str, RawTable>) -> Result<Dataset> {
    let mut problems = Vec::new();
    check_headers(&raws, &mut problems);
    // people and pairs are kept to the end (the other tables' ids are looked up in their text);
    // every other table's text is dropped as soon as it is typed, so that the raw and the typed
    // copies of all tables are never in memory together.
    let people_raw = raws.remove(Person::TABLE);
    let pairs_raw = raws.remove(Pair::TABLE);
    let people = people_raw.as_ref().and_then(Located::<Person>::new);
    let pairs = pairs_raw.as_ref().and_then(Located::<Pair>::new);
    let mut load = Loader {
        refs: Refs::new(
            people.as_ref().map(tables::index).unwrap_or_default(),
            pairs.as_ref().map(tables::index).unwrap_or_default(),
        ),
        problems,
        warnings: Vec::new(),
    };
    let mut d = Dataset::default();
    d.people = load.table(people.as_ref(), &d);
    d.pairs = load.table(pairs.as_ref(), &d);
    d.sessions = load.table(Located::of(&raws.remove(Session::TABLE)).as_ref(), &d);
    d.goals = load.table(Located::of(&raws.remove(Goal::TABLE)).as_ref(), &d);
    d.feedback = load.table(Located::of(&raws.remove(Feedback::TABLE)).as_ref(), &d);
    d.promotions = load.table(Located::of(&raws.remove(Promotion::TABLE)).as_ref(), &d);
    d.requests = load.table(Located::of(&raws.remove(Request::TABLE)).as_ref(), &d);
    if !load.problems.is_empty() {
        return Err(Error::input(load.problems));
    }
    d.warnings = load.warnings;
    Ok(d)
}

/// Every given table's header, in the contract's order: missing columns are reported before any
/// row's problems.
fn check_headers(raws: &HashMap<&'static str, RawTable>, problems: &mut Vec<Problem>) {
    for t in TABLES {
        if let (Some(raw), Some(columns)) = (raws.get(t), schema::header(t)) {
            row::header(t, &columns, &raw.headers, problems);
        }
    }
}

/// The state of one load: the ids references resolve against, and what was found so far.
struct Loader<'a> {
    refs: Refs<'a>,
    problems: Vec<Problem>,
    warnings: Vec<Warning>,
}

impl Loader<'_> {
    /// One table, typed; an empty, unloaded table when it was not given or had problems.
    fn table<T: Parse>(&mut self, loc: Option<&Located<'_, T>>, d: &Dataset) -> Table<T> {
        let Some(loc) = loc else {
            return Table::default();
        };
        let ctx = Context {
            refs: &self.refs,
            people: &d.people.rows,
            pairs: &d.pairs.rows,
        };
        tables::read(loc, &ctx, &mut self.problems, &mut self.warnings).unwrap_or_default()
    }
}

/// Loads a folder holding `people.csv` and any of the other tables' CSV files.
#[cfg(not(target_arch = "wasm32"))]
pub fn load_dir(dir: &std::path::Path) -> Result<Dataset> {
    let files: Vec<(&str, std::path::PathBuf)> = TABLES
        .iter()
        .map(|t| (*t, dir.join(format!("{t}.csv"))))
        .filter(|(_, path)| path.exists())
        .collect();
    if !dir.is_dir() {
        let why = if dir.exists() {
            "not a folder"
        } else {
            "no such folder"
        };
        return Err(Error::file("read", dir, why));
    }
    if files.is_empty() {
        return Err(Error::Usage(format!(
            "{} holds no table files (expected people.csv and optionally pairs.csv, sessions.csv, goals.csv, feedback.csv, promotions.csv, requests.csv)",
            dir.display()
        )));
    }
    // Each file is read just before it is parsed: one file's bytes in memory at a time.
    let mut unreadable = None;
    let inputs = files
        .into_iter()
        .map_while(|(table, path)| match std::fs::read(&path) {
            Ok(bytes) => Some((table, Source::CsvOwned(bytes))),
            Err(e) => {
                unreadable = Some(Error::file("read", &path, e));
                None
            }
        });
    let loaded = load(inputs);
    match unreadable {
        Some(e) => Err(e),
        None => loaded,
    }
}
