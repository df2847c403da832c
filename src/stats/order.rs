//! The order of rows by a number: what `(0..n)` sorted stably by `f64::total_cmp` on the keys
//! gives (ties in row order), which the survival methods need on every fit (times from the last
//! back, entries, event times). Their keys are mostly days or counts: whole numbers in a span not
//! much wider than the rows, which counting places in linear time without comparing anything.

/// Keys spanning more than this many times the rows (plus [`SMALL_SPAN`]) are sorted instead of
/// counted: the counts' table would cost more than the sort saves.
const SPAN_PER_ROW: usize = 4;

/// A span always counted, however few the rows.
const SMALL_SPAN: usize = 1 << 12;

/// Rows in ascending key order, ties in row order.
pub fn ascending(keys: &[f64]) -> Vec<usize> {
    counted(keys, false).unwrap_or_else(|| {
        let mut order: Vec<usize> = (0..keys.len()).collect();
        order.sort_by(|&a, &b| keys[a].total_cmp(&keys[b]));
        order
    })
}

/// Rows in descending key order, ties in row order.
pub fn descending(keys: &[f64]) -> Vec<usize> {
    counted(keys, true).unwrap_or_else(|| {
        let mut order: Vec<usize> = (0..keys.len()).collect();
        order.sort_by(|&a, &b| keys[b].total_cmp(&keys[a]));
        order
    })
}

/// The order by counting, when every key is a whole number (not −0, which `total_cmp` puts below
/// 0) in a span narrow enough; else `None`.
fn counted(keys: &[f64], descending: bool) -> Option<Vec<usize>> {
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
    // Each row's slot (its key's place in the span, from the end when descending), then where
    // each slot's rows begin, then the rows placed in row order.
    let (base, sign) = if descending { (hi, -1) } else { (lo, 1) };
    let slots: Vec<u32> = keys
        .iter()
        .map(|&k| ((k as i64 - base) * sign) as u32)
        .collect();
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sorted(keys: &[f64], descending: bool) -> Vec<usize> {
        let mut order: Vec<usize> = (0..keys.len()).collect();
        if descending {
            order.sort_by(|&a, &b| keys[b].total_cmp(&keys[a]));
        } else {
            order.sort_by(|&a, &b| keys[a].total_cmp(&keys[b]));
        }
        order
    }

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
}
