//! Newton–Raphson with step halving, maximising a concave objective (a log-likelihood, possibly
//! penalised): what the Cox and logistic fits share. Starts where asked (zero, or a nearby fit's
//! coefficients); each step solves
//! information · δ = gradient, halves δ until the objective does not fall, and stops when the
//! step is below [`prec::STEP_TOLERANCE`](super::prec) (or the objective is flat), when a
//! coefficient diverges, or after [`prec::MAX_NEWTON_ITERATIONS`](super::prec).

use super::linalg::solve;
use super::prec::*;

/// The objective, its gradient and the observed information (minus the Hessian) at a point.
pub struct Point {
    pub objective: f64,
    pub gradient: Vec<f64>,
    pub information: Vec<Vec<f64>>,
}

impl Point {
    /// A point whose information is given as its lower triangle, flat (`lower[a * p + b]` for
    /// b ≤ a): the form the fits sum it in.
    pub fn from_lower(objective: f64, gradient: Vec<f64>, lower: &[f64]) -> Point {
        let p = gradient.len();
        let information = (0..p)
            .map(|a| (0..p).map(|b| lower[a.max(b) * p + a.min(b)]).collect())
            .collect();
        Point {
            objective,
            gradient,
            information,
        }
    }
}

/// Where the iteration stopped, having converged.
pub struct Maximum {
    pub beta: Vec<f64>,
    pub at: Point,
    pub iterations: usize,
}

/// Why there is no maximum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// The information matrix cannot be solved (collinear covariates).
    Singular,
    /// A coefficient beyond ±[`DIVERGED`]: the outcomes are separated.
    Diverged,
    /// No convergence within [`MAX_NEWTON_ITERATIONS`].
    Exhausted,
}

impl Failure {
    /// What went wrong, in words for an error's detail.
    pub fn detail(self, separated: &str) -> String {
        match self {
            Failure::Singular => {
                "the information matrix is singular (collinear covariates?)".into()
            }
            Failure::Diverged => format!(
                "a coefficient grows without bound: a covariate separates {separated} perfectly"
            ),
            Failure::Exhausted => {
                format!("no convergence after {MAX_NEWTON_ITERATIONS} iterations")
            }
        }
    }
}

/// Maximises `eval`'s objective over the coefficients, starting at `start`.
pub fn maximise(start: Vec<f64>, eval: impl Fn(&[f64]) -> Point) -> Result<Maximum, Failure> {
    let mut beta = start;
    let mut cur = eval(&beta);
    for iterations in 1..=MAX_NEWTON_ITERATIONS {
        let delta =
            solve(cur.information.clone(), cur.gradient.clone()).ok_or(Failure::Singular)?;
        let (step, next_beta, next) = halve(&beta, &delta, cur.objective, &eval);
        let change = delta.iter().fold(0.0f64, |m, d| m.max((step * d).abs()));
        let objective_change = (next.objective - cur.objective).abs();
        beta = next_beta;
        cur = next;
        if beta.iter().any(|b| b.abs() > DIVERGED || !b.is_finite()) {
            return Err(Failure::Diverged);
        }
        let flat = objective_change < OBJECTIVE_TOLERANCE * (1.0 + cur.objective.abs())
            && change < SMALL_STEP;
        if change < STEP_TOLERANCE || flat {
            return Ok(Maximum {
                beta,
                at: cur,
                iterations,
            });
        }
    }
    Err(Failure::Exhausted)
}

/// The Newton step `delta` from `beta`, halved until the objective does not fall (beyond
/// rounding) or the step is tiny: the step's fraction, the new point and its evaluation.
fn halve(
    beta: &[f64],
    delta: &[f64],
    objective: f64,
    eval: &impl Fn(&[f64]) -> Point,
) -> (f64, Vec<f64>, Point) {
    let mut step = 1.0;
    loop {
        let next: Vec<f64> = beta.iter().zip(delta).map(|(b, d)| b + step * d).collect();
        let at = eval(&next);
        let kept =
            at.objective.is_finite() && at.objective >= objective - ACCEPTED_FALL * objective.abs();
        if kept || step < MIN_STEP_FRACTION {
            return (step, next, at);
        }
        step /= 2.0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A concave quadratic −½(b − m)ᵀA(b − m): one Newton step lands on m.
    #[test]
    fn a_quadratic_is_maximised_in_one_step() {
        let m = [1.5, -0.5];
        let a = [[2.0, 0.5], [0.5, 1.0]];
        let eval = |b: &[f64]| {
            let d = [b[0] - m[0], b[1] - m[1]];
            let ad = [
                a[0][0] * d[0] + a[0][1] * d[1],
                a[1][0] * d[0] + a[1][1] * d[1],
            ];
            Point {
                objective: -0.5 * (d[0] * ad[0] + d[1] * ad[1]),
                gradient: vec![-ad[0], -ad[1]],
                information: a.iter().map(|r| r.to_vec()).collect(),
            }
        };
        let max = maximise(vec![0.0; 2], eval).unwrap();
        assert!((max.beta[0] - 1.5).abs() < 1e-12 && (max.beta[1] + 0.5).abs() < 1e-12);
        assert!(max.iterations <= 2);
    }

    #[test]
    fn an_unbounded_objective_diverges_and_a_flat_one_is_singular() {
        // log(1 + e^b)-like growth with vanishing curvature: the maximum is at +∞.
        let rising = |b: &[f64]| Point {
            objective: b[0],
            gradient: vec![1.0],
            information: vec![vec![0.01]],
        };
        assert_eq!(maximise(vec![0.0], rising).err(), Some(Failure::Diverged));
        let flat = |_: &[f64]| Point {
            objective: 0.0,
            gradient: vec![1.0],
            information: vec![vec![0.0]],
        };
        assert_eq!(maximise(vec![0.0], flat).err(), Some(Failure::Singular));
    }
}
