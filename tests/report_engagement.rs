//! The report's engagement lists the pairs active at `as_of` only (SPEC §4.2), each summarised as
//! the analysis summarises it, trends included; its programs count every pair.

use mentor_insights::generate::{generate, Options};
use mentor_insights::metrics::engagement::{engagement, EngagementOptions};
use mentor_insights::metrics::report::report;
use mentor_insights::metrics::Params;

#[test]
fn the_report_lists_the_active_pairs_as_the_analysis_summarises_them() {
    let d = generate(Options {
        seed: 5,
        people: 3_000,
        ..Options::default()
    })
    .dataset;
    // A past date too: pairs that ended since were active then.
    for as_of in [None, Some("2025-01-31")] {
        let p = Params {
            as_of: as_of.map(|s| mentor_insights::model::date::parse(s).unwrap()),
            ..Params::default()
        };
        let full = engagement(&d, &p, &EngagementOptions::default()).unwrap();
        let shown = report(&d, &p).unwrap().engagement.unwrap();
        let active: Vec<_> = full.pairs.iter().filter(|e| e.active).collect();
        assert!(active.len() < full.pairs.len() && !active.is_empty());
        assert_eq!(shown.pairs.len(), active.len());
        for (a, b) in active.iter().zip(&shown.pairs) {
            assert_eq!(
                serde_json::to_value(a).unwrap(),
                serde_json::to_value(b).unwrap()
            );
        }
        assert!(shown.pairs.iter().any(|e| e.trend.is_some()));
        assert_eq!(
            serde_json::to_value(&full.programs).unwrap(),
            serde_json::to_value(&shown.programs).unwrap()
        );
    }
}
