//! The analyses. Each takes a loaded [`Dataset`] and [`Params`], views the data as of `as_of`, and
//! returns a serialisable result whose grouped parts have passed through `privacy`.

pub mod report;

use crate::error::{Error, Result};
use crate::model::date::{self, Day};
use crate::model::Dataset;
use serde::Serialize;

/// The smallest `min_group_size` allowed (SPEC §3).
pub const MIN_GROUP_SIZE_FLOOR: usize = 3;
/// The default `min_group_size` (SPEC §3).
pub const DEFAULT_MIN_GROUP_SIZE: usize = 5;

/// Parameters shared by every analysis (SPEC §3).
#[derive(Debug, Clone, PartialEq)]
pub struct Params {
    /// Default: the latest date in the data.
    pub as_of: Option<Day>,
    pub min_group_size: usize,
    pub by: Vec<String>,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            as_of: None,
            min_group_size: DEFAULT_MIN_GROUP_SIZE,
            by: Vec::new(),
        }
    }
}

/// The data as of the analysis date, with the warnings that view raised.
pub struct View {
    pub data: Dataset,
    pub as_of: Day,
    pub warnings: Vec<String>,
}

impl Params {
    /// Checks the parameters and views `d` as of `as_of` (default: its latest date).
    pub fn view(&self, d: &Dataset) -> Result<View> {
        if self.min_group_size < MIN_GROUP_SIZE_FLOOR {
            return Err(Error::Usage(format!(
                "min_group_size is {}, but it may not be below {MIN_GROUP_SIZE_FLOOR} (privacy floor)",
                self.min_group_size
            )));
        }
        let as_of = match self.as_of.or_else(|| d.latest_date()) {
            Some(day) => day,
            None => {
                return Err(Error::InsufficientData {
                    method: "choosing as_of".into(),
                    needed: "at least one dated row".into(),
                    got: "none".into(),
                })
            }
        };
        let (data, warning) = d.as_of(as_of);
        let mut warnings = d.warnings.clone();
        warnings.extend(warning);
        Ok(View {
            data,
            as_of,
            warnings,
        })
    }
}

/// A date as it appears in results: `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct IsoDate(pub Day);

impl Serialize for IsoDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&date::format(self.0))
    }
}
