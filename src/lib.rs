//! mentor-insights: mentoring-program analytics computed where the data is.
//!
//! Data flows one way: [`ingest`] → [`model`] → [`metrics`] → [`privacy`] → surfaces (`wasm`,
//! the CLI in `src/bin`). [`stats`] holds the statistical methods as pure functions over slices.

#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod document;
pub mod error;
pub mod export;
pub mod generate;
pub mod i18n;
pub mod ingest;
pub mod metrics;
pub mod model;
pub mod privacy;
pub mod stats;
pub mod text;
pub mod warning;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use error::{Error, Result};
pub use model::Dataset;
pub use warning::Warning;

/// The crate version, reported in `meta.version`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
