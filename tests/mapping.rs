//! Exports as they come (SPEC §2.1): a program exported with other file names, headers, value
//! labels and date formats reads back through a mapping to exactly the numbers of the clean
//! tables; without it, nothing renamed is ignored in silence.

use crate::common;

use common::hris;
use mentor_insights::generate::{generate, Options};
use mentor_insights::ingest::{load_files, InputFile, Mapping};
use mentor_insights::metrics::{report::report, Params};
use mentor_insights::model::{Dataset, Table};
use serde_json::Value;

fn program() -> Dataset {
    generate(Options {
        seed: 11,
        people: 500,
        ..Options::default()
    })
    .dataset
}

fn files(list: &[(String, Vec<u8>)]) -> Vec<InputFile<'static>> {
    list.iter()
        .map(|(n, b)| InputFile::new(n.clone(), b.clone()))
        .collect()
}

/// The report as JSON, without `meta.inputs` (which says where the tables came from).
fn report_json(d: &Dataset) -> Value {
    let mut v = serde_json::to_value(report(d, &Params::default()).unwrap()).unwrap();
    v["meta"].as_object_mut().unwrap().remove("inputs");
    v
}

#[test]
fn an_export_read_through_a_mapping_gives_the_clean_numbers() {
    let clean = program();
    let exported = hris::export(&clean);
    let mapping = Mapping::from_json(&hris::mapping()).unwrap();
    let d = load_files(files(&exported), &mapping).unwrap();
    assert_eq!(d.people.rows, clean.people.rows);
    assert_eq!(d.sessions.rows, clean.sessions.rows);
    assert_eq!(report_json(&d), report_json(&clean));
    let people = &d.inputs.tables[0];
    assert_eq!(people.file.as_deref(), Some("hris_employees.tsv"));
    assert!(people
        .headers_used
        .contains(&"Termination Date".to_string()));
    assert!(d.inputs.unused_files.is_empty());
    assert!(
        d.warnings.iter().all(|w| w.code != "column_unused"),
        "{:?}",
        d.warnings
    );
}

#[test]
fn without_the_mapping_renamed_optional_columns_are_named_not_ignored() {
    let clean = program();
    // Files named after the tables and the required headers right: only the optional columns keep
    // the export's names (and values the contract accepts), as in the report that said "0 exits".
    let mut exported = Vec::new();
    for (table, text) in mentor_insights::export::tables_csv(&clean) {
        let renamed = match table {
            "people" => text.replacen("exit_date", "Termination Date", 1),
            "pairs" => text.replacen("end_reason", "Relationship Status", 1),
            "sessions" => text.replacen("status", "Meeting Status", 1),
            "goals" => text.replacen(",status,", ",Goal Status,", 1),
            _ => text,
        };
        exported.push((format!("{table}.csv"), renamed.into_bytes()));
    }
    let d = load_files(files(&exported), &Mapping::default()).unwrap();
    let unused: Vec<&str> = d
        .warnings
        .iter()
        .filter(|w| w.code == "column_unused")
        .map(|w| w.message.as_str())
        .collect();
    for header in [
        "Termination Date",
        "Relationship Status",
        "Meeting Status",
        "Goal Status",
    ] {
        assert!(
            unused.iter().any(|m| m.contains(header)),
            "{header} not named in {unused:?}"
        );
    }
}

#[test]
fn a_stray_file_is_listed() {
    let clean = program();
    let mut exported: Vec<(String, Vec<u8>)> = mentor_insights::export::tables_csv(&clean)
        .into_iter()
        .map(|(t, s)| (format!("{t}.csv"), s.into_bytes()))
        .collect();
    exported.push(("ground_truth.csv".into(), b"pair_id\nM1\n".to_vec()));
    let d = load_files(files(&exported), &Mapping::default()).unwrap();
    assert_eq!(d.inputs.unused_files.len(), 1);
    assert_eq!(d.inputs.unused_files[0].file, "ground_truth.csv");
}

#[test]
fn us_dates_without_a_format_are_one_message_per_column() {
    let clean = program();
    let exported = hris::export(&clean);
    let mut mapping: Value = serde_json::from_str(&hris::mapping()).unwrap();
    for t in mapping["tables"].as_object_mut().unwrap().values_mut() {
        t.as_object_mut().unwrap().remove("date_format");
    }
    let m = Mapping::from_json(&mapping.to_string()).unwrap();
    let e = load_files(files(&exported), &m).unwrap_err().to_string();
    let sessions = clean.sessions.len();
    assert!(sessions > 5_000, "{sessions}");
    let expected = format!("sessions: column \"date\": {} dates look like M/D/YYYY", {
        let s = sessions.to_string();
        let (head, tail) = s.split_at(s.len() - 3);
        format!("{head},{tail}")
    });
    assert!(e.contains(&expected), "{e}");
    assert_eq!(e.matches("column \"date\"").count(), 1, "{e}");
    assert_eq!(e.matches("column \"hire_date\"").count(), 1, "{e}");
    assert!(e.lines().count() < 20, "{e}");
}

#[test]
fn a_value_the_export_spells_its_own_way_asks_for_a_recode() {
    let clean = program();
    let exported = hris::export(&clean);
    let mut mapping: Value = serde_json::from_str(&hris::mapping()).unwrap();
    mapping["tables"]["sessions"]
        .as_object_mut()
        .unwrap()
        .remove("values");
    let m = Mapping::from_json(&mapping.to_string()).unwrap();
    let e = load_files(files(&exported), &m).unwrap_err().to_string();
    assert!(
        e.contains("column \"status\": \"Completed\" in ")
            && e.contains("recode it in the mapping's values.status"),
        "{e}"
    );
    assert!(e.lines().count() <= 4, "{e}");
}

#[test]
fn a_missing_id_column_is_the_cause_not_thousands_of_dangling_references() {
    let clean = program();
    let exported: Vec<(String, Vec<u8>)> = mentor_insights::export::tables_csv(&clean)
        .into_iter()
        .map(|(t, s)| {
            let s = if t == "people" {
                s.replacen("person_id", "Employee Number", 1)
            } else {
                s
            };
            (format!("{t}.csv"), s.into_bytes())
        })
        .collect();
    let e = load_files(files(&exported), &Mapping::default())
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with("people: required column \"person_id\" is missing")
            && e.contains("\"Employee Number\" looks like it"),
        "{e}"
    );
    assert!(!e.contains("does not exist in people"), "{e}");
}

#[test]
fn a_semicolon_file_loads() {
    let text = "person_id;hire_date;department\nE1;2020-01-01;Sales\nE2;2021-03-04;\"R;D\"\n";
    let d = load_files(
        vec![InputFile::new("people.csv", text.as_bytes().to_vec())],
        &Mapping::default(),
    )
    .unwrap();
    assert_eq!(d.people.len(), 2);
    assert_eq!(
        d.inputs.tables[0].headers_used,
        vec!["person_id", "hire_date", "department"]
    );
}

#[test]
fn numbers_written_for_reading_are_read_as_numbers_and_said_to_be() {
    use mentor_insights::model::Values;
    let people = |text: &str| {
        load_files(
            vec![InputFile::new("people.csv", text.as_bytes().to_vec())],
            &Mapping::default(),
        )
        .unwrap()
    };
    let numbers = |d: &Dataset, column: &str, expected: Vec<Option<f64>>| {
        assert_eq!(
            d.people.column(column).unwrap().values,
            Values::Numeric(expected),
            "{column}"
        );
    };
    let said = |d: &Dataset| -> Vec<String> {
        d.warnings
            .iter()
            .filter(|w| w.code == "numbers_read")
            .map(|w| w.message.clone())
            .collect()
    };
    // A US export: thousands separators in quoted cells, percentages.
    let us = people(
        "person_id,hire_date,salary,engagement\nE1,2020-01-01,\"52,000\",45%\nE2,2021-03-04,\"1,250,500.50\",100 %\nE3,2021-03-04,,7.5%\n",
    );
    numbers(&us, "salary", vec![Some(52000.0), Some(1250500.5), None]);
    numbers(&us, "engagement", vec![Some(45.0), Some(100.0), Some(7.5)]);
    assert_eq!(
        said(&us),
        [
            "people: the values of \"salary\" are read as numbers (\"52,000\" as 52000)",
            "people: the values of \"engagement\" are read as numbers (\"45%\" as 45)",
        ]
    );
    // A European export split on semicolons: the same text is a decimal comma there.
    let eu = people(
        "person_id;hire_date;rating;bonus\nE1;2020-01-01;3,5;52,000\nE2;2021-03-04;4;1.250,75\n",
    );
    numbers(&eu, "rating", vec![Some(3.5), Some(4.0)]);
    numbers(&eu, "bonus", vec![Some(52.0), Some(1250.75)]);
    // "No value" in words or a dash beside plain numbers: no value, and said so.
    let marked = people(
        "person_id,hire_date,salary,bonus\nE1,2020-01-01,52000,N/A\nE2,2021-03-04,n/a,\"1,500\"\nE3,2021-03-04,61000.5,-\n",
    );
    numbers(&marked, "salary", vec![Some(52000.0), None, Some(61000.5)]);
    numbers(&marked, "bonus", vec![None, Some(1500.0), None]);
    assert_eq!(
        said(&marked),
        [
            "people: the values of \"salary\" are read as numbers (\"n/a\" as no value)",
            "people: the values of \"bonus\" are read as numbers (\"1,500\" as 1500, \"N/A\" as no value)",
        ]
    );
    // Split on tabs, "52,000" may be either: text, and said why.
    let tsv = load_files(
        vec![InputFile::new(
            "people.tsv",
            b"person_id\thire_date\tsalary\nE1\t2020-01-01\t7\nE2\t2021-03-04\t52,000\n".to_vec(),
        )],
        &Mapping::default(),
    )
    .unwrap();
    assert!(matches!(
        tsv.people.column("salary").unwrap().values,
        Values::Text(_)
    ));
    assert_eq!(
        said(&tsv),
        ["people: the values of \"salary\" look like numbers, but \"52,000\" could be 52000 or 52, and nothing says which; the column is read as text (write its numbers without thousands separators to have them read as numbers)"]
    );
    // Text that only looks numeric somewhere stays text, with no warning.
    let text = people("person_id,hire_date,band\nE1,2020-01-01,\"1,5\"\nE2,2021-03-04,senior\n");
    assert!(matches!(
        text.people.column("band").unwrap().values,
        Values::Text(_)
    ));
    assert!(said(&text).is_empty());
}

#[test]
fn bad_mappings_are_located_problems_never_half_loads() {
    let clean = program();
    let exported = hris::export(&clean);
    let cases = [
        (
            r#"{ "tables": { "people": { "file": "hris_employees.tsv", "columns": { "person_id": "Staff No" } } } }"#,
            "names the header \"Staff No\", which hris_employees.tsv does not have",
        ),
        (
            r#"{ "tables": { "people": { "file": "hris_employees.tsv", "sheet": "Employees" } } }"#,
            "hris_employees.tsv is not a workbook",
        ),
        (
            r#"{ "tables": { "people": { "file": "hris_employees.tsv" }, "pairs": { "file": "hris_employees.tsv" } } }"#,
            "is given for both people and pairs",
        ),
    ];
    for (mapping, expected) in cases {
        let m = Mapping::from_json(mapping).unwrap();
        let e = load_files(files(&exported), &m).unwrap_err().to_string();
        assert!(e.contains(expected), "{mapping}: {e}");
    }
}

/// The mapping step's first guess: each exported file placed by its headers, each column by its
/// header's words, the US date format detected; the guessed mapping (with the value recodes a
/// person adds) reads the export.
#[test]
fn an_inspection_guesses_the_mapping_a_person_completes() {
    let clean = program();
    let exported = hris::export(&clean);
    let seen = mentor_insights::ingest::inspect(files(&exported), &Mapping::default()).unwrap();
    let table_of = |f: &str| {
        seen.files
            .iter()
            .find(|v| v.file == f)
            .and_then(|v| v.table)
            .map(Table::name)
    };
    assert_eq!(table_of("hris_employees.tsv"), Some("people"));
    assert_eq!(table_of("relationships.csv"), Some("pairs"));
    assert_eq!(table_of("meetings.csv"), Some("sessions"));
    assert_eq!(table_of("goals_export.csv"), Some("goals"));
    let people = &seen.suggested["tables"]["people"];
    assert_eq!(people["columns"]["exit_date"], "Termination Date");
    assert_eq!(people["date_format"], "M/D/YYYY");
    let status = seen
        .files
        .iter()
        .find(|v| v.file == "meetings.csv")
        .unwrap()
        .columns
        .iter()
        .find(|c| c.header == "Meeting Status")
        .unwrap();
    assert_eq!(
        status.values,
        vec!["Completed", "Cancelled by user", "Missed"]
    );
    // What the person adds: the recodes of the values they see.
    let mut mapping = seen.suggested.clone();
    let ours: Value = serde_json::from_str(&hris::mapping()).unwrap();
    for (table, t) in ours["tables"].as_object().unwrap() {
        if let Some(v) = t.get("values") {
            mapping["tables"][table]["values"] = v.clone();
        }
        mapping["tables"][table]["columns"] = t["columns"].clone();
    }
    let m = Mapping::from_json(&mapping.to_string()).unwrap();
    let d = load_files(files(&exported), &m).unwrap();
    assert_eq!(report_json(&d), report_json(&clean));
}

/// The people as an HRIS workbook (tests/fixtures/make_hris_xlsx.py: sheet "Employees", real Excel
/// dates, its own labels, and a "Notes" sheet) beside the other exports: the clean numbers again,
/// and the sheet that fed nothing is listed.
#[test]
fn a_workbook_sheet_through_the_mapping_gives_the_clean_numbers() {
    let clean = program();
    let book = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/hris_employees.xlsx"
    ))
    .unwrap();
    let mut exported: Vec<(String, Vec<u8>)> = hris::export(&clean)
        .into_iter()
        .filter(|(name, _)| name != "hris_employees.tsv")
        .collect();
    exported.push(("hris_employees.xlsx".into(), book));
    let mut mapping: Value = serde_json::from_str(&hris::mapping()).unwrap();
    mapping["tables"]["people"]["file"] = "hris_employees.xlsx".into();
    mapping["tables"]["people"]["sheet"] = "Employees".into();
    let d = load_files(
        files(&exported),
        &Mapping::from_json(&mapping.to_string()).unwrap(),
    )
    .unwrap();
    assert_eq!(d.people.rows, clean.people.rows);
    assert_eq!(report_json(&d), report_json(&clean));
    let people = &d.inputs.tables[0];
    assert_eq!(people.sheet.as_deref(), Some("Employees"));
    let unused: Vec<_> = d
        .inputs
        .unused_files
        .iter()
        .map(|u| (u.file.as_str(), u.sheet.as_deref()))
        .collect();
    assert_eq!(unused, vec![("hris_employees.xlsx", Some("Notes"))]);
}

/// The people attributes the contract gives a meaning are checked (SPEC §4.7).
#[test]
fn mentor_capacity_and_interest_lists_are_checked() {
    for (cell, bad) in [
        ("-3", true),
        ("2.5", true),
        ("1e9", true),
        ("two", true),
        ("3", false),
        ("", false),
    ] {
        let text =
            format!("person_id,hire_date,mentor_capacity\nA,2020-01-01,{cell}\nB,2020-01-01,1\n");
        let r = load_files(
            vec![InputFile::new("people.csv", text.into_bytes())],
            &Mapping::default(),
        );
        assert_eq!(r.is_err(), bad, "{cell}: {r:?}");
        if let Err(e) = r {
            let e = e.to_string();
            assert!(
                e.contains("people row 1, column \"mentor_capacity\"")
                    && e.contains("a whole number of mentees"),
                "{e}"
            );
        }
    }
    let long = vec!["x"; 101].join(";");
    let text = format!("person_id,hire_date,interests\nA,2020-01-01,{long}\nB,2020-01-01,a;b\n");
    let e = load_files(
        vec![InputFile::new("people.csv", text.into_bytes())],
        &Mapping::default(),
    )
    .unwrap_err();
    assert!(e.to_string().contains("a list of at most 100 items"), "{e}");
}
