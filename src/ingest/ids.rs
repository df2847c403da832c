//! The ids of the tables others refer to (people, pairs), held apart from the tables' text, and
//! found by the references of the tables read after them.

use crate::error::Problem;

/// A referenced table's ids, copied out of its text: later tables' references resolve against
/// them, and a people table's text (most of its memory) can go once the table is typed. Row `r`'s
/// id is `text[ends[r - 1]..ends[r]]`, empty for a row without one and for a row repeating an
/// earlier row's id (the earlier row is the one found).
#[derive(Default)]
pub(super) struct IdColumn {
    text: String,
    ends: Vec<usize>,
    /// Rows with an id, by its hash ([`id_hash`]); compared through `text`, which is small and in
    /// row order, so a lookup stays in memory a cache holds.
    rows: hashbrown::HashTable<usize>,
    /// Rows whose id an earlier row has (reported when the table is read).
    pub repeats: Vec<Problem>,
}

/// The hash of an id, the same when it is stored and when it is looked up.
fn id_hash(id: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(id)
}

/// Row `row`'s id in an [`IdColumn`]'s text.
fn id_at<'t>(text: &'t str, ends: &[usize], row: usize) -> &'t str {
    let start = row.checked_sub(1).map_or(0, |r| ends[r]);
    text.get(start..ends[row]).unwrap_or_default()
}

impl IdColumn {
    pub fn with_capacity(rows: usize) -> IdColumn {
        IdColumn {
            ends: Vec::with_capacity(rows),
            rows: hashbrown::HashTable::with_capacity(rows),
            ..IdColumn::default()
        }
    }

    /// The row of `id`, None when no row has it.
    pub fn find(&self, id: &str) -> Option<usize> {
        self.find_hashed(id_hash(id), id)
    }

    /// Adds the next row's id (empty: none); the earlier row that has it already, if one does.
    pub fn push(&mut self, id: &str) -> Option<usize> {
        let row = self.ends.len();
        if id.is_empty() {
            self.ends.push(self.text.len());
            return None;
        }
        let hash = id_hash(id);
        if let Some(first) = self.find_hashed(hash, id) {
            self.ends.push(self.text.len());
            return Some(first);
        }
        self.text.push_str(id);
        self.ends.push(self.text.len());
        let (text, ends) = (&self.text, &self.ends);
        self.rows
            .insert_unique(hash, row, |&r| id_hash(id_at(text, ends, r)));
        None
    }

    fn find_hashed(&self, hash: u64, id: &str) -> Option<usize> {
        let found = self
            .rows
            .find(hash, |&r| same_id(id_at(&self.text, &self.ends, r), id));
        found.copied()
    }

    /// Row `row`'s id (empty when it has none, or repeats an earlier one).
    pub fn id(&self, row: usize) -> Option<&str> {
        (row < self.ends.len()).then(|| id_at(&self.text, &self.ends, row))
    }
}

/// Whether two ids are the same text, compared eight bytes at a time: ids are short, and wasm's
/// `memcmp` (what `==` calls) goes a byte at a time.
pub(super) fn same_id(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let (mut x, mut y) = (a.chunks_exact(8), b.chunks_exact(8));
    let word = |c: &[u8]| u64::from_le_bytes(c.try_into().unwrap_or_default());
    let words = x.by_ref().zip(y.by_ref()).all(|(p, q)| word(p) == word(q));
    words && x.remainder().iter().zip(y.remainder()).all(|(p, q)| p == q)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn column(ids: &[String]) -> IdColumn {
        let mut c = IdColumn::with_capacity(ids.len());
        for id in ids {
            c.push(id);
        }
        c
    }

    /// The row a reference should find: the first with its text.
    fn first_row(ids: &[String], id: &str) -> Option<usize> {
        ids.iter().position(|x| !x.is_empty() && x == id)
    }

    #[test]
    fn same_id_compares_every_byte() {
        let ids = [
            "",
            "E1",
            "E2",
            "E12345678",
            "E12345679",
            "F12345678",
            "M000010",
            "é1",
        ];
        for a in ids {
            for b in ids {
                assert_eq!(same_id(a, b), a == b, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn a_repeat_finds_the_first_row() {
        let ids: Vec<String> = ["E01", "E02", "", "E01", "E03"].map(String::from).to_vec();
        let mut c = IdColumn::default();
        let firsts: Vec<_> = ids.iter().map(|id| c.push(id)).collect();
        assert_eq!(firsts, [None, None, None, Some(0), None]);
        assert_eq!(c.find("E03"), Some(4));
        assert_eq!(c.find("E01"), Some(0));
        assert_eq!(
            (c.find("E1"), c.find("e01"), c.find("")),
            (None, None, None)
        );
        assert_eq!((c.id(3), c.id(4), c.id(5)), (Some(""), Some("E03"), None));
    }

    proptest! {
        /// Whatever the ids, a lookup finds the first row with the same text, or none.
        #[test]
        fn finds_the_first_row_with_the_same_text(
            prefix in prop::sample::select(vec!["", "E", "P-", "E0", "x1y"]),
            numbers in prop::collection::vec((0u64..60, 0usize..3, any::<bool>()), 1..40),
            queries in prop::collection::vec((0u64..70, 0usize..4), 0..30),
            padded in any::<bool>(),
        ) {
            // Padded: every id three digits or more; else leading zeros at random.
            let write = |n: u64, zeros: usize| match padded {
                true => format!("{prefix}{n:03}"),
                false => format!("{prefix}{}{n}", "0".repeat(zeros)),
            };
            let ids: Vec<String> = numbers
                .iter()
                .map(|&(n, zeros, blank)| if blank && n % 7 == 0 { String::new() } else { write(n, zeros) })
                .collect();
            let c = column(&ids);
            let others: Vec<String> = queries
                .iter()
                .flat_map(|&(n, z)| [write(n, z), format!("{prefix}{}{n}", "0".repeat(z))])
                .collect();
            for id in ids.iter().chain(&others) {
                prop_assert_eq!(c.find(id), first_row(&ids, id), "{} in {:?}", id, ids);
            }
            prop_assert_eq!(c.find("other"), None);
        }
    }
}
