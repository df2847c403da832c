//! One parser per table: how a row's cells (read by the table's descriptor, `model::schema`)
//! become a typed row, the rules across a row's cells (an end after its start, a mentor who is
//! not the mentee) and across rows (a key given twice), and the warnings about rows that load but
//! look odd.

use super::ids::{same_id, IdColumn};
use super::numbers::{self, Reading};
use super::raw::RawRow;
use super::row::{decimal, Checked, Located, Refs, Row};
use super::DEFAULT_CADENCE_DAYS;
use crate::error::Problem;
use crate::i18n::Message;
use crate::model::date::{self, Day};
use crate::model::schema::{column, Kind, Record};
use crate::model::*;
use crate::text::snake_name;
use crate::warning::{code, Warning};
use rustc_hash::FxHashMap;
use std::collections::HashMap;

/// What a table's rows are checked against: the ids references resolve to, and the people and
/// pairs already typed.
pub(super) struct Context<'a> {
    pub refs: &'a Refs,
    pub people: &'a [Person],
    pub pairs: &'a [Pair],
}

/// A table's parser and its rules beyond single cells.
pub(super) trait Parse: Record {
    /// One row's cells, every bad one recorded.
    fn parse(r: &mut Row<'_, Self>, ctx: &Context<'_>) -> Checked<Self>;

    /// What must not repeat across rows besides an id column (a row index and a day); None for
    /// tables without such a key.
    fn key(&self) -> Option<(usize, Day)> {
        None
    }

    /// How a repeated key is reported: its column and its text (asked only of rows with a key).
    fn key_text(&self, _ctx: &Context<'_>) -> (&'static str, String) {
        ("", String::new())
    }

    /// Warnings about rows that load but look odd.
    fn warnings(_rows: &[Self], _ctx: &Context<'_>, _warnings: &mut Vec<Warning>) {}
}

/// Reads a located table: its id column's repeats, every row, and its warnings. None (with the
/// problems recorded) when any row had a problem.
pub(super) fn read<T: Parse>(
    loc: &Located<'_, T>,
    ctx: &Context<'_>,
    problems: &mut Vec<Problem>,
    warnings: &mut Vec<Warning>,
) -> Option<Rows<T>> {
    // Repeated ids: found already when the ids of a referenced table were indexed.
    match ctx.refs.repeats(T::TABLE) {
        Some(repeats) => problems.extend_from_slice(repeats),
        None => problems.extend(id_column(loc).repeats),
    }
    let rows = rows(loc, ctx, problems);
    let extra = extra_columns(loc, warnings);
    if T::TABLE == Table::People {
        check_attributes(&extra, problems);
    }
    let rows = rows?;
    T::warnings(&rows, ctx, warnings);
    Some(Rows::new(rows, extra))
}

/// Most mentees a person can take at once: more is a typo (SPEC §4.7 `mentor_capacity`).
const MAX_CAPACITY: f64 = 1000.0;
/// Items in one person's `interests` or `skills`, and characters in the cell.
const MAX_ITEMS: usize = 100;
const MAX_LIST_CHARS: usize = 4000;

/// The people attributes the contract gives a meaning (SPEC §4.7): `mentor_capacity` a whole
/// number from 0, `interests` and `skills` lists of a sane length.
fn check_attributes(extra: &[Column], problems: &mut Vec<Problem>) {
    let mut invalid = |row: usize, column: &str, value: String, expected: &'static str| {
        problems.push(Problem::InvalidValue {
            table: Table::People.name().into(),
            row: row + 1,
            column: column.into(),
            value,
            expected: Message::new(expected).into(),
        })
    };
    for c in extra {
        match (c.name.as_str(), &c.values) {
            ("mentor_capacity", Values::Numeric(v)) => {
                for (row, x) in v.iter().enumerate() {
                    if let Some(x) = x.filter(|x| *x < 0.0 || x.fract() != 0.0 || *x > MAX_CAPACITY)
                    {
                        invalid(row, &c.name, x.to_string(), "expected-capacity");
                    }
                }
            }
            ("mentor_capacity", Values::Text(v)) => {
                for (row, x) in v.iter().enumerate() {
                    if let Some(x) = x.as_ref().filter(|x| x.parse::<f64>().is_err()) {
                        invalid(row, &c.name, x.to_string(), "expected-capacity");
                    }
                }
            }
            ("interests" | "skills", Values::Text(v)) => {
                for (row, x) in v.iter().enumerate() {
                    // More items than MAX_ITEMS take at least MAX_ITEMS separators: shorter cells
                    // are not counted (a hundredth of a people-heavy load).
                    let long = x.as_ref().filter(|x| {
                        x.len() > MAX_LIST_CHARS
                            || (x.len() >= MAX_ITEMS && x.split(';').count() > MAX_ITEMS)
                    });
                    if let Some(x) = long {
                        invalid(row, &c.name, x.to_string(), "expected-list");
                    }
                }
            }
            _ => {}
        }
    }
}

/// The table's id column: its name and header position.
fn id_field<T: Record>(loc: &Located<'_, T>) -> Option<(&'static str, usize)> {
    let f = T::FIELDS.iter().find(|f| f.kind == Kind::Id)?;
    Some((f.name, loc.position(f.name)?))
}

/// A repeated id as a problem.
fn repeated<T: Record>(row: usize, column: &str, id: &str, first: usize) -> Problem {
    Problem::DuplicateId {
        table: T::TABLE.name().into(),
        row: row + 1,
        column: column.into(),
        value: id.into(),
        first_row: first + 1,
    }
}

/// The ids of a table's id column, copied out of its text, with each repeat as a problem.
pub(super) fn id_column<T: Record>(loc: &Located<'_, T>) -> IdColumn {
    let Some((column, c)) = id_field(loc) else {
        return IdColumn::default();
    };
    let mut ids = IdColumn::with_capacity(loc.raw.len());
    for (i, cells) in loc.raw.rows().enumerate() {
        let id = trim(cells.get(c));
        if let Some(first) = ids.push(id) {
            ids.repeats.push(repeated::<T>(i, column, id, first));
        }
    }
    ids
}

/// Parses every row; None when any row had a problem (all of them recorded).
fn rows<T: Parse>(
    loc: &Located<'_, T>,
    ctx: &Context<'_>,
    problems: &mut Vec<Problem>,
) -> Option<Vec<T>> {
    let mut out = Vec::with_capacity(loc.raw.len());
    let mut keys = Seen::new(ctx.people.len());
    let mut ok = true;
    for (i, cells) in loc.raw.rows().enumerate() {
        let mut row = Row {
            loc,
            row: i + 1,
            cells,
            problems,
            refs: ctx.refs,
        };
        let Ok(v) = T::parse(&mut row, ctx) else {
            ok = false;
            continue;
        };
        if let Some(key) = v.key().filter(|_| ctx.refs.resolved()) {
            if let Some(first) = keys.insert(key, i + 1) {
                let (column, text) = v.key_text(ctx);
                problems.push(Problem::DuplicateId {
                    table: T::TABLE.name().into(),
                    row: i + 1,
                    column: column.into(),
                    value: text,
                    first_row: first,
                });
                ok = false;
                continue;
            }
        }
        out.push(v);
    }
    ok.then_some(out)
}

/// The rows' keys met so far (a person's row and a day): each person's first day in a slot of its
/// own, made when a key is first met, and further days in a map (most people have one promotion or
/// none: hashing every key was 5% of a people-heavy program's load).
struct Seen {
    people: usize,
    first: Vec<Option<(Day, usize)>>,
    more: FxHashMap<(usize, Day), usize>,
}

impl Seen {
    fn new(people: usize) -> Seen {
        Seen {
            people,
            first: Vec::new(),
            more: FxHashMap::default(),
        }
    }

    /// Records `key` at `row`; the row that had it before, if one did (as a map's insert).
    fn insert(&mut self, (person, day): (usize, Day), row: usize) -> Option<usize> {
        if self.first.len() <= person {
            self.first.resize(self.people.max(person + 1), None);
        }
        match &mut self.first[person] {
            slot @ None => {
                *slot = Some((day, row));
                None
            }
            Some((first, at)) if *first == day => Some(std::mem::replace(at, row)),
            Some(_) => self.more.insert((person, day), row),
        }
    }
}

/// Extra columns: numeric when every non-empty cell is a finite number (and one is), or a number
/// as an export writes it for reading (`52,000`, `3,5`, `45%`: said in a warning), text
/// otherwise. Read in one pass over the rows (a pass per column read every cell of the table's
/// rows again for each column).
fn extra_columns<'a, T: Record>(loc: &Located<'a, T>, warnings: &mut Vec<Warning>) -> Vec<Column> {
    let cell = |r: RawRow<'a>, c: usize| {
        let s = loc.extra_cell(c, trim(r.get(c)));
        (!s.is_empty()).then_some(s)
    };
    let mut columns: Vec<Extra<'a>> = loc
        .extras
        .iter()
        .map(|_| Extra::Numeric(Vec::new()))
        .collect();
    for (i, r) in loc.raw.rows().enumerate() {
        for (&c, column) in loc.extras.iter().zip(&mut columns) {
            let s = cell(r, c);
            if let Extra::Numeric(v) = column {
                match s.map(decimal) {
                    None => v.push(None),
                    Some(Some(x)) if x.is_finite() => v.push(Some(x)),
                    // Not a number: the column is text, its rows so far read again as text.
                    Some(_) => *column = Extra::text(loc.raw.rows().take(i).map(|r| cell(r, c))),
                }
            }
            // Room for every row once a row is in: growing by doubling would copy and hold more.
            match column {
                Extra::Numeric(v) => v.reserve_exact(loc.raw.len() - v.len()),
                Extra::Text(interner, v) => {
                    v.reserve_exact(loc.raw.len() - v.len());
                    v.push(interner.intern(s));
                }
            }
        }
    }
    loc.extras
        .iter()
        .zip(columns)
        .map(|(&c, column)| {
            let name = snake_name(&loc.raw.headers[c]);
            let (values, said) = column.read_numbers(loc.raw.delimiter);
            warnings.extend(said.map(|m| {
                let m = m.text("table", T::TABLE.name()).text("column", &name);
                Warning::new(code::NUMBERS_READ, m)
            }));
            Column { name, values }
        })
        .collect()
}

/// An extra column being read: numeric until a cell is not a number.
enum Extra<'a> {
    Numeric(Vec<Option<f64>>),
    Text(Interner<'a>, Vec<Option<Text>>),
}

impl<'a> Extra<'a> {
    /// A text column holding `cells`.
    fn text(cells: impl Iterator<Item = Option<&'a str>>) -> Self {
        let mut interner = Interner::default();
        let values = cells.map(|s| interner.intern(s)).collect();
        Extra::Text(interner, values)
    }

    /// The column's values: a text column's as numbers when each is a number written for reading
    /// (thousands separators, a decimal comma, a percent sign, or a cell that says "no value":
    /// [`numbers::as_numbers`]), with the warning's words (but for its table and column) saying
    /// how the first such value was read — or, when the notation cannot be told, that it stays
    /// text and why.
    fn read_numbers(self, delimiter: Option<u8>) -> (Values, Option<Message>) {
        let Extra::Text(interner, texts) = &self else {
            return (self.values(), None);
        };
        let distinct: Vec<&str> = interner.0.keys().map(|k| k.0).collect();
        let numbers = match numbers::as_numbers(&distinct, delimiter) {
            Reading::Numbers(numbers) => numbers,
            Reading::Ambiguous => {
                let said = texts.iter().flatten().find_map(|t| {
                    let (point, comma) = numbers::two_readings(t)?;
                    Some(
                        Message::new("warning-numbers-ambiguous")
                            .text("example", t.as_ref())
                            .text("point", point.to_string())
                            .text("comma", comma.to_string()),
                    )
                });
                return (self.values(), said);
            }
            Reading::Text => return (self.values(), None),
        };
        let number: FxHashMap<&str, Option<f64>> = distinct.into_iter().zip(numbers).collect();
        let of = |t: &Text| number.get(t.as_ref()).copied().flatten();
        let values = texts.iter().map(|t| t.as_ref().and_then(of)).collect();
        // The first value that needed reading (not a plain number), and the first marker.
        let written = texts
            .iter()
            .flatten()
            .filter(|t| decimal(t).is_none())
            .find_map(|t| Some((t.as_ref(), of(t)?)));
        let marker = texts.iter().flatten().find(|t| numbers::is_no_value(t));
        let (kind, example, value) = match written {
            Some((text, x)) if marker.is_some() => ("both", text, x),
            Some((text, x)) => ("written", text, x),
            None => ("marker", "", 0.0),
        };
        let said = Message::new("warning-numbers-read")
            .text("kind", kind)
            .text("example", example)
            // As a program writes it (no grouping, a decimal point): how it was read.
            .text("value", value.to_string())
            .text("marker", marker.map_or("", |m| m.as_ref()));
        (Values::Numeric(values), Some(said))
    }

    fn values(self) -> Values {
        match self {
            Extra::Numeric(v) if v.iter().any(Option::is_some) => Values::Numeric(v),
            Extra::Numeric(v) => Values::Text(vec![None; v.len()]),
            Extra::Text(_, v) => Values::Text(v),
        }
    }
}

/// A text cell as a key: hashed as its text, compared as [`same_id`] does (`==` on text is a
/// `memcmp` call, a byte at a time in wasm).
#[derive(Clone, Copy)]
struct TextKey<'a>(&'a str);

impl PartialEq for TextKey<'_> {
    fn eq(&self, other: &Self) -> bool {
        same_id(self.0, other.0)
    }
}

impl Eq for TextKey<'_> {}

impl std::hash::Hash for TextKey<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

/// Text cells, each distinct text allocated once (compared as ids are: a word at a time).
#[derive(Default)]
struct Interner<'a>(HashMap<TextKey<'a>, Text, rustc_hash::FxBuildHasher>);

impl<'a> Interner<'a> {
    fn intern(&mut self, s: Option<&'a str>) -> Option<Text> {
        s.map(|s| {
            self.0
                .entry(TextKey(s))
                .or_insert_with(|| Text::from(s))
                .clone()
        })
    }
}

impl Parse for Person {
    fn parse(r: &mut Row<'_, Self>, _: &Context<'_>) -> Checked<Self> {
        let id = r.get(column::PERSON_ID);
        let hire = r.get(column::HIRE_DATE);
        let exit = r.optional(column::EXIT_DATE);
        let exit_type = r.optional(column::EXIT_TYPE);
        exit.and_then(|e| r.ordered(column::EXIT_DATE, e, column::HIRE_DATE, hire))?;
        Ok(Person {
            id: id?,
            hire: hire?,
            exit: exit?,
            exit_type: exit_type?,
        })
    }

    fn warnings(rows: &[Self], _: &Context<'_>, warnings: &mut Vec<Warning>) {
        warn_rows(
            warnings,
            Self::TABLE.name(),
            "exit-type",
            rows.iter()
                .map(|p| p.exit.is_none() && p.exit_type.is_some()),
        );
    }
}

impl Parse for Pair {
    fn parse(r: &mut Row<'_, Self>, _: &Context<'_>) -> Checked<Self> {
        let id = r.get(column::PAIR_ID);
        let mentor: Checked<usize> = r.get(column::MENTOR_ID);
        let mentee: Checked<usize> = r.get(column::MENTEE_ID);
        // The same id twice (compared as text: references to a people table whose ids could not
        // be read are not resolved).
        let same = r.cell(column::MENTOR_ID).is_some()
            && r.cell(column::MENTOR_ID) == r.cell(column::MENTEE_ID);
        let different = match (&mentor, &mentee) {
            (Ok(_), Ok(_)) if same => {
                let v = r.cell(column::MENTEE_ID).unwrap_or_default().to_string();
                r.invalid(column::MENTEE_ID, &v, Message::new("expected-other-person"));
                Err(())
            }
            _ => Ok(()),
        };
        let program: Checked<Option<String>> = r.optional(column::PROGRAM);
        let start = r.get(column::START_DATE);
        let end = r.optional(column::END_DATE);
        let end_reason = r.optional(column::END_REASON);
        let cadence: Checked<Option<u32>> = r.optional(column::CADENCE_DAYS);
        let ordered = end.and_then(|e| r.ordered(column::END_DATE, e, column::START_DATE, start));
        different?;
        ordered?;
        Ok(Pair {
            id: id?,
            mentor: mentor?,
            mentee: mentee?,
            program: program?.unwrap_or_else(|| "default".to_string()),
            start: start?,
            end: end?,
            end_reason: end_reason?,
            cadence_days: cadence?.unwrap_or(DEFAULT_CADENCE_DAYS),
        })
    }

    fn warnings(rows: &[Self], ctx: &Context<'_>, warnings: &mut Vec<Warning>) {
        warn_rows(
            warnings,
            Self::TABLE.name(),
            "pair-outside-employment",
            rows.iter().map(|p| {
                // People may have failed to load (then the load fails anyway): look up, don't index.
                [p.mentor, p.mentee]
                    .iter()
                    .filter_map(|&i| ctx.people.get(i))
                    .any(|person| p.start < person.hire || person.exit.is_some_and(|x| p.start > x))
            }),
        );
    }
}

impl Parse for Session {
    fn parse(r: &mut Row<'_, Self>, _: &Context<'_>) -> Checked<Self> {
        let pair = r.get(column::PAIR_ID);
        let date = r.get(column::DATE);
        let status: Checked<Option<SessionStatus>> = r.optional(column::STATUS);
        let duration = r.optional(column::DURATION_MINUTES);
        let initiated_by = r.optional(column::INITIATED_BY);
        Ok(Session {
            pair: pair?,
            date: date?,
            status: status?.unwrap_or(SessionStatus::Held),
            duration_minutes: duration?,
            initiated_by: initiated_by?,
        })
    }

    fn warnings(rows: &[Self], ctx: &Context<'_>, warnings: &mut Vec<Warning>) {
        warn_rows(
            warnings,
            Self::TABLE.name(),
            "outside-pair",
            rows.iter().map(|s| outside_pair(ctx.pairs, s.pair, s.date)),
        );
    }
}

impl Parse for Goal {
    fn parse(r: &mut Row<'_, Self>, _: &Context<'_>) -> Checked<Self> {
        let id = r.get(column::GOAL_ID);
        let pair = r.get(column::PAIR_ID);
        let created = r.get(column::CREATED_DATE);
        let due = r.optional(column::DUE_DATE);
        let completed: Checked<Option<Day>> = r.optional(column::COMPLETED_DATE);
        let status: Checked<Option<GoalStatus>> = r.optional(column::STATUS);
        let progress = r.optional(column::PROGRESS);
        let last_update = r.optional(column::LAST_UPDATE_DATE);
        completed
            .and_then(|c| r.ordered(column::COMPLETED_DATE, c, column::CREATED_DATE, created))?;
        let completed = completed?;
        let status = status?.unwrap_or(if completed.is_some() {
            GoalStatus::Completed
        } else {
            GoalStatus::Open
        });
        Ok(Goal {
            id: id?,
            pair: pair?,
            created: created?,
            due: due?,
            completed,
            status,
            progress: progress?,
            last_update: last_update?,
        })
    }

    fn warnings(rows: &[Self], _: &Context<'_>, warnings: &mut Vec<Warning>) {
        let completed = |g: &Goal| g.status == GoalStatus::Completed;
        warn_rows(
            warnings,
            Self::TABLE.name(),
            "completed-without-date",
            rows.iter().map(|g| completed(g) && g.completed.is_none()),
        );
        warn_rows(
            warnings,
            Self::TABLE.name(),
            "date-without-completed",
            rows.iter().map(|g| !completed(g) && g.completed.is_some()),
        );
        warn_rows(
            warnings,
            Self::TABLE.name(),
            "due-before-created",
            rows.iter()
                .map(|g| g.due.is_some_and(|due| due < g.created)),
        );
    }
}

impl Parse for Feedback {
    fn parse(r: &mut Row<'_, Self>, _: &Context<'_>) -> Checked<Self> {
        let pair = r.get(column::PAIR_ID);
        let date = r.get(column::DATE);
        let respondent = r.get(column::RESPONDENT);
        let rating = r.get(column::RATING);
        Ok(Feedback {
            pair: pair?,
            date: date?,
            respondent: respondent?,
            rating: rating?,
        })
    }

    fn warnings(rows: &[Self], ctx: &Context<'_>, warnings: &mut Vec<Warning>) {
        warn_rows(
            warnings,
            Self::TABLE.name(),
            "outside-pair",
            rows.iter().map(|f| outside_pair(ctx.pairs, f.pair, f.date)),
        );
    }
}

impl Parse for Promotion {
    /// A promotion falls within the person's employment.
    fn parse(r: &mut Row<'_, Self>, ctx: &Context<'_>) -> Checked<Self> {
        let person: Checked<usize> = r.get(column::PERSON_ID);
        let date: Checked<Day> = r.get(column::DATE);
        let from_level = r.optional(column::FROM_LEVEL);
        let to_level = r.optional(column::TO_LEVEL);
        let (person, date) = (person?, date?);
        if let Some(p) = ctx.people.get(person) {
            r.ordered(column::DATE, Some(date), column::HIRE_DATE, Ok(p.hire))?;
            if let Some(exit) = p.exit.filter(|x| date > *x) {
                let v = date::format(date);
                let expected = Message::new("expected-before-exit").date("exit", exit);
                r.invalid(column::DATE, &v, expected);
                return Err(());
            }
        }
        Ok(Promotion {
            person,
            date,
            from_level: from_level?,
            to_level: to_level?,
        })
    }

    /// One promotion per person and day.
    fn key(&self) -> Option<(usize, Day)> {
        Some((self.person, self.date))
    }

    fn key_text(&self, ctx: &Context<'_>) -> (&'static str, String) {
        let id = ctx.people.get(self.person).map_or("", |p| p.id.as_str());
        (
            column::PERSON_ID,
            format!("{id} on {}", date::format(self.date)),
        )
    }
}

impl Parse for Request {
    fn parse(r: &mut Row<'_, Self>, _: &Context<'_>) -> Checked<Self> {
        let mentee = r.get(column::MENTEE_ID);
        let requested = r.get(column::REQUESTED_DATE);
        let program = r.optional(column::PROGRAM);
        Ok(Request {
            mentee: mentee?,
            requested: requested?,
            program: program?,
        })
    }

    /// One waiting request per mentee.
    fn key(&self) -> Option<(usize, Day)> {
        Some((self.mentee, 0))
    }

    fn key_text(&self, ctx: &Context<'_>) -> (&'static str, String) {
        let id = ctx.people.get(self.mentee).map_or("", |p| p.id.as_str());
        (column::MENTEE_ID, id.to_string())
    }
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
    what: &'static str,
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
            Message::new("warning-odd-rows")
                .text("table", table)
                .count("count", count)
                .text("what", what)
                .text("first", first.to_string()),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::{check_attributes, Seen, MAX_ITEMS};
    use crate::model::{Column, Values};
    use std::collections::HashMap;

    /// Keys met as a map meets them: each repeat names the row that had the key last, on a
    /// person's first day or a later one, for a person of any row.
    #[test]
    fn seen_keys_repeat_as_a_maps_do() {
        let keys = [
            (3, 10),
            (3, 12),
            (0, 10),
            (3, 12),
            (3, 10),
            (3, 10),
            (7, 5),
            (3, 12),
        ];
        let mut seen = Seen::new(5);
        let mut map = HashMap::new();
        for (row, key) in keys.into_iter().enumerate() {
            assert_eq!(
                seen.insert(key, row),
                map.insert(key, row),
                "{key:?} at {row}"
            );
        }
    }

    /// A list of `MAX_ITEMS` items loads; one more is refused, also when its items are empty (the
    /// shortest such cell).
    #[test]
    fn lists_of_more_than_max_items_are_refused() {
        let cells = [
            vec!["x"; MAX_ITEMS].join(";"),
            vec![""; MAX_ITEMS].join(";"),
            ";".repeat(MAX_ITEMS),
            vec!["x"; MAX_ITEMS + 1].join(";"),
        ];
        let column = Column {
            name: "interests".into(),
            values: Values::Text(cells.iter().map(|c| Some(c.as_str().into())).collect()),
        };
        let mut problems = Vec::new();
        check_attributes(&[column], &mut problems);
        let rows: Vec<usize> = problems
            .iter()
            .map(|p| match p {
                crate::error::Problem::InvalidValue { row, .. } => *row,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(rows, [3, 4]);
    }
}
