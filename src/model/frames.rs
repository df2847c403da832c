//! SQL exploration (polars SQL) over the tables as [`columns`](super::columns) give them. Only
//! with the `sql` feature: the CLI has it; the npm package loads it as its own wasm module.

use super::columns::{Data, TableColumns};
use super::date;
use super::Dataset;
use crate::error::{Error, Result};
use polars::prelude::*;
use serde_json::{Map, Value};

fn series(name: &str, data: &Data<'_>) -> Series {
    let name = name.into();
    match data {
        Data::Text(v) => Series::new(name, v),
        Data::Date(v) => v
            .iter()
            .copied()
            .collect::<Int32Chunked>()
            .into_date()
            .into_series()
            .with_name(name),
        Data::Number(v) => Series::new(name, v),
        Data::Whole(v) => Series::new(name, v),
    }
}

/// The tables as polars frames, built once and queried any number of times.
pub struct Frames(Vec<(String, DataFrame)>);

impl Frames {
    pub fn new(tables: &[TableColumns<'_>]) -> Result<Frames> {
        tables
            .iter()
            .map(|t| {
                let columns = t
                    .columns
                    .iter()
                    .map(|c| series(c.name, &c.data).into_column())
                    .collect();
                DataFrame::new(columns)
                    .map(|df| (t.name.to_string(), df))
                    .map_err(|e| Error::Sql(format!("table {}: {e}", t.name)))
            })
            .collect::<Result<_>>()
            .map(Frames)
    }

    /// Runs a polars SQL query over the tables (each registered under its table name).
    pub fn sql(&self, query: &str) -> Result<QueryResult> {
        let mut ctx = polars::sql::SQLContext::new();
        for (name, df) in &self.0 {
            ctx.register(name, df.clone().lazy());
        }
        let df = ctx
            .execute(query)
            .and_then(LazyFrame::collect)
            .map_err(|e| Error::Sql(e.to_string()))?;
        Ok(to_rows(&df))
    }
}

/// Runs a polars SQL query over the loaded tables of `d`.
pub fn sql(d: &Dataset, query: &str) -> Result<QueryResult> {
    Frames::new(&super::columns::tables(d))?.sql(query)
}

/// The result of a SQL query: column names and rows of JSON values (dates as `YYYY-MM-DD`).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct QueryResult {
    pub columns: Vec<String>,
    pub rows: Vec<Map<String, Value>>,
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
