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
use crate::model::*;
use crate::warning::Warning;
pub use raw::{RawRow, RawTable};
use row::{Located, Refs};
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
/// Each input is read and dropped before the next is taken from `inputs`, and each table is typed
/// as soon as it is read (people and pairs first, since the others refer to them; a table that
/// comes before them waits), so one table's text is in memory at a time beside people's and pairs'.
/// The problems come as if the tables were read in the contract's order: first those that keep a
/// table from being read at all, then every header's, then every row's.
pub fn load<'n, 's>(inputs: impl IntoIterator<Item = (&'n str, Source<'s>)>) -> Result<Dataset> {
    let mut inputs = inputs.into_iter();
    let mut read = Reader::default();
    let mut waiting: Vec<(&'static str, RawTable)> = Vec::new();
    let (mut people_raw, mut pairs_raw) = (None, None);
    while people_raw.is_none() || pairs_raw.is_none() {
        let Some((name, source)) = inputs.next() else {
            break;
        };
        match read.table(name, source)? {
            Some(("people", raw)) => people_raw = Some(raw),
            Some(("pairs", raw)) => pairs_raw = Some(raw),
            Some(other) => waiting.push(other),
            None => {}
        }
    }
    let mut load = Loader::new(people_raw.as_ref(), pairs_raw.as_ref());
    for (table, raw) in waiting {
        load.table(table, &raw);
    }
    for (name, source) in inputs {
        if let Some((table, raw)) = read.table(name, source)? {
            load.table(table, &raw);
        }
    }
    if !read.problems.is_empty() {
        return Err(Error::input(read.problems));
    }
    if people_raw.is_none() {
        return Err(Error::MissingTable {
            analysis: "loading".into(),
            table: "people".into(),
        });
    }
    load.finish()
}

/// Turns each input into a raw table, keeping what keeps one from being read at all.
#[derive(Default)]
struct Reader {
    problems: Vec<Problem>,
    seen: Vec<&'static str>,
}

impl Reader {
    /// The input's table, named as in [`TABLES`]; None (its problem kept) when it cannot be read.
    fn table(
        &mut self,
        name: &str,
        source: Source<'_>,
    ) -> Result<Option<(&'static str, RawTable)>> {
        let Some(table) = TABLES.iter().copied().find(|t| *t == name) else {
            return Err(Error::Usage(format!(
                "unknown table \"{name}\" (expected one of: {})",
                TABLES.join(", ")
            )));
        };
        if self.seen.contains(&table) {
            return Err(Error::Usage(format!("table \"{table}\" is given twice")));
        }
        self.seen.push(table);
        let parsed = match source {
            Source::Csv(bytes) => raw::csv(table, bytes),
            Source::CsvOwned(bytes) => raw::csv_owned(table, bytes),
            Source::Json(text) => raw::json(table, text),
            Source::JsonBytes(bytes) => raw::json_bytes(table, &bytes),
            Source::Records(value) => raw::records(table, &value),
            Source::Raw(r) => raw::check_width(table, r),
        };
        match parsed {
            Ok(r) => Ok(Some((table, r))),
            Err(p) => {
                self.problems.push(*p);
                Ok(None)
            }
        }
    }
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

/// The typed data set, built a table at a time by each table's own parser (`tables`), with the
/// problems and warnings of each table kept apart so that they come out in the contract's order
/// whatever order the tables came in.
struct Loader<'a> {
    /// The ids references resolve against (borrowing people's and pairs' text).
    refs: Refs<'a>,
    d: Dataset,
    /// Per table (in [`TABLES`]' order): its header's problems, its rows', its warnings.
    headers: [Vec<Problem>; TABLES.len()],
    rows: [Vec<Problem>; TABLES.len()],
    warnings: [Vec<Warning>; TABLES.len()],
}

impl<'a> Loader<'a> {
    /// Indexes people's and pairs' ids and types those two tables.
    fn new(people: Option<&'a RawTable>, pairs: Option<&'a RawTable>) -> Loader<'a> {
        let people_loc = people.and_then(Located::<Person>::new);
        let pairs_loc = pairs.and_then(Located::<Pair>::new);
        let mut load = Loader {
            refs: Refs::new(
                people_loc.as_ref().map(tables::index).unwrap_or_default(),
                pairs_loc.as_ref().map(tables::index).unwrap_or_default(),
            ),
            d: Dataset::default(),
            headers: Default::default(),
            rows: Default::default(),
            warnings: Default::default(),
        };
        if let Some(raw) = people {
            load.d.people = load.read(raw);
        }
        if let Some(raw) = pairs {
            load.d.pairs = load.read(raw);
        }
        load
    }

    /// Types one of the tables that refer to people or pairs.
    fn table(&mut self, table: &str, raw: &RawTable) {
        match table {
            "sessions" => self.d.sessions = self.read(raw),
            "goals" => self.d.goals = self.read(raw),
            "feedback" => self.d.feedback = self.read(raw),
            "promotions" => self.d.promotions = self.read(raw),
            _ => self.d.requests = self.read(raw),
        }
    }

    /// One table, typed; an empty, unloaded table when it had problems.
    fn read<T: Parse>(&mut self, raw: &RawTable) -> Table<T> {
        let i = TABLES.iter().position(|t| *t == T::TABLE).unwrap_or(0);
        let columns: Vec<_> = T::FIELDS.iter().map(|f| (f.name, f.required)).collect();
        row::header(T::TABLE, &columns, &raw.headers, &mut self.headers[i]);
        let Some(loc) = Located::<T>::new(raw) else {
            return Table::default();
        };
        let ctx = Context {
            refs: &self.refs,
            people: &self.d.people.rows,
            pairs: &self.d.pairs.rows,
        };
        tables::read(&loc, &ctx, &mut self.rows[i], &mut self.warnings[i]).unwrap_or_default()
    }

    /// The data set, or every problem: headers' first, then rows', each in the contract's order.
    fn finish(self) -> Result<Dataset> {
        let problems: Vec<Problem> = self
            .headers
            .into_iter()
            .chain(self.rows)
            .flatten()
            .collect();
        if !problems.is_empty() {
            return Err(Error::input(problems));
        }
        let mut d = self.d;
        d.warnings = self.warnings.into_iter().flatten().collect();
        Ok(d)
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
