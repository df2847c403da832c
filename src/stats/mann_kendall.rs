//! Mann–Kendall trend test: S = Σ_{i<j} sign(xⱼ − xᵢ); Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)]/18
//! over groups of tied values; Z = (S − 1)/√Var(S) for S > 0, (S + 1)/√Var(S) for S < 0, 0 for
//! S = 0 (continuity correction); two-sided normal p (Mann 1945, Kendall 1975; as pymannkendall's
//! `original_test`).

use super::{insufficient, normal_two_sided_p, tie_groups, tie_term};
use crate::error::Result;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MannKendall {
    pub s: f64,
    pub var_s: f64,
    pub z: f64,
    pub p_value: f64,
    pub n: usize,
}

/// Tests the series (in time order) for a monotonic trend.
pub fn mann_kendall(x: &[f64]) -> Result<MannKendall> {
    let n = x.len();
    if n < 3 {
        return Err(insufficient(
            "Mann–Kendall test",
            "at least 3 points",
            format!("{n}"),
        ));
    }
    let mut s = 0.0;
    for i in 0..n {
        for j in i + 1..n {
            s += (x[j] - x[i]).signum() * f64::from(u8::from(x[j] != x[i]));
        }
    }
    Ok(from_s(s, n, tie_term(&tie_groups(x))))
}

/// The test from S, the series' length and its ties' [`tie_term`].
pub(super) fn from_s(s: f64, n: usize, ties: f64) -> MannKendall {
    let nf = n as f64;
    let var_s = (nf * (nf - 1.0) * (2.0 * nf + 5.0) - ties) / 18.0;
    let z = if var_s <= 0.0 || s == 0.0 {
        0.0
    } else if s > 0.0 {
        (s - 1.0) / var_s.sqrt()
    } else {
        (s + 1.0) / var_s.sqrt()
    };
    MannKendall {
        s,
        var_s,
        z,
        p_value: normal_two_sided_p(z),
        n,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_computed() {
        // 1,2,3,4: S = 6, Var = 4·3·13/18 = 8.667, Z = 5/√8.667.
        let m = mann_kendall(&[1.0, 2.0, 3.0, 4.0]).unwrap();
        assert_eq!(m.s, 6.0);
        assert!((m.var_s - 52.0 / 6.0).abs() < 1e-12);
        assert!((m.z - 5.0 / (52.0f64 / 6.0).sqrt()).abs() < 1e-12);
        let c = mann_kendall(&[2.0, 2.0, 2.0]).unwrap();
        assert_eq!((c.s, c.z, c.p_value), (0.0, 0.0, 1.0));
    }
}
