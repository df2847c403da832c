//! The analyses find the effects the generator plants (README "The built-in sample"), across seeds.

use mentor_insights::generate::{generate, Options, MENTORED_EXIT_HAZARD_RATIO};
use mentor_insights::metrics::engagement::{engagement, EngagementOptions};
use mentor_insights::metrics::retention::{retention, Exposure, RetentionOptions};
use mentor_insights::metrics::Params;
use mentor_insights::model::GoalStatus;
use mentor_insights::stats::wilson::wilson;
use std::collections::HashMap;

fn medium(seed: u64) -> mentor_insights::Dataset {
    generate(Options {
        seed,
        people: 10_000,
        ..Options::default()
    })
    .dataset
}

#[test]
fn time_varying_cox_recovers_the_planted_hazard_ratio_and_the_naive_one_is_biased() {
    for seed in [1, 2, 3] {
        let d = medium(seed);
        // Mentoring is more likely for strong performers and juniors, whose exit hazards differ
        // anyway: adjust for both.
        let opts = RetentionOptions {
            covariates: Some(vec![
                "mentored".into(),
                "performance".into(),
                "department".into(),
            ]),
            ..RetentionOptions::default()
        };
        let r = retention(&d, &Params::default(), &opts).unwrap();
        assert_eq!(r.exposure, Exposure::TimeVarying);
        let tv = &r.cox.as_ref().unwrap().terms[0];
        let naive = &r.naive_cox.as_ref().unwrap().terms[0];
        assert_eq!(tv.term, "mentored");
        assert!(
            tv.ci_low <= MENTORED_EXIT_HAZARD_RATIO && MENTORED_EXIT_HAZARD_RATIO <= tv.ci_high,
            "seed {seed}: time-varying HR {} [{}, {}] misses {MENTORED_EXIT_HAZARD_RATIO}",
            tv.hazard_ratio,
            tv.ci_low,
            tv.ci_high
        );
        assert!(tv.ci_high < 1.0, "seed {seed}: the interval excludes 1");
        // The naive fit credits mentoring with the survival needed to reach it.
        assert!(
            naive.hazard_ratio < tv.hazard_ratio - 0.05,
            "seed {seed}: naive {} vs {}",
            naive.hazard_ratio,
            tv.hazard_ratio
        );
        assert!(
            naive.ci_high < MENTORED_EXIT_HAZARD_RATIO,
            "seed {seed}: the naive interval excludes the truth"
        );
        assert!(r.warnings.iter().any(|w| w.code == "immortal_time_bias"));

        // The landmark comparison points the same way.
        let lm = retention(
            &d,
            &Params::default(),
            &RetentionOptions {
                exposure: Exposure::Landmark,
                ..RetentionOptions::default()
            },
        )
        .unwrap();
        let lm = lm.landmark.unwrap();
        assert!(lm.cox.unwrap().terms[0].hazard_ratio < 1.0);
    }
}

#[test]
fn pairs_that_keep_their_cadence_complete_more_goals() {
    for seed in [1, 2, 3] {
        let d = medium(seed);
        let e = engagement(&d, &Params::default(), &EngagementOptions::default()).unwrap();
        let adherence: HashMap<&str, f64> = e
            .pairs
            .iter()
            .filter_map(|p| Some((p.pair_id.as_str(), p.cadence_adherence?)))
            .collect();
        let mut values: Vec<f64> = adherence.values().copied().collect();
        values.sort_by(f64::total_cmp);
        let median = values[values.len() / 2];
        let (mut high, mut low) = ((0, 0), (0, 0));
        for g in &d.goals.rows {
            let Some(a) = adherence.get(d.pairs.rows[g.pair].id.as_str()) else {
                continue;
            };
            let bucket = if *a >= median { &mut high } else { &mut low };
            bucket.1 += 1;
            bucket.0 += usize::from(g.status == GoalStatus::Completed);
        }
        let h = wilson(high.0, high.1, 0.95).unwrap();
        let l = wilson(low.0, low.1, 0.95).unwrap();
        assert!(
            h.ci_low.unwrap() > l.ci_high.unwrap(),
            "seed {seed}: completion {:.3} (high adherence) vs {:.3} (low)",
            h.value,
            l.value
        );
    }
}

#[test]
fn time_varying_cox_recovers_the_planted_promotion_effect() {
    use mentor_insights::generate::MENTORED_PROMOTION_RATE_RATIO;
    use mentor_insights::metrics::progression::progression;
    for seed in [1, 2, 3] {
        let d = medium(seed);
        let p = progression(
            &d,
            &Params::default(),
            Some(vec!["mentored".into(), "performance".into()]),
        )
        .unwrap();
        let tv = &p.cox.as_ref().unwrap().terms[0];
        assert!(
            tv.ci_low <= MENTORED_PROMOTION_RATE_RATIO
                && MENTORED_PROMOTION_RATE_RATIO <= tv.ci_high
                && tv.ci_low > 1.0,
            "seed {seed}: time-varying HR {} [{}, {}]",
            tv.hazard_ratio,
            tv.ci_low,
            tv.ci_high
        );
        assert!(p.rate_ratio.as_ref().unwrap().value > 1.0);
    }
}

#[test]
fn propensity_weighting_balances_the_selection_into_mentoring() {
    let d = medium(1);
    let opts = RetentionOptions {
        adjust: vec!["performance".into(), "department".into()],
        ..RetentionOptions::default()
    };
    let r = retention(&d, &Params::default(), &opts).unwrap();
    let balance = r.balance.unwrap();
    let perf = balance
        .iter()
        .find(|b| b.covariate == "performance")
        .unwrap();
    // Strong performers are picked for mentoring more often: visibly unbalanced before weighting.
    assert!(perf.smd_before > 0.2, "{}", perf.smd_before);
    for b in &balance {
        assert!(
            b.smd_after.abs() < 0.1,
            "{} after weighting: {}",
            b.covariate,
            b.smd_after
        );
    }
    let w = r.weighted.unwrap();
    assert!(w.cox.unwrap().method.contains("robust"));
    assert!(w.trimmed > 0 && r.warnings.iter().any(|x| x.code == "weights_truncated"));
    assert_eq!(w.groups.len(), 2);
}

#[test]
fn the_enterprise_sample_recovers_the_planted_hazard_ratio() {
    let d = generate(Options {
        seed: 11,
        people: 50_000,
        ..Options::default()
    })
    .dataset;
    let opts = RetentionOptions {
        covariates: Some(vec![
            "mentored".into(),
            "performance".into(),
            "level_at_hire".into(),
            "department".into(),
        ]),
        ..RetentionOptions::default()
    };
    let r = retention(&d, &Params::default(), &opts).unwrap();
    let tv = &r.cox.as_ref().unwrap().terms[0];
    assert!(
        tv.ci_low <= MENTORED_EXIT_HAZARD_RATIO
            && MENTORED_EXIT_HAZARD_RATIO <= tv.ci_high
            && tv.ci_high < 1.0,
        "HR {} [{}, {}]",
        tv.hazard_ratio,
        tv.ci_low,
        tv.ci_high
    );
}
