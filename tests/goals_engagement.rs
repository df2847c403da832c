//! Goals and engagement on a small hand-built program where every number is worked out by hand
//! (see the comments), loaded through the real CSV ingest path.

use mentor_insights::ingest::{load, Source};
use mentor_insights::metrics::engagement::{engagement, EngagementOptions, Period};
use mentor_insights::metrics::goals::{goals, GoalOptions};
use mentor_insights::metrics::Params;
use mentor_insights::model::date;
use mentor_insights::Dataset;
use serde_json::{json, Value};

const PEOPLE: &str = "person_id,hire_date,department\nA,2020-01-01,Sales\nB,2021-01-01,Sales\nC,2021-06-01,Ops\nD,2022-01-01,Ops\n";
// P3 has no sessions; P4 ended before the others started.
const PAIRS: &str =
    "pair_id,mentor_id,mentee_id,program,start_date,end_date,end_reason,cadence_days\n\
P1,A,B,alpha,2025-01-01,,,14\n\
P2,A,C,alpha,2024-12-01,2025-02-28,completed,7\n\
P3,A,D,alpha,2025-03-01,,,14\n\
P4,A,B,alpha,2024-06-01,2024-11-30,completed,30\n";
const SESSIONS: &str = "pair_id,date,status,duration_minutes,initiated_by\n\
P1,2025-01-10,held,60,mentee\n\
P1,2025-01-24,cancelled,,mentor\n\
P1,2025-02-07,held,30,mentee\n\
P1,2025-03-07,no_show,,mentor\n\
P1,2025-03-21,held,45,mentor\n\
P2,2024-12-05,held,30,\n\
P2,2025-01-05,held,30,\n\
P4,2024-06-15,held,60,mentee\n\
P4,2024-08-15,cancelled,,mentee\n";
const GOALS: &str =
    "goal_id,pair_id,created_date,due_date,completed_date,status,progress,last_update_date\n\
G1,P1,2025-01-05,2025-02-28,2025-02-20,completed,100,2025-02-20\n\
G2,P1,2025-01-05,2025-03-15,,open,40,2025-02-15\n\
G3,P2,2024-12-10,2025-01-31,2025-02-10,completed,100,2025-02-10\n\
G4,P2,2024-12-10,,,abandoned,20,2025-01-20\n\
G5,P3,2025-03-10,,,,,\n";
const FEEDBACK: &str = "pair_id,date,respondent,rating\nP1,2025-02-01,mentee,4\nP1,2025-02-02,mentor,5\nP1,2025-03-01,mentee,2\n";

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

fn params(min_group_size: usize, by: &[&str]) -> Params {
    Params {
        as_of: date::parse("2025-03-31"),
        min_group_size,
        by: by.iter().map(|s| s.to_string()).collect(),
    }
}

/// Engagement with every pair's per-period counts.
fn every_pair(period: Period) -> EngagementOptions {
    EngagementOptions {
        period,
        pair_periods: true,
        pairs: Vec::new(),
    }
}

fn close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-12, "{a} != {b}");
}

#[test]
fn goal_rates_km_and_lists() {
    let g = goals(&data(), &params(5, &[]), GoalOptions::default()).unwrap();
    let o = &g.overall;
    assert_eq!(
        (o.goals, o.completed, o.open, o.abandoned, o.pairs),
        (5, 2, 2, 1, 3)
    );
    close(o.completion_rate.as_ref().unwrap().value, 0.4);
    // G1 on time (02-20 ≤ 02-28), G3 late (02-10 > 01-31).
    close(o.on_time_rate.as_ref().unwrap().value, 0.5);
    // Durations: G1 46 (event), G3 62 (event), G2 open → censored at as_of (85),
    // G4 abandoned → censored at its last update (41), G5 open → 21.
    let km = &o.time_to_complete.as_ref().unwrap().km;
    let rows: Vec<(f64, usize, usize, usize)> = km
        .iter()
        .map(|r| (r.t, r.at_risk, r.events, r.censored))
        .collect();
    assert_eq!(
        rows,
        vec![
            (0.0, 5, 0, 0),
            (21.0, 5, 0, 1),
            (41.0, 4, 0, 1),
            (46.0, 3, 1, 0),
            (62.0, 2, 1, 0),
            (85.0, 1, 0, 1)
        ]
    );
    close(km[3].survival, 2.0 / 3.0);
    close(km[4].survival, 1.0 / 3.0);
    assert_eq!(
        o.time_to_complete.as_ref().unwrap().median.value,
        Some(62.0)
    );
    // G2: open, due 03-15 < as_of, pair active → overdue; last update 44 days ago → stalled.
    // G5: no due date; created 21 days ago → neither.
    assert_eq!(o.overdue, vec!["G2"]);
    assert_eq!(o.stalled, vec!["G2"]);
    let g = goals(&data(), &params(5, &[]), GoalOptions { stalled_days: 20 }).unwrap();
    assert_eq!(g.overall.stalled, vec!["G2", "G5"]);
}

#[test]
fn goal_groups_are_suppressed_below_the_threshold() {
    // By the mentee's department: Sales = P1 (1 pair), Ops = P2, P3 (2 pairs).
    let g = goals(&data(), &params(3, &["department"]), GoalOptions::default()).unwrap();
    let v = serde_json::to_value(&g.groups).unwrap();
    assert_eq!(
        v,
        json!([
            { "group": "Ops", "suppressed": true, "n_below": 3 },
            { "group": "Sales", "suppressed": true, "n_below": 3 }
        ])
    );
    // By program: one group of 3 pairs with goals, shown.
    let g = goals(&data(), &params(3, &["program"]), GoalOptions::default()).unwrap();
    let alpha = g.groups[0].shown().unwrap();
    assert_eq!((g.groups[0].group.as_str(), alpha.goals), ("alpha", 5));
    // Created quarter × program.
    let g = goals(
        &data(),
        &params(3, &["program", "quarter"]),
        GoalOptions::default(),
    )
    .unwrap();
    let labels: Vec<&str> = g.groups.iter().map(|x| x.group.as_str()).collect();
    assert_eq!(labels, vec!["alpha / 2024-Q4", "alpha / 2025-Q1"]);
}

#[test]
fn bad_parameters_are_usage_errors() {
    let e = goals(&data(), &params(2, &[]), GoalOptions::default()).unwrap_err();
    assert!(
        e.is_usage() && e.to_string().contains("may not be below 3"),
        "{e}"
    );
    let e = goals(&data(), &params(5, &["shoe_size"]), GoalOptions::default()).unwrap_err();
    assert!(
        e.is_usage()
            && e.to_string()
                .contains("unknown group-by dimension \"shoe_size\""),
        "{e}"
    );
    let people_only = load(vec![("people", Source::Csv(PEOPLE.as_bytes()))]).unwrap();
    let e = goals(&people_only, &params(5, &[]), GoalOptions::default()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "goals needs the pairs table, which was not loaded"
    );
}

fn pair<'a>(v: &'a Value, id: &str) -> &'a Value {
    v["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["pair_id"] == id)
        .unwrap()
}

#[test]
fn engagement_per_pair() {
    let e = serde_json::to_value(
        engagement(&data(), &params(3, &[]), &every_pair(Period::Month)).unwrap(),
    )
    .unwrap();
    let p1 = pair(&e, "P1");
    assert_eq!(
        p1["totals"],
        json!({ "held": 3, "cancelled": 1, "no_show": 1, "minutes": 135.0 })
    );
    assert_eq!(
        p1["periods"],
        json!([
            { "period": "2025-01", "held": 1, "cancelled": 1, "no_show": 0, "minutes": 60.0 },
            { "period": "2025-02", "held": 1, "cancelled": 0, "no_show": 0, "minutes": 30.0 },
            { "period": "2025-03", "held": 1, "cancelled": 0, "no_show": 1, "minutes": 45.0 }
        ])
    );
    assert_eq!(p1["days_since_last_held"], 10);
    // 89 active days at a 14-day cadence call for 89/14 sessions; 3 were held.
    close(
        p1["cadence_adherence"].as_f64().unwrap(),
        3.0 / (89.0 / 14.0),
    );
    close(p1["mentee_initiated_share"].as_f64().unwrap(), 0.4);
    assert_eq!(p1["mean_rating"]["mentor"], 5.0);
    assert_eq!(p1["mean_rating"]["mentee"], 3.0);
    assert_eq!(p1["trend"]["mann_kendall"]["s"], 0.0);
    // Rating months: Feb mean 4.5, Mar 2 — two points, too few for a trend.
    assert!(p1["rating_trend"].is_null());

    let p2 = pair(&e, "P2");
    // Ended 2025-02-28: recency to its end; February had no session and counts as zero.
    assert_eq!(p2["days_since_last_held"], 54);
    assert_eq!(
        p2["periods"][2],
        json!({ "period": "2025-02", "held": 0, "cancelled": 0, "no_show": 0, "minutes": 0.0 })
    );
    close(
        p2["cadence_adherence"].as_f64().unwrap(),
        2.0 / (89.0 / 7.0),
    );
    assert!(p2["mentee_initiated_share"].is_null());
    assert_eq!(p2["active"], false);

    let p3 = pair(&e, "P3");
    assert!(p3["days_since_last_held"].is_null());
    assert_eq!(p3["cadence_adherence"], 0.0);
    assert!(p3["trend"].is_null());
}

#[test]
fn engagement_per_program() {
    let e = serde_json::to_value(
        engagement(&data(), &params(3, &[]), &every_pair(Period::Month)).unwrap(),
    )
    .unwrap();
    let alpha = &e["programs"][0];
    assert_eq!(alpha["program"], "alpha");
    assert_eq!(alpha["pairs"], 4);
    assert_eq!(alpha["active_pairs"], 2);
    assert_eq!(
        alpha["totals"],
        json!({ "held": 6, "cancelled": 2, "no_show": 1, "minutes": 255.0 })
    );
    let held: Vec<u64> = alpha["periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["held"].as_u64().unwrap())
        .collect();
    // 2024-06 … 2025-03, empty months included.
    assert_eq!(held, vec![1, 0, 0, 0, 0, 0, 1, 2, 1, 1]);
    // Mann–Kendall S of that series, by hand: −4 + 5·4 + 1 − 2 = 15.
    assert_eq!(alpha["trend"]["mann_kendall"]["s"], 15.0);
    let adherence = (3.0 / (89.0 / 14.0) + 2.0 / (89.0 / 7.0) + 0.0 + 1.0 / (182.0 / 30.0)) / 4.0;
    close(alpha["mean_cadence_adherence"].as_f64().unwrap(), adherence);

    // At the default threshold of 5 pairs the program is suppressed.
    let e = serde_json::to_value(
        engagement(&data(), &params(5, &[]), &every_pair(Period::Month)).unwrap(),
    )
    .unwrap();
    assert_eq!(
        e["programs"][0],
        json!({ "program": "alpha", "suppressed": true, "n_below": 5 })
    );
}

#[test]
fn engagement_by_dimensions() {
    // Without `by` there are no groups.
    let e = serde_json::to_value(
        engagement(&data(), &params(3, &[]), &every_pair(Period::Month)).unwrap(),
    )
    .unwrap();
    assert!(e.get("groups").is_none());
    // Every pair has mentor A: one group with exactly the program's numbers.
    let e = serde_json::to_value(
        engagement(
            &data(),
            &params(3, &["mentor_id"]),
            &every_pair(Period::Month),
        )
        .unwrap(),
    )
    .unwrap();
    let a = &e["groups"][0];
    assert_eq!(e["groups"].as_array().unwrap().len(), 1);
    assert_eq!(a["group"], "A");
    for key in [
        "pairs",
        "active_pairs",
        "totals",
        "periods",
        "trend",
        "mean_cadence_adherence",
    ] {
        assert_eq!(a[key], e["programs"][0][key], "{key}");
    }
    // The mentees' departments: Ops (P2, P3) and Sales (P1, P4), two pairs each, both below 3.
    let e = serde_json::to_value(
        engagement(
            &data(),
            &params(3, &["department"]),
            &every_pair(Period::Month),
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(
        e["groups"],
        json!([
            { "group": "Ops", "suppressed": true, "n_below": 3 },
            { "group": "Sales", "suppressed": true, "n_below": 3 },
        ])
    );
    assert!(e["warnings"].as_array().unwrap().contains(&json!({
        "code": "groups_suppressed",
        "message": "2 groups with fewer than 3 pairs are suppressed (privacy), and no comparison involving them is reported"
    })));
    let err = engagement(
        &data(),
        &params(3, &["shoe_size"]),
        &every_pair(Period::Month),
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .contains("unknown group-by dimension \"shoe_size\""),
        "{err}"
    );
}

#[test]
fn engagement_by_iso_week() {
    let e = serde_json::to_value(
        engagement(&data(), &params(3, &[]), &every_pair(Period::Week)).unwrap(),
    )
    .unwrap();
    let p1 = pair(&e, "P1");
    // 2025-01-01 is in ISO week 2025-W01; the first session (2025-01-10) in 2025-W02.
    assert_eq!(p1["periods"][0]["period"], "2025-W01");
    assert_eq!(
        p1["periods"][1],
        json!({ "period": "2025-W02", "held": 1, "cancelled": 0, "no_show": 0, "minutes": 60.0 })
    );
    assert_eq!(e["period"], "week");
}

#[test]
fn as_of_cuts_through_a_pair() {
    // On 2025-02-01, P2 was still active, G1 and G3 not yet completed, P3 not started.
    let p = Params {
        as_of: date::parse("2025-02-01"),
        min_group_size: 3,
        by: vec![],
    };
    let g = goals(&data(), &p, GoalOptions::default()).unwrap();
    assert_eq!(
        (g.overall.goals, g.overall.completed, g.overall.open),
        (4, 0, 3)
    );
    assert!(g
        .warnings
        .iter()
        .any(|w| w.code == "after_as_of" && w.message.contains("dated after as_of")));
    let e =
        serde_json::to_value(engagement(&data(), &p, &every_pair(Period::Month)).unwrap()).unwrap();
    assert_eq!(pair(&e, "P2")["active"], true);
    assert_eq!(pair(&e, "P1")["totals"]["held"], 1);
    assert!(e["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .all(|x| x["pair_id"] != "P3"));
}

#[test]
fn results_are_deterministic() {
    let a = serde_json::to_string(
        &engagement(&data(), &params(3, &[]), &every_pair(Period::Month)).unwrap(),
    )
    .unwrap();
    let b = serde_json::to_string(
        &engagement(&data(), &params(3, &[]), &every_pair(Period::Month)).unwrap(),
    )
    .unwrap();
    assert_eq!(a, b);
}

#[test]
fn pair_periods_only_when_asked_or_named() {
    let p = params(3, &[]);
    let plain =
        serde_json::to_value(engagement(&data(), &p, &EngagementOptions::default()).unwrap())
            .unwrap();
    let all =
        serde_json::to_value(engagement(&data(), &p, &every_pair(Period::Month)).unwrap()).unwrap();
    for id in ["P1", "P2", "P3", "P4"] {
        assert!(pair(&plain, id).get("periods").is_none(), "{id}");
        assert!(pair(&all, id)["periods"].is_array(), "{id}");
        // The summary is the same either way.
        let mut with = pair(&all, id).clone();
        with.as_object_mut().unwrap().remove("periods");
        assert_eq!(&with, pair(&plain, id));
    }
    let named = EngagementOptions {
        pairs: vec!["P2".into()],
        ..EngagementOptions::default()
    };
    let one = serde_json::to_value(engagement(&data(), &p, &named).unwrap()).unwrap();
    assert_eq!(pair(&one, "P2")["periods"], pair(&all, "P2")["periods"]);
    assert!(pair(&one, "P1").get("periods").is_none());
    // Programs keep their periods.
    assert_eq!(one["programs"][0]["periods"], all["programs"][0]["periods"]);

    let unknown = EngagementOptions {
        pairs: vec!["P9".into()],
        ..EngagementOptions::default()
    };
    let e = engagement(&data(), &p, &unknown).unwrap_err().to_string();
    assert!(e.contains("\"P9\""), "{e}");
}
