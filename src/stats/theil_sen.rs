//! Theil–Sen slope with Sen's (1968) confidence interval, as scipy `theilslopes(y, x, 0.95,
//! method="separate")`: the median of pairwise slopes; intercept median(y) − slope·median(x); the
//! interval takes the sorted slopes at ranks round((N ∓ z·σ)/2) (ties-to-even as numpy), with
//! σ² = [n(n−1)(2n+5) − Σ tₓ(tₓ−1)(2tₓ+5) − Σ t_y(t_y−1)(2t_y+5)]/18.

use super::{insufficient, median, median_of_sorted, tie_groups, z_critical};
use crate::error::Result;
use serde::Serialize;

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
    slopes.sort_by(f64::total_cmp);
    let slope = median_of_sorted(&slopes);
    let intercept = median(y) - slope * median(x);
    let nf = n as f64;
    let sigsq =
        (nf * (nf - 1.0) * (2.0 * nf + 5.0) - tie_term(&tie_groups(x)) - tie_term(&tie_groups(y)))
            / 18.0;
    let z = z_critical(level);
    let sigma = sigsq.max(0.0).sqrt();
    let nt = slopes.len() as f64;
    let last = slopes.len() - 1;
    let hi = (((nt + z * sigma) / 2.0).round_ties_even().max(0.0) as usize).min(last);
    let lo = ((((nt - z * sigma) / 2.0).round_ties_even() - 1.0).max(0.0) as usize).min(last);
    Ok(TheilSen {
        slope,
        intercept,
        ci_low: slopes[lo],
        ci_high: slopes[hi],
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
    }
}
