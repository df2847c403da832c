//! One error type for the whole crate. Every variant carries enough location for a person to act on
//! it: the table, the 1-based data row, the column and the offending value.

use crate::i18n::{Arg, Locale, Message};
use serde::Serialize;
use std::fmt;

/// How many problems one load reports before it stops collecting.
pub const MAX_PROBLEMS: usize = 20;

/// Words of a problem — what a cell should have been, what is wrong with a file: English in the
/// problem's data (`expected`, `detail`), and the catalogue's message for its sentence in another
/// language.
#[derive(Debug, Clone, PartialEq)]
pub struct Phrase(pub Message);

impl Phrase {
    pub fn english(&self) -> String {
        self.0.english()
    }
}

impl From<Message> for Phrase {
    fn from(m: Message) -> Phrase {
        Phrase(m)
    }
}

impl Serialize for Phrase {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.english())
    }
}

/// One thing wrong with the input, located as precisely as the input allows.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Problem {
    /// A cell whose text is not of the column's type or domain.
    InvalidValue {
        table: String,
        row: usize,
        column: String,
        value: String,
        expected: Phrase,
    },
    /// A required cell left empty.
    MissingValue {
        table: String,
        row: usize,
        column: String,
    },
    /// A required column absent from the header.
    MissingColumn {
        table: String,
        column: String,
        found: Vec<String>,
        /// A header that looks like the column (`Employee ID` for `person_id`).
        looks_like: Option<String>,
    },
    /// An id that must be unique appears again.
    DuplicateId {
        table: String,
        row: usize,
        column: String,
        value: String,
        first_row: usize,
    },
    /// A reference to an id that the referenced table does not hold.
    UnknownId {
        table: String,
        row: usize,
        column: String,
        value: String,
        target: String,
    },
    /// A date that comes before the date it must follow (exit before hire, ...).
    EndBeforeStart {
        table: String,
        row: usize,
        column: String,
        value: String,
        start_column: String,
        start_value: String,
    },
    /// The file itself cannot be read as a table (empty, not UTF-8, ragged rows, ...).
    Malformed {
        table: String,
        row: Option<usize>,
        detail: Phrase,
    },
}

impl Problem {
    /// The problem as a sentence of the catalogue.
    pub fn message(&self) -> Message {
        let at = |id: &'static str, table: &str, row: usize, column: &str| {
            Message::new(id)
                .text("table", table)
                .text("row", row.to_string())
                .text("column", column)
        };
        match self {
            Problem::InvalidValue {
                table,
                row,
                column,
                value,
                expected,
            } => at("problem-invalid-value", table, *row, column)
                .text("value", shorten(value))
                .phrase("expected", expected.0.clone()),
            Problem::MissingValue { table, row, column } => {
                at("problem-missing-value", table, *row, column)
            }
            Problem::MissingColumn {
                table,
                column,
                found,
                looks_like,
            } => {
                let found = if found.is_empty() {
                    Arg::Phrase(Box::new(Message::new("problem-no-columns")))
                } else {
                    Arg::Text(
                        found
                            .iter()
                            .map(|c| shorten(c))
                            .collect::<Vec<_>>()
                            .join(", "),
                    )
                };
                let m = match looks_like {
                    Some(h) => {
                        Message::new("problem-missing-column-like").text("header", shorten(h))
                    }
                    None => Message::new("problem-missing-column"),
                };
                m.text("table", table)
                    .text("column", column)
                    .arg("found", found)
            }
            Problem::DuplicateId {
                table,
                row,
                column,
                value,
                first_row,
            } => at("problem-duplicate-id", table, *row, column)
                .text("value", shorten(value))
                .text("first_row", first_row.to_string()),
            Problem::UnknownId {
                table,
                row,
                column,
                value,
                target,
            } => at("problem-unknown-id", table, *row, column)
                .text("value", shorten(value))
                .text("target", target),
            Problem::EndBeforeStart {
                table,
                row,
                column,
                value,
                start_column,
                start_value,
            } => at("problem-end-before-start", table, *row, column)
                .text("value", value)
                .text("start_column", start_column)
                .text("start_value", start_value),
            Problem::Malformed { table, row, detail } => match row {
                Some(r) => Message::new("problem-malformed-row").text("row", r.to_string()),
                None => Message::new("problem-malformed"),
            }
            .text("table", table)
            .phrase("detail", detail.0.clone()),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().english())
    }
}

/// Values in messages are cut so a 1 MB cell does not become a 1 MB error message.
fn shorten(s: &str) -> String {
    const LIMIT: usize = 60;
    if s.chars().count() <= LIMIT {
        s.to_string()
    } else {
        let head: String = s.chars().take(LIMIT).collect();
        format!("{head}…")
    }
}

/// The crate's error.
#[derive(Debug)]
pub enum Error {
    /// The input could not be loaded; up to [`MAX_PROBLEMS`] problems, in table and row order.
    Input {
        problems: Vec<Problem>,
        /// Problems found beyond the ones listed.
        more: usize,
    },
    /// An analysis needs a table that was not given.
    MissingTable { analysis: String, table: String },
    /// A method cannot be computed on the data it was given.
    InsufficientData {
        method: String,
        needed: String,
        got: String,
    },
    /// An iterative fit did not converge.
    NotConverged { method: String, detail: String },
    /// A parameter out of its domain (bad usage rather than bad data).
    Usage(String),
    /// A file or folder that cannot be read or written (missing, not a folder, no permission):
    /// bad input, exit code 1.
    File {
        action: &'static str,
        path: String,
        detail: Phrase,
    },
    /// A SQL query that polars could not plan or run.
    Sql(String),
}

impl std::error::Error for Error {}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.localized(Locale::En))
    }
}

impl Error {
    /// The error as a sentence of the catalogue (the problems of a failed load on one line).
    pub fn message(&self) -> Message {
        match self {
            Error::Input { problems, more } => match problems.as_slice() {
                [one] if *more == 0 => one.message(),
                _ => Message::new("error-problems")
                    .count("count", problems.len() + more)
                    .list("problems", problems.iter().map(Problem::message).collect()),
            },
            Error::MissingTable { analysis, table } => Message::new("error-missing-table")
                .text("analysis", analysis)
                .text("table", table),
            Error::InsufficientData {
                method,
                needed,
                got,
            } => Message::new("error-insufficient-data")
                .text("method", method)
                .text("needed", needed)
                .text("got", got),
            Error::NotConverged { method, detail } => Message::new("error-not-converged")
                .text("method", method)
                .text("detail", detail),
            Error::Usage(detail) => Message::new("error-usage").text("detail", detail),
            Error::File {
                action,
                path,
                detail,
            } => Message::new("error-file")
                .text("action", *action)
                .text("path", path)
                .phrase("detail", detail.0.clone()),
            Error::Sql(detail) => Message::new("error-sql").text("detail", detail),
        }
    }

    /// The error in `locale`; a failed load's problems one per line.
    pub fn localized(&self, locale: Locale) -> String {
        let Error::Input { problems, more } = self else {
            return self.message().render(locale);
        };
        if let [one] = problems.as_slice() {
            if *more == 0 {
                return one.message().render(locale);
            }
        }
        let mut s = Message::new("error-problems-header")
            .count("count", problems.len() + more)
            .render(locale);
        for p in problems {
            s.push_str("\n- ");
            s.push_str(&p.message().render(locale));
        }
        if *more > 0 {
            s.push_str("\n- ");
            s.push_str(
                &Message::new("error-more-problems")
                    .count("more", *more)
                    .render(locale),
            );
        }
        s
    }

    /// Builds an input error from every problem found, keeping the first [`MAX_PROBLEMS`].
    pub fn input(mut problems: Vec<Problem>) -> Self {
        let more = problems.len().saturating_sub(MAX_PROBLEMS);
        problems.truncate(MAX_PROBLEMS);
        Error::Input { problems, more }
    }

    /// A file or folder that cannot be read or written: a missing path and a refused permission in
    /// the catalogue's words, any other failure in the system's.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn file(action: &'static str, path: &std::path::Path, e: &std::io::Error) -> Self {
        let detail = match e.kind() {
            std::io::ErrorKind::NotFound => Message::new("detail-no-such-path"),
            std::io::ErrorKind::PermissionDenied => Message::new("detail-permission-denied"),
            _ => Message::new("detail-system").text("error", e.to_string()),
        };
        Error::File {
            action,
            path: path.display().to_string(),
            detail: detail.into(),
        }
    }

    /// False for errors caused by the user's data or files (exit code 1), true for usage errors
    /// (exit code 2).
    pub fn is_usage(&self) -> bool {
        matches!(self, Error::Usage(_))
    }
}

pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_problem_is_one_sentence() {
        let e = Error::input(vec![Problem::InvalidValue {
            table: "sessions".into(),
            row: 18,
            column: "date".into(),
            value: "2025-13-02".into(),
            expected: Message::new("expected-date").into(),
        }]);
        assert_eq!(
            e.to_string(),
            "sessions row 18, column \"date\": \"2025-13-02\" is not a date (expected YYYY-MM-DD)"
        );
    }

    #[test]
    fn many_problems_are_capped_and_counted() {
        let problems = (1..=25)
            .map(|row| Problem::MissingValue {
                table: "people".into(),
                row,
                column: "hire_date".into(),
            })
            .collect();
        let e = Error::input(problems);
        let msg = e.to_string();
        assert!(msg.starts_with("25 problems in the input:"));
        assert_eq!(msg.matches("\n- people row").count(), MAX_PROBLEMS);
        assert!(msg.ends_with("… and 5 more"));
    }

    #[test]
    fn long_values_are_shortened() {
        let p = Problem::InvalidValue {
            table: "people".into(),
            row: 1,
            column: "hire_date".into(),
            value: "x".repeat(10_000),
            expected: Message::new("expected-date").into(),
        };
        assert!(p.to_string().len() < 200);
    }
}
