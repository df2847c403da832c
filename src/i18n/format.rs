//! Numbers and dates as each language writes them (CLDR's conventions for the five languages):
//! the decimal sign, the grouping of thousands and the short date.

use super::Locale;
use crate::model::date::{self, Day};

/// How a language writes a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberStyle {
    pub decimal: char,
    pub group: char,
    /// Digits before the first group sign appears: 4 in English ("1,408"), 5 in Spanish ("1408",
    /// "14.080"; CLDR's minimum grouping digits of 2).
    pub group_from_digits: usize,
}

impl NumberStyle {
    pub fn of(locale: Locale) -> NumberStyle {
        let (decimal, group, group_from_digits) = match locale {
            Locale::En => ('.', ',', 4),
            Locale::De | Locale::Nl => (',', '.', 4),
            // A narrow no-break space, as CLDR has it for French.
            Locale::Fr => (',', '\u{202F}', 4),
            Locale::Es => (',', '.', 5),
        };
        NumberStyle {
            decimal,
            group,
            group_from_digits,
        }
    }
}

/// `value` written in `locale`: with `places` decimals when given, else as short as it is.
pub fn number(value: f64, places: Option<usize>, locale: Locale) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let plain = match places {
        Some(p) => format!("{value:.p$}"),
        None if value.fract() == 0.0 && value.abs() < 1e15 => format!("{}", value as i64),
        None => format!("{value}"),
    };
    let style = NumberStyle::of(locale);
    let (sign, digits) = match plain.strip_prefix('-') {
        // "-0" from rounding a small negative number reads as 0.
        Some(rest) if rest.chars().any(|c| c.is_ascii_digit() && c != '0') => ("-", rest),
        Some(rest) => ("", rest),
        None => ("", plain.as_str()),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let mut out = String::with_capacity(plain.len() + 4);
    out.push_str(sign);
    let grouped = int.len() >= style.group_from_digits;
    for (i, c) in int.chars().enumerate() {
        if grouped && i > 0 && (int.len() - i) % 3 == 0 {
            out.push(style.group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(style.decimal);
        out.push_str(frac);
    }
    out
}

/// A day in the language's short numeric form: ISO in English (`2025-06-30`), `30.06.2025` in
/// German, `30/06/2025` in French and Spanish, `30-06-2025` in Dutch.
pub fn day(d: Day, locale: Locale) -> String {
    let (y, m, dd) = date::to_ymd(d);
    match locale {
        Locale::En => date::format(d),
        Locale::De => format!("{dd:02}.{m:02}.{y}"),
        Locale::Fr | Locale::Es => format!("{dd:02}/{m:02}/{y}"),
        Locale::Nl => format!("{dd:02}-{m:02}-{y}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_each_language() {
        assert_eq!(number(1408.0, None, Locale::En), "1,408");
        assert_eq!(number(1408.0, None, Locale::De), "1.408");
        assert_eq!(number(1408.0, None, Locale::Es), "1408");
        assert_eq!(number(14080.0, None, Locale::Es), "14.080");
        assert_eq!(number(1408.5, Some(2), Locale::Fr), "1\u{202F}408,50");
        assert_eq!(number(0.6, Some(2), Locale::De), "0,60");
        assert_eq!(number(0.6, None, Locale::Nl), "0,6");
        assert_eq!(number(-0.12, None, Locale::De), "-0,12");
        assert_eq!(number(-0.001, Some(2), Locale::En), "0.00");
        assert_eq!(number(999.0, None, Locale::En), "999");
        assert_eq!(number(1_234_567.0, None, Locale::De), "1.234.567");
    }

    #[test]
    fn dates_follow_each_language() {
        let d = date::parse("2025-06-30").unwrap();
        assert_eq!(day(d, Locale::En), "2025-06-30");
        assert_eq!(day(d, Locale::De), "30.06.2025");
        assert_eq!(day(d, Locale::Fr), "30/06/2025");
        assert_eq!(day(d, Locale::Nl), "30-06-2025");
    }
}
