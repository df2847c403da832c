//! Suppression of small groups (SPEC §5), applied to every grouped result before it leaves the
//! core, so no surface can forget it.
//!
//! A group with fewer than `min_group_size` members is returned as
//! `{ "group", "suppressed": true, "n_below": min_group_size }`. When exactly one group of a
//! dimension would be suppressed, the next smallest is suppressed too, so that a total minus the
//! other groups cannot reveal it.

use crate::i18n::Message;
use crate::warning::{code, Warning};
use serde::Serialize;

/// A group's result, or the fact that it was suppressed.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Cell<T> {
    Shown(T),
    Suppressed { suppressed: bool, n_below: usize },
}

/// One group of a dimension.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Grouped<T> {
    pub group: String,
    #[serde(flatten)]
    pub cell: Cell<T>,
}

impl<T> Grouped<T> {
    pub fn is_suppressed(&self) -> bool {
        matches!(self.cell, Cell::Suppressed { .. })
    }

    pub fn shown(&self) -> Option<&T> {
        match &self.cell {
            Cell::Shown(t) => Some(t),
            Cell::Suppressed { .. } => None,
        }
    }

    pub fn shown_mut(&mut self) -> Option<&mut T> {
        match &mut self.cell {
            Cell::Shown(t) => Some(t),
            Cell::Suppressed { .. } => None,
        }
    }
}

/// The one warning that `hidden` groups (`what`: "groups", "programs", ...) of fewer than
/// `min_group_size` `unit`s ("people", "pairs") were suppressed; none when nothing was.
pub fn suppression_warning(
    hidden: usize,
    what: &str,
    unit: &str,
    min_group_size: usize,
) -> Option<Warning> {
    (hidden > 0).then(|| {
        Warning::new(
            code::GROUPS_SUPPRESSED,
            Message::new("warning-groups-suppressed")
                .count("hidden", hidden)
                .text("what", what)
                .count("min", min_group_size)
                .text("unit", unit),
        )
    })
}

/// The suppression warning for a dimension's groups.
pub fn warn_suppressed<T>(
    groups: &[Grouped<T>],
    unit: &str,
    min_group_size: usize,
) -> Option<Warning> {
    let hidden = groups.iter().filter(|g| g.is_suppressed()).count();
    suppression_warning(hidden, "groups", unit, min_group_size)
}

/// Applies the rule to `(label, size, result)` groups, keeping their order.
pub fn suppress<T>(groups: Vec<(String, usize, T)>, min_group_size: usize) -> Vec<Grouped<T>> {
    let mut hide: Vec<bool> = groups.iter().map(|g| g.1 < min_group_size).collect();
    if hide.iter().filter(|h| **h).count() == 1 {
        let next = groups
            .iter()
            .enumerate()
            .filter(|(i, _)| !hide[*i])
            .min_by_key(|(_, g)| g.1)
            .map(|(i, _)| i);
        if let Some(i) = next {
            hide[i] = true;
        }
    }
    groups
        .into_iter()
        .zip(hide)
        .map(|((group, _, body), hidden)| Grouped {
            group,
            cell: if hidden {
                Cell::Suppressed {
                    suppressed: true,
                    n_below: min_group_size,
                }
            } else {
                Cell::Shown(body)
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use serde_json::{json, Value};

    fn labels(g: &[Grouped<Value>]) -> Vec<(String, bool)> {
        g.iter()
            .map(|g| (g.group.clone(), g.is_suppressed()))
            .collect()
    }

    #[test]
    fn a_group_of_four_disappears_and_the_next_smallest_with_it() {
        let g = suppress(
            vec![
                ("a".into(), 4, json!({ "x": 1 })),
                ("b".into(), 9, json!({ "x": 2 })),
                ("c".into(), 6, json!({ "x": 3 })),
                ("d".into(), 20, json!({ "x": 4 })),
            ],
            5,
        );
        assert_eq!(
            labels(&g),
            vec![
                ("a".into(), true),
                ("b".into(), false),
                ("c".into(), true),
                ("d".into(), false)
            ]
        );
        assert_eq!(
            serde_json::to_value(&g[0]).unwrap(),
            json!({ "group": "a", "suppressed": true, "n_below": 5 })
        );
        assert_eq!(
            serde_json::to_value(&g[1]).unwrap(),
            json!({ "group": "b", "x": 2 })
        );
    }

    #[test]
    fn two_small_groups_need_no_complement() {
        let g = suppress(
            vec![
                ("a".into(), 2, json!({})),
                ("b".into(), 3, json!({})),
                ("c".into(), 30, json!({})),
            ],
            5,
        );
        assert_eq!(
            labels(&g),
            vec![("a".into(), true), ("b".into(), true), ("c".into(), false)]
        );
    }

    #[test]
    fn large_groups_are_shown() {
        let g = suppress(
            vec![("a".into(), 5, json!({})), ("b".into(), 50, json!({}))],
            5,
        );
        assert!(g.iter().all(|g| !g.is_suppressed()));
    }
}
