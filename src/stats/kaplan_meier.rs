//! Kaplan–Meier survival estimate with Greenwood variance and the log(−log) interval.
//!
//! S(t) = Π_{tᵢ ≤ t} (1 − dᵢ/nᵢ); Greenwood: V = Σ dᵢ/(nᵢ(nᵢ − dᵢ)); the interval is
//! exp(−exp(log(−log S) ± z·√V / log S)) — lifelines' "exponential Greenwood" interval, R
//! `survfit(conf.type = "log-log")`. The table has a row at t = 0 and at every distinct time
//! (event or censoring), as lifelines' timeline. A survival of 1 gets the interval [1, 1] and of 0
//! gets [0, 0]. Quantiles follow lifelines: the q-th survival time is the first t with S(t) ≤ q,
//! and `None` (not reached) when S never falls that low; the quantile's interval is the same rule
//! applied to the interval's bounds.

use super::math::{exp, ln};
use super::{check_level, insufficient, z_critical};
use crate::error::Result;
use serde::Serialize;

/// One row of the survival table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KmRow {
    pub t: f64,
    pub at_risk: usize,
    pub events: usize,
    pub censored: usize,
    pub survival: f64,
    pub ci_low: f64,
    pub ci_high: f64,
}

/// A survival-time quantile; `None` where the curve (or its bound) never falls that low.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantile {
    pub value: Option<f64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
}

/// The fitted curve.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KaplanMeier {
    pub n: usize,
    pub events: usize,
    pub table: Vec<KmRow>,
    pub median: Quantile,
    /// Time by which a quarter had the event (S ≤ 0.75).
    pub q25: Quantile,
    /// Time by which three quarters had the event (S ≤ 0.25).
    pub q75: Quantile,
    pub method: String,
}

/// Fits the curve to `(time, event)` observations; times must be finite and ≥ 0.
pub fn kaplan_meier(times: &[f64], events: &[bool], level: f64) -> Result<KaplanMeier> {
    check_level(level)?;
    if times.is_empty() || times.len() != events.len() {
        return Err(insufficient(
            "Kaplan–Meier",
            "at least one observation",
            format!("{} times, {} flags", times.len(), events.len()),
        ));
    }
    if let Some(t) = times.iter().find(|t| !t.is_finite() || **t < 0.0) {
        return Err(insufficient(
            "Kaplan–Meier",
            "finite times ≥ 0",
            format!("time {t}"),
        ));
    }
    let table = steps(None, times, events, level);
    Ok(fitted(
        table,
        events,
        format!(
            "Kaplan–Meier, Greenwood variance, log(−log) {}% interval",
            level * 100.0
        ),
    ))
}

/// Kaplan–Meier on counting-process intervals `(start, stop]` (delayed entry): at each distinct
/// `stop` the risk set is every interval with `start < t ≤ stop`, so a person counts in a group
/// only from the time they enter it. With intervals split where a person's group changes, this is
/// Simon & Makuch's (1984) estimate for a time-dependent group, as R's
/// `survfit(Surv(start, stop, event) ~ g)` computes it (Greenwood variance and log(−log) interval
/// as [`kaplan_meier`]). The table starts with a row at t = 0 (those at risk from the start), then
/// a row per distinct stop time.
pub fn kaplan_meier_counting(
    start: &[f64],
    stop: &[f64],
    events: &[bool],
    level: f64,
) -> Result<KaplanMeier> {
    check_level(level)?;
    let n = stop.len();
    if n == 0 || start.len() != n || events.len() != n {
        return Err(insufficient(
            "Kaplan–Meier (counting process)",
            "at least one interval",
            format!(
                "{} starts, {} stops, {} flags",
                start.len(),
                n,
                events.len()
            ),
        ));
    }
    let proper = |i: usize| start[i].is_finite() && stop[i].is_finite() && start[i] < stop[i];
    if let Some(i) = (0..n).find(|&i| !proper(i)) {
        return Err(insufficient(
            "Kaplan–Meier (counting process)",
            "finite intervals with start < stop",
            format!("({}, {}]", start[i], stop[i]),
        ));
    }
    let table = steps(Some(start), stop, events, level);
    Ok(fitted(
        table,
        events,
        format!(
            "Kaplan–Meier on counting-process intervals (Simon–Makuch), Greenwood variance, log(−log) {}% interval",
            level * 100.0
        ),
    ))
}

/// The table: a row at t = 0, then one per distinct `stop` (a row at 0 itself replaces the first).
/// The risk set at t is every observation entered before t (`start < t`; all of them without
/// starts) and not yet ended before it.
fn steps(start: Option<&[f64]>, stop: &[f64], events: &[bool], level: f64) -> Vec<KmRow> {
    let n = stop.len();
    let by_stop = super::order::ascending(stop);
    let mut starts: Vec<f64> = start.map_or_else(|| vec![f64::NEG_INFINITY; n], <[f64]>::to_vec);
    starts.sort_by(f64::total_cmp);
    let z = z_critical(level);
    let (mut s, mut greenwood) = (1.0, 0.0);
    // The interval moves only with the estimate: worked out again only at a time with events.
    let (mut lo, mut hi) = log_log_interval(s, greenwood, z);
    let (mut entered, mut left) = (0usize, 0usize);
    let mut table = vec![KmRow {
        t: 0.0,
        at_risk: starts.iter().filter(|&&x| x < f64::EPSILON).count(),
        events: 0,
        censored: 0,
        survival: 1.0,
        ci_low: 1.0,
        ci_high: 1.0,
    }];
    let mut i = 0;
    while i < n {
        let t = stop[by_stop[i]];
        while entered < n && starts[entered] < t {
            entered += 1;
        }
        let at_risk = entered - left;
        let (mut d, mut c) = (0, 0);
        while i < n && stop[by_stop[i]] == t {
            if events[by_stop[i]] {
                d += 1;
            } else {
                c += 1;
            }
            i += 1;
        }
        if d > 0 {
            s *= 1.0 - d as f64 / at_risk as f64;
            greenwood += if d < at_risk {
                d as f64 / (at_risk as f64 * (at_risk - d) as f64)
            } else {
                f64::INFINITY
            };
            (lo, hi) = log_log_interval(s, greenwood, z);
        }
        let row = KmRow {
            t,
            at_risk,
            events: d,
            censored: c,
            survival: s,
            ci_low: lo,
            ci_high: hi,
        };
        match table.last_mut() {
            Some(last) if last.t == t => *last = row,
            _ => table.push(row),
        }
        left += d + c;
    }
    table
}

/// The curve with its quantiles (lifelines' rule, on the estimate and on each bound).
fn fitted(table: Vec<KmRow>, events: &[bool], method: String) -> KaplanMeier {
    let quantile = |q: f64| Quantile {
        value: first_at_or_below(&table, q, |r| r.survival),
        ci_low: first_at_or_below(&table, q, |r| r.ci_low),
        ci_high: first_at_or_below(&table, q, |r| r.ci_high),
    };
    KaplanMeier {
        n: events.len(),
        events: events.iter().filter(|e| **e).count(),
        median: quantile(0.5),
        q25: quantile(0.75),
        q75: quantile(0.25),
        table,
        method,
    }
}

fn log_log_interval(s: f64, greenwood: f64, z: f64) -> (f64, f64) {
    if s >= 1.0 {
        return (1.0, 1.0);
    }
    if s <= 0.0 || !greenwood.is_finite() {
        return (0.0, 0.0);
    }
    let v = ln(s);
    let half = z * greenwood.sqrt() / v;
    let lo = exp(-exp(ln(-v) - half));
    let hi = exp(-exp(ln(-v) + half));
    (lo, hi)
}

fn first_at_or_below(table: &[KmRow], q: f64, f: impl Fn(&KmRow) -> f64) -> Option<f64> {
    table.iter().find(|r| f(r) <= q).map(|r| r.t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn hand_computed_curve() {
        // times 1,2,2,3(censored),4: S(1)=4/5, S(2)=4/5·2/4=0.4, S(3)=0.4, S(4)=0.
        let k = kaplan_meier(
            &[1.0, 2.0, 2.0, 3.0, 4.0],
            &[true, true, true, false, true],
            0.95,
        )
        .unwrap();
        let s: Vec<f64> = k.table.iter().map(|r| r.survival).collect();
        assert_eq!(k.table[0].t, 0.0);
        assert!(
            (s[1] - 0.8).abs() < 1e-12 && (s[2] - 0.4).abs() < 1e-12 && (s[3] - 0.4).abs() < 1e-12
        );
        assert_eq!(s[4], 0.0);
        assert_eq!(k.median.value, Some(2.0));
        assert_eq!(k.table[3].censored, 1);
        assert_eq!(k.table[2].at_risk, 4);
    }

    #[test]
    fn all_censored_has_no_median() {
        let k = kaplan_meier(&[1.0, 2.0], &[false, false], 0.95).unwrap();
        assert_eq!(k.median.value, None);
        assert!(k.table.iter().all(|r| r.survival == 1.0));
        assert!(kaplan_meier(&[], &[], 0.95).is_err());
    }

    /// Hand-computed: two people at risk from 0 (one leaves at 2), a third enters at 1 and leaves
    /// at 3, a fourth enters at 2.5 and is censored at 4. At 2: 3 at risk, 1 event → 2/3; at 3:
    /// 3 at risk (the second, third and fourth), 1 event → 2/3 · 2/3.
    #[test]
    fn delayed_entry_joins_the_risk_set_when_it_enters() {
        let k = kaplan_meier_counting(
            &[0.0, 0.0, 1.0, 2.5],
            &[2.0, 5.0, 3.0, 4.0],
            &[true, false, true, false],
            0.95,
        )
        .unwrap();
        let at = |t: f64| k.table.iter().find(|r| r.t == t).unwrap();
        assert_eq!(k.table[0].at_risk, 2);
        assert_eq!(at(2.0).at_risk, 3);
        assert!((at(2.0).survival - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(at(3.0).at_risk, 3);
        assert!((at(3.0).survival - 4.0 / 9.0).abs() < 1e-12);
        assert_eq!(at(4.0).at_risk, 2);
        assert_eq!(at(5.0).at_risk, 1);
        assert!(kaplan_meier_counting(&[1.0], &[1.0], &[true], 0.95).is_err());
    }

    /// Without delayed entry it is the plain estimate.
    #[test]
    fn entry_at_the_start_is_the_plain_curve() {
        let times = [1.0, 2.0, 2.0, 3.0, 4.0];
        let events = [true, true, true, false, true];
        let plain = kaplan_meier(&times, &events, 0.95).unwrap();
        let counting = kaplan_meier_counting(&[-1.0; 5], &times, &events, 0.95).unwrap();
        assert_eq!(plain.table[1..], counting.table[1..]);
        assert_eq!(plain.median, counting.median);
    }

    proptest! {
        #[test]
        fn interval_brackets_survival(obs in proptest::collection::vec((0u32..50, any::<bool>()), 1..80)) {
            let times: Vec<f64> = obs.iter().map(|o| f64::from(o.0)).collect();
            let events: Vec<bool> = obs.iter().map(|o| o.1).collect();
            let k = kaplan_meier(&times, &events, 0.95).unwrap();
            let mut last = 1.0;
            for r in &k.table {
                prop_assert!(r.ci_low <= r.survival + 1e-12 && r.survival <= r.ci_high + 1e-12);
                prop_assert!(r.survival <= last + 1e-15);
                last = r.survival;
            }
        }
    }
}
