//! Dates as days since 1970-01-01 (the representation polars uses for `Date`).
//!
//! The civil-from-days conversions are Howard Hinnant's `days_from_civil` / `civil_from_days`
//! algorithms (proleptic Gregorian calendar), exact for every date we accept (years 1000–9999).

/// Days since 1970-01-01.
pub type Day = i32;

/// Days since 1970-01-01 of a civil date, or `None` when the date does not exist.
#[inline(always)]
pub fn from_ymd(y: i32, m: u32, d: u32) -> Option<Day> {
    if !(1..=12).contains(&m) || d == 0 {
        return None;
    }
    // Most dates fall in the table: a lookup instead of the arithmetic's divisions.
    let k = (y - TABLE_FIRST_YEAR) * 12 + m as i32 - 1;
    if let Some(&[start, next]) = usize::try_from(k)
        .ok()
        .and_then(|k| MONTH_STARTS.get(k..k + 2))
    {
        return (d as i32 <= next - start).then(|| start + d as i32 - 1);
    }
    (d <= days_in_month(y, m)).then(|| civil(y, m, d))
}

/// Days since 1970-01-01 of a civil date that exists.
const fn civil(y: i32, m: u32, d: u32) -> Day {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i32 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

const TABLE_FIRST_YEAR: i32 = 1900;
const TABLE_MONTHS: usize = 300 * 12;

/// The first day of every month from 1900 to 2199, and of January 2200.
static MONTH_STARTS: [Day; TABLE_MONTHS + 1] = {
    let mut out = [0; TABLE_MONTHS + 1];
    let mut k = 0;
    while k <= TABLE_MONTHS {
        out[k] = civil(TABLE_FIRST_YEAR + (k / 12) as i32, (k % 12) as u32 + 1, 1);
        k += 1;
    }
    out
};

/// The civil date (year, month, day) of a day number.
pub fn to_ymd(z: Day) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// A day's month as one number, `year × 12 + month − 1`. Days the table holds are found in it:
/// counting 146,097 days to 4,800 months (the calendar's 400-year cycle) lands on the month or
/// one beside it, which a comparison settles (a session's month by [`to_ymd`]'s divisions was an
/// eighth of engagement's time).
pub fn month_key(day: Day) -> i32 {
    let first = MONTH_STARTS[0];
    if !(first..MONTH_STARTS[TABLE_MONTHS]).contains(&day) {
        let (y, m, _) = to_ymd(day);
        return y * 12 + m as i32 - 1;
    }
    let mut k = ((day - first) as i64 * 4_800 / 146_097) as usize;
    while MONTH_STARTS[k] > day {
        k -= 1;
    }
    while MONTH_STARTS[k + 1] <= day {
        k += 1;
    }
    TABLE_FIRST_YEAR * 12 + k as i32
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `YYYY-MM-DD`.
pub fn format(day: Day) -> String {
    let (y, m, d) = to_ymd(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `YYYY-MM` of the month holding `day`.
pub fn month_label(day: Day) -> String {
    let (y, m, _) = to_ymd(day);
    format!("{y:04}-{m:02}")
}

/// Monday of the ISO week holding `day` (1970-01-01 was a Thursday).
pub fn week_start(day: Day) -> Day {
    day - (day + 3).rem_euclid(7)
}

/// ISO week label `YYYY-Www` of the week holding `day`; the ISO year is the year of its Thursday.
pub fn week_label(day: Day) -> String {
    let thursday = week_start(day) + 3;
    let (y, _, _) = to_ymd(thursday);
    let jan1 = from_ymd(y, 1, 1).unwrap_or(thursday);
    let week = (thursday - jan1) / 7 + 1;
    format!("{y:04}-W{week:02}")
}

/// Parses an ISO 8601 date (`2025-03-14`) or datetime (`2025-03-14T09:30:00Z`,
/// `2025-03-14 09:30`, `2025-03-14T23:30:00-02:00`). A datetime is converted to UTC and truncated
/// to its date; one without an offset is taken as UTC.
pub fn parse(text: &str) -> Option<Day> {
    let s = super::trim(text);
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y = digits(&b[0..4])? as i32;
    let m = digits(&b[5..7])?;
    let d = digits(&b[8..10])?;
    if y < 1000 {
        return None;
    }
    let day = from_ymd(y, m, d)?;
    if b.len() == 10 {
        return Some(day);
    }
    if b[10] != b'T' && b[10] != b't' && b[10] != b' ' {
        return None;
    }
    let rest = &s[11..];
    let (time, offset_minutes) = split_offset(rest)?;
    let minutes = parse_time(time)?;
    let utc = minutes - offset_minutes;
    Some(day + utc.div_euclid(24 * 60))
}

fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |acc, c| {
        c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
    })
}

/// Splits `09:30:00Z` / `09:30:00+02:00` / `09:30` into the time part and the offset in minutes.
fn split_offset(rest: &str) -> Option<(&str, i32)> {
    if let Some(t) = rest.strip_suffix(['Z', 'z']) {
        return Some((t, 0));
    }
    if let Some(pos) = rest.rfind(['+', '-']) {
        let (time, off) = rest.split_at(pos);
        let sign = if off.starts_with('-') { -1 } else { 1 };
        let ob = &off.as_bytes()[1..];
        let (h, m) = match ob.len() {
            5 if ob[2] == b':' => (digits(&ob[0..2])?, digits(&ob[3..5])?),
            4 => (digits(&ob[0..2])?, digits(&ob[2..4])?),
            2 => (digits(ob)?, 0),
            _ => return None,
        };
        if h > 23 || m > 59 {
            return None;
        }
        return Some((time, sign * (h * 60 + m) as i32));
    }
    Some((rest, 0))
}

/// Minutes since midnight of `HH:MM[:SS[.fff]]`.
fn parse_time(t: &str) -> Option<i32> {
    let b = t.as_bytes();
    if b.len() < 5 || b[2] != b':' {
        return None;
    }
    let h = digits(&b[0..2])?;
    let m = digits(&b[3..5])?;
    if h > 23 || m > 59 {
        return None;
    }
    if b.len() > 5 {
        if b[5] != b':' || b.len() < 8 || digits(&b[6..8])? > 60 {
            return None;
        }
        if b.len() > 8 && (b[8] != b'.' || b.len() == 9 || digits(&b[9..]).is_none()) {
            return None;
        }
    }
    Some((h * 60 + m) as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_ymd_agrees_with_the_arithmetic_in_and_around_the_table() {
        for y in [
            1000, 1600, 1899, 1900, 1901, 1970, 2000, 2024, 2100, 2198, 2199, 2200, 2201, 9999,
        ]
        .into_iter()
        .chain(1890..2210)
        {
            for m in 0..=13 {
                for d in 0..=32 {
                    let exists = (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m);
                    let want = exists.then(|| civil(y, m, d));
                    assert_eq!(from_ymd(y, m, d), want, "{y}-{m}-{d}");
                }
            }
        }
        assert_eq!(from_ymd(1970, 1, 1), Some(0));
        assert_eq!(from_ymd(2000, 2, 29), Some(11_016));
        assert_eq!(from_ymd(1900, 2, 29), None);
    }

    #[test]
    fn trim_is_str_trim() {
        for s in [
            "",
            " ",
            "a",
            " a ",
            "\u{a0}a",
            "a\u{2003}",
            "\tP1\r",
            "P 1",
            "é",
            " é",
            "~x~",
            "\u{7f}",
        ] {
            assert_eq!(super::super::trim(s), s.trim(), "{s:?}");
        }
    }
    use proptest::prelude::*;

    #[test]
    fn known_days() {
        assert_eq!(from_ymd(1970, 1, 1), Some(0));
        assert_eq!(from_ymd(2000, 3, 1), Some(11_017));
        assert_eq!(from_ymd(2024, 2, 29), Some(19_782));
        assert_eq!(from_ymd(2023, 2, 29), None);
        assert_eq!(from_ymd(2025, 13, 2), None);
        assert_eq!(format(19_782), "2024-02-29");
    }

    #[test]
    fn parses_dates_and_datetimes() {
        let d = from_ymd(2025, 3, 14).unwrap();
        assert_eq!(parse("2025-03-14"), Some(d));
        assert_eq!(parse(" 2025-03-14 "), Some(d));
        assert_eq!(parse("2025-03-14T09:30:00Z"), Some(d));
        assert_eq!(parse("2025-03-14T09:30:00.123Z"), Some(d));
        assert_eq!(parse("2025-03-14 09:30"), Some(d));
        assert_eq!(parse("2025-03-14T23:30:00-02:00"), Some(d + 1));
        assert_eq!(parse("2025-03-14T01:00:00+02:00"), Some(d - 1));
        for bad in [
            "2025-13-02",
            "2025-02-30",
            "14/03/2025",
            "2025-3-14",
            "",
            "2025-03-14T25:00",
            "2025-03-14Tnoon",
            "0099-01-01",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn iso_weeks() {
        // 2021-01-03 is a Sunday in ISO week 2020-W53; 2021-01-04 is the Monday of 2021-W01.
        assert_eq!(week_label(from_ymd(2021, 1, 3).unwrap()), "2020-W53");
        assert_eq!(week_label(from_ymd(2021, 1, 4).unwrap()), "2021-W01");
        assert_eq!(
            week_start(from_ymd(2025, 3, 14).unwrap()),
            from_ymd(2025, 3, 10).unwrap()
        );
    }

    #[test]
    fn month_key_is_the_civil_month_on_every_day_of_the_table_and_past_its_ends() {
        let (first, end) = (MONTH_STARTS[0], MONTH_STARTS[TABLE_MONTHS]);
        for day in first - 400..end + 400 {
            let (y, m, _) = to_ymd(day);
            assert_eq!(month_key(day), y * 12 + m as i32 - 1, "day {day}");
        }
    }

    proptest! {
        #[test]
        fn civil_round_trip(day in -200_000i32..200_000) {
            let (y, m, d) = to_ymd(day);
            prop_assert_eq!(month_key(day), y * 12 + m as i32 - 1);
            prop_assert_eq!(from_ymd(y, m, d), Some(day));
            if (1000..=9999).contains(&y) {
                prop_assert_eq!(parse(&format(day)), Some(day));
            }
        }
    }
}
