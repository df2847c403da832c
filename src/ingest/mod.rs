//! Input → typed [`Dataset`], or an error naming table, row, column and value.
//!
//! Every format first becomes a [`RawTable`] (`raw`, `xlsx`); the typed parsing below is shared, so
//! CSV, JSON, JS records and XLSX give the same values and the same messages. Loading is
//! all-or-nothing: every table is read and checked, every problem (up to the first 20 reported)
//! is collected, and only a load without problems returns a data set.

pub mod raw;
pub mod xlsx;

use crate::error::{Error, Problem, Result};
use crate::model::date::{self, Day};
use crate::model::*;
use crate::warning::{code, Warning};
pub use raw::{RawRow, RawTable};
use std::collections::HashMap;

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

/// The contract's columns of each table, required ones flagged.
fn schema(table: &str) -> &'static [(&'static str, bool)] {
    match table {
        "people" => &[
            ("person_id", true),
            ("hire_date", true),
            ("exit_date", false),
            ("exit_type", false),
        ],
        "pairs" => &[
            ("pair_id", true),
            ("mentor_id", true),
            ("mentee_id", true),
            ("program", false),
            ("start_date", true),
            ("end_date", false),
            ("end_reason", false),
            ("cadence_days", false),
        ],
        "sessions" => &[
            ("pair_id", true),
            ("date", true),
            ("status", false),
            ("duration_minutes", false),
            ("initiated_by", false),
        ],
        "goals" => &[
            ("goal_id", true),
            ("pair_id", true),
            ("created_date", true),
            ("due_date", false),
            ("completed_date", false),
            ("status", false),
            ("progress", false),
            ("last_update_date", false),
        ],
        "feedback" => &[
            ("pair_id", true),
            ("date", true),
            ("respondent", true),
            ("rating", true),
        ],
        "promotions" => &[
            ("person_id", true),
            ("date", true),
            ("from_level", false),
            ("to_level", false),
        ],
        _ => &[
            ("mentee_id", true),
            ("requested_date", true),
            ("program", false),
        ],
    }
}

/// The default cadence when a pair does not state one (SPEC §2).
pub const DEFAULT_CADENCE_DAYS: u32 = 14;

/// A raw table with its columns located: contract columns by name, the rest as extras.
struct Located<'a> {
    table: &'static str,
    raw: &'a RawTable,
    /// Contract column → header position (at most 8 entries: a linear search beats hashing).
    index: Vec<(&'static str, usize)>,
    extras: Vec<usize>,
}

impl Located<'_> {
    fn position(&self, column: &str) -> Option<usize> {
        // Called for every cell: the same literal is usually the same address, which spares the
        // byte comparison.
        self.index
            .iter()
            .find(|(c, _)| std::ptr::eq(*c, column) || *c == column)
            .map(|(_, i)| *i)
    }
}

fn locate<'a>(
    table: &'static str,
    raw: &'a RawTable,
    problems: &mut Vec<Problem>,
) -> Option<Located<'a>> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut ok = true;
    for (i, h) in raw.headers.iter().enumerate() {
        let n = normalize(h);
        if n.is_empty() {
            problems.push(Problem::Malformed {
                table: table.into(),
                row: None,
                detail: format!("header column {} has no name", i + 1),
            });
            ok = false;
        } else if let Some(first) = seen.insert(n, i) {
            problems.push(Problem::Malformed {
                table: table.into(),
                row: None,
                detail: format!(
                    "column \"{h}\" appears twice (header columns {} and {})",
                    first + 1,
                    i + 1
                ),
            });
            ok = false;
        }
    }
    let mut index = Vec::new();
    for (name, required) in schema(table) {
        match seen.get(&normalize(name)) {
            Some(i) => {
                index.push((*name, *i));
            }
            None if *required => {
                problems.push(Problem::MissingColumn {
                    table: table.into(),
                    column: (*name).into(),
                    found: raw.headers.clone(),
                });
                ok = false;
            }
            None => {}
        }
    }
    let extras = (0..raw.headers.len())
        .filter(|i| !index.iter().any(|(_, j)| j == i))
        .collect();
    ok.then_some(Located {
        table,
        raw,
        index,
        extras,
    })
}

/// Reads the cells of one row, recording a problem for each one that does not parse. Each getter
/// returns `Err(())` after recording its problem, so a row's every bad cell is reported.
struct Row<'a> {
    loc: &'a Located<'a>,
    row: usize,
    cells: RawRow<'a>,
    problems: &'a mut Vec<Problem>,
}

type Cell<T> = std::result::Result<T, ()>;

impl Row<'_> {
    fn cell(&self, column: &str) -> Option<&str> {
        let i = self.loc.position(column)?;
        let s = trim(self.cells.get(i));
        (!s.is_empty()).then_some(s)
    }

    fn invalid(&mut self, column: &str, value: &str, expected: &str) {
        self.problems.push(Problem::InvalidValue {
            table: self.loc.table.into(),
            row: self.row,
            column: column.into(),
            value: value.into(),
            expected: expected.into(),
        });
    }

    fn required<T>(&mut self, column: &str, v: Cell<Option<T>>) -> Cell<T> {
        match v? {
            Some(x) => Ok(x),
            None => {
                self.problems.push(Problem::MissingValue {
                    table: self.loc.table.into(),
                    row: self.row,
                    column: column.into(),
                });
                Err(())
            }
        }
    }

    fn text(&mut self, column: &str) -> Cell<Option<String>> {
        Ok(self.cell(column).map(str::to_string))
    }

    fn req_text(&mut self, column: &str) -> Cell<String> {
        let v = self.text(column);
        self.required(column, v)
    }

    fn date(&mut self, column: &str) -> Cell<Option<Day>> {
        let Some(s) = self.cell(column) else {
            return Ok(None);
        };
        match date::parse(s) {
            Some(d) => Ok(Some(d)),
            None => {
                let s = s.to_string();
                self.invalid(column, &s, "a date (expected YYYY-MM-DD)");
                Err(())
            }
        }
    }

    fn req_date(&mut self, column: &str) -> Cell<Day> {
        let v = self.date(column);
        self.required(column, v)
    }

    fn number(&mut self, column: &str, min: f64, max: f64, expected: &str) -> Cell<Option<f64>> {
        let Some(s) = self.cell(column) else {
            return Ok(None);
        };
        match s.parse::<f64>() {
            Ok(x) if x.is_finite() && x >= min && x <= max => Ok(Some(x)),
            _ => {
                let s = s.to_string();
                self.invalid(column, &s, expected);
                Err(())
            }
        }
    }

    fn choice<T: Copy>(
        &mut self,
        column: &str,
        all: &[T],
        name: fn(T) -> &'static str,
    ) -> Cell<Option<T>> {
        let Some(s) = self.cell(column) else {
            return Ok(None);
        };
        // Most cells spell the value exactly; only the others pay for normalisation.
        let exact = all.iter().find(|v| name(**v).eq_ignore_ascii_case(s));
        let n = if exact.is_some() {
            String::new()
        } else {
            normalize(s)
        };
        match exact.or_else(|| all.iter().find(|v| normalize(name(**v)) == n)) {
            Some(v) => Ok(Some(*v)),
            None => {
                let s = s.to_string();
                let expected = format!(
                    "one of {}",
                    all.iter()
                        .map(|v| format!("\"{}\"", name(*v)))
                        .collect::<Vec<_>>()
                        .join(", ")
                );
                self.invalid(column, &s, &expected);
                Err(())
            }
        }
    }

    fn reference(&mut self, column: &str, ids: &Ids<'_>, target: &str) -> Cell<usize> {
        let Some(id) = self.cell(column) else {
            return self.required(column, Ok(None));
        };
        match ids.get(id) {
            Some(i) => Ok(*i),
            None => {
                self.problems.push(Problem::UnknownId {
                    table: self.loc.table.into(),
                    row: self.row,
                    column: column.into(),
                    value: id.into(),
                    target: target.into(),
                });
                Err(())
            }
        }
    }

    fn ordered(
        &mut self,
        column: &str,
        end: Option<Day>,
        start_column: &str,
        start: Cell<Day>,
    ) -> Cell<()> {
        match (end, start) {
            (Some(e), Ok(s)) if e < s => {
                self.problems.push(Problem::EndBeforeStart {
                    table: self.loc.table.into(),
                    row: self.row,
                    column: column.into(),
                    value: date::format(e),
                    start_column: start_column.into(),
                    start_value: date::format(s),
                });
                Err(())
            }
            _ => Ok(()),
        }
    }
}

/// Parses every row of a located table with `parse`; `None` when any row had a problem.
fn rows<T>(
    loc: &Located<'_>,
    problems: &mut Vec<Problem>,
    mut parse: impl FnMut(&mut Row<'_>) -> Cell<T>,
) -> Option<Vec<T>> {
    let mut out = Vec::with_capacity(loc.raw.len());
    let mut ok = true;
    for (i, cells) in loc.raw.rows().enumerate() {
        let mut row = Row {
            loc,
            row: i + 1,
            cells,
            problems,
        };
        match parse(&mut row) {
            Ok(v) => out.push(v),
            Err(()) => ok = false,
        }
    }
    ok.then_some(out)
}

/// Ids of a table's id column (first occurrence wins); repeats become problems.
/// Row index by id. Keys borrow the raw text (no allocation per row); the hasher is a fast
/// fixed one, since ids are only looked up, never iterated.
type Ids<'a> = HashMap<&'a str, usize, rustc_hash::FxBuildHasher>;

fn unique_ids<'a>(loc: &Located<'a>, column: &'static str, problems: &mut Vec<Problem>) -> Ids<'a> {
    let mut ids = Ids::default();
    let Some(c) = loc.position(column) else {
        return ids;
    };
    for (i, cells) in loc.raw.rows().enumerate() {
        let id = trim(cells.get(c));
        if id.is_empty() {
            continue;
        }
        if let Some(first) = ids.get(id) {
            problems.push(Problem::DuplicateId {
                table: loc.table.into(),
                row: i + 1,
                column: column.into(),
                value: id.into(),
                first_row: first + 1,
            });
        } else {
            ids.insert(id, i);
        }
    }
    ids
}

/// Extra columns: numeric when every non-empty cell is a finite number, text otherwise.
fn extra_columns(loc: &Located<'_>) -> Vec<Column> {
    loc.extras
        .iter()
        .map(|&c| {
            let cells = || {
                loc.raw.rows().map(move |r| {
                    let s = trim(r.get(c));
                    (!s.is_empty()).then_some(s)
                })
            };
            let numeric: Option<Vec<Option<f64>>> = cells()
                .map(|s| match s {
                    None => Some(None),
                    Some(s) => s.parse::<f64>().ok().filter(|x| x.is_finite()).map(Some),
                })
                .collect();
            let values = match numeric {
                Some(v) if v.iter().any(Option::is_some) => Values::Numeric(v),
                _ => Values::Text(cells().map(|s| s.map(str::to_string)).collect()),
            };
            Column {
                name: snake_name(&loc.raw.headers[c]),
                values,
            }
        })
        .collect()
}

/// A table's columns, located again after its problems were reported.
fn located<'a>(table: &'static str, raw: &'a Option<RawTable>) -> Option<Located<'a>> {
    raw.as_ref().and_then(|r| locate(table, r, &mut Vec::new()))
}

fn from_raw(mut raws: HashMap<&'static str, RawTable>) -> Result<Dataset> {
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    // Every table's header first, in the contract's order: missing columns come before row
    // problems. Each table is located again (its header only) when its rows are read.
    for t in TABLES {
        if let Some(r) = raws.get(t) {
            locate(t, r, &mut problems);
        }
    }
    // people and pairs are kept to the end (the other tables' ids are looked up in their text);
    // every other table's text is dropped as soon as it is typed, so that the raw and the typed
    // copies of all tables are never in memory together.
    let people_raw = raws.remove("people");
    let pairs_raw = raws.remove("pairs");
    let people_loc = located("people", &people_raw);
    let pairs_loc = located("pairs", &pairs_raw);
    let mut d = Dataset::default();

    let person_ids = people_loc
        .as_ref()
        .map(|l| unique_ids(l, "person_id", &mut problems))
        .unwrap_or_default();
    if let Some(loc) = &people_loc {
        let people = rows(loc, &mut problems, |r| {
            let id = r.req_text("person_id");
            let hire = r.req_date("hire_date");
            let exit = r.date("exit_date");
            let exit_type = r.choice("exit_type", ExitType::ALL, ExitType::as_str);
            let ordered = exit.and_then(|e| r.ordered("exit_date", e, "hire_date", hire));
            ordered?;
            Ok(Person {
                id: id?,
                hire: hire?,
                exit: exit?,
                exit_type: exit_type?,
            })
        });
        if let Some(people) = people {
            if let Some(row) = people
                .iter()
                .position(|p| p.exit.is_none() && p.exit_type.is_some())
            {
                warnings.push(Warning::new(code::ODD_ROWS, format!(
                    "people: {} rows have an exit_type but no exit_date; the exit_type is ignored (first: row {})",
                    people.iter().filter(|p| p.exit.is_none() && p.exit_type.is_some()).count(),
                    row + 1
                )));
            }
            d.people = Table::new(people, extra_columns(loc));
        }
    }

    let pair_ids = pairs_loc
        .as_ref()
        .map(|l| unique_ids(l, "pair_id", &mut problems))
        .unwrap_or_default();
    if let Some(loc) = &pairs_loc {
        let pairs = rows(loc, &mut problems, |r| {
            let id = r.req_text("pair_id");
            let mentor = r.reference("mentor_id", &person_ids, "people");
            let mentee = r.reference("mentee_id", &person_ids, "people");
            let same = match (&mentor, &mentee) {
                (Ok(a), Ok(b)) if a == b => {
                    let v = r.cell("mentee_id").unwrap_or_default().to_string();
                    r.invalid("mentee_id", &v, "a different person from mentor_id");
                    Err(())
                }
                _ => Ok(()),
            };
            let program = r.text("program");
            let start = r.req_date("start_date");
            let end = r.date("end_date");
            let end_reason = r.choice("end_reason", EndReason::ALL, EndReason::as_str);
            let cadence = r.number("cadence_days", 1.0, 3660.0, "a whole number of days > 0");
            let cadence = match cadence {
                Ok(Some(c)) if c.fract() != 0.0 => {
                    let v = r.cell("cadence_days").unwrap_or_default().to_string();
                    r.invalid("cadence_days", &v, "a whole number of days > 0");
                    Err(())
                }
                other => other,
            };
            let ordered = end.and_then(|e| r.ordered("end_date", e, "start_date", start));
            same?;
            ordered?;
            Ok(Pair {
                id: id?,
                mentor: mentor?,
                mentee: mentee?,
                program: program?.unwrap_or_else(|| "default".to_string()),
                start: start?,
                end: end?,
                end_reason: end_reason?,
                cadence_days: cadence?.map_or(DEFAULT_CADENCE_DAYS, |c| c as u32),
            })
        });
        if let Some(pairs) = pairs {
            warn_rows(
                &mut warnings,
                "pairs",
                "start before the mentor or mentee was hired, or after one of them left",
                pairs.iter().map(|p| {
                    // People may have failed to load (then the load fails anyway): look up, don't index.
                    [p.mentor, p.mentee]
                        .iter()
                        .filter_map(|&i| d.people.rows.get(i))
                        .any(|person| {
                            p.start < person.hire || person.exit.is_some_and(|x| p.start > x)
                        })
                }),
            );
            d.pairs = Table::new(pairs, extra_columns(loc));
        }
    }

    if let Some(loc) = &located("sessions", &raws.remove("sessions")) {
        let sessions = rows(loc, &mut problems, |r| {
            let pair = r.reference("pair_id", &pair_ids, "pairs");
            let date = r.req_date("date");
            let status = r.choice("status", SessionStatus::ALL, SessionStatus::as_str);
            let duration = r.number("duration_minutes", 0.0, f64::MAX, "a number of minutes ≥ 0");
            let initiated_by = r.choice("initiated_by", Role::ALL, Role::as_str);
            Ok(Session {
                pair: pair?,
                date: date?,
                status: status?.unwrap_or(SessionStatus::Held),
                duration_minutes: duration?,
                initiated_by: initiated_by?,
            })
        });
        if let Some(sessions) = sessions {
            warn_rows(
                &mut warnings,
                "sessions",
                "fall outside their pair's start and end dates",
                sessions
                    .iter()
                    .map(|s| outside_pair(&d.pairs.rows, s.pair, s.date)),
            );
            d.sessions = Table::new(sessions, extra_columns(loc));
        }
    }

    if let Some(loc) = &located("goals", &raws.remove("goals")) {
        unique_ids(loc, "goal_id", &mut problems);
        let goals = rows(loc, &mut problems, |r| {
            let id = r.req_text("goal_id");
            let pair = r.reference("pair_id", &pair_ids, "pairs");
            let created = r.req_date("created_date");
            let due = r.date("due_date");
            let completed = r.date("completed_date");
            let status = r.choice("status", GoalStatus::ALL, GoalStatus::as_str);
            let progress = r.number("progress", 0.0, 100.0, "a number from 0 to 100");
            let last_update = r.date("last_update_date");
            let ordered =
                completed.and_then(|c| r.ordered("completed_date", c, "created_date", created));
            ordered?;
            let completed = completed?;
            Ok(Goal {
                id: id?,
                pair: pair?,
                created: created?,
                due: due?,
                completed,
                status: status?.unwrap_or(if completed.is_some() {
                    GoalStatus::Completed
                } else {
                    GoalStatus::Open
                }),
                progress: progress?,
                last_update: last_update?,
            })
        });
        if let Some(goals) = goals {
            warn_rows(
                &mut warnings,
                "goals",
                "have status \"completed\" but no completed_date, so they have no time to completion",
                goals.iter().map(|g| g.status == GoalStatus::Completed && g.completed.is_none()),
            );
            warn_rows(
                &mut warnings,
                "goals",
                "have a completed_date but a status other than \"completed\"; the status is used",
                goals
                    .iter()
                    .map(|g| g.status != GoalStatus::Completed && g.completed.is_some()),
            );
            warn_rows(
                &mut warnings,
                "goals",
                "are due before they were created",
                goals
                    .iter()
                    .map(|g| g.due.is_some_and(|due| due < g.created)),
            );
            d.goals = Table::new(goals, extra_columns(loc));
        }
    }

    if let Some(loc) = &located("feedback", &raws.remove("feedback")) {
        let feedback = rows(loc, &mut problems, |r| {
            let pair = r.reference("pair_id", &pair_ids, "pairs");
            let date = r.req_date("date");
            let respondent = r.choice("respondent", Role::ALL, Role::as_str);
            let respondent = r.required("respondent", respondent);
            let rating = r.number("rating", 1.0, 5.0, "a rating from 1 to 5");
            let rating = r.required("rating", rating);
            Ok(Feedback {
                pair: pair?,
                date: date?,
                respondent: respondent?,
                rating: rating?,
            })
        });
        if let Some(feedback) = feedback {
            warn_rows(
                &mut warnings,
                "feedback",
                "fall outside their pair's start and end dates",
                feedback
                    .iter()
                    .map(|f| outside_pair(&d.pairs.rows, f.pair, f.date)),
            );
            d.feedback = Table::new(feedback, extra_columns(loc));
        }
    }

    if let Some(loc) = &located("promotions", &raws.remove("promotions")) {
        let mut seen: HashMap<(usize, Day), usize> = HashMap::new();
        let people = &d.people.rows;
        let promotions = rows(loc, &mut problems, |r| {
            let person = r.reference("person_id", &person_ids, "people");
            let date = r.req_date("date");
            let from_level = r.text("from_level");
            let to_level = r.text("to_level");
            let (person, date) = (person?, date?);
            if let Some(p) = people.get(person) {
                let hire = Ok(p.hire);
                r.ordered("date", Some(date), "hire_date", hire)?;
                if let Some(exit) = p.exit.filter(|x| date > *x) {
                    let v = date::format(date);
                    r.invalid(
                        "date",
                        &v,
                        &format!("on or before the person's exit_date {}", date::format(exit)),
                    );
                    return Err(());
                }
            }
            if let Some(first) = seen.insert((person, date), r.row) {
                let v = r.cell("person_id").unwrap_or_default().to_string();
                r.problems.push(Problem::DuplicateId {
                    table: "promotions".into(),
                    row: r.row,
                    column: "person_id".into(),
                    value: format!("{v} on {}", date::format(date)),
                    first_row: first,
                });
                return Err(());
            }
            Ok(Promotion {
                person,
                date,
                from_level: from_level?,
                to_level: to_level?,
            })
        });
        if let Some(promotions) = promotions {
            d.promotions = Table::new(promotions, extra_columns(loc));
        }
    }

    if let Some(loc) = &located("requests", &raws.remove("requests")) {
        let mut seen: HashMap<usize, usize> = HashMap::new();
        let requests = rows(loc, &mut problems, |r| {
            let mentee = r.reference("mentee_id", &person_ids, "people");
            let requested = r.req_date("requested_date");
            let program = r.text("program");
            let (mentee, requested) = (mentee?, requested?);
            if let Some(first) = seen.insert(mentee, r.row) {
                let v = r.cell("mentee_id").unwrap_or_default().to_string();
                r.problems.push(Problem::DuplicateId {
                    table: "requests".into(),
                    row: r.row,
                    column: "mentee_id".into(),
                    value: v,
                    first_row: first,
                });
                return Err(());
            }
            Ok(Request {
                mentee,
                requested,
                program: program?,
            })
        });
        if let Some(requests) = requests {
            d.requests = Table::new(requests, extra_columns(loc));
        }
    }

    if !problems.is_empty() {
        return Err(Error::input(problems));
    }
    d.warnings = warnings;
    Ok(d)
}

fn outside_pair(pairs: &[Pair], pair: usize, day: Day) -> bool {
    pairs
        .get(pair)
        .is_some_and(|p| day < p.start || p.end.is_some_and(|e| day > e))
}

/// Adds one warning counting the rows for which `flags` is true, naming the first.
fn warn_rows(
    warnings: &mut Vec<Warning>,
    table: &str,
    what: &str,
    flags: impl Iterator<Item = bool>,
) {
    let mut count = 0;
    let mut first = 0;
    for (i, f) in flags.enumerate() {
        if f {
            if count == 0 {
                first = i + 1;
            }
            count += 1;
        }
    }
    if count > 0 {
        warnings.push(Warning::new(
            code::ODD_ROWS,
            format!("{table}: {count} rows {what} (first: row {first})"),
        ));
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
