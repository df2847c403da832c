//! The catalogue of malformed inputs: each case must be refused whole, with a message naming the
//! table, the 1-based data row and the column (where the problem has them).

use mentor_insights::ingest::{load, Source};
use mentor_insights::{Dataset, Error};

const PEOPLE: &str = "person_id,hire_date,exit_date,exit_type,department\n\
A,2020-01-01,,,Sales\n\
B,2020-02-01,2023-05-01,voluntary,Sales\n\
C,2021-03-01,,,Ops\n";
const PAIRS: &str =
    "pair_id,mentor_id,mentee_id,program,start_date,end_date,end_reason,cadence_days\n\
X,A,B,p1,2022-01-01,2022-06-01,completed,14\n\
Y,A,C,p2,2022-04-01,,,\n";
const SESSIONS: &str = "pair_id,date,status,duration_minutes,initiated_by\n\
X,2022-01-10,held,45,mentee\n\
Y,2022-04-10,cancelled,,mentor\n";
const GOALS: &str =
    "goal_id,pair_id,created_date,due_date,completed_date,status,progress,last_update_date\n\
G1,X,2022-01-05,2022-03-01,2022-02-20,completed,100,2022-02-20\n\
G2,Y,2022-04-05,2022-08-01,,open,40,2022-05-01\n";
const FEEDBACK: &str =
    "pair_id,date,respondent,rating\nX,2022-02-01,mentee,4\nY,2022-05-01,mentor,5\n";
const PROMOTIONS: &str = "person_id,date,from_level,to_level\nA,2021-01-01,L2,L3\n";

/// The valid tables, in the contract's order.
const VALID: [(&str, &str); 6] = [
    ("people", PEOPLE),
    ("pairs", PAIRS),
    ("sessions", SESSIONS),
    ("goals", GOALS),
    ("feedback", FEEDBACK),
    ("promotions", PROMOTIONS),
];

/// Loads the valid tables with `table` replaced by `text`.
fn load_with(table: &str, text: &str) -> Result<Dataset, Error> {
    load(VALID.iter().map(|(t, s)| {
        (
            *t,
            Source::Csv(if *t == table {
                text.as_bytes()
            } else {
                s.as_bytes()
            }),
        )
    }))
}

fn refused(table: &str, text: &str) -> String {
    match load_with(table, text) {
        Ok(_) => panic!("{table} input was accepted:\n{text}"),
        Err(e) => e.to_string(),
    }
}

/// Asserts the message names table, row and column, and the value where given.
fn assert_names(msg: &str, table: &str, row: usize, column: &str, value: Option<&str>) {
    assert!(
        msg.contains(&format!("{table} row {row}, column \"{column}\"")),
        "expected {table} row {row} column {column} in: {msg}"
    );
    if let Some(v) = value {
        assert!(
            msg.contains(&format!("\"{v}\"")),
            "expected value {v} in: {msg}"
        );
    }
}

#[test]
fn the_valid_tables_load() {
    let d = load_with("none", "").unwrap();
    assert_eq!(d.row_counts().people, 3);
    assert_eq!(d.row_counts().promotions, 1);
    assert!(d.warnings.is_empty(), "{:?}", d.warnings);
}

#[test]
fn c01_bad_hire_date() {
    let m = refused(
        "people",
        "person_id,hire_date\nA,2020-01-01\nB,2025-13-02\nC,2021-03-01\n",
    );
    assert_names(&m, "people", 2, "hire_date", Some("2025-13-02"));
    assert!(m.contains("is not a date (expected YYYY-MM-DD)"));
}

#[test]
fn c02_missing_required_hire_date_value() {
    let m = refused(
        "people",
        "person_id,hire_date\nA,2020-01-01\nB,\nC,2021-03-01\n",
    );
    assert_names(&m, "people", 2, "hire_date", None);
    assert!(m.contains("empty"));
}

#[test]
fn c03_missing_required_column() {
    let m = refused("people", "person_id,start\nA,2020-01-01\n");
    assert!(
        m.contains("people: required column \"hire_date\" is missing"),
        "{m}"
    );
}

#[test]
fn c04_duplicate_person_id() {
    let m = refused(
        "people",
        "person_id,hire_date\nA,2020-01-01\nB,2020-01-01\nA,2021-01-01\nC,2021-01-01\n",
    );
    assert_names(&m, "people", 3, "person_id", Some("A"));
    assert!(m.contains("first seen in row 1"));
}

#[test]
fn c05_exit_before_hire() {
    let m = refused(
        "people",
        "person_id,hire_date,exit_date\nA,2020-01-01,\nB,2020-01-01,2019-12-31\nC,2021-01-01,\n",
    );
    assert_names(&m, "people", 2, "exit_date", Some("2019-12-31"));
    assert!(m.contains("before hire_date"));
}

#[test]
fn c06_bad_exit_type() {
    let m = refused("people", "person_id,hire_date,exit_date,exit_type\nA,2020-01-01,,\nB,2020-01-01,2022-01-01,fired\nC,2021-01-01,,\n");
    assert_names(&m, "people", 2, "exit_type", Some("fired"));
    assert!(m.contains("\"voluntary\""));
}

#[test]
fn c07_unknown_mentor() {
    let m = refused(
        "pairs",
        "pair_id,mentor_id,mentee_id,start_date\nX,A,B,2022-01-01\nY,Z,C,2022-04-01\n",
    );
    assert_names(&m, "pairs", 2, "mentor_id", Some("Z"));
    assert!(m.contains("does not exist in people"));
}

#[test]
fn c08_unknown_mentee() {
    let m = refused(
        "pairs",
        "pair_id,mentor_id,mentee_id,start_date\nX,A,Q,2022-01-01\nY,A,C,2022-04-01\n",
    );
    assert_names(&m, "pairs", 1, "mentee_id", Some("Q"));
}

#[test]
fn c09_mentor_is_mentee() {
    let m = refused(
        "pairs",
        "pair_id,mentor_id,mentee_id,start_date\nX,A,B,2022-01-01\nY,C,C,2022-04-01\n",
    );
    assert_names(&m, "pairs", 2, "mentee_id", Some("C"));
    assert!(m.contains("different person"));
}

#[test]
fn c10_pair_end_before_start() {
    let m = refused("pairs", "pair_id,mentor_id,mentee_id,start_date,end_date\nX,A,B,2022-01-01,2021-01-01\nY,A,C,2022-04-01,\n");
    assert_names(&m, "pairs", 1, "end_date", Some("2021-01-01"));
    assert!(m.contains("before start_date \"2022-01-01\""));
}

#[test]
fn c11_cadence_zero() {
    let m = refused("pairs", "pair_id,mentor_id,mentee_id,start_date,cadence_days\nX,A,B,2022-01-01,0\nY,A,C,2022-04-01,14\n");
    assert_names(&m, "pairs", 1, "cadence_days", Some("0"));
}

#[test]
fn c12_cadence_fraction() {
    let m = refused("pairs", "pair_id,mentor_id,mentee_id,start_date,cadence_days\nX,A,B,2022-01-01,14\nY,A,C,2022-04-01,7.5\n");
    assert_names(&m, "pairs", 2, "cadence_days", Some("7.5"));
}

#[test]
fn c13_bad_end_reason() {
    let m = refused("pairs", "pair_id,mentor_id,mentee_id,start_date,end_date,end_reason\nX,A,B,2022-01-01,2022-02-01,quit\nY,A,C,2022-04-01,,\n");
    assert_names(&m, "pairs", 1, "end_reason", Some("quit"));
}

#[test]
fn c14_duplicate_pair_id() {
    let m = refused(
        "pairs",
        "pair_id,mentor_id,mentee_id,start_date\nX,A,B,2022-01-01\nX,A,C,2022-04-01\n",
    );
    assert_names(&m, "pairs", 2, "pair_id", Some("X"));
}

#[test]
fn c15_session_bad_date() {
    let m = refused("sessions", "pair_id,date\nX,2022-01-10\nY,2022-02-30\n");
    assert_names(&m, "sessions", 2, "date", Some("2022-02-30"));
}

#[test]
fn c16_session_unknown_pair() {
    let m = refused("sessions", "pair_id,date\nX,2022-01-10\nNOPE,2022-02-10\n");
    assert_names(&m, "sessions", 2, "pair_id", Some("NOPE"));
    assert!(m.contains("does not exist in pairs"));
}

#[test]
fn c17_session_bad_status() {
    let m = refused(
        "sessions",
        "pair_id,date,status\nX,2022-01-10,rescheduled\n",
    );
    assert_names(&m, "sessions", 1, "status", Some("rescheduled"));
    assert!(m.contains("\"no_show\""));
}

#[test]
fn c18_session_negative_duration() {
    let m = refused(
        "sessions",
        "pair_id,date,duration_minutes\nX,2022-01-10,-5\n",
    );
    assert_names(&m, "sessions", 1, "duration_minutes", Some("-5"));
}

#[test]
fn c19_session_bad_initiator() {
    let m = refused("sessions", "pair_id,date,initiated_by\nX,2022-01-10,hr\n");
    assert_names(&m, "sessions", 1, "initiated_by", Some("hr"));
}

#[test]
fn c20_goal_completed_before_created() {
    let m = refused(
        "goals",
        "goal_id,pair_id,created_date,completed_date\nG1,X,2022-03-01,2022-02-01\n",
    );
    assert_names(&m, "goals", 1, "completed_date", Some("2022-02-01"));
    assert!(m.contains("before created_date"));
}

#[test]
fn c21_goal_progress_out_of_range() {
    let m = refused(
        "goals",
        "goal_id,pair_id,created_date,progress\nG1,X,2022-03-01,140\n",
    );
    assert_names(&m, "goals", 1, "progress", Some("140"));
    assert!(m.contains("0 to 100"));
}

#[test]
fn c22_goal_duplicate_id() {
    let m = refused(
        "goals",
        "goal_id,pair_id,created_date\nG1,X,2022-03-01\nG1,Y,2022-04-05\n",
    );
    assert_names(&m, "goals", 2, "goal_id", Some("G1"));
}

#[test]
fn c23_goal_bad_status() {
    let m = refused(
        "goals",
        "goal_id,pair_id,created_date,status\nG1,X,2022-03-01,done\n",
    );
    assert_names(&m, "goals", 1, "status", Some("done"));
}

#[test]
fn c24_feedback_rating_out_of_range() {
    let m = refused(
        "feedback",
        "pair_id,date,respondent,rating\nX,2022-02-01,mentee,6\n",
    );
    assert_names(&m, "feedback", 1, "rating", Some("6"));
    assert!(m.contains("1 to 5"));
}

#[test]
fn c25_feedback_missing_rating() {
    let m = refused(
        "feedback",
        "pair_id,date,respondent,rating\nX,2022-02-01,mentee,\n",
    );
    assert_names(&m, "feedback", 1, "rating", None);
}

#[test]
fn c26_feedback_bad_respondent() {
    let m = refused(
        "feedback",
        "pair_id,date,respondent,rating\nX,2022-02-01,manager,3\n",
    );
    assert_names(&m, "feedback", 1, "respondent", Some("manager"));
}

#[test]
fn c27_rating_not_a_number() {
    let m = refused(
        "feedback",
        "pair_id,date,respondent,rating\nX,2022-02-01,mentee,NaN\n",
    );
    assert_names(&m, "feedback", 1, "rating", Some("NaN"));
}

#[test]
fn c28_duration_overflows() {
    let m = refused(
        "sessions",
        "pair_id,date,duration_minutes\nX,2022-01-10,1e309\n",
    );
    assert_names(&m, "sessions", 1, "duration_minutes", Some("1e309"));
}

#[test]
fn c29_ragged_row() {
    let m = refused(
        "sessions",
        "pair_id,date,status\nX,2022-01-10,held\nY,2022-02-10\n",
    );
    assert_eq!(m, "sessions row 2: has 2 fields but the header has 3");
}

#[test]
fn c30_empty_file() {
    let m = refused("goals", "");
    assert!(m.starts_with("goals: the file is empty"), "{m}");
}

#[test]
fn c31_duplicate_header_after_normalisation() {
    let m = refused("people", "person_id,hire_date,Person ID\nA,2020-01-01,A\n");
    assert!(
        m.contains("people: column \"Person ID\" appears twice"),
        "{m}"
    );
}

#[test]
fn c32_not_utf8() {
    let bytes = b"person_id,hire_date\nA,2020-01-01\nB\xff,2020-01-01\n";
    let e = load(vec![("people", Source::Csv(bytes))])
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with("people row 2: field 1 is not valid UTF-8"),
        "{e}"
    );
}

#[test]
fn c33_promotion_before_hire() {
    let m = refused("promotions", "person_id,date\nC,2020-01-01\n");
    assert_names(&m, "promotions", 1, "date", Some("2020-01-01"));
}

#[test]
fn c34_promotion_after_exit() {
    let m = refused("promotions", "person_id,date\nB,2024-01-01\n");
    assert_names(&m, "promotions", 1, "date", Some("2024-01-01"));
    assert!(m.contains("exit_date"));
}

#[test]
fn c35_promotion_twice_same_day() {
    let m = refused("promotions", "person_id,date\nA,2021-01-01\nA,2021-01-01\n");
    assert_names(&m, "promotions", 2, "person_id", None);
    assert!(m.contains("first seen in row 1"));
}

#[test]
fn c36_feedback_unknown_pair() {
    let m = refused(
        "feedback",
        "pair_id,date,respondent,rating\nQ,2022-02-01,mentee,3\n",
    );
    assert_names(&m, "feedback", 1, "pair_id", Some("Q"));
}

#[test]
fn many_problems_are_collected_up_to_twenty() {
    let mut text = String::from("person_id,hire_date\n");
    for i in 0..30 {
        text.push_str(&format!("P{i},\n"));
    }
    let e = load(vec![("people", Source::Csv(text.as_bytes()))]).unwrap_err();
    let Error::Input { problems, more } = &e else {
        panic!("{e}")
    };
    assert_eq!(problems.len(), 20);
    assert_eq!(*more, 10);
    assert!(e.to_string().starts_with("30 problems in the input:"));
}

/// One cause, one message (SPEC §2.1): 30 cells that are no date in any format are one problem
/// listing the first few, not 30.
#[test]
fn a_column_of_unreadable_dates_is_one_problem() {
    let mut text = String::from("person_id,hire_date\n");
    for i in 0..30 {
        text.push_str(&format!("P{i},not-a-date\n"));
    }
    let e = load(vec![("people", Source::Csv(text.as_bytes()))]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "people: column \"hire_date\": 30 values are not dates in YYYY-MM-DD or any one other format (row 1: \"not-a-date\", row 2: \"not-a-date\", row 3: \"not-a-date\", ...)"
    );
}

#[test]
fn problems_across_tables_are_reported_together() {
    let e = load(vec![
        (
            "people",
            Source::Csv(b"person_id,hire_date\nA,2020-01-01\nB,2020-01-01\n"),
        ),
        (
            "pairs",
            Source::Csv(b"pair_id,mentor_id,mentee_id,start_date\nX,A,B,yesterday\n"),
        ),
        (
            "sessions",
            Source::Csv(b"pair_id,date\nX,2022-01-01\nX,soon\n"),
        ),
    ])
    .unwrap_err()
    .to_string();
    assert!(e.contains("pairs row 1, column \"start_date\""), "{e}");
    assert!(e.contains("sessions row 2, column \"date\""), "{e}");
}

#[test]
fn people_is_required() {
    let e = load(vec![("pairs", Source::Csv(PAIRS.as_bytes()))]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "loading needs the people table, which was not loaded"
    );
}

#[test]
fn headers_match_loosely_and_extras_become_attributes() {
    let d = load(vec![(
        "people",
        Source::Csv("\u{feff}Person ID,HIRE-DATE,Job Level,Department\r\nA,2020-01-01T09:30:00Z,3,Sales\r\nB,2020-02-01,,Ops\r\n".as_bytes()),
    )])
    .unwrap();
    assert_eq!(
        d.people.rows[0].hire,
        mentor_insights::model::date::from_ymd(2020, 1, 1).unwrap()
    );
    let level = d.people.column("job_level").unwrap();
    assert_eq!(
        level.values,
        mentor_insights::model::Values::Numeric(vec![Some(3.0), None])
    );
    assert!(matches!(
        d.people.column("department").unwrap().values,
        mentor_insights::model::Values::Text(_)
    ));
}

#[test]
fn extras_are_numeric_only_when_every_cell_is() {
    use mentor_insights::model::Values;
    let people = "person_id,hire_date,grade,band,blank,rate\n\
        A,2020-01-01,3,1.5,,1\nB,2020-01-01, 4 ,,,inf\nC,2020-01-01,B2,2,,2\nD,2020-01-01,4,-3e1,,\n";
    let d = load(vec![("people", Source::Csv(people.as_bytes()))]).unwrap();
    let values = |name: &str| d.people.column(name).unwrap().values.clone();
    // Numbers until the third row: the column is text, the rows before it read again as text.
    let Values::Text(grade) = values("grade") else {
        panic!("grade should be text");
    };
    let grade: Vec<Option<&str>> = grade.iter().map(|t| t.as_deref()).collect();
    assert_eq!(grade, [Some("3"), Some("4"), Some("B2"), Some("4")]);
    let Values::Text(cells) = values("grade") else {
        unreachable!()
    };
    let (second, fourth) = (cells[1].clone().unwrap(), cells[3].clone().unwrap());
    assert!(
        std::sync::Arc::ptr_eq(&second, &fourth),
        "one text, one allocation"
    );
    assert_eq!(
        values("band"),
        Values::Numeric(vec![Some(1.5), None, Some(2.0), Some(-30.0)])
    );
    assert_eq!(values("blank"), Values::Text(vec![None; 4]));
    // Not a finite number: text.
    assert!(matches!(values("rate"), Values::Text(_)));
}

#[test]
fn camel_case_attribute_names_keep_their_word_breaks() {
    let people = "person_id,hire_date,exit_date,YearsAtCompany,EmployeeID,HRBusinessUnit\n\
        A,2020-01-01,,3,x1,North\nB,2020-01-01,2021-01-01,5,x2,South\nC,2020-01-01,,4,x3,North\n\
        D,2020-01-01,2022-01-01,2,x4,South\nE,2020-01-01,,6,x5,North\nF,2020-01-01,,1,x6,South\n";
    let d = load(vec![("people", Source::Csv(people.as_bytes()))]).unwrap();
    let names: Vec<&str> = d.people.extra.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        names,
        ["years_at_company", "employee_id", "hr_business_unit"]
    );
    // Accepted as the user wrote them or in snake_case, in covariates and in by.
    use mentor_insights::metrics::retention::{retention, RetentionOptions};
    use mentor_insights::metrics::Params;
    let params = |by: &str| Params {
        min_group_size: 3,
        by: vec![by.to_string()],
        ..Params::default()
    };
    for name in ["YearsAtCompany", "years_at_company"] {
        let opts = RetentionOptions {
            covariates: Some(vec![name.to_string()]),
            ..RetentionOptions::default()
        };
        let r = retention(&d, &params("HRBusinessUnit"), &opts).unwrap();
        assert_eq!(r.cox.unwrap().terms[0].term, "years_at_company");
        assert_eq!(r.groups.len(), 2);
    }
    let r = retention(
        &d,
        &params("hr_business_unit"),
        &RetentionOptions::default(),
    )
    .unwrap();
    assert_eq!(r.groups[0].group, "North");
}

#[test]
fn json_and_csv_give_the_same_dataset() {
    let csv = load(vec![("people", Source::Csv(PEOPLE.as_bytes()))]).unwrap();
    let json = load(vec![(
        "people",
        Source::Json(
            r#"[{"person_id":"A","hire_date":"2020-01-01","department":"Sales"},
                {"person_id":"B","hire_date":"2020-02-01","exit_date":"2023-05-01","exit_type":"voluntary","department":"Sales"},
                {"person_id":"C","hire_date":"2021-03-01","exit_date":null,"department":"Ops"}]"#,
        ),
    )])
    .unwrap();
    assert_eq!(csv.people, json.people);
}

#[test]
fn json_errors_name_row_and_column() {
    let e = load(vec![(
        "people",
        Source::Json(r#"[{"person_id":"A","hire_date":"2020-01-01"},{"person_id":"B","hire_date":20200101}]"#),
    )])
    .unwrap_err()
    .to_string();
    assert_names(&e, "people", 2, "hire_date", Some("20200101"));
}

#[test]
fn oddities_are_warnings_not_errors() {
    let d = load_with("sessions", "pair_id,date\nX,2021-06-01\nX,2022-01-10\n").unwrap();
    assert_eq!(d.warnings.len(), 1);
    assert_eq!(d.warnings[0].code, "odd_rows");
    assert!(d.warnings[0].message.starts_with(
        "sessions: 1 row dated outside their pair's start and end dates (first: row 1)"
    ));
}

#[test]
fn rows_after_as_of_are_left_out_with_a_warning() {
    let d = load_with("none", "").unwrap();
    let as_of = mentor_insights::model::date::from_ymd(2022, 3, 1).unwrap();
    let (v, w) = d.as_of(as_of);
    // Pair Y starts 2022-04-01: left out, with its session, goal and feedback.
    assert_eq!(v.pairs.len(), 1);
    assert_eq!(v.sessions.len(), 1);
    assert_eq!(v.goals.len(), 1);
    assert_eq!(v.feedback.len(), 1);
    // Person B's exit (2023-05-01) and pair X's end (2022-06-01) had not happened.
    assert_eq!(v.people.rows[1].exit, None);
    assert_eq!(v.pairs.rows[0].end, None);
    let w = w.unwrap();
    assert_eq!(w.code, "after_as_of");
    let w = w.message;
    assert!(
        w.contains("left out the rows dated after as_of 2022-03-01 (1 pair, 1 session, 1 goal, 1 feedback)"),
        "{w}"
    );
    assert!(w.contains("2 exit, end or completion dates"), "{w}");
}

/// Tables are typed as they come (people and pairs first), yet the outcome does not depend on the
/// order they are given in: the same data set, and the same problems in the contract's order.
#[test]
fn the_order_tables_come_in_changes_nothing() {
    let given = |order: &[usize]| {
        load(
            order
                .iter()
                .map(|&i| (VALID[i].0, Source::Csv(VALID[i].1.as_bytes()))),
        )
    };
    let d = given(&[0, 1, 2, 3, 4, 5]).unwrap();
    assert_eq!(given(&[5, 4, 3, 2, 1, 0]).unwrap(), d);
    assert_eq!(given(&[3, 0, 5, 2, 1, 4]).unwrap(), d);
    // A bad session row and a missing goals column: the header's problem first, whatever the order.
    let bad_sessions = "pair_id,date\nX,2022-13-01\n";
    let msg = |order: &[usize]| {
        let tables = [
            ("people", PEOPLE),
            ("pairs", PAIRS),
            ("sessions", bad_sessions),
            ("goals", "goal_id,pair_id\nG1,X\n"),
        ];
        load(
            order
                .iter()
                .map(|&i| (tables[i].0, Source::Csv(tables[i].1.as_bytes()))),
        )
        .unwrap_err()
        .to_string()
    };
    let first = msg(&[0, 1, 2, 3]);
    assert!(
        first.find("goals: required column \"created_date\"") < first.find("sessions row 1"),
        "{first}"
    );
    assert_eq!(msg(&[2, 3, 1, 0]), first);
    // A table given twice is a usage error, not a silent choice of one.
    let twice = load([
        ("people", Source::Csv(PEOPLE.as_bytes())),
        ("people", Source::Csv(PEOPLE.as_bytes())),
    ])
    .unwrap_err();
    assert!(
        twice.is_usage() && twice.to_string().contains("\"people\" is given twice"),
        "{twice}"
    );
}
