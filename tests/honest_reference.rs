//! The honest answers against independent references (tests/reference/honest/): the learned risk
//! weights' non-negative ridge logistic regression against scipy's bounded L-BFGS-B, and the
//! Simon–Makuch curves against R's `survfit(Surv(start, stop, event) ~ group)` at every time.

use crate::common;

use common::ITERATIVE;
use mentor_insights::stats::kaplan_meier::kaplan_meier_counting;
use mentor_insights::stats::logistic::logistic_ridge_nonneg;

fn reference(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/reference/honest/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn nonnegative_ridge_logistic_matches_scipy() {
    let r: serde_json::Value = serde_json::from_str(&reference("nonneg_logistic.json")).unwrap();
    let x: Vec<Vec<f64>> = serde_json::from_value(r["x"].clone()).unwrap();
    let y: Vec<bool> = serde_json::from_value(r["y"].clone()).unwrap();
    let want: Vec<f64> = serde_json::from_value(r["coef"].clone()).unwrap();
    let names: Vec<String> = (0..x.len()).map(|j| format!("x{j}")).collect();
    let fit = logistic_ridge_nonneg(&y, &x, &names, r["ridge"].as_f64().unwrap()).unwrap();
    for (t, w) in fit.fit.terms.iter().zip(&want) {
        assert!(
            (t.coef - w).abs() < ITERATIVE,
            "{}: {} vs scipy {w}",
            t.term,
            t.coef
        );
    }
    // The covariate that lowers the odds is held at zero and said to be.
    assert_eq!(fit.held_at_zero, vec![1]);
}

#[test]
fn simon_makuch_matches_r_survfit_at_every_time() {
    let rows = reference("sm_rows.csv");
    let mut by_group: [(Vec<f64>, Vec<f64>, Vec<bool>); 2] = Default::default();
    for line in rows.lines().skip(1) {
        let f: Vec<f64> = line.split(',').map(|c| c.parse().unwrap()).collect();
        let g = &mut by_group[f[0] as usize];
        g.0.push(f[1]);
        g.1.push(f[2]);
        g.2.push(f[3] == 1.0);
    }
    let fits: Vec<_> = by_group
        .iter()
        .map(|(a, b, e)| kaplan_meier_counting(a, b, e, 0.95).unwrap())
        .collect();
    let curves = reference("sm_curves.csv");
    let mut compared = 0;
    for line in curves.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        let (group, t): (usize, f64) = (f[0].parse().unwrap(), f[1].parse().unwrap());
        let row = fits[group]
            .table
            .iter()
            .find(|r| r.t == t)
            .unwrap_or_else(|| panic!("group {group}: no row at {t}"));
        assert_eq!(
            row.at_risk,
            f[2].parse::<usize>().unwrap(),
            "group {group} at {t}"
        );
        assert_eq!(
            row.events,
            f[3].parse::<usize>().unwrap(),
            "group {group} at {t}"
        );
        let close = |ours: f64, theirs: &str, what: &str| {
            if let Ok(r) = theirs.parse::<f64>() {
                assert!(
                    (ours - r).abs() < common::CLOSED_FORM,
                    "group {group} at {t}: {what} {ours} vs R {r}"
                );
            }
        };
        close(row.survival, f[4], "survival");
        close(row.ci_low, f[5], "lower");
        close(row.ci_high, f[6], "upper");
        compared += 1;
    }
    assert!(compared > 400, "{compared}");
}
