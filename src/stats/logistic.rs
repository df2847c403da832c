//! Logistic regression by iteratively reweighted least squares (Newton–Raphson on the binomial
//! log-likelihood), with an intercept. As statsmodels `Logit(...).fit()`: coefficients, standard
//! errors from the inverse information, Wald z and two-sided p, log-likelihood.
//!
//! [`logistic_ridge`] maximises the log-likelihood less `ridge/2 · Σ βⱼ²` over the covariates (not
//! the intercept): the coefficients shrink toward 0 and stay finite when a covariate separates the
//! outcomes or two are collinear, where the plain fit has no maximum. Its standard errors come from
//! the inverse of the penalised information (as statsmodels `fit_regularized` with an L2 penalty
//! reports them), and `log_likelihood` is the unpenalised one at the estimate.

use super::linalg::invert;
use super::math::{exp, ln_1p};
use super::newton::{maximise, Point};
use super::prec::{KKT_TOLERANCE, MAX_ACTIVE_SET_ROUNDS};
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

/// A ridge fit whose covariates' coefficients are all ≥ 0, and which of them the constraint holds
/// at 0 (their terms have coefficient, standard error and z 0, p-value 1).
#[derive(Debug, Clone, PartialEq)]
pub struct NonNegativeFit {
    pub fit: LogitFit,
    pub held_at_zero: Vec<usize>,
}

/// As [`logistic_ridge`], maximised subject to every covariate's coefficient ≥ 0 (the intercept
/// free): Lawson & Hanson's active-set method (1974, ch. 23) on the penalised log-likelihood, which
/// is strictly concave, so its maximum is unique and each round raises the objective. Starting
/// with every coefficient held at 0, a round frees the held covariate whose score (the slope of the
/// objective in its direction) is largest and positive, fits the free ones unconstrained, and,
/// where that makes some free coefficient negative, steps back from the last feasible point
/// toward the new fit only as far as the first one reaching 0, which is held again. It stops when
/// every held covariate's score is ≤ [`KKT_TOLERANCE`](super::prec): the Karush–Kuhn–Tucker
/// conditions of the constrained maximum. When the unconstrained fit is already non-negative it
/// is the answer, as it is. Standard errors are those of the free coefficients' fit.
pub fn logistic_ridge_nonneg(
    y: &[bool],
    x: &[Vec<f64>],
    names: &[String],
    ridge: f64,
) -> Result<NonNegativeFit> {
    let plain = logistic_ridge(y, x, names, ridge)?;
    if plain.terms[1..].iter().all(|t| t.coef >= 0.0) {
        return Ok(NonNegativeFit {
            fit: plain,
            held_at_zero: Vec::new(),
        });
    }
    let mut free: Vec<usize> = Vec::new();
    let mut beta = vec![0.0; x.len()];
    let mut fit = fit_free(y, x, names, ridge, &free)?;
    for _ in 0..MAX_ACTIVE_SET_ROUNDS {
        let scores = held_scores(y, x, &fit, &free);
        let best = scores
            .iter()
            .copied()
            .filter(|(_, g)| *g > KKT_TOLERANCE)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        let Some((j, _)) = best else {
            return Ok(expand(fit, &free, names));
        };
        free.push(j);
        free.sort_unstable();
        loop {
            let next = fit_free(y, x, names, ridge, &free)?;
            let coef = |j: usize| {
                let at = free.iter().position(|&f| f == j).unwrap_or(0);
                next.terms[at + 1].coef
            };
            // The largest step toward the new fit that keeps every coefficient ≥ 0, and the
            // coefficient that reaches 0 first.
            let first = free
                .iter()
                .filter(|&&j| coef(j) <= 0.0)
                .map(|&j| (j, beta[j] / (beta[j] - coef(j))))
                .min_by(|a, b| a.1.total_cmp(&b.1));
            let Some((blocking, alpha)) = first else {
                for &j in &free {
                    beta[j] = coef(j);
                }
                fit = next;
                break;
            };
            for &j in &free {
                beta[j] += alpha * (coef(j) - beta[j]);
            }
            beta[blocking] = 0.0;
            free.retain(|&j| beta[j] > 0.0);
            for b in beta.iter_mut().filter(|b| **b <= 0.0) {
                *b = 0.0;
            }
        }
    }
    Err(Error::NotConverged {
        method: "non-negative logistic regression".into(),
        detail: format!("no solution after {MAX_ACTIVE_SET_ROUNDS} active-set rounds"),
    })
}

/// The ridge fit of the intercept and the `free` covariates.
fn fit_free(
    y: &[bool],
    x: &[Vec<f64>],
    names: &[String],
    ridge: f64,
    free: &[usize],
) -> Result<LogitFit> {
    let cols: Vec<Vec<f64>> = free.iter().map(|&j| x[j].clone()).collect();
    let own: Vec<String> = free.iter().map(|&j| names[j].clone()).collect();
    logistic_ridge(y, &cols, &own, ridge)
}

/// Each held covariate's score at `fit`: Σᵢ xᵢⱼ (yᵢ − μᵢ), the penalty's slope being 0 at 0.
fn held_scores(y: &[bool], x: &[Vec<f64>], fit: &LogitFit, free: &[usize]) -> Vec<(usize, f64)> {
    let n = y.len();
    let resid: Vec<f64> = (0..n)
        .map(|i| {
            let row: Vec<f64> = free.iter().map(|&j| x[j][i]).collect();
            f64::from(u8::from(y[i])) - fit.predict(&row)
        })
        .collect();
    (0..x.len())
        .filter(|j| !free.contains(j))
        .map(|j| (j, x[j].iter().zip(&resid).map(|(v, r)| v * r).sum()))
        .collect()
}

/// The fit of the free covariates with every covariate in its place (held ones at 0).
fn expand(fit: LogitFit, free: &[usize], names: &[String]) -> NonNegativeFit {
    let mut terms = vec![fit.terms[0].clone()];
    let mut held_at_zero = Vec::new();
    for (j, name) in names.iter().enumerate() {
        match free.iter().position(|&f| f == j) {
            Some(at) => terms.push(fit.terms[at + 1].clone()),
            None => {
                held_at_zero.push(j);
                terms.push(LogitTerm {
                    term: name.clone(),
                    coef: 0.0,
                    se: 0.0,
                    z: 0.0,
                    p_value: 1.0,
                });
            }
        }
    }
    NonNegativeFit {
        fit: LogitFit { terms, ..fit },
        held_at_zero,
    }
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

    /// A covariate that lowers the odds is held at 0, and the Karush–Kuhn–Tucker conditions hold:
    /// the score is 0 for every free coefficient (up to the penalty) and ≤ 0 for a held one.
    #[test]
    fn a_harmful_covariate_is_held_at_zero() {
        let n = 200;
        let helps: Vec<f64> = (0..n).map(|i| f64::from(u8::from(i % 3 == 0))).collect();
        let harms: Vec<f64> = (0..n).map(|i| f64::from(u8::from(i % 4 == 0))).collect();
        let noise: Vec<f64> = (0..n).map(|i| f64::from(u8::from(i % 7 < 3))).collect();
        let y: Vec<bool> = (0..n)
            .map(|i| (helps[i] > 0.0 && i % 5 != 0) || (harms[i] == 0.0 && i % 6 == 1))
            .collect();
        let x = vec![helps, harms, noise];
        let plain = logistic_ridge(&y, &x, &names(3), 1.0).unwrap();
        assert!(
            plain.terms[2].coef < 0.0,
            "the example has a negative weight"
        );
        let nn = logistic_ridge_nonneg(&y, &x, &names(3), 1.0).unwrap();
        assert!(nn.held_at_zero.contains(&1), "{:?}", nn.held_at_zero);
        assert!(nn.fit.terms[1..].iter().all(|t| t.coef >= 0.0));
        let mu: Vec<f64> = (0..n)
            .map(|i| nn.fit.predict(&[x[0][i], x[1][i], x[2][i]]))
            .collect();
        for j in 0..3 {
            let score: f64 = (0..n)
                .map(|i| x[j][i] * (f64::from(u8::from(y[i])) - mu[i]))
                .sum();
            let b = nn.fit.terms[j + 1].coef;
            if b > 0.0 {
                assert!((score - b).abs() < 1e-7, "free x{j}: {score} vs {b}");
            } else {
                assert!(score <= 1e-7, "held x{j}: score {score}");
            }
        }
    }

    #[test]
    fn a_fit_without_negative_weights_is_the_plain_one() {
        let x = vec![vec![0.0, 0.0, 0.0, 1.0, 1.0, 1.0, 0.0, 1.0]];
        let y = [false, false, true, true, true, false, false, true];
        let plain = logistic_ridge(&y, &x, &names(1), 1.0).unwrap();
        let nn = logistic_ridge_nonneg(&y, &x, &names(1), 1.0).unwrap();
        assert_eq!(nn.fit, plain);
        assert!(nn.held_at_zero.is_empty());
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
