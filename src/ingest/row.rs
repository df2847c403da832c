//! Reading a table's cells by its descriptor ([`Record::FIELDS`]): the header located once, each
//! cell parsed as its column's [`Kind`] says, every bad cell recorded as a [`Problem`] naming
//! table, row, column and value.

use super::dates::DateFormat;
use super::ids::{same_id, IdColumn};
use super::mapping::{Recode, TableMapping};
use super::normalize;
use super::raw::{delimiter_name, guess_delimiter, RawRow, RawTable};
use super::resemble;
use crate::error::Problem;
use crate::i18n::Message;
use crate::model::date::{self, Day};
use crate::model::schema::{Choice, Kind, Record, Referenced};
use crate::model::{trim, Table};
use std::collections::HashMap;
use std::marker::PhantomData;

/// A raw table with its columns located: the contract's by name, the rest as extras.
pub(super) struct Located<'a, T> {
    pub raw: &'a RawTable,
    /// Header position of each of `T::FIELDS` (None: the column is absent).
    positions: Vec<Option<usize>>,
    pub extras: Vec<usize>,
    /// The mapping's recodes and date format for each of `T::FIELDS`.
    adapt: Vec<Adapt<'a>>,
    /// The mapping's recodes of extra columns, by header position.
    extra_recodes: Vec<(usize, &'a Recode)>,
    record: PhantomData<T>,
}

/// How the mapping adapts one column's cells.
#[derive(Clone, Copy, Default)]
struct Adapt<'a> {
    recode: Option<&'a Recode>,
    date: Option<&'a DateFormat>,
}

/// Checks a header against the table's columns: every column named once, the required ones
/// present. Returns each contract column's position. Columns a mapping set aside (`ignored`) are
/// not looked at.
pub(super) fn header(
    of: Table,
    columns: &[(&'static str, bool)],
    headers: &[String],
    ignored: &[usize],
    problems: &mut Vec<Problem>,
) -> Option<Vec<Option<usize>>> {
    let table = of.name();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut ok = true;
    for (i, h) in headers.iter().enumerate() {
        if ignored.contains(&i) {
            continue;
        }
        let n = normalize(h);
        if n.is_empty() {
            problems.push(Problem::Malformed {
                table: table.into(),
                row: None,
                detail: Message::new("detail-header-unnamed")
                    .text("column", (i + 1).to_string())
                    .into(),
            });
            ok = false;
        } else if let Some(first) = seen.insert(n, i) {
            problems.push(Problem::Malformed {
                table: table.into(),
                row: None,
                detail: Message::new("detail-header-twice")
                    .text("header", h.as_str())
                    .text("first", (first + 1).to_string())
                    .text("second", (i + 1).to_string())
                    .into(),
            });
            ok = false;
        }
    }
    let positions: Vec<Option<usize>> = columns
        .iter()
        .map(|(name, _)| seen.get(&normalize(name)).copied())
        .collect();
    let missing = columns
        .iter()
        .zip(&positions)
        .any(|((_, required), at)| *required && at.is_none());
    if missing {
        if let Some(p) = one_column_of_another_delimiter(table, headers) {
            problems.push(p);
            return None;
        }
    }
    let unnamed: Vec<&str> = headers
        .iter()
        .enumerate()
        .filter(|(i, _)| !positions.contains(&Some(*i)) && !ignored.contains(i))
        .map(|(_, h)| h.as_str())
        .collect();
    for ((name, required), at) in columns.iter().zip(&positions) {
        if *required && at.is_none() {
            problems.push(Problem::MissingColumn {
                table: table.into(),
                column: (*name).into(),
                found: headers.to_vec(),
                looks_like: resemble::first(of, name, &unnamed).map(str::to_string),
            });
            ok = false;
        }
    }
    ok.then_some(positions)
}

/// A header of one column that another delimiter would split: the file was split on the wrong one.
fn one_column_of_another_delimiter(table: &str, headers: &[String]) -> Option<Problem> {
    let [only] = headers else {
        return None;
    };
    let d = guess_delimiter(only);
    (d != b',').then(|| Problem::Malformed {
        table: table.into(),
        row: None,
        detail: Message::new("detail-one-column")
            .text("header", only.chars().take(60).collect::<String>())
            .text("delimiter", delimiter_name(d))
            .into(),
    })
}

impl<'a, T: Record> Located<'a, T> {
    /// The table's columns located (its header's problems were reported before, by [`header`]),
    /// with what the mapping says of their cells.
    pub fn new(raw: &'a RawTable, mapping: &'a TableMapping) -> Option<Self> {
        let columns: Vec<_> = T::FIELDS.iter().map(|f| (f.name, f.required)).collect();
        let positions = header(
            T::TABLE,
            &columns,
            &raw.headers,
            &raw.ignored,
            &mut Vec::new(),
        )?;
        let extras: Vec<usize> = (0..raw.headers.len())
            .filter(|i| !positions.contains(&Some(*i)) && !raw.ignored.contains(i))
            .collect();
        let recode = |name: &str| {
            mapping
                .values
                .iter()
                .find(|(c, _)| normalize(c) == normalize(name))
                .map(|(_, r)| r)
        };
        let adapt = T::FIELDS
            .iter()
            .map(|f| Adapt {
                recode: recode(f.name),
                date: mapping
                    .date_format
                    .as_ref()
                    .filter(|_| f.kind == Kind::Date),
            })
            .collect();
        let extra_recodes = extras
            .iter()
            .filter_map(|&c| Some((c, recode(&raw.headers[c])?)))
            .collect();
        Some(Located {
            raw,
            positions,
            extras,
            adapt,
            extra_recodes,
            record: PhantomData,
        })
    }

    /// Where each of `T::FIELDS` sits in the header.
    pub fn positions(&self) -> &[Option<usize>] {
        &self.positions
    }

    /// The text of an extra column's cell (at header position `c`), as the mapping recodes it.
    pub fn extra_cell(&self, c: usize, s: &'a str) -> &'a str {
        match self.extra_recodes.iter().find(|(at, _)| *at == c) {
            Some((_, r)) => r.get(s).unwrap_or(s),
            None => s,
        }
    }

    /// The field called `column` (its index in `T::FIELDS`) and where it sits in the header.
    fn field(&self, column: &str) -> Option<(usize, Option<usize>)> {
        // Called for every cell: the same literal is usually the same address, which spares the
        // byte comparisons (a call each in wasm).
        let i = T::FIELDS
            .iter()
            .position(|f| std::ptr::eq(f.name, column))
            .or_else(|| T::FIELDS.iter().position(|f| f.name == column))?;
        Some((i, self.positions[i]))
    }

    /// The header position of `column`.
    pub fn position(&self, column: &str) -> Option<usize> {
        self.field(column).and_then(|(_, at)| at)
    }
}

/// The ids references resolve against: people's and pairs'.
#[derive(Default)]
pub(super) struct Refs {
    people: Lookup,
    pairs: Lookup,
}

/// One referenced table's ids, with the row found last: rows of one pair or person tend to come
/// together (sessions by pair), and comparing with the last id is cheaper than hashing.
#[derive(Default)]
struct Lookup {
    /// False when the table was given but its ids could not be read (its id column missing): its
    /// problem is the cause, and references to it are not checked (every one would dangle).
    known: bool,
    ids: IdColumn,
    last: std::cell::Cell<Option<usize>>,
}

impl Lookup {
    #[inline(always)]
    fn find(&self, id: &str) -> Option<usize> {
        if !self.known {
            return Some(0);
        }
        // The row found last, then the one after it: rows sorted by their reference (sessions by
        // pair, as exports mostly are) then find theirs without hashing.
        let near = self.last.get().map_or(0..0, |r| r..r + 2);
        if let Some(row) = near
            .into_iter()
            .find(|&r| self.ids.id(r).is_some_and(|known| same_id(known, id)))
        {
            self.last.set(Some(row));
            return Some(row);
        }
        let row = self.ids.find(id)?;
        self.last.set(Some(row));
        Some(row)
    }
}

impl Refs {
    /// From the people's and the pairs' ids ([`super::tables::id_column`]), or None for a table
    /// given whose ids could not be read.
    pub fn new(people: Option<IdColumn>, pairs: Option<IdColumn>) -> Refs {
        let lookup = |ids: Option<IdColumn>| Lookup {
            known: ids.is_some(),
            ids: ids.unwrap_or_default(),
            last: Default::default(),
        };
        Refs {
            people: lookup(people),
            pairs: lookup(pairs),
        }
    }

    /// Whether every reference is resolved (false when people's or pairs' ids could not be read:
    /// then keys made of references are not compared either).
    pub fn resolved(&self) -> bool {
        self.people.known && self.pairs.known
    }

    /// The repeated ids of `table`, when it is one others refer to.
    pub fn repeats(&self, table: Table) -> Option<&[Problem]> {
        match table {
            Table::People => Some(&self.people.ids.repeats),
            Table::Pairs => Some(&self.pairs.ids.repeats),
            _ => None,
        }
    }

    /// The row of `id` in `table`, None when it has no such id.
    #[inline(always)]
    fn find(&self, table: Referenced, id: &str) -> Option<usize> {
        match table {
            Referenced::People => self.people.find(id),
            Referenced::Pairs => self.pairs.find(id),
        }
    }
}

/// The outcome of reading one cell: `Err(())` once its problem is recorded.
pub(super) type Checked<T> = std::result::Result<T, ()>;

/// One row's cells being read, with the ids its references resolve against.
pub(super) struct Row<'a, T> {
    pub loc: &'a Located<'a, T>,
    pub row: usize,
    pub cells: RawRow<'a>,
    pub problems: &'a mut Vec<Problem>,
    pub refs: &'a Refs,
}

impl<'a, T: Record> Row<'a, T> {
    /// The trimmed text of `column` as the mapping recodes it, None when empty or absent.
    pub fn cell(&self, column: &str) -> Option<&'a str> {
        let (i, at) = self.loc.field(column)?;
        self.cell_of(i, at)
    }

    /// The cell of field `i` (at header position `at`), as [`Row::cell`] gives it.
    #[inline(always)]
    fn cell_of(&self, i: usize, at: Option<usize>) -> Option<&'a str> {
        let s = trim(self.cells.get(at?));
        let s = match self.loc.adapt[i].recode {
            Some(r) => r.get(s).unwrap_or(s),
            None => s,
        };
        (!s.is_empty()).then_some(s)
    }

    /// A required cell: a problem when it is empty.
    pub fn get<V: FromCell>(&mut self, column: &str) -> Checked<V> {
        match self.optional(column)? {
            Some(v) => Ok(v),
            None => {
                self.problems.push(Problem::MissingValue {
                    table: T::TABLE.name().into(),
                    row: self.row,
                    column: column.into(),
                });
                Err(())
            }
        }
    }

    /// An optional cell, parsed as its column's kind says. Inlined into each table's parser: it
    /// runs for every cell, and its problems are recorded apart ([`Row::refused`]).
    #[inline(always)]
    pub fn optional<V: FromCell>(&mut self, column: &str) -> Checked<Option<V>> {
        let Some((i, at)) = self.loc.field(column) else {
            return self.undescribed(column);
        };
        let Some(s) = self.cell_of(i, at) else {
            return Ok(None);
        };
        // A date in the mapping's format (ISO dates are read as well).
        if let Some(v) = self.loc.adapt[i]
            .date
            .and_then(|f| f.read(s))
            .and_then(V::from_day)
        {
            return Ok(Some(v));
        }
        match V::parse(s, &T::FIELDS[i].kind, self.refs) {
            Parsed::Value(v) => Ok(Some(v)),
            refused => self.refused(i, column, s, refused),
        }
    }

    /// What cell `s` of field `i` gives when it reads as `parsed`: its value, or its problem
    /// recorded. Out of [`Row::optional`]'s way: only cells that are not values come here.
    #[cold]
    #[inline(never)]
    fn refused<V>(
        &mut self,
        i: usize,
        column: &str,
        s: &str,
        parsed: Parsed<V>,
    ) -> Checked<Option<V>> {
        let adapt = self.loc.adapt[i];
        match parsed {
            Parsed::Value(v) => Ok(Some(v)),
            Parsed::Invalid(expected) => {
                let expected = match (adapt.date, adapt.recode) {
                    (Some(f), _) => {
                        Message::new("expected-date-format").text("format", f.to_string())
                    }
                    (None, Some(_)) => Message::new("expected-not-recoded")
                        .phrase("expected", expected)
                        .text("column", column),
                    (None, None) => expected,
                };
                self.invalid(column, s, expected);
                Err(())
            }
            Parsed::Unknown(target) => {
                self.problems.push(Problem::UnknownId {
                    table: T::TABLE.name().into(),
                    row: self.row,
                    column: column.into(),
                    value: s.into(),
                    target: target.into(),
                });
                Err(())
            }
            Parsed::Undescribed => self.undescribed(column),
        }
    }

    /// A parser asked for a column its descriptor does not have, or as another kind: a bug,
    /// reported rather than panicking.
    fn undescribed<V>(&mut self, column: &str) -> Checked<V> {
        self.problems.push(Problem::Malformed {
            table: T::TABLE.name().into(),
            row: Some(self.row),
            detail: Message::new("detail-undescribed")
                .text("column", column)
                .into(),
        });
        Err(())
    }

    pub fn invalid(&mut self, column: &str, value: &str, expected: Message) {
        self.problems.push(Problem::InvalidValue {
            table: T::TABLE.name().into(),
            row: self.row,
            column: column.into(),
            value: value.into(),
            expected: expected.into(),
        });
    }

    /// `end` (in `column`) must not be before `start` (in `start_column`).
    pub fn ordered(
        &mut self,
        column: &str,
        end: Option<Day>,
        start_column: &str,
        start: Checked<Day>,
    ) -> Checked<()> {
        match (end, start) {
            (Some(e), Ok(s)) if e < s => {
                self.problems.push(Problem::EndBeforeStart {
                    table: T::TABLE.name().into(),
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

/// What a cell's text became.
pub(super) enum Parsed<V> {
    Value(V),
    /// Not a value of the column's kind; the message says what was expected.
    Invalid(Message),
    /// A reference to an id the named table does not have.
    Unknown(&'static str),
    /// The column's kind is not one this type reads.
    Undescribed,
}

/// A typed value one cell's text parses into, as its column's [`Kind`] says.
pub(super) trait FromCell: Sized {
    fn parse(s: &str, kind: &Kind, refs: &Refs) -> Parsed<Self>;

    /// The value of a date read by the mapping's date format (only a date column's type has one).
    fn from_day(_: Day) -> Option<Self> {
        None
    }
}

impl FromCell for String {
    fn parse(s: &str, kind: &Kind, _: &Refs) -> Parsed<Self> {
        match kind {
            Kind::Id | Kind::Text => Parsed::Value(s.to_string()),
            _ => Parsed::Undescribed,
        }
    }
}

impl FromCell for Day {
    fn from_day(day: Day) -> Option<Self> {
        Some(day)
    }

    fn parse(s: &str, kind: &Kind, _: &Refs) -> Parsed<Self> {
        match kind {
            Kind::Date => date::parse(s).map_or_else(
                || Parsed::Invalid(Message::new("expected-date")),
                Parsed::Value,
            ),
            _ => Parsed::Undescribed,
        }
    }
}

/// A number within the column's bounds (whole or not, as the kind says).
fn number(s: &str, kind: &Kind) -> Parsed<f64> {
    let Kind::Number {
        min,
        max,
        whole,
        expected,
    } = *kind
    else {
        return Parsed::Undescribed;
    };
    match decimal(s) {
        Some(x) if x.is_finite() && x >= min && x <= max && !(whole && x.fract() != 0.0) => {
            Parsed::Value(x)
        }
        _ => Parsed::Invalid(Message::new(expected)),
    }
}

/// Powers of ten up to the most digits [`decimal`] reads itself (each exact in an f64).
const POW10: [f64; 16] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/// A number's text as `str::parse::<f64>` reads it; plain ones (`45`, `-3.5`: at most 15 digits)
/// without its general algorithm, which was half of typing a number. Their digits as a whole
/// number are exact in an f64, and so is the power of ten, so one division rounds correctly
/// (Clinger's fast path).
pub(super) fn decimal(s: &str) -> Option<f64> {
    let (negative, digits) = match s.as_bytes().split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, s.as_bytes()),
    };
    let (mut whole, mut count, mut decimals) = (0u64, 0, None);
    for (i, &c) in digits.iter().enumerate() {
        match c {
            b'0'..=b'9' if count < POW10.len() - 1 => {
                whole = whole * 10 + u64::from(c - b'0');
                count += 1;
            }
            b'.' if decimals.is_none() && i > 0 && i + 1 < digits.len() => {
                decimals = Some(digits.len() - i - 1);
            }
            _ => return s.parse().ok(),
        }
    }
    let x = whole as f64 / POW10.get(decimals.unwrap_or(0))?;
    match count {
        0 => s.parse().ok(),
        _ if negative => Some(-x),
        _ => Some(x),
    }
}

impl FromCell for f64 {
    fn parse(s: &str, kind: &Kind, _: &Refs) -> Parsed<Self> {
        number(s, kind)
    }
}

impl FromCell for u32 {
    fn parse(s: &str, kind: &Kind, _: &Refs) -> Parsed<Self> {
        match number(s, kind) {
            Parsed::Value(x) if matches!(kind, Kind::Number { whole: true, .. }) => {
                Parsed::Value(x as u32)
            }
            Parsed::Invalid(expected) => Parsed::Invalid(expected),
            _ => Parsed::Undescribed,
        }
    }
}

/// A reference: the row index of the id in the target table.
impl FromCell for usize {
    #[inline(always)]
    fn parse(s: &str, kind: &Kind, refs: &Refs) -> Parsed<Self> {
        let Kind::Ref(target) = *kind else {
            return Parsed::Undescribed;
        };
        match refs.find(target, s) {
            Some(i) => Parsed::Value(i),
            None => Parsed::Unknown(target.name()),
        }
    }
}

impl<C: Choice> FromCell for C {
    fn parse(s: &str, kind: &Kind, _: &Refs) -> Parsed<Self> {
        let Kind::Choice(names) = *kind else {
            return Parsed::Undescribed;
        };
        // Most cells spell the value exactly; only the others pay for normalisation.
        let exact = C::ALL.iter().find(|v| v.name().eq_ignore_ascii_case(s));
        let found = exact.or_else(|| {
            let n = normalize(s);
            C::ALL.iter().find(|v| normalize(v.name()) == n)
        });
        match found {
            Some(v) => Parsed::Value(*v),
            None => Parsed::Invalid(
                Message::new("expected-one-of").text("values", super::quoted(names)),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::decimal;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20000))]
        /// Every text reads as `str::parse` reads it, to the bit (`-0`, rounding, what it refuses).
        #[test]
        fn decimal_reads_as_std_does(parts in proptest::collection::vec(prop::sample::select(vec![
            "0", "1", "5", "9", "7", ".", "-", "+", "e", " ", "x",
        ]), 0..24)) {
            let s = parts.concat();
            let std = s.parse::<f64>().ok().map(f64::to_bits);
            prop_assert_eq!(decimal(&s).map(f64::to_bits), std, "{:?}", s);
        }

        #[test]
        fn decimal_reads_printed_numbers(x in any::<f64>(), decimals in 0usize..16) {
            for s in [x.to_string(), format!("{x:.decimals$}")] {
                let std = s.parse::<f64>().ok().map(f64::to_bits);
                prop_assert_eq!(decimal(&s).map(f64::to_bits), std, "{:?}", s);
            }
        }
    }
}
