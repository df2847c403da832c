//! The typed tables as named columns (ids as text, dates as days): what SQL sees. Plain data, so
//! that it can be built without polars and cross from the analysis module to the separately
//! loaded SQL module as bytes ([`encode`], [`decode`]; text is borrowed, never copied, on decode).
//! Tables given as rows ([`RowTable`]: an analysis's result, a notebook cell's output) become
//! columns the same way, their types read from their values.

use super::date::{self, Day};
use super::schema::{Kind, Record, Value};
use super::*;
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};

/// One column's values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Data<'a> {
    #[serde(borrow)]
    Text(Vec<Option<&'a str>>),
    Date(Vec<Option<Day>>),
    Number(Vec<Option<f64>>),
    Whole(Vec<u32>),
    Flag(Vec<Option<bool>>),
    Integer(Vec<Option<i64>>),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Column<'a> {
    pub name: &'a str,
    #[serde(borrow)]
    pub data: Data<'a>,
}

/// A loaded table: its name (as [`super::Table::name`] writes it) and columns of equal length.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableColumns<'a> {
    pub name: &'a str,
    #[serde(borrow)]
    pub columns: Vec<Column<'a>>,
}

/// One table as columns, written by its descriptor: the contract's columns, then the table's extra
/// columns (for people: every attribute).
fn table<T: Record>(d: &Dataset) -> Option<TableColumns<'_>> {
    let t = T::of(d);
    if !t.loaded {
        return None;
    }
    let mut columns: Vec<Column<'_>> = T::FIELDS
        .iter()
        .map(|f| {
            let values = t.rows.iter().map(|r| (f.write)(r, d));
            let data = match f.kind {
                Kind::Date => Data::Date(values.map(Value::date).collect()),
                Kind::Number { whole: true, .. } => Data::Whole(values.map(Value::whole).collect()),
                Kind::Number { .. } => Data::Number(values.map(Value::number).collect()),
                Kind::Id | Kind::Text | Kind::Choice(_) | Kind::Ref(_) => {
                    Data::Text(values.map(Value::text).collect())
                }
            };
            Column { name: f.name, data }
        })
        .collect();
    for c in &t.extra {
        let data = match &c.values {
            Values::Numeric(v) => Data::Number(v.clone()),
            Values::Text(v) => Data::Text(v.iter().map(|s| s.as_deref()).collect()),
        };
        columns.push(Column {
            name: &c.name,
            data,
        });
    }
    Some(TableColumns {
        name: T::TABLE.name(),
        columns,
    })
}

/// Every loaded table as columns, in the order of [`super::Table::ALL`].
pub fn tables(d: &Dataset) -> Vec<TableColumns<'_>> {
    [
        table::<Person>(d),
        table::<Pair>(d),
        table::<Session>(d),
        table::<Goal>(d),
        table::<Feedback>(d),
        table::<Promotion>(d),
        table::<Request>(d),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// A table given as rows of named values (JSON objects): a column holds numbers, true/false, dates
/// (`YYYY-MM-DD`) or text, whichever all its values are; a row without a column's key is null there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RowTable {
    pub name: String,
    pub rows: Vec<serde_json::Map<String, serde_json::Value>>,
}

impl RowTable {
    /// A table of `rows`; a column whose plain values are of different kinds (a finding's
    /// `values_level`: a number in one row, a word in another) holds them as text.
    pub fn new(
        name: String,
        mut rows: Vec<serde_json::Map<String, serde_json::Value>>,
    ) -> RowTable {
        use serde_json::Value as Json;
        let kind = |v: &Json| match v {
            Json::Bool(_) => 1,
            Json::Number(_) => 2,
            Json::String(_) => 3,
            _ => 0,
        };
        let mut kinds: Vec<(String, u8)> = Vec::new();
        for row in &rows {
            for (k, v) in row.iter().filter(|(_, v)| kind(v) > 0) {
                match kinds.iter_mut().find(|(name, _)| name == k) {
                    Some((_, seen)) => *seen |= 1 << kind(v),
                    None => kinds.push((k.clone(), 1 << kind(v))),
                }
            }
        }
        let mixed: Vec<&String> = kinds
            .iter()
            .filter(|(_, seen)| seen.count_ones() > 1)
            .map(|(k, _)| k)
            .collect();
        for row in &mut rows {
            for k in &mixed {
                if let Some(v) = row
                    .get_mut(k.as_str())
                    .filter(|v| matches!(v, Json::Bool(_) | Json::Number(_)))
                {
                    *v = Json::String(v.to_string());
                }
            }
        }
        RowTable { name, rows }
    }

    /// The rows as columns (in the order their names first appear), borrowing their text. A column
    /// whose values are of different kinds, or lists or objects, is an error naming it.
    pub fn columns(&self) -> Result<TableColumns<'_>> {
        let mut names: Vec<&str> = Vec::new();
        for row in &self.rows {
            for k in row.keys() {
                if !names.contains(&k.as_str()) {
                    names.push(k);
                }
            }
        }
        let columns = names
            .into_iter()
            .map(|name| {
                let values: Vec<Option<&serde_json::Value>> = self
                    .rows
                    .iter()
                    .map(|r| r.get(name).filter(|v| !v.is_null()))
                    .collect();
                row_data(&values).map(|data| Column { name, data }).ok_or_else(|| {
                    Error::Sql(format!(
                        "table {}, column {name}: its values are lists or objects, not numbers, true/false, dates or text",
                        self.name
                    ))
                })
            })
            .collect::<Result<_>>()?;
        Ok(TableColumns {
            name: &self.name,
            columns,
        })
    }
}

/// One column of rows, typed by what all its (non-null) values are.
fn row_data<'a>(values: &[Option<&'a serde_json::Value>]) -> Option<Data<'a>> {
    use serde_json::Value as Json;
    let all = |f: fn(&Json) -> bool| values.iter().flatten().all(|v| f(v));
    let day = |v: &Json| v.as_str().filter(|s| s.len() == 10).and_then(date::parse);
    let some = values.iter().flatten().next().is_some();
    Some(if all(Json::is_boolean) {
        Data::Flag(values.iter().map(|v| v.and_then(Json::as_bool)).collect())
    } else if all(|v| v.as_i64().is_some()) {
        Data::Integer(values.iter().map(|v| v.and_then(Json::as_i64)).collect())
    } else if all(Json::is_number) {
        Data::Number(values.iter().map(|v| v.and_then(Json::as_f64)).collect())
    } else if some && values.iter().flatten().all(|v| day(v).is_some()) {
        Data::Date(values.iter().map(|v| v.and_then(day)).collect())
    } else if all(Json::is_string) {
        Data::Text(values.iter().map(|v| v.and_then(Json::as_str)).collect())
    } else {
        return None;
    })
}

/// The tables as bytes (postcard), for [`decode`] in another module. The buffer is sized first:
/// growing it by doubling would hold up to twice the tables' bytes in wasm memory.
pub fn encode(tables: &[TableColumns<'_>]) -> Result<Vec<u8>> {
    let failed = |e: postcard::Error| Error::Sql(format!("cannot pass the tables on ({e})"));
    let size = postcard::serialize_with_flavor(tables, postcard::ser_flavors::Size::default());
    let mut bytes = vec![0; size.map_err(failed)?];
    postcard::to_slice(tables, &mut bytes).map_err(failed)?;
    Ok(bytes)
}

/// Tables from [`encode`]'s bytes, borrowing their text.
pub fn decode(bytes: &[u8]) -> Result<Vec<TableColumns<'_>>> {
    postcard::from_bytes(bytes)
        .map_err(|e| Error::Sql(format!("the tables passed in cannot be read ({e})")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{generate, Options};

    #[test]
    fn every_loaded_table_with_its_rows_and_attributes() {
        let d = generate(Options {
            seed: 3,
            people: 120,
            ..Options::default()
        })
        .dataset;
        let c = d.row_counts();
        let t = tables(&d);
        let names: Vec<&str> = t.iter().map(|t| t.name).collect();
        assert_eq!(
            names,
            super::super::Table::ALL
                .map(super::super::Table::name)
                .to_vec()
        );
        let people = &t[0];
        assert_eq!(people.columns.len(), 4 + d.people.extra.len());
        for t in &t {
            let rows = match t.name {
                "people" => c.people,
                "pairs" => c.pairs,
                "sessions" => c.sessions,
                "goals" => c.goals,
                "feedback" => c.feedback,
                "promotions" => c.promotions,
                _ => c.requests,
            };
            for c in &t.columns {
                let n = match &c.data {
                    Data::Text(v) => v.len(),
                    Data::Date(v) => v.len(),
                    Data::Number(v) => v.len(),
                    Data::Whole(v) => v.len(),
                    Data::Flag(v) => v.len(),
                    Data::Integer(v) => v.len(),
                };
                assert_eq!(n, rows, "{}.{}", t.name, c.name);
            }
        }
        // A session's pair id is its pair's.
        let Data::Text(ids) = &t[2].columns[0].data else {
            panic!("sessions.pair_id is text")
        };
        assert_eq!(
            ids[0],
            Some(d.pairs.rows[d.sessions.rows[0].pair].id.as_str())
        );
    }

    #[test]
    fn rows_become_typed_columns() {
        let rows: Vec<serde_json::Map<String, serde_json::Value>> = serde_json::from_str(
            r#"[{"id": "a", "n": 1, "x": 0.5, "on": true, "day": "2024-02-29"},
                {"id": "b", "n": null, "on": false, "day": "2024-03-01", "extra": "only here"}]"#,
        )
        .unwrap();
        let t = RowTable {
            name: "cell_1".into(),
            rows,
        };
        let c = t.columns().unwrap();
        let names: Vec<&str> = c.columns.iter().map(|c| c.name).collect();
        assert_eq!(names, ["id", "n", "x", "on", "day", "extra"]);
        assert_eq!(c.columns[0].data, Data::Text(vec![Some("a"), Some("b")]));
        assert_eq!(c.columns[1].data, Data::Integer(vec![Some(1), None]));
        assert_eq!(c.columns[2].data, Data::Number(vec![Some(0.5), None]));
        assert_eq!(c.columns[3].data, Data::Flag(vec![Some(true), Some(false)]));
        assert_eq!(
            c.columns[4].data,
            Data::Date(vec![date::parse("2024-02-29"), date::parse("2024-03-01")])
        );
        assert_eq!(c.columns[5].data, Data::Text(vec![None, Some("only here")]));
        // A month is text, not a date; a column of numbers and text is text; a list is refused,
        // by name.
        let mixed: Vec<serde_json::Map<String, serde_json::Value>> = serde_json::from_str(
            r#"[{"m": "2024-02", "v": 1, "l": [1]}, {"m": "2024-03", "v": "two"}]"#,
        )
        .unwrap();
        let t = RowTable::new("cell_2".into(), mixed);
        assert_eq!(t.rows[0]["v"], "1");
        let e = t.columns().unwrap_err().to_string();
        assert!(e.contains("table cell_2, column l"), "{e}");
        let c = RowTable::new("t".into(), vec![t.rows[1].clone()]);
        assert_eq!(
            c.columns().unwrap().columns[0].data,
            Data::Text(vec![Some("2024-03")])
        );
    }

    #[test]
    fn bytes_round_trip_and_refuse_garbage() {
        let d = generate(Options {
            seed: 5,
            people: 60,
            ..Options::default()
        })
        .dataset;
        let t = tables(&d);
        let bytes = encode(&t).unwrap();
        assert_eq!(decode(&bytes).unwrap(), t);
        let e = decode(&bytes[..bytes.len() / 2]).unwrap_err();
        assert!(e.to_string().contains("cannot be read"), "{e}");
    }
}
