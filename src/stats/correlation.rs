//! Correlation with a two-sided p-value from Student's t with n − 2 degrees of freedom:
//! t = r√((n − 2)/(1 − r²)). Pearson's r (point-biserial when one variable is 0/1) as scipy
//! `pearsonr`; Spearman's ρ is Pearson's r of average ranks, as scipy `spearmanr`.

use super::{average_ranks, insufficient, t_two_sided_p};
use crate::error::Result;
use serde::Serialize;

/// A correlation coefficient, its p-value and n.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Correlation {
    pub r: f64,
    pub p_value: f64,
    pub n: usize,
    pub method: String,
}

fn pearson_r(x: &[f64], y: &[f64]) -> Option<f64> {
    let n = x.len() as f64;
    let mx = x.iter().sum::<f64>() / n;
    let my = y.iter().sum::<f64>() / n;
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in x.iter().zip(y) {
        let (dx, dy) = (a - mx, b - my);
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    (sxx > 0.0 && syy > 0.0).then(|| (sxy / (sxx.sqrt() * syy.sqrt())).clamp(-1.0, 1.0))
}

fn with_p(r: f64, n: usize, method: &str) -> Correlation {
    let df = (n - 2) as f64;
    let p = if r.abs() >= 1.0 {
        0.0
    } else {
        t_two_sided_p(r * (df / (1.0 - r * r)).sqrt(), df)
    };
    Correlation {
        r,
        p_value: p,
        n,
        method: method.into(),
    }
}

fn check(x: &[f64], y: &[f64], method: &str) -> Result<()> {
    if x.len() != y.len() {
        return Err(insufficient(
            method,
            "two series of equal length",
            format!("{} and {}", x.len(), y.len()),
        ));
    }
    if x.len() < 3 {
        return Err(insufficient(method, "n ≥ 3", format!("n = {}", x.len())));
    }
    Ok(())
}

/// Pearson's r (the point-biserial r when one series is 0/1).
pub fn pearson(x: &[f64], y: &[f64]) -> Result<Correlation> {
    check(x, y, "Pearson correlation")?;
    let r = pearson_r(x, y).ok_or_else(|| {
        insufficient(
            "Pearson correlation",
            "two non-constant series",
            "a constant series",
        )
    })?;
    Ok(with_p(r, x.len(), "pearson"))
}

/// Spearman's ρ with average ranks for ties.
pub fn spearman(x: &[f64], y: &[f64]) -> Result<Correlation> {
    check(x, y, "Spearman correlation")?;
    spearman_of_ranks(&average_ranks(x), &average_ranks(y))
}

/// Spearman's ρ of two series given as their average ranks ([`average_ranks`]): a series
/// correlated with many others is ranked once.
pub fn spearman_of_ranks(x: &[f64], y: &[f64]) -> Result<Correlation> {
    check(x, y, "Spearman correlation")?;
    let r = pearson_r(x, y).ok_or_else(|| {
        insufficient(
            "Spearman correlation",
            "two non-constant series",
            "a constant series",
        )
    })?;
    Ok(with_p(r, x.len(), "spearman"))
}
