//! The integration tests in one binary: one link instead of one per file (issue #30). The CLI's
//! (`tests/cli.rs`, which `make cli` builds alone) and the wasm ones (`tests/web.rs`) are their own.

mod common;

mod drivers;
mod findings;
mod goals_engagement;
mod honest_exposure;
mod honest_findings;
mod honest_reference;
mod hostile;
mod i18n;
mod ingest_catalogue;
mod mapping;
mod matching;
mod matching_reference;
mod module_graph;
mod planted_effects;
mod progression_reference;
mod report_curves;
mod report_engagement;
mod report_html;
mod report_properties;
mod retention_reference;
mod risk;
mod stats_reference;
mod xlsx;
