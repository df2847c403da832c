//! Edge cases of time-varying exposure, landmark and weighting, on hand-built people.

use mentor_insights::ingest::{load, Source};
use mentor_insights::metrics::people::PersonFacts;
use mentor_insights::metrics::retention::{retention, Exposure, RetentionOptions};
use mentor_insights::metrics::Params;
use mentor_insights::model::date;

// M1 is mentored from their hire date; M2 has two pairs (the earlier start counts); M3 is mentored
// part-way; L1 leaves after 100 days (never at risk at a 365-day landmark).
const PEOPLE: &str = "person_id,hire_date,exit_date\n\
A,2015-01-01,\n\
M1,2020-01-01,2022-01-01\n\
M2,2019-01-01,\n\
M3,2019-06-01,2023-03-01\n\
L1,2021-01-01,2021-04-11\n\
N1,2018-01-01,2020-05-01\n\
N2,2018-06-01,\n\
N3,2019-03-01,2021-09-01\n";
const PAIRS: &str = "pair_id,mentor_id,mentee_id,start_date\n\
P1,A,M1,2020-01-01\n\
P2,A,M2,2021-06-01\n\
P3,A,M2,2020-06-01\n\
P4,A,M3,2020-06-01\n";

fn data() -> mentor_insights::Dataset {
    load(vec![
        ("people", Source::Csv(PEOPLE.as_bytes())),
        ("pairs", Source::Csv(PAIRS.as_bytes())),
    ])
    .unwrap()
}

fn params() -> Params {
    Params {
        as_of: date::parse("2024-12-31"),
        min_group_size: 3,
        by: vec![],
    }
}

#[test]
fn the_first_pair_start_counts_and_a_start_on_the_hire_date_is_mentored_throughout() {
    let d = data();
    let facts = PersonFacts::derive(&d, date::parse("2024-12-31").unwrap());
    let idx = |id: &str| d.people.rows.iter().position(|p| p.id == id).unwrap();
    assert_eq!(facts.first_mentored[idx("M2")], date::parse("2020-06-01"));
    assert_eq!(facts.first_mentored[idx("M1")], date::parse("2020-01-01"));
    assert_eq!(facts.first_mentored[idx("N1")], None);
    let r = retention(&d, &params(), &RetentionOptions::default()).unwrap();
    let cox = r.cox.expect("a time-varying fit");
    // 8 people; M2 and M3 are split at their mentoring start, M1 (start = hire) is not.
    assert_eq!((cox.n, cox.intervals), (8, Some(10)));
    assert_eq!(r.exposure, Exposure::TimeVarying);
    let naive = r.naive_cox.expect("the naive fit beside it");
    assert_eq!((naive.n, naive.intervals), (8, None));
}

#[test]
fn the_landmark_leaves_out_people_who_left_before_it() {
    let r = retention(
        &data(),
        &params(),
        &RetentionOptions {
            exposure: Exposure::Landmark,
            ..RetentionOptions::default()
        },
    )
    .unwrap();
    let lm = r.landmark.unwrap();
    // L1 left after 100 days; everyone else was still employed 365 days after hire.
    assert_eq!((lm.landmark_days, lm.n), (365, 7));
    // Mentored by day 365 after hire: only M1 (day 0); M2 starts on day 517 and M3 on day 366.
    // A group of one is suppressed, and with it the only other group.
    let groups: Vec<(&str, bool)> = lm
        .groups
        .iter()
        .map(|g| (g.group.as_str(), g.is_suppressed()))
        .collect();
    assert_eq!(groups, vec![("true", true), ("false", true)]);
    assert!(lm.logrank.is_none());
}

#[test]
fn weighting_needs_groups_above_the_threshold() {
    let opts = RetentionOptions {
        adjust: vec!["mentor".into()],
        ..RetentionOptions::default()
    };
    let r = retention(
        &data(),
        &Params {
            min_group_size: 5,
            ..params()
        },
        &opts,
    )
    .unwrap();
    assert!(r.weighted.is_none());
    assert!(r.warnings.iter().any(|w| w.code == "groups_suppressed"
        && w.message
            .starts_with("1 propensity-weighting group with fewer than 5 people is suppressed")));
}

#[test]
fn everyone_mentored_no_exits_and_separation_are_warnings() {
    // Everyone but the mentor is mentored: the default model cannot estimate `mentored`.
    let people = "person_id,hire_date,exit_date\nA,2015-01-01,\nB,2020-01-01,2021-01-01\nC,2020-01-01,\nD,2020-01-01,2022-01-01\nE,2020-01-01,\n";
    let pairs = "pair_id,mentor_id,mentee_id,start_date\nP1,A,B,2020-02-01\nP2,A,C,2020-02-01\nP3,A,D,2020-02-01\nP4,A,E,2020-02-01\nP5,B,A,2020-03-01\n";
    let d = load(vec![
        ("people", Source::Csv(people.as_bytes())),
        ("pairs", Source::Csv(pairs.as_bytes())),
    ])
    .unwrap();
    // Counted as "ever mentored", the flag is the same for everyone.
    let ever = RetentionOptions {
        exposure: Exposure::Ever,
        ..RetentionOptions::default()
    };
    let r = retention(&d, &params(), &ever).unwrap();
    assert!(r.cox.is_none());
    assert!(
        r.warnings
            .iter()
            .any(|w| w.message.contains("mentored is constant")),
        "{:?}",
        r.warnings
    );
    // Time-varying, it does vary (before each first pair), but every exit comes after: a warning.
    let r = retention(&d, &params(), &RetentionOptions::default()).unwrap();
    assert!(
        r.cox.is_none()
            && r.warnings
                .iter()
                .any(|w| w.message.starts_with("Cox model:"))
    );
    // Asked for explicitly, a constant covariate is a usage error.
    let asked = RetentionOptions {
        covariates: Some(vec!["mentored".into()]),
        ..ever
    };
    assert!(retention(&d, &params(), &asked).unwrap_err().is_usage());

    // No exits at all: rates of zero and a warning, no model.
    let people = "person_id,hire_date\nA,2015-01-01\nB,2020-01-01\nC,2020-01-01\nD,2020-01-01\n";
    let pairs = "pair_id,mentor_id,mentee_id,start_date\nP1,A,B,2020-02-01\n";
    let d = load(vec![
        ("people", Source::Csv(people.as_bytes())),
        ("pairs", Source::Csv(pairs.as_bytes())),
    ])
    .unwrap();
    let r = retention(&d, &params(), &RetentionOptions::default()).unwrap();
    assert!(r
        .warnings
        .iter()
        .any(|w| w.code == "no_events" && w.message.contains("no exits by as_of")));
    assert!(r.cox.is_none());

    // Every exit among the mentored, none among the rest: a separating covariate.
    let people = "person_id,hire_date,exit_date\nA,2015-01-01,\nB,2019-01-01,2021-01-01\nC,2019-01-01,2021-06-01\nD,2019-01-01,2022-01-01\nE,2019-01-01,\nF,2019-01-01,\nG,2019-01-01,\n";
    let pairs = "pair_id,mentor_id,mentee_id,start_date\nP1,A,B,2019-01-01\nP2,A,C,2019-01-01\nP3,A,D,2019-01-01\n";
    let d = load(vec![
        ("people", Source::Csv(people.as_bytes())),
        ("pairs", Source::Csv(pairs.as_bytes())),
    ])
    .unwrap();
    let r = retention(
        &d,
        &params(),
        &RetentionOptions {
            exposure: Exposure::Ever,
            ..RetentionOptions::default()
        },
    )
    .unwrap();
    assert!(r.cox.is_none());
    assert!(
        r.warnings.iter().any(|w| w.message.contains("separates")),
        "{:?}",
        r.warnings
    );
}
