//! Statistical methods as pure functions over slices: no polars, no wasm-bindgen. One file per
//! method; distributions and transcendental functions from [`math`]. Every result says which method produced it.

// Matrix and risk-set arithmetic reads like its formulas with explicit indices.
#![allow(clippy::needless_range_loop)]

pub mod contingency;
pub mod correlation;
pub mod cox;
pub mod kaplan_meier;
pub mod linalg;
pub mod logistic;
pub mod logrank;
pub mod mann_kendall;
pub mod math;
pub mod multiple;
pub mod newton;
pub mod numbering;
pub mod order;
pub mod poisson;
pub mod prec;
pub mod ratio;
pub mod theil_sen;
pub mod trend;
pub mod wilson;

pub use math::chi2_sf;

use crate::error::{Error, Result};
use serde::Serialize;
use std::sync::OnceLock;

/// An estimate with its sample size and, where a sampling interval makes sense, the interval.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Estimate {
    pub value: f64,
    pub n: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ci_low: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ci_high: Option<f64>,
    /// Confidence level of the interval (0.95 unless asked).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<f64>,
    pub method: String,
}

/// A hypothesis test's outcome.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TestResult {
    pub statistic: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub df: Option<f64>,
    pub p_value: f64,
    pub method: String,
}

/// The default confidence level.
pub const LEVEL: f64 = 0.95;

/// The two-sided critical value z with P(|Z| ≤ z) = `level`.
pub fn z_critical(level: f64) -> f64 {
    // The default level's, worked out once: an engagement analysis asks for it per pair.
    static AT_LEVEL: OnceLock<f64> = OnceLock::new();
    if level == LEVEL {
        return *AT_LEVEL.get_or_init(|| two_sided_quantile(LEVEL));
    }
    two_sided_quantile(level)
}

fn two_sided_quantile(level: f64) -> f64 {
    math::normal_quantile(1.0 - (1.0 - level) / 2.0)
}

/// Two-sided p-value of a standard normal statistic.
pub fn normal_two_sided_p(z: f64) -> f64 {
    (2.0 * math::normal_cdf(-z.abs())).min(1.0)
}

/// Two-sided p-value of a Student t statistic.
pub fn t_two_sided_p(t: f64, df: f64) -> f64 {
    (2.0 * math::t_sf(t.abs(), df)).min(1.0)
}

fn check_level(level: f64) -> Result<()> {
    if level > 0.0 && level < 1.0 {
        Ok(())
    } else {
        Err(Error::Usage(format!(
            "confidence level {level} must be between 0 and 1"
        )))
    }
}

fn insufficient(method: &str, needed: impl Into<String>, got: impl Into<String>) -> Error {
    Error::InsufficientData {
        method: method.to_string(),
        needed: needed.into(),
        got: got.into(),
    }
}

/// Ranks with ties given their average rank (1-based), as scipy's `rankdata(method="average")`.
pub fn average_ranks(x: &[f64]) -> Vec<f64> {
    order::average_ranks(x).unwrap_or_else(|| sorted_average_ranks(x))
}

/// [`average_ranks`] from the rows in order: each group of ties takes the mean of its positions.
fn sorted_average_ranks(x: &[f64]) -> Vec<f64> {
    let order = order::ascending(x);
    let mut ranks = vec![0.0; x.len()];
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && x[order[j + 1]] == x[order[i]] {
            j += 1;
        }
        let avg = (i + j) as f64 / 2.0 + 1.0;
        for k in &order[i..=j] {
            ranks[*k] = avg;
        }
        i = j + 1;
    }
    ranks
}

/// Sizes of the groups of equal values that have more than one member.
pub fn tie_groups(x: &[f64]) -> Vec<usize> {
    let mut v = x.to_vec();
    v.sort_by(f64::total_cmp);
    sorted_tie_groups(&v)
}

/// [`tie_groups`] of values already sorted by `f64::total_cmp`.
fn sorted_tie_groups(v: &[f64]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < v.len() {
        let mut j = i;
        while j + 1 < v.len() && v[j + 1] == v[i] {
            j += 1;
        }
        if j > i {
            out.push(j - i + 1);
        }
        i = j + 1;
    }
    out
}

/// Σ t(t−1)(2t+5) over groups of ties: what ties take from the variance of Kendall's S.
fn tie_term(groups: &[usize]) -> f64 {
    groups
        .iter()
        .map(|&t| (t * (t - 1) * (2 * t + 5)) as f64)
        .sum()
}

/// Median of a non-empty slice (the mean of the middle two for even lengths).
pub fn median(x: &[f64]) -> f64 {
    let mut v = x.to_vec();
    v.sort_by(f64::total_cmp);
    sorted_median(&v)
}

/// [`median`] of values already sorted by `f64::total_cmp`.
fn sorted_median(v: &[f64]) -> f64 {
    let n = v.len();
    if n == 0 {
        f64::NAN
    } else if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_average_ties() {
        assert_eq!(
            average_ranks(&[10.0, 20.0, 10.0, 30.0]),
            vec![1.5, 3.0, 1.5, 4.0]
        );
        assert_eq!(tie_groups(&[1.0, 2.0, 2.0, 3.0, 3.0, 3.0]), vec![2, 3]);
        assert_eq!(median(&[3.0, 1.0, 2.0, 10.0]), 2.5);
    }

    #[test]
    fn normal_quantiles() {
        assert!((z_critical(0.95) - 1.959_963_984_540_054).abs() < 1e-12);
        assert!((normal_two_sided_p(1.959_963_984_540_054) - 0.05).abs() < 1e-9);
    }
}
