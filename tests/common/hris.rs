//! A program written out as an HRIS and a mentoring platform would export it: other file names,
//! headers and value labels for every table, US dates, a TSV and a semicolon file — and the
//! mapping (SPEC §2.1) that reads it back.

use mentor_insights::export::tables_csv;
use mentor_insights::ingest::raw;
use mentor_insights::model::{date, Dataset};

/// How one table is exported.
pub struct TableExport {
    pub table: &'static str,
    pub file: &'static str,
    pub delimiter: u8,
    /// (contract column, export header).
    pub headers: &'static [(&'static str, &'static str)],
    /// (column, contract value, export label).
    pub labels: &'static [(&'static str, &'static str, &'static str)],
    /// Dates written M/D/YYYY.
    pub us_dates: bool,
}

pub const EXPORTS: &[TableExport] = &[
    TableExport {
        table: "people",
        file: "hris_employees.tsv",
        delimiter: b'\t',
        headers: &[
            ("person_id", "Employee ID"),
            ("hire_date", "Hire Date"),
            ("exit_date", "Termination Date"),
            ("exit_type", "Termination Type"),
            ("department", "Org Unit"),
        ],
        labels: &[
            ("exit_type", "voluntary", "Resignation"),
            ("exit_type", "involuntary", "Dismissal"),
        ],
        us_dates: true,
    },
    TableExport {
        table: "pairs",
        file: "relationships.csv",
        delimiter: b',',
        headers: &[
            ("pair_id", "Relationship ID"),
            ("mentor_id", "Mentor"),
            ("mentee_id", "Mentee"),
            ("program", "Program Name"),
            ("start_date", "Match Date"),
            ("end_date", "Closed On"),
            ("end_reason", "Relationship Status"),
            ("cadence_days", "Meeting Frequency"),
        ],
        labels: &[
            ("end_reason", "", "Active"),
            ("end_reason", "completed", "Closed - Completed"),
            ("end_reason", "ended_early", "Closed - Ended Early"),
            ("end_reason", "rematched", "Closed - Rematched"),
        ],
        us_dates: true,
    },
    TableExport {
        table: "sessions",
        file: "meetings.csv",
        delimiter: b';',
        headers: &[
            ("pair_id", "Relationship ID"),
            ("date", "Meeting Date"),
            ("status", "Meeting Status"),
            ("duration_minutes", "Length"),
            ("initiated_by", "Booked By"),
        ],
        labels: &[
            ("status", "held", "Completed"),
            ("status", "cancelled", "Cancelled by user"),
            ("status", "no_show", "Missed"),
        ],
        us_dates: true,
    },
    TableExport {
        table: "goals",
        file: "goals_export.csv",
        delimiter: b',',
        headers: &[
            ("goal_id", "Goal Ref"),
            ("pair_id", "Relationship ID"),
            ("created_date", "Created"),
            ("due_date", "Deadline"),
            ("completed_date", "Completed On"),
            ("status", "Goal Status"),
            ("progress", "Percent"),
            ("last_update_date", "Last Updated"),
        ],
        labels: &[
            ("status", "open", "In progress"),
            ("status", "completed", "Done"),
            ("status", "abandoned", "Dropped"),
        ],
        us_dates: false,
    },
    TableExport {
        table: "feedback",
        file: "surveys.json",
        delimiter: b',',
        headers: &[
            ("pair_id", "Relationship ID"),
            ("date", "Submitted"),
            ("respondent", "Role"),
            ("rating", "Score"),
        ],
        labels: &[],
        us_dates: false,
    },
    TableExport {
        table: "promotions",
        file: "promotions.csv",
        delimiter: b',',
        headers: &[("person_id", "Employee ID"), ("date", "Effective")],
        labels: &[],
        us_dates: false,
    },
    TableExport {
        table: "requests",
        file: "waitlist.csv",
        delimiter: b',',
        headers: &[
            ("mentee_id", "Employee ID"),
            ("requested_date", "Signed Up"),
        ],
        labels: &[],
        us_dates: false,
    },
];

fn quote(cell: &str, delimiter: u8) -> String {
    if cell
        .bytes()
        .any(|b| b == delimiter || b == b'"' || b == b'\n' || b == b'\r')
    {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

fn us_date(cell: &str) -> String {
    match date::parse(cell) {
        Some(d) => {
            let (y, m, day) = date::to_ymd(d);
            format!("{m}/{day}/{y}")
        }
        None => cell.to_string(),
    }
}

/// The export's files: (file name, bytes).
pub fn export(d: &Dataset) -> Vec<(String, Vec<u8>)> {
    let clean = tables_csv(d);
    let mut out = Vec::new();
    for e in EXPORTS {
        let Some((_, text)) = clean.iter().find(|(t, _)| *t == e.table) else {
            continue;
        };
        let t = raw::csv(e.table, text.as_bytes(), Some(b',')).unwrap();
        let header = |h: &str| {
            e.headers
                .iter()
                .find(|(c, _)| *c == h)
                .map_or(h.to_string(), |(_, x)| x.to_string())
        };
        let headers: Vec<String> = t.headers.iter().map(|h| header(h)).collect();
        let cell = |column: &str, v: &str| -> String {
            let label = e
                .labels
                .iter()
                .find(|(c, from, _)| *c == column && *from == v);
            match label {
                Some((_, _, to)) => to.to_string(),
                None if e.us_dates && date::parse(v).is_some() && column != "person_id" => {
                    us_date(v)
                }
                None => v.to_string(),
            }
        };
        let rows: Vec<Vec<String>> = t
            .rows()
            .map(|r| {
                (0..r.len())
                    .map(|j| cell(&t.headers[j], r.get(j)))
                    .collect()
            })
            .collect();
        let bytes = if e.file.ends_with(".json") {
            let objects: Vec<serde_json::Value> = rows
                .iter()
                .map(|r| {
                    serde_json::Value::Object(
                        headers
                            .iter()
                            .zip(r)
                            .map(|(h, v)| (h.clone(), serde_json::Value::String(v.clone())))
                            .collect(),
                    )
                })
                .collect();
            serde_json::to_vec(&objects).unwrap()
        } else {
            let d = e.delimiter as char;
            let line = |cells: &[String]| {
                cells
                    .iter()
                    .map(|c| quote(c, e.delimiter))
                    .collect::<Vec<_>>()
                    .join(&d.to_string())
            };
            let mut s = line(&headers);
            s.push('\n');
            for r in &rows {
                s.push_str(&line(r));
                s.push('\n');
            }
            s.into_bytes()
        };
        out.push((e.file.to_string(), bytes));
    }
    out
}

/// The mapping that reads [`export`]'s files back.
pub fn mapping() -> String {
    let mut tables = serde_json::Map::new();
    for e in EXPORTS {
        let columns: serde_json::Map<String, serde_json::Value> = e
            .headers
            .iter()
            .map(|(c, h)| (c.to_string(), serde_json::Value::String(h.to_string())))
            .collect();
        let mut values = serde_json::Map::new();
        for (column, to, from) in e.labels {
            let entry = values
                .entry(column.to_string())
                .or_insert_with(|| serde_json::json!({}));
            entry[*from] = serde_json::Value::String(to.to_string());
        }
        let mut t = serde_json::json!({ "file": e.file, "columns": columns, "values": values });
        if e.us_dates {
            t["date_format"] = "M/D/YYYY".into();
        }
        tables.insert(e.table.to_string(), t);
    }
    serde_json::json!({ "tables": tables }).to_string()
}
