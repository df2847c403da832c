//! Logistic regression by iteratively reweighted least squares (Newton–Raphson on the binomial
//! log-likelihood), with an intercept. As statsmodels `Logit(...).fit()`: coefficients, standard
//! errors from the inverse information, Wald z and two-sided p, log-likelihood.
//!
//! [`logistic_ridge`] maximises the log-likelihood less `ridge/2 · Σ βⱼ²` over the covariates (not
//! the intercept): the coefficients shrink toward 0 and stay finite when a covariate separates the
//! outcomes or two are collinear, where the plain fit has no maximum. Its standard errors come from
//! the inverse of the penalised information (as statsmodels `fit_regularized` with an L2 penalty
//! reports them), and `log_likelihood` is the unpenalised one at the estimate.

use super::logrank::invert;
use super::math::{exp, ln_1p};
use super::newton::{maximise, Point};
use super::{insufficient, normal_two_sided_p};
use crate::error::{Error, Result};
use serde::Serialize;

/// One coefficient of the fit (the first is `intercept`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LogitTerm {
    pub term: String,
    pub coef: f64,
    pub se: f64,
    pub z: f64,
    pub p_value: f64,
}

/// A fitted logistic model.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LogitFit {
    pub n: usize,
    pub terms: Vec<LogitTerm>,
    pub log_likelihood: f64,
    pub iterations: usize,
}

impl LogitFit {
    /// The fitted probability for one row of covariates (without the intercept).
    pub fn predict(&self, x: &[f64]) -> f64 {
        let eta = self.terms[0].coef
            + self.terms[1..]
                .iter()
                .zip(x)
                .map(|(t, v)| t.coef * v)
                .sum::<f64>();
        1.0 / (1.0 + exp(-eta))
    }
}

fn log1pexp(x: f64) -> f64 {
    if x > 35.0 {
        x
    } else {
        ln_1p(exp(x))
    }
}

/// Fits `P(y = 1) = 1/(1 + exp(−(b₀ + Σ bⱼxⱼ)))`; `x` holds one column per covariate.
pub fn logistic(y: &[bool], x: &[Vec<f64>], names: &[String]) -> Result<LogitFit> {
    logistic_ridge(y, x, names, 0.0)
}

/// As [`logistic`], with an L2 penalty of `ridge` on the covariates' coefficients.
pub fn logistic_ridge(
    y: &[bool],
    x: &[Vec<f64>],
    names: &[String],
    ridge: f64,
) -> Result<LogitFit> {
    let n = y.len();
    let p = x.len() + 1;
    let method = "logistic regression";
    if x.iter().any(|c| c.len() != n) || names.len() + 1 != p {
        return Err(insufficient(
            method,
            "columns of equal length",
            "columns of different lengths",
        ));
    }
    let ones = y.iter().filter(|v| **v).count();
    if ones == 0 || ones == n {
        return Err(insufficient(
            method,
            "both outcomes present",
            format!("{ones} of {n} positive"),
        ));
    }
    if n <= p && ridge == 0.0 {
        return Err(insufficient(
            method,
            format!("more rows than coefficients ({p})"),
            format!("n = {n}"),
        ));
    }
    // Row-major and flat, each row starting with the intercept's 1.
    let mut rows = vec![1.0; n * p];
    for (a, col) in x.iter().enumerate() {
        for (i, v) in col.iter().enumerate() {
            rows[i * p + a + 1] = *v;
        }
    }
    let penalty = |beta: &[f64]| ridge / 2.0 * beta[1..].iter().map(|b| b * b).sum::<f64>();
    let max =
        maximise(p, |beta| penalised(&rows, y, beta, ridge)).map_err(|f| Error::NotConverged {
            method: method.into(),
            detail: f.detail("the outcomes"),
        })?;
    let cov = invert(&max.at.information).ok_or_else(|| Error::NotConverged {
        method: method.into(),
        detail: "the information matrix is singular".into(),
    })?;
    let terms = max
        .beta
        .iter()
        .enumerate()
        .map(|(a, &coef)| {
            let se = cov[a][a].sqrt();
            LogitTerm {
                term: if a == 0 {
                    "intercept".to_string()
                } else {
                    names[a - 1].clone()
                },
                coef,
                se,
                z: coef / se,
                p_value: normal_two_sided_p(coef / se),
            }
        })
        .collect();
    Ok(LogitFit {
        n,
        terms,
        log_likelihood: max.at.objective + penalty(&max.beta),
        iterations: max.iterations,
    })
}

/// The binomial log-likelihood less the ridge penalty (intercept unpenalised), its gradient and
/// information at `beta`; `rows` (flat, row-major) start with the intercept's 1.
fn penalised(rows: &[f64], y: &[bool], beta: &[f64], ridge: f64) -> Point {
    let p = beta.len();
    let mut objective = 0.0;
    let mut gradient = vec![0.0; p];
    // The lower triangle, flat.
    let mut info = vec![0.0; p * p];
    for (r, yi) in rows.chunks_exact(p).zip(y) {
        let eta: f64 = r.iter().zip(beta).map(|(a, b)| a * b).sum();
        objective -= if *yi { log1pexp(-eta) } else { log1pexp(eta) };
        let mu = 1.0 / (1.0 + exp(-eta));
        let w = mu * (1.0 - mu);
        let resid = f64::from(u8::from(*yi)) - mu;
        // Zeros add nothing (and rows are often mostly zeros: signals that did not fire).
        for a in (0..p).filter(|&a| r[a] != 0.0) {
            gradient[a] += r[a] * resid;
            let wa = w * r[a];
            for b in (0..=a).filter(|&b| r[b] != 0.0) {
                info[a * p + b] += wa * r[b];
            }
        }
    }
    for a in 1..p {
        objective -= ridge / 2.0 * beta[a] * beta[a];
        gradient[a] -= ridge * beta[a];
        info[a * p + a] += ridge;
    }
    Point::from_lower(objective, gradient, &info)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(k: usize) -> Vec<String> {
        (0..k).map(|j| format!("x{j}")).collect()
    }

    #[test]
    fn a_separating_covariate_has_no_plain_fit_but_a_finite_ridge_one() {
        let x = vec![vec![0.0, 0.0, 0.0, 1.0, 1.0, 1.0]];
        let y = [false, false, false, true, true, true];
        assert!(logistic(&y, &x, &names(1)).is_err());
        let fit = logistic_ridge(&y, &x, &names(1), 1.0).unwrap();
        let b = fit.terms[1].coef;
        assert!(b > 0.5 && b < 10.0, "{b}");
        // At the penalised maximum the score equals the penalty's gradient: Σ xᵢ(yᵢ − μᵢ) = λβ.
        let score: f64 = (0..6)
            .map(|i| x[0][i] * (f64::from(u8::from(y[i])) - fit.predict(&[x[0][i]])))
            .sum();
        assert!((score - b).abs() < 1e-8, "{score} vs {b}");
        let intercept_score: f64 = (0..6)
            .map(|i| f64::from(u8::from(y[i])) - fit.predict(&[x[0][i]]))
            .sum();
        assert!(
            intercept_score.abs() < 1e-8,
            "the intercept is not penalised"
        );
    }

    #[test]
    fn collinear_covariates_share_a_ridge_weight() {
        let a = [0.0, 1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 0.0];
        let x = vec![a.to_vec(), a.to_vec()];
        let y = [false, true, false, true, false, false, true, true];
        assert!(logistic(&y, &x, &names(2)).is_err());
        let fit = logistic_ridge(&y, &x, &names(2), 1.0).unwrap();
        assert!((fit.terms[1].coef - fit.terms[2].coef).abs() < 1e-9);
    }
}
