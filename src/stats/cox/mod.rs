//! Cox proportional hazards by Newton–Raphson with step halving, Efron (default) or Breslow ties,
//! counting-process data `(start, stop]` for time-varying covariates, and case weights.
//!
//! Efron's log partial likelihood at an event time with tied events D (m of them) and risk set R:
//! Σ_D wᵢηᵢ − w̄ Σ_{l<m} log(Σ_R wⱼe^{ηⱼ} − (l/m) Σ_D wⱼe^{ηⱼ}), w̄ the mean weight in D — as R
//! `coxph` and lifelines. Breslow drops the (l/m) term. Covariates are centred before fitting
//! (which changes neither β nor the likelihood). Standard errors from the inverse observed
//! information; Wald z, two-sided p and the interval on the hazard-ratio scale. Concordance is
//! Harrell's C as lifelines computes it (ties in prediction count ½; an event is compared with
//! every later time, and with censorings at its own time).

use super::linalg::invert;
use super::math::{exp, LnSum};
use super::newton::{maximise, Maximum, Point};
use super::order;
use super::{check_level, insufficient, normal_two_sided_p, z_critical};
use crate::error::{Error, Result};
use serde::Serialize;
use std::borrow::Cow;
use tally::Tally;

mod tally;

/// How tied event times are handled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ties {
    Efron,
    Breslow,
}

/// The data of a fit. `x` holds one column per covariate.
pub struct CoxData<'a> {
    /// Entry times for counting-process data; `None` for ordinary (entry at −∞) data.
    pub start: Option<&'a [f64]>,
    pub stop: &'a [f64],
    pub event: &'a [bool],
    pub x: &'a [Vec<f64>],
    pub names: &'a [String],
    pub weights: Option<&'a [f64]>,
    /// Robust (sandwich) standard errors, as lifelines `robust=True`; ordinary data only.
    pub robust: bool,
    /// Harrell's C wanted (ordinary data only): a sort of every row and a pass over them, which a
    /// caller reading only the terms is spared.
    pub concordance: bool,
    /// The rows by stop time from the last back, ties in row order (what
    /// [`order::descending`] gives), from a caller fitting several models on the same times.
    pub by_stop: Option<&'a [usize]>,
}

/// One covariate's row of the fit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CoxTerm {
    pub term: String,
    pub coef: f64,
    pub hazard_ratio: f64,
    pub se: f64,
    pub z: f64,
    pub p_value: f64,
    /// Interval of the hazard ratio.
    pub ci_low: f64,
    pub ci_high: f64,
}

/// A fitted model.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CoxFit {
    pub ties: &'static str,
    /// Subjects (for counting-process data, set by the caller that knows them).
    pub n: usize,
    /// Counting-process intervals, when the data had them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intervals: Option<usize>,
    pub events: usize,
    /// Harrell's C; only for ordinary (not counting-process) data.
    pub concordance: Option<f64>,
    pub log_likelihood: f64,
    pub terms: Vec<CoxTerm>,
    pub iterations: usize,
    pub method: String,
    #[serde(skip)]
    pub covariance: Vec<Vec<f64>>,
}

/// The data ready for the likelihood: rows sorted by stop time from the last back, covariates
/// centred and flat (row `k` at `x[k*p..]`), so that building the risk sets walks memory in order
/// (with one row per subject or interval, the fits of a large program were bound by cache misses).
struct Prepared {
    p: usize,
    x: Vec<f64>,
    stop: Vec<f64>,
    event: Vec<bool>,
    w: Vec<f64>,
    /// Sorted rows by start time from the last back, with those times (empty for ordinary data,
    /// whose rows all enter at −∞).
    by_start: Vec<usize>,
    start: Vec<f64>,
    ties: Ties,
    /// A single covariate's rows summed per event time and value, when it has few values; its
    /// rows' covariate is then each sorted row's value index, in `of`, and `x` is empty.
    tally: Option<Tally>,
    of: Vec<u8>,
}

/// Σ wⱼe^{ηⱼ}, Σ wⱼe^{ηⱼ}xⱼ and Σ wⱼe^{ηⱼ}xⱼxⱼᵀ (lower triangle, flat) over a set of rows.
struct Sums {
    s0: f64,
    s1: Vec<f64>,
    s2: Vec<f64>,
}

impl Sums {
    fn new(p: usize) -> Sums {
        Sums {
            s0: 0.0,
            s1: vec![0.0; p],
            s2: vec![0.0; p * p],
        }
    }

    fn clear(&mut self) {
        self.s0 = 0.0;
        self.s1.fill(0.0);
        self.s2.fill(0.0);
    }

    /// Adds a row with weight `rj` (negative to remove it); `x` holds its `p` covariates.
    #[inline(always)]
    fn add(&mut self, rj: f64, x: &[f64], p: usize) {
        self.s0 += rj;
        for a in 0..p {
            let rxa = rj * x[a];
            self.s1[a] += rxa;
            for b in 0..=a {
                self.s2[a * p + b] += rxa * x[b];
            }
        }
    }
}

impl Prepared {
    /// Sorted row `k`'s centred covariates.
    fn x(&self, k: usize) -> &[f64] {
        match &self.tally {
            Some(tally) => tally.value(self.of[k]),
            None => &self.x[k * self.p..(k + 1) * self.p],
        }
    }

    /// The log partial likelihood, its gradient and the observed information at `beta`.
    fn eval(&self, beta: &[f64]) -> Point {
        if let Some(tally) = &self.tally {
            return tally.eval(beta[0], self.ties);
        }
        match self.p {
            1 => self.eval_with::<1>(beta),
            _ => self.eval_with::<0>(beta),
        }
    }

    /// [`Prepared::eval`] from the rows, for `P` covariates, or for `self.p` when `P` is 0. A
    /// fit with one covariate of many values (a driver measured in money or days) is not
    /// tallied: with `P` known the sums' loops and bounds checks fold away (about a quarter of
    /// the likelihood's time). The arithmetic is the same, in the same order, either way.
    fn eval_with<const P: usize>(&self, beta: &[f64]) -> Point {
        let p = if P == 0 { self.p } else { P };
        let eta = self.linear_predictor(beta);
        let r: Vec<f64> = eta.iter().zip(&self.w).map(|(e, w)| w * exp(*e)).collect();
        let mut rows = RowTerms::<P> {
            prep: self,
            p,
            eta: &eta,
            r: &r,
            risk: Sums::new(p),
            tied: Sums::new(p),
            wsum: 0.0,
            sum: Likelihood::new(p),
        };
        self.walk(&mut rows);
        rows.sum.point()
    }

    /// Walks the risk sets from the last event time back: at each, the rows whose interval ends
    /// at or after it join, those whose interval starts at or after it leave, then its events.
    fn walk(&self, to: &mut impl RiskSetWalk) {
        let n = self.stop.len();
        let (mut add, mut remove, mut i) = (0, 0, 0);
        while i < n {
            let t = self.stop[i];
            while add < n && self.stop[add] >= t {
                to.join(add, 1.0);
                add += 1;
            }
            while remove < self.by_start.len() && self.start[remove] >= t {
                to.join(self.by_start[remove], -1.0);
                remove += 1;
            }
            let mut events = 0;
            while i < n && self.stop[i] == t {
                if self.event[i] {
                    to.event(i);
                    events += 1;
                }
                i += 1;
            }
            if events > 0 {
                to.event_time(events);
            }
        }
    }
}

/// What [`Prepared::walk`] meets, by sorted row.
trait RiskSetWalk {
    /// Row `k` joins the risk set (`sign` 1) or leaves it (−1).
    fn join(&mut self, k: usize, sign: f64);
    /// Row `k` is an event at the current time.
    fn event(&mut self, k: usize);
    /// The current time's `events` events have all been met.
    fn event_time(&mut self, events: usize);
}

/// The likelihood summed row by row as the walk meets them.
struct RowTerms<'a, const P: usize> {
    prep: &'a Prepared,
    p: usize,
    eta: &'a [f64],
    /// Each row's wₖe^{ηₖ}.
    r: &'a [f64],
    risk: Sums,
    tied: Sums,
    /// The weight of the current time's events.
    wsum: f64,
    sum: Likelihood,
}

impl<const P: usize> RiskSetWalk for RowTerms<'_, P> {
    #[inline(always)]
    fn join(&mut self, k: usize, sign: f64) {
        let p = if P == 0 { self.p } else { P };
        let x = &self.prep.x[k * p..(k + 1) * p];
        self.risk.add(sign * self.r[k], x, p);
    }

    #[inline(always)]
    fn event(&mut self, k: usize) {
        let p = if P == 0 { self.p } else { P };
        let w = self.prep.w[k];
        let x = &self.prep.x[k * p..(k + 1) * p];
        self.wsum += w;
        self.sum.ll += w * self.eta[k];
        for (g, xa) in self.sum.grad.iter_mut().zip(x) {
            *g += w * xa;
        }
        if self.prep.ties == Ties::Efron {
            self.tied.add(self.r[k], x, p);
        }
    }

    #[inline(always)]
    fn event_time(&mut self, events: usize) {
        let p = if P == 0 { self.p } else { P };
        let wbar = self.wsum / events as f64;
        self.sum.event_time(p, &self.risk, &self.tied, events, wbar);
        self.tied.clear();
        self.wsum = 0.0;
    }
}

/// The log partial likelihood, its gradient and its information (lower triangle, flat), summed
/// over the event times.
struct Likelihood {
    ll: f64,
    grad: Vec<f64>,
    info: Vec<f64>,
}

impl Likelihood {
    fn new(p: usize) -> Likelihood {
        Likelihood {
            ll: 0.0,
            grad: vec![0.0; p],
            info: vec![0.0; p * p],
        }
    }

    /// An event time's terms past its events' own (Σ wᵢηᵢ and Σ wᵢxᵢ, which the caller adds),
    /// with `m` tied events of mean weight `wbar`: Efron's `m` terms, the l-th with l/m of the
    /// tied events' sums taken off the risk set's (Breslow's tied sums are zero, so its `m` terms
    /// are alike). Each term divides once, by its risk set's sum: a large program's fit has a
    /// term per exit and each of its Newton steps made four divisions per term.
    #[inline(always)]
    fn event_time(&mut self, p: usize, risk: &Sums, tied: &Sums, m: usize, wbar: f64) {
        let mut logs = LnSum::default();
        for l in 0..m {
            let f = l as f64 / m as f64;
            let d0 = risk.s0 - f * tied.s0;
            logs.add(d0);
            let per = 1.0 / d0;
            for a in 0..p {
                let mean_a = (risk.s1[a] - f * tied.s1[a]) * per;
                self.grad[a] -= wbar * mean_a;
                for b in 0..=a {
                    let mean_b = (risk.s1[b] - f * tied.s1[b]) * per;
                    let d2 = risk.s2[a * p + b] - f * tied.s2[a * p + b];
                    self.info[a * p + b] += wbar * (d2 * per - mean_a * mean_b);
                }
            }
        }
        self.ll -= wbar * logs.value();
    }

    fn point(self) -> Point {
        Point::from_lower(self.ll, self.grad, &self.info)
    }
}

/// Fits the model: check the data, centre it, maximise the partial likelihood, then the
/// standard errors (robust if asked), the terms and the concordance.
pub fn cox(data: &CoxData<'_>, ties: Ties, level: f64) -> Result<CoxFit> {
    check_level(level)?;
    let w = check(data)?;
    let prep = Prepared::new(data, w, ties);
    let max = maximise(vec![0.0; data.x.len()], |beta| prep.eval(beta))
        .map_err(|f| not_converged(data.names, &f.detail("those with and without the event")))?;
    let covariance = covariance(data, &prep, &max)?;
    let terms = terms(data.names, &max.beta, &covariance, level)?;
    let concordance = (data.concordance && data.start.is_none()).then(|| {
        let score: Vec<f64> = prep
            .linear_predictor(&max.beta)
            .iter()
            .map(|e| -e)
            .collect();
        // The prepared rows are by time from the last back.
        concordance_by_time(&prep.stop, &score, &prep.event, (0..score.len()).rev())
    });
    Ok(CoxFit {
        ties: match ties {
            Ties::Efron => "efron",
            Ties::Breslow => "breslow",
        },
        n: data.stop.len(),
        intervals: None,
        events: data.event.iter().filter(|e| **e).count(),
        concordance,
        log_likelihood: max.at.objective,
        terms,
        iterations: max.iterations,
        method: method_name(data, ties),
        covariance,
    })
}

/// The data's shape, events, weights and covariates checked; the case weights (1 when none).
fn check(data: &CoxData<'_>) -> Result<Vec<f64>> {
    let n = data.stop.len();
    let p = data.x.len();
    let method = "Cox proportional hazards";
    if p == 0 {
        return Err(Error::Usage(
            "the Cox model needs at least one covariate".into(),
        ));
    }
    if data.event.len() != n || data.x.iter().any(|c| c.len() != n) || data.names.len() != p {
        return Err(insufficient(
            method,
            "columns of equal length",
            "columns of different lengths",
        ));
    }
    if !data.event.contains(&true) {
        return Err(insufficient(method, "at least one event", "no events"));
    }
    if n <= p {
        return Err(insufficient(
            method,
            format!("more observations than covariates ({p})"),
            format!("n = {n}"),
        ));
    }
    let w: Vec<f64> = match data.weights {
        None => vec![1.0; n],
        Some(w) if w.iter().all(|x| x.is_finite() && *x > 0.0) => w.to_vec(),
        Some(_) => {
            return Err(insufficient(
                method,
                "positive finite weights",
                "a weight ≤ 0 or not finite",
            ))
        }
    };
    for (name, col) in data.names.iter().zip(data.x) {
        // One pass for both: a column is finite and varies.
        let (finite, constant) = col.iter().fold((true, true), |(f, c), v| {
            (f && v.is_finite(), c && *v == col[0])
        });
        if !finite {
            return Err(insufficient(
                method,
                format!("finite values of {name}"),
                "a missing or infinite value",
            ));
        }
        if constant {
            return Err(Error::Usage(format!(
                "covariate {name} is constant, so its effect cannot be estimated"
            )));
        }
    }
    Ok(w)
}

impl Prepared {
    /// The covariates centred on their weighted means, the rows sorted by stop time from the last
    /// back (ties in the data's order); a single covariate of few values tallied.
    fn new(data: &CoxData<'_>, w: Vec<f64>, ties: Ties) -> Prepared {
        Prepared::prepare(data, w, ties, true)
    }

    /// [`Prepared::new`], tallying only when `may_tally`. A tallied covariate is numbered in the
    /// data's order and only its value indices are sorted, not its values.
    fn prepare(data: &CoxData<'_>, w: Vec<f64>, ties: Ties, may_tally: bool) -> Prepared {
        let n = data.stop.len();
        let p = data.x.len();
        let wtotal: f64 = w.iter().sum();
        let means: Vec<f64> = data
            .x
            .iter()
            .map(|c| c.iter().zip(&w).map(|(v, wi)| v * wi).sum::<f64>() / wtotal)
            .collect();
        let row = data
            .by_stop
            .map_or_else(|| Cow::Owned(order::descending(data.stop)), Cow::Borrowed);
        let numbered = match data.x {
            [col] if may_tally => tally::values(col),
            _ => None,
        };
        // A column at a time: each pass reads one column, not all of them at once.
        let mut x = vec![0.0; if numbered.is_some() { 0 } else { n * p }];
        if numbered.is_none() {
            for (a, (col, mean)) in data.x.iter().zip(&means).enumerate() {
                for (k, &i) in row.iter().enumerate() {
                    x[k * p + a] = col[i] - mean;
                }
            }
        }
        let (by_start, start) = match data.start {
            None => (Vec::new(), Vec::new()),
            Some(start) => {
                let mut sorted_at = vec![0; n];
                for (k, &i) in row.iter().enumerate() {
                    sorted_at[i] = k;
                }
                let by_start = order::descending(start);
                let times = by_start.iter().map(|&i| start[i]).collect();
                (by_start.iter().map(|&i| sorted_at[i]).collect(), times)
            }
        };
        let mut prep = Prepared {
            p,
            x,
            stop: row.iter().map(|&i| data.stop[i]).collect(),
            event: row.iter().map(|&i| data.event[i]).collect(),
            // Without case weights every row's is 1: no need to gather them.
            w: match data.weights {
                None => w,
                Some(_) => row.iter().map(|&i| w[i]).collect(),
            },
            by_start,
            start,
            ties,
            tally: None,
            of: Vec::new(),
        };
        if let Some((values, of)) = numbered {
            prep.of = row.iter().map(|&i| of[i]).collect();
            let centred = values.iter().map(|v| v - means[0]).collect();
            prep.tally = Some(Tally::of(&prep, centred));
        }
        prep
    }

    /// Each sorted row's ηₖ = xₖ·β (centred covariates).
    fn linear_predictor(&self, beta: &[f64]) -> Vec<f64> {
        (0..self.stop.len()).map(|k| eta(self.x(k), beta)).collect()
    }
}

/// A row's η = x·β.
fn eta(x: &[f64], beta: &[f64]) -> f64 {
    x.iter().zip(beta).map(|(a, b)| a * b).sum()
}

/// The coefficients' covariance: the inverse information, or the sandwich when asked.
fn covariance(data: &CoxData<'_>, prep: &Prepared, max: &Maximum) -> Result<Vec<Vec<f64>>> {
    let v = invert(&max.at.information)
        .ok_or_else(|| not_converged(data.names, "the information matrix is singular"))?;
    if !data.robust {
        return Ok(v);
    }
    if data.start.is_some() {
        return Err(Error::Usage(
            "robust standard errors need ordinary (not counting-process) data".into(),
        ));
    }
    Ok(sandwich(prep, &max.beta, &v))
}

/// Each covariate's row: hazard ratio, Wald z and p, and the interval at `level`.
fn terms(
    names: &[String],
    beta: &[f64],
    covariance: &[Vec<f64>],
    level: f64,
) -> Result<Vec<CoxTerm>> {
    let z = z_critical(level);
    let terms = beta
        .iter()
        .enumerate()
        .map(|(a, &coef)| {
            let se = covariance[a][a].sqrt();
            CoxTerm {
                term: names[a].clone(),
                coef,
                hazard_ratio: exp(coef),
                se,
                z: coef / se,
                p_value: normal_two_sided_p(coef / se),
                ci_low: exp(coef - z * se),
                ci_high: exp(coef + z * se),
            }
        })
        .collect::<Vec<CoxTerm>>();
    // A numerically singular information matrix (a covariate that barely varies among those at
    // risk when events happen) shows as a negative variance or an interval beyond f64.
    let finite = |t: &CoxTerm| {
        [t.hazard_ratio, t.se, t.z, t.p_value, t.ci_low, t.ci_high]
            .iter()
            .all(|v| v.is_finite())
    };
    if !terms.iter().all(finite) {
        return Err(not_converged(
            names,
            "the information matrix is numerically singular: the data cannot estimate this effect",
        ));
    }
    Ok(terms)
}

fn method_name(data: &CoxData<'_>, ties: Ties) -> String {
    format!(
        "Cox PH, {} ties{}{}",
        match ties {
            Ties::Efron => "Efron",
            Ties::Breslow => "Breslow",
        },
        if data.start.is_some() {
            ", counting-process (time-varying) data"
        } else {
            ""
        },
        if data.robust {
            ", robust (sandwich) standard errors"
        } else {
            ""
        }
    )
}

/// Lin & Wei (1989) sandwich V·(Σᵢ wᵢ²rᵢrᵢᵀ)·V with the score residuals
/// rᵢ = δᵢ(xᵢ − x̄(tᵢ)) − e^{ηᵢ} Σ_{tₖ ≤ tᵢ} (dₖ/S0ₖ)(xᵢ − x̄ₖ), dₖ the weighted events at tₖ —
/// lifelines' `robust=True` formula (which, like this one, treats tied events Breslow-style).
fn sandwich(prep: &Prepared, beta: &[f64], v: &[Vec<f64>]) -> Vec<Vec<f64>> {
    let n = prep.stop.len();
    let p = beta.len();
    let eta = prep.linear_predictor(beta);
    // Risk-set sums at each distinct event time, from the last time back.
    let mut s0 = 0.0;
    let mut s1 = vec![0.0; p];
    let mut times: Vec<(f64, f64, Vec<f64>, f64)> = Vec::new(); // (t, S0, x̄, weighted events)
    let mut i = 0;
    while i < n {
        let t = prep.stop[i];
        let mut d = 0.0;
        while i < n && prep.stop[i] == t {
            let r = prep.w[i] * exp(eta[i]);
            s0 += r;
            for (s, x) in s1.iter_mut().zip(prep.x(i)) {
                *s += r * x;
            }
            if prep.event[i] {
                d += prep.w[i];
            }
            i += 1;
        }
        if d > 0.0 {
            times.push((t, s0, s1.iter().map(|v| v / s0).collect(), d));
        }
    }
    times.reverse();
    // Running A(t) = Σ d/S0 and B(t) = Σ d·x̄/S0 over event times ≤ t.
    let mut cum: Vec<(f64, Vec<f64>)> = Vec::with_capacity(times.len());
    let (mut a_sum, mut b_sum) = (0.0, vec![0.0; p]);
    for (_, s0, xbar, d) in &times {
        a_sum += d / s0;
        for a in 0..p {
            b_sum[a] += d * xbar[a] / s0;
        }
        cum.push((a_sum, b_sum.clone()));
    }
    let mut meat = vec![vec![0.0; p]; p];
    for j in 0..n {
        let t = prep.stop[j];
        let k = times.partition_point(|x| x.0 <= t);
        let mut r = vec![0.0; p];
        if k > 0 {
            let (a_t, b_t) = &cum[k - 1];
            for a in 0..p {
                r[a] -= exp(eta[j]) * (prep.x(j)[a] * a_t - b_t[a]);
            }
        }
        if prep.event[j] {
            let xbar = &times[k - 1].2;
            for a in 0..p {
                r[a] += prep.x(j)[a] - xbar[a];
            }
        }
        for a in 0..p {
            for b in 0..p {
                meat[a][b] += prep.w[j] * prep.w[j] * r[a] * r[b];
            }
        }
    }
    let vm: Vec<Vec<f64>> = (0..p)
        .map(|a| {
            (0..p)
                .map(|b| (0..p).map(|c| v[a][c] * meat[c][b]).sum())
                .collect()
        })
        .collect();
    (0..p)
        .map(|a| {
            (0..p)
                .map(|b| (0..p).map(|c| vm[a][c] * v[c][b]).sum())
                .collect()
        })
        .collect()
}

fn not_converged(names: &[String], detail: &str) -> Error {
    Error::NotConverged {
        method: format!("Cox model on {}", names.join(", ")),
        detail: detail.to_string(),
    }
}

/// Breslow's estimate of the baseline cumulative hazard at `t`, for ordinary right-censored data
/// with linear predictors `lp` (the fit's βᵀx, centred as the prediction will be):
/// H₀(t) = Σ_{event times tᵢ ≤ t} dᵢ / Σ_{j: stopⱼ ≥ tᵢ} exp(lpⱼ) (as lifelines'
/// `baseline_cumulative_hazard_` with Breslow's estimator).
pub fn breslow_cumulative_hazard(stop: &[f64], event: &[bool], lp: &[f64], t: f64) -> f64 {
    let order = order::descending(stop);
    // Walk from the latest time down, growing the risk set.
    let mut risk = 0.0;
    let mut h = 0.0;
    let mut k = 0;
    while k < order.len() {
        let time = stop[order[k]];
        let mut deaths = 0usize;
        while k < order.len() && stop[order[k]] == time {
            risk += crate::stats::math::exp(lp[order[k]]);
            deaths += usize::from(event[order[k]]);
            k += 1;
        }
        if time <= t && deaths > 0 {
            h += deaths as f64 / risk;
        }
    }
    h
}

/// Each subject's rank among the distinct scores (0 the lowest), and the highest rank: numbered
/// when the scores have few values (a model of a few covariates' levels), else from one sort.
fn score_ranks(scores: &[f64]) -> (Vec<usize>, usize) {
    if let Some((place, count)) = order::distinct_places(scores) {
        let rank = place.into_iter().map(|p| p as usize).collect();
        return (rank, count.len() - 1);
    }
    let order = order::ascending(scores);
    let mut rank = vec![0; scores.len()];
    let mut distinct = 0;
    for (k, &i) in order.iter().enumerate() {
        if k > 0 && scores[i] != scores[order[k - 1]] {
            distinct += 1;
        }
        rank[i] = distinct;
    }
    (rank, distinct)
}

/// Harrell's concordance index as lifelines `concordance_index(times, scores, events)`: a pair is
/// comparable when the earlier time is an event (an event is also compared with censorings at its
/// own time); concordant when the earlier one has the lower score; score ties count ½.
pub fn concordance_index(times: &[f64], scores: &[f64], events: &[bool]) -> f64 {
    concordance_by_time(times, scores, events, order::ascending(times))
}

/// [`concordance_index`] of rows given by ascending time (tied times in any order: each time's
/// rows are counted together).
fn concordance_by_time(
    times: &[f64],
    scores: &[f64],
    events: &[bool],
    by_time: impl IntoIterator<Item = usize>,
) -> f64 {
    let (rank, distinct) = score_ranks(scores);
    let mut tree = vec![0u64; distinct + 2];
    let add = |tree: &mut Vec<u64>, i: usize| {
        let mut i = i + 1;
        while i < tree.len() {
            tree[i] += 1;
            i += i & i.wrapping_neg();
        }
    };
    let prefix = |tree: &Vec<u64>, i: usize| {
        // Count of inserted ranks < i.
        let mut s = 0;
        let mut i = i;
        while i > 0 {
            s += tree[i];
            i -= i & i.wrapping_neg();
        }
        s
    };
    let (died, censored): (Vec<usize>, Vec<usize>) = by_time.into_iter().partition(|&i| events[i]);
    let (mut di, mut ci) = (0, 0);
    let (mut pairs, mut correct, mut tied) = (0u64, 0u64, 0u64);
    let mut pool = 0u64;
    let mut handle = |block: &[usize], tree: &Vec<u64>, pool: u64| {
        pairs += pool * block.len() as u64;
        for &i in block {
            let r = rank[i];
            let below = prefix(tree, r);
            let upto = prefix(tree, r + 1);
            correct += below;
            tied += upto - below;
        }
    };
    loop {
        let more_c = ci < censored.len();
        let more_d = di < died.len();
        if more_c && (!more_d || times[died[di]] > times[censored[ci]]) {
            let t = times[censored[ci]];
            let end = ci
                + censored[ci..]
                    .iter()
                    .take_while(|&&j| times[j] == t)
                    .count();
            handle(&censored[ci..end], &tree, pool);
            ci = end;
        } else if more_d {
            let t = times[died[di]];
            let end = di + died[di..].iter().take_while(|&&j| times[j] == t).count();
            handle(&died[di..end], &tree, pool);
            for &j in &died[di..end] {
                add(&mut tree, rank[j]);
                pool += 1;
            }
            di = end;
        } else {
            break;
        }
    }
    if pairs == 0 {
        return f64::NAN;
    }
    (correct as f64 + 0.5 * tied as f64) / pairs as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fit_one(stop: &[f64], event: &[bool], x: Vec<f64>) -> Result<CoxFit> {
        let data = CoxData {
            start: None,
            stop,
            event,
            x: &[x],
            names: &["g".to_string()],
            weights: None,
            robust: false,
            concordance: true,
            by_stop: None,
        };
        cox(&data, Ties::Efron, 0.95)
    }

    /// A single covariate's tally gives the rows' likelihood, gradient and information up to
    /// rounding: tied times, counting-process rows, case weights, both ways of handling ties.
    #[test]
    fn a_tally_gives_the_rows_likelihood() {
        let stop: Vec<f64> = (0..40).map(|i| f64::from((i * 7) % 13 + 1)).collect();
        let start: Vec<f64> = (0..40).map(|i| f64::from(i % 5) - 1.0).collect();
        let event: Vec<bool> = (0..40).map(|i| i % 3 != 0).collect();
        let weights: Vec<f64> = (0..40).map(|i| 0.5 + f64::from(i % 4) * 0.25).collect();
        let x = vec![(0..40)
            .map(|i| f64::from(i % 4) * 0.7)
            .collect::<Vec<f64>>()];
        let all = |p: Point| {
            let mut all = vec![p.objective];
            all.extend(p.gradient);
            all.extend(p.information.into_iter().flatten());
            all
        };
        for start in [None, Some(start.as_slice())] {
            for weights in [None, Some(weights.as_slice())] {
                for ties in [Ties::Efron, Ties::Breslow] {
                    let data = CoxData {
                        start,
                        stop: &stop,
                        event: &event,
                        x: &x,
                        names: &["g".to_string()],
                        weights,
                        robust: false,
                        concordance: false,
                        by_stop: None,
                    };
                    let w = check(&data).unwrap();
                    let tallied = Prepared::new(&data, w.clone(), ties);
                    assert_eq!(tallied.tally.as_ref().map(|t| t.values()), Some(4));
                    let rows = Prepared::prepare(&data, w, ties, false);
                    assert!(rows.tally.is_none());
                    for beta in [0.0, 0.37, -1.2] {
                        let (a, b) = (all(tallied.eval(&[beta])), all(rows.eval(&[beta])));
                        for (a, b) in a.iter().zip(&b) {
                            assert!((a - b).abs() <= 1e-13 * b.abs().max(1.0), "{a} vs {b}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn separation_is_an_error() {
        let stop = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0];
        let event = [true, true, true, false, false, false];
        let e = fit_one(&stop, &event, vec![1.0, 1.0, 1.0, 0.0, 0.0, 0.0]).unwrap_err();
        assert!(e.to_string().contains("separates"), "{e}");
    }

    #[test]
    fn constant_covariate_is_a_usage_error() {
        let e = fit_one(&[1.0, 2.0, 3.0], &[true, false, true], vec![1.0, 1.0, 1.0]).unwrap_err();
        assert!(e.is_usage());
    }

    #[test]
    fn breslow_baseline_by_hand() {
        // Times 1(e), 2(e), 2(c), 3(e); lp 0: risk sets 4, 3, 1 → H(2.5) = 1/4 + 1/3.
        let h = breslow_cumulative_hazard(
            &[1.0, 2.0, 2.0, 3.0],
            &[true, true, false, true],
            &[0.0; 4],
            2.5,
        );
        assert!((h - (0.25 + 1.0 / 3.0)).abs() < 1e-15);
        let all = breslow_cumulative_hazard(
            &[1.0, 2.0, 2.0, 3.0],
            &[true, true, false, true],
            &[0.0; 4],
            9.0,
        );
        assert!((all - (0.25 + 1.0 / 3.0 + 1.0)).abs() < 1e-15);
    }

    /// Harrell's C by its definition, pair by pair.
    fn concordance_by_pairs(times: &[f64], scores: &[f64], events: &[bool]) -> f64 {
        let (mut pairs, mut credit) = (0.0, 0.0);
        for i in 0..times.len() {
            for j in 0..times.len() {
                let comparable =
                    events[i] && (times[i] < times[j] || (times[i] == times[j] && !events[j]));
                if comparable {
                    pairs += 1.0;
                    credit += match scores[i].partial_cmp(&scores[j]) {
                        Some(std::cmp::Ordering::Less) => 1.0,
                        Some(std::cmp::Ordering::Equal) => 0.5,
                        _ => 0.0,
                    };
                }
            }
        }
        credit / pairs
    }

    proptest::proptest! {
        /// Scores of few values, ranked by numbering them, give the definition's C.
        #[test]
        fn concordance_is_the_share_of_ordered_pairs(
            rows in proptest::collection::vec((0u8..12, proptest::bool::ANY, -6i16..6), 2..120),
        ) {
            let times: Vec<f64> = rows.iter().map(|r| f64::from(r.0)).collect();
            let events: Vec<bool> = rows.iter().map(|r| r.1).collect();
            let scores: Vec<f64> = rows.iter().map(|r| f64::from(r.2) / 3.0).collect();
            let c = concordance_index(&times, &scores, &events);
            let expected = concordance_by_pairs(&times, &scores, &events);
            proptest::prop_assert!(c == expected || (c.is_nan() && expected.is_nan()), "{c} against {expected}");
            // Ties in time taken the other way round, as a fit's rows come.
            let from_last = order::descending(&times).into_iter().rev();
            let again = concordance_by_time(&times, &scores, &events, from_last);
            proptest::prop_assert_eq!(again.to_bits(), c.to_bits());
        }
    }

    /// Scores of too many values to number are ranked by sorting them: the definition's C too.
    #[test]
    fn concordance_of_many_scores() {
        let n = 1500;
        let times: Vec<f64> = (0..n).map(|i| f64::from(i * 7 % 40)).collect();
        let events: Vec<bool> = (0..n).map(|i| i % 3 != 0).collect();
        let scores: Vec<f64> = (0..n).map(|i| f64::from(i * 13 % 1201) / 7.0).collect();
        assert!(order::distinct_places(&scores).is_none());
        let c = concordance_index(&times, &scores, &events);
        assert_eq!(c, concordance_by_pairs(&times, &scores, &events));
    }

    #[test]
    fn concordance_by_hand() {
        // Times 1(e),2(e),3(c): comparable pairs (1,2),(1,3),(2,3). Scores increasing with time: C = 1.
        assert_eq!(
            concordance_index(&[1.0, 2.0, 3.0], &[1.0, 2.0, 3.0], &[true, true, false]),
            1.0
        );
        assert_eq!(
            concordance_index(&[1.0, 2.0, 3.0], &[3.0, 2.0, 1.0], &[true, true, false]),
            0.0
        );
        assert_eq!(
            concordance_index(&[1.0, 2.0, 3.0], &[1.0, 1.0, 1.0], &[true, true, false]),
            0.5
        );
    }
}
