//! Every tolerance and iteration limit of the methods, named once with the reason for its value
//! (as statrs' `prec.rs`). The tests' own tolerances against reference values are in
//! `tests/common` (closed forms 1e-9, iterative fits 1e-6).

/// Newton–Raphson iterations before a fit is declared not converged. A well-posed Cox or
/// logistic fit converges in under 10 (R's `coxph` stops at 20); step halving can add a few.
pub const MAX_NEWTON_ITERATIONS: usize = 100;

/// A fit has converged when no coefficient moved more than this in the last step: far below
/// the 1e-6 at which results are compared with lifelines and statsmodels, so the reported
/// digits do not depend on where the iteration stopped.
pub const STEP_TOLERANCE: f64 = 1e-10;

/// Or when the objective changed by less than this, relative to (1 + |objective|), while the step
/// was below [`SMALL_STEP`]: a flat maximum, where rounding keeps the step from shrinking further.
pub const OBJECTIVE_TOLERANCE: f64 = 1e-14;

/// A step no larger than this counts as small for [`OBJECTIVE_TOLERANCE`].
pub const SMALL_STEP: f64 = 1e-6;

/// A Newton step is kept when the objective fell by no more than this, relative to its size:
/// a fall that small is rounding, not overshoot.
pub const ACCEPTED_FALL: f64 = 1e-12;

/// Step halving stops at this fraction of the Newton step (20 halvings).
pub const MIN_STEP_FRACTION: f64 = 1e-6;

/// A coefficient beyond ±25 (a hazard or odds ratio beyond e²⁵ ≈ 7·10¹⁰) means the likelihood
/// has no finite maximum: a covariate separates the outcomes perfectly.
pub const DIVERGED: f64 = 25.0;

/// Gaussian elimination treats a pivot below this fraction of the matrix's largest entry as zero
/// (singular): about 1000 ulps of double precision, so collinear covariates are caught rather than
/// given standard errors of 10¹⁵.
pub const SINGULAR_PIVOT: f64 = 1e-13;

/// Series and continued fractions (incomplete gamma and beta) stop when a term changes the sum by
/// less than this relative amount: below double precision's 2.2e-16 half-ulp.
pub const SERIES_EPSILON: f64 = 1e-16;

/// And at this many terms at the latest; the expansions used converge in well under 1000 terms
/// for every argument the methods pass (they are chosen by where each converges fastest).
pub const SERIES_MAX_TERMS: usize = 10_000;

/// Fisher's exact test counts tables whose probability is at most the observed one's times
/// (1 + this), so that tables equal to it up to rounding are counted (scipy uses the same 1e-7).
pub const FISHER_RELATIVE: f64 = 1e-7;

/// A coefficient held at 0 by a non-negativity constraint is freed only when the log-likelihood's
/// slope in its direction exceeds this: a converged fit leaves scores of about 1e-10 per unit of
/// information, and a slope that small would move the estimate by less than that.
pub const KKT_TOLERANCE: f64 = 1e-8;

/// Active-set rounds of the non-negative fit before it is declared not converged: each frees or
/// holds one coefficient, so a few times the number of covariates is ample.
pub const MAX_ACTIVE_SET_ROUNDS: usize = 200;
