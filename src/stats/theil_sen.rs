//! Theil–Sen slope with Sen's (1968) confidence interval, as scipy `theilslopes(y, x, 0.95,
//! method="separate")`: the median of pairwise slopes; intercept median(y) − slope·median(x); the
//! interval takes the sorted slopes at ranks round((N ∓ z·σ)/2) (ties-to-even as numpy), with
//! σ² = [n(n−1)(2n+5) − Σ tₓ(tₓ−1)(2tₓ+5) − Σ t_y(t_y−1)(2t_y+5)]/18.

use super::{insufficient, median, tie_groups, z_critical};
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

fn tie_term(groups: &[usize]) -> f64 {
    groups
        .iter()
        .map(|&k| (k * (k - 1) * (2 * k + 5)) as f64)
        .sum()
}

/// The ranks of the interval's ends among `count` slopes in ascending order (Sen 1968; numpy's
/// rounding, ties to even).
fn interval_ranks(count: usize, x: &[f64], y: &[f64], level: f64) -> (usize, usize) {
    let nf = y.len() as f64;
    let sigsq =
        (nf * (nf - 1.0) * (2.0 * nf + 5.0) - tie_term(&tie_groups(x)) - tie_term(&tie_groups(y)))
            / 18.0;
    let z = z_critical(level);
    let sigma = sigsq.max(0.0).sqrt();
    let nt = count as f64;
    let last = count - 1;
    let hi = (((nt + z * sigma) / 2.0).round_ties_even().max(0.0) as usize).min(last);
    let lo = ((((nt - z * sigma) / 2.0).round_ties_even() - 1.0).max(0.0) as usize).min(last);
    (lo, hi)
}

/// The value at rank `k` of `v` sorted by `total_cmp`, where `v` is already split at rank `mid`
/// (`v[..mid]` ≤ `v[mid]` ≤ `v[mid + 1..]`); the split holds afterwards.
fn ranked(v: &mut [f64], mid: usize, k: usize) -> f64 {
    match k.cmp(&mid) {
        Ordering::Less => *v[..mid].select_nth_unstable_by(k, f64::total_cmp).1,
        Ordering::Equal => v[mid],
        Ordering::Greater => {
            *v[mid + 1..]
                .select_nth_unstable_by(k - mid - 1, f64::total_cmp)
                .1
        }
    }
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
                slopes.push((y[j] - y[i]) / (x[j] - x[i]));
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
    // Three order statistics of the slopes (median, and the interval's two ranks), each found by
    // selection: sorting all n(n−1)/2 slopes was most of an engagement analysis' trends.
    let mid = slopes.len() / 2;
    slopes.select_nth_unstable_by(mid, f64::total_cmp);
    let slope = if slopes.len() % 2 == 1 {
        slopes[mid]
    } else {
        let below = slopes[..mid].iter().copied().max_by(f64::total_cmp);
        (below.unwrap_or(slopes[mid]) + slopes[mid]) / 2.0
    };
    let intercept = median(y) - slope * median(x);
    let (lo, hi) = interval_ranks(slopes.len(), x, y, level);
    Ok(TheilSen {
        slope,
        intercept,
        ci_low: ranked(&mut slopes, mid, lo),
        ci_high: ranked(&mut slopes, mid, hi),
        n,
    })
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
            let (lo, hi) = interval_ranks(slopes.len(), &x, &y, 0.95);
            prop_assert_eq!(t.ci_low.to_bits(), slopes[lo].to_bits());
            prop_assert_eq!(t.ci_high.to_bits(), slopes[hi].to_bits());
        }
    }
}
