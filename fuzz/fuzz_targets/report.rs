//! The full report over arbitrary schema-valid data (tests/common/arbitrary_data.rs builds it from
//! the bytes), at the latest date and at a past as_of, with a group-by: it answers or fails with
//! an error, never panics, and gives the same JSON twice.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mentor_insights::ingest::{load, Source};
use mentor_insights::metrics::{report::report, Params};

#[path = "../../tests/common/arbitrary_data.rs"]
mod arbitrary_data;

fuzz_target!(|data: &[u8]| {
    let tables = arbitrary_data::tables(data);
    let inputs = tables
        .iter()
        .map(|(name, csv)| (*name, Source::Csv(csv.as_bytes())));
    let Ok(dataset) = load(inputs) else {
        return;
    };
    let back = i32::from(data.first().copied().unwrap_or(0)) * 3;
    let past = dataset.latest_date().map(|d| d - back);
    for as_of in [None, past] {
        let params = Params {
            as_of,
            min_group_size: 3,
            by: vec!["department".into()],
        };
        if let Ok(r) = report(&dataset, &params) {
            let once = serde_json::to_string(&r).unwrap_or_default();
            let again =
                report(&dataset, &params).map(|r| serde_json::to_string(&r).unwrap_or_default());
            assert_eq!(
                Ok(once),
                again.map_err(|_| ()),
                "the report is not deterministic"
            );
        }
    }
});
