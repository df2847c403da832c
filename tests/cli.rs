//! The CLI as a user runs it: exit codes, stdout JSON, stderr messages.

mod common;

use serde_json::Value;
use std::process::{Command, Output};

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mentor-insights"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn temp_dir(name: &str) -> common::TempDir {
    common::TempDir::new(&format!("cli-{name}"))
}

fn json(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

#[test]
fn generate_then_report_counts_rows() {
    let dir = temp_dir("gen");
    let out = cli(&[
        "generate",
        "--out",
        dir.to_str().unwrap(),
        "--seed",
        "7",
        "--people",
        "500",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for t in [
        "people",
        "pairs",
        "sessions",
        "goals",
        "feedback",
        "promotions",
        "ground_truth",
    ] {
        assert!(dir.join(format!("{t}.csv")).exists(), "{t}.csv");
    }
    let count_lines = |t: &str| {
        std::fs::read_to_string(dir.join(format!("{t}.csv")))
            .unwrap()
            .lines()
            .count()
            - 1
    };
    let r = json(&cli(&["report", "--data", dir.to_str().unwrap()]));
    let rows = &r["meta"]["rows"];
    assert_eq!(rows["people"], 500);
    for t in ["pairs", "sessions", "goals", "feedback"] {
        assert_eq!(rows[t].as_u64().unwrap() as usize, count_lines(t), "{t}");
        assert!(rows[t].as_u64().unwrap() > 0, "{t}");
    }
    assert_eq!(r["meta"]["as_of"], "2025-06-30");
    assert_eq!(r["meta"]["version"], env!("CARGO_PKG_VERSION"));

    // Same seed, same files.
    let again = temp_dir("gen2");
    cli(&[
        "generate",
        "--out",
        again.to_str().unwrap(),
        "--seed",
        "7",
        "--people",
        "500",
    ]);
    for t in ["people", "sessions", "goals"] {
        assert_eq!(
            std::fs::read(dir.join(format!("{t}.csv"))).unwrap(),
            std::fs::read(again.join(format!("{t}.csv"))).unwrap()
        );
    }
}

#[test]
fn bad_input_exits_1_and_names_table_row_column() {
    let dir = temp_dir("bad");
    std::fs::write(
        dir.join("people.csv"),
        "person_id,hire_date\nA,2020-01-01\nB,2020-01-01\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("pairs.csv"),
        "pair_id,mentor_id,mentee_id,start_date\nX,A,B,2022-01-01\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("sessions.csv"),
        "pair_id,date\nX,2022-01-10\nX,2025-13-02\n",
    )
    .unwrap();
    let out = cli(&["report", "--data", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("sessions row 2, column \"date\": \"2025-13-02\" is not a date"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn bad_usage_exits_2() {
    assert_eq!(cli(&["report"]).status.code(), Some(2));
    assert_eq!(
        cli(&["report", "--sample", "--as-of", "soon"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(cli(&["frobnicate"]).status.code(), Some(2));
    let out = cli(&["report", "--sample", "--min-group-size", "2"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("min_group_size"));
    let dir = temp_dir("empty");
    assert_eq!(
        cli(&["report", "--data", dir.to_str().unwrap()])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn help_explains_each_command() {
    let out = cli(&["--help"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for c in ["report", "sql", "generate"] {
        assert!(text.contains(c), "{c} missing from help");
    }
}

/// Each analysis's flags are its options type's, read as JS options are: a value, a list, a
/// switch, a named value (given alone where it has a bare meaning), a JSON file; a bad value
/// names the flag.
#[test]
fn an_analysis_flags_are_its_options() {
    let goals = json(&cli(&["goals", "--sample", "--stalled-days", "10"]));
    assert_eq!(goals["stalled_days"], 10);
    let weekly = json(&cli(&[
        "engagement",
        "--sample",
        "--period",
        "WEEK",
        "--pairs",
        "M00001,M00002",
    ]));
    assert_eq!(weekly["period"], "week");
    let drilled: Vec<&str> = weekly["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p.get("periods").is_some())
        .map(|p| p["pair_id"].as_str().unwrap())
        .collect();
    assert_eq!(drilled, ["M00001", "M00002"]);
    let learned = json(&cli(&["risk", "--sample", "--learn", "--top", "3"]));
    let asked_true = json(&cli(&["risk", "--sample", "--learn", "True", "--top", "3"]));
    assert_eq!(learned["weights"]["learn"], true);
    assert_eq!(learned, asked_true);
    assert_eq!(learned["pairs"].as_array().unwrap().len(), 3);

    let dir = temp_dir("config");
    let config = dir.join("risk.json");
    std::fs::write(&config, r#"{"high": 0.9}"#).unwrap();
    let configured = json(&cli(&[
        "risk",
        "--sample",
        "--config",
        config.to_str().unwrap(),
    ]));
    assert_eq!(configured["config"]["high"], 0.9);

    let bad = cli(&["goals", "--sample", "--stalled-days", "x"]);
    assert_eq!(bad.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&bad.stderr).trim(),
        "error: --stalled-days: expected a whole number ≥ 0, got \"x\""
    );
    let unnamed = cli(&["retention", "--sample", "--exposure", "sometimes"]);
    assert_eq!(unnamed.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unnamed.stderr).contains("landmark"));
}

#[test]
fn sql_over_the_sample() {
    let rows = json(&cli(&[
        "sql",
        "SELECT program, count(*) AS pairs FROM pairs GROUP BY program ORDER BY pairs DESC",
        "--sample",
    ]));
    let rows = rows.as_array().unwrap();
    assert!(rows.len() >= 3);
    let total: u64 = rows.iter().map(|r| r["pairs"].as_u64().unwrap()).sum();
    let meta = json(&cli(&["report", "--sample"]));
    assert_eq!(total, meta["meta"]["rows"]["pairs"].as_u64().unwrap());

    let out = cli(&["sql", "SELECT nope FROM pairs", "--sample"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("SQL"));
}

#[test]
fn text_format_is_readable() {
    let out = cli(&["report", "--sample", "--format", "text"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    // A report a program manager reads: the findings first, a screen or two in all.
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() <= 120, "{} lines", lines.len());
    assert_eq!(lines[2], "What the numbers say", "{text}");
    assert!(lines[3].starts_with("  ! "), "{text}");
    assert!(
        text.contains("Mentored people leave at 0.60 times the rate of others"),
        "{text}"
    );
    for section in [
        "Goals",
        "Engagement (per month)",
        "Retention (exits: all, by mentoring)",
        "At-risk pairs",
        "Progression (by mentoring)",
        "Matching (",
    ] {
        assert!(
            lines.iter().any(|l| l.starts_with(section)),
            "{section} missing"
        );
    }
    // Each Cox model counts what its rows are: people for retention, pairs for matching.
    let cox = |title: &str| {
        lines
            .iter()
            .find(|l| l.trim_start().starts_with(title))
            .unwrap()
    };
    assert!(cox("Cox model, mentoring").contains(" people, "));
    let matching = cox("Cox model of ending early");
    assert!(
        matching.contains(" pairs, ") && !matching.contains(" people, "),
        "{matching}"
    );
    // The report lists the active pairs only (SPEC §4.2), and says so; the engagement command
    // lists every pair.
    let active = |t: &str| {
        t.lines()
            .find(|l| l.contains("(each pair's numbers"))
            .map(str::trim)
            .map(str::to_string)
    };
    let report_line = active(&text).unwrap_or_default();
    assert!(
        report_line.ends_with("active pairs (each pair's numbers: --format json)")
            && !report_line.contains(" pairs, "),
        "{report_line}"
    );
    let engagement = cli(&["engagement", "--sample", "--format", "text"]);
    let engagement_line = active(&String::from_utf8_lossy(&engagement.stdout)).unwrap_or_default();
    assert!(
        engagement_line.contains(" pairs, ") && engagement_line.contains(" active ("),
        "{engagement_line}"
    );
    // --full shows every table.
    let full = cli(&["report", "--sample", "--format", "text", "--full"]);
    let full = String::from_utf8_lossy(&full.stdout);
    assert!(full.contains("as_of: 2025-06-30"), "{full}");
    assert!(full.lines().count() > lines.len());
}

#[test]
fn findings_matching_and_suggest_commands() {
    let f = json(&cli(&["findings", "--sample"]));
    let items = f["findings"].as_array().unwrap();
    assert!(items.iter().any(|x| x["id"] == "retention.mentoring"));
    for x in items {
        for k in ["id", "analysis", "severity", "text", "values", "path"] {
            assert!(x.get(k).is_some(), "{k} missing in {x}");
        }
    }
    let m = json(&cli(&["matching", "--sample"]));
    assert_eq!(m["model"]["ties"], "efron");
    assert!(m["features"]
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x["feature"] == "level_gap" && x["level"] == "≤0"));
    assert!(m["validation"]["concordance"].is_number());
    let s = json(&cli(&["suggest", "--sample"]));
    // The model scores suggestions only when it predicts the last year's pairs well enough.
    let c = m["validation"]["concordance"].as_f64().unwrap();
    assert_eq!(s["model"], if c >= 0.6 { "cox" } else { "rule" });
    assert!(s["total_score"].as_f64().unwrap() >= s["greedy_total_score"].as_f64().unwrap());
    let a = &s["assignments"][0];
    for k in ["mentee_id", "mentor_id", "score", "reasons", "alternatives"] {
        assert!(a.get(k).is_some(), "{k} missing");
    }
    let one = json(&cli(&[
        "suggest",
        "--sample",
        "--mentees",
        "E00010",
        "--min-level-gap",
        "1",
    ]));
    assert_eq!(
        one["assignments"].as_array().unwrap().len() + one["unmatched"].as_array().unwrap().len(),
        1
    );
    let out = cli(&["suggest", "--sample", "--mentees", "nobody"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("\"nobody\""));
    let text = cli(&["suggest", "--sample", "--format", "text"]);
    let first = format!("Suggested mentors (model: {}", s["model"].as_str().unwrap());
    assert!(String::from_utf8_lossy(&text.stdout).starts_with(&first));
    // In another language the model is named in it (the JSON keeps "cox" or "rule").
    let de = cli(&["suggest", "--sample", "--format", "text", "--locale", "de"]);
    let model = match s["model"].as_str().unwrap() {
        "cox" => "Cox",
        _ => "Regel",
    };
    let first = format!("Vorgeschlagene Mentoren (Modell: {model};");
    assert!(String::from_utf8_lossy(&de.stdout).starts_with(&first));
}

#[test]
fn risk_eval_takes_the_common_grammar() {
    let e = json(&cli(&[
        "risk-eval",
        "--sample",
        "--as-of",
        "2025-01-31",
        "--min-group-size",
        "5",
    ]));
    let run = &e["runs"][0];
    assert_eq!(run["seed"], 42);
    assert!(run["evaluation"]["samples"].as_u64().unwrap() > 0);
    let out = cli(&["risk-eval", "--sample", "--data", "x"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn an_unreadable_folder_is_bad_input() {
    let out = cli(&["report", "--data", "/no/such/folder"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("cannot read /no/such/folder: no such file or folder"),
        "{err}"
    );
    // The system's reason in the reader's language too, not only the sentence around it.
    let out = cli(&["report", "--data", "/no/such/folder", "--locale", "es"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no se puede leer /no/such/folder: no existe ese archivo ni esa carpeta"),
        "{err}"
    );
}

#[test]
fn data_may_name_one_file() {
    let book = format!("{}/tests/fixtures/tables.xlsx", env!("CARGO_MANIFEST_DIR"));
    let report = json(&cli(&["report", "--data", &book]));
    let rows = &report["meta"]["rows"];
    assert_eq!(
        (&rows["people"], &rows["pairs"], &rows["sessions"]),
        (&2.into(), &1.into(), &2.into()),
        "{report}"
    );
}

#[test]
fn engagement_pair_periods_on_request() {
    let plain = json(&cli(&["engagement", "--sample"]));
    assert!(plain["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p.get("periods").is_none()));
    let one = json(&cli(&["engagement", "--sample", "--pairs", "M00001"]));
    let with: Vec<&Value> = one["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p.get("periods").is_some())
        .collect();
    assert_eq!(with.len(), 1);
    assert_eq!(with[0]["pair_id"], "M00001");
    let all = json(&cli(&["engagement", "--sample", "--pair-periods"]));
    assert!(all["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["periods"].is_array()));
    let report = json(&cli(&["report", "--sample"]));
    assert!(report["engagement"]["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p.get("periods").is_none()));
}

#[test]
fn numeric_attributes_can_be_binned() {
    let r = json(&cli(&[
        "retention",
        "--sample",
        "--by",
        "performance:3",
        "--covariates",
        "mentored",
    ]));
    let groups = r["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 3);
    let total: u64 = groups.iter().map(|g| g["n"].as_u64().unwrap()).sum();
    assert_eq!(total, 2000);
    assert!(groups
        .iter()
        .all(|g| g["group"].as_str().unwrap().contains('–')));
    let out = cli(&["retention", "--sample", "--by", "department:3"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot be binned"));
}

/// An HRIS-shaped export (other file names, headers, labels, US dates, a TSV, a semicolon file,
/// JSON) read with `--map` gives the report of the clean tables; the folder's stray file is listed,
/// the mapping kept beside the export is not (it is no input).
#[test]
fn a_mapped_export_reports_as_the_clean_tables() {
    let d = mentor_insights::generate::generate(mentor_insights::generate::Options {
        seed: 4,
        people: 300,
        ..Default::default()
    })
    .dataset;
    let clean = temp_dir("map-clean");
    for (t, text) in mentor_insights::export::tables_csv(&d) {
        std::fs::write(clean.join(format!("{t}.csv")), text).unwrap();
    }
    let export = temp_dir("map-export");
    for (name, bytes) in common::hris::export(&d) {
        std::fs::write(export.join(name), bytes).unwrap();
    }
    std::fs::write(export.join("README.txt"), "exported from the HRIS\n").unwrap();
    let map = export.join("mapping.map");
    std::fs::write(&map, common::hris::mapping()).unwrap();
    let mapped = json(&cli(&[
        "report",
        "--data",
        export.to_str().unwrap(),
        "--map",
        map.to_str().unwrap(),
    ]));
    let plain = json(&cli(&["report", "--data", clean.to_str().unwrap()]));
    let unused: Vec<&str> = mapped["meta"]["inputs"]["unused_files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["file"].as_str().unwrap())
        .collect();
    assert_eq!(unused, vec!["README.txt"]);
    let strip = |mut v: Value| {
        v["meta"].as_object_mut().unwrap().remove("inputs");
        v
    };
    assert_eq!(strip(mapped), strip(plain));
    // A mistake in the mapping is bad input (exit 1) that names it.
    std::fs::write(&map, r#"{ "tables": { "peeple": {} } }"#).unwrap();
    let out = cli(&[
        "report",
        "--data",
        export.to_str().unwrap(),
        "--map",
        map.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("mapping: unknown table \"peeple\""));
}

#[test]
fn risk_as_text_lists_as_many_pairs_as_top_asks() {
    let out = cli(&[
        "risk", "--sample", "--top", "20", "--learn", "false", "--format", "text",
    ]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let rows = text.lines().filter(|l| l.starts_with("  M")).count();
    assert_eq!(rows, 20, "{text}");
}

#[test]
fn engagement_as_text_shows_the_pairs_asked_for_period_by_period() {
    let out = cli(&[
        "engagement",
        "--sample",
        "--pairs",
        "M00427",
        "--format",
        "text",
    ]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let at = text
        .find("pair M00427: sessions per month")
        .expect("the pair's block");
    let block: Vec<&str> = text[at..].lines().collect();
    assert!(block[1].trim_start().starts_with("period"), "{text}");
    assert!(
        block
            .iter()
            .skip(3)
            .any(|l| l.trim_start().starts_with("2025-")),
        "{text}"
    );
}

#[test]
fn risk_eval_as_text_is_a_table_per_replay() {
    let out = cli(&["risk-eval", "--sample", "--format", "text"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("Replays of the at-risk detector"),
        "{text}"
    );
    assert!(
        text.contains("  method  ") || text.contains("  method "),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.trim_start().starts_with("detector ")),
        "{text}"
    );
    assert!(!text.contains("evaluation:"), "no raw dump: {text}");
}

/// `--locale` names the scorers (and writes the text report) in the language asked for; the
/// numbers do not change.
#[test]
fn risk_eval_names_its_scorers_in_the_language_asked_for() {
    let run = |extra: &[&str]| {
        let mut args = vec!["risk-eval", "--sample"];
        args.extend_from_slice(extra);
        json(&cli(&args))
    };
    let (en, fr) = (run(&[]), run(&["--locale", "fr"]));
    let names = |v: &Value| -> Vec<String> {
        let e = &v["runs"][0]["evaluation"];
        std::iter::once(&e["detector"])
            .chain(e["baselines"].as_array().unwrap())
            .map(|q| q["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names(&en)[0], "detector");
    assert_eq!(names(&en)[1], "90 days without a held session");
    assert_eq!(names(&fr)[0], "détecteur");
    assert_eq!(names(&fr)[1], "90 jours sans séance tenue");
    let numbers = |mut v: Value| {
        let e = &mut v["runs"][0]["evaluation"];
        e["detector"]["name"] = Value::Null;
        for q in e["baselines"].as_array_mut().unwrap() {
            q["name"] = Value::Null;
        }
        v
    };
    assert_eq!(numbers(fr), numbers(en));
    let out = cli(&[
        "risk-eval",
        "--sample",
        "--format",
        "text",
        "--locale",
        "de",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("14 Tage ohne gehaltene Sitzung"), "{text}");
}

#[test]
fn csv_is_an_analysis_main_table_as_shown() {
    let out = cli(&["risk", "--sample", "--learn", "false", "--format", "csv"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines[0], "pair,program,score,level,reasons");
    assert!(lines.len() > 1 && lines[1].starts_with('M'), "{text}");
    // The report's table is its findings, in the language asked for.
    let out = cli(&["report", "--sample", "--format", "csv", "--locale", "de"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("Gewicht,Erkenntnis\r\nhandeln,"), "{text}");
    // Without a table (goals overall only), a usage error says how to get one.
    let out = cli(&["goals", "--sample", "--format", "csv"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--by program"));
}

#[test]
fn a_text_report_in_another_language_names_its_tables_and_choices_in_it() {
    let d = mentor_insights::generate::generate(mentor_insights::generate::Options {
        seed: 5,
        people: 300,
        ..Default::default()
    })
    .dataset;
    let people_only = temp_dir("people-only-de");
    for (t, text) in mentor_insights::export::tables_csv(&d) {
        if t == "people" {
            std::fs::write(people_only.join("people.csv"), text).unwrap();
        }
    }
    let out = cli(&[
        "report",
        "--data",
        people_only.to_str().unwrap(),
        "--format",
        "text",
        "--locale",
        "de",
    ]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].contains("(300 Personen;"), "{text}");
    // Without pairs, retention is one group of everyone: no grouping named, no English word.
    let heading = lines.iter().position(|l| l.starts_with("Bindung")).unwrap();
    assert_eq!(lines[heading], "Bindung (Austritte: alle)", "{text}");
    assert!(
        lines[heading + 3].trim_start().starts_with("alle "),
        "{text}"
    );

    let sample = cli(&["report", "--sample", "--format", "text", "--locale", "fr"]);
    let text = String::from_utf8_lossy(&sample.stdout);
    for said in [
        "2\u{202f}000 personnes, 1\u{202f}684 binômes, 29\u{202f}820 séances",
        // The default grouping and the models named in the reader's words, not the JSON's.
        "tous, par mentorat)",
        "\nÉvolution de carrière (par mentorat)\n",
        "(mod\u{e8}le\u{202f}: r\u{e9}gression logistique apprise)",
        "modèle de Cox, mentorat variable dans le temps (",
        // The groups of `mentored` as the reader says them, not the data's true and false.
        "\n  mentorées  ",
        "\n  les autres  ",
        "promus après\u{202f}: mentorées ",
        // Clauses of one cell or line separated as French writes a semicolon.
        "010 jours\u{202f}; les autres ",
        "(rythme 7)\u{202f}; les notes ",
    ] {
        assert!(text.contains(said), "{said} missing:\n{text}");
    }
    // A group in a German sentence takes its case: "bei mentorierten Personen", not "mentorierte".
    let findings = cli(&["findings", "--sample", "--format", "text", "--locale", "de"]);
    let text = String::from_utf8_lossy(&findings.stdout);
    assert!(
        text.contains("bei mentorierten Personen") && text.contains("wie bei anderen ("),
        "{text}"
    );
}

#[test]
fn a_text_report_of_one_pair_and_one_goal_speaks_of_them_in_the_singular() {
    let dir = temp_dir("one-of-each");
    for (name, text) in [
        (
            "people.csv",
            "person_id,hire_date,exit_date,department,job_level\nP1,2020-01-01,,Sales,1\nP2,2020-01-01,,Sales,2\nP3,2020-02-01,2023-05-01,HR,1\nP4,2020-03-01,,HR,3\nP5,2020-04-01,,Sales,2\nP6,2020-05-01,,HR,1\n",
        ),
        (
            "pairs.csv",
            "pair_id,mentor_id,mentee_id,program,start_date,end_date,cadence_days\nM1,P2,P1,Growth,2024-01-01,,14\n",
        ),
        (
            "sessions.csv",
            "pair_id,date,status\nM1,2024-01-10,held\nM1,2024-02-10,held\n",
        ),
        (
            "goals.csv",
            "goal_id,pair_id,created_date,due_date,status\nG1,M1,2024-01-10,2024-06-01,open\n",
        ),
    ] {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let text = |locale: &str| {
        let out = cli(&[
            "report",
            "--data",
            dir.to_str().unwrap(),
            "--format",
            "text",
            "--as-of",
            "2025-01-01",
            "--locale",
            locale,
        ]);
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let en = text("en");
    for said in [
        "0% of 1 goal was completed (95% CI 0–79%); 1 is still open,",
        "\n  1 goal in 1 pair: completed",
        "\nMatching (1 pair, 0 ended early)\n",
        "The reasons for the one pair at high or medium risk: ",
    ] {
        assert!(en.contains(said), "{said}\n{en}");
    }
    let de = text("de");
    assert!(de.contains("\n  1 Ziel in 1 Paar: erreicht"), "{de}");
    assert!(de.contains(" von 1 Ziel wurde erreicht"), "{de}");
}
