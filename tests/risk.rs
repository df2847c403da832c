//! At-risk pairs on hand-built pairs: each reason fires exactly when its threshold is crossed,
//! with the observed value in its text.

use mentor_insights::ingest::{load, Source};
use mentor_insights::metrics::risk::{risk, Learn, PairRisk, RiskConfig};
use mentor_insights::metrics::risk_eval::{evaluate, EvalOptions};
use mentor_insights::metrics::Params;
use mentor_insights::model::date;
use mentor_insights::Dataset;

const PEOPLE: &str = "person_id,hire_date,department\nA,2015-01-01,Sales\nB,2020-01-01,Sales\nC,2020-01-01,Ops\nD,2020-01-01,Ops\nE,2020-01-01,Ops\nF,2020-01-01,Ops\nG,2020-01-01,Ops\n";
// R1: last held 30 days before as_of (cadence 14 → limit 14). R1b: 11 days.
// R2: started 30 days ago, never met. R2b: started 11 days ago.
// R3: 2 of 4 recent sessions missed; the mentee rated it 2.
const PAIRS: &str = "pair_id,mentor_id,mentee_id,program,start_date,cadence_days\n\
R1,A,B,p,2025-01-01,14\n\
R1b,A,C,p,2025-01-01,14\n\
R2,A,D,p,2025-03-01,14\n\
R2b,A,E,p,2025-03-20,14\n\
R3,A,F,p,2025-02-01,14\n";
const SESSIONS: &str = "pair_id,date,status,initiated_by\n\
R1,2025-01-05,held,mentee\nR1,2025-01-19,held,mentor\nR1,2025-02-02,held,mentee\nR1,2025-02-16,held,mentor\nR1,2025-03-01,held,mentee\n\
R1b,2025-01-05,held,mentee\nR1b,2025-01-19,held,mentor\nR1b,2025-02-02,held,mentee\nR1b,2025-02-16,held,mentor\nR1b,2025-03-02,held,mentee\nR1b,2025-03-20,held,mentee\n\
R3,2025-02-10,held,mentee\nR3,2025-02-24,cancelled,mentor\nR3,2025-03-10,no_show,mentor\nR3,2025-03-24,held,mentee\n";
const GOALS: &str = "goal_id,pair_id,created_date,due_date,status,last_update_date\n\
G1,R1,2025-01-05,2025-03-01,open,2025-02-15\n\
G2,R1b,2025-01-05,2025-04-30,open,2025-03-20\n";
const FEEDBACK: &str =
    "pair_id,date,respondent,rating\nR3,2025-03-15,mentee,2\nR1b,2025-03-15,mentee,4\n";

fn data() -> Dataset {
    load(vec![
        ("people", Source::Csv(PEOPLE.as_bytes())),
        ("pairs", Source::Csv(PAIRS.as_bytes())),
        ("sessions", Source::Csv(SESSIONS.as_bytes())),
        ("goals", Source::Csv(GOALS.as_bytes())),
        ("feedback", Source::Csv(FEEDBACK.as_bytes())),
    ])
    .unwrap()
}

fn params() -> Params {
    Params {
        as_of: date::parse("2025-03-31"),
        ..Params::default()
    }
}

fn pair<'a>(r: &'a [PairRisk], id: &str) -> &'a PairRisk {
    r.iter().find(|p| p.pair_id == id).unwrap()
}

fn signals(p: &PairRisk) -> Vec<&str> {
    let mut s: Vec<&str> = p.reasons.iter().map(|r| r.signal).collect();
    s.sort();
    s
}

#[test]
fn each_reason_fires_exactly_past_its_threshold() {
    let r = risk(&data(), &params(), &RiskConfig::default(), Learn::Off).unwrap();
    let r1 = pair(&r.pairs, "R1");
    assert_eq!(
        signals(r1),
        vec!["overdue_goals", "recency", "stalled_goals"]
    );
    let recency = r1.reasons.iter().find(|x| x.signal == "recency").unwrap();
    assert_eq!((recency.value, recency.threshold), (30.0, 14.0));
    assert_eq!(recency.text, "no held session for 30 days (cadence 14)");
    let stalled = r1
        .reasons
        .iter()
        .find(|x| x.signal == "stalled_goals")
        .unwrap();
    assert_eq!(
        stalled.text,
        "1 open goal without an update for more than 30 days"
    );

    // 11 days since the last held session, goal updated 11 days ago and not yet due: nothing fires.
    let r1b = pair(&r.pairs, "R1b");
    assert!(r1b.reasons.is_empty(), "{:?}", r1b.reasons);
    assert_eq!((r1b.score, r1b.level), (0.0, "low"));

    let r2 = pair(&r.pairs, "R2");
    assert_eq!(signals(r2), vec!["no_first_session", "recency"]);
    assert_eq!(
        r2.reasons
            .iter()
            .find(|x| x.signal == "no_first_session")
            .unwrap()
            .text,
        "no session held in the 30 days since the start (expected within 21)"
    );
    assert!(pair(&r.pairs, "R2b").reasons.is_empty());

    let r3 = pair(&r.pairs, "R3");
    assert_eq!(signals(r3), vec!["cancellations", "low_rating"]);
    let c = r3
        .reasons
        .iter()
        .find(|x| x.signal == "cancellations")
        .unwrap();
    assert_eq!((c.value, c.threshold), (0.5, 0.4));
    assert_eq!(
        c.text,
        "2 of 4 sessions in the last 60 days cancelled or missed"
    );
    assert_eq!(
        r3.reasons
            .iter()
            .find(|x| x.signal == "low_rating")
            .unwrap()
            .text,
        "the mentee rated the pair 2.0 of 5 in the last 90 days"
    );
}

#[test]
fn scores_are_sorted_combined_and_levelled() {
    let r = risk(&data(), &params(), &RiskConfig::default(), Learn::Off).unwrap();
    assert!(r.pairs.windows(2).all(|w| w[0].score >= w[1].score));
    assert_eq!(r.pairs.len(), 5);
    for p in &r.pairs {
        // Noisy-OR of the contributions.
        let expected = 1.0
            - p.reasons
                .iter()
                .fold(1.0, |acc, x| acc * (1.0 - x.contribution));
        assert!((p.score - expected).abs() < 1e-12);
        assert!((0.0..=1.0).contains(&p.score));
        let c = RiskConfig::default();
        let want = if p.score >= c.high {
            "high"
        } else if p.score >= c.medium {
            "medium"
        } else {
            "low"
        };
        assert_eq!(p.level, want);
        // Ids only: no attribute value appears in a reason.
        assert!(p
            .reasons
            .iter()
            .all(|x| !x.text.contains("Sales") && !x.text.contains("Ops")));
    }
    let again = risk(&data(), &params(), &RiskConfig::default(), Learn::Off).unwrap();
    assert_eq!(
        serde_json::to_string(&r).unwrap(),
        serde_json::to_string(&again).unwrap()
    );
}

#[test]
fn thresholds_and_weights_are_configurable() {
    let c = RiskConfig {
        recency_cadences: 3.0,
        ..RiskConfig::default()
    };
    let r = risk(&data(), &params(), &c, Learn::Off).unwrap();
    assert!(!signals(pair(&r.pairs, "R1")).contains(&"recency"));
    let mut c = RiskConfig::default();
    c.weights.insert("cancellations".into(), 0.0);
    let r = risk(&data(), &params(), &c, Learn::Off).unwrap();
    assert_eq!(signals(pair(&r.pairs, "R3")), vec!["low_rating"]);
    let bad: Result<RiskConfig, _> = serde_json::from_str(r#"{ "recency_cadence": 2 }"#);
    assert!(bad.is_err(), "unknown fields are refused");
    let mut c = RiskConfig::default();
    c.weights.insert("gut_feeling".into(), 0.5);
    let e = risk(&data(), &params(), &c, Learn::Off).unwrap_err();
    assert!(e.is_usage() && e.to_string().contains("unknown signal \"gut_feeling\""));
}

#[test]
fn learning_falls_back_with_too_few_closed_pairs() {
    let r = risk(&data(), &params(), &RiskConfig::default(), Learn::On).unwrap();
    assert!(r.learned.is_none());
    assert!(r
        .warnings
        .iter()
        .any(|w| w.code == "defaults_used" && w.message.contains("the default weights are used")));
}

#[test]
fn the_evaluation_computes_on_a_small_generated_program() {
    let g = mentor_insights::generate::generate(mentor_insights::generate::Options {
        seed: 9,
        people: 800,
        ..Default::default()
    });
    let e = evaluate(
        &g.dataset,
        &Params::default(),
        &RiskConfig::default(),
        EvalOptions::default(),
        Some(&g.truth),
    )
    .unwrap();
    assert!(e.samples > 0 && e.dates > 0);
    assert_eq!(e.baselines.len(), 3);
    for q in std::iter::once(&e.detector).chain(&e.baselines) {
        if let Some(a) = q.auc {
            assert!((0.0..=1.0).contains(&a));
        }
    }
}

/// `learn: "auto"` with too few closed pairs: the defaults, no replay, and why.
#[test]
fn auto_keeps_the_defaults_without_history() {
    let r = risk(&data(), &params(), &RiskConfig::default(), Learn::Auto).unwrap();
    assert_eq!(r.weights.used, "default");
    assert!(r.weights.replay.is_none() && r.learned.is_none());
    assert!(
        r.weights.reason.contains("closed pairs"),
        "{}",
        r.weights.reason
    );
    // The fallback is quiet: asking for auto is not asking for learned weights.
    assert!(r.warnings.iter().all(|w| w.code != "defaults_used"));
}

/// With history, `"auto"` scores exactly as `true` when the replay put the learned weights ahead
/// and exactly as `false` otherwise; the replay is reported either way.
#[test]
fn auto_follows_the_replay() {
    let mut used = Vec::new();
    for seed in [1, 2, 3] {
        let g = mentor_insights::generate::generate(mentor_insights::generate::Options {
            seed,
            people: 1500,
            ..Default::default()
        });
        let d = &g.dataset;
        let run = |learn| risk(d, &Params::default(), &RiskConfig::default(), learn).unwrap();
        let auto = run(Learn::Auto);
        let replay = auto.weights.replay.clone().expect("a replay with history");
        assert!(replay.samples > 0 && replay.positives > 0);
        let expected = if replay.learned_ahead() {
            run(Learn::On)
        } else {
            run(Learn::Off)
        };
        assert_eq!(
            auto.weights.used,
            if replay.learned_ahead() {
                "learned"
            } else {
                "default"
            }
        );
        let scores = |r: &mentor_insights::metrics::risk::Risk| {
            r.pairs
                .iter()
                .map(|p| (p.pair_id.clone(), p.score))
                .collect::<Vec<_>>()
        };
        assert_eq!(scores(&auto), scores(&expected));
        assert!(auto.weights.reason.contains("AUC"));
        used.push(auto.weights.used);
    }
    eprintln!("auto used: {used:?}");
}

/// Learned weights are all ≥ 0 (SPEC §4.4): every reason shown raises the score, a signal that
/// would lower it is listed as not predictive here, and the pairs come sorted by score, then by
/// the number of reasons, then by pair_id, each with its mentor and mentee.
#[test]
fn learned_weights_only_raise_the_score() {
    for seed in [1, 4] {
        let d = mentor_insights::generate::generate(mentor_insights::generate::Options {
            seed,
            people: 3000,
            ..Default::default()
        })
        .dataset;
        let r = risk(&d, &Params::default(), &RiskConfig::default(), Learn::On).unwrap();
        let learned = r.learned.as_ref().expect("learned weights");
        assert!(
            learned.terms[1..].iter().all(|t| t.coef >= 0.0),
            "seed {seed}: {:?}",
            learned.terms
        );
        for s in &learned.not_predictive {
            let t = learned.terms.iter().find(|t| t.term == *s).unwrap();
            assert_eq!(t.coef, 0.0);
        }
        for p in &r.pairs {
            assert!(p.reasons.iter().all(|x| x.contribution > 0.0), "{p:?}");
            assert!(
                !p.mentor_id.is_empty() && !p.mentee_id.is_empty() && p.mentor_id != p.mentee_id
            );
        }
        for w in r.pairs.windows(2) {
            let key = |p: &PairRisk| (std::cmp::Reverse(p.reasons.len()), p.pair_id.clone());
            assert!(
                w[0].score > w[1].score || (w[0].score == w[1].score && key(&w[0]) <= key(&w[1])),
                "{} before {}",
                w[0].pair_id,
                w[1].pair_id
            );
        }
    }
}
