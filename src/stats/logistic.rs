//! Logistic regression by iteratively reweighted least squares (Newton–Raphson on the binomial
//! log-likelihood), with an intercept. As statsmodels `Logit(...).fit()`: coefficients, standard
//! errors from the inverse information, Wald z and two-sided p, log-likelihood.

use super::logrank::{invert, solve};
use super::math::{exp, ln_1p};
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
    if n <= p {
        return Err(insufficient(
            method,
            format!("more rows than coefficients ({p})"),
            format!("n = {n}"),
        ));
    }
    let row =
        |i: usize| -> Vec<f64> { std::iter::once(1.0).chain(x.iter().map(|c| c[i])).collect() };
    let rows: Vec<Vec<f64>> = (0..n).map(row).collect();
    let mut beta = vec![0.0; p];
    let loglik = |beta: &[f64]| -> f64 {
        rows.iter()
            .zip(y)
            .map(|(r, yi)| {
                let eta: f64 = r.iter().zip(beta).map(|(a, b)| a * b).sum();
                if *yi {
                    -log1pexp(-eta)
                } else {
                    -log1pexp(eta)
                }
            })
            .sum()
    };
    let mut ll = loglik(&beta);
    let mut info = vec![vec![0.0; p]; p];
    for iteration in 1..=100 {
        let mut grad = vec![0.0; p];
        info = vec![vec![0.0; p]; p];
        for (r, yi) in rows.iter().zip(y) {
            let eta: f64 = r.iter().zip(&beta).map(|(a, b)| a * b).sum();
            let mu = 1.0 / (1.0 + exp(-eta));
            let w = mu * (1.0 - mu);
            let resid = f64::from(u8::from(*yi)) - mu;
            for a in 0..p {
                grad[a] += r[a] * resid;
                for b in 0..=a {
                    info[a][b] += w * r[a] * r[b];
                }
            }
        }
        for a in 0..p {
            for b in 0..a {
                info[b][a] = info[a][b];
            }
        }
        let delta = solve(info.clone(), grad).ok_or_else(|| Error::NotConverged {
            method: method.into(),
            detail: "the information matrix is singular (collinear covariates?)".into(),
        })?;
        let mut step = 1.0;
        let (mut next, mut next_ll);
        loop {
            next = beta
                .iter()
                .zip(&delta)
                .map(|(b, d)| b + step * d)
                .collect::<Vec<_>>();
            next_ll = loglik(&next);
            if next_ll >= ll - 1e-12 * ll.abs() || step < 1e-6 {
                break;
            }
            step /= 2.0;
        }
        let change = delta.iter().fold(0.0f64, |m, d| m.max((step * d).abs()));
        beta = next;
        ll = next_ll;
        if beta.iter().any(|b| b.abs() > 30.0) {
            return Err(Error::NotConverged {
                method: method.into(),
                detail: "a coefficient grows without bound: a covariate separates the outcomes perfectly".into(),
            });
        }
        if change < 1e-10 {
            let cov = invert(&info).ok_or_else(|| Error::NotConverged {
                method: method.into(),
                detail: "the information matrix is singular".into(),
            })?;
            let terms = (0..p)
                .map(|a| {
                    let se = cov[a][a].sqrt();
                    LogitTerm {
                        term: if a == 0 {
                            "intercept".to_string()
                        } else {
                            names[a - 1].clone()
                        },
                        coef: beta[a],
                        se,
                        z: beta[a] / se,
                        p_value: normal_two_sided_p(beta[a] / se),
                    }
                })
                .collect();
            return Ok(LogitFit {
                n,
                terms,
                log_likelihood: ll,
                iterations: iteration,
            });
        }
    }
    let _ = info;
    Err(Error::NotConverged {
        method: method.into(),
        detail: "no convergence after 100 iterations".into(),
    })
}
