//! The typed tables as polars DataFrames (ids as text, dates as `Date`), for the relational work of
//! the analyses and for SQL exploration.

use super::date::{self, Day};
use super::{Dataset, EndReason, ExitType, Role, Table, Values};
use crate::error::{Error, Result};
use polars::prelude::*;
use serde_json::{Map, Value};

fn text<'a>(name: &str, values: impl Iterator<Item = Option<&'a str>>) -> Column {
    Series::new(name.into(), values.collect::<Vec<_>>()).into_column()
}

fn dates(name: &str, values: impl Iterator<Item = Option<Day>>) -> Column {
    let days: Int32Chunked = values.collect();
    days.into_date()
        .into_series()
        .with_name(name.into())
        .into_column()
}

fn numbers(name: &str, values: impl Iterator<Item = Option<f64>>) -> Column {
    Series::new(name.into(), values.collect::<Vec<_>>()).into_column()
}

fn frame<T>(table: &Table<T>, mut columns: Vec<Column>) -> DataFrame {
    for c in &table.extra {
        columns.push(match &c.values {
            Values::Numeric(v) => numbers(&c.name, v.iter().copied()),
            Values::Text(v) => text(&c.name, v.iter().map(|s| s.as_deref())),
        });
    }
    // Column names are unique (ingest refuses repeats) and lengths equal by construction.
    DataFrame::new(columns).unwrap_or_default()
}

/// `people`: person_id, hire_date, exit_date, exit_type, then every attribute.
pub fn people(d: &Dataset) -> DataFrame {
    let r = &d.people.rows;
    frame(
        &d.people,
        vec![
            text("person_id", r.iter().map(|p| Some(p.id.as_str()))),
            dates("hire_date", r.iter().map(|p| Some(p.hire))),
            dates("exit_date", r.iter().map(|p| p.exit)),
            text(
                "exit_type",
                r.iter().map(|p| p.exit_type.map(ExitType::as_str)),
            ),
        ],
    )
}

/// `pairs`: the contract's columns with ids resolved back to text.
pub fn pairs(d: &Dataset) -> DataFrame {
    let r = &d.pairs.rows;
    let person = |i: usize| Some(d.people.rows[i].id.as_str());
    frame(
        &d.pairs,
        vec![
            text("pair_id", r.iter().map(|p| Some(p.id.as_str()))),
            text("mentor_id", r.iter().map(|p| person(p.mentor))),
            text("mentee_id", r.iter().map(|p| person(p.mentee))),
            text("program", r.iter().map(|p| Some(p.program.as_str()))),
            dates("start_date", r.iter().map(|p| Some(p.start))),
            dates("end_date", r.iter().map(|p| p.end)),
            text(
                "end_reason",
                r.iter().map(|p| p.end_reason.map(EndReason::as_str)),
            ),
            Series::new(
                "cadence_days".into(),
                r.iter().map(|p| p.cadence_days).collect::<Vec<_>>(),
            )
            .into_column(),
        ],
    )
}

/// `sessions`.
pub fn sessions(d: &Dataset) -> DataFrame {
    let r = &d.sessions.rows;
    frame(
        &d.sessions,
        vec![
            text(
                "pair_id",
                r.iter().map(|s| Some(d.pairs.rows[s.pair].id.as_str())),
            ),
            dates("date", r.iter().map(|s| Some(s.date))),
            text("status", r.iter().map(|s| Some(s.status.as_str()))),
            numbers("duration_minutes", r.iter().map(|s| s.duration_minutes)),
            text(
                "initiated_by",
                r.iter().map(|s| s.initiated_by.map(Role::as_str)),
            ),
        ],
    )
}

/// `goals`.
pub fn goals(d: &Dataset) -> DataFrame {
    let r = &d.goals.rows;
    frame(
        &d.goals,
        vec![
            text("goal_id", r.iter().map(|g| Some(g.id.as_str()))),
            text(
                "pair_id",
                r.iter().map(|g| Some(d.pairs.rows[g.pair].id.as_str())),
            ),
            dates("created_date", r.iter().map(|g| Some(g.created))),
            dates("due_date", r.iter().map(|g| g.due)),
            dates("completed_date", r.iter().map(|g| g.completed)),
            text("status", r.iter().map(|g| Some(g.status.as_str()))),
            numbers("progress", r.iter().map(|g| g.progress)),
            dates("last_update_date", r.iter().map(|g| g.last_update)),
        ],
    )
}

/// `feedback`.
pub fn feedback(d: &Dataset) -> DataFrame {
    let r = &d.feedback.rows;
    frame(
        &d.feedback,
        vec![
            text(
                "pair_id",
                r.iter().map(|f| Some(d.pairs.rows[f.pair].id.as_str())),
            ),
            dates("date", r.iter().map(|f| Some(f.date))),
            text("respondent", r.iter().map(|f| Some(f.respondent.as_str()))),
            numbers("rating", r.iter().map(|f| Some(f.rating))),
        ],
    )
}

/// `promotions`.
pub fn promotions(d: &Dataset) -> DataFrame {
    let r = &d.promotions.rows;
    frame(
        &d.promotions,
        vec![
            text(
                "person_id",
                r.iter().map(|p| Some(d.people.rows[p.person].id.as_str())),
            ),
            dates("date", r.iter().map(|p| Some(p.date))),
            text("from_level", r.iter().map(|p| p.from_level.as_deref())),
            text("to_level", r.iter().map(|p| p.to_level.as_deref())),
        ],
    )
}

/// The result of a SQL query: column names and rows of JSON values (dates as `YYYY-MM-DD`).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct QueryResult {
    pub columns: Vec<String>,
    pub rows: Vec<Map<String, Value>>,
}

/// Runs a polars SQL query over the loaded tables (each registered under its table name).
pub fn sql(d: &Dataset, query: &str) -> Result<QueryResult> {
    let mut ctx = polars::sql::SQLContext::new();
    type Build = fn(&Dataset) -> DataFrame;
    let builders: [(&str, Build); 6] = [
        ("people", people),
        ("pairs", pairs),
        ("sessions", sessions),
        ("goals", goals),
        ("feedback", feedback),
        ("promotions", promotions),
    ];
    for (name, build) in builders {
        if d.is_loaded(name) {
            ctx.register(name, build(d).lazy());
        }
    }
    let df = ctx
        .execute(query)
        .and_then(LazyFrame::collect)
        .map_err(|e| Error::Sql(e.to_string()))?;
    Ok(to_rows(&df))
}

fn to_rows(df: &DataFrame) -> QueryResult {
    let columns: Vec<String> = df
        .get_column_names()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let rows = (0..df.height())
        .map(|i| {
            df.get_columns()
                .iter()
                .zip(&columns)
                .map(|(c, name)| (name.clone(), json_value(c.get(i).unwrap_or(AnyValue::Null))))
                .collect()
        })
        .collect();
    QueryResult { columns, rows }
}

fn json_value(v: AnyValue<'_>) -> Value {
    match v {
        AnyValue::Null => Value::Null,
        AnyValue::Boolean(b) => Value::Bool(b),
        AnyValue::String(s) => Value::String(s.to_string()),
        AnyValue::StringOwned(s) => Value::String(s.to_string()),
        AnyValue::Int8(x) => x.into(),
        AnyValue::Int16(x) => x.into(),
        AnyValue::Int32(x) => x.into(),
        AnyValue::Int64(x) => x.into(),
        AnyValue::UInt8(x) => x.into(),
        AnyValue::UInt16(x) => x.into(),
        AnyValue::UInt32(x) => x.into(),
        AnyValue::UInt64(x) => x.into(),
        AnyValue::Float32(x) => finite(f64::from(x)),
        AnyValue::Float64(x) => finite(x),
        AnyValue::Date(days) => Value::String(date::format(days)),
        other => Value::String(other.to_string()),
    }
}

fn finite(x: f64) -> Value {
    serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{load, Source};

    fn sample() -> Dataset {
        load(vec![
            ("people", Source::Csv(b"person_id,hire_date,department\nA,2020-01-01,Sales\nB,2021-02-01,Sales\nC,2022-03-01,Ops\n")),
            ("pairs", Source::Csv(b"pair_id,mentor_id,mentee_id,program,start_date\nX,A,B,p1,2022-01-01\nY,A,C,p2,2022-04-01\n")),
        ])
        .unwrap()
    }

    #[test]
    fn sql_group_by_over_loaded_tables() {
        let r = sql(
            &sample(),
            "SELECT department, count(*) AS n, min(hire_date) AS first FROM people GROUP BY department ORDER BY department",
        )
        .unwrap();
        assert_eq!(r.columns, vec!["department", "n", "first"]);
        assert_eq!(r.rows.len(), 2);
        assert_eq!(r.rows[0]["department"], "Ops");
        assert_eq!(r.rows[1]["n"], 2);
        assert_eq!(r.rows[1]["first"], "2020-01-01");
    }

    #[test]
    fn sql_join_and_errors() {
        let d = sample();
        let r = sql(
            &d,
            "SELECT p.pair_id, m.department FROM pairs p JOIN people m ON p.mentee_id = m.person_id ORDER BY p.pair_id",
        )
        .unwrap();
        assert_eq!(r.rows[1]["department"], "Ops");
        let e = sql(&d, "SELECT * FROM sessions").unwrap_err();
        assert!(e.to_string().starts_with("SQL:"), "{e}");
    }
}
