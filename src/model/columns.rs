//! The typed tables as named columns (ids as text, dates as days): what SQL sees. Plain data, so
//! that it can be built without polars and cross from the analysis module to the separately
//! loaded SQL module as bytes ([`encode`], [`decode`]; text is borrowed, never copied, on decode).

use super::date::Day;
use super::{Dataset, EndReason, ExitType, Role, Table, Values};
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

fn col<'a>(name: &'a str, data: Data<'a>) -> Column<'a> {
    Column { name, data }
}

fn text<'a>(name: &'a str, values: impl Iterator<Item = Option<&'a str>>) -> Column<'a> {
    col(name, Data::Text(values.collect()))
}

fn dates<'a>(name: &'a str, values: impl Iterator<Item = Option<Day>>) -> Column<'a> {
    col(name, Data::Date(values.collect()))
}

fn numbers<'a>(name: &'a str, values: impl Iterator<Item = Option<f64>>) -> Column<'a> {
    col(name, Data::Number(values.collect()))
}

/// The contract's columns, then the table's extra columns (for people: every attribute).
fn table<'a, T>(
    name: &'a str,
    t: &'a Table<T>,
    mut columns: Vec<Column<'a>>,
) -> Option<TableColumns<'a>> {
    if !t.loaded {
        return None;
    }
    for c in &t.extra {
        columns.push(match &c.values {
            Values::Numeric(v) => numbers(&c.name, v.iter().copied()),
            Values::Text(v) => text(&c.name, v.iter().map(|s| s.as_deref())),
        });
    }
    Some(TableColumns { name, columns })
}

/// Every loaded table as columns, in the order of [`super::TABLES`].
pub fn tables(d: &Dataset) -> Vec<TableColumns<'_>> {
    let person = |i: usize| Some(d.people.rows[i].id.as_str());
    let pair = |i: usize| Some(d.pairs.rows[i].id.as_str());
    let (pe, pa, se, go, fe, pr, re) = (
        &d.people.rows,
        &d.pairs.rows,
        &d.sessions.rows,
        &d.goals.rows,
        &d.feedback.rows,
        &d.promotions.rows,
        &d.requests.rows,
    );
    [
        table(
            "people",
            &d.people,
            vec![
                text("person_id", pe.iter().map(|p| Some(p.id.as_str()))),
                dates("hire_date", pe.iter().map(|p| Some(p.hire))),
                dates("exit_date", pe.iter().map(|p| p.exit)),
                text(
                    "exit_type",
                    pe.iter().map(|p| p.exit_type.map(ExitType::as_str)),
                ),
            ],
        ),
        table(
            "pairs",
            &d.pairs,
            vec![
                text("pair_id", pa.iter().map(|p| Some(p.id.as_str()))),
                text("mentor_id", pa.iter().map(|p| person(p.mentor))),
                text("mentee_id", pa.iter().map(|p| person(p.mentee))),
                text("program", pa.iter().map(|p| Some(p.program.as_str()))),
                dates("start_date", pa.iter().map(|p| Some(p.start))),
                dates("end_date", pa.iter().map(|p| p.end)),
                text(
                    "end_reason",
                    pa.iter().map(|p| p.end_reason.map(EndReason::as_str)),
                ),
                col(
                    "cadence_days",
                    Data::Whole(pa.iter().map(|p| p.cadence_days).collect()),
                ),
            ],
        ),
        table(
            "sessions",
            &d.sessions,
            vec![
                text("pair_id", se.iter().map(|s| pair(s.pair))),
                dates("date", se.iter().map(|s| Some(s.date))),
                text("status", se.iter().map(|s| Some(s.status.as_str()))),
                numbers("duration_minutes", se.iter().map(|s| s.duration_minutes)),
                text(
                    "initiated_by",
                    se.iter().map(|s| s.initiated_by.map(Role::as_str)),
                ),
            ],
        ),
        table(
            "goals",
            &d.goals,
            vec![
                text("goal_id", go.iter().map(|g| Some(g.id.as_str()))),
                text("pair_id", go.iter().map(|g| pair(g.pair))),
                dates("created_date", go.iter().map(|g| Some(g.created))),
                dates("due_date", go.iter().map(|g| g.due)),
                dates("completed_date", go.iter().map(|g| g.completed)),
                text("status", go.iter().map(|g| Some(g.status.as_str()))),
                numbers("progress", go.iter().map(|g| g.progress)),
                dates("last_update_date", go.iter().map(|g| g.last_update)),
            ],
        ),
        table(
            "feedback",
            &d.feedback,
            vec![
                text("pair_id", fe.iter().map(|f| pair(f.pair))),
                dates("date", fe.iter().map(|f| Some(f.date))),
                text("respondent", fe.iter().map(|f| Some(f.respondent.as_str()))),
                numbers("rating", fe.iter().map(|f| Some(f.rating))),
            ],
        ),
        table(
            "promotions",
            &d.promotions,
            vec![
                text("person_id", pr.iter().map(|p| person(p.person))),
                dates("date", pr.iter().map(|p| Some(p.date))),
                text("from_level", pr.iter().map(|p| p.from_level.as_deref())),
                text("to_level", pr.iter().map(|p| p.to_level.as_deref())),
            ],
        ),
        table(
            "requests",
            &d.requests,
            vec![
                text("mentee_id", re.iter().map(|r| person(r.mentee))),
                dates("requested_date", re.iter().map(|r| Some(r.requested))),
                text("program", re.iter().map(|r| r.program.as_deref())),
            ],
        ),
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
