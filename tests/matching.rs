//! Matching (SPEC §4.7): the whole-cohort assignment is optimal and feasible, suggestions keep
//! their constraints, and the generator's planted matching effects are recovered.

use mentor_insights::generate::{generate, Options};
use mentor_insights::metrics::assignment::{greedy, optimal, total, Candidates};
use mentor_insights::metrics::matching::{matching, suggest, SuggestModel, SuggestOptions};
use mentor_insights::metrics::Params;
use proptest::prelude::*;

/// The best total over every assignment (each mentee: none or one candidate), by enumeration.
fn brute_force(c: &[Candidates], capacity: &[usize]) -> f64 {
    fn go(i: usize, c: &[Candidates], left: &mut Vec<usize>) -> f64 {
        if i == c.len() {
            return 0.0;
        }
        let mut best = go(i + 1, c, left);
        for &(j, s) in &c[i] {
            if left[j] > 0 {
                left[j] -= 1;
                best = best.max(s + go(i + 1, c, left));
                left[j] += 1;
            }
        }
        best
    }
    go(0, c, &mut capacity.to_vec())
}

fn instance() -> impl Strategy<Value = (Vec<Candidates>, Vec<usize>)> {
    (1usize..=6, 1usize..=5).prop_flat_map(|(m, k)| {
        let capacity = proptest::collection::vec(0usize..=2, k);
        let scores = proptest::collection::vec(
            proptest::collection::vec(proptest::option::of(0.0f64..1.0), k),
            m,
        );
        (scores, capacity).prop_map(|(scores, capacity)| {
            let c = scores
                .into_iter()
                .map(|row| {
                    row.into_iter()
                        .enumerate()
                        .filter_map(|(j, s)| s.map(|s| (j, s)))
                        .collect()
                })
                .collect();
            (c, capacity)
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn the_assignment_is_the_brute_force_optimum_and_feasible((c, capacity) in instance()) {
        let a = optimal(&c, &capacity);
        prop_assert_eq!(a.len(), c.len());
        // Within capacity, only candidates, each mentee at most once (one entry each).
        let mut used = vec![0usize; capacity.len()];
        for (i, j) in a.iter().enumerate() {
            if let Some(j) = j {
                prop_assert!(c[i].iter().any(|(m, _)| m == j));
                used[*j] += 1;
            }
        }
        prop_assert!(used.iter().zip(&capacity).all(|(u, c)| u <= c));
        let best = brute_force(&c, &capacity);
        prop_assert!((total(&c, &a) - best).abs() < 1e-6, "{} vs {}", total(&c, &a), best);
        let order: Vec<usize> = (0..c.len()).collect();
        prop_assert!(total(&c, &a) >= total(&c, &greedy(&c, &capacity, &order)) - 1e-9);
    }
}

fn program(seed: u64, people: usize) -> mentor_insights::Dataset {
    generate(Options {
        seed,
        people,
        ..Options::default()
    })
    .dataset
}

#[test]
fn the_planted_matching_effects_are_recovered() {
    for seed in [1, 2, 3] {
        let m = matching(&program(seed, 8000), &Params::default()).unwrap();
        let model = m.model.as_ref().expect("a model");
        let term = |name: &str| model.terms.iter().find(|t| t.term == name);
        // Same department: fewer early ends (planted × 0.6 on the chance of decay).
        let same = term("same_department").unwrap();
        assert!(same.ci_high < 1.0, "seed {seed}: {same:?}");
        // Shared interests: fewer early ends.
        let shared = term("shared_interests").unwrap();
        assert!(
            shared.coef < 0.0 && shared.ci_high < 1.0,
            "seed {seed}: {shared:?}"
        );
        // A mentor not above the mentee: more early ends than a gap of 1 or 2, whichever band is
        // the reference.
        let coef = |band: &str| term(&format!("level_gap={band}")).map_or(0.0, |t| t.coef);
        assert!(
            coef("≤0") > coef("1") + 0.25 && coef("≤0") > coef("2") + 0.25,
            "seed {seed}: {:?}",
            model.terms
        );
        // The history predicts the last year's pairs better than chance.
        let v = m.validation.as_ref().unwrap();
        assert!(v.concordance.unwrap() > 0.5, "seed {seed}: {v:?}");
    }
}

#[test]
fn suggestions_respect_people_capacity_and_constraints() {
    let d = program(5, 2000);
    let s = suggest(&d, &Params::default(), &SuggestOptions::default()).unwrap();
    // The model scores suggestions only when it predicts the last year's pairs well enough (a
    // concordance of at least 0.6), else the plain rule does, with a warning saying why.
    let c = matching(&d, &Params::default())
        .unwrap()
        .validation
        .and_then(|v| v.concordance)
        .unwrap();
    let expected = if c >= 0.6 {
        SuggestModel::Cox
    } else {
        SuggestModel::Rule
    };
    assert_eq!(s.model, expected);
    if s.model == SuggestModel::Rule {
        assert!(s
            .warnings
            .iter()
            .any(|w| w.message.contains("hardly better than chance")));
    } else {
        assert!(s
            .assignments
            .iter()
            .all(|a| a.reasons.iter().all(|r| !r.text.is_empty())));
    }
    assert!(!s.assignments.is_empty());
    assert!(s.total_score >= s.greedy_total_score - 1e-9);
    let people = &d.people.rows;
    let id_of = |id: &str| people.iter().position(|p| p.id == id).unwrap();
    let capacity = match &d.people.column("mentor_capacity").unwrap().values {
        mentor_insights::model::Values::Numeric(v) => v.clone(),
        _ => unreachable!(),
    };
    let mut taken = std::collections::HashMap::<usize, usize>::new();
    for a in &s.assignments {
        assert_ne!(a.mentee_id, a.mentor_id);
        assert!(a.score > 0.0 && a.score <= 1.0);
        assert!(a.alternatives.len() <= 3);
        assert!(a.alternatives.iter().all(|x| x.mentor_id != a.mentor_id));
        *taken.entry(id_of(&a.mentor_id)).or_default() += 1;
    }
    for (j, n) in taken {
        let active = d
            .pairs
            .rows
            .iter()
            .filter(|p| p.mentor == j && p.end.is_none())
            .count();
        assert!(n + active <= capacity[j].unwrap() as usize, "mentor {j}");
    }
    // Every waiting mentee is either assigned or says why not.
    assert_eq!(
        s.assignments.len() + s.unmatched.len(),
        d.requests.rows.len()
    );

    // Constraints hold.
    let opts = SuggestOptions {
        different_department: true,
        min_level_gap: Some(2),
        ..SuggestOptions::default()
    };
    let s = suggest(&d, &Params::default(), &opts).unwrap();
    let dept = match &d.people.column("department").unwrap().values {
        mentor_insights::model::Values::Text(v) => v.clone(),
        _ => unreachable!(),
    };
    let level = match &d.people.column("job_level").unwrap().values {
        mentor_insights::model::Values::Numeric(v) => v.clone(),
        _ => unreachable!(),
    };
    for a in &s.assignments {
        let (e, m) = (id_of(&a.mentee_id), id_of(&a.mentor_id));
        assert_ne!(dept[e], dept[m]);
        assert!(level[m].unwrap() - level[e].unwrap() >= 2.0);
    }

    // Named mentees; an unknown one is a usage error naming it.
    let named = SuggestOptions {
        mentees: vec![people[10].id.clone()],
        ..SuggestOptions::default()
    };
    let s = suggest(&d, &Params::default(), &named).unwrap();
    assert_eq!(s.assignments.len() + s.unmatched.len(), 1);
    let bad = SuggestOptions {
        mentees: vec!["nobody".into()],
        ..SuggestOptions::default()
    };
    let e = suggest(&d, &Params::default(), &bad)
        .unwrap_err()
        .to_string();
    assert!(e.contains("\"nobody\""), "{e}");
}

#[test]
fn a_short_history_falls_back_to_the_rule_with_a_warning() {
    let d = program(6, 60);
    let s = suggest(&d, &Params::default(), &SuggestOptions::default()).unwrap();
    assert_eq!(s.model, SuggestModel::Rule);
    assert!(s.warnings.iter().any(|w| w.code == "defaults_used"));
}
