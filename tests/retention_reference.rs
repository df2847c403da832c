//! `retention` end to end: a people table written by tests/reference/generate.py, loaded by the
//! CLI from a folder, against lifelines / scipy / statsmodels numbers for the same table.

use serde_json::Value;
use std::process::Command;

use crate::common;
use common::{f, CLOSED_FORM, ITERATIVE};

fn reference() -> Value {
    common::reference()["retention"].clone()
}

#[track_caller]
fn close(what: &str, got: &Value, want: &Value, tol: f64) {
    common::close(what, f(got), f(want), tol);
}

fn run(args: &[&str]) -> Value {
    // A folder per call: tests run in parallel threads of one process.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = common::TempDir::new(&format!("retention-ref-{call}"));
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/reference/retention_people.csv"
        ),
        dir.join("people.csv"),
    )
    .unwrap();
    let mut all = vec![
        "retention",
        "--data",
        dir.to_str().unwrap(),
        "--as-of",
        "2025-06-30",
    ];
    all.extend_from_slice(args);
    let out = Command::new(env!("CARGO_BIN_EXE_mentor-insights"))
        .args(&all)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn check_groups(got: &Value, want: &Value) {
    for (g, w) in got["groups"]
        .as_array()
        .unwrap()
        .iter()
        .zip(want["groups"].as_array().unwrap())
    {
        let name = w["group"].as_str().unwrap();
        assert_eq!(g["group"], w["group"]);
        assert_eq!(g["n"], w["n"], "{name} n");
        assert_eq!(g["exits"], w["exits"], "{name} exits");
        close(
            &format!("{name} rate"),
            &g["rate"]["value"],
            &w["rate"][0],
            CLOSED_FORM,
        );
        close(
            &format!("{name} rate low"),
            &g["rate"]["ci_low"],
            &w["rate"][1],
            CLOSED_FORM,
        );
        close(
            &format!("{name} rate high"),
            &g["rate"]["ci_high"],
            &w["rate"][2],
            CLOSED_FORM,
        );
        let table = g["km"]["table"].as_array().unwrap();
        assert_eq!(
            table.len(),
            w["km_t"].as_array().unwrap().len(),
            "{name} KM rows"
        );
        for (i, row) in table.iter().enumerate() {
            close(&format!("{name} t"), &row["t"], &w["km_t"][i], CLOSED_FORM);
            close(
                &format!("{name} S"),
                &row["survival"],
                &w["km_s"][i],
                CLOSED_FORM,
            );
            close(
                &format!("{name} S low"),
                &row["ci_low"],
                &w["km_low"][i],
                CLOSED_FORM,
            );
            close(
                &format!("{name} S high"),
                &row["ci_high"],
                &w["km_high"][i],
                CLOSED_FORM,
            );
        }
        match &g["km"]["median"]["value"] {
            Value::Null => assert_eq!(w["median"], "inf", "{name} median"),
            m => close(&format!("{name} median"), m, &w["median"], CLOSED_FORM),
        }
    }
    close(
        "logrank",
        &got["logrank"]["statistic"],
        &want["logrank"][0],
        CLOSED_FORM,
    );
    assert_eq!(
        got["logrank"]["df"].as_f64().unwrap(),
        f(&want["logrank"][1])
    );
    close(
        "logrank p",
        &got["logrank"]["p_value"],
        &want["logrank"][2],
        CLOSED_FORM,
    );
}

#[test]
fn retention_by_department_with_cox_matches_lifelines() {
    let r = reference();
    for exits in ["all", "voluntary"] {
        let got = run(&[
            "--by",
            "department",
            "--covariates",
            "job_level,department",
            "--exits",
            exits,
        ]);
        let want = &r[exits];
        assert_eq!(got["exits"], exits);
        check_groups(&got, &want["department"]);
        close(
            "chi2",
            &got["comparison"]["chi_square"]["statistic"],
            &want["department"]["chi_square"][0],
            CLOSED_FORM,
        );
        close(
            "chi2 p",
            &got["comparison"]["chi_square"]["p_value"],
            &want["department"]["chi_square"][2],
            CLOSED_FORM,
        );
        let cox = &got["cox"];
        let w = &want["cox"];
        let terms: Vec<&str> = cox["terms"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["term"].as_str().unwrap())
            .collect();
        assert_eq!(
            terms,
            vec!["job_level", "department=Engineering", "department=Ops"]
        );
        for (i, t) in cox["terms"].as_array().unwrap().iter().enumerate() {
            close("coef", &t["coef"], &w["coef"][i], ITERATIVE);
            close("se", &t["se"], &w["se"][i], ITERATIVE);
            close("p", &t["p_value"], &w["p"][i], ITERATIVE);
            close("hr low", &t["ci_low"], &w["hr_low"][i], ITERATIVE);
            close("hr high", &t["ci_high"], &w["hr_high"][i], ITERATIVE);
        }
        close(
            "log-likelihood",
            &cox["log_likelihood"],
            &w["log_likelihood"],
            ITERATIVE,
        );
        close(
            "concordance",
            &cox["concordance"],
            &w["concordance"],
            ITERATIVE,
        );
        assert_eq!(got["exposure"], "ever");
        let c = got["correlations"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["feature"] == "job_level")
            .unwrap();
        let w = &want["correlation_job_level"];
        close(
            "point-biserial",
            &c["point_biserial"]["r"],
            &w[0],
            CLOSED_FORM,
        );
        close(
            "point-biserial p",
            &c["point_biserial"]["p_value"],
            &w[1],
            CLOSED_FORM,
        );
        close("spearman", &c["spearman"]["rho"], &w[2], CLOSED_FORM);
        close("spearman p", &c["spearman"]["p_value"], &w[3], CLOSED_FORM);
        assert_eq!(c["n"], 600);
    }
}

#[test]
fn retention_two_groups_comparison_matches_scipy_and_statsmodels() {
    let r = reference();
    let got = run(&["--by", "remote"]);
    let want = &r["all"]["remote"];
    check_groups(&got, want);
    let (c, w) = (&got["comparison"], &want["comparison"]);
    assert_eq!(c["groups"], serde_json::json!(["no", "yes"]));
    for k in ["risk_ratio", "odds_ratio"] {
        close(k, &c[k]["value"], &w[k][0], CLOSED_FORM);
        close(k, &c[k]["ci_low"], &w[k][1], CLOSED_FORM);
        close(k, &c[k]["ci_high"], &w[k][2], CLOSED_FORM);
    }
    close(
        "chi2",
        &c["chi_square"]["statistic"],
        &w["chi_square"][0],
        CLOSED_FORM,
    );
    close(
        "chi2 p",
        &c["chi_square"]["p_value"],
        &w["chi_square"][1],
        CLOSED_FORM,
    );
    close(
        "yates",
        &c["chi_square_yates"]["statistic"],
        &w["chi_square_yates"][0],
        CLOSED_FORM,
    );
    close(
        "yates p",
        &c["chi_square_yates"]["p_value"],
        &w["chi_square_yates"][1],
        CLOSED_FORM,
    );
    close(
        "fisher p",
        &c["fisher"]["p_value"],
        &w["fisher"],
        CLOSED_FORM,
    );
    // People alone: no pairs table, so no mentoring model and no error.
    assert!(got["cox"].is_null());
}

#[test]
fn retention_questions_that_need_pairs_say_so() {
    let dir = common::TempDir::new("retention-nopairs");
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/reference/retention_people.csv"
        ),
        dir.join("people.csv"),
    )
    .unwrap();
    // People alone (an HRIS export): one group, and the drivers of leaving.
    let out = Command::new(env!("CARGO_BIN_EXE_mentor-insights"))
        .args(["retention", "--data", dir.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["groups"][0]["group"], "all");
    assert!(!v["drivers"].as_array().unwrap().is_empty());
    // Mentoring needs the pairs.
    let out = Command::new(env!("CARGO_BIN_EXE_mentor-insights"))
        .args([
            "retention",
            "--data",
            dir.to_str().unwrap(),
            "--by",
            "mentored",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs the pairs table"));
    let out = Command::new(env!("CARGO_BIN_EXE_mentor-insights"))
        .args([
            "retention",
            "--data",
            dir.to_str().unwrap(),
            "--by",
            "department",
            "--covariates",
            "shoe_size",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown covariate \"shoe_size\""));
}
