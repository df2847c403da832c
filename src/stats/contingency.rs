//! Tests of independence in contingency tables.
//!
//! Pearson's chi-square for r×c: E = row·col/N, X² = Σ (O − E)²/E, df = (r − 1)(c − 1); with the
//! Yates correction for 2×2 each |O − E| is reduced by min(0.5, |O − E|), as scipy
//! `chi2_contingency(correction=True)`. Fisher's exact test for 2×2, two-sided: the sum of the
//! hypergeometric probabilities of all tables with the observed margins that are no more likely
//! than the observed one (relative tolerance 1e-7, as R `fisher.test`; scipy's search gives the same).

use super::math::{exp, ln, ln_factorial};
use super::prec::FISHER_RELATIVE;
use super::ratio::shifted;
use super::{chi2_sf, insufficient, TestResult};
use crate::error::Result;

/// Pearson's chi-square test of independence; `yates` applies only to 2×2 tables.
pub fn chi_square(table: &[Vec<usize>], yates: bool) -> Result<TestResult> {
    let r = table.len();
    let c = table.first().map_or(0, Vec::len);
    if r < 2 || c < 2 || table.iter().any(|row| row.len() != c) {
        return Err(insufficient(
            "chi-square test",
            "a table of at least 2×2",
            format!("{r}×{c}"),
        ));
    }
    let rows: Vec<f64> = table
        .iter()
        .map(|row| row.iter().sum::<usize>() as f64)
        .collect();
    let cols: Vec<f64> = (0..c)
        .map(|j| table.iter().map(|row| row[j]).sum::<usize>() as f64)
        .collect();
    let n: f64 = rows.iter().sum();
    if rows.contains(&0.0) || cols.contains(&0.0) {
        return Err(insufficient(
            "chi-square test",
            "no empty row or column",
            "an empty row or column",
        ));
    }
    let correct = yates && r == 2 && c == 2;
    let mut stat = 0.0;
    for i in 0..r {
        for j in 0..c {
            let e = rows[i] * cols[j] / n;
            let mut diff = (table[i][j] as f64 - e).abs();
            if correct {
                diff -= diff.min(0.5);
            }
            stat += diff * diff / e;
        }
    }
    let df = ((r - 1) * (c - 1)) as f64;
    Ok(TestResult {
        statistic: stat,
        df: Some(df),
        p_value: chi2_sf(stat, df),
        method: if correct {
            "Pearson chi-square with Yates correction"
        } else {
            "Pearson chi-square"
        }
        .into(),
    })
}

fn ln_choose(n: u64, k: u64) -> f64 {
    ln_factorial(n) - ln_factorial(k) - ln_factorial(n - k)
}

/// Below this logarithm a probability is 0 in f64 (the least subnormal is e^−744.4), so a
/// term past it adds nothing to a sum.
const LN_ZERO: f64 = -746.0;

/// The part of the support `lo..=hi` whose probabilities are not 0 in f64: the hypergeometric
/// distribution is log-concave, so they fall off on each side of its `mode`, and each end is
/// found by bisection. A large program's table has tens of thousands of values in its support,
/// most of them in tails of e^−10⁴.
fn support_that_counts(lo: u64, hi: u64, mode: u64, ln_pmf: impl Fn(u64) -> f64) -> (u64, u64) {
    let mode = mode.clamp(lo, hi);
    // The first x of `from..to` where `counts(x)` holds, given it holds from there on.
    let first = |mut from: u64, mut to: u64, counts: &dyn Fn(u64) -> bool| {
        while from < to {
            let mid = from + (to - from) / 2;
            if counts(mid) {
                to = mid;
            } else {
                from = mid + 1;
            }
        }
        from
    };
    let low = first(lo, mode, &|x| ln_pmf(x) >= LN_ZERO);
    let high = first(mode, hi, &|x| ln_pmf(x + 1) < LN_ZERO);
    (low, high)
}

/// Fisher's exact test for `[[a, b], [c, d]]`, two-sided.
pub fn fisher_exact(t: [[usize; 2]; 2]) -> Result<TestResult> {
    let [[a, b], [c, d]] = t.map(|r| r.map(|x| x as u64));
    let (r1, c1, n) = (a + b, a + c, a + b + c + d);
    if n == 0 {
        return Err(insufficient(
            "Fisher's exact test",
            "at least one observation",
            "none",
        ));
    }
    let lo = c1.saturating_sub(n - r1);
    let hi = r1.min(c1);
    let ln_pmf = |x: u64| ln_choose(r1, x) + ln_choose(n - r1, c1 - x) - ln_choose(n, c1);
    let observed = ln_pmf(a);
    let threshold = observed + ln(1.0 + FISHER_RELATIVE);
    let (lo, hi) = support_that_counts(lo, hi, (r1 + 1) * (c1 + 1) / (n + 2), ln_pmf);
    // From +0, as the whole support's sum of (zero) tail terms was when nothing counts.
    let p = (lo..=hi)
        .map(ln_pmf)
        .filter(|lp| *lp <= threshold)
        .map(exp)
        .fold(0.0, |sum, term| sum + term);
    // A zero cell would make the odds ratio 0/0 or infinite, which JSON cannot carry: the zero
    // cells are replaced by 0.5, as for the odds ratio estimate beside it (`ratio::odds_ratio`).
    let ([a, b, c, d], zero) = shifted(t);
    Ok(TestResult {
        statistic: (a * d) / (b * c),
        df: None,
        p_value: p.min(1.0),
        method: if zero {
            "Fisher's exact test, two-sided (statistic: sample odds ratio, zero cells replaced by 0.5)"
        } else {
            "Fisher's exact test, two-sided (statistic: sample odds ratio)"
        }
        .into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The two-sided p-value summed over the whole support.
    fn fisher_p_over_all(t: [[u64; 2]; 2]) -> f64 {
        let [[a, b], [c, d]] = t;
        let (r1, c1, n) = (a + b, a + c, a + b + c + d);
        let ln_pmf = |x: u64| ln_choose(r1, x) + ln_choose(n - r1, c1 - x) - ln_choose(n, c1);
        let threshold = ln_pmf(a) + ln(1.0 + FISHER_RELATIVE);
        let p: f64 = (c1.saturating_sub(n - r1)..=r1.min(c1))
            .map(ln_pmf)
            .filter(|lp| *lp <= threshold)
            .map(exp)
            .sum();
        p.min(1.0)
    }

    proptest! {
        /// Only the tails whose probabilities are 0 in f64 are left out: the same p-value, bit
        /// for bit, from tables of a few people to a large program's (a cell may be 0).
        #[test]
        fn the_tails_left_out_add_nothing(
            cells in proptest::array::uniform4(prop_oneof![0u64..6, 0u64..300, 0u64..60_000]),
        ) {
            let t = [[cells[0], cells[1]], [cells[2], cells[3]]];
            prop_assume!(cells.iter().sum::<u64>() > 0);
            let usize_table = t.map(|r| r.map(|x| x as usize));
            let p = fisher_exact(usize_table).expect("a table with people").p_value;
            prop_assert_eq!(p.to_bits(), fisher_p_over_all(t).to_bits());
        }
    }
}
