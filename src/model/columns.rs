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

/// A table of named values by row (an analysis's result table, or rows given as JSON objects): a
/// column holds numbers, true/false, dates (`YYYY-MM-DD`) or text, whichever all its values are;
/// a row without a column's value is null there. Kept as columns: a table of many rows is built
/// without a map per row.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RowTable {
    pub name: String,
    /// The columns' names, in the order they first came.
    pub names: Vec<String>,
    /// Each column's values, `len` of them (null where a row has none).
    pub values: Vec<Vec<Plain>>,
    pub len: usize,
    index: rustc_hash::FxHashMap<String, usize>,
    /// The column the next value is likely for: rows of a table mostly come with the same columns
    /// in the same order, and a name compared costs less than one hashed.
    next: usize,
}

impl RowTable {
    /// An empty table to [`RowTable::push_row`] into, then [`RowTable::settled`].
    pub fn named(name: String) -> RowTable {
        RowTable {
            name,
            ..RowTable::default()
        }
    }

    /// A table of `rows`, [`RowTable::settled`].
    pub fn new(name: String, rows: Vec<serde_json::Map<String, serde_json::Value>>) -> RowTable {
        let mut t = RowTable::named(name);
        for row in rows {
            t.push_row();
            for (k, v) in row {
                t.set(&k, Plain::from(v));
            }
        }
        t.settled()
    }

    /// Starts a row (its values null until [`RowTable::set`]).
    pub fn push_row(&mut self) {
        self.len += 1;
        self.next = 0;
    }

    /// The value of `column` in the last row (a later value replaces an earlier one).
    pub fn set(&mut self, column: &str, value: Plain) {
        let likely = self.names.get(self.next).filter(|n| *n == column);
        let at = match likely
            .map(|_| self.next)
            .or_else(|| self.index.get(column).copied())
        {
            Some(at) => at,
            None => {
                self.index.insert(column.to_string(), self.names.len());
                self.names.push(column.to_string());
                self.values.push(Vec::new());
                self.names.len() - 1
            }
        };
        self.next = at + 1;
        let values = &mut self.values[at];
        values.resize(self.len, Plain::Null);
        values[self.len - 1] = value;
    }

    /// The table with every column `len` long, and a column whose plain values are of different
    /// kinds (a finding's `values_level`: a number in one row, a word in another) holding them as
    /// text.
    pub fn settled(mut self) -> RowTable {
        let kind = |v: &Plain| match v {
            Plain::Flag(_) => 1,
            Plain::Number(_) => 2,
            Plain::Text(_) => 3,
            _ => 0,
        };
        for values in &mut self.values {
            values.resize(self.len, Plain::Null);
            let seen = values
                .iter()
                .filter(|v| kind(v) > 0)
                .fold(0u8, |seen, v| seen | 1 << kind(v));
            if seen.count_ones() > 1 {
                for v in values
                    .iter_mut()
                    .filter(|v| matches!(v, Plain::Flag(_) | Plain::Number(_)))
                {
                    *v = Plain::Text(v.to_string());
                }
            }
        }
        self
    }

    /// The rows as objects.
    pub fn rows(&self) -> Vec<serde_json::Map<String, serde_json::Value>> {
        (0..self.len)
            .map(|i| {
                self.names
                    .iter()
                    .zip(&self.values)
                    .map(|(k, v)| (k.clone(), v[i].json()))
                    .collect()
            })
            .collect()
    }

    /// The table's columns, each typed by its values.
    pub fn columns(&self) -> Result<TableColumns<'_>> {
        let columns = self
            .names
            .iter()
            .zip(&self.values)
            .map(|(name, values)| {
                let values: Vec<Option<&Plain>> =
                    values.iter().map(|v| (!v.is_null()).then_some(v)).collect();
                row_data(&values)
                    .map(|data| Column { name, data })
                    .ok_or_else(|| {
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

/// A value of a row: what a column holds.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Plain {
    #[default]
    Null,
    Flag(bool),
    Number(serde_json::Number),
    Text(String),
    /// A list or an object, which no column holds: its table is refused, naming the column.
    Nested,
}

impl From<serde_json::Value> for Plain {
    fn from(v: serde_json::Value) -> Plain {
        use serde_json::Value as Json;
        match v {
            Json::Null => Plain::Null,
            Json::Bool(b) => Plain::Flag(b),
            Json::Number(n) => Plain::Number(n),
            Json::String(s) => Plain::Text(s),
            Json::Array(_) | Json::Object(_) => Plain::Nested,
        }
    }
}

impl Plain {
    /// The value as JSON (a nested one as null).
    pub fn json(&self) -> serde_json::Value {
        use serde_json::Value as Json;
        match self {
            Plain::Flag(b) => Json::Bool(*b),
            Plain::Number(n) => Json::Number(n.clone()),
            Plain::Text(s) => Json::String(s.clone()),
            Plain::Null | Plain::Nested => Json::Null,
        }
    }

    fn is_null(&self) -> bool {
        matches!(self, Plain::Null)
    }

    fn is_boolean(&self) -> bool {
        matches!(self, Plain::Flag(_))
    }

    fn is_number(&self) -> bool {
        matches!(self, Plain::Number(_))
    }

    fn is_string(&self) -> bool {
        matches!(self, Plain::Text(_))
    }

    fn as_bool(&self) -> Option<bool> {
        match self {
            Plain::Flag(b) => Some(*b),
            _ => None,
        }
    }

    fn as_i64(&self) -> Option<i64> {
        match self {
            Plain::Number(n) => n.as_i64(),
            _ => None,
        }
    }

    fn as_f64(&self) -> Option<f64> {
        match self {
            Plain::Number(n) => n.as_f64(),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Plain::Text(s) => Some(s),
            _ => None,
        }
    }
}

/// As JSON writes it (a nested value as null).
impl Serialize for Plain {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            Plain::Flag(b) => s.serialize_bool(*b),
            Plain::Number(n) => n.serialize(s),
            Plain::Text(t) => s.serialize_str(t),
            Plain::Null | Plain::Nested => s.serialize_unit(),
        }
    }
}

/// As JSON writes it: text in quotes.
impl std::fmt::Display for Plain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Plain::Flag(b) => write!(f, "{b}"),
            Plain::Number(n) => write!(f, "{n}"),
            Plain::Text(t) => write!(f, "{}", serde_json::Value::from(t.as_str())),
            Plain::Null | Plain::Nested => f.write_str("null"),
        }
    }
}

/// The rows as JSON objects, every column in each.
impl Serialize for RowTable {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        struct Row<'a>(&'a RowTable, usize);
        impl Serialize for Row<'_> {
            fn serialize<S: serde::Serializer>(
                &self,
                s: S,
            ) -> std::result::Result<S::Ok, S::Error> {
                let Row(t, i) = *self;
                let mut m = s.serialize_map(None)?;
                for (k, v) in t.names.iter().zip(&t.values) {
                    m.serialize_entry(k, &v[i])?;
                }
                m.end()
            }
        }
        let mut seq = s.serialize_seq(Some(self.len))?;
        for i in 0..self.len {
            seq.serialize_element(&Row(self, i))?;
        }
        seq.end()
    }
}

/// One column of rows, typed by what all its (non-null) values are.
fn row_data<'a>(values: &[Option<&'a Plain>]) -> Option<Data<'a>> {
    let all = |f: fn(&Plain) -> bool| values.iter().flatten().all(|v| f(v));
    let day = |v: &Plain| v.as_str().filter(|s| s.len() == 10).and_then(date::parse);
    let some = values.iter().flatten().next().is_some();
    Some(if all(Plain::is_boolean) {
        Data::Flag(values.iter().map(|v| v.and_then(Plain::as_bool)).collect())
    } else if all(|v| v.as_i64().is_some()) {
        Data::Integer(values.iter().map(|v| v.and_then(Plain::as_i64)).collect())
    } else if all(Plain::is_number) {
        Data::Number(values.iter().map(|v| v.and_then(Plain::as_f64)).collect())
    } else if some && values.iter().flatten().all(|v| day(v).is_some()) {
        Data::Date(values.iter().map(|v| v.and_then(day)).collect())
    } else if all(Plain::is_string) {
        Data::Text(values.iter().map(|v| v.and_then(Plain::as_str)).collect())
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
        let t = RowTable::new("cell_1".into(), rows);
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
        assert_eq!(t.rows()[0]["v"], "1");
        let e = t.columns().unwrap_err().to_string();
        assert!(e.contains("table cell_2, column l"), "{e}");
        let c = RowTable::new("t".into(), vec![t.rows()[1].clone()]);
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
