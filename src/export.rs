//! Writing tables back out as CSV (the generator's files, exports): the mirror of `ingest::raw`.

use crate::generate::Truth;
use crate::model::date::{self, Day};
use crate::model::{Dataset, Table, Values};

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

/// Writes a header and rows; a table's extra columns follow the contract's columns.
fn write<T>(table: &Table<T>, header: &[&str], row: impl Fn(&T) -> Vec<String>) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let extra: Vec<&str> = table.extra.iter().map(|c| c.name.as_str()).collect();
    // Writing to a Vec cannot fail.
    let _ = w.write_record(header.iter().chain(extra.iter()));
    for (i, r) in table.rows.iter().enumerate() {
        let mut cells = row(r);
        for c in &table.extra {
            cells.push(match &c.values {
                Values::Numeric(v) => cell_num(v[i]),
                Values::Text(v) => v[i].clone().unwrap_or_default(),
            });
        }
        let _ = w.write_record(&cells);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// Every loaded table as CSV text, named after the table.
pub fn tables_csv(d: &Dataset) -> Vec<(&'static str, String)> {
    let person = |i: usize| d.people.rows[i].id.clone();
    let pair = |i: usize| d.pairs.rows[i].id.clone();
    let mut out = vec![(
        "people",
        write(
            &d.people,
            &["person_id", "hire_date", "exit_date", "exit_type"],
            |p| {
                vec![
                    p.id.clone(),
                    date::format(p.hire),
                    cell_date(p.exit),
                    p.exit_type
                        .map(|e| e.as_str().to_string())
                        .unwrap_or_default(),
                ]
            },
        ),
    )];
    if d.pairs.loaded {
        out.push((
            "pairs",
            write(
                &d.pairs,
                &[
                    "pair_id",
                    "mentor_id",
                    "mentee_id",
                    "program",
                    "start_date",
                    "end_date",
                    "end_reason",
                    "cadence_days",
                ],
                |p| {
                    vec![
                        p.id.clone(),
                        person(p.mentor),
                        person(p.mentee),
                        p.program.clone(),
                        date::format(p.start),
                        cell_date(p.end),
                        p.end_reason
                            .map(|e| e.as_str().to_string())
                            .unwrap_or_default(),
                        p.cadence_days.to_string(),
                    ]
                },
            ),
        ));
    }
    if d.sessions.loaded {
        out.push((
            "sessions",
            write(
                &d.sessions,
                &[
                    "pair_id",
                    "date",
                    "status",
                    "duration_minutes",
                    "initiated_by",
                ],
                |s| {
                    vec![
                        pair(s.pair),
                        date::format(s.date),
                        s.status.as_str().to_string(),
                        cell_num(s.duration_minutes),
                        s.initiated_by
                            .map(|r| r.as_str().to_string())
                            .unwrap_or_default(),
                    ]
                },
            ),
        ));
    }
    if d.goals.loaded {
        out.push((
            "goals",
            write(
                &d.goals,
                &[
                    "goal_id",
                    "pair_id",
                    "created_date",
                    "due_date",
                    "completed_date",
                    "status",
                    "progress",
                    "last_update_date",
                ],
                |g| {
                    vec![
                        g.id.clone(),
                        pair(g.pair),
                        date::format(g.created),
                        cell_date(g.due),
                        cell_date(g.completed),
                        g.status.as_str().to_string(),
                        cell_num(g.progress),
                        cell_date(g.last_update),
                    ]
                },
            ),
        ));
    }
    if d.feedback.loaded {
        out.push((
            "feedback",
            write(
                &d.feedback,
                &["pair_id", "date", "respondent", "rating"],
                |f| {
                    vec![
                        pair(f.pair),
                        date::format(f.date),
                        f.respondent.as_str().to_string(),
                        cell_num(Some(f.rating)),
                    ]
                },
            ),
        ));
    }
    if d.promotions.loaded {
        out.push((
            "promotions",
            write(
                &d.promotions,
                &["person_id", "date", "from_level", "to_level"],
                |p| {
                    vec![
                        person(p.person),
                        date::format(p.date),
                        p.from_level.clone().unwrap_or_default(),
                        p.to_level.clone().unwrap_or_default(),
                    ]
                },
            ),
        ));
    }
    if d.requests.loaded {
        out.push((
            "requests",
            write(
                &d.requests,
                &["mentee_id", "requested_date", "program"],
                |r| {
                    vec![
                        person(r.mentee),
                        date::format(r.requested),
                        r.program.clone().unwrap_or_default(),
                    ]
                },
            ),
        ));
    }
    out
}

/// The generator's ground truth as CSV: `pair_id, decaying, decay_start, early_end_date`.
pub fn truth_csv(truth: &[Truth]) -> String {
    let table = Table::new(truth.to_vec(), Vec::new());
    write(
        &table,
        &["pair_id", "decaying", "decay_start", "early_end_date"],
        |t| {
            vec![
                t.pair_id.clone(),
                t.decaying.to_string(),
                cell_date(t.decay_start),
                cell_date(t.early_end),
            ]
        },
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
