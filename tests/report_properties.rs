//! The report over arbitrary schema-valid programs (the same builder as the `report` fuzz target):
//! every number it returns is finite (serialisation would otherwise turn NaN into a silent
//! `null`), the same input gives the same JSON, and a past as_of never fails where the latest
//! date works; findings keep their invariants (numbers from values, no suppressed group).

use crate::common;

use common::{arbitrary_data, findings, finite::non_finite};
use mentor_insights::ingest::{load, Source};
use mentor_insights::metrics::goals::{goals, GoalOptions};
use mentor_insights::metrics::{report::report, Params};
use proptest::prelude::*;

fn dataset(bytes: &[u8]) -> Option<mentor_insights::Dataset> {
    let tables = arbitrary_data::tables(bytes);
    let inputs = tables
        .iter()
        .map(|(name, csv)| (*name, Source::Csv(csv.as_bytes())));
    load(inputs).ok()
}

#[test]
fn the_builder_makes_programs_that_load() {
    // Not every byte string gives a loadable program, but most must, or the properties test little.
    let loaded = (0..200u32)
        .filter(|i| {
            let bytes: Vec<u8> = (0..600u32)
                .map(|j| (i * 7919 + j * 104_729) as u8)
                .collect();
            dataset(&bytes).is_some()
        })
        .count();
    assert!(loaded >= 100, "only {loaded} of 200 programs loaded");
}

#[test]
fn the_walker_finds_a_nan_where_serde_json_writes_null() {
    #[derive(serde::Serialize)]
    struct R {
        fine: f64,
        rows: Vec<Option<f64>>,
    }
    let r = R {
        fine: 1.0,
        rows: vec![None, Some(f64::NAN)],
    };
    assert_eq!(
        serde_json::to_string(&r).unwrap(),
        r#"{"fine":1.0,"rows":[null,null]}"#
    );
    assert_eq!(non_finite(&r), vec![".rows[1] = NaN".to_string()]);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn every_number_in_the_report_is_finite(
        bytes in proptest::collection::vec(any::<u8>(), 0..1500),
        back in 0i32..400,
        min_group_size in 3usize..6,
    ) {
        let Some(d) = dataset(&bytes) else { return Ok(()) };
        let latest = d.latest_date().unwrap();
        for as_of in [None, Some(latest - back)] {
            let params = Params { as_of, min_group_size, by: vec!["department".into()] };
            let r = report(&d, &params).unwrap();
            let bad = non_finite(&r);
            prop_assert!(bad.is_empty(), "as_of {as_of:?}: {bad:?}");
            let again = serde_json::to_string(&report(&d, &params).unwrap()).unwrap();
            prop_assert_eq!(serde_json::to_string(&r).unwrap(), again);
            // Every number of a finding's sentence is one of its values; none is about a
            // suppressed program.
            let by_program = Params { by: vec!["program".into()], ..params.clone() };
            let g = goals(&d, &by_program, GoalOptions::default()).ok().map(|g| serde_json::to_value(g).unwrap());
            let bad = findings::problems(&serde_json::to_value(&r).unwrap(), g.as_ref());
            prop_assert!(bad.is_empty(), "as_of {as_of:?}: {bad:?}");
        }
    }
}
