//! One cause, one message (SPEC §2.1): per-cell problems that share a cause become one problem
//! that names it — a column of dates in another format, a value the file spells its own way in
//! every row, ids that all point nowhere.

use super::dates;
use crate::error::Problem;
use crate::i18n::Message;
use crate::model::schema::Kind;

/// Per-cell problems of one column that are listed one by one up to this many; more become one.
const LISTED: usize = 3;

/// Replaces the per-cell problems of `table` (those from `from` on) that share a cause with one
/// problem naming it, where the first of them stood.
pub(super) fn one_per_cause(
    table: &str,
    columns: &[(&'static str, Kind, bool)],
    problems: &mut Vec<Problem>,
    from: usize,
) {
    for (column, kind, _) in columns {
        let rule: fn(&str, &str, &[&Problem]) -> Vec<Problem> = match kind {
            Kind::Date => dates_in_another_format,
            Kind::Choice(_) => spelt_otherwise,
            Kind::Ref(_) => dangling,
            _ => continue,
        };
        let of_column: Vec<usize> = (from..problems.len())
            .filter(|&i| cell_of(&problems[i], column, kind))
            .collect();
        if of_column.len() <= 1 {
            continue;
        }
        let found: Vec<&Problem> = of_column.iter().map(|&i| &problems[i]).collect();
        let replacement = rule(table, column, &found);
        if replacement.is_empty() {
            continue;
        }
        let mut replaced = vec![false; problems.len()];
        for &i in &of_column {
            replaced[i] = true;
        }
        let first = of_column[0];
        let mut kept: Vec<Problem> = Vec::with_capacity(problems.len());
        let mut replacement = Some(replacement);
        for (i, p) in problems.drain(..).enumerate() {
            if i == first {
                kept.extend(replacement.take().unwrap_or_default());
            }
            if !replaced[i] {
                kept.push(p);
            }
        }
        *problems = kept;
    }
}

/// Whether `p` is a bad cell of `column` of the kind the rules look at.
fn cell_of(p: &Problem, column: &str, kind: &Kind) -> bool {
    match (p, kind) {
        (Problem::InvalidValue { column: c, .. }, Kind::Date | Kind::Choice(_)) => c == column,
        (Problem::UnknownId { column: c, .. }, Kind::Ref(_)) => c == column,
        _ => false,
    }
}

fn cell(p: &Problem) -> (usize, &str) {
    match p {
        Problem::InvalidValue { row, value, .. } | Problem::UnknownId { row, value, .. } => {
            (*row, value)
        }
        _ => (0, ""),
    }
}

/// The first few cells, as the messages show them: `row 4: "13/2/2021"`.
fn examples(found: &[&Problem]) -> Vec<Message> {
    found
        .iter()
        .take(LISTED)
        .map(|p| {
            let (row, value) = cell(p);
            Message::new("detail-example")
                .text("row", row.to_string())
                .text("value", value.chars().take(40).collect::<String>())
        })
        .collect()
}

fn problem(table: &str, detail: Message) -> Problem {
    Problem::Malformed {
        table: table.into(),
        row: None,
        detail: detail.into(),
    }
}

/// Dates that all read in another format are one message naming it; many unreadable dates in
/// no one format are one message with the first few.
fn dates_in_another_format(table: &str, column: &str, found: &[&Problem]) -> Vec<Problem> {
    let formats = dates::looks_like(found.iter().map(|p| cell(p).1));
    let n = found.len();
    let detail = match formats.as_slice() {
        [one] => Message::new("detail-dates-one-format").text("format", one.to_string()),
        [a, b, ..] => Message::new("detail-dates-two-formats")
            .text("format", a.to_string())
            .text("other", b.to_string()),
        [] if n > LISTED => Message::new("detail-dates-no-format"),
        [] => return Vec::new(),
    };
    let detail = detail
        .text("column", column)
        .count("count", n)
        .list("examples", examples(found));
    vec![problem(table, detail)]
}

/// A value the file spells its own way is one message per distinct value, whatever its rows.
fn spelt_otherwise(table: &str, column: &str, found: &[&Problem]) -> Vec<Problem> {
    let mut values: Vec<(&str, Vec<&Problem>)> = Vec::new();
    for p in found {
        let v = cell(p).1;
        match values.iter_mut().find(|(x, _)| *x == v) {
            Some((_, rows)) => rows.push(p),
            None => values.push((v, vec![p])),
        }
    }
    if values.len() == found.len() {
        return Vec::new();
    }
    values
        .into_iter()
        .map(|(value, rows)| {
            let expected = match rows[0] {
                Problem::InvalidValue { expected, .. } => expected.0.clone(),
                _ => Message::new("expected-date"),
            };
            let (first, _) = cell(rows[0]);
            problem(
                table,
                Message::new("detail-spelt-otherwise")
                    .text("column", column)
                    .text("value", value.chars().take(60).collect::<String>())
                    .count("rows", rows.len())
                    .text("first", first.to_string())
                    .phrase("expected", expected),
            )
        })
        .collect()
}

/// Many ids that point nowhere are one message: most likely the wrong column, or the other table's
/// id column is not the one these refer to.
fn dangling(table: &str, column: &str, found: &[&Problem]) -> Vec<Problem> {
    if found.len() <= LISTED {
        return Vec::new();
    }
    let target = match found[0] {
        Problem::UnknownId { target, .. } => target.as_str(),
        _ => "",
    };
    vec![problem(
        table,
        Message::new("detail-dangling")
            .text("column", column)
            .count("count", found.len())
            .text("target", target)
            .list("examples", examples(found)),
    )]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bad_date(row: usize, value: &str) -> Problem {
        Problem::InvalidValue {
            table: "sessions".into(),
            row,
            column: "date".into(),
            value: value.into(),
            expected: Message::new("expected-date").into(),
        }
    }

    const COLUMNS: &[(&str, Kind, bool)] = &[("date", Kind::Date, true)];

    #[test]
    fn a_column_of_us_dates_is_one_message() {
        let mut problems: Vec<Problem> = (1..=13_000)
            .map(|i| bad_date(i, &format!("{}/{}/2024", 1 + i % 12, 13 + i % 15)))
            .collect();
        one_per_cause("sessions", COLUMNS, &mut problems, 0);
        assert_eq!(problems.len(), 1);
        let text = problems[0].to_string();
        assert!(
            text.starts_with("sessions: column \"date\": 13,000 dates look like M/D/YYYY"),
            "{text}"
        );
    }

    #[test]
    fn two_odd_dates_stay_two_messages() {
        let mut problems = vec![bad_date(4, "soon"), bad_date(9, "later")];
        one_per_cause("sessions", COLUMNS, &mut problems, 0);
        assert_eq!(problems.len(), 2);
    }
}
