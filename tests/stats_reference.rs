//! Every statistic against reference values from scipy, statsmodels and lifelines
//! (`tests/reference/generate.py` → `tests/reference/stats.json`).

use mentor_insights::stats::contingency::{chi_square, fisher_exact};
use mentor_insights::stats::correlation::{pearson, spearman};
use mentor_insights::stats::cox::{concordance_index, cox, CoxData, Ties};
use mentor_insights::stats::kaplan_meier::kaplan_meier;
use mentor_insights::stats::logistic::logistic;
use mentor_insights::stats::logrank::logrank;
use mentor_insights::stats::mann_kendall::mann_kendall;
use mentor_insights::stats::ratio::{odds_ratio, risk_ratio};
use mentor_insights::stats::theil_sen::theil_sen;
use mentor_insights::stats::wilson::wilson;
use serde_json::Value;

use crate::common;
use common::{bv, close, f, fv, reference, CLOSED_FORM, ITERATIVE};

/// An optional quantile against the reference, where lifelines' `inf` means "not reached".
#[track_caller]
fn close_opt(what: &str, got: Option<f64>, want: f64) {
    match got {
        None => assert!(want.is_infinite(), "{what}: got none, reference {want}"),
        Some(g) => close(what, g, want, CLOSED_FORM),
    }
}

#[test]
fn wilson_matches_statsmodels() {
    for c in reference()["wilson"].as_array().unwrap() {
        let (x, n) = (
            c["x"].as_u64().unwrap() as usize,
            c["n"].as_u64().unwrap() as usize,
        );
        let e = wilson(x, n, f(&c["level"])).unwrap();
        close("value", e.value, f(&c["value"]), CLOSED_FORM);
        close("ci_low", e.ci_low.unwrap(), f(&c["ci_low"]), CLOSED_FORM);
        close("ci_high", e.ci_high.unwrap(), f(&c["ci_high"]), CLOSED_FORM);
    }
}

fn table2(v: &Value) -> [[usize; 2]; 2] {
    let t: Vec<Vec<usize>> = serde_json::from_value(v.clone()).unwrap();
    [[t[0][0], t[0][1]], [t[1][0], t[1][1]]]
}

#[test]
fn risk_and_odds_ratios_match_statsmodels() {
    for c in reference()["ratios"].as_array().unwrap() {
        let t = table2(&c["table"]);
        for (name, e) in [
            ("risk_ratio", risk_ratio(t, 0.95).unwrap()),
            ("odds_ratio", odds_ratio(t, 0.95).unwrap()),
        ] {
            let want = fv(&c[name]);
            close(&format!("{name} {t:?}"), e.value, want[0], CLOSED_FORM);
            close(
                &format!("{name} low {t:?}"),
                e.ci_low.unwrap(),
                want[1],
                CLOSED_FORM,
            );
            close(
                &format!("{name} high {t:?}"),
                e.ci_high.unwrap(),
                want[2],
                CLOSED_FORM,
            );
            assert_eq!(
                e.method.contains("replaced by 0.5"),
                t.iter().flatten().any(|c| *c == 0)
            );
        }
    }
}

#[test]
fn chi_square_and_fisher_match_scipy() {
    for c in reference()["contingency"].as_array().unwrap() {
        let t: Vec<Vec<usize>> = serde_json::from_value(c["table"].clone()).unwrap();
        let want = fv(&c["chi_square"]);
        match chi_square(&t, false) {
            Ok(r) => {
                close("chi2", r.statistic, want[0], CLOSED_FORM);
                assert_eq!(r.df, Some(want[1]));
                close("chi2 p", r.p_value, want[2], CLOSED_FORM);
            }
            Err(e) => panic!("{t:?}: {e}"),
        }
        if t.len() == 2 && t[0].len() == 2 {
            let want = fv(&c["chi_square_yates"]);
            let r = chi_square(&t, true).unwrap();
            close("yates", r.statistic, want[0], CLOSED_FORM);
            close("yates p", r.p_value, want[2], CLOSED_FORM);
            let want = fv(&c["fisher"]);
            let r = fisher_exact(table2(&c["table"])).unwrap();
            if t.iter().flatten().any(|&n| n == 0) {
                // scipy gives the raw ratio (0 or ∞); ours replaces zero cells by 0.5.
                let [a, b, c, d] =
                    [t[0][0], t[0][1], t[1][0], t[1][1]]
                        .map(|n| if n == 0 { 0.5 } else { n as f64 });
                close(
                    "fisher odds, zeros shifted",
                    r.statistic,
                    a * d / (b * c),
                    CLOSED_FORM,
                );
                assert!(r.method.contains("zero cells replaced by 0.5"));
            } else {
                close("fisher odds", r.statistic, want[0], CLOSED_FORM);
            }
            close("fisher p", r.p_value, want[1], CLOSED_FORM);
        }
    }
}

#[test]
fn correlations_match_scipy() {
    for c in reference()["correlation"].as_array().unwrap() {
        let (x, y) = (fv(&c["x"]), fv(&c["y"]));
        let name = c["name"].as_str().unwrap();
        let p = pearson(&x, &y).unwrap();
        let want = fv(&c["pearson"]);
        close(&format!("{name} pearson r"), p.r, want[0], CLOSED_FORM);
        close(
            &format!("{name} pearson p"),
            p.p_value,
            want[1],
            CLOSED_FORM,
        );
        let s = spearman(&x, &y).unwrap();
        let want = fv(&c["spearman"]);
        close(&format!("{name} spearman rho"), s.r, want[0], CLOSED_FORM);
        close(
            &format!("{name} spearman p"),
            s.p_value,
            want[1],
            CLOSED_FORM,
        );
    }
}

#[test]
fn kaplan_meier_matches_lifelines() {
    for c in reference()["survival"].as_array().unwrap() {
        let name = c["name"].as_str().unwrap();
        let k = kaplan_meier(&fv(&c["times"]), &bv(&c["events"]), 0.95).unwrap();
        let want = c["km"].as_array().unwrap();
        assert_eq!(k.table.len(), want.len(), "{name}: rows");
        for (r, w) in k.table.iter().zip(want) {
            let at = format!("{name} t={}", r.t);
            close(&at, r.t, f(&w["t"]), CLOSED_FORM);
            assert_eq!(
                r.at_risk as u64,
                w["at_risk"].as_u64().unwrap(),
                "{at} at_risk"
            );
            assert_eq!(
                r.events as u64,
                w["events"].as_u64().unwrap(),
                "{at} events"
            );
            assert_eq!(
                r.censored as u64,
                w["censored"].as_u64().unwrap(),
                "{at} censored"
            );
            close(
                &format!("{at} survival"),
                r.survival,
                f(&w["survival"]),
                CLOSED_FORM,
            );
            close(
                &format!("{at} ci_low"),
                r.ci_low,
                f(&w["ci_low"]),
                CLOSED_FORM,
            );
            close(
                &format!("{at} ci_high"),
                r.ci_high,
                f(&w["ci_high"]),
                CLOSED_FORM,
            );
        }
        let m = fv(&c["median"]);
        close_opt(&format!("{name} median"), k.median.value, m[0]);
        close_opt(&format!("{name} median low"), k.median.ci_low, m[1]);
        close_opt(&format!("{name} median high"), k.median.ci_high, m[2]);
        close_opt(&format!("{name} q25"), k.q25.value, f(&c["q25"]));
        close_opt(&format!("{name} q75"), k.q75.value, f(&c["q75"]));
    }
}

#[test]
fn logrank_matches_lifelines() {
    for c in reference()["survival"].as_array().unwrap() {
        let name = c["name"].as_str().unwrap();
        let groups: Vec<usize> = c["groups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g.as_u64().unwrap() as usize)
            .collect();
        let r = logrank(&fv(&c["times"]), &bv(&c["events"]), &groups).unwrap();
        let want = fv(&c["logrank"]);
        close(
            &format!("{name} statistic"),
            r.test.statistic,
            want[0],
            CLOSED_FORM,
        );
        assert_eq!(r.test.df, Some(want[1]));
        close(&format!("{name} p"), r.test.p_value, want[2], CLOSED_FORM);
    }
}

#[test]
fn cox_matches_lifelines_and_statsmodels() {
    for c in reference()["cox"].as_array().unwrap() {
        let name = c["name"].as_str().unwrap();
        let covs: Vec<String> = serde_json::from_value(c["covariates"].clone()).unwrap();
        let x: Vec<Vec<f64>> = covs.iter().map(|k| fv(&c["x"][k])).collect();
        let stop = fv(&c["T"]);
        let event = bv(&c["E"]);
        let start = c.get("start").map(fv);
        let data = CoxData {
            start: start.as_deref(),
            stop: &stop,
            event: &event,
            x: &x,
            names: &covs,
            weights: None,
            robust: false,
            concordance: true,
            by_stop: None,
        };
        let fit = cox(&data, Ties::Efron, 0.95).unwrap();
        let w = &c["efron"];
        for (i, t) in fit.terms.iter().enumerate() {
            close(
                &format!("{name} {} coef", t.term),
                t.coef,
                f(&w["coef"][i]),
                ITERATIVE,
            );
            close(
                &format!("{name} {} se", t.term),
                t.se,
                f(&w["se"][i]),
                ITERATIVE,
            );
            close(
                &format!("{name} {} p", t.term),
                t.p_value,
                f(&w["p"][i]),
                ITERATIVE,
            );
            close(
                &format!("{name} {} hr low", t.term),
                t.ci_low,
                f(&w["hr_low"][i]),
                ITERATIVE,
            );
            close(
                &format!("{name} {} hr high", t.term),
                t.ci_high,
                f(&w["hr_high"][i]),
                ITERATIVE,
            );
        }
        close(
            &format!("{name} log-likelihood"),
            fit.log_likelihood,
            f(&w["log_likelihood"]),
            ITERATIVE,
        );
        match (&w["concordance"], fit.concordance) {
            (Value::Null, None) => {}
            (want, Some(got)) => close(&format!("{name} concordance"), got, f(want), ITERATIVE),
            (want, got) => panic!("{name} concordance: got {got:?}, reference {want}"),
        }
        if let Some(b) = c.get("breslow") {
            let fit = cox(&data, Ties::Breslow, 0.95).unwrap();
            for (i, t) in fit.terms.iter().enumerate() {
                close(
                    &format!("{name} breslow coef"),
                    t.coef,
                    f(&b["coef"][i]),
                    ITERATIVE,
                );
                close(
                    &format!("{name} breslow se"),
                    t.se,
                    f(&b["se"][i]),
                    ITERATIVE,
                );
            }
            close(
                &format!("{name} breslow ll"),
                fit.log_likelihood,
                f(&b["log_likelihood"]),
                ITERATIVE,
            );
        }
    }
}

#[test]
fn concordance_matches_lifelines() {
    for c in reference()["concordance"].as_array().unwrap() {
        close(
            "c",
            concordance_index(&fv(&c["times"]), &fv(&c["scores"]), &bv(&c["events"])),
            f(&c["c"]),
            CLOSED_FORM,
        );
    }
}

#[test]
fn logistic_matches_statsmodels() {
    for c in reference()["logistic"].as_array().unwrap() {
        let names = vec!["x1".to_string(), "x2".to_string()];
        let x: Vec<Vec<f64>> = names.iter().map(|k| fv(&c["x"][k])).collect();
        let fit = logistic(&bv(&c["y"]), &x, &names).unwrap();
        for (i, t) in fit.terms.iter().enumerate() {
            close(
                &format!("{} coef", t.term),
                t.coef,
                f(&c["coef"][i]),
                ITERATIVE,
            );
            close(&format!("{} se", t.term), t.se, f(&c["se"][i]), ITERATIVE);
            close(
                &format!("{} p", t.term),
                t.p_value,
                f(&c["p"][i]),
                ITERATIVE,
            );
        }
        close(
            "log-likelihood",
            fit.log_likelihood,
            f(&c["log_likelihood"]),
            ITERATIVE,
        );
    }
}

#[test]
fn theil_sen_matches_scipy_and_mann_kendall_matches_formula() {
    for c in reference()["trend"].as_array().unwrap() {
        let name = c["name"].as_str().unwrap();
        let (x, y) = (fv(&c["x"]), fv(&c["y"]));
        let t = theil_sen(&x, &y, 0.95).unwrap();
        let want = fv(&c["theil_sen"]);
        close(&format!("{name} slope"), t.slope, want[0], CLOSED_FORM);
        close(
            &format!("{name} intercept"),
            t.intercept,
            want[1],
            CLOSED_FORM,
        );
        close(&format!("{name} low"), t.ci_low, want[2], CLOSED_FORM);
        close(&format!("{name} high"), t.ci_high, want[3], CLOSED_FORM);
        let m = mann_kendall(&y).unwrap();
        let want = fv(&c["mann_kendall"]);
        close(&format!("{name} S"), m.s, want[0], CLOSED_FORM);
        close(&format!("{name} var S"), m.var_s, want[1], CLOSED_FORM);
        close(&format!("{name} Z"), m.z, want[2], CLOSED_FORM);
        close(&format!("{name} p"), m.p_value, want[3], CLOSED_FORM);
    }
}

#[test]
fn weighted_cox_with_robust_errors_matches_lifelines() {
    for c in reference()["robust_cox"].as_array().unwrap() {
        let name = c["name"].as_str().unwrap();
        let names = vec!["x1".to_string(), "x2".to_string()];
        let x: Vec<Vec<f64>> = names.iter().map(|k| fv(&c["x"][k])).collect();
        let (stop, event) = (fv(&c["T"]), bv(&c["E"]));
        let w = (!c["w"].is_null()).then(|| fv(&c["w"]));
        let data = CoxData {
            start: None,
            stop: &stop,
            event: &event,
            x: &x,
            names: &names,
            weights: w.as_deref(),
            robust: true,
            concordance: true,
            by_stop: None,
        };
        let fit = cox(&data, Ties::Efron, 0.95).unwrap();
        for (i, t) in fit.terms.iter().enumerate() {
            close(
                &format!("{name} {} coef", t.term),
                t.coef,
                f(&c["coef"][i]),
                ITERATIVE,
            );
            close(
                &format!("{name} {} robust se", t.term),
                t.se,
                f(&c["se"][i]),
                ITERATIVE,
            );
        }
        assert!(fit.method.contains("robust"));
    }
}
