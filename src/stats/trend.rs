//! A series' trend: Theil–Sen's slope and the Mann–Kendall test together, as [`theil_sen`] and
//! [`mann_kendall`] give them. For a series in time order (x strictly increasing) every pair of
//! points gives a slope, whose sign is the pair's term of Kendall's S, and y's ties serve both:
//! one pass over the pairs and one sort of y instead of two passes and four sorts (an engagement
//! analysis takes two trends of each of its pairs).

use super::mann_kendall::{self, mann_kendall, MannKendall};
use super::theil_sen::{self, key, theil_sen, TheilSen};
use super::{sorted_median, sorted_tie_groups, tie_term};
use crate::error::Result;

/// The trend of `y` over `x`: each test's result, or the first error.
pub fn trend(x: &[f64], y: &[f64], level: f64) -> Result<(TheilSen, MannKendall)> {
    let n = y.len();
    let in_order = x.len() == n && x.windows(2).all(|w| w[0] < w[1]);
    if !in_order || n < 3 || !y.iter().all(|v| v.is_finite()) {
        return Ok((theil_sen(x, y, level)?, mann_kendall(y)?));
    }
    let mut slopes = Vec::with_capacity(n * (n - 1) / 2);
    let mut s = 0i64;
    for i in 0..n {
        for j in i + 1..n {
            slopes.push(key((y[j] - y[i]) / (x[j] - x[i])));
            s += i64::from(y[j] > y[i]) - i64::from(y[j] < y[i]);
        }
    }
    let mut sorted_y = y.to_vec();
    sorted_y.sort_by(f64::total_cmp);
    let ties_y = tie_term(&sorted_tie_groups(&sorted_y));
    // x has no ties: its term is the empty sum, as `tie_term` gives it.
    let ties_x = tie_term(&[]);
    let medians = [sorted_median(x), sorted_median(&sorted_y)];
    Ok((
        theil_sen::from_slopes(&mut slopes, medians, [ties_x, ties_y], n, level),
        mann_kendall::from_s(s as f64, n, ties_y),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Together or apart, the same bits: counts with many ties, fractions, gaps in x, and
        /// series the shortcut does not take (x out of order, too short).
        #[test]
        fn equals_the_tests_apart(
            steps in proptest::collection::vec(0u8..3, 1..30),
            y in proptest::collection::vec(prop_oneof![(0u8..6).prop_map(f64::from), (-40i8..40).prop_map(|v| f64::from(v) / 7.0)], 30),
        ) {
            let x: Vec<f64> = steps.iter().scan(0.0, |at, s| { *at += f64::from(*s); Some(*at) }).collect();
            let y = &y[..x.len()];
            let apart = theil_sen(&x, y, 0.95).and_then(|t| Ok((t, mann_kendall(y)?)));
            match (trend(&x, y, 0.95), apart) {
                (Ok((a, b)), Ok((c, d))) => {
                    prop_assert_eq!(format!("{a:?} {b:?}"), format!("{c:?} {d:?}"));
                    for (u, v) in [(a.slope, c.slope), (a.intercept, c.intercept), (a.ci_low, c.ci_low), (a.ci_high, c.ci_high), (b.s, d.s), (b.var_s, d.var_s), (b.p_value, d.p_value)] {
                        prop_assert_eq!(u.to_bits(), v.to_bits());
                    }
                }
                (Err(_), Err(_)) => {}
                (a, b) => prop_assert!(false, "{a:?} against {b:?}"),
            }
        }
    }
}
