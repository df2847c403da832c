//! Every sentence in the reader's language (SPEC §4.8 "Language"): findings, risk reasons,
//! warnings and errors in de, fr, es and nl, with the same ids, codes and values as in English.

use mentor_insights::generate::{generate, Options};
use mentor_insights::metrics::report::{findings_only, FindingsResult};
use mentor_insights::metrics::risk::{risk, Learn, Risk, RiskConfig};
use mentor_insights::metrics::{Params, DEFAULT_MIN_GROUP_SIZE};
use mentor_insights::warning::InLocale;
use mentor_insights::Dataset;
use std::process::Command;
use std::sync::OnceLock;

const OTHERS: [&str; 4] = ["de-DE", "fr", "es", "nl-BE"];

fn sample() -> &'static Dataset {
    static D: OnceLock<Dataset> = OnceLock::new();
    D.get_or_init(|| generate(Options::default()).dataset)
}

fn params() -> Params {
    Params {
        as_of: None,
        min_group_size: DEFAULT_MIN_GROUP_SIZE,
        by: Vec::new(),
    }
}

fn findings() -> &'static FindingsResult {
    static F: OnceLock<FindingsResult> = OnceLock::new();
    F.get_or_init(|| findings_only(sample(), &params()).unwrap())
}

fn risk_result() -> &'static Risk {
    static R: OnceLock<Risk> = OnceLock::new();
    R.get_or_init(|| risk(sample(), &params(), &RiskConfig::default(), Learn::Off).unwrap())
}

#[test]
fn findings_are_written_in_each_language_with_the_same_ids_and_values() {
    let english = findings();
    assert!(english.findings.len() >= 10);
    for tag in OTHERS {
        let other = english.clone().in_locale(Some(tag));
        assert_eq!(other.findings.len(), english.findings.len());
        for (a, b) in english.findings.iter().zip(&other.findings) {
            assert_eq!((&a.id, &a.values, &a.path), (&b.id, &b.values, &b.path));
            assert_ne!(a.text, b.text, "{tag}: {} is not translated", a.id);
            assert!(!b.text.contains(['{', '}']), "{tag}: {}", b.text);
        }
        // The mentoring hazard ratio, 0.60 in English, with the locale's decimal comma.
        let mentoring = other
            .findings
            .iter()
            .find(|f| f.id == "retention.mentoring")
            .unwrap();
        assert!(mentoring.text.contains("0,60"), "{tag}: {}", mentoring.text);
        let codes = |r: &FindingsResult| r.warnings.iter().map(|w| w.code).collect::<Vec<_>>();
        assert_eq!(codes(&other), codes(english));
        for (a, b) in english.warnings.iter().zip(&other.warnings) {
            assert_ne!(
                a.message, b.message,
                "{tag}: warning {} is not translated",
                a.code
            );
        }
    }
}

#[test]
fn german_sentences_read_as_german() {
    let de = findings().clone().in_locale(Some("de"));
    let text = |id: &str| {
        de.findings
            .iter()
            .find(|f| f.id == id)
            .map(|f| f.text.clone())
            .unwrap()
    };
    assert!(text("retention.mentoring").starts_with(
        "Mentorierte Personen gehen mit dem 0,60-Fachen der Rate anderer (95\u{a0}%-KI 0,52–0,70)"
    ));
    // 5,602 goals: the German thousands separator.
    assert!(
        text("goals.completion").contains("von 5.602 Zielen"),
        "{}",
        text("goals.completion")
    );
}

#[test]
fn risk_reasons_are_written_in_each_language_with_the_same_signals() {
    let english = risk_result();
    let with_reasons = english
        .pairs
        .iter()
        .filter(|p| !p.reasons.is_empty())
        .count();
    assert!(with_reasons > 0);
    for tag in OTHERS {
        let other = english.clone().in_locale(Some(tag));
        for (a, b) in english.pairs.iter().zip(&other.pairs) {
            assert_eq!(a.pair_id, b.pair_id);
            for (x, y) in a.reasons.iter().zip(&b.reasons) {
                assert_eq!(
                    (x.signal, x.value, x.contribution),
                    (y.signal, y.value, y.contribution)
                );
                assert_ne!(x.text, y.text, "{tag}: {}", x.text);
            }
        }
        assert_ne!(other.weights.reason, english.weights.reason);
    }
}

#[test]
fn an_unsupported_language_falls_back_to_english_with_a_warning() {
    let english = findings();
    let other = english.clone().in_locale(Some("ja-JP"));
    for (a, b) in english.findings.iter().zip(&other.findings) {
        assert_eq!(a.text, b.text);
    }
    let w = other.warnings.last().unwrap();
    assert_eq!(w.code, "locale_unsupported");
    assert!(w.message.contains("ja-JP"));
}

fn cli(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_mentor-insights"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_cli_writes_findings_and_errors_in_the_language_asked_for() {
    let out = cli(&[
        "findings", "--sample", "--locale", "de-DE", "--format", "text",
    ]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("Was die Zahlen sagen"), "{text}");
    assert!(
        text.contains("Mentorierte Personen gehen mit dem 0,60-Fachen"),
        "{text}"
    );

    // The text report's tables too: headings, column names and numbers.
    let out = cli(&["report", "--sample", "--locale", "nl", "--format", "text"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("\nKoppels met risico\n"), "{text}");
    assert!(text.contains("  koppel  "), "{text}");
    assert!(
        text.contains("5.602 doelen in 1.672 koppels: behaald 46% (45%–47%)"),
        "{text}"
    );
    assert!(!text.contains("hazard ratio (95% CI)"), "{text}");

    let out = cli(&["report", "--sample", "--locale", "fr", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let en = cli(&["report", "--sample", "--format", "json"]);
    let e: serde_json::Value = serde_json::from_slice(&en.stdout).unwrap();
    let ids = |v: &serde_json::Value| {
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| (f["id"].clone(), f["values"].clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&v), ids(&e));
    assert_eq!(
        v["goals"], e["goals"],
        "numbers do not change with the language"
    );

    let dir = crate::common::TempDir::new("i18n");
    std::fs::write(
        dir.join("people.csv"),
        "person_id,hire_date\nP1,2020-01-01\nP1,2020-02-01\n",
    )
    .unwrap();
    let out = cli(&["goals", "--data", dir.to_str().unwrap(), "--locale", "nl"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("people rij 2, kolom 'person_id': 'P1' komt dubbel voor (eerst in rij 1)"),
        "{err}"
    );
    // What a cell should have been, and a cause shared by many cells, in the language too.
    std::fs::write(
        dir.join("people.csv"),
        "person_id,hire_date\nP1,13/2/2021\nP2,14/2/2021\nP3,15/2/2021\nP4,16/2/2021\n",
    )
    .unwrap();
    let out = cli(&["goals", "--data", dir.to_str().unwrap(), "--locale", "de"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "people: Spalte „hire_date“: 4 Daten sehen aus wie D/M/YYYY (Zeile 1: „13/2/2021“"
        ),
        "{err}"
    );
    std::fs::write(
        dir.join("people.csv"),
        "person_id,hire_date,exit_date,exit_type\nP1,2020-01-01,2021-01-01,quit\n",
    )
    .unwrap();
    let out = cli(&["goals", "--data", dir.to_str().unwrap(), "--locale", "fr"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("people ligne 1, colonne « exit_type »\u{202f}: « quit » n’est pas l’une des valeurs \"voluntary\", \"involuntary\""), "{err}");
}
