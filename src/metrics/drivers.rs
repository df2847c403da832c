//! Who leaves, from people alone (SPEC §4.3 `drivers`): every attribute of the people table ranked
//! by its association with leaving, read as a person reads it.
//!
//! - A text attribute (2 to [`MAX_LEVELS`] levels): the exit share of each level with its Wilson
//!   interval, in the levels' natural order (numbers numerically; `Low < Medium < High < Very
//!   High` and the like; otherwise alphabetically), and the chi-square test of exit against level.
//! - A numeric attribute: the hazard ratio of leaving (Cox PH, Efron ties, on days from hire) per
//!   a unit a person reads — one step for a small whole-number scale (a level, a 1–4 rating, a 0/1
//!   flag), a year for a count of days, 1,000 for a money-like column, else one standard
//!   deviation — with its Wald test; and the exit share per quartile band (per value on a small
//!   scale).
//!
//! Each driver's p-value is adjusted for the number of attributes tested (Benjamini–Hochberg,
//! `p_adjusted`); drivers are ranked by it. Levels and bands below `min_group_size` people are
//! suppressed, and a text attribute's test uses only the levels shown.

use super::survival::Follow;
use crate::document::{finite, shown, Summary};
use crate::i18n::Message;
use crate::model::{Dataset, Text, Values};
use crate::privacy::{suppress, Grouped};
use crate::stats::contingency::chi_square;
use crate::stats::cox::{cox, CoxData, Ties};
use crate::stats::multiple::benjamini_hochberg;
use crate::stats::numbering::Numbering;
use crate::stats::order;
use crate::stats::wilson::wilson;
use crate::stats::{Estimate, TestResult, LEVEL};
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::borrow::{Borrow, Cow};
use std::cell::OnceCell;
use std::hash::Hash;

/// Text attributes with more levels than this are names or ids, not groups.
pub const MAX_LEVELS: usize = 20;
/// A whole-number attribute with at most this many values is a scale read a step at a time.
const SMALL_SCALE: usize = 10;
/// Days in a year, for attributes counted in days.
const DAYS_PER_YEAR: f64 = 365.25;

/// One attribute's association with leaving.
#[derive(Debug, Clone, Serialize)]
pub struct Driver {
    pub attribute: String,
    /// `"text"` or `"numeric"`.
    pub kind: &'static str,
    /// People with a value.
    pub n: usize,
    pub exits: usize,
    /// Numeric only: the hazard ratio per `unit`.
    pub hazard_ratio: Option<Estimate>,
    /// Numeric only: `"step"`, `"year"`, `"1000"` or `"sd"`, and its size in the attribute's units.
    pub unit: Option<&'static str>,
    pub unit_size: Option<f64>,
    /// Chi-square (text) or the Cox Wald test (numeric).
    pub test: Option<TestResult>,
    /// Benjamini–Hochberg across the attributes tested.
    pub p_adjusted: Option<f64>,
    /// Exit share per level (text), per value of a small scale, or per quartile band (numeric).
    pub levels: Vec<Grouped<LevelShare>>,
}

/// The people of one level and the share of them who left.
#[derive(Debug, Clone, Serialize)]
pub struct LevelShare {
    pub n: usize,
    pub exits: usize,
    pub share: Estimate,
}

/// Every attribute of people, ranked: the smallest adjusted p-value first, untested ones last.
pub(crate) fn drivers(d: &Dataset, follow: &[Follow], min_group_size: usize) -> Vec<Driver> {
    // Made at the first numeric attribute, for all of them.
    let leaving = OnceCell::new();
    let mut out: Vec<Driver> = d
        .people
        .extra
        .iter()
        .filter_map(|c| match &c.values {
            Values::Text(v) => text_driver(&c.name, v, follow, min_group_size),
            Values::Numeric(v) => {
                let leaving = leaving.get_or_init(|| Leaving::of(follow));
                numeric_driver(&c.name, v, leaving, min_group_size)
            }
        })
        .collect();
    let tested: Vec<usize> = (0..out.len()).filter(|&i| out[i].test.is_some()).collect();
    let p: Vec<f64> = tested
        .iter()
        .filter_map(|&i| out[i].test.as_ref().map(|t| t.p_value))
        .collect();
    for (&i, adj) in tested.iter().zip(benjamini_hochberg(&p)) {
        out[i].p_adjusted = Some(adj);
    }
    out.sort_by(|a, b| {
        let key = |x: &Driver| x.p_adjusted.unwrap_or(f64::INFINITY);
        key(a)
            .total_cmp(&key(b))
            .then_with(|| a.attribute.cmp(&b.attribute))
    });
    out
}

/// The natural rank of an ordinal word (lower is less), when it is one.
fn ordinal_rank(level: &str) -> Option<i32> {
    let w = crate::ingest::normalize(level);
    let rank = match w.as_str() {
        "none" | "never" => 0,
        "verylow" | "poor" | "rarely" => 1,
        "low" | "fair" | "belowaverage" | "sometimes" | "junior" => 2,
        "medium" | "moderate" | "mid" | "middle" | "average" | "good" | "often" => 3,
        "high" | "verygood" | "aboveaverage" | "senior" | "always" => 4,
        "veryhigh" | "excellent" | "outstanding" => 5,
        _ => return None,
    };
    Some(rank)
}

/// Levels in their natural order: numerically when every level is a number, by rank when every
/// level is an ordinal word, else alphabetically; the missing level last.
fn natural_order(levels: &mut [String]) {
    let missing = |s: &str| s == super::MISSING;
    let numbers: Option<Vec<f64>> = levels
        .iter()
        .filter(|l| !missing(l))
        .map(|l| l.parse::<f64>().ok())
        .collect();
    let ranks: Option<Vec<i32>> = levels
        .iter()
        .filter(|l| !missing(l))
        .map(|l| ordinal_rank(l))
        .collect();
    levels.sort_by(|a, b| {
        missing(a).cmp(&missing(b)).then_with(|| {
            if numbers.is_some() {
                let n = |s: &str| s.parse::<f64>().unwrap_or(f64::INFINITY);
                n(a).total_cmp(&n(b))
            } else if ranks.is_some() {
                ordinal_rank(a).cmp(&ordinal_rank(b))
            } else {
                a.cmp(b)
            }
        })
    });
}

/// People and exits per label.
type Tally<K> = FxHashMap<K, (usize, usize)>;

/// People and exits per label, in one pass; None as soon as there are more than `most` labels (a
/// name or an id column is not counted to its end).
fn tally<'a>(
    labels: impl Iterator<Item = &'a str>,
    follow: &[Follow],
    most: usize,
) -> Option<Tally<&'a str>> {
    let mut counts = Tally::default();
    for (l, f) in labels.zip(follow) {
        let c: &mut (usize, usize) = counts.entry(l).or_default();
        c.0 += 1;
        c.1 += usize::from(f.event);
        if counts.len() > most {
            return None;
        }
    }
    Some(counts)
}

/// [`tally`] of a text column's cells, counted per allocation (a word hashed instead of the
/// text) and then per label. A loaded column keeps one allocation per distinct text, so this is
/// the same count; cells that do not share theirs (more allocations than `most`) are counted by
/// their text.
fn text_tally<'a>(
    values: &'a [Option<Text>],
    follow: &[Follow],
    most: usize,
) -> Option<Tally<&'a str>> {
    let label = |v: &'a Option<Text>| v.as_deref().unwrap_or(super::MISSING);
    let mut allocations = Numbering::new(most);
    let mut by_allocation: Vec<(&'a str, usize, usize)> = Vec::new();
    for (v, f) in values.iter().zip(follow) {
        // The missing label as 0, which no allocation's address is.
        let at = v.as_ref().map_or(0, |t| t.as_ptr() as usize);
        let Some(k) = allocations.number(at as u64) else {
            return tally(values.iter().map(label), follow, most);
        };
        if k as usize == by_allocation.len() {
            by_allocation.push((label(v), 0, 0));
        }
        let c = &mut by_allocation[k as usize];
        c.1 += 1;
        c.2 += usize::from(f.event);
    }
    Some(labelled(by_allocation.into_iter()))
}

/// The distinct labels, sorted (before their natural order is applied).
fn distinct<K: Borrow<str>>(counts: &Tally<K>) -> Vec<String> {
    let mut out: Vec<String> = counts.keys().map(|k| k.borrow().to_string()).collect();
    out.sort_unstable();
    out
}

/// Exit share per label, in `order`, suppressed below `min_group_size`.
fn shares<K: Borrow<str> + Hash + Eq>(
    counts: &Tally<K>,
    order: &[String],
    min_group_size: usize,
) -> Vec<Grouped<LevelShare>> {
    let groups = order
        .iter()
        .filter_map(|level| {
            let (n, exits) = counts.get(level.as_str()).copied().unwrap_or_default();
            let share = wilson(exits, n, LEVEL).ok()?;
            Some((level.clone(), n, LevelShare { n, exits, share }))
        })
        .collect();
    suppress(groups, min_group_size)
}

fn text_driver(
    name: &str,
    values: &[Option<Text>],
    follow: &[Follow],
    min_group_size: usize,
) -> Option<Driver> {
    // The levels and the missing one.
    let counts = text_tally(values, follow, MAX_LEVELS + 1)?;
    let mut order = distinct(&counts);
    let present = order.iter().filter(|l| *l != super::MISSING).count();
    if !(2..=MAX_LEVELS).contains(&present) {
        return None;
    }
    natural_order(&mut order);
    let levels = shares(&counts, &order, min_group_size);
    let shown: Vec<Vec<usize>> = levels
        .iter()
        .filter_map(|g| match &g.cell {
            crate::privacy::Cell::Shown(s) => Some(vec![s.exits, s.n - s.exits]),
            _ => None,
        })
        .collect();
    let test = chi_square(&shown, false).ok();
    Some(Driver {
        attribute: name.to_string(),
        kind: "text",
        n: follow.len(),
        exits: follow.iter().filter(|f| f.event).count(),
        hazard_ratio: None,
        unit: None,
        unit_size: None,
        test,
        p_adjusted: None,
        levels,
    })
}

/// Whether `x` has at most `most` distinct values (numbered as they come, not sorted).
fn few_values(x: &[f64], most: usize) -> bool {
    let mut seen = Numbering::new(most);
    x.iter().all(|&v| seen.number(value_key(v)).is_some())
}

/// A number's key among distinct values: its bits, with −0 as 0 (which it equals).
fn value_key(v: f64) -> u64 {
    (v + 0.0).to_bits()
}

/// The unit a person reads an attribute in: its name and its size in the attribute's units.
fn unit(name: &str, x: &[f64]) -> (&'static str, f64) {
    let whole = x.iter().all(|v| v.fract() == 0.0);
    let words: Vec<&str> = name.split('_').collect();
    let has = |ws: &[&str]| words.iter().any(|w| ws.contains(w));
    let max = x.iter().fold(0.0f64, |m, v| m.max(v.abs()));
    if whole && few_values(x, SMALL_SCALE) {
        ("step", 1.0)
    } else if has(&["days", "day"]) {
        ("year", DAYS_PER_YEAR)
    } else if has(&[
        "income",
        "salary",
        "pay",
        "wage",
        "compensation",
        "bonus",
        "rate",
    ]) && max >= 1000.0
    {
        ("1000", 1000.0)
    } else {
        let n = x.len() as f64;
        let mean = x.iter().sum::<f64>() / n;
        let sd = (x.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / (n - 1.0)).sqrt();
        ("sd", sd)
    }
}

/// Times, events and the order by time from the last back, of some people.
type FollowUp<'l> = (Cow<'l, [f64]>, Cow<'l, [bool]>, Cow<'l, [usize]>);

/// Everyone's follow-up as the numeric drivers' fits read it, made once for all of them.
struct Leaving<'a> {
    follow: &'a [Follow],
    stop: Vec<f64>,
    event: Vec<bool>,
    /// Everyone by time from the last back, ties in row order.
    by_stop: Vec<usize>,
}

impl<'a> Leaving<'a> {
    fn of(follow: &'a [Follow]) -> Leaving<'a> {
        let stop: Vec<f64> = follow.iter().map(|f| f.time).collect();
        Leaving {
            follow,
            event: follow.iter().map(|f| f.event).collect(),
            by_stop: order::descending(&stop),
            stop,
        }
    }

    /// The follow-up of the people with a value (all of them: borrowed), and their order by
    /// time from the last back, taken from everyone's.
    fn of_rows(&self, values: &[Option<f64>], rows: &[usize]) -> FollowUp<'_> {
        if rows.len() == values.len() {
            return (
                Cow::Borrowed(&self.stop),
                Cow::Borrowed(&self.event),
                Cow::Borrowed(&self.by_stop),
            );
        }
        let mut local = vec![0; values.len()];
        for (k, &i) in rows.iter().enumerate() {
            local[i] = k;
        }
        let by_stop = self
            .by_stop
            .iter()
            .filter(|&&i| values[i].is_some())
            .map(|&i| local[i])
            .collect();
        (
            rows.iter().map(|&i| self.stop[i]).collect(),
            rows.iter().map(|&i| self.event[i]).collect(),
            Cow::Owned(by_stop),
        )
    }
}

fn numeric_driver(
    name: &str,
    values: &[Option<f64>],
    leaving: &Leaving<'_>,
    min_group_size: usize,
) -> Option<Driver> {
    let follow = leaving.follow;
    let rows: Vec<usize> = (0..values.len()).filter(|&i| values[i].is_some()).collect();
    let x: Vec<f64> = rows.iter().filter_map(|&i| values[i]).collect();
    if x.len() < 2 || x.iter().all(|v| *v == x[0]) {
        return None;
    }
    let (unit, size) = unit(name, &x);
    if !(size.is_finite() && size > 0.0) {
        return None;
    }
    let (stop, event, by_stop) = leaving.of_rows(values, &rows);
    let scaled = vec![x.iter().map(|v| v / size).collect::<Vec<f64>>()];
    let names = vec![name.to_string()];
    let fit = cox(
        &CoxData {
            start: None,
            stop: &stop,
            event: &event,
            x: &scaled,
            names: &names,
            weights: None,
            robust: false,
            concordance: false,
            by_stop: Some(&by_stop),
        },
        Ties::Efron,
        LEVEL,
    )
    .ok();
    let term = fit.as_ref().and_then(|f| f.terms.first());
    let hazard_ratio = term.map(|t| Estimate {
        value: t.hazard_ratio,
        n: x.len(),
        ci_low: Some(t.ci_low),
        ci_high: Some(t.ci_high),
        level: Some(LEVEL),
        method: format!("Cox PH, Efron ties, per {}", unit_words(unit, size)),
    });
    let test = term.map(|t| TestResult {
        statistic: t.z * t.z,
        df: Some(1.0),
        p_value: t.p_value,
        method: "Wald test of the Cox coefficient".into(),
    });
    let counts = (unit == "step")
        .then(|| value_tally(values, follow, SMALL_SCALE))
        .flatten()
        .unwrap_or_else(|| band_tally(values, follow));
    let mut order = distinct(&counts);
    // Bands and values by their lower end.
    order.sort_by(|a, b| {
        let low = |s: &str| {
            let first = s.split('–').next().unwrap_or(s);
            first.parse::<f64>().unwrap_or(f64::INFINITY)
        };
        low(a).total_cmp(&low(b))
    });
    Some(Driver {
        attribute: name.to_string(),
        kind: "numeric",
        n: x.len(),
        exits: event.iter().filter(|e| **e).count(),
        hazard_ratio,
        unit: Some(unit),
        unit_size: Some(size),
        test,
        p_adjusted: None,
        levels: shares(&counts, &order, min_group_size),
    })
}

/// People and exits per value of a small scale (at most `most` values, else `None`), labelled as
/// whole numbers: counted per value, then labelled.
fn value_tally(values: &[Option<f64>], follow: &[Follow], most: usize) -> Option<Tally<String>> {
    let mut numbering = Numbering::new(most);
    let mut per_value: Vec<(f64, usize, usize)> = Vec::new();
    for (v, f) in values.iter().zip(follow) {
        let Some(v) = *v else { continue };
        let at = numbering.number(value_key(v))? as usize;
        if at == per_value.len() {
            per_value.push((v, 0, 0));
        }
        per_value[at].1 += 1;
        per_value[at].2 += usize::from(f.event);
    }
    Some(labelled(
        per_value
            .iter()
            .map(|&(v, n, exits)| (format!("{}", v as i64), n, exits)),
    ))
}

/// People and exits per quartile band: counted per band, then labelled.
fn band_tally(values: &[Option<f64>], follow: &[Follow]) -> Tally<String> {
    let (band, labels) = super::survival::quantile_bands(values, 4);
    let mut per_band = vec![(0, 0); labels.len()];
    for (b, f) in band.iter().zip(follow) {
        if let Some(b) = *b {
            per_band[b].0 += 1;
            per_band[b].1 += usize::from(f.event);
        }
    }
    labelled(
        labels
            .into_iter()
            .zip(per_band)
            .filter(|(_, (n, _))| *n > 0)
            .map(|(label, (n, exits))| (label, n, exits)),
    )
}

/// Counts summed per label (values or bands that read the same count as one).
fn labelled<K: Hash + Eq>(counts: impl Iterator<Item = (K, usize, usize)>) -> Tally<K> {
    let mut out = Tally::default();
    for (label, n, exits) in counts {
        let c: &mut (usize, usize) = out.entry(label).or_default();
        c.0 += n;
        c.1 += exits;
    }
    out
}

/// How a unit reads in a method's name.
fn unit_words(unit: &str, size: f64) -> String {
    match unit {
        "step" => "step of 1".into(),
        "year" => "year (365.25 days)".into(),
        "1000" => "1,000".into(),
        _ => format!("standard deviation ({size:.3})"),
    }
}

// The analysis as a program manager reads it: its summary as text and on the page.

/// Drivers of leaving a summary lists (those whose adjusted p is below 0.05).
const TOP_DRIVERS: usize = 3;

/// Who leaves: the attributes most associated with leaving (adjusted p), read as shares per
/// level or as a hazard ratio per unit.
pub(crate) fn summarise_drivers(s: &mut Summary, list: &[Driver]) {
    let shown: Vec<&Driver> = list
        .iter()
        .filter(|x| x.p_adjusted.and_then(finite).is_some_and(|p| p < 0.05))
        .take(TOP_DRIVERS)
        .collect();
    if shown.is_empty() {
        return;
    }
    let title = s.m(Message::new("text-drivers").count("tested", list.len()));
    s.line(&title);
    let rows = shown
        .iter()
        .map(|x| vec![x.attribute.clone(), driver_text(s, x), s.p(x.p_adjusted)])
        .collect();
    s.table(&["col-attribute", "col-exits", "col-p-adjusted"], rows);
}

fn driver_text(s: &Summary, x: &Driver) -> String {
    if x.kind == "numeric" {
        let unit = match x.unit {
            Some("step") => "step",
            Some("year") => "year",
            Some("1000") => "thousand",
            _ => "sd",
        };
        return s.m(Message::new("text-per-unit")
            .text("ratio", s.estimated_ratio(x.hazard_ratio.as_ref()))
            .text("unit", unit)
            .text("sd", s.num(x.unit_size, 2)));
    }
    // The levels that left most and least.
    let mut levels: Vec<_> = shown(&x.levels).collect();
    let share =
        |l: &(&str, &crate::metrics::drivers::LevelShare)| finite(l.1.share.value).unwrap_or(0.0);
    levels.sort_by(|a, b| share(b).total_cmp(&share(a)));
    match (levels.first(), levels.last()) {
        (Some(hi), Some(lo)) if levels.len() > 1 => format!(
            "{} {} … {} {}",
            hi.0,
            s.rate(Some(&hi.1.share)),
            lo.0,
            s.rate(Some(&lo.1.share))
        ),
        _ => "—".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinal_levels_sort_naturally() {
        let mut l: Vec<String> = ["High", "Low", "Medium", "Very_High", "(missing)"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        natural_order(&mut l);
        assert_eq!(l, vec!["Low", "Medium", "High", "Very_High", "(missing)"]);
        let mut n: Vec<String> = ["10", "2", "1"].iter().map(|s| s.to_string()).collect();
        natural_order(&mut n);
        assert_eq!(n, vec!["1", "2", "10"]);
        let mut t: Vec<String> = ["Sales", "HR", "R&D"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        natural_order(&mut t);
        assert_eq!(t, vec!["HR", "R&D", "Sales"]);
    }

    #[test]
    fn units_read_as_people_read_them() {
        assert_eq!(unit("job_level", &[1.0, 2.0, 3.0, 2.0]).0, "step");
        assert_eq!(
            unit(
                "tenure_days",
                &[100.0, 2000.0, 8583.0, 40.0, 17.0, 11.0, 900.0, 1.0, 3.0, 4.0, 5.0]
            )
            .0,
            "year"
        );
        let income: Vec<f64> = (0..50).map(|i| 2000.0 + 137.0 * f64::from(i)).collect();
        assert_eq!(unit("monthly_income", &income), ("1000", 1000.0));
        let score: Vec<f64> = (0..50).map(|i| f64::from(i) * 0.37).collect();
        assert_eq!(unit("performance", &score).0, "sd");
    }

    /// A text attribute of `levels` levels over 100 people (every eleventh cell missing when asked),
    /// each cell its own allocation.
    fn attribute(levels: usize, missing: bool) -> Option<Driver> {
        attribute_of(levels, missing, false)
    }

    /// [`attribute`], the cells of a level sharing one allocation when `shared` (as loaded).
    fn attribute_of(levels: usize, missing: bool, shared: bool) -> Option<Driver> {
        let follow: Vec<Follow> = (0..100)
            .map(|i| Follow {
                time: f64::from(i + 1),
                event: i % 3 == 0,
            })
            .collect();
        let label: Vec<Text> = (0..levels).map(|l| format!("L{l}").into()).collect();
        let values: Vec<Option<Text>> = (0..100)
            .map(|i| {
                (!(missing && i % 11 == 10)).then(|| match shared {
                    true => label[i % levels].clone(),
                    false => format!("L{}", i % levels).into(),
                })
            })
            .collect();
        text_driver("attribute", &values, &follow, 1)
    }

    #[test]
    fn shared_and_separate_cells_count_the_same() {
        let json = |d: Option<Driver>| serde_json::to_string(&d).unwrap();
        for levels in [1, 2, 3, MAX_LEVELS, MAX_LEVELS + 1] {
            for missing in [false, true] {
                let shared = attribute_of(levels, missing, true);
                assert_eq!(shared.is_some(), (2..=MAX_LEVELS).contains(&levels));
                assert_eq!(json(shared), json(attribute_of(levels, missing, false)));
            }
        }
    }

    #[test]
    fn text_attributes_of_too_many_levels_are_not_drivers() {
        for missing in [false, true] {
            let kept = attribute(MAX_LEVELS, missing).expect("MAX_LEVELS levels are a driver");
            let missing_level = usize::from(missing);
            assert_eq!(kept.levels.len(), MAX_LEVELS + missing_level);
            assert!(attribute(MAX_LEVELS + 1, missing).is_none());
            assert!(attribute(1, missing).is_none());
        }
    }

    /// A numeric driver with missing cells is fitted on the people with a value: the fit of
    /// those rows alone, bit for bit, its order taken from everyone's (tied times included).
    #[test]
    fn a_numeric_driver_fits_the_people_with_a_value() {
        let follow: Vec<Follow> = (0..300)
            .map(|i| Follow {
                time: f64::from(i * 37 % 91 + 1),
                event: i % 4 != 1,
            })
            .collect();
        let values: Vec<Option<f64>> = (0..300)
            .map(|i| (i % 7 != 3).then(|| f64::from(i * 13 % 17) * 0.37))
            .collect();
        let driver = numeric_driver("score", &values, &Leaving::of(&follow), 1)
            .expect("a varying score is a driver");
        let kept: Vec<usize> = (0..300).filter(|&i| values[i].is_some()).collect();
        let size = driver.unit_size.expect("a unit");
        let x = vec![kept
            .iter()
            .map(|&i| values[i].unwrap_or(0.0) / size)
            .collect()];
        let names = vec!["score".to_string()];
        let fit = cox(
            &CoxData {
                start: None,
                stop: &kept.iter().map(|&i| follow[i].time).collect::<Vec<_>>(),
                event: &kept.iter().map(|&i| follow[i].event).collect::<Vec<_>>(),
                x: &x,
                names: &names,
                weights: None,
                robust: false,
                concordance: false,
                by_stop: None,
            },
            Ties::Efron,
            LEVEL,
        )
        .expect("the rows with a value fit");
        let hr = driver.hazard_ratio.expect("a hazard ratio");
        assert_eq!(hr.value.to_bits(), fit.terms[0].hazard_ratio.to_bits());
        assert_eq!(hr.ci_low, Some(fit.terms[0].ci_low));
        assert_eq!(driver.n, kept.len());
    }
}
