//! Attribute columns whose numbers an export wrote for people to read rather than for computing:
//! thousands separators (`52,000`, `52.000`, `52 000`), a decimal comma (`3,5`), a percent sign
//! (`45%`). Such a column would otherwise be text, and an attribute with many levels is no driver
//! of leaving nor a correlate: it would drop out of retention in silence. It is read as numbers
//! when every value reads in one way of writing them; a load warning says how, with an example.

use super::row::decimal;

/// How a column writes its numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Notation {
    /// `1,234,567.89`: commas between thousands, a decimal point.
    Point,
    /// `1.234.567,89` or `1 234 567,89`: points or spaces between thousands, a decimal comma.
    Comma,
}

/// Cells that say "no value" in words or a dash: in a column of numbers, no value.
const NO_VALUE: [&str; 11] = [
    "na", "n/a", "n.a.", "#n/a", "null", "none", "nan", "-", "--", "\u{2013}", "\u{2014}",
];

/// Whether `text` says "no value" (`N/A`, `null`, `-`), whatever its case.
pub(super) fn is_no_value(text: &str) -> bool {
    let t = text.trim();
    NO_VALUE.iter().any(|m| t.eq_ignore_ascii_case(m))
}

/// What a text column's distinct values are, read as numbers.
#[derive(Debug, PartialEq)]
pub(super) enum Reading {
    /// Each value a number (or no value: a [`NO_VALUE`] marker) in one notation.
    Numbers(Vec<Option<f64>>),
    /// Each value a number in both notations, some read differently (`52,000`: 52000 or 52),
    /// and nothing says which ([`two_readings`] finds them).
    Ambiguous,
    /// Not numbers.
    Text,
}

/// `values` (a text column's distinct values, none empty) read as numbers: each a number written
/// in one notation — the same in both, or in one only, or, where both read and disagree
/// (`52,000`: 52000 or 52), in the one a file split on `delimiter` uses (`,` point, `;` comma).
/// A value a plain number reads (`1.234`) keeps that reading, as it has in a column of plain
/// numbers: one `N/A` in a column does not change what its other values are. Text when some value
/// is no such number, or none is a number at all.
pub(super) fn as_numbers(values: &[&str], delimiter: Option<u8>) -> Reading {
    let read = |notation: Notation| -> Option<Vec<Option<f64>>> {
        values
            .iter()
            .map(|v| match is_no_value(v) {
                true => Some(None),
                false => number(v, notation).map(Some),
            })
            .collect()
    };
    let numbers = match (read(Notation::Point), read(Notation::Comma)) {
        (Some(p), Some(c)) if p == c => p,
        (Some(p), Some(c)) => {
            // The point reading is the plain one wherever a plain number reads a value.
            let plain_differs = values
                .iter()
                .zip(&c)
                .any(|(v, c)| plain(v).is_some_and(|x| Some(x) != *c));
            match delimiter {
                _ if plain_differs => p,
                Some(b',') => p,
                Some(b';') => c,
                _ => return Reading::Ambiguous,
            }
        }
        (Some(p), None) => p,
        (None, Some(c)) => c,
        (None, None) => return Reading::Text,
    };
    match numbers.iter().any(Option::is_some) {
        true => Reading::Numbers(numbers),
        false => Reading::Text,
    }
}

/// A value as a plain number reads it (as a column of plain numbers is read), unless it is a
/// "no value" marker.
fn plain(text: &str) -> Option<f64> {
    decimal(text).filter(|x| x.is_finite() && !is_no_value(text))
}

/// A value's two readings — thousands separators, then a decimal comma — when it has two that
/// differ (`52,000`: 52000 and 52).
pub(super) fn two_readings(text: &str) -> Option<(f64, f64)> {
    let point = number(text, Notation::Point)?;
    let comma = number(text, Notation::Comma)?;
    (point != comma).then_some((point, comma))
}

/// `text` as a number written in `notation`, with an optional sign and percent sign (`45%` is 45).
fn number(text: &str, notation: Notation) -> Option<f64> {
    let s = text.trim();
    let s = s.strip_suffix('%').map_or(s, str::trim_end);
    let (sign, s) = match s.as_bytes().first()? {
        b'-' => ("-", &s[1..]),
        b'+' => ("", &s[1..]),
        _ => ("", s),
    };
    let (group, point) = match notation {
        Notation::Point => (&[','][..], '.'),
        Notation::Comma => (&['.', ' ', '\u{a0}', '\u{202f}'][..], ','),
    };
    let (whole, fraction) = s.split_once(point).unwrap_or((s, ""));
    let digits = whole_digits(whole, group)?;
    let fraction = match fraction {
        "" if s.ends_with(point) => return None,
        f if f.bytes().all(|b| b.is_ascii_digit()) => f,
        _ => return None,
    };
    let plain = if fraction.is_empty() {
        format!("{sign}{digits}")
    } else {
        format!("{sign}{digits}.{fraction}")
    };
    decimal(&plain).filter(|x| x.is_finite())
}

/// The digits of a number's whole part: plain (`52000`), or in groups of three after the first
/// (`52,000`, `1.234.567`) with one of `separators` throughout.
fn whole_digits(whole: &str, separators: &[char]) -> Option<String> {
    if !whole.is_empty() && whole.bytes().all(|b| b.is_ascii_digit()) {
        return Some(whole.to_string());
    }
    let separator = whole.chars().find(|c| !c.is_ascii_digit())?;
    if !separators.contains(&separator) {
        return None;
    }
    let mut groups = whole.split(separator);
    let first = groups.next()?;
    let first_ok = (1..=3).contains(&first.len()) && first.bytes().all(|b| b.is_ascii_digit());
    let rest: Vec<&str> = groups.collect();
    let rest_ok = rest
        .iter()
        .all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
    (first_ok && rest_ok).then(|| [first].into_iter().chain(rest).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The numbers read (no value as NaN), or None when the column stays text.
    fn read(values: &[&str], delimiter: Option<u8>) -> Option<Vec<f64>> {
        match as_numbers(values, delimiter) {
            Reading::Numbers(v) => Some(v.into_iter().map(|x| x.unwrap_or(f64::NAN)).collect()),
            Reading::Ambiguous | Reading::Text => None,
        }
    }

    #[test]
    fn thousands_separators_and_decimal_commas_read_as_the_export_wrote_them() {
        // Only one notation reads every value.
        assert_eq!(
            read(&["52,000.50", "1,234,567", "900"], None),
            Some(vec![52000.5, 1234567.0, 900.0])
        );
        assert_eq!(
            read(&["3,5", "4", "2,75"], None),
            Some(vec![3.5, 4.0, 2.75])
        );
        assert_eq!(
            read(&["52.000,50", "1 234", "7\u{a0}500"], None),
            Some(vec![52000.5, 1234.0, 7500.0])
        );
        // Percentages are the numbers written (45% is 45), signs kept.
        assert_eq!(
            read(&["45%", "100 %", "-2.5%"], None),
            Some(vec![45.0, 100.0, -2.5])
        );
        // Both read, differently: the file's delimiter says which, else it stays text.
        assert_eq!(
            read(&["52,000", "61,500"], Some(b',')),
            Some(vec![52000.0, 61500.0])
        );
        assert_eq!(
            read(&["52,000", "61,500"], Some(b';')),
            Some(vec![52.0, 61.5])
        );
        assert_eq!(
            as_numbers(&["7", "52,000", "61,500"], Some(b'\t')),
            Reading::Ambiguous
        );
        assert_eq!(two_readings("52,000"), Some((52000.0, 52.0)));
        assert_eq!(two_readings("7"), None);
        // Words and dashes for "no value" are no value (NaN here) beside numbers.
        let marked = read(&["52000", "N/A", "-", "null", "3.5"], None).unwrap();
        assert_eq!((marked[0], marked[4]), (52000.0, 3.5));
        assert!(marked[1..4].iter().all(|x| x.is_nan()));
        // A value a plain number reads keeps that reading, whatever the file: an `N/A` beside it
        // does not make "1.234" 1234 (without the `N/A` the column is plain numbers, 1.234).
        for delimiter in [Some(b';'), Some(b'\t'), None] {
            assert_eq!(
                as_numbers(&["1.234", "N/A", "2.000"], delimiter),
                Reading::Numbers(vec![Some(1.234), None, Some(2.0)])
            );
        }
        assert_eq!(
            as_numbers(&["1.234", "52,000"], Some(b';')),
            Reading::Numbers(vec![Some(1.234), Some(52000.0)])
        );
        // A value only one notation reads settles it.
        assert_eq!(read(&["52,000", "3,5"], Some(b',')), Some(vec![52.0, 3.5]));
    }

    #[test]
    fn what_is_not_a_number_so_written_stays_text() {
        for values in [
            &["Sales", "3,5"][..],
            &["1,23,456"],
            &["12,34.5"],
            &["1.234.56"],
            &["1,000 USD"],
            &["%"],
            &["-"],
            &["N/A", "null"],
            &["5,"],
        ] {
            assert_eq!(read(values, Some(b',')), None, "{values:?}");
        }
    }
}
