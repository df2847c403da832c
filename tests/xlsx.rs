//! XLSX workbooks (tests/fixtures/make_xlsx.py) load like CSV, with the same messages.

use mentor_insights::ingest::{load_files, InputFile, Mapping};
use mentor_insights::model::{date, SessionStatus, Table, Values};

fn load_book(name: &str) -> mentor_insights::Result<mentor_insights::Dataset> {
    let bytes = std::fs::read(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    load_files(vec![InputFile::new(name, bytes)], &Mapping::default())
}

#[test]
fn a_workbook_with_a_sheet_per_table_loads() {
    let d = load_book("tables.xlsx").unwrap();
    assert_eq!((d.people.len(), d.pairs.len(), d.sessions.len()), (2, 1, 2));
    // Excel dates and datetimes become dates; header names match loosely.
    assert_eq!(d.people.rows[1].hire, date::from_ymd(2021, 2, 1).unwrap());
    assert_eq!(d.people.rows[1].exit, date::from_ymd(2024, 5, 1));
    assert_eq!(
        d.people.column("job_level").unwrap().values,
        Values::Numeric(vec![Some(3.0), Some(1.5)])
    );
    assert_eq!(d.pairs.rows[0].cadence_days, 14);
    assert_eq!(d.sessions.rows[1].status, SessionStatus::NoShow);
    assert!(!d.is_loaded(Table::Goals));
    let sheets: Vec<_> = d
        .inputs
        .tables
        .iter()
        .map(|t| t.sheet.clone().unwrap())
        .collect();
    assert_eq!(sheets.len(), 3);
    assert!(d
        .inputs
        .tables
        .iter()
        .all(|t| t.file.as_deref() == Some("tables.xlsx")));
}

#[test]
fn a_bad_cell_in_a_sheet_names_table_row_and_column() {
    let e = load_book("bad_date.xlsx").unwrap_err().to_string();
    assert_eq!(
        e,
        "sessions row 2, column \"date\": \"2022-13-40\" is not a date (expected YYYY-MM-DD)"
    );
}

#[test]
fn not_a_workbook_is_refused() {
    let file = InputFile::new("people.xlsx", b"person_id,hire_date\n".to_vec());
    let e = load_files(vec![file], &Mapping::default())
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with("people.xlsx: is not a readable spreadsheet"),
        "{e}"
    );
}
