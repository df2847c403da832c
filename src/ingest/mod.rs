//! Input → typed [`Dataset`], or an error naming table, row, column and value.
//!
//! Every format first becomes a [`RawTable`] (`raw`, `xlsx`); the typed parsing below is shared, so
//! CSV, JSON, JS records and XLSX give the same values and the same messages. Loading is
//! all-or-nothing: every table is read and checked, every problem (up to the first 20 reported)
//! is collected, and only a load without problems returns a data set.

mod causes;
mod dates;
pub mod files;
mod ids;
mod inspect;
pub mod mapping;
mod numbers;
pub mod raw;
mod resemble;
mod row;
mod tables;
pub mod xlsx;

use crate::error::{Error, Problem, Result};
use crate::i18n::Message;
use crate::model::schema::Record;
use crate::model::*;
use crate::warning::{code, Warning};
pub use files::{load_files, InputFile};
pub use inspect::{inspect, Inspection};
pub use mapping::Mapping;
pub use raw::{RawRow, RawTable};
use row::{Located, Refs};
use tables::{Context, Parse};

/// One table's input, in any of the accepted formats.
pub enum Source<'a> {
    /// CSV bytes (UTF-8, with or without BOM; the delimiter guessed unless the mapping sets it).
    Csv(&'a [u8]),
    /// CSV bytes owned by the load and dropped as soon as the table is read: given lazily (by an
    /// iterator that makes each one when asked), only one table's input is in memory at a time.
    CsvOwned(Vec<u8>),
    /// [`Source::CsvOwned`] of a file whose name implies a delimiter (`.tsv`: tab), unless the
    /// mapping sets another.
    Delimited(Vec<u8>, Option<u8>),
    /// JSON text: an array of objects.
    Json(&'a str),
    /// JSON as UTF-8 bytes owned by the load, as [`Source::CsvOwned`].
    JsonBytes(Vec<u8>),
    /// An already parsed JSON value (JS records cross the wasm boundary as this).
    Records(serde_json::Value),
    /// A table already split into cells (XLSX sheets).
    Raw(RawTable),
}

/// Where a table's input came from, for `meta.inputs` and messages.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Origin {
    pub file: Option<String>,
    pub sheet: Option<String>,
}

impl Origin {
    /// How a message names the input: `hris.xlsx, sheet "Employees"`, or "the file".
    fn describe(&self) -> Message {
        match (&self.file, &self.sheet) {
            (Some(f), Some(s)) => Message::new("origin-sheet")
                .text("file", f)
                .text("sheet", s),
            (Some(f), None) => Message::new("origin-file").text("file", f),
            (None, _) => Message::new("origin-unnamed"),
        }
    }
}

/// The contract's spellings of a choice as a message lists them: `"held", "cancelled"`.
fn quoted(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Loads the given tables (named as [`Table::name`] names them) as they are; see [`load_with`].
pub fn load<'n, 's>(inputs: impl IntoIterator<Item = (&'n str, Source<'s>)>) -> Result<Dataset> {
    load_with(
        inputs
            .into_iter()
            .map(|(name, source)| (name, Origin::default(), source)),
        &Mapping::default(),
    )
}

/// Loads the given tables (named as [`Table::name`] names them), each read as `mapping` says (its headers,
/// values, date format, delimiter); `people` is required, the rest optional.
/// Each input is read and dropped before the next is taken from `inputs`, and each table is typed
/// as soon as it is read (people and pairs first, since the others refer to them; a table that
/// comes before them waits), so one table's text is in memory at a time beside people's and pairs'.
/// The problems come as if the tables were read in the contract's order: first those that keep a
/// table from being read at all, then every header's, then every row's.
pub fn load_with<'n, 's>(
    inputs: impl IntoIterator<Item = (&'n str, Origin, Source<'s>)>,
    mapping: &Mapping,
) -> Result<Dataset> {
    let mut inputs = inputs.into_iter();
    let mut read = Reader {
        mapping,
        problems: Vec::new(),
        seen: Vec::new(),
    };
    let mut waiting: Vec<Read> = Vec::new();
    let (mut people_raw, mut pairs_raw) = (None, None);
    while people_raw.is_none() || pairs_raw.is_none() {
        let Some((name, origin, source)) = inputs.next() else {
            break;
        };
        match read.table(name, origin, source)? {
            Some(r) if r.table == Table::People => people_raw = Some(r),
            Some(r) if r.table == Table::Pairs => pairs_raw = Some(r),
            Some(other) => waiting.push(other),
            None => {}
        }
    }
    let mut load = Loader::new(people_raw.as_ref(), pairs_raw.as_ref(), mapping);
    // Typed now, and their ids copied: their text need not stay while the others are read.
    let people_given = people_raw.is_some();
    drop((people_raw, pairs_raw));
    for r in &waiting {
        load.table(r);
    }
    for (name, origin, source) in inputs {
        if let Some(r) = read.table(name, origin, source)? {
            load.table(&r);
        }
    }
    if !read.problems.is_empty() {
        return Err(Error::input(read.problems));
    }
    if !people_given {
        return Err(Error::MissingTable {
            analysis: "loading".into(),
            table: "people".into(),
        });
    }
    load.finish()
}

/// One table's input read into cells, its headers as the mapping renames them.
struct Read {
    table: Table,
    raw: RawTable,
    origin: Origin,
    /// The file's own headers (before the mapping renamed them).
    headers: Vec<String>,
}

/// Turns each input into a raw table, keeping what keeps one from being read at all.
struct Reader<'m> {
    mapping: &'m Mapping,
    problems: Vec<Problem>,
    seen: Vec<Table>,
}

impl Reader<'_> {
    /// The input's table, named as [`Table::name`] names it; None (its problem kept) when it cannot be read.
    fn table(&mut self, name: &str, origin: Origin, source: Source<'_>) -> Result<Option<Read>> {
        let Some(table) = Table::named(name) else {
            return Err(Error::Usage(format!(
                "unknown table \"{name}\" (expected one of: {})",
                Table::listed()
            )));
        };
        if self.seen.contains(&table) {
            return Err(Error::Usage(format!(
                "table \"{}\" is given twice",
                table.name()
            )));
        }
        self.seen.push(table);
        let delimiter = self.mapping.table(table).delimiter;
        let name = table.name();
        let parsed = match source {
            Source::Csv(bytes) => raw::csv(name, bytes, delimiter),
            Source::CsvOwned(bytes) => raw::csv_owned(name, bytes, delimiter),
            Source::Delimited(bytes, d) => raw::csv_owned(name, bytes, delimiter.or(d)),
            Source::Json(text) => raw::json(name, text),
            Source::JsonBytes(bytes) => raw::json_bytes(name, &bytes),
            Source::Records(value) => raw::records(name, &value),
            Source::Raw(r) => raw::check_width(name, r),
        };
        let mut raw = match parsed {
            Ok(r) => r,
            Err(p) => {
                self.problems.push(*p);
                return Ok(None);
            }
        };
        let headers = raw.headers.clone();
        let renamed = rename(name, &mut raw, self.mapping.table(table), &origin);
        if let Err(p) = renamed {
            self.problems.extend(p);
            return Ok(None);
        }
        Ok(Some(Read {
            table,
            raw,
            origin,
            headers,
        }))
    }
}

/// Renames the headers the mapping names to their columns, and sets aside another header that
/// would also match such a column; a header the file does not have is a problem.
fn rename(
    table: &str,
    raw: &mut RawTable,
    m: &mapping::TableMapping,
    origin: &Origin,
) -> std::result::Result<(), Vec<Problem>> {
    let mut problems = Vec::new();
    let mut renames = Vec::new();
    for (column, header) in &m.columns {
        let at = raw
            .headers
            .iter()
            .position(|h| h.trim() == header.trim())
            .or_else(|| {
                raw.headers
                    .iter()
                    .position(|h| normalize(h) == normalize(header))
            });
        match at {
            Some(i) => renames.push((i, column)),
            None => problems.push(Problem::Malformed {
                table: table.into(),
                row: None,
                detail: Message::new("detail-mapped-header-missing")
                    .text("column", column.as_str())
                    .text("header", header.as_str())
                    .phrase("origin", origin.describe())
                    .text("headers", raw.headers.join(", "))
                    .into(),
            }),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    for (i, h) in raw.headers.iter().enumerate() {
        let taken = renames
            .iter()
            .any(|(at, column)| *at != i && normalize(column) == normalize(h));
        if taken && !renames.iter().any(|(at, _)| *at == i) {
            raw.ignored.push(i);
        }
    }
    for (i, column) in renames {
        raw.headers[i] = column.clone();
    }
    Ok(())
}

/// Header normalisation: case-insensitive, ignoring spaces, underscores and dashes.
pub fn normalize(name: &str) -> String {
    normalized_chars(name).collect()
}

/// The characters of [`normalize`]'s result, without collecting them.
fn normalized_chars(name: &str) -> impl Iterator<Item = char> + '_ {
    name.chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-') && !c.is_whitespace())
        .flat_map(char::to_lowercase)
}

/// The default cadence when a pair does not state one (SPEC §2).
pub const DEFAULT_CADENCE_DAYS: u32 = 14;

/// The typed data set, built a table at a time by each table's own parser (`tables`), with the
/// problems and warnings of each table kept apart so that they come out in the contract's order
/// whatever order the tables came in.
struct Loader<'a> {
    /// The ids references resolve against (copied out of people's and pairs' text).
    refs: Refs,
    mapping: &'a Mapping,
    d: Dataset,
    /// Per table (in [`Table::ALL`]' order): its header's problems, its rows', its warnings, its input.
    headers: [Vec<Problem>; Table::ALL.len()],
    rows: [Vec<Problem>; Table::ALL.len()],
    warnings: [Vec<Warning>; Table::ALL.len()],
    inputs: [Option<TableInput>; Table::ALL.len()],
}

impl<'a> Loader<'a> {
    /// Indexes people's and pairs' ids and types those two tables.
    fn new(people: Option<&Read>, pairs: Option<&Read>, mapping: &'a Mapping) -> Loader<'a> {
        let people_loc =
            people.and_then(|r| Located::<Person>::new(&r.raw, mapping.table(Table::People)));
        let pairs_loc =
            pairs.and_then(|r| Located::<Pair>::new(&r.raw, mapping.table(Table::Pairs)));
        // A table given whose ids cannot be read is not checked against (None); one not given at
        // all is empty, so every reference to it is reported.
        let ids = |given: bool, index: Option<_>| match (given, index) {
            (true, None) => None,
            (_, index) => Some(index.unwrap_or_default()),
        };
        let mut load = Loader {
            refs: Refs::new(
                ids(people.is_some(), people_loc.as_ref().map(tables::id_column)),
                ids(pairs.is_some(), pairs_loc.as_ref().map(tables::id_column)),
            ),
            mapping,
            d: Dataset::default(),
            headers: Default::default(),
            rows: Default::default(),
            warnings: Default::default(),
            inputs: Default::default(),
        };
        if let Some(r) = people {
            load.d.people = load.read(r);
        }
        if let Some(r) = pairs {
            load.d.pairs = load.read(r);
        }
        load
    }

    /// Types one of the tables that refer to people or pairs (those two are typed first, by
    /// [`Loader::new`]).
    fn table(&mut self, r: &Read) {
        match r.table {
            Table::Sessions => self.d.sessions = self.read(r),
            Table::Goals => self.d.goals = self.read(r),
            Table::Feedback => self.d.feedback = self.read(r),
            Table::Promotions => self.d.promotions = self.read(r),
            Table::Requests => self.d.requests = self.read(r),
            Table::People | Table::Pairs => {}
        }
    }

    /// One table, typed; an empty, unloaded table when it had problems.
    fn read<T: Parse>(&mut self, r: &Read) -> Rows<T> {
        let i = T::TABLE as usize;
        let raw = &r.raw;
        let columns: Vec<_> = T::FIELDS.iter().map(|f| (f.name, f.required)).collect();
        row::header(
            T::TABLE,
            &columns,
            &raw.headers,
            &raw.ignored,
            &mut self.headers[i],
        );
        let Some(loc) = Located::<T>::new(raw, self.mapping.table(T::TABLE)) else {
            return Rows::default();
        };
        self.inputs[i] = Some(input(r, &loc, &mut self.warnings[i]));
        let ctx = Context {
            refs: &self.refs,
            people: &self.d.people.rows,
            pairs: &self.d.pairs.rows,
        };
        let table = tables::read(&loc, &ctx, &mut self.rows[i], &mut self.warnings[i]);
        causes::one_per_cause(
            T::TABLE.name(),
            &crate::model::schema::columns(T::TABLE),
            &mut self.rows[i],
            0,
        );
        table.unwrap_or_default()
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
        d.inputs.tables = self.inputs.into_iter().flatten().collect();
        Ok(d)
    }
}

/// What was read of a table, and a `column_unused` warning for each optional column it lacks
/// while a header it did not read (or kept as an attribute) looks like it.
fn input<T: Record>(r: &Read, loc: &Located<'_, T>, warnings: &mut Vec<Warning>) -> TableInput {
    let attributes = T::TABLE == Table::People;
    let own = |i: &usize| r.headers[*i].clone();
    let mut used: Vec<usize> = loc.positions().iter().flatten().copied().collect();
    let mut unused: Vec<usize> = r.raw.ignored.clone();
    if attributes {
        used.extend(&loc.extras);
    } else {
        unused.extend(&loc.extras);
    }
    used.sort_unstable();
    unused.sort_unstable();
    let candidates: Vec<&str> = loc
        .extras
        .iter()
        .chain(&r.raw.ignored)
        .map(|&i| r.headers[i].as_str())
        .collect();
    for (f, at) in T::FIELDS.iter().zip(loc.positions()) {
        if at.is_some() || f.required {
            continue;
        }
        if let Some(h) = resemble::first(T::TABLE, f.name, &candidates) {
            let kept = if attributes && loc.extras.iter().any(|&i| r.headers[i] == h) {
                "attribute"
            } else {
                "unread"
            };
            warnings.push(Warning::new(
                code::COLUMN_UNUSED,
                Message::new("warning-column-unused")
                    .text("table", T::TABLE.name())
                    .text("column", f.name)
                    .text("header", h)
                    .text("kept", kept),
            ));
        }
    }
    TableInput {
        table: T::TABLE.name(),
        file: r.origin.file.clone(),
        sheet: r.origin.sheet.clone(),
        rows: r.raw.len(),
        headers_used: used.iter().map(own).collect(),
        headers_unused: unused.iter().map(own).collect(),
    }
}
