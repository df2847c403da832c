//! Hostile and odd input: each is handled correctly or refused with a clear message — never a
//! panic, never a half-loaded data set.

use crate::common;

use mentor_insights::ingest::{load, Source};
use mentor_insights::metrics::{report::report, Params};

#[test]
fn a_one_megabyte_cell_is_kept_as_text_or_refused_with_a_short_message() {
    let big = "x".repeat(1 << 20);
    let ok = format!("person_id,hire_date,note\nA,2020-01-01,{big}\n");
    let d = load(vec![("people", Source::Csv(ok.as_bytes()))]).unwrap();
    assert_eq!(d.people.len(), 1);
    let bad = format!("person_id,hire_date\nA,{big}\n");
    let e = load(vec![("people", Source::Csv(bad.as_bytes()))])
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with("people row 1, column \"hire_date\": \"xxx"),
        "{}",
        &e[..80]
    );
    assert!(e.len() < 300, "the message stays short ({} bytes)", e.len());
}

#[test]
fn ten_thousand_columns_become_attributes() {
    let mut header = String::from("person_id,hire_date");
    let mut row = String::from("A,2020-01-01");
    for i in 0..10_000 {
        header.push_str(&format!(",c{i}"));
        row.push_str(&format!(",{i}"));
    }
    let text = format!("{header}\n{row}\n");
    let d = load(vec![("people", Source::Csv(text.as_bytes()))]).unwrap();
    assert_eq!(d.people.extra.len(), 10_000);
}

#[test]
fn a_hundred_megabyte_sessions_file_loads_whole() {
    let people = "person_id,hire_date\nA,2015-01-01\nB,2016-01-01\n";
    let pairs = "pair_id,mentor_id,mentee_id,start_date\nX,A,B,2017-01-01\n";
    let line = "X,2024-05-17,cancelled,45,mentee\n";
    let rows = 100_000_000 / line.len();
    let mut sessions = String::with_capacity(rows * line.len() + 64);
    sessions.push_str("pair_id,date,status,duration_minutes,initiated_by\n");
    for _ in 0..rows {
        sessions.push_str(line);
    }
    assert!(sessions.len() >= 99_000_000);
    let d = load(vec![
        ("people", Source::Csv(people.as_bytes())),
        ("pairs", Source::Csv(pairs.as_bytes())),
        ("sessions", Source::Csv(sessions.as_bytes())),
    ])
    .unwrap();
    assert_eq!(d.sessions.len(), rows);
    // One bad row at the very end refuses the whole file.
    sessions.push_str("X,2024-02-30,held,,\n");
    let e = load(vec![
        ("people", Source::Csv(people.as_bytes())),
        ("pairs", Source::Csv(pairs.as_bytes())),
        ("sessions", Source::Csv(sessions.as_bytes())),
    ])
    .unwrap_err()
    .to_string();
    assert_eq!(
        e,
        format!(
            "sessions row {}, column \"date\": \"2024-02-30\" is not a date (expected YYYY-MM-DD)",
            rows + 1
        )
    );
}

#[test]
fn odd_json_is_refused_clearly() {
    for (text, expect) in [
        ("[[1,2]]", "people row 1: is not an object"),
        (
            r#"[{"person_id":"A","hire_date":{"y":2020}}]"#,
            "nested array or object",
        ),
        (
            r#"[{"person_id":"A","hire_date":"2020-01-01","x":1e999}]"#,
            "is not valid JSON",
        ),
        ("\u{feff}", "the file is empty"),
    ] {
        let e = load(vec![("people", Source::Json(text))])
            .unwrap_err()
            .to_string();
        assert!(e.contains(expect), "{text}: {e}");
    }
}

#[test]
fn the_report_is_byte_identical_for_the_same_input() {
    let d = mentor_insights::generate::generate(mentor_insights::generate::Options {
        people: 1500,
        seed: 8,
        ..Default::default()
    })
    .dataset;
    let r = report(&d, &Params::default()).unwrap();
    let a = serde_json::to_string(&r).unwrap();
    let b = serde_json::to_string(&report(&d.clone(), &Params::default()).unwrap()).unwrap();
    assert_eq!(a, b);
    // Every number in it is finite (non-finite numbers would serialise as null silently).
    assert_eq!(common::finite::non_finite(&r), Vec::<String>::new());
}
