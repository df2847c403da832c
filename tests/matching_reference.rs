//! Matching's Cox model of ending early against lifelines' CoxPHFitter, on features that
//! tests/reference/matching.py derives independently from the same committed files.

use crate::common;

use common::{close, ITERATIVE};
use mentor_insights::ingest::{load, Source};
use mentor_insights::metrics::matching::matching;
use mentor_insights::metrics::Params;
use serde_json::Value;

fn file(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/reference/matching/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn the_early_end_model_matches_lifelines() {
    let d = load(
        ["people", "pairs", "promotions"].map(|t| (t, Source::CsvOwned(file(&format!("{t}.csv"))))),
    )
    .unwrap();
    let want: Value = serde_json::from_slice(&file("expected.json")).unwrap();
    let m = matching(&d, &Params::default()).unwrap();
    assert_eq!(
        m.as_of.0,
        mentor_insights::model::date::parse(want["as_of"].as_str().unwrap()).unwrap()
    );
    let fit = m.model.expect("a model");
    assert_eq!(fit.n as u64, want["n"].as_u64().unwrap());
    assert_eq!(fit.events as u64, want["events"].as_u64().unwrap());
    let terms = want["terms"].as_array().unwrap();
    let names: Vec<&str> = fit.terms.iter().map(|t| t.term.as_str()).collect();
    let wanted: Vec<&str> = terms.iter().map(|t| t["term"].as_str().unwrap()).collect();
    assert_eq!(names, wanted, "the same design, in the same order");
    for (got, w) in fit.terms.iter().zip(terms) {
        let f = |k: &str| w[k].as_f64().unwrap();
        close(
            &format!("{} coef", got.term),
            got.coef,
            f("coef"),
            ITERATIVE,
        );
        close(&format!("{} se", got.term), got.se, f("se"), ITERATIVE);
        close(
            &format!("{} p", got.term),
            got.p_value,
            f("p_value"),
            ITERATIVE,
        );
    }
    close(
        "log-likelihood",
        fit.log_likelihood,
        want["log_likelihood"].as_f64().unwrap(),
        ITERATIVE,
    );
    close(
        "concordance",
        fit.concordance.unwrap(),
        want["concordance"].as_f64().unwrap(),
        ITERATIVE,
    );
}
