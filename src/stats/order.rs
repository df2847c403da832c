//! The order of rows by a number: what `(0..n)` sorted stably by `f64::total_cmp` on the keys
//! gives (ties in row order), which the survival methods need on every fit (times from the last
//! back, entries, event times). Their keys are mostly days or counts: whole numbers in a span not
//! much wider than the rows, which counting places in linear time without comparing anything.
//! Ranks also come from keys with few distinct values (a rating, a level, a score of a few
//! covariates' values): each value is numbered, and only the distinct values are sorted.

use super::numbering::Numbering;

/// Keys spanning more than this many times the rows (plus [`SMALL_SPAN`]) are sorted instead of
/// counted: the counts' table would cost more than the sort saves.
const SPAN_PER_ROW: usize = 4;

/// A span always counted, however few the rows.
const SMALL_SPAN: usize = 1 << 12;

/// Rows in ascending key order, ties in row order.
pub fn ascending(keys: &[f64]) -> Vec<usize> {
    counted(keys, false).unwrap_or_else(|| sorted(keys, false))
}

/// Rows in descending key order, ties in row order.
pub fn descending(keys: &[f64]) -> Vec<usize> {
    counted(keys, true).unwrap_or_else(|| sorted(keys, true))
}

/// The order by a stable sort: for keys that cannot be counted, and the reference of the tests.
fn sorted(keys: &[f64], descending: bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    if descending {
        order.sort_by(|&a, &b| keys[b].total_cmp(&keys[a]));
    } else {
        order.sort_by(|&a, &b| keys[a].total_cmp(&keys[b]));
    }
    order
}

/// Ranks with ties given their average rank (1-based), as [`super::average_ranks`], when the keys
/// can be counted or have few distinct values: each slot's or value's rank from the counts,
/// without ordering the rows.
pub(super) fn average_ranks(keys: &[f64]) -> Option<Vec<f64>> {
    let (place, count) = counted_places(keys).or_else(|| distinct_places(keys))?;
    // A place's rows hold the positions i..=j of the sorted keys: (i + j)/2 + 1, as the sort's
    // tie groups are ranked.
    let mut rank = vec![0.0; count.len()];
    let mut i = 0;
    for (r, &c) in rank.iter_mut().zip(&count) {
        if c > 0 {
            *r = (i + i + c - 1) as f64 / 2.0 + 1.0;
            i += c;
        }
    }
    Some(place.iter().map(|&s| rank[s as usize]).collect())
}

/// Each row's slot (see [`slots`]) and the rows per slot, when the keys can be counted.
fn counted_places(keys: &[f64]) -> Option<(Vec<u32>, Vec<usize>)> {
    let (slots, span) = slots(keys, false)?;
    let mut count = vec![0usize; span + 1];
    for &s in &slots {
        count[s as usize] += 1;
    }
    Some((slots, count))
}

/// Distinct values numbered up to this many; keys with more are sorted.
const MOST_DISTINCT: usize = 1 << 10;

/// Each row's place among the keys' distinct values in ascending order (0 and −0 are one value,
/// as they are equal) and the rows per place, when there are at most [`MOST_DISTINCT`] of them
/// and no NaN (which equals nothing, not even itself); else `None`.
pub fn distinct_places(keys: &[f64]) -> Option<(Vec<u32>, Vec<usize>)> {
    let mut numbering = Numbering::new(MOST_DISTINCT);
    let mut value = Vec::new();
    let mut number = Vec::with_capacity(keys.len());
    for &k in keys {
        if k.is_nan() {
            return None;
        }
        let n = numbering.number((k + 0.0).to_bits())?;
        if n as usize == value.len() {
            value.push(k + 0.0);
        }
        number.push(n);
    }
    let mut by_value: Vec<u32> = (0..value.len() as u32).collect();
    by_value.sort_unstable_by(|&a, &b| value[a as usize].total_cmp(&value[b as usize]));
    let mut place_of = vec![0u32; value.len()];
    for (place, &n) in by_value.iter().enumerate() {
        place_of[n as usize] = place as u32;
    }
    let mut count = vec![0usize; value.len()];
    for n in &mut number {
        *n = place_of[*n as usize];
        count[*n as usize] += 1;
    }
    Some((number, count))
}

/// The order by counting, when the keys can be counted; else `None`.
fn counted(keys: &[f64], descending: bool) -> Option<Vec<usize>> {
    let (slots, span) = slots(keys, descending)?;
    // Where each slot's rows begin, then the rows placed in row order.
    let mut next = vec![0u32; span + 2];
    for &s in &slots {
        next[s as usize + 1] += 1;
    }
    for s in 1..next.len() {
        next[s] += next[s - 1];
    }
    let mut order = vec![0; keys.len()];
    for (i, &s) in slots.iter().enumerate() {
        let at = &mut next[s as usize];
        order[*at as usize] = i;
        *at += 1;
    }
    Some(order)
}

/// Each row's slot, its key's place in the keys' span (from the end when descending), and the
/// span, when every key is a whole number (not −0, which `total_cmp` puts below 0) and the span
/// is narrow enough; else `None`.
fn slots(keys: &[f64], descending: bool) -> Option<(Vec<u32>, usize)> {
    // A whole number converts to i64 and back unchanged (NaN, infinities and fractions do not).
    let (mut lo, mut hi) = (i64::MAX, i64::MIN);
    for &k in keys {
        let whole = k as i64;
        if whole as f64 != k || k.to_bits() == (-0.0f64).to_bits() {
            return None;
        }
        lo = lo.min(whole);
        hi = hi.max(whole);
    }
    let span = usize::try_from(hi.checked_sub(lo)?).ok()?;
    // Slots and counts are u32: rows beyond that are sorted.
    if span >= SPAN_PER_ROW * keys.len() + SMALL_SPAN || u32::try_from(keys.len()).is_err() {
        return None;
    }
    let (base, sign) = if descending { (hi, -1) } else { (lo, 1) };
    let slots = keys
        .iter()
        .map(|&k| ((k as i64 - base) * sign) as u32)
        .collect();
    Some((slots, span))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Counted or sorted, the order is the stable sort's: whole numbers with many ties, wide
        /// spans, fractions, −0 beside 0, infinities.
        #[test]
        fn equals_the_stable_sort(
            keys in proptest::collection::vec(
                prop_oneof![
                    (-20i32..40).prop_map(f64::from),
                    (-20i32..40).prop_map(|k| f64::from(k) * 1e6),
                    (-20i32..40).prop_map(|k| f64::from(k) / 4.0),
                    Just(-0.0),
                    Just(f64::INFINITY),
                ],
                0..200,
            ),
        ) {
            prop_assert_eq!(ascending(&keys), sorted(&keys, false));
            prop_assert_eq!(descending(&keys), sorted(&keys, true));
        }

        /// Ranks from few distinct values (fractions, −0 beside 0, infinities) are the sort's,
        /// bit for bit; so are the places of every distinct value.
        #[test]
        fn distinct_values_rank_as_sorted(
            keys in proptest::collection::vec(
                prop_oneof![
                    (-20i32..40).prop_map(|k| f64::from(k) / 4.0),
                    (-20i32..40).prop_map(|k| f64::from(k) * 1e6),
                    Just(-0.0),
                    Just(0.0),
                    Just(f64::NEG_INFINITY),
                ],
                1..200,
            ),
        ) {
            let (place, count) = distinct_places(&keys).expect("fewer values than the most");
            let order = sorted(&keys, false);
            let mut expected = vec![0u32; keys.len()];
            for k in 1..order.len() {
                let step = u32::from(keys[order[k]] != keys[order[k - 1]]);
                expected[order[k]] = expected[order[k - 1]] + step;
            }
            prop_assert_eq!(place, expected);
            prop_assert_eq!(count.iter().sum::<usize>(), keys.len());
            let bits = |r: Vec<f64>| r.iter().map(|v| v.to_bits()).collect::<Vec<u64>>();
            let ranks = average_ranks(&keys).expect("few distinct values are ranked");
            prop_assert_eq!(bits(ranks), bits(super::super::sorted_average_ranks(&keys)));
        }

        /// Whole numbers in a narrow span (counted, which the mixed keys above seldom are): the
        /// stable sort's order, and the ranks from the rows in order, bit for bit.
        #[test]
        fn counted_equals_sorted(
            keys in proptest::collection::vec((-20i32..40).prop_map(f64::from), 1..200),
        ) {
            prop_assert!(counted(&keys, false).is_some());
            prop_assert_eq!(ascending(&keys), sorted(&keys, false));
            prop_assert_eq!(descending(&keys), sorted(&keys, true));
            let bits = |r: Vec<f64>| r.iter().map(|v| v.to_bits()).collect::<Vec<u64>>();
            let counted = average_ranks(&keys).expect("whole numbers in a narrow span are counted");
            prop_assert_eq!(bits(counted), bits(super::super::sorted_average_ranks(&keys)));
        }
    }

    #[test]
    fn days_are_counted_and_ties_keep_row_order() {
        let keys = [3.0, 1.0, 3.0, -1.0, 0.0, 1.0];
        assert!(counted(&keys, false).is_some());
        assert_eq!(ascending(&keys), vec![3, 4, 1, 5, 0, 2]);
        assert_eq!(descending(&keys), vec![0, 2, 1, 5, 4, 3]);
        assert!(counted(&[0.0, -0.0], false).is_none());
        assert!(counted(&[0.5], false).is_none());
    }

    #[test]
    fn many_values_or_a_nan_are_not_numbered() {
        let many: Vec<f64> = (0..=MOST_DISTINCT).map(|k| k as f64 + 0.5).collect();
        assert!(distinct_places(&many).is_none());
        assert!(distinct_places(&many[1..]).is_some());
        assert!(distinct_places(&[0.5, f64::NAN]).is_none());
    }
}
