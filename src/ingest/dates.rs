//! Date formats as exports write them (`M/D/YYYY`, `DD.MM.YYYY`, ...): a mapping's `date_format`
//! parsed once, cells read by it, and the formats a column of unreadable dates looks like, so that
//! 13,000 US dates are one message naming their format rather than 13,000 messages (SPEC §2.1).

use crate::model::date::{self, Day};

/// One piece of a date format.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Part {
    /// Four digits.
    Year,
    /// One or two digits (`M` and `MM` read the same: exports pad some months and not others).
    Month,
    Day,
    /// A separator, matched as written.
    Literal(char),
}

/// A date format written with `YYYY`, `MM`, `M`, `DD`, `D` and any separators.
#[derive(Debug, Clone, PartialEq)]
pub struct DateFormat {
    parts: Vec<Part>,
    text: String,
}

impl std::fmt::Display for DateFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// The formats an unreadable date column is tried against, to name the one it looks like. ISO
/// (`YYYY-MM-DD`) is not among them: it is always read.
const CANDIDATES: [&str; 8] = [
    "M/D/YYYY", "D/M/YYYY", "D.M.YYYY", "M.D.YYYY", "D-M-YYYY", "M-D-YYYY", "YYYY/M/D", "YYYY.M.D",
];

impl DateFormat {
    /// Parses a format; None unless it holds each of year, month and day once, and letters only in
    /// those (a format is short: longer text is refused).
    pub fn parse(text: &str) -> Option<DateFormat> {
        if text.len() > 40 {
            return None;
        }
        let chars: Vec<char> = text.chars().collect();
        let mut parts = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let run = chars[i..].iter().take_while(|&&x| x == c).count();
            let part = match (c, run) {
                ('Y', 4) => Part::Year,
                ('M', 1 | 2) => Part::Month,
                ('D', 1 | 2) => Part::Day,
                (c, _) if c.is_alphanumeric() => return None,
                (c, _) => {
                    parts.push(Part::Literal(c));
                    i += 1;
                    continue;
                }
            };
            parts.push(part);
            i += run;
        }
        let once = |p: Part| parts.iter().filter(|&&q| q == p).count() == 1;
        (once(Part::Year) && once(Part::Month) && once(Part::Day)).then(|| DateFormat {
            parts,
            text: text.to_string(),
        })
    }

    /// The day `s` names in this format; a time after the date (past a space or `T`) is ignored.
    pub fn read(&self, s: &str) -> Option<Day> {
        let b = s.as_bytes();
        let (mut i, mut y, mut m, mut d) = (0, 0, 0, 0);
        for part in &self.parts {
            match part {
                Part::Literal(c) if c.is_ascii() => {
                    if b.get(i) != Some(&(*c as u8)) {
                        return None;
                    }
                    i += 1;
                }
                Part::Literal(c) => {
                    let mut buf = [0; 4];
                    let lit = c.encode_utf8(&mut buf).as_bytes();
                    if !b[i..].starts_with(lit) {
                        return None;
                    }
                    i += lit.len();
                }
                Part::Year => {
                    y = digits(b, &mut i, 4, 4)?;
                }
                Part::Month => m = digits(b, &mut i, 1, 2)?,
                Part::Day => d = digits(b, &mut i, 1, 2)?,
            }
        }
        let rest = &b[i..];
        if !(rest.is_empty() || rest[0] == b' ' || rest[0] == b'T') || y < 1000 {
            return None;
        }
        date::from_ymd(y as i32, m, d)
    }
}

/// Reads `min..=max` ASCII digits at `*i`, moving past them.
fn digits(b: &[u8], i: &mut usize, min: usize, max: usize) -> Option<u32> {
    let (mut v, mut n) = (0, 0);
    while let Some(c) = b.get(*i + n).filter(|c| n < max && c.is_ascii_digit()) {
        v = v * 10 + u32::from(c - b'0');
        n += 1;
    }
    *i += n;
    (n >= min).then_some(v)
}

/// The formats (of [`CANDIDATES`]) in which every one of `values` is a date.
pub fn looks_like<'v>(values: impl Iterator<Item = &'v str> + Clone) -> Vec<&'static str> {
    CANDIDATES
        .iter()
        .copied()
        .filter(|f| {
            let format = DateFormat::parse(f);
            format.is_some_and(|format| values.clone().all(|v| format.read(v).is_some()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Option<Day> {
        date::from_ymd(y, m, d)
    }

    #[test]
    fn formats_read_as_written() {
        let us = DateFormat::parse("M/D/YYYY").unwrap();
        assert_eq!(us.read("3/14/2025"), day(2025, 3, 14));
        assert_eq!(us.read("03/04/2025"), day(2025, 3, 4));
        assert_eq!(us.read("3/14/2025 09:30"), day(2025, 3, 14));
        assert_eq!(us.read("14/3/2025"), None);
        assert_eq!(us.read("3/14/25"), None);
        assert_eq!(us.read("3-14-2025"), None);
        // At most two digits of a month or day, exactly four of a year.
        assert_eq!(us.read("123/4/2025"), None);
        assert_eq!(us.read("3/14/20255"), None);
        assert_eq!(us.read("3//2025"), None);
        let de = DateFormat::parse("DD.MM.YYYY").unwrap();
        assert_eq!(de.read("30.06.2025"), day(2025, 6, 30));
        assert_eq!(de.read("31.06.2025"), None);
        let packed = DateFormat::parse("YYYYMMDD").unwrap();
        assert_eq!(packed.read("20250630"), day(2025, 6, 30));
    }

    #[test]
    fn nonsense_formats_are_refused() {
        for f in [
            "",
            "YYYY",
            "M/D/YY",
            "Q/D/YYYY",
            "D/D/YYYY",
            "MMM D YYYY",
            &"-".repeat(100),
        ] {
            assert!(DateFormat::parse(f).is_none(), "{f}");
        }
    }

    #[test]
    fn a_column_names_the_formats_it_fits() {
        let us = ["8/19/2022", "12/1/2023"];
        assert_eq!(looks_like(us.iter().copied()), vec!["M/D/YYYY"]);
        let either = ["1/2/2022", "3/4/2023"];
        assert_eq!(
            looks_like(either.iter().copied()),
            vec!["M/D/YYYY", "D/M/YYYY"]
        );
        assert!(looks_like(["soon", "1/2/2022"].iter().copied()).is_empty());
    }
}
