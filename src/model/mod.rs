//! Typed tables: ids resolved to row indices, dates as days, enums as enums. Built only by
//! `ingest` (which validates) or by the generator; analyses read them; SQL sees them as `columns`
//! (and, with the `sql` feature, as polars frames: `frames`).

pub mod columns;
pub mod date;
#[cfg(feature = "sql")]
pub mod frames;
pub mod schema;

use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::warning::{code, Warning};
use date::Day;
use serde::Serialize;
use std::borrow::Cow;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ExitType {
    Voluntary,
    Involuntary,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EndReason {
    Completed,
    EndedEarly,
    Rematched,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionStatus {
    Held,
    Cancelled,
    NoShow,
}

/// Who initiated a session, or who answered a feedback form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Mentor,
    Mentee,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalStatus {
    Open,
    Completed,
    Abandoned,
}

macro_rules! enum_names {
    ($t:ty { $($v:ident => $s:literal),* $(,)? }) => {
        impl $t {
            /// The contract's spelling of this value.
            pub fn as_str(self) -> &'static str {
                match self { $(<$t>::$v => $s),* }
            }
            /// Every value, in the contract's order.
            pub const ALL: &'static [$t] = &[$(<$t>::$v),*];
            /// Their spellings, in the same order.
            pub const NAMES: &'static [&'static str] = &[$($s),*];
        }
        impl schema::Choice for $t {
            const ALL: &'static [$t] = <$t>::ALL;
            fn name(self) -> &'static str {
                self.as_str()
            }
        }
    };
}
enum_names!(ExitType { Voluntary => "voluntary", Involuntary => "involuntary" });
enum_names!(EndReason { Completed => "completed", EndedEarly => "ended_early", Rematched => "rematched" });
enum_names!(SessionStatus { Held => "held", Cancelled => "cancelled", NoShow => "no_show" });
enum_names!(Role { Mentor => "mentor", Mentee => "mentee" });
enum_names!(GoalStatus { Open => "open", Completed => "completed", Abandoned => "abandoned" });

#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub id: String,
    pub hire: Day,
    pub exit: Option<Day>,
    pub exit_type: Option<ExitType>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    pub id: String,
    /// Row index into `people`.
    pub mentor: usize,
    /// Row index into `people`.
    pub mentee: usize,
    pub program: String,
    pub start: Day,
    pub end: Option<Day>,
    pub end_reason: Option<EndReason>,
    pub cadence_days: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    /// Row index into `pairs`.
    pub pair: usize,
    pub date: Day,
    pub status: SessionStatus,
    pub duration_minutes: Option<f64>,
    pub initiated_by: Option<Role>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Goal {
    pub id: String,
    /// Row index into `pairs`.
    pub pair: usize,
    pub created: Day,
    pub due: Option<Day>,
    pub completed: Option<Day>,
    pub status: GoalStatus,
    pub progress: Option<f64>,
    pub last_update: Option<Day>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Feedback {
    /// Row index into `pairs`.
    pub pair: usize,
    pub date: Day,
    pub respondent: Role,
    pub rating: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Promotion {
    /// Row index into `people`.
    pub person: usize,
    pub date: Day,
    pub from_level: Option<String>,
    pub to_level: Option<String>,
}

/// A mentee waiting for a mentor (SPEC §4.7).
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    /// Row index into `people`.
    pub mentee: usize,
    pub requested: Day,
    pub program: Option<String>,
}

/// A text cell of an extra column: shared, since attribute values repeat (a department's name is
/// held once, not once per person).
pub type Text = std::sync::Arc<str>;

/// The values of a column that is not part of the contract (for people: an attribute).
#[derive(Debug, Clone, PartialEq)]
pub enum Values {
    /// Every non-empty cell parsed as a finite number.
    Numeric(Vec<Option<f64>>),
    Text(Vec<Option<Text>>),
}

impl Values {
    pub fn len(&self) -> usize {
        match self {
            Values::Numeric(v) => v.len(),
            Values::Text(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn retain(&mut self, keep: &[bool]) {
        match self {
            Values::Numeric(v) => retain_mask(v, keep),
            Values::Text(v) => retain_mask(v, keep),
        }
    }
}

/// An extra column, named in snake_case (`Job Level` → `job_level`).
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub name: String,
    pub values: Values,
}

/// One table's rows, its extra columns, and whether it was given at all.
#[derive(Debug, Clone, PartialEq)]
pub struct Rows<T> {
    pub rows: Vec<T>,
    pub extra: Vec<Column>,
    pub loaded: bool,
}

impl<T> Default for Rows<T> {
    fn default() -> Self {
        Rows {
            rows: Vec::new(),
            extra: Vec::new(),
            loaded: false,
        }
    }
}

impl<T> Rows<T> {
    pub fn new(rows: Vec<T>, extra: Vec<Column>) -> Self {
        Rows {
            rows,
            extra,
            loaded: true,
        }
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Keeps the rows whose mask entry is true, in rows and extra columns alike.
    fn retain(&mut self, keep: &[bool]) {
        retain_mask(&mut self.rows, keep);
        for c in &mut self.extra {
            c.values.retain(keep);
        }
    }

    /// The names of the numeric extra columns (for people: the numeric attributes).
    pub fn numeric_columns(&self) -> Vec<String> {
        self.extra
            .iter()
            .filter(|c| matches!(c.values, Values::Numeric(_)))
            .map(|c| c.name.clone())
            .collect()
    }

    /// The extra column called `name`.
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.extra.iter().find(|c| c.name == name)
    }
}

fn retain_mask<T>(v: &mut Vec<T>, keep: &[bool]) {
    let mut i = 0;
    v.retain(|_| {
        i += 1;
        keep[i - 1]
    });
}

/// `str::trim`, skipped when the text starts and ends with a visible ASCII character (the common
/// case for a cell: whitespace, Unicode's included, is never one).
pub fn trim(s: &str) -> &str {
    let visible = |b: Option<&u8>| b.is_some_and(|&b| b > b' ' && b < 0x7F);
    if visible(s.as_bytes().first()) && visible(s.as_bytes().last()) {
        s
    } else {
        s.trim()
    }
}

/// The seven tables of the contract (SPEC §2), in its order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Table {
    People,
    Pairs,
    Sessions,
    Goals,
    Feedback,
    Promotions,
    Requests,
}

impl Table {
    /// Every table, in the contract's order (a table's place here is `table as usize`).
    pub const ALL: [Table; 7] = [
        Table::People,
        Table::Pairs,
        Table::Sessions,
        Table::Goals,
        Table::Feedback,
        Table::Promotions,
        Table::Requests,
    ];

    /// The table's name in the contract (and its file's: `people.csv`).
    pub fn name(self) -> &'static str {
        match self {
            Table::People => "people",
            Table::Pairs => "pairs",
            Table::Sessions => "sessions",
            Table::Goals => "goals",
            Table::Feedback => "feedback",
            Table::Promotions => "promotions",
            Table::Requests => "requests",
        }
    }

    /// The table of that name, exactly as the contract writes it.
    pub fn named(name: &str) -> Option<Table> {
        Table::ALL.into_iter().find(|t| t.name() == name)
    }

    /// Every table's name, as a message lists them: "people, pairs, ...".
    pub fn listed() -> String {
        Table::ALL.map(Table::name).join(", ")
    }
}

impl Serialize for Table {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// A validated data set: every reference resolves, every date is ordered as the contract says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dataset {
    pub people: Rows<Person>,
    pub pairs: Rows<Pair>,
    pub sessions: Rows<Session>,
    pub goals: Rows<Goal>,
    pub feedback: Rows<Feedback>,
    pub promotions: Rows<Promotion>,
    pub requests: Rows<Request>,
    /// Non-fatal oddities found while loading.
    pub warnings: Vec<Warning>,
    /// Where each table came from and what of it was read.
    pub inputs: Inputs,
    pub(crate) latest: Latest,
}

/// What a load read (`meta.inputs`, SPEC §2.1): per table its file, sheet, rows and which headers
/// fed it, and the files handed in that fed no table. Nothing is dropped in silence.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Inputs {
    pub tables: Vec<TableInput>,
    pub unused_files: Vec<UnusedFile>,
}

/// One table's input.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TableInput {
    pub table: &'static str,
    /// The file's name (None when the table was handed in by name, as `fromCsv` does).
    pub file: Option<String>,
    pub sheet: Option<String>,
    pub rows: usize,
    /// The headers read: the contract's columns and, on people, the attributes.
    pub headers_used: Vec<String>,
    /// The headers no analysis reads (kept for SQL only), and those a mapping set aside.
    pub headers_unused: Vec<String>,
}

/// A file (or a workbook's sheet) that fed no table, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnusedFile {
    pub file: String,
    pub sheet: Option<String>,
    pub why: String,
    /// `why`'s message, to write it in another language.
    #[serde(skip)]
    pub source: crate::i18n::Message,
}

impl crate::i18n::Localize for Inputs {
    fn localize(&mut self, locale: crate::i18n::Locale) {
        for u in &mut self.unused_files {
            u.why = u.source.render(locale);
        }
    }
}

/// The latest date in the data, found on first use: every analysis's view asks for it, and
/// scanning every table for it cost as much as a small analysis on a large program. A cache, not
/// data: it never makes two data sets unequal. Rows are only changed while loading and in
/// [`Dataset::as_of`]'s copy, which starts without it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Latest(std::sync::OnceLock<Option<Day>>);

impl PartialEq for Latest {
    fn eq(&self, _: &Latest) -> bool {
        true
    }
}

/// Row counts per table, as `meta.rows` reports them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RowCounts {
    pub people: usize,
    pub pairs: usize,
    pub sessions: usize,
    pub goals: usize,
    pub feedback: usize,
    pub promotions: usize,
    pub requests: usize,
}

impl RowCounts {
    /// The rows of `table`.
    pub fn of(&self, table: Table) -> usize {
        match table {
            Table::People => self.people,
            Table::Pairs => self.pairs,
            Table::Sessions => self.sessions,
            Table::Goals => self.goals,
            Table::Feedback => self.feedback,
            Table::Promotions => self.promotions,
            Table::Requests => self.requests,
        }
    }
}

impl Dataset {
    pub fn row_counts(&self) -> RowCounts {
        RowCounts {
            people: self.people.len(),
            pairs: self.pairs.len(),
            sessions: self.sessions.len(),
            goals: self.goals.len(),
            feedback: self.feedback.len(),
            promotions: self.promotions.len(),
            requests: self.requests.len(),
        }
    }

    /// Whether the table was given.
    pub fn is_loaded(&self, table: Table) -> bool {
        match table {
            Table::People => self.people.loaded,
            Table::Pairs => self.pairs.loaded,
            Table::Sessions => self.sessions.loaded,
            Table::Goals => self.goals.loaded,
            Table::Feedback => self.feedback.loaded,
            Table::Promotions => self.promotions.loaded,
            Table::Requests => self.requests.loaded,
        }
    }

    /// Fails with a message naming the first of `tables` that `analysis` needs and was not given.
    pub fn require(&self, analysis: &str, tables: &[Table]) -> Result<()> {
        match tables.iter().find(|t| !self.is_loaded(**t)) {
            Some(t) => Err(Error::MissingTable {
                analysis: analysis.to_string(),
                table: t.name().to_string(),
            }),
            None => Ok(()),
        }
    }

    /// The latest date present anywhere in the data: the default `as_of`.
    pub fn latest_date(&self) -> Option<Day> {
        *self.latest.0.get_or_init(|| self.scan_latest_date())
    }

    fn scan_latest_date(&self) -> Option<Day> {
        // One loop per column.
        fn latest<T>(rows: &[T], date: impl Fn(&T) -> Option<Day>) -> Option<Day> {
            rows.iter().map(date).max().flatten()
        }
        [
            latest(&self.people.rows, |p| Some(p.hire)),
            latest(&self.people.rows, |p| p.exit),
            latest(&self.pairs.rows, |p| Some(p.start)),
            latest(&self.pairs.rows, |p| p.end),
            latest(&self.sessions.rows, |s| Some(s.date)),
            latest(&self.goals.rows, |g| Some(g.created)),
            latest(&self.goals.rows, |g| g.completed),
            latest(&self.goals.rows, |g| g.last_update),
            latest(&self.feedback.rows, |f| Some(f.date)),
            latest(&self.promotions.rows, |p| Some(p.date)),
            latest(&self.requests.rows, |r| Some(r.requested)),
        ]
        .into_iter()
        .max()
        .flatten()
    }

    /// The data as it stood on `as_of`: rows that start after it are left out (people hired, pairs
    /// started, sessions, goals created, feedback and promotions after it), and dates after it are
    /// cleared (an exit, a pair end or a goal completion after `as_of` had not happened yet).
    /// Returns the view and, if anything was left out or cleared, one warning counting it. When
    /// nothing is dated after `as_of` the view is the data itself, not a copy. The view's own
    /// `warnings` are not meaningful (the caller keeps the data's).
    pub fn as_of(&self, as_of: Day) -> (Cow<'_, Dataset>, Option<Warning>) {
        if self.latest_date().is_none_or(|latest| latest <= as_of) {
            return (Cow::Borrowed(self), None);
        }
        let mut d = self.clone();
        d.warnings.clear();
        d.latest = Latest::default();
        let mut left_out = [0usize; Table::ALL.len()];

        let keep_people: Vec<bool> = d.people.rows.iter().map(|p| p.hire <= as_of).collect();
        let person_index = reindex(&keep_people);
        left_out[Table::People as usize] = d.people.len() - person_index.1;
        d.people.retain(&keep_people);
        let mut cleared = 0;
        for p in &mut d.people.rows {
            if p.exit.is_some_and(|e| e > as_of) {
                p.exit = None;
                p.exit_type = None;
                cleared += 1;
            }
        }

        let keep_pairs: Vec<bool> = d
            .pairs
            .rows
            .iter()
            .map(|p| p.start <= as_of && keep_people[p.mentor] && keep_people[p.mentee])
            .collect();
        let pair_index = reindex(&keep_pairs);
        left_out[Table::Pairs as usize] = d.pairs.len() - pair_index.1;
        d.pairs.retain(&keep_pairs);
        for p in &mut d.pairs.rows {
            p.mentor = person_index.0[p.mentor];
            p.mentee = person_index.0[p.mentee];
            if p.end.is_some_and(|e| e > as_of) {
                p.end = None;
                p.end_reason = None;
                cleared += 1;
            }
        }

        let pairs = (keep_pairs.as_slice(), pair_index.0.as_slice());
        let people = (keep_people.as_slice(), person_index.0.as_slice());
        left_out[Table::Sessions as usize] =
            keep_dated(&mut d.sessions, as_of, pairs, &mut cleared);
        left_out[Table::Goals as usize] = keep_dated(&mut d.goals, as_of, pairs, &mut cleared);
        left_out[Table::Feedback as usize] =
            keep_dated(&mut d.feedback, as_of, pairs, &mut cleared);
        left_out[Table::Promotions as usize] =
            keep_dated(&mut d.promotions, as_of, people, &mut cleared);
        left_out[Table::Requests as usize] =
            keep_dated(&mut d.requests, as_of, people, &mut cleared);

        let counts: Vec<Message> = Table::ALL
            .iter()
            .zip(left_out)
            .filter(|(_, n)| *n > 0)
            .map(|(t, n)| {
                Message::new("table-rows")
                    .count("count", n)
                    .text("table", t.name())
            })
            .collect();
        let message = match (counts.is_empty(), cleared > 0) {
            (true, false) => None,
            (false, false) => Some(Message::new("warning-after-as-of-rows")),
            (true, true) => Some(Message::new("warning-after-as-of-dates")),
            (false, true) => Some(Message::new("warning-after-as-of-both")),
        };
        let warning = message.map(|m| {
            let m = m
                .list("counts", counts)
                .count("cleared", cleared)
                .date("as_of", as_of);
            Warning::new(code::AFTER_AS_OF, m)
        });
        (Cow::Owned(d), warning)
    }
}

/// What is known of a pair beyond its data (a generated program's ground truth): whether and when
/// it decays and ends early, which the risk replay measures the detector against.
#[derive(Debug, Clone, PartialEq)]
pub struct Truth {
    pub pair_id: String,
    /// The pair decays before ending early.
    pub decaying: bool,
    pub decay_start: Option<Day>,
    /// When the pair ends early (may lie after `as_of`, where the data still shows it active).
    pub early_end: Option<Day>,
}

/// A row that belongs to one row of another table (a session to its pair, a promotion to its
/// person) and came to be on one day.
trait Dated {
    fn day(&self) -> Day;
    /// The row of the table it belongs to.
    fn parent(&mut self) -> &mut usize;
    /// Forgets what the row records after `as_of` (a completion, an update); true when that
    /// changed an outcome.
    fn forget_after(&mut self, _as_of: Day) -> bool {
        false
    }
}

impl Dated for Session {
    fn day(&self) -> Day {
        self.date
    }
    fn parent(&mut self) -> &mut usize {
        &mut self.pair
    }
}

impl Dated for Goal {
    fn day(&self) -> Day {
        self.created
    }
    fn parent(&mut self) -> &mut usize {
        &mut self.pair
    }
    fn forget_after(&mut self, as_of: Day) -> bool {
        if self.last_update.is_some_and(|u| u > as_of) {
            self.last_update = None;
        }
        let completed_later = self.completed.is_some_and(|c| c > as_of);
        if completed_later {
            self.completed = None;
            self.status = GoalStatus::Open;
        }
        completed_later
    }
}

impl Dated for Feedback {
    fn day(&self) -> Day {
        self.date
    }
    fn parent(&mut self) -> &mut usize {
        &mut self.pair
    }
}

impl Dated for Promotion {
    fn day(&self) -> Day {
        self.date
    }
    fn parent(&mut self) -> &mut usize {
        &mut self.person
    }
}

impl Dated for Request {
    fn day(&self) -> Day {
        self.requested
    }
    fn parent(&mut self) -> &mut usize {
        &mut self.mentee
    }
}

/// Keeps the rows of `t` that came to be by `as_of` and whose parent row is kept (`parents`: the
/// parent table's keep-mask and new indices), points them at their parent's new index and forgets
/// what they record after the day (counted in `cleared`); returns how many rows were left out.
fn keep_dated<R: Dated>(
    t: &mut Rows<R>,
    as_of: Day,
    (parent_kept, parent_index): (&[bool], &[usize]),
    cleared: &mut usize,
) -> usize {
    let keep: Vec<bool> = t
        .rows
        .iter_mut()
        .map(|r| r.day() <= as_of && parent_kept[*r.parent()])
        .collect();
    t.retain(&keep);
    for r in &mut t.rows {
        *r.parent() = parent_index[*r.parent()];
        *cleared += usize::from(r.forget_after(as_of));
    }
    keep.iter().filter(|k| !**k).count()
}

/// For a keep-mask, the new index of every kept row (old index → new index) and how many are kept.
fn reindex(keep: &[bool]) -> (Vec<usize>, usize) {
    let mut next = 0;
    let map = keep
        .iter()
        .map(|k| {
            let i = next;
            if *k {
                next += 1;
            }
            i
        })
        .collect();
    (map, next)
}
