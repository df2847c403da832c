//! CSV ingest of every table: the input is split at 0x1E (record separator) into the tables in
//! load order (people, pairs, sessions, goals, feedback, promotions). A load either succeeds whole
//! or fails with located problems; it never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mentor_insights::ingest::{load, Source};
use mentor_insights::model::Table;

fuzz_target!(|data: &[u8]| {
    let inputs = Table::ALL
        .iter()
        .zip(data.split(|&b| b == 0x1E))
        .map(|(table, bytes)| (table.name(), Source::Csv(bytes)));
    if let Err(e) = load(inputs) {
        assert!(!e.to_string().is_empty());
    }
});
