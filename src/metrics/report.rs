//! The report: every analysis in one object (SPEC §4.5).

use super::{IsoDate, Params};
use crate::error::Result;
use crate::model::{Dataset, RowCounts};
use serde::Serialize;

/// `meta`: what the report was computed on.
#[derive(Debug, Clone, Serialize)]
pub struct Meta {
    pub as_of: IsoDate,
    pub min_group_size: usize,
    pub version: &'static str,
    /// Rows loaded per table (before rows dated after as_of are left out).
    pub rows: RowCounts,
    /// Which tables were given.
    pub tables: Vec<&'static str>,
}

/// Everything, for one set of parameters.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub meta: Meta,
    pub warnings: Vec<String>,
}

/// The meta block alone.
pub fn meta(d: &Dataset, params: &Params) -> Result<Meta> {
    let view = params.view(d)?;
    Ok(meta_of(d, params, view.as_of))
}

fn meta_of(d: &Dataset, params: &Params, as_of: crate::model::date::Day) -> Meta {
    Meta {
        as_of: IsoDate(as_of),
        min_group_size: params.min_group_size,
        version: crate::VERSION,
        rows: d.row_counts(),
        tables: crate::model::TABLES
            .iter()
            .copied()
            .filter(|t| d.is_loaded(t))
            .collect(),
    }
}

/// Every analysis whose tables are loaded.
pub fn report(d: &Dataset, params: &Params) -> Result<Report> {
    let view = params.view(d)?;
    Ok(Report {
        meta: meta_of(d, params, view.as_of),
        warnings: view.warnings,
    })
}
