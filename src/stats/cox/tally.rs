//! The likelihood of a single covariate with few distinct values — each driver of leaving and the
//! mentored effect, 2 to 41 values on every person's row — from its rows summed per event time
//! and value. The likelihood then walks the event times and the values present at each instead
//! of the rows, and takes e^η once per value. Its sums are the rows' sums regrouped, so they
//! differ from the row-by-row ones by rounding only.

use super::{Likelihood, Prepared, RiskSetWalk, Sums, Ties};
use crate::stats::math::exp;
use crate::stats::newton::Point;
use crate::stats::numbering::Numbering;

/// A value's index is a byte: a covariate with more values is not tallied.
const MOST_VALUES: usize = 256;

/// The rows summed per event time (from the last back) and value.
pub(super) struct Tally {
    /// Each distinct value of the (centred) covariate.
    value: Vec<f64>,
    times: Vec<EventTime>,
    /// The weight that joins the risk set at each event time (negative: that leaves it), per
    /// value: `(value's index, weight)`, each time's after the one before.
    joins: Vec<(u8, f64)>,
    /// The weight of each event time's events, per value.
    events: Vec<(u8, f64)>,
}

/// Where an event time's joins and events end, and how many events it has.
struct EventTime {
    joins_end: usize,
    events_end: usize,
    events: usize,
}

impl Tally {
    /// The tally of `prep`'s rows, whose covariate takes the (centred) `value` indexed by
    /// `prep.of`: the rows' likelihood's walk, summing instead of evaluating.
    pub(super) fn of(prep: &Prepared, value: Vec<f64>) -> Tally {
        let mut tallying = Tallying {
            of: &prep.of,
            w: &prep.w,
            joining: Pending::new(value.len()),
            tied: Pending::new(value.len()),
            tally: Tally {
                value,
                times: Vec::new(),
                joins: Vec::new(),
                events: Vec::new(),
            },
        };
        prep.walk(&mut tallying);
        tallying.tally
    }

    #[cfg(test)]
    pub(super) fn values(&self) -> usize {
        self.value.len()
    }

    /// Value `v` as a row's covariates.
    pub(super) fn value(&self, v: u8) -> &[f64] {
        let k = usize::from(v);
        &self.value[k..=k]
    }

    /// The log partial likelihood, its gradient and information at `beta`.
    pub(super) fn eval(&self, beta: f64, ties: Ties) -> Point {
        let eta: Vec<f64> = self.value.iter().map(|v| v * beta).collect();
        let e: Vec<f64> = eta.iter().map(|&v| exp(v)).collect();
        let x = |k: usize| &self.value[k..=k];
        let mut risk = Sums::new(1);
        let mut tied = Sums::new(1);
        let mut sum = Likelihood::new(1);
        let (mut joined, mut counted) = (0, 0);
        for time in &self.times {
            for &(v, w) in &self.joins[joined..time.joins_end] {
                let k = usize::from(v);
                risk.add(w * e[k], x(k), 1);
            }
            joined = time.joins_end;
            tied.clear();
            let mut wsum = 0.0;
            for &(v, w) in &self.events[counted..time.events_end] {
                let k = usize::from(v);
                sum.ll += w * eta[k];
                sum.grad[0] += w * self.value[k];
                if ties == Ties::Efron {
                    tied.add(w * e[k], x(k), 1);
                }
                wsum += w;
            }
            counted = time.events_end;
            sum.event_time(1, &risk, &tied, time.events, wsum / time.events as f64);
        }
        sum.point()
    }
}

/// A tally being summed as the walk meets the rows.
struct Tallying<'a> {
    /// Each row's value index and weight.
    of: &'a [u8],
    w: &'a [f64],
    joining: Pending,
    tied: Pending,
    tally: Tally,
}

impl RiskSetWalk for Tallying<'_> {
    fn join(&mut self, k: usize, sign: f64) {
        self.joining.add(self.of[k], sign * self.w[k]);
    }

    fn event(&mut self, k: usize) {
        self.tied.add(self.of[k], self.w[k]);
    }

    fn event_time(&mut self, events: usize) {
        let t = &mut self.tally;
        self.joining.drain_into(&mut t.joins);
        self.tied.drain_into(&mut t.events);
        t.times.push(EventTime {
            joins_end: t.joins.len(),
            events_end: t.events.len(),
            events,
        });
    }
}

/// The distinct values of `x` and each row's index among them, unless there are more than
/// [`MOST_VALUES`].
pub(super) fn values(x: &[f64]) -> Option<(Vec<f64>, Vec<u8>)> {
    let mut numbering = Numbering::new(MOST_VALUES);
    let mut value = Vec::new();
    let mut of = Vec::with_capacity(x.len());
    for &v in x {
        let at = numbering.number(v.to_bits())?;
        if at as usize == value.len() {
            value.push(v);
        }
        of.push(at as u8);
    }
    Some((value, of))
}

/// Weights summed per value since the last drain, and the values touched, in the order first
/// touched.
struct Pending {
    sum: Vec<f64>,
    is_touched: Vec<bool>,
    touched: Vec<u8>,
}

impl Pending {
    fn new(values: usize) -> Pending {
        Pending {
            sum: vec![0.0; values],
            is_touched: vec![false; values],
            touched: Vec::new(),
        }
    }

    fn add(&mut self, v: u8, w: f64) {
        let k = usize::from(v);
        if !self.is_touched[k] {
            self.is_touched[k] = true;
            self.touched.push(v);
        }
        self.sum[k] += w;
    }

    /// Each touched value's sum onto `out`, and the sums back to zero.
    fn drain_into(&mut self, out: &mut Vec<(u8, f64)>) {
        for v in self.touched.drain(..) {
            let k = usize::from(v);
            out.push((v, self.sum[k]));
            self.sum[k] = 0.0;
            self.is_touched[k] = false;
        }
    }
}
