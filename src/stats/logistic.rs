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
use std::hash::Hasher;

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
    let rows = checked_rows(y, x, names, ridge)?;
    fit_rows(&rows, names, ridge, vec![0.0; x.len() + 1])
}

const METHOD: &str = "logistic regression";

/// The rows of a fit, each distinct one (outcome and covariates) kept once with how often it
/// occurs: the log-likelihood and its derivatives are sums over rows, so k equal rows add as one
/// row weighted k. Risk learning's rows are much alike (every closed pair that fired no signal
/// has the same zeros), and a fit passes over its rows once per Newton step.
struct Rows {
    /// The rows before counting.
    n: usize,
    /// Coefficients, the intercept's first.
    p: usize,
    /// Flat, row-major, each row starting with the intercept's 1.
    values: Vec<f64>,
    y: Vec<bool>,
    count: Vec<f64>,
}

impl Rows {
    /// The distinct rows of `y` and `x`, in the order they first occur.
    fn counted(y: &[bool], x: &[Vec<f64>]) -> Rows {
        let mut rows = Rows::empty(y.len(), x.len() + 1);
        let mut seen = Default::default();
        let mut row = vec![0.0; x.len()];
        for (i, yi) in y.iter().enumerate() {
            for (v, c) in row.iter_mut().zip(x) {
                *v = c[i];
            }
            rows.add(&mut seen, *yi, &row, 1.0);
        }
        rows
    }

    /// The rows with only the covariates `columns` (indices into the covariates), counted again:
    /// fewer covariates make more rows equal.
    fn select(&self, columns: &[usize]) -> Rows {
        let mut rows = Rows::empty(self.n, columns.len() + 1);
        let mut seen = Default::default();
        let mut row = vec![0.0; columns.len()];
        for (r, y, count) in self.iter() {
            for (v, &j) in row.iter_mut().zip(columns) {
                *v = r[j + 1];
            }
            rows.add(&mut seen, y, &row, count);
        }
        rows
    }

    fn empty(n: usize, p: usize) -> Rows {
        Rows {
            n,
            p,
            values: Vec::new(),
            y: Vec::new(),
            count: Vec::new(),
        }
    }

    /// Adds `count` rows of outcome `y` and covariates `row`: to the equal row kept already, or
    /// as a new one. `seen` maps a row's hash to where the first row with it is kept; rows whose
    /// hashes collide without being equal are kept apart (the sums stay the same, less is saved).
    fn add(
        &mut self,
        seen: &mut rustc_hash::FxHashMap<u64, usize>,
        y: bool,
        row: &[f64],
        count: f64,
    ) {
        let mut h = rustc_hash::FxHasher::default();
        h.write_u8(u8::from(y));
        for v in row {
            h.write_u64(v.to_bits());
        }
        let at = *seen.entry(h.finish()).or_insert(self.y.len());
        let same = at < self.y.len()
            && self.y[at] == y
            && self.values[at * self.p + 1..(at + 1) * self.p]
                .iter()
                .zip(row)
                .all(|(a, b)| a.to_bits() == b.to_bits());
        if same {
            self.count[at] += count;
        } else {
            self.values.push(1.0);
            self.values.extend_from_slice(row);
            self.y.push(y);
            self.count.push(count);
        }
    }

    fn iter(&self) -> impl Iterator<Item = (&[f64], bool, f64)> {
        self.values
            .chunks_exact(self.p)
            .zip(&self.y)
            .zip(&self.count)
            .map(|((r, y), k)| (r, *y, *k))
    }
}

/// The data checked for a fit (equal lengths, both outcomes, enough rows), as counted rows.
fn checked_rows(y: &[bool], x: &[Vec<f64>], names: &[String], ridge: f64) -> Result<Rows> {
    let n = y.len();
    let p = x.len() + 1;
    if x.iter().any(|c| c.len() != n) || names.len() + 1 != p {
        return Err(insufficient(
            METHOD,
            "columns of equal length",
            "columns of different lengths",
        ));
    }
    let ones = y.iter().filter(|v| **v).count();
    if ones == 0 || ones == n {
        return Err(insufficient(
            METHOD,
            "both outcomes present",
            format!("{ones} of {n} positive"),
        ));
    }
    if n <= p && ridge == 0.0 {
        return Err(insufficient(
            METHOD,
            format!("more rows than coefficients ({p})"),
            format!("n = {n}"),
        ));
    }
    Ok(Rows::counted(y, x))
}

/// Maximises the penalised log-likelihood of `rows` from `start` (the intercept first); the
/// terms, their standard errors and the unpenalised log-likelihood.
fn fit_rows(rows: &Rows, names: &[String], ridge: f64, start: Vec<f64>) -> Result<LogitFit> {
    let penalty = |beta: &[f64]| ridge / 2.0 * beta[1..].iter().map(|b| b * b).sum::<f64>();
    let max =
        maximise(start, |beta| penalised(rows, beta, ridge)).map_err(|f| Error::NotConverged {
            method: METHOD.into(),
            detail: f.detail("the outcomes"),
        })?;
    let cov = invert(&max.at.information).ok_or_else(|| Error::NotConverged {
        method: METHOD.into(),
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
        n: rows.n,
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
/// is strictly concave, so its maximum is unique and each round raises the objective. When the
/// unconstrained fit is already non-negative it is the answer, as it is. Otherwise the method
/// starts where that fit's coefficients are positive (those free at their values, the others
/// held at 0; any feasible start reaches the same maximum, and this one is usually next to it),
/// and [`ActiveSet::fit_feasible`] fits the free ones. A round then frees the held covariate whose score (the
/// slope of the objective in its direction) is largest and positive, and fits again. It stops when
/// every held covariate's score is ≤ [`KKT_TOLERANCE`](super::prec): the Karush–Kuhn–Tucker
/// conditions of the constrained maximum. Standard errors are those of the free coefficients' fit.
pub fn logistic_ridge_nonneg(
    y: &[bool],
    x: &[Vec<f64>],
    names: &[String],
    ridge: f64,
) -> Result<NonNegativeFit> {
    let rows = checked_rows(y, x, names, ridge)?;
    let plain = fit_rows(&rows, names, ridge, vec![0.0; x.len() + 1])?;
    if plain.terms[1..].iter().all(|t| t.coef >= 0.0) {
        return Ok(NonNegativeFit {
            fit: plain,
            held_at_zero: Vec::new(),
        });
    }
    let mut beta: Vec<f64> = plain.terms[1..].iter().map(|t| t.coef.max(0.0)).collect();
    let mut free: Vec<usize> = (0..x.len()).filter(|&j| beta[j] > 0.0).collect();
    let active = ActiveSet {
        rows: &rows,
        names,
        ridge,
    };
    let mut fit = active.fit_feasible(&mut free, &mut beta, plain.terms[0].coef)?;
    for _ in 0..MAX_ACTIVE_SET_ROUNDS {
        let best = active
            .held_scores(&fit, &free)
            .into_iter()
            .filter(|(_, g)| *g > KKT_TOLERANCE)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        let Some((j, _)) = best else {
            return Ok(expand(fit, &free, names));
        };
        free.push(j);
        free.sort_unstable();
        fit = active.fit_feasible(&mut free, &mut beta, fit.terms[0].coef)?;
    }
    Err(Error::NotConverged {
        method: "non-negative logistic regression".into(),
        detail: format!("no solution after {MAX_ACTIVE_SET_ROUNDS} active-set rounds"),
    })
}

/// What every round of the active-set method fits on.
struct ActiveSet<'a> {
    rows: &'a Rows,
    names: &'a [String],
    ridge: f64,
}

impl ActiveSet<'_> {
    /// The fit of the intercept and the `free` covariates, Newton's iterations starting from
    /// `intercept` and the coefficients `beta` (feasible: ≥ 0, held ones 0). Where that fit makes
    /// a free coefficient negative, steps from `beta` toward it only as far as the first one
    /// reaching 0, holds that one again, and fits the rest; `beta` ends at the fit.
    fn fit_feasible(
        &self,
        free: &mut Vec<usize>,
        beta: &mut [f64],
        mut intercept: f64,
    ) -> Result<LogitFit> {
        loop {
            let next = self.fit_free(free, beta, intercept)?;
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
                for &j in free.iter() {
                    beta[j] = coef(j);
                }
                return Ok(next);
            };
            for &j in free.iter() {
                beta[j] += alpha * (coef(j) - beta[j]);
            }
            intercept += alpha * (next.terms[0].coef - intercept);
            beta[blocking] = 0.0;
            free.retain(|&j| beta[j] > 0.0);
            for b in beta.iter_mut().filter(|b| **b <= 0.0) {
                *b = 0.0;
            }
        }
    }

    /// The ridge fit of the intercept and the `free` covariates, from `intercept` and `beta`.
    fn fit_free(&self, free: &[usize], beta: &[f64], intercept: f64) -> Result<LogitFit> {
        let own: Vec<String> = free.iter().map(|&j| self.names[j].clone()).collect();
        let start = std::iter::once(intercept)
            .chain(free.iter().map(|&j| beta[j]))
            .collect();
        fit_rows(&self.rows.select(free), &own, self.ridge, start)
    }

    /// Each held covariate's score at `fit`: Σᵢ xᵢⱼ (yᵢ − μᵢ), the penalty's slope being 0 at 0.
    fn held_scores(&self, fit: &LogitFit, free: &[usize]) -> Vec<(usize, f64)> {
        let k = self.names.len();
        let mut scores = vec![0.0; k];
        let mut row = vec![0.0; free.len()];
        for (r, y, count) in self.rows.iter() {
            for (v, &j) in row.iter_mut().zip(free) {
                *v = r[j + 1];
            }
            let resid = count * (f64::from(u8::from(y)) - fit.predict(&row));
            for (s, v) in scores.iter_mut().zip(&r[1..]) {
                *s += v * resid;
            }
        }
        (0..k)
            .filter(|j| !free.contains(j))
            .map(|j| (j, scores[j]))
            .collect()
    }
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
/// information at `beta`.
fn penalised(rows: &Rows, beta: &[f64], ridge: f64) -> Point {
    let p = beta.len();
    let mut objective = 0.0;
    let mut gradient = vec![0.0; p];
    // The lower triangle, flat.
    let mut info = vec![0.0; p * p];
    for (r, y, count) in rows.iter() {
        let eta: f64 = r.iter().zip(beta).map(|(a, b)| a * b).sum();
        // One exponential a row, which cannot overflow: with e = exp(−|η|), μ = 1/(1 + exp(−η))
        // is 1/(1 + e) or e/(1 + e), μ(1 − μ) = e/(1 + e)², and −ln P(y) is
        // ln(1 + e) + max(±η, 0).
        let e = exp(-eta.abs());
        let mu = if eta >= 0.0 {
            1.0 / (1.0 + e)
        } else {
            e / (1.0 + e)
        };
        let loss = ln_1p(e) + if y { (-eta).max(0.0) } else { eta.max(0.0) };
        objective -= count * loss;
        let w = count * e / ((1.0 + e) * (1.0 + e));
        let resid = count * (f64::from(u8::from(y)) - mu);
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

    /// Equal rows counted once with their count give the log-likelihood, gradient and information
    /// of every row added one by one.
    #[test]
    fn counted_rows_give_the_likelihood_of_every_row() {
        let x = vec![
            vec![0.0, 1.0, 0.0, 1.0, 0.5, 0.0],
            vec![0.0, 0.0, 0.0, 2.0, 0.0, 0.0],
        ];
        let y = [false, true, false, true, true, false];
        let counted = Rows::counted(&y, &x);
        assert_eq!(counted.count, vec![3.0, 1.0, 1.0, 1.0]);
        let each = Rows {
            n: 6,
            p: 3,
            values: (0..6).flat_map(|i| [1.0, x[0][i], x[1][i]]).collect(),
            y: y.to_vec(),
            count: vec![1.0; 6],
        };
        let beta = [0.3, -0.7, 1.1];
        let (a, b) = (
            penalised(&counted, &beta, 1.0),
            penalised(&each, &beta, 1.0),
        );
        assert!((a.objective - b.objective).abs() < 1e-12);
        // And the objective is Σ ln P(yᵢ) − ½Σβⱼ², written out.
        let direct: f64 = (0..6)
            .map(|i| {
                let mu = 1.0 / (1.0 + (-(beta[0] + beta[1] * x[0][i] + beta[2] * x[1][i])).exp());
                if y[i] {
                    mu.ln()
                } else {
                    (1.0 - mu).ln()
                }
            })
            .sum::<f64>()
            - (beta[1] * beta[1] + beta[2] * beta[2]) / 2.0;
        assert!(
            (a.objective - direct).abs() < 1e-12,
            "{} vs {direct}",
            a.objective
        );
        for k in 0..3 {
            assert!((a.gradient[k] - b.gradient[k]).abs() < 1e-12);
            for l in 0..3 {
                assert!((a.information[k][l] - b.information[k][l]).abs() < 1e-12);
            }
        }
        // With the first covariate alone, rows 1 and 3 are equal too.
        assert_eq!(counted.select(&[0]).count, vec![3.0, 2.0, 1.0]);
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
