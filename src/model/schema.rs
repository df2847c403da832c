//! One descriptor per input table: its columns in the contract's order, whether each is required,
//! how a cell parses ([`Kind`]) and how a typed row writes it back ([`Value`]). Ingest locates
//! headers and parses cells by it (`ingest::tables` adds each table's row rules); CSV export and
//! the SQL columns write by it. A column of the contract is named here ([`column`]) and nowhere else.

use super::date::Day;
use super::*;

/// The contract's column names (SPEC §2), each written once: the descriptors below and the row
/// rules of `ingest::tables` name columns through these.
pub mod column {
    pub const PERSON_ID: &str = "person_id";
    pub const HIRE_DATE: &str = "hire_date";
    pub const EXIT_DATE: &str = "exit_date";
    pub const EXIT_TYPE: &str = "exit_type";
    pub const PAIR_ID: &str = "pair_id";
    pub const MENTOR_ID: &str = "mentor_id";
    pub const MENTEE_ID: &str = "mentee_id";
    pub const PROGRAM: &str = "program";
    pub const START_DATE: &str = "start_date";
    pub const END_DATE: &str = "end_date";
    pub const END_REASON: &str = "end_reason";
    pub const CADENCE_DAYS: &str = "cadence_days";
    pub const DATE: &str = "date";
    pub const STATUS: &str = "status";
    pub const DURATION_MINUTES: &str = "duration_minutes";
    pub const INITIATED_BY: &str = "initiated_by";
    pub const GOAL_ID: &str = "goal_id";
    pub const CREATED_DATE: &str = "created_date";
    pub const DUE_DATE: &str = "due_date";
    pub const COMPLETED_DATE: &str = "completed_date";
    pub const PROGRESS: &str = "progress";
    pub const LAST_UPDATE_DATE: &str = "last_update_date";
    pub const RESPONDENT: &str = "respondent";
    pub const RATING: &str = "rating";
    pub const FROM_LEVEL: &str = "from_level";
    pub const TO_LEVEL: &str = "to_level";
    pub const REQUESTED_DATE: &str = "requested_date";
}

/// How a cell of a column parses.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    /// Text naming the row: unique within its table, and what other tables refer to.
    Id,
    /// Free text.
    Text,
    /// A date (`YYYY-MM-DD`; `date::parse` lists the other spellings accepted).
    Date,
    /// A finite number in `min..=max`, whole when `whole`; `expected` is the catalogue's message of
    /// what an error says was expected.
    Number {
        min: f64,
        max: f64,
        whole: bool,
        expected: &'static str,
    },
    /// One of the contract's spellings (case, spaces, dashes and underscores ignored).
    Choice(&'static [&'static str]),
    /// The id of a row of a table others refer to.
    Ref(Referenced),
}

/// The tables whose ids other tables hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Referenced {
    People,
    Pairs,
}

impl Referenced {
    pub fn name(self) -> &'static str {
        match self {
            Referenced::People => "people",
            Referenced::Pairs => "pairs",
        }
    }
}

/// A typed cell, as a column writes it back.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value<'a> {
    Text(Option<&'a str>),
    Date(Option<Day>),
    Number(Option<f64>),
    Whole(u32),
}

impl<'a> Value<'a> {
    /// The text of a text cell (None for any other kind: the descriptor's kind decides).
    pub fn text(self) -> Option<&'a str> {
        match self {
            Value::Text(s) => s,
            _ => None,
        }
    }

    pub fn date(self) -> Option<Day> {
        match self {
            Value::Date(d) => d,
            _ => None,
        }
    }

    pub fn number(self) -> Option<f64> {
        match self {
            Value::Number(x) => x,
            _ => None,
        }
    }

    pub fn whole(self) -> u32 {
        match self {
            Value::Whole(n) => n,
            _ => 0,
        }
    }
}

/// One column of a table whose rows are `T`.
pub struct Field<T> {
    pub name: &'static str,
    pub required: bool,
    pub kind: Kind,
    /// The cell of a row (references are written as the referenced row's id, so `d` is given).
    pub write: for<'a> fn(&'a T, &'a Dataset) -> Value<'a>,
}

/// A row type of one of the seven input tables.
pub trait Record: Sized + 'static {
    /// The table.
    const TABLE: Table;
    /// The contract's columns, in its order.
    const FIELDS: &'static [Field<Self>];
    /// This table in a data set.
    fn of(d: &Dataset) -> &Rows<Self>;
}

/// A closed set of named values: what a cell spells (see [`Kind::Choice`]), or an option's value
/// (`period`, `exits`, `exposure`, `learn`). Named once, and parsed and listed from here by every
/// surface (the CLI's flags, the wasm options).
pub trait Choice: Copy + Sized + 'static {
    const ALL: &'static [Self];

    fn name(self) -> &'static str;

    /// The value named `s`, in any case, with `-` or `_` or neither between words.
    fn parse(s: &str) -> Option<Self> {
        let plain = |s: &str| s.trim().to_lowercase().replace(['-', '_'], "");
        Self::ALL
            .iter()
            .copied()
            .find(|c| plain(c.name()) == plain(s))
    }

    /// The names as a message lists them: `"a", "b" or "c"`.
    fn one_of() -> String {
        let names: Vec<String> = Self::ALL
            .iter()
            .map(|c| format!("\"{}\"", c.name()))
            .collect();
        match names.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
            None => String::new(),
        }
    }
}

const fn field<T>(
    name: &'static str,
    required: bool,
    kind: Kind,
    write: for<'a> fn(&'a T, &'a Dataset) -> Value<'a>,
) -> Field<T> {
    Field {
        name,
        required,
        kind,
        write,
    }
}

const REQUIRED: bool = true;
const OPTIONAL: bool = false;

fn text(s: &str) -> Value<'_> {
    Value::Text(Some(s))
}

fn choice<'a, C: Choice>(c: Option<C>) -> Value<'a> {
    Value::Text(c.map(C::name))
}

fn person(d: &Dataset, i: usize) -> Value<'_> {
    Value::Text(d.people.rows.get(i).map(|p| p.id.as_str()))
}

fn pair(d: &Dataset, i: usize) -> Value<'_> {
    Value::Text(d.pairs.rows.get(i).map(|p| p.id.as_str()))
}

impl Record for Person {
    const TABLE: Table = Table::People;
    const FIELDS: &'static [Field<Self>] = &[
        field(column::PERSON_ID, REQUIRED, Kind::Id, |p, _| text(&p.id)),
        field(column::HIRE_DATE, REQUIRED, Kind::Date, |p, _| {
            Value::Date(Some(p.hire))
        }),
        field(column::EXIT_DATE, OPTIONAL, Kind::Date, |p, _| {
            Value::Date(p.exit)
        }),
        field(
            column::EXIT_TYPE,
            OPTIONAL,
            Kind::Choice(ExitType::NAMES),
            |p, _| choice(p.exit_type),
        ),
    ];
    fn of(d: &Dataset) -> &Rows<Self> {
        &d.people
    }
}

impl Record for Pair {
    const TABLE: Table = Table::Pairs;
    const FIELDS: &'static [Field<Self>] = &[
        field(column::PAIR_ID, REQUIRED, Kind::Id, |p, _| text(&p.id)),
        field(
            column::MENTOR_ID,
            REQUIRED,
            Kind::Ref(Referenced::People),
            |p, d| person(d, p.mentor),
        ),
        field(
            column::MENTEE_ID,
            REQUIRED,
            Kind::Ref(Referenced::People),
            |p, d| person(d, p.mentee),
        ),
        field(column::PROGRAM, OPTIONAL, Kind::Text, |p, _| {
            text(&p.program)
        }),
        field(column::START_DATE, REQUIRED, Kind::Date, |p, _| {
            Value::Date(Some(p.start))
        }),
        field(column::END_DATE, OPTIONAL, Kind::Date, |p, _| {
            Value::Date(p.end)
        }),
        field(
            column::END_REASON,
            OPTIONAL,
            Kind::Choice(EndReason::NAMES),
            |p, _| choice(p.end_reason),
        ),
        field(
            column::CADENCE_DAYS,
            OPTIONAL,
            Kind::Number {
                min: 1.0,
                max: 3660.0,
                whole: true,
                expected: "expected-days",
            },
            |p, _| Value::Whole(p.cadence_days),
        ),
    ];
    fn of(d: &Dataset) -> &Rows<Self> {
        &d.pairs
    }
}

impl Record for Session {
    const TABLE: Table = Table::Sessions;
    const FIELDS: &'static [Field<Self>] = &[
        field(
            column::PAIR_ID,
            REQUIRED,
            Kind::Ref(Referenced::Pairs),
            |s, d| pair(d, s.pair),
        ),
        field(column::DATE, REQUIRED, Kind::Date, |s, _| {
            Value::Date(Some(s.date))
        }),
        field(
            column::STATUS,
            OPTIONAL,
            Kind::Choice(SessionStatus::NAMES),
            |s, _| choice(Some(s.status)),
        ),
        field(
            column::DURATION_MINUTES,
            OPTIONAL,
            Kind::Number {
                min: 0.0,
                max: f64::MAX,
                whole: false,
                expected: "expected-minutes",
            },
            |s, _| Value::Number(s.duration_minutes),
        ),
        field(
            column::INITIATED_BY,
            OPTIONAL,
            Kind::Choice(Role::NAMES),
            |s, _| choice(s.initiated_by),
        ),
    ];
    fn of(d: &Dataset) -> &Rows<Self> {
        &d.sessions
    }
}

impl Record for Goal {
    const TABLE: Table = Table::Goals;
    const FIELDS: &'static [Field<Self>] = &[
        field(column::GOAL_ID, REQUIRED, Kind::Id, |g, _| text(&g.id)),
        field(
            column::PAIR_ID,
            REQUIRED,
            Kind::Ref(Referenced::Pairs),
            |g, d| pair(d, g.pair),
        ),
        field(column::CREATED_DATE, REQUIRED, Kind::Date, |g, _| {
            Value::Date(Some(g.created))
        }),
        field(column::DUE_DATE, OPTIONAL, Kind::Date, |g, _| {
            Value::Date(g.due)
        }),
        field(column::COMPLETED_DATE, OPTIONAL, Kind::Date, |g, _| {
            Value::Date(g.completed)
        }),
        field(
            column::STATUS,
            OPTIONAL,
            Kind::Choice(GoalStatus::NAMES),
            |g, _| choice(Some(g.status)),
        ),
        field(
            column::PROGRESS,
            OPTIONAL,
            Kind::Number {
                min: 0.0,
                max: 100.0,
                whole: false,
                expected: "expected-percent",
            },
            |g, _| Value::Number(g.progress),
        ),
        field(column::LAST_UPDATE_DATE, OPTIONAL, Kind::Date, |g, _| {
            Value::Date(g.last_update)
        }),
    ];
    fn of(d: &Dataset) -> &Rows<Self> {
        &d.goals
    }
}

impl Record for Feedback {
    const TABLE: Table = Table::Feedback;
    const FIELDS: &'static [Field<Self>] = &[
        field(
            column::PAIR_ID,
            REQUIRED,
            Kind::Ref(Referenced::Pairs),
            |f, d| pair(d, f.pair),
        ),
        field(column::DATE, REQUIRED, Kind::Date, |f, _| {
            Value::Date(Some(f.date))
        }),
        field(
            column::RESPONDENT,
            REQUIRED,
            Kind::Choice(Role::NAMES),
            |f, _| choice(Some(f.respondent)),
        ),
        field(
            column::RATING,
            REQUIRED,
            Kind::Number {
                min: 1.0,
                max: 5.0,
                whole: false,
                expected: "expected-rating",
            },
            |f, _| Value::Number(Some(f.rating)),
        ),
    ];
    fn of(d: &Dataset) -> &Rows<Self> {
        &d.feedback
    }
}

impl Record for Promotion {
    const TABLE: Table = Table::Promotions;
    const FIELDS: &'static [Field<Self>] = &[
        field(
            column::PERSON_ID,
            REQUIRED,
            Kind::Ref(Referenced::People),
            |p, d| person(d, p.person),
        ),
        field(column::DATE, REQUIRED, Kind::Date, |p, _| {
            Value::Date(Some(p.date))
        }),
        field(column::FROM_LEVEL, OPTIONAL, Kind::Text, |p, _| {
            Value::Text(p.from_level.as_deref())
        }),
        field(column::TO_LEVEL, OPTIONAL, Kind::Text, |p, _| {
            Value::Text(p.to_level.as_deref())
        }),
    ];
    fn of(d: &Dataset) -> &Rows<Self> {
        &d.promotions
    }
}

impl Record for Request {
    const TABLE: Table = Table::Requests;
    const FIELDS: &'static [Field<Self>] = &[
        field(
            column::MENTEE_ID,
            REQUIRED,
            Kind::Ref(Referenced::People),
            |r, d| person(d, r.mentee),
        ),
        field(column::REQUESTED_DATE, REQUIRED, Kind::Date, |r, _| {
            Value::Date(Some(r.requested))
        }),
        field(column::PROGRAM, OPTIONAL, Kind::Text, |r, _| {
            Value::Text(r.program.as_deref())
        }),
    ];
    fn of(d: &Dataset) -> &Rows<Self> {
        &d.requests
    }
}

/// The contract's columns of the table called `table` (as [`Table::name`] writes it), with each one's kind and
/// whether it is required; empty for a name that is no table.
pub fn columns(table: Table) -> Vec<(&'static str, Kind, bool)> {
    fn of<T: Record>() -> Vec<(&'static str, Kind, bool)> {
        T::FIELDS
            .iter()
            .map(|f| (f.name, f.kind, f.required))
            .collect()
    }
    match table {
        Table::People => of::<Person>(),
        Table::Pairs => of::<Pair>(),
        Table::Sessions => of::<Session>(),
        Table::Goals => of::<Goal>(),
        Table::Feedback => of::<Feedback>(),
        Table::Promotions => of::<Promotion>(),
        Table::Requests => of::<Request>(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_is_described_once_in_the_contracts_order() {
        fn check<T: Record>() -> &'static str {
            assert!(
                T::FIELDS[0].required,
                "{}: the first column is required",
                T::TABLE.name()
            );
            let mut names: Vec<_> = T::FIELDS.iter().map(|f| f.name).collect();
            names.sort_unstable();
            names.dedup();
            assert_eq!(
                names.len(),
                T::FIELDS.len(),
                "{}: a column named twice",
                T::TABLE.name()
            );
            T::TABLE.name()
        }
        let names = [
            check::<Person>(),
            check::<Pair>(),
            check::<Session>(),
            check::<Goal>(),
            check::<Feedback>(),
            check::<Promotion>(),
            check::<Request>(),
        ];
        assert_eq!(names, Table::ALL.map(Table::name));
    }

    /// Each column writes the kind of value its kind parses, on every table of a generated set.
    #[test]
    fn every_column_writes_the_value_of_its_kind() {
        fn check<T: Record>(d: &Dataset) {
            let rows = &T::of(d).rows;
            assert!(!rows.is_empty(), "{}", T::TABLE.name());
            for f in T::FIELDS {
                for r in rows {
                    let ok = match ((f.write)(r, d), f.kind) {
                        (Value::Date(_), Kind::Date) => true,
                        (Value::Whole(_), Kind::Number { whole, .. }) => whole,
                        (Value::Number(_), Kind::Number { whole, .. }) => !whole,
                        (Value::Text(s), Kind::Choice(names)) => {
                            s.is_none_or(|s| names.contains(&s))
                        }
                        (Value::Text(s), Kind::Id | Kind::Ref(_)) => s.is_some(),
                        (Value::Text(_), Kind::Text) => true,
                        _ => false,
                    };
                    assert!(ok, "{}.{}", T::TABLE.name(), f.name);
                }
            }
        }
        let d = crate::generate::generate(crate::generate::Options {
            people: 400,
            seed: 2,
            ..Default::default()
        })
        .dataset;
        check::<Person>(&d);
        check::<Pair>(&d);
        check::<Session>(&d);
        check::<Goal>(&d);
        check::<Feedback>(&d);
        check::<Promotion>(&d);
        check::<Request>(&d);
    }
}
