//! JSON ingest of every table: the input (UTF-8 only) is split at 0x1E into the tables in load
//! order, each an array of objects. Never a panic, never a half-loaded dataset.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mentor_insights::ingest::{load, Source};
use mentor_insights::model::Table;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let inputs = Table::ALL
        .iter()
        .zip(text.split('\u{1E}'))
        .map(|(table, json)| (table.name(), Source::Json(json)));
    if let Err(e) = load(inputs) {
        assert!(!e.to_string().is_empty());
    }
});
