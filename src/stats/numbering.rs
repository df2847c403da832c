//! Distinct keys numbered 0, 1, 2, … in the order first seen, when there are few of them: a
//! table with open addressing, at least four slots per key. The methods count a few values (a
//! covariate's levels, an attribute's labels) over every person's row; a general hash map spends
//! several times as long per row on that in wasm, where it has no SIMD to probe with.

/// Fibonacci hashing's multiplier (2⁶⁴ / φ): the product's top bits spread keys that differ in
/// any bits, as floating-point values' bit patterns and addresses do.
const MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;

/// Keys numbered in the order first seen, at most `most` of them.
pub struct Numbering {
    keys: Vec<u64>,
    numbers: Vec<u32>,
    shift: u32,
    len: u32,
    most: u32,
}

/// An empty slot's number.
const EMPTY: u32 = u32::MAX;

impl Numbering {
    /// A numbering for at most `most` keys (below 2³⁰).
    pub fn new(most: usize) -> Numbering {
        let slots = (4 * most.max(4)).next_power_of_two();
        Numbering {
            keys: vec![0; slots],
            numbers: vec![EMPTY; slots],
            shift: u64::BITS - slots.trailing_zeros(),
            len: 0,
            most: u32::try_from(most).unwrap_or(u32::MAX),
        }
    }

    /// The key's number, a new one when it is new; `None` when it would be one more than `most`.
    #[inline]
    pub fn number(&mut self, key: u64) -> Option<u32> {
        let mask = self.keys.len() - 1;
        let mut at = (key.wrapping_mul(MULTIPLIER) >> self.shift) as usize;
        loop {
            match self.numbers[at] {
                EMPTY => break,
                n if self.keys[at] == key => return Some(n),
                _ => at = (at + 1) & mask,
            }
        }
        if self.len == self.most {
            return None;
        }
        self.keys[at] = key;
        self.numbers[at] = self.len;
        self.len += 1;
        Some(self.len - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The numbers a map from key to first-seen order gives, and `None` past `most` keys:
        /// small whole numbers as floating-point bits (a covariate's levels), multiples of 8 (addresses),
        /// and any 64 bits, including 0 and the largest.
        #[test]
        fn numbers_keys_in_the_order_first_seen(
            keys in proptest::collection::vec(
                prop_oneof![
                    (0u32..30).prop_map(|k| f64::from(k).to_bits()),
                    (0u64..40).prop_map(|k| 0x10_0000 + 8 * k),
                    any::<u64>(),
                    Just(0u64),
                    Just(u64::MAX),
                ],
                0..300,
            ),
            most in 1usize..60,
        ) {
            let mut numbering = Numbering::new(most);
            let mut seen: Vec<u64> = Vec::new();
            for key in keys {
                let expected = match seen.iter().position(|k| *k == key) {
                    Some(at) => Some(at as u32),
                    None if seen.len() < most => {
                        seen.push(key);
                        Some(seen.len() as u32 - 1)
                    }
                    None => None,
                };
                prop_assert_eq!(numbering.number(key), expected);
            }
        }
    }
}
