//! Exports read through a mapping (SPEC §2.1): the input (UTF-8 only) is split at 0x1E into a
//! mapping document and up to four files (`hris.tsv`, `relationships.csv`, `meetings.csv`,
//! `people.csv`). The mapping parser and the file loader never panic, never half-load: a load
//! succeeds whole or fails with a message.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mentor_insights::ingest::{load_files, InputFile, Mapping};

const NAMES: [&str; 4] = ["hris.tsv", "relationships.csv", "meetings.csv", "people.csv"];

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut parts = text.split('\u{1E}');
    let mapping = match Mapping::from_json(parts.next().unwrap_or_default()) {
        Ok(m) => m,
        Err(e) => {
            assert!(!e.to_string().is_empty());
            return;
        }
    };
    let files = NAMES
        .iter()
        .zip(parts)
        .map(|(name, body)| InputFile::new(*name, body.as_bytes().to_vec()))
        .collect();
    match load_files(files, &mapping) {
        Ok(d) => assert!(!d.inputs.tables.is_empty()),
        Err(e) => assert!(!e.to_string().is_empty()),
    }
});
