//! Risk ratio and odds ratio of a 2×2 table, with log-scale Wald intervals.
//!
//! Table `[[a, b], [c, d]]`: rows are groups (exposed first), columns are event / no event.
//! RR = (a/(a+b)) / (c/(c+d)), SE(log RR) = √(1/a − 1/(a+b) + 1/c − 1/(c+d)) (Katz 1978);
//! OR = ad/bc, SE(log OR) = √(1/a + 1/b + 1/c + 1/d) (Woolf 1955). When a cell is 0, the zero
//! cells are replaced by 0.5 and the method says so — as statsmodels `Table2x2(shift_zeros=True)`;
//! note that the Haldane–Anscombe correction of epidemiology texts adds 0.5 to every cell instead.

use super::math::{exp, ln};
use super::{check_level, insufficient, z_critical, Estimate};
use crate::error::Result;

/// The cells `[a, b, c, d]` with zeros replaced by 0.5, and whether there was a zero.
pub(crate) fn shifted(t: [[usize; 2]; 2]) -> ([f64; 4], bool) {
    let cells = [t[0][0], t[0][1], t[1][0], t[1][1]];
    let zero = cells.contains(&0);
    (cells.map(|c| if c == 0 { 0.5 } else { c as f64 }), zero)
}

fn check(t: [[usize; 2]; 2], method: &str) -> Result<usize> {
    let n1 = t[0][0] + t[0][1];
    let n2 = t[1][0] + t[1][1];
    if n1 == 0 || n2 == 0 {
        return Err(insufficient(
            method,
            "two non-empty groups",
            format!("group sizes {n1} and {n2}"),
        ));
    }
    Ok(n1 + n2)
}

fn log_interval(value: f64, se: f64, n: usize, level: f64, method: String) -> Estimate {
    let z = z_critical(level);
    Estimate {
        value,
        n,
        ci_low: Some(exp(ln(value) - z * se)),
        ci_high: Some(exp(ln(value) + z * se)),
        level: Some(level),
        method,
    }
}

/// Risk ratio of the first row's event rate over the second's.
pub fn risk_ratio(t: [[usize; 2]; 2], level: f64) -> Result<Estimate> {
    check_level(level)?;
    let n = check(t, "risk ratio")?;
    let ([a, b, c, d], zero) = shifted(t);
    if a == 0.0 || c == 0.0 {
        return Err(insufficient("risk ratio", "events in both groups", "none"));
    }
    let rr = (a / (a + b)) / (c / (c + d));
    let se = (1.0 / a - 1.0 / (a + b) + 1.0 / c - 1.0 / (c + d)).sqrt();
    let method = if zero {
        "log interval (Katz), zero cells replaced by 0.5"
    } else {
        "log interval (Katz)"
    };
    Ok(log_interval(rr, se, n, level, method.into()))
}

/// Odds ratio of the first row against the second.
pub fn odds_ratio(t: [[usize; 2]; 2], level: f64) -> Result<Estimate> {
    check_level(level)?;
    let n = check(t, "odds ratio")?;
    let ([a, b, c, d], zero) = shifted(t);
    let or = (a * d) / (b * c);
    let se = (1.0 / a + 1.0 / b + 1.0 / c + 1.0 / d).sqrt();
    let method = if zero {
        "Woolf, zero cells replaced by 0.5"
    } else {
        "Woolf"
    };
    Ok(log_interval(or, se, n, level, method.into()))
}
