//! The typed tables as named columns (ids as text, dates as days): what SQL sees. Plain data, so
//! that it can be built without polars and cross from the analysis module to the separately
//! loaded SQL module as bytes ([`encode`], [`decode`]; text is borrowed, never copied, on decode).

use super::date::Day;
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
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Column<'a> {
    pub name: &'a str,
    #[serde(borrow)]
    pub data: Data<'a>,
}

/// A loaded table: its name (as in [`super::TABLES`]) and columns of equal length.
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
        name: T::TABLE,
        columns,
    })
}

/// Every loaded table as columns, in the order of [`super::TABLES`].
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
        assert_eq!(names, super::super::TABLES.to_vec());
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
