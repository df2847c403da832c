//! Log-rank test across k ≥ 2 groups.
//!
//! At each distinct event time with d events among n at risk (nⱼ in group j):
//! Eⱼ += d·nⱼ/n, Vⱼₖ += d(n − d)/(n − 1)·(nⱼ/n)(δⱼₖ − nₖ/n). The statistic is
//! (O − E)ᵀ V⁻¹ (O − E) over the first k − 1 groups, chi-square with k − 1 df (Mantel 1966); as
//! lifelines `multivariate_logrank_test` and R `survdiff`.

use super::linalg::solve;
use super::{chi2_sf, insufficient, TestResult};
use crate::error::Result;

/// Observed and expected events per group, with the test.
#[derive(Debug, Clone, PartialEq)]
pub struct LogRank {
    pub test: TestResult,
    pub observed: Vec<f64>,
    pub expected: Vec<f64>,
}

/// Tests whether the groups (0..k, one label per observation) share one survival curve.
pub fn logrank(times: &[f64], events: &[bool], groups: &[usize]) -> Result<LogRank> {
    let k = groups.iter().max().map_or(0, |m| m + 1);
    if k < 2 || times.len() != events.len() || times.len() != groups.len() {
        return Err(insufficient(
            "log-rank test",
            "at least two groups",
            format!("{k}"),
        ));
    }
    let order = super::order::ascending(times);
    let mut at_risk = vec![0.0; k];
    for g in groups {
        at_risk[*g] += 1.0;
    }
    if at_risk.contains(&0.0) {
        return Err(insufficient(
            "log-rank test",
            "every group non-empty",
            "an empty group",
        ));
    }
    let mut observed = vec![0.0; k];
    let mut expected = vec![0.0; k];
    let mut v = vec![vec![0.0; k]; k];
    let mut i = 0;
    while i < order.len() {
        let t = times[order[i]];
        let mut d_g = vec![0.0; k];
        let mut left_g = vec![0.0; k];
        while i < order.len() && times[order[i]] == t {
            let j = order[i];
            if events[j] {
                d_g[groups[j]] += 1.0;
            }
            left_g[groups[j]] += 1.0;
            i += 1;
        }
        let d: f64 = d_g.iter().sum();
        let n: f64 = at_risk.iter().sum();
        if d > 0.0 {
            for g in 0..k {
                observed[g] += d_g[g];
                expected[g] += d * at_risk[g] / n;
            }
            if n > 1.0 {
                let f = d * (n - d) / (n - 1.0);
                for a in 0..k {
                    for b in 0..k {
                        let delta = if a == b { 1.0 } else { 0.0 };
                        v[a][b] += f * (at_risk[a] / n) * (delta - at_risk[b] / n);
                    }
                }
            }
        }
        for g in 0..k {
            at_risk[g] -= left_g[g];
        }
    }
    if observed.iter().sum::<f64>() == 0.0 {
        return Err(insufficient(
            "log-rank test",
            "at least one event",
            "no events",
        ));
    }
    let m = k - 1;
    let diff: Vec<f64> = (0..m).map(|g| observed[g] - expected[g]).collect();
    let sub: Vec<Vec<f64>> = (0..m).map(|a| v[a][..m].to_vec()).collect();
    let x = solve(sub, diff.clone()).ok_or_else(|| {
        insufficient("log-rank test", "a non-singular variance", "a singular one")
    })?;
    let stat: f64 = diff.iter().zip(&x).map(|(a, b)| a * b).sum();
    Ok(LogRank {
        test: TestResult {
            statistic: stat,
            df: Some(m as f64),
            p_value: chi2_sf(stat, m as f64),
            method: "log-rank".into(),
        },
        observed,
        expected,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn observed_minus_expected_sums_to_zero(obs in proptest::collection::vec((0u32..30, any::<bool>(), 0usize..3), 6..80)) {
            let times: Vec<f64> = obs.iter().map(|o| f64::from(o.0)).collect();
            let events: Vec<bool> = obs.iter().map(|o| o.1).collect();
            let groups: Vec<usize> = obs.iter().map(|o| o.2).collect();
            if let Ok(r) = logrank(&times, &events, &groups) {
                let total: f64 = r.observed.iter().zip(&r.expected).map(|(o, e)| o - e).sum();
                prop_assert!(total.abs() < 1e-9);
                prop_assert!(r.test.statistic >= -1e-9);
            }
        }
    }
}
