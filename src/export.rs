//! Writing tables back out as CSV (the generator's files, exports): the mirror of `ingest::raw`.

use crate::model::date::{self, Day};
use crate::model::schema::{Record, Value};
use crate::model::Truth;
use crate::model::*;

fn cell_date(d: Option<Day>) -> String {
    d.map(date::format).unwrap_or_default()
}

fn cell_num(x: Option<f64>) -> String {
    x.map(|v| {
        if v.fract() == 0.0 && v.abs() < 1e15 {
            format!("{}", v as i64)
        } else {
            v.to_string()
        }
    })
    .unwrap_or_default()
}

/// A typed cell as CSV text (the mirror of its kind's parsing).
fn cell(v: Value<'_>) -> String {
    match v {
        Value::Text(s) => s.unwrap_or_default().to_string(),
        Value::Date(d) => cell_date(d),
        Value::Number(x) => cell_num(x),
        Value::Whole(n) => n.to_string(),
    }
}

/// CSV text of a header and rows of cells.
fn write(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    // Writing to a Vec cannot fail.
    let _ = w.write_record(header);
    for cells in rows {
        let _ = w.write_record(&cells);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// One table as CSV, written by its descriptor: the contract's columns, then its extra columns.
fn table_csv<T: Record>(d: &Dataset) -> Option<(&'static str, String)> {
    let table = T::of(d);
    if !table.loaded {
        return None;
    }
    let header: Vec<&str> = T::FIELDS
        .iter()
        .map(|f| f.name)
        .chain(table.extra.iter().map(|c| c.name.as_str()))
        .collect();
    let rows = table.rows.iter().enumerate().map(|(i, r)| {
        let contract = T::FIELDS.iter().map(|f| cell((f.write)(r, d)));
        let extra = table.extra.iter().map(|c| match &c.values {
            Values::Numeric(v) => cell_num(v[i]),
            Values::Text(v) => v[i].as_deref().unwrap_or_default().to_string(),
        });
        contract.chain(extra).collect()
    });
    Some((T::TABLE.name(), write(&header, rows)))
}

/// Every loaded table as CSV text, named after the table.
pub fn tables_csv(d: &Dataset) -> Vec<(&'static str, String)> {
    [
        table_csv::<Person>(d),
        table_csv::<Pair>(d),
        table_csv::<Session>(d),
        table_csv::<Goal>(d),
        table_csv::<Feedback>(d),
        table_csv::<Promotion>(d),
        table_csv::<Request>(d),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The generator's ground truth as CSV: `pair_id, decaying, decay_start, early_end_date`.
pub fn truth_csv(truth: &[Truth]) -> String {
    let rows = truth.iter().map(|t| {
        vec![
            t.pair_id.clone(),
            t.decaying.to_string(),
            cell_date(t.decay_start),
            cell_date(t.early_end),
        ]
    });
    write(
        &["pair_id", "decaying", "decay_start", "early_end_date"],
        rows,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{generate, Options};
    use crate::ingest::{load, Source};

    #[test]
    fn generated_csv_loads_back_identically() {
        let g = generate(Options {
            people: 300,
            seed: 3,
            ..Options::default()
        });
        let files = tables_csv(&g.dataset);
        assert_eq!(files.len(), 7);
        let back = load(files.iter().map(|(t, s)| (*t, Source::Csv(s.as_bytes())))).unwrap();
        assert_eq!(back.row_counts(), g.dataset.row_counts());
        assert_eq!(back.people.rows, g.dataset.people.rows);
        assert_eq!(back.pairs.rows, g.dataset.pairs.rows);
        assert_eq!(back.sessions.rows, g.dataset.sessions.rows);
        assert_eq!(back.goals.rows, g.dataset.goals.rows);
        assert_eq!(back.feedback.rows, g.dataset.feedback.rows);
        assert_eq!(back.promotions.rows, g.dataset.promotions.rows);
        assert_eq!(back.requests.rows, g.dataset.requests.rows);
        assert_eq!(back.people.extra, g.dataset.people.extra);
    }
}
