//! Wilson score interval for a binomial proportion.
//!
//! p̂ = x/n, z = Φ⁻¹(1 − α/2); centre (p̂ + z²/2n)/(1 + z²/n), half-width
//! z/(1 + z²/n)·√(p̂(1 − p̂)/n + z²/4n²). Wilson (1927); as statsmodels
//! `proportion_confint(method="wilson")`.

use super::{check_level, insufficient, z_critical, Estimate};
use crate::error::Result;

/// The proportion `successes / n` with its Wilson score interval at `level`.
pub fn wilson(successes: usize, n: usize, level: f64) -> Result<Estimate> {
    check_level(level)?;
    if n == 0 {
        return Err(insufficient("Wilson score interval", "n ≥ 1", "n = 0"));
    }
    if successes > n {
        return Err(insufficient(
            "Wilson score interval",
            "successes ≤ n",
            format!("{successes} of {n}"),
        ));
    }
    let nf = n as f64;
    let p = successes as f64 / nf;
    let z = z_critical(level);
    let z2 = z * z;
    let denom = 1.0 + z2 / nf;
    let centre = (p + z2 / (2.0 * nf)) / denom;
    let half = z / denom * (p * (1.0 - p) / nf + z2 / (4.0 * nf * nf)).sqrt();
    Ok(Estimate {
        value: p,
        n,
        // At p̂ = 0 (or 1) the bound is exactly 0 (or 1); rounding would leave 1e-17.
        ci_low: Some(if successes == 0 {
            0.0
        } else {
            (centre - half).max(0.0)
        }),
        ci_high: Some(if successes == n {
            1.0
        } else {
            (centre + half).min(1.0)
        }),
        level: Some(level),
        method: "wilson".into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn textbook_value() {
        // 8 of 10 at 95%: Newcombe (1998) table I gives 0.4902 to 0.9433.
        let e = wilson(8, 10, 0.95).unwrap();
        assert!((e.ci_low.unwrap() - 0.4902).abs() < 1e-4);
        assert!((e.ci_high.unwrap() - 0.9433).abs() < 1e-4);
    }

    #[test]
    fn edges() {
        assert!(wilson(0, 0, 0.95).is_err());
        assert!(wilson(3, 2, 0.95).is_err());
        let e = wilson(0, 5, 0.95).unwrap();
        assert_eq!(e.ci_low, Some(0.0));
        assert!(e.ci_high.unwrap() > 0.0);
    }

    proptest! {
        #[test]
        fn bounds_in_unit_interval_around_estimate(n in 1usize..5000, frac in 0.0f64..=1.0, level in 0.5f64..0.999) {
            let x = ((n as f64) * frac).floor() as usize;
            let e = wilson(x, n, level).unwrap();
            let (lo, hi) = (e.ci_low.unwrap(), e.ci_high.unwrap());
            prop_assert!((0.0..=1.0).contains(&lo) && (0.0..=1.0).contains(&hi));
            prop_assert!(lo <= e.value + 1e-12 && e.value <= hi + 1e-12);
        }
    }
}
