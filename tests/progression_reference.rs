//! `progression` end to end: people, pairs and promotions written by tests/reference/generate.py,
//! loaded by the CLI, against scipy / statsmodels / lifelines numbers and a person-time split
//! computed independently in that script.

use serde_json::Value;
use std::process::Command;

use crate::common;
use common::{close, f, reference, ITERATIVE};

/// Closed forms, but the Garwood bounds come from an iterative chi-square quantile (~1e-9).
const CLOSED_FORM: f64 = 1e-8;

#[test]
fn garwood_and_rate_ratio_match_statsmodels() {
    use mentor_insights::stats::poisson::{garwood, rate_ratio};
    let r = reference();
    for c in r["poisson"]["garwood"].as_array().unwrap() {
        let e = garwood(c["k"].as_u64().unwrap(), f(&c["t"]), 1.0, 0.95).unwrap();
        close("rate", e.value, f(&c["rate"]), CLOSED_FORM);
        close("low", e.ci_low.unwrap(), f(&c["low"]), CLOSED_FORM);
        close("high", e.ci_high.unwrap(), f(&c["high"]), CLOSED_FORM);
    }
    for c in r["poisson"]["rate_ratio"].as_array().unwrap() {
        let e = rate_ratio(
            c["k1"].as_u64().unwrap(),
            f(&c["t1"]),
            c["k2"].as_u64().unwrap(),
            f(&c["t2"]),
            0.95,
        )
        .unwrap();
        close("ratio", e.value, f(&c["ratio"]), CLOSED_FORM);
        close("ratio low", e.ci_low.unwrap(), f(&c["low"]), CLOSED_FORM);
        close("ratio high", e.ci_high.unwrap(), f(&c["high"]), CLOSED_FORM);
    }
}

#[test]
fn progression_matches_the_reference_through_the_cli() {
    let want = &reference()["progression"];
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/reference/progression");
    let out = Command::new(env!("CARGO_BIN_EXE_mentor-insights"))
        .args(["progression", "--data", dir, "--as-of", "2025-06-30"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: Value = serde_json::from_slice(&out.stdout).unwrap();
    for g in got["groups"].as_array().unwrap() {
        let name = g["group"].as_str().unwrap();
        let w = &want["groups"][name];
        assert_eq!(g["people"], w["people"], "{name} people");
        assert_eq!(g["promotions"], w["promotions"], "{name} promotions");
        close(
            &format!("{name} person-years"),
            f(&g["person_years"]),
            f(&w["person_years"]),
            CLOSED_FORM,
        );
        close(
            &format!("{name} rate"),
            f(&g["rate_per_100py"]["value"]),
            f(&w["rate"][0]),
            CLOSED_FORM,
        );
        close(
            &format!("{name} low"),
            f(&g["rate_per_100py"]["ci_low"]),
            f(&w["rate"][1]),
            CLOSED_FORM,
        );
        close(
            &format!("{name} high"),
            f(&g["rate_per_100py"]["ci_high"]),
            f(&w["rate"][2]),
            CLOSED_FORM,
        );
    }
    for (k, i) in [("value", 0), ("ci_low", 1), ("ci_high", 2)] {
        close(
            &format!("rate ratio {k}"),
            f(&got["rate_ratio"][k]),
            f(&want["rate_ratio"][i]),
            CLOSED_FORM,
        );
    }
    assert_eq!(got["exposure"], "time-varying");
    let term = &got["cox"]["terms"][0];
    assert_eq!(term["term"], "mentored");
    close(
        "cox coef",
        f(&term["coef"]),
        f(&want["cox"]["coef"]),
        ITERATIVE,
    );
    close("cox se", f(&term["se"]), f(&want["cox"]["se"]), ITERATIVE);
    close(
        "cox ll",
        f(&got["cox"]["log_likelihood"]),
        f(&want["cox"]["log_likelihood"]),
        ITERATIVE,
    );
    for g in got["time_to_first"]["groups"].as_array().unwrap() {
        let name = g["group"].as_str().unwrap();
        let w = &want["km"][name];
        let table = g["km"]["table"].as_array().unwrap();
        assert_eq!(
            table.len() as u64,
            w["rows"].as_u64().unwrap(),
            "{name} KM rows"
        );
        close(
            &format!("{name} last S"),
            f(&table[table.len() - 1]["survival"]),
            f(&w["last_survival"]),
            CLOSED_FORM,
        );
        close(
            &format!("{name} median"),
            f(&g["km"]["median"]["value"]),
            f(&w["median"]),
            CLOSED_FORM,
        );
    }
    close(
        "logrank",
        f(&got["time_to_first"]["logrank"]["statistic"]),
        f(&want["logrank"][0]),
        CLOSED_FORM,
    );
    close(
        "logrank p",
        f(&got["time_to_first"]["logrank"]["p_value"]),
        f(&want["logrank"][1]),
        CLOSED_FORM,
    );
}

#[test]
fn progression_needs_the_promotions_table() {
    let e = mentor_insights::metrics::progression::progression(
        &mentor_insights::ingest::load(vec![(
            "people",
            mentor_insights::ingest::Source::Csv(b"person_id,hire_date\nA,2020-01-01\n"),
        )])
        .unwrap(),
        &mentor_insights::metrics::Params::default(),
        None,
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "progression needs the promotions table, which was not loaded"
    );
}
