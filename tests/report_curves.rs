//! The report's Kaplan–Meier curves are thinned for drawing (at most `DRAWN_STEPS` steps each);
//! the analyses keep every step.

use mentor_insights::generate::{generate, Options};
use mentor_insights::metrics::report::report;
use mentor_insights::metrics::retention::{retention, RetentionOptions};
use mentor_insights::metrics::survival::DRAWN_STEPS;
use mentor_insights::metrics::Params;

#[test]
fn the_reports_curves_are_thinned_and_the_analysis_keeps_every_step() {
    let d = generate(Options {
        seed: 9,
        people: 12_000,
        ..Options::default()
    })
    .dataset;
    let p = Params::default();
    let full = retention(&d, &p, &RetentionOptions::default()).unwrap();
    let r = report(&d, &p).unwrap();
    let shown = r.retention.unwrap();
    let mut longer = false;
    for (a, b) in full.groups.iter().zip(&shown.groups) {
        let (Some(a), Some(b)) = (a.shown(), b.shown()) else {
            continue;
        };
        longer |= a.km.table.len() > DRAWN_STEPS;
        assert!(b.km.table.len() <= DRAWN_STEPS, "{}", b.km.table.len());
        let (last, kept) = (a.km.table.last().unwrap(), b.km.table.last().unwrap());
        assert_eq!((last.t, last.survival), (kept.t, kept.survival));
        let events = |t: &[mentor_insights::stats::kaplan_meier::KmRow]| {
            t.iter().map(|r| r.events).sum::<usize>()
        };
        assert_eq!(events(&a.km.table), events(&b.km.table));
        assert_eq!(a.km.median, b.km.median);
    }
    assert!(
        longer,
        "the analysis has a curve of more than {DRAWN_STEPS} steps"
    );
    for g in shown
        .exposure_curves
        .unwrap()
        .groups
        .iter()
        .filter_map(|g| g.shown())
    {
        assert!(g.km.table.len() <= DRAWN_STEPS);
    }
}
