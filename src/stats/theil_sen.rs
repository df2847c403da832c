//! Theil–Sen slope with Sen's (1968) confidence interval, as scipy `theilslopes(y, x, 0.95,
//! method="separate")`: the median of pairwise slopes; intercept median(y) − slope·median(x); the
//! interval takes the sorted slopes at ranks round((N ∓ z·σ)/2) (ties-to-even as numpy), with
//! σ² = [n(n−1)(2n+5) − Σ tₓ(tₓ−1)(2tₓ+5) − Σ t_y(t_y−1)(2t_y+5)]/18.

use super::{insufficient, median, tie_groups, tie_term, z_critical};
use crate::error::Result;
use serde::Serialize;
use std::cmp::Ordering;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TheilSen {
    pub slope: f64,
    pub intercept: f64,
    pub ci_low: f64,
    pub ci_high: f64,
    pub n: usize,
}

/// The ranks of the interval's ends among `count` slopes in ascending order (Sen 1968; numpy's
/// rounding, ties to even), from the series' length and the [`tie_term`](super::tie_term)s of
/// its x and y.
fn interval_ranks(count: usize, n: usize, ties_x: f64, ties_y: f64, level: f64) -> (usize, usize) {
    let nf = n as f64;
    let sigsq = (nf * (nf - 1.0) * (2.0 * nf + 5.0) - ties_x - ties_y) / 18.0;
    let z = z_critical(level);
    let sigma = sigsq.max(0.0).sqrt();
    let nt = count as f64;
    let last = count - 1;
    let hi = (((nt + z * sigma) / 2.0).round_ties_even().max(0.0) as usize).min(last);
    let lo = ((((nt - z * sigma) / 2.0).round_ties_even() - 1.0).max(0.0) as usize).min(last);
    (lo, hi)
}

/// A slope as an integer in `f64::total_cmp`'s order: the transform `total_cmp` makes on every
/// comparison, made once per slope (it is its own inverse: [`slope`] undoes it).
pub(super) fn key(slope: f64) -> i64 {
    let bits = slope.to_bits() as i64;
    bits ^ (((bits >> 63) as u64) >> 1) as i64
}

fn slope(key: i64) -> f64 {
    f64::from_bits((key ^ (((key >> 63) as u64) >> 1) as i64) as u64)
}

/// The value at rank `k` of `v` sorted, where `v` is already split at rank `mid`
/// (`v[..mid]` ≤ `v[mid]` ≤ `v[mid + 1..]`); the split holds afterwards.
fn ranked(v: &mut [i64], mid: usize, k: usize) -> f64 {
    slope(match k.cmp(&mid) {
        Ordering::Less => *v[..mid].select_nth_unstable(k).1,
        Ordering::Equal => v[mid],
        Ordering::Greater => *v[mid + 1..].select_nth_unstable(k - mid - 1).1,
    })
}

/// The slope of `y` against `x`.
pub fn theil_sen(x: &[f64], y: &[f64], level: f64) -> Result<TheilSen> {
    let n = y.len();
    if x.len() != n {
        return Err(insufficient(
            "Theil–Sen slope",
            "x and y of equal length",
            format!("{} and {n}", x.len()),
        ));
    }
    let mut slopes = Vec::with_capacity(n * n.saturating_sub(1) / 2);
    for i in 0..n {
        for j in i + 1..n {
            if x[j] != x[i] {
                slopes.push(key((y[j] - y[i]) / (x[j] - x[i])));
            }
        }
    }
    if slopes.is_empty() {
        return Err(insufficient(
            "Theil–Sen slope",
            "at least two distinct x values",
            "fewer",
        ));
    }
    let ties = [tie_term(&tie_groups(x)), tie_term(&tie_groups(y))];
    Ok(from_slopes(
        &mut slopes,
        [median(x), median(y)],
        ties,
        n,
        level,
    ))
}

/// The estimate from the pairwise slopes' [`key`]s (reordered), the medians of x and y, their
/// [`tie_term`]s and the series' length.
pub(super) fn from_slopes(
    slopes: &mut [i64],
    [median_x, median_y]: [f64; 2],
    [ties_x, ties_y]: [f64; 2],
    n: usize,
    level: f64,
) -> TheilSen {
    // Three order statistics of the slopes (median, and the interval's two ranks), each found by
    // selection: sorting all n(n−1)/2 slopes was most of an engagement analysis' trends.
    let mid = slopes.len() / 2;
    slopes.select_nth_unstable(mid);
    let slope = if slopes.len() % 2 == 1 {
        self::slope(slopes[mid])
    } else {
        let below = slopes[..mid].iter().copied().max().unwrap_or(slopes[mid]);
        (self::slope(below) + self::slope(slopes[mid])) / 2.0
    };
    let (lo, hi) = interval_ranks(slopes.len(), n, ties_x, ties_y, level);
    TheilSen {
        slope,
        intercept: median_y - slope * median_x,
        ci_low: ranked(slopes, mid, lo),
        ci_high: ranked(slopes, mid, hi),
        n,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn invariant_to_adding_a_constant(y in proptest::collection::vec(-100.0f64..100.0, 3..30), c in -50.0f64..50.0) {
            let x: Vec<f64> = (0..y.len()).map(|i| i as f64).collect();
            let shifted: Vec<f64> = y.iter().map(|v| v + c).collect();
            let a = theil_sen(&x, &y, 0.95).unwrap();
            let b = theil_sen(&x, &shifted, 0.95).unwrap();
            prop_assert!((a.slope - b.slope).abs() < 1e-9);
            prop_assert!(a.ci_low <= a.slope + 1e-12 && a.slope <= a.ci_high + 1e-12);
        }

        /// The order statistics found by selection are those of the slopes sorted, bit for bit
        /// (few distinct values, so that slopes tie, and odd and even counts of slopes).
        #[test]
        fn selection_equals_sorting(
            x in proptest::collection::vec(0u8..8, 2..40),
            y in proptest::collection::vec(-4i8..4, 40),
        ) {
            let x: Vec<f64> = x.iter().map(|&v| f64::from(v)).collect();
            let y: Vec<f64> = y[..x.len()].iter().map(|&v| f64::from(v) / 3.0).collect();
            let mut slopes = Vec::new();
            for i in 0..x.len() {
                for j in i + 1..x.len() {
                    if x[j] != x[i] {
                        slopes.push((y[j] - y[i]) / (x[j] - x[i]));
                    }
                }
            }
            prop_assume!(!slopes.is_empty());
            slopes.sort_by(f64::total_cmp);
            let t = theil_sen(&x, &y, 0.95).unwrap();
            prop_assert_eq!(t.slope.to_bits(), median(&slopes).to_bits());
            let ties = [tie_term(&tie_groups(&x)), tie_term(&tie_groups(&y))];
            let (lo, hi) = interval_ranks(slopes.len(), x.len(), ties[0], ties[1], 0.95);
            prop_assert_eq!(t.ci_low.to_bits(), slopes[lo].to_bits());
            prop_assert_eq!(t.ci_high.to_bits(), slopes[hi].to_bits());
        }
    }
}
