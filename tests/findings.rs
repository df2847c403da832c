//! Findings (SPEC §4.8): each rule fires where its evidence is and stays quiet where it is not,
//! on the built-in sample's results and on those results altered to take the evidence away.

use crate::common;

use mentor_insights::generate::{generate, Options};
use mentor_insights::metrics::engagement::{engagement, Engagement, EngagementOptions};
use mentor_insights::metrics::findings::{findings, Finding, Severity, Sources};
use mentor_insights::metrics::goals::{goals, GoalOptions, Goals};
use mentor_insights::metrics::progression::{progression, Progression};
use mentor_insights::metrics::report::report;
use mentor_insights::metrics::retention::{retention, Retention, RetentionOptions};
use mentor_insights::metrics::risk::{risk, Learn, Risk, RiskConfig};
use mentor_insights::metrics::Params;
use mentor_insights::privacy::Cell;
use mentor_insights::Dataset;
use std::sync::OnceLock;

fn sample() -> &'static Dataset {
    static D: OnceLock<Dataset> = OnceLock::new();
    D.get_or_init(|| generate(Options::default()).dataset)
}

fn only_retention(x: &Retention) -> Vec<Finding> {
    findings(Sources {
        retention: Some(x),
        ..Sources::default()
    })
}

fn only_goals_by_program(x: &Goals) -> Vec<Finding> {
    findings(Sources {
        goals_by_program: Some(x),
        ..Sources::default()
    })
}

fn only_goals(x: &Goals) -> Vec<Finding> {
    findings(Sources {
        goals: Some(x),
        ..Sources::default()
    })
}

fn only_engagement(x: &Engagement) -> Vec<Finding> {
    findings(Sources {
        engagement: Some(x),
        ..Sources::default()
    })
}

fn only_risk(x: &Risk) -> Vec<Finding> {
    findings(Sources {
        risk: Some(x),
        ..Sources::default()
    })
}

fn only_progression(x: &Progression) -> Vec<Finding> {
    findings(Sources {
        progression: Some(x),
        ..Sources::default()
    })
}

fn by(f: &[Finding], id: &str) -> Option<Finding> {
    f.iter().find(|x| x.id == id).cloned()
}

fn num(f: &Finding, key: &str) -> f64 {
    f.values[key].as_f64().unwrap()
}

fn by_program() -> Goals {
    let p = Params {
        by: vec!["program".into()],
        ..Params::default()
    };
    goals(sample(), &p, GoalOptions::default()).unwrap()
}

#[test]
fn the_planted_effects_are_findings_on_the_sample() {
    let r = report(sample(), &Params::default()).unwrap();
    let f = &r.findings;
    // Mentoring × 0.6 exits, counted from the first pair, with the naive estimate beside it.
    let m = by(f, "retention.mentoring").expect("retention.mentoring");
    assert_eq!(m.severity, Severity::Notice);
    assert!(
        num(&m, "hazard_ratio") < 1.0 && num(&m, "ci_high") < 1.0,
        "{m:?}"
    );
    assert!(m.text.starts_with("Mentored people leave at"), "{}", m.text);
    assert!(m.values.contains_key("naive_hazard_ratio"), "{}", m.text);
    // Mentoring × 1.5 promotions.
    let p = by(f, "progression.mentoring:hazard_ratio").expect("progression hazard ratio");
    assert_eq!(p.severity, Severity::Notice);
    assert!(num(&p, "ci_low") > 1.0, "{}", p.text);
    let rr = by(f, "progression.mentoring:rate_ratio").expect("progression rate ratio");
    assert!(num(&rr, "ci_low") > 1.0, "{}", rr.text);
    // Decaying pairs stop meeting and are scored at risk (learned weights, all ≥ 0, score the
    // probability of ending early: at medium risk or above).
    let levels = by(f, "risk.levels").unwrap();
    assert!(
        num(&levels, "high") + num(&levels, "medium") > 0.0,
        "{}",
        levels.text
    );
    assert!(by(f, "engagement.not_meeting").is_some());
    assert!(by(f, "goals.completion").is_some());
    // Most urgent first.
    assert!(f.windows(2).all(|w| w[0].severity <= w[1].severity));
    // The invariants, on the report as JSON.
    let v = serde_json::to_value(&r).unwrap();
    let g = serde_json::to_value(by_program()).unwrap();
    assert_eq!(
        common::findings::problems(&v, Some(&g)),
        Vec::<String>::new()
    );
}

#[test]
fn mentoring_and_leaving_is_stated_either_way() {
    let mut r = retention(sample(), &Params::default(), &RetentionOptions::default()).unwrap();
    assert_eq!(
        by(&only_retention(&r), "retention.mentoring")
            .unwrap()
            .severity,
        Severity::Notice
    );
    // An interval that includes 1: "no difference", as info.
    let t = &mut r.cox.as_mut().unwrap().terms[0];
    t.ci_low = 0.8;
    t.ci_high = 1.1;
    let f = by(&only_retention(&r), "retention.mentoring").unwrap();
    assert_eq!(f.severity, Severity::Info);
    assert!(f.text.starts_with("No difference in leaving"), "{}", f.text);
    // The naive estimate is mentioned only when it differs.
    let hr = r.cox.as_ref().unwrap().terms[0].hazard_ratio;
    r.naive_cox.as_mut().unwrap().terms[0].hazard_ratio = hr;
    assert!(!by(&only_retention(&r), "retention.mentoring")
        .unwrap()
        .text
        .contains("naive"));
    // No model, no statement.
    r.cox = None;
    assert!(by(&only_retention(&r), "retention.mentoring").is_none());
}

#[test]
fn logrank_and_correlates_need_p_below_005() {
    // By mentoring, the log-rank test compares "ever mentored" with the rest: the naive comparison,
    // which the honest mentoring finding replaces (SPEC §4.3); by another dimension it is stated.
    let naive = retention(sample(), &Params::default(), &RetentionOptions::default()).unwrap();
    assert!(naive.logrank.as_ref().unwrap().p_value < 0.05);
    assert!(by(&only_retention(&naive), "retention.logrank").is_none());
    let p = Params {
        by: vec!["job_level".into()],
        ..Params::default()
    };
    let mut r = retention(sample(), &p, &RetentionOptions::default()).unwrap();
    assert!(by(&only_retention(&r), "retention.logrank").is_some());
    assert!(by(&only_retention(&r), "retention.correlate").is_some());
    r.logrank.as_mut().unwrap().p_value = 0.2;
    for c in &mut r.correlations {
        if let Some(pb) = &mut c.point_biserial {
            pb.p_value = 0.06;
        }
    }
    let f = only_retention(&r);
    assert!(by(&f, "retention.logrank").is_none());
    assert!(by(&f, "retention.correlate").is_none());
}

#[test]
fn a_program_is_named_only_when_its_interval_is_clear_of_the_rest() {
    let mut g = by_program();
    // Put one program's interval wholly below the rest's.
    let name = g.groups[0].group.clone();
    let Cell::Shown(s) = &mut g.groups[0].cell else {
        panic!("suppressed")
    };
    let rate = s.completion_rate.as_mut().unwrap();
    rate.value = 0.05;
    rate.ci_low = Some(0.01);
    rate.ci_high = Some(0.09);
    let f = by(&only_goals_by_program(&g), &format!("goals.program:{name}")).expect("fires");
    assert_eq!(f.values["direction"], "lower");
    assert_eq!(f.severity, Severity::Notice);
    // An interval that overlaps the rest's says nothing.
    let Cell::Shown(s) = &mut g.groups[0].cell else {
        unreachable!()
    };
    let rate = s.completion_rate.as_mut().unwrap();
    let overall = g.overall.completion_rate.as_ref().unwrap().value;
    rate.value = overall;
    rate.ci_low = Some(overall - 0.1);
    rate.ci_high = Some(overall + 0.1);
    assert!(by(&only_goals_by_program(&g), &format!("goals.program:{name}")).is_none());
    // A suppressed program is never named, whatever its numbers were.
    g.groups[0].cell = Cell::Suppressed {
        suppressed: true,
        n_below: 5,
    };
    assert!(only_goals_by_program(&g)
        .iter()
        .all(|f| !f.id.ends_with(&name)));
}

#[test]
fn overdue_and_stalled_goals_only_when_there_are_some() {
    let mut g = goals(sample(), &Params::default(), GoalOptions::default()).unwrap();
    let f = by(&only_goals(&g), "goals.open_items").expect("the sample has open items");
    assert_eq!(num(&f, "overdue") as usize, g.overall.overdue.len());
    g.overall.overdue.clear();
    g.overall.stalled.clear();
    let f = only_goals(&g);
    assert!(by(&f, "goals.open_items").is_none());
    assert!(by(&f, "goals.completion").is_some());
}

#[test]
fn pairs_not_meeting_and_program_trends() {
    let mut e = engagement(sample(), &Params::default(), &EngagementOptions::default()).unwrap();
    let f = by(&only_engagement(&e), "engagement.not_meeting").expect("fires");
    let lapsed = e
        .pairs
        .iter()
        .filter(|p| {
            p.active
                && p.days_since_last_held
                    .is_some_and(|d| d > 2 * p.cadence_days as i32)
        })
        .count();
    assert_eq!(num(&f, "pairs") as usize, lapsed);
    for p in &mut e.pairs {
        p.days_since_last_held = Some(0);
    }
    assert!(by(&only_engagement(&e), "engagement.not_meeting").is_none());

    // A significant fall is a notice; p ≥ 0.05 is nothing; a suppressed program is nothing.
    let name = e.programs[0].program.clone();
    let id = format!("engagement.trend:{name}");
    let Cell::Shown(n) = &mut e.programs[0].cell else {
        panic!("suppressed")
    };
    // Per active pair (not the total, which grows with the program).
    let t = n.per_pair_trend.as_mut().unwrap();
    t.theil_sen.slope = -0.5;
    t.mann_kendall.p_value = 0.001;
    let f = by(&only_engagement(&e), &id).expect("fires");
    assert_eq!(
        (f.severity, f.values["direction"].as_str()),
        (Severity::Notice, Some("falling"))
    );
    let Cell::Shown(n) = &mut e.programs[0].cell else {
        unreachable!()
    };
    n.per_pair_trend.as_mut().unwrap().mann_kendall.p_value = 0.2;
    assert!(by(&only_engagement(&e), &id).is_none());
    e.programs[0].cell = Cell::Suppressed {
        suppressed: true,
        n_below: 5,
    };
    assert!(by(&only_engagement(&e), &id).is_none());
}

#[test]
fn risk_levels_and_recurring_reasons() {
    let mut r = risk(
        sample(),
        &Params::default(),
        &RiskConfig::default(),
        Learn::Off,
    )
    .unwrap();
    let f = only_risk(&r);
    let levels = by(&f, "risk.levels").unwrap();
    assert_eq!(num(&levels, "high") as usize, r.levels["high"]);
    let reasons = by(&f, "risk.reasons").unwrap();
    assert!(num(&reasons, "pairs_1") >= num(&reasons, "pairs_2"));
    assert!(
        reasons.text.contains(" pairs at high or medium risk"),
        "{}",
        reasons.text
    );
    // One pair flagged: the sentence speaks of it alone, not of "the 1 pairs".
    let flagged = r.pairs.iter().position(|p| p.level != "low").unwrap();
    let mut one = r.clone();
    for (i, p) in one.pairs.iter_mut().enumerate() {
        if i != flagged {
            p.level = "low";
        }
    }
    let reasons = by(&only_risk(&one), "risk.reasons").unwrap();
    assert!(
        reasons
            .text
            .starts_with("The reasons for the one pair at high or medium risk: "),
        "{}",
        reasons.text
    );
    // Nobody flagged: the levels say so quietly and no reasons are listed.
    for p in &mut r.pairs {
        p.level = "low";
    }
    let total: usize = r.levels.values().sum();
    r.levels = [("high", 0), ("medium", 0), ("low", total)]
        .into_iter()
        .collect();
    let f = only_risk(&r);
    assert_eq!(by(&f, "risk.levels").unwrap().severity, Severity::Info);
    assert!(by(&f, "risk.reasons").is_none());
    // No active pairs: nothing to say.
    r.levels.clear();
    r.pairs.clear();
    assert!(only_risk(&r).is_empty());
}

#[test]
fn promotion_rate_ratio_is_stated_either_way() {
    let mut p = progression(sample(), &Params::default(), None).unwrap();
    let f = by(&only_progression(&p), "progression.mentoring:rate_ratio").unwrap();
    assert_eq!(f.severity, Severity::Notice);
    assert!(f.text.contains("mentored people"), "{}", f.text);
    let rr = p.rate_ratio.as_mut().unwrap();
    rr.ci_low = Some(0.9);
    rr.ci_high = Some(1.2);
    let f = by(&only_progression(&p), "progression.mentoring:rate_ratio").unwrap();
    assert_eq!(f.severity, Severity::Info);
    assert!(
        f.text.starts_with("No difference in promotion rates"),
        "{}",
        f.text
    );
}

fn only_matching(x: &mentor_insights::metrics::matching::Matching) -> Vec<Finding> {
    findings(Sources {
        matching: Some(x),
        ..Sources::default()
    })
}

#[test]
fn a_pair_feature_is_named_only_when_its_interval_excludes_1() {
    let mut m = mentor_insights::metrics::matching::matching(sample(), &Params::default()).unwrap();
    let f = only_matching(&m);
    let same = by(&f, "matching.feature:same_department").expect("the planted effect");
    assert!(num(&same, "hazard_ratio") < 1.0 && num(&same, "ci_high") < 1.0);
    assert!(
        same.text
            .starts_with("Pairs whose mentor works in the mentee's department end early at"),
        "{}",
        same.text
    );
    let gap = f
        .iter()
        .find(|x| x.id.starts_with("matching.feature:level_gap="))
        .expect("a level gap");
    assert!(gap.text.contains("against a gap of"), "{}", gap.text);
    assert!(by(&f, "matching.validation").is_some());
    // An interval that includes 1 says nothing.
    let t = m
        .model
        .as_mut()
        .unwrap()
        .terms
        .iter_mut()
        .find(|t| t.term == "same_department")
        .unwrap();
    t.ci_low = 0.8;
    t.ci_high = 1.2;
    assert!(by(&only_matching(&m), "matching.feature:same_department").is_none());
    m.model = None;
    assert!(only_matching(&m)
        .iter()
        .all(|x| x.id == "matching.validation"));
}
