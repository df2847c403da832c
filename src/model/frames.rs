//! SQL exploration (polars SQL) over the tables as [`columns`](super::columns) give them. Only
//! with the `sql` feature: the CLI has it; the npm package loads it as its own wasm module.

use super::columns::{Data, RowTable, TableColumns};
use super::date;
use super::Dataset;
use crate::error::{Error, Result};
use crate::metrics::tables::{named_in, result_tables};
use crate::metrics::Params;
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
        Data::Flag(v) => Series::new(name, v),
        Data::Integer(v) => Series::new(name, v),
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

    /// Runs a polars SQL query over the tables (each registered under its table name) and
    /// `more`: tables given with the query (analysis results, a notebook cell's output), which
    /// take the place of a loaded table of the same name.
    pub fn sql(&self, query: &str, more: &[TableColumns<'_>]) -> Result<QueryResult> {
        let mut ctx = polars::sql::SQLContext::new();
        for (name, df) in &self.0 {
            ctx.register(name, df.clone().lazy());
        }
        for (name, df) in Frames::new(more)?.0 {
            ctx.register(&name, df.lazy());
        }
        let df = ctx
            .execute(query)
            .and_then(LazyFrame::collect)
            .map_err(|e| Error::Sql(e.to_string()))?;
        Ok(to_rows(&df))
    }
}

/// Runs a polars SQL query over the loaded tables of `d` and the analysis results it names
/// ([`tables`](crate::metrics::tables): `risk`, `drivers`, ...), computed with `params`, their
/// sentences in `locale`.
pub fn sql(d: &Dataset, params: &Params, locale: Option<&str>, query: &str) -> Result<QueryResult> {
    let results = result_tables(d, params, locale, &named_in(query, &[]))?;
    let more = results
        .iter()
        .map(RowTable::columns)
        .collect::<Result<Vec<_>>>()?;
    Frames::new(&super::columns::tables(d))?.sql(query, &more)
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
            &Params::default(),
            None,
            "SELECT department, count(*) AS n, min(hire_date) AS first FROM people GROUP BY department ORDER BY department",
        )
        .unwrap();
        assert_eq!(r.columns, vec!["department", "n", "first"]);
        assert_eq!(r.rows.len(), 2);
        assert_eq!(r.rows[0]["department"], "Ops");
        assert_eq!(r.rows[1]["n"], 2);
        assert_eq!(r.rows[1]["first"], "2020-01-01");
    }

    /// Dates are SQL dates: their parts group (the published polars-sql 0.51 failed on these,
    /// vendor/polars-sql/PATCH.md).
    #[test]
    fn sql_groups_by_date_parts() {
        let d = sample();
        let expected = |r: QueryResult| {
            let got: Vec<(i64, i64)> = r
                .rows
                .iter()
                .map(|r| (r["y"].as_i64().unwrap(), r["n"].as_i64().unwrap()))
                .collect();
            assert_eq!(got, vec![(2020, 1), (2021, 1), (2022, 1)]);
        };
        for query in [
            "SELECT extract(year FROM hire_date) AS y, count(*) AS n FROM people GROUP BY extract(year FROM hire_date) ORDER BY y",
            "SELECT extract(year FROM hire_date) AS y, count(*) AS n FROM people GROUP BY 1 ORDER BY 1",
            "SELECT date_part('year', hire_date) AS y, count(*) AS n FROM people GROUP BY y ORDER BY y",
        ] {
            expected(sql(&d, &Params::default(), None, query).unwrap_or_else(|e| panic!("{query}: {e}")));
        }
        let r = sql(
            &d,
            &Params::default(),
            None,
            "SELECT strftime(hire_date, '%Y-%m') AS month, min(hire_date) AS first, hire_date - DATE '2020-01-01' AS since FROM people GROUP BY month, hire_date ORDER BY month",
        )
        .unwrap();
        assert_eq!(r.rows[0]["month"], "2020-01");
        assert_eq!(r.rows[2]["first"], "2022-03-01");
    }

    /// Analysis results are tables by name, joinable with the data's (SPEC §6).
    #[test]
    fn sql_joins_analysis_results_with_tables() {
        let d = crate::generate::generate(crate::generate::Options {
            seed: 4,
            people: 300,
            ..crate::generate::Options::default()
        })
        .dataset;
        let p = Params::default();
        let r = sql(
            &d,
            &p,
            None,
            "SELECT r.pair_id, p.program, r.score FROM risk r JOIN pairs p USING (pair_id) ORDER BY r.score DESC",
        )
        .unwrap();
        let risk = crate::metrics::risk::risk(
            &d,
            &p,
            &crate::metrics::risk::RiskConfig::default(),
            crate::metrics::risk::Learn::Auto,
        )
        .unwrap();
        assert_eq!(r.rows.len(), risk.pairs.len());
        assert!(!r.rows.is_empty());
        assert_eq!(r.rows[0]["program"], risk.pairs[0].program.as_str());
        // A table given with the query takes the place of a result of the same name.
        let given = RowTable::new(
            "risk".into(),
            vec![serde_json::from_str(r#"{"pair_id": "X1", "due": "2024-01-31"}"#).unwrap()],
        );
        let tables = Frames::new(&super::super::columns::tables(&d)).unwrap();
        let r = tables
            .sql(
                "SELECT pair_id, extract(month FROM due) AS m FROM risk",
                &[given.columns().unwrap()],
            )
            .unwrap();
        assert_eq!(r.rows[0]["m"], 1);
    }

    #[test]
    fn sql_join_and_errors() {
        let d = sample();
        let r = sql(
            &d,
            &Params::default(),
            None,
            "SELECT p.pair_id, m.department FROM pairs p JOIN people m ON p.mentee_id = m.person_id ORDER BY p.pair_id",
        )
        .unwrap();
        assert_eq!(r.rows[1]["department"], "Ops");
        let e = sql(&d, &Params::default(), None, "SELECT * FROM sessions").unwrap_err();
        assert!(e.to_string().starts_with("SQL:"), "{e}");
    }
}
