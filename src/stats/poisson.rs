//! Poisson rates: the exact (Garwood 1936) interval of a count, and the rate ratio of two counts
//! with the log-scale Wald interval exp(log RR ± z·√(1/k₁ + 1/k₂)) (statsmodels
//! `confint_poisson_2indep(method="wald-log")`). Garwood: [χ²(α/2; 2k)/2, χ²(1 − α/2; 2k + 2)/2]
//! (the lower bound is 0 for k = 0), as statsmodels `confint_poisson(method="exact-c")`.

use super::math::{chi2_quantile, exp, ln};
use super::{check_level, insufficient, z_critical, Estimate};
use crate::error::Result;

/// `count` events over `exposure`, as a rate times `scale` (e.g. 100 for "per 100 person-years").
pub fn garwood(count: u64, exposure: f64, scale: f64, level: f64) -> Result<Estimate> {
    check_level(level)?;
    // Written so that a NaN exposure is refused too.
    if exposure.is_nan() || exposure <= 0.0 {
        return Err(insufficient(
            "Poisson rate",
            "exposure > 0",
            format!("{exposure}"),
        ));
    }
    let a = (1.0 - level) / 2.0;
    let k = count as f64;
    let low = if count == 0 {
        0.0
    } else {
        chi2_quantile(a, 2.0 * k) / 2.0
    };
    let high = chi2_quantile(1.0 - a, 2.0 * k + 2.0) / 2.0;
    Ok(Estimate {
        value: k / exposure * scale,
        n: count as usize,
        ci_low: Some(low / exposure * scale),
        ci_high: Some(high / exposure * scale),
        level: Some(level),
        method: "exact Poisson (Garwood)".into(),
    })
}

/// The ratio of two rates, (k₁/T₁)/(k₂/T₂).
pub fn rate_ratio(k1: u64, t1: f64, k2: u64, t2: f64, level: f64) -> Result<Estimate> {
    check_level(level)?;
    if k1 == 0 || k2 == 0 || t1.is_nan() || t2.is_nan() || t1 <= 0.0 || t2 <= 0.0 {
        return Err(insufficient(
            "rate ratio",
            "events and exposure in both groups",
            format!("{k1} and {k2} events"),
        ));
    }
    let rr = (k1 as f64 / t1) / (k2 as f64 / t2);
    let se = (1.0 / k1 as f64 + 1.0 / k2 as f64).sqrt();
    let z = z_critical(level);
    Ok(Estimate {
        value: rr,
        n: (k1 + k2) as usize,
        ci_low: Some(exp(ln(rr) - z * se)),
        ci_high: Some(exp(ln(rr) + z * se)),
        level: Some(level),
        method: "Wald interval on the log rate ratio".into(),
    })
}
