//! One error type for the whole crate. Every variant carries enough location for a person to act on
//! it: the table, the 1-based data row, the column and the offending value.

use serde::Serialize;
use std::fmt;

/// How many problems one load reports before it stops collecting.
pub const MAX_PROBLEMS: usize = 20;

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
        expected: String,
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
        detail: String,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::InvalidValue {
                table,
                row,
                column,
                value,
                expected,
            } => write!(
                f,
                "{table} row {row}, column \"{column}\": \"{}\" is not {expected}",
                shorten(value)
            ),
            Problem::MissingValue { table, row, column } => {
                write!(f, "{table} row {row}, column \"{column}\": a value is required but the cell is empty")
            }
            Problem::MissingColumn {
                table,
                column,
                found,
                looks_like,
            } => {
                write!(
                    f,
                    "{table}: required column \"{column}\" is missing (found: {})",
                    if found.is_empty() {
                        "no columns".to_string()
                    } else {
                        found.iter().map(|c| shorten(c)).collect::<Vec<_>>().join(", ")
                    }
                )?;
                match looks_like {
                    Some(h) => write!(
                        f,
                        "; \"{}\" looks like it: name it in the mapping's columns ({{ \"{column}\": \"{}\" }}) or rename the header",
                        shorten(h),
                        shorten(h)
                    ),
                    None => Ok(()),
                }
            }
            Problem::DuplicateId {
                table,
                row,
                column,
                value,
                first_row,
            } => write!(
                f,
                "{table} row {row}, column \"{column}\": \"{}\" is a duplicate (first seen in row {first_row})",
                shorten(value)
            ),
            Problem::UnknownId {
                table,
                row,
                column,
                value,
                target,
            } => write!(
                f,
                "{table} row {row}, column \"{column}\": \"{}\" does not exist in {target}",
                shorten(value)
            ),
            Problem::EndBeforeStart {
                table,
                row,
                column,
                value,
                start_column,
                start_value,
            } => write!(
                f,
                "{table} row {row}, column \"{column}\": \"{value}\" is before {start_column} \"{start_value}\""
            ),
            Problem::Malformed { table, row, detail } => match row {
                Some(r) => write!(f, "{table} row {r}: {detail}"),
                None => write!(f, "{table}: {detail}"),
            },
        }
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
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input could not be loaded; up to [`MAX_PROBLEMS`] problems, in table and row order.
    #[error("{}", format_problems(.problems, *.more))]
    Input {
        problems: Vec<Problem>,
        /// Problems found beyond the ones listed.
        more: usize,
    },
    /// An analysis needs a table that was not given.
    #[error("{analysis} needs the {table} table, which was not loaded")]
    MissingTable { analysis: String, table: String },
    /// A method cannot be computed on the data it was given.
    #[error("{method} needs {needed}, got {got}")]
    InsufficientData {
        method: String,
        needed: String,
        got: String,
    },
    /// An iterative fit did not converge.
    #[error("{method} did not converge: {detail}")]
    NotConverged { method: String, detail: String },
    /// A parameter out of its domain (bad usage rather than bad data).
    #[error("{0}")]
    Usage(String),
    /// A file or folder that cannot be read or written (missing, not a folder, no permission):
    /// bad input, exit code 1.
    #[error("cannot {action} {path}: {detail}")]
    File {
        action: &'static str,
        path: String,
        detail: String,
    },
    /// A SQL query that polars could not plan or run.
    #[error("SQL: {0}")]
    Sql(String),
}

fn format_problems(problems: &[Problem], more: usize) -> String {
    let mut s = match problems {
        [one] if more == 0 => return one.to_string(),
        _ => format!("{} problems in the input:", problems.len() + more),
    };
    for p in problems {
        s.push_str("\n- ");
        s.push_str(&p.to_string());
    }
    if more > 0 {
        s.push_str(&format!("\n- … and {more} more"));
    }
    s
}

impl Error {
    /// Builds an input error from every problem found, keeping the first [`MAX_PROBLEMS`].
    pub fn input(mut problems: Vec<Problem>) -> Self {
        let more = problems.len().saturating_sub(MAX_PROBLEMS);
        problems.truncate(MAX_PROBLEMS);
        Error::Input { problems, more }
    }

    /// A file or folder that cannot be read or written.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn file(action: &'static str, path: &std::path::Path, e: impl std::fmt::Display) -> Self {
        Error::File {
            action,
            path: path.display().to_string(),
            detail: e.to_string(),
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
            expected: "a date (expected YYYY-MM-DD)".into(),
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
            expected: "a date".into(),
        };
        assert!(p.to_string().len() < 200);
    }
}
