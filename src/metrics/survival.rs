//! The survival toolkit the analyses share: a person's follow-up from hire (`Follow`), their
//! group labels for `by`, the group comparison (rates, Kaplan–Meier, the test of independence,
//! 2×2 measures, log-rank) behind privacy suppression, the design matrix of covariates, and the
//! Cox fit with honest exposure: `mentored` time-varying from the start of a person's first pair,
//! beside the naive "ever mentored" fit, with a warning of immortal-time bias when they differ by
//! more than [`MATERIAL_LOG_HR`]. Retention, progression, the risk score's exit model and
//! matching's model of pairs (its design of pair features fitted as a [`Design`]) use it; none of
//! them reaches into another's internals.

use super::people::{person_column, person_column_names, PersonColumn, PersonFacts, FEATURES};
use crate::document::Summary;
use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::model::date::Day;
use crate::model::schema::Choice;
use crate::model::{Dataset, ExitType, Table};
use crate::privacy::{suppress, warn_suppressed, Grouped};
use crate::stats::contingency::{chi_square, fisher_exact};
use crate::stats::cox::{cox, CoxData, CoxFit, Ties};
use crate::stats::kaplan_meier::{kaplan_meier, KmRow, Quantile};
use crate::stats::logrank::logrank;
use crate::stats::math::ln;
use crate::stats::ratio::{odds_ratio, risk_ratio};
use crate::stats::wilson::wilson;
use crate::stats::{Estimate, TestResult, LEVEL};
use crate::warning::{code, Warning};
use serde::Serialize;
use std::borrow::Cow;

/// A naive and a time-varying hazard ratio "differ materially" beyond this distance in log HR (≈10%).
pub const MATERIAL_LOG_HR: f64 = 0.1;

/// Which exits are events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Exits {
    #[default]
    All,
    Voluntary,
}

impl Choice for Exits {
    const ALL: &'static [Exits] = &[Exits::All, Exits::Voluntary];

    fn name(self) -> &'static str {
        match self {
            Exits::All => "all",
            Exits::Voluntary => "voluntary",
        }
    }
}

super::options::choice_serde!(Exits, Exposure);

/// How being mentored enters the Cox model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Exposure {
    #[default]
    TimeVarying,
    Ever,
    Landmark,
}

impl Choice for Exposure {
    const ALL: &'static [Exposure] = &[Exposure::TimeVarying, Exposure::Ever, Exposure::Landmark];

    fn name(self) -> &'static str {
        match self {
            Exposure::TimeVarying => "time-varying",
            Exposure::Ever => "ever",
            Exposure::Landmark => "landmark",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Km {
    pub table: Vec<KmRow>,
    pub median: Quantile,
    /// The times by which a quarter and three quarters of the events have happened.
    pub q25: Quantile,
    pub q75: Quantile,
    pub method: String,
}

impl From<crate::stats::kaplan_meier::KaplanMeier> for Km {
    fn from(k: crate::stats::kaplan_meier::KaplanMeier) -> Km {
        Km {
            table: k.table,
            median: k.median,
            q25: k.q25,
            q75: k.q75,
            method: k.method,
        }
    }
}

/// The most steps a curve keeps in a report (the analyses keep every step).
pub const DRAWN_STEPS: usize = 400;
/// A pixel's worth of a curve drawn 400 px tall: a step that moves the curve or its interval by
/// less is merged into the next kept one.
const PIXEL: f64 = 1.0 / 400.0;

/// A Kaplan–Meier table thinned for drawing (the report's curves, SPEC §4.2): the first and last
/// steps, and every step where the curve or its interval has moved by more than a pixel's worth
/// since the last step kept, at most [`DRAWN_STEPS`] (the pixel grows until they fit). A kept step
/// counts the events and censored of the steps merged into it, and the number at risk at the first
/// of them, so that totals stay whole.
pub fn thinned(table: &[KmRow]) -> Vec<KmRow> {
    let mut pixel = PIXEL;
    loop {
        let kept = thin(table, pixel);
        if kept.len() <= DRAWN_STEPS {
            return kept;
        }
        pixel *= 1.5;
    }
}

fn thin(table: &[KmRow], pixel: f64) -> Vec<KmRow> {
    let mut out: Vec<KmRow> = Vec::with_capacity(table.len().min(DRAWN_STEPS));
    let mut pending: Option<KmRow> = None;
    for (i, row) in table.iter().enumerate() {
        let merged = match pending.take() {
            Some(p) => KmRow {
                at_risk: p.at_risk,
                events: p.events + row.events,
                censored: p.censored + row.censored,
                ..row.clone()
            },
            None => row.clone(),
        };
        let moved = out.last().is_none_or(|last| {
            (merged.survival - last.survival).abs() > pixel
                || (merged.ci_low - last.ci_low).abs() > pixel
                || (merged.ci_high - last.ci_high).abs() > pixel
        });
        if moved || i + 1 == table.len() {
            out.push(merged);
        } else {
            pending = Some(merged);
        }
    }
    out
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupRetention {
    pub n: usize,
    pub exits: usize,
    pub rate: Estimate,
    pub km: Km,
}

#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    /// The groups compared; with two, the first against the second.
    pub groups: Vec<String>,
    /// The test of independence of exit and group, whatever the number of groups.
    pub chi_square: TestResult,
    /// Two groups only: the 2×2 measures and tests.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub two_groups: Option<TwoGroups>,
}

/// The measures and tests of a 2×2 table.
#[derive(Debug, Clone, Serialize)]
pub struct TwoGroups {
    pub risk_ratio: Estimate,
    pub odds_ratio: Estimate,
    pub chi_square_yates: TestResult,
    pub fisher: TestResult,
}

/// One person's follow-up: days from hire to the event or censoring.
pub(crate) struct Follow {
    pub time: f64,
    pub event: bool,
}

pub(crate) fn follow_up(d: &Dataset, as_of: Day, exits: Exits) -> Vec<Follow> {
    d.people
        .rows
        .iter()
        .map(|p| {
            let end = p.exit.unwrap_or(as_of);
            let event = p.exit.is_some()
                && (exits == Exits::All || p.exit_type == Some(ExitType::Voluntary));
            Follow {
                time: f64::from(end - p.hire),
                event,
            }
        })
        .collect()
}

/// Labels of people for the `by` dimensions (joined by " / ").
pub(crate) fn person_labels(
    d: &Dataset,
    facts: &PersonFacts,
    by: &[String],
) -> Result<Vec<String>> {
    let mut labels = Vec::new();
    for (k, dim) in by.iter().enumerate() {
        // `attribute:N` bins a numeric attribute into N groups of about equal size.
        let (name, bins) = match dim.split_once(':') {
            Some((a, b)) => {
                let bins = b
                    .trim()
                    .parse::<usize>()
                    .ok()
                    .filter(|b| *b >= 2)
                    .ok_or_else(|| {
                        Error::Usage(format!(
                            "\"{dim}\": the number of bins after ':' must be a whole number ≥ 2"
                        ))
                    })?;
                (crate::text::snake_name(a), Some(bins))
            }
            None => (crate::text::snake_name(dim), None),
        };
        let col = person_column(d, facts, &name).ok_or_else(|| {
            Error::Usage(format!(
                "unknown group-by dimension \"{dim}\" (expected one of: {})",
                person_column_names(d)
            ))
        })?;
        let values: Vec<String> = match (&col, bins) {
            (PersonColumn::Numeric(x), Some(b)) => quantile_bins(x, b),
            (PersonColumn::Text(_), Some(_)) => {
                return Err(Error::Usage(format!(
                    "\"{name}\" is a text attribute and cannot be binned"
                )))
            }
            (PersonColumn::Text(t), None) => t
                .iter()
                .map(|v| v.as_deref().unwrap_or(super::MISSING).to_string())
                .collect(),
            (PersonColumn::Numeric(x), None) if name == "mentored" || name == "mentor" => {
                x.iter().map(|v| (*v == Some(1.0)).to_string()).collect()
            }
            (PersonColumn::Numeric(x), None) => x
                .iter()
                .map(|v| v.map_or_else(|| super::MISSING.to_string(), number_label))
                .collect(),
        };
        if k == 0 {
            // The first dimension's labels are the labels: not copied, person by person.
            labels = values;
            continue;
        }
        for (l, v) in labels.iter_mut().zip(values) {
            l.push_str(" / ");
            l.push_str(&v);
        }
    }
    if by.is_empty() {
        labels = vec![String::new(); d.people.len()];
    }
    Ok(labels)
}

fn number_label(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// Labels of `bins` groups of about equal size, cut at the sample quantiles: `"lo–hi"`.
pub(crate) fn quantile_bins(x: &[Option<f64>], bins: usize) -> Vec<String> {
    let (band, labels) = quantile_bands(x, bins);
    band.iter()
        .map(|b| b.map_or_else(|| super::MISSING.to_string(), |b| labels[b].clone()))
        .collect()
}

/// [`quantile_bins`] as each value's band (none when missing) and each band's label.
pub(crate) fn quantile_bands(x: &[Option<f64>], bins: usize) -> (Vec<Option<usize>>, Vec<String>) {
    let mut sorted: Vec<f64> = x.iter().flatten().copied().collect();
    sorted.sort_by(f64::total_cmp);
    if sorted.is_empty() {
        return (vec![None; x.len()], Vec::new());
    }
    let mut cuts: Vec<f64> = (1..bins)
        .map(|k| sorted[(k * sorted.len() / bins).min(sorted.len() - 1)])
        .collect();
    cuts.dedup();
    // Bin i holds values in [cuts[i-1], cuts[i]); the edges are the observed min and max.
    let bin = |v: f64| cuts.partition_point(|c| *c <= v);
    let mut ranges: Vec<(f64, f64)> = vec![(f64::INFINITY, f64::NEG_INFINITY); cuts.len() + 1];
    for v in &sorted {
        let r = &mut ranges[bin(*v)];
        r.0 = r.0.min(*v);
        r.1 = r.1.max(*v);
    }
    // Each bin's label written once (bins no value fell in are never read).
    let labels: Vec<String> = ranges
        .iter()
        .map(|&(lo, hi)| format!("{}–{}", number_label(lo), number_label(hi)))
        .collect();
    (x.iter().map(|v| v.map(bin)).collect(), labels)
}

fn group_survival(follow: &[&Follow]) -> Result<GroupRetention> {
    let times: Vec<f64> = follow.iter().map(|f| f.time).collect();
    let events: Vec<bool> = follow.iter().map(|f| f.event).collect();
    let exits = events.iter().filter(|e| **e).count();
    let k = kaplan_meier(&times, &events, LEVEL)?;
    Ok(GroupRetention {
        n: follow.len(),
        exits,
        rate: wilson(exits, follow.len(), LEVEL)?,
        km: k.into(),
    })
}

/// Groups, comparison and log-rank for people labelled `labels` (order: `true` first, then labels).
#[allow(clippy::type_complexity)]
pub(crate) fn compare(
    follow: &[Follow],
    labels: &[String],
    min_group_size: usize,
    warnings: &mut Vec<Warning>,
) -> Result<(
    Vec<Grouped<GroupRetention>>,
    Option<Comparison>,
    Option<TestResult>,
)> {
    let mut order = super::group_rows(labels);
    order.sort_by_key(|(l, _)| (l != "true", l.clone()));
    let mut raw = Vec::new();
    for (label, rows) in &order {
        let members: Vec<&Follow> = rows.iter().map(|&i| &follow[i]).collect();
        raw.push((label.clone(), members.len(), group_survival(&members)?));
    }
    let groups = suppress(raw, min_group_size);
    if let Some(w) = warn_suppressed(&groups, "people", min_group_size) {
        warnings.push(w);
        return Ok((groups, None, None));
    }
    let shown: Vec<&GroupRetention> = groups.iter().filter_map(Grouped::shown).collect();
    let mut comparison = None;
    let mut lr = None;
    if shown.len() >= 2 {
        let table: Vec<Vec<usize>> = shown.iter().map(|g| vec![g.exits, g.n - g.exits]).collect();
        let tests = (|| -> Result<Comparison> {
            let two_groups = if let [a, b] = table.as_slice() {
                let t = [[a[0], a[1]], [b[0], b[1]]];
                Some(TwoGroups {
                    risk_ratio: risk_ratio(t, LEVEL)?,
                    odds_ratio: odds_ratio(t, LEVEL)?,
                    chi_square_yates: chi_square(&table, true)?,
                    fisher: fisher_exact(t)?,
                })
            } else {
                None
            };
            Ok(Comparison {
                groups: groups.iter().map(|g| g.group.clone()).collect(),
                chi_square: chi_square(&table, false)?,
                two_groups,
            })
        })();
        match tests {
            Ok(c) => comparison = Some(c),
            Err(e) => warnings.push(Warning::new(
                code::TEST_NOT_COMPUTED,
                Message::new("warning-not-computed")
                    .phrase("what", Message::new("test-group-comparison"))
                    .phrase("error", e.message()),
            )),
        }
        let mut times = Vec::new();
        let mut events = Vec::new();
        let mut group_of = Vec::new();
        for (g, (_, rows)) in order.iter().enumerate() {
            for &i in rows {
                times.push(follow[i].time);
                events.push(follow[i].event);
                group_of.push(g);
            }
        }
        match logrank(&times, &events, &group_of) {
            Ok(r) => lr = Some(r.test),
            Err(e) => warnings.push(Warning::new(
                code::TEST_NOT_COMPUTED,
                Message::new("warning-not-computed")
                    .phrase("what", Message::new("test-logrank"))
                    .phrase("error", e.message()),
            )),
        }
    }
    Ok((groups, comparison, lr))
}

/// A Cox design: names and, per row (a person; for matching, a pair), the covariate values
/// (`None`: missing).
pub(crate) struct Design<'a> {
    pub names: Vec<String>,
    /// `columns[j][row]`: people's attributes borrowed; features, flags and indicators made here.
    pub columns: Vec<Cow<'a, [Option<f64>]>>,
    /// Index of the `mentored` column, if asked for.
    pub mentored: Option<usize>,
}

impl Design<'_> {
    /// Those of `rows` where every covariate is known (the rows a model is fitted on).
    pub fn complete(&self, rows: impl IntoIterator<Item = usize>) -> Vec<usize> {
        rows.into_iter()
            .filter(|&i| self.columns.iter().all(|c| c[i].is_some()))
            .collect()
    }

    /// The columns over `rows` (complete ones), as a model takes them.
    pub fn matrix(&self, rows: &[usize]) -> Vec<Vec<f64>> {
        self.columns
            .iter()
            .map(|c| rows.iter().map(|&i| c[i].unwrap_or(0.0)).collect())
            .collect()
    }
}

/// How a tie for the most frequent level is broken: each analysis documents its own.
#[derive(Clone, Copy)]
pub(crate) enum Tiebreak {
    First,
    Last,
}

/// The level a categorical covariate's 0/1 indicators are measured against: the most frequent of
/// `counts`, in the order they come, a tie broken by `tiebreak`.
pub(crate) fn reference<K>(
    counts: impl IntoIterator<Item = (K, usize)>,
    tiebreak: Tiebreak,
) -> Option<K> {
    let mut best: Option<(K, usize)> = None;
    for (level, n) in counts {
        let more = match (&best, tiebreak) {
            (None, _) => true,
            (Some((_, most)), Tiebreak::First) => n > *most,
            (Some((_, most)), Tiebreak::Last) => n >= *most,
        };
        if more {
            best = Some((level, n));
        }
    }
    best.map(|(level, _)| level)
}

pub(crate) fn design<'a>(
    d: &'a Dataset,
    facts: &PersonFacts,
    covariates: &[String],
) -> Result<Design<'a>> {
    let mut names = Vec::new();
    let mut columns = Vec::new();
    let mut mentored = None;
    for c in covariates {
        let name = crate::text::snake_name(c);
        if (name == "mentored" || name == "mentor" || FEATURES.contains(&name.as_str()))
            && !d.pairs.loaded
        {
            return Err(Error::MissingTable {
                analysis: format!("the covariate {name}"),
                table: Table::Pairs.name().into(),
            });
        }
        match person_column(d, facts, &name) {
            Some(PersonColumn::Numeric(v)) => {
                if name == "mentored" {
                    mentored = Some(names.len());
                }
                names.push(name);
                columns.push(v);
            }
            Some(PersonColumn::Text(v)) => {
                // 0/1 indicators against the most frequent level (ties: the first in label order).
                let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
                for s in v.iter().flatten() {
                    *counts.entry(s).or_default() += 1;
                }
                let reference = reference(counts.iter().map(|(k, n)| (*k, *n)), Tiebreak::First);
                for level in counts.keys().filter(|l| Some(**l) != reference) {
                    names.push(format!("{name}={level}"));
                    columns.push(Cow::Owned(
                        v.iter()
                            .map(|s| s.as_deref().map(|s| f64::from(u8::from(s == *level))))
                            .collect(),
                    ));
                }
                if counts.len() < 2 {
                    return Err(Error::Usage(format!("covariate {name} has fewer than two levels, so its effect cannot be estimated")));
                }
            }
            None => {
                return Err(Error::Usage(format!(
                    "unknown covariate \"{c}\" (expected one of: {})",
                    person_column_names(d)
                )))
            }
        }
    }
    Ok(Design {
        names,
        columns,
        mentored,
    })
}

/// Fits the Cox model on the design; `time_varying` splits follow-up at the first pair's start.
pub(crate) fn fit_cox(
    follow: &[Follow],
    hire: &[Day],
    facts: &PersonFacts,
    design: &Design,
    time_varying: bool,
    warnings: &mut Vec<Warning>,
) -> Result<CoxFit> {
    let people = design.complete(0..follow.len());
    let left_out = follow.len() - people.len();
    if left_out > 0 {
        warnings.push(Warning::new(
            code::ROWS_LEFT_OUT,
            Message::new("warning-rows-left-out")
                .count("left_out", left_out)
                .text("covariates", design.names.join(", ")),
        ));
    }
    let p = design.names.len();
    let counting = time_varying && design.mentored.is_some();
    // When counting: the day of each person's first pair from hire, where their follow-up splits.
    let first = |i: usize| {
        counting
            .then_some(facts.first_mentored[i])
            .flatten()
            .map(|day| f64::from(day - hire[i]))
    };
    // Room for every interval up front (a person mentored during follow-up has two): growing by
    // doubling held up to twice the rows, for 200,000 people and each covariate.
    let splits = people
        .iter()
        .filter(|&&i| first(i).is_some_and(|s| s > 0.0 && s < follow[i].time))
        .count();
    let rows = people.len() + splits;
    let mut start = Vec::with_capacity(rows);
    let mut stop = Vec::with_capacity(rows);
    let mut event = Vec::with_capacity(rows);
    let mut x: Vec<Vec<f64>> = (0..p).map(|_| Vec::with_capacity(rows)).collect();
    let mut push = |s: f64, t: f64, e: bool, i: usize, mentored_value: Option<f64>| {
        start.push(s);
        stop.push(t);
        event.push(e);
        for (j, col) in x.iter_mut().enumerate() {
            let v = if Some(j) == design.mentored {
                mentored_value.unwrap_or(0.0)
            } else {
                design.columns[j][i].unwrap_or(0.0)
            };
            col.push(v);
        }
    };
    for &i in &people {
        let f = &follow[i];
        let ever = design
            .columns
            .get(design.mentored.unwrap_or(usize::MAX))
            .map(|c| c[i].unwrap_or(0.0));
        match (counting, first(i)) {
            (true, Some(s)) => {
                if s <= 0.0 {
                    push(-1.0, f.time, f.event, i, Some(1.0));
                } else if s >= f.time {
                    push(-1.0, f.time, f.event, i, Some(0.0));
                } else {
                    push(-1.0, s, false, i, Some(0.0));
                    push(s, f.time, f.event, i, Some(1.0));
                }
            }
            (true, None) => push(-1.0, f.time, f.event, i, Some(0.0)),
            _ => push(-1.0, f.time, f.event, i, ever),
        }
    }
    let data = CoxData {
        start: counting.then_some(start.as_slice()),
        stop: &stop,
        event: &event,
        x: &x,
        names: &design.names,
        weights: None,
        robust: false,
        concordance: true,
        by_stop: None,
    };
    let mut fit = cox(&data, Ties::Efron, LEVEL)?;
    if counting {
        fit.intervals = Some(fit.n);
        fit.n = people.len();
    }
    Ok(fit)
}

/// Cox PH (Efron) of the follow-up on a fixed 0/1 `mentored` flag; with weights, robust standard
/// errors. A failure becomes a warning prefixed by `what`.
pub(crate) fn mentored_cox(
    follow: &[&Follow],
    mentored: &[bool],
    weights: Option<&[f64]>,
    what: &'static str,
    warnings: &mut Vec<Warning>,
) -> Option<CoxFit> {
    let stop: Vec<f64> = follow.iter().map(|f| f.time).collect();
    let event: Vec<bool> = follow.iter().map(|f| f.event).collect();
    let x = vec![mentored
        .iter()
        .map(|m| f64::from(u8::from(*m)))
        .collect::<Vec<f64>>()];
    let names = vec!["mentored".to_string()];
    let data = CoxData {
        start: None,
        stop: &stop,
        event: &event,
        x: &x,
        names: &names,
        weights,
        robust: weights.is_some(),
        concordance: true,
        by_stop: None,
    };
    match cox(&data, Ties::Efron, LEVEL) {
        Ok(f) => Some(f),
        Err(e) => {
            warnings.push(Warning::new(
                code::MODEL_NOT_FITTED,
                Message::new("warning-not-fitted")
                    .phrase("what", Message::new(what))
                    .phrase("error", e.message()),
            ));
            None
        }
    }
}

/// The Cox fits of an analysis: with `mentored` time-varying, the naive "ever" fit beside it.
pub(crate) struct Models {
    pub cox: Option<CoxFit>,
    pub naive: Option<CoxFit>,
    pub exposure: Exposure,
    /// The index of the `mentored` term in both fits, when it is a covariate of a fitted model.
    pub mentored: Option<usize>,
}

/// Fits the model (time-varying in `mentored` when asked and present) and, beside a time-varying
/// fit, the naive one, warning of immortal-time bias when they differ materially. `survived` says
/// what people had to do before their mentoring started ("staying employed"). A covariate the
/// user `asked` for that cannot be estimated (constant) is a usage error; the default one
/// (`mentored`, when everyone or no one was mentored) is a warning.
#[allow(clippy::too_many_arguments)]
pub(crate) fn honest_cox(
    follow: &[Follow],
    hire: &[Day],
    facts: &PersonFacts,
    design: &Design,
    time_varying: bool,
    survived: Message,
    asked: bool,
    warnings: &mut Vec<Warning>,
) -> Result<Models> {
    let time_varying = time_varying && design.mentored.is_some();
    let mut m = Models {
        cox: None,
        naive: None,
        exposure: if time_varying {
            Exposure::TimeVarying
        } else {
            Exposure::Ever
        },
        mentored: None,
    };
    match fit_cox(follow, hire, facts, design, time_varying, warnings) {
        Ok(f) => {
            m.cox = Some(f);
            m.mentored = design.mentored;
        }
        Err(e @ Error::Usage(_)) if asked => return Err(e),
        Err(e) => warnings.push(Warning::new(
            code::MODEL_NOT_FITTED,
            Message::new("warning-not-fitted")
                .phrase("what", Message::new("model-cox"))
                .phrase("error", e.message()),
        )),
    }
    if time_varying && m.cox.is_some() {
        let mut quiet = Vec::new();
        match fit_cox(follow, hire, facts, design, false, &mut quiet) {
            Ok(f) => m.naive = Some(f),
            Err(e) => warnings.push(Warning::new(
                code::MODEL_NOT_FITTED,
                Message::new("warning-not-fitted")
                    .phrase("what", Message::new("model-naive-cox"))
                    .phrase("error", e.message()),
            )),
        }
        if let (Some(tv), Some(nv), Some(j)) = (&m.cox, &m.naive, design.mentored) {
            let (a, b) = (tv.terms[j].hazard_ratio, nv.terms[j].hazard_ratio);
            if (ln(a) - ln(b)).abs() > MATERIAL_LOG_HR {
                warnings.push(Warning::new(
                    code::IMMORTAL_TIME_BIAS,
                    Message::new("warning-immortal-time")
                        .fixed("naive", b, 2)
                        .fixed("time_varying", a, 2)
                        .phrase("survived", survived),
                ));
            }
        }
    }
    Ok(m)
}

/// A Kaplan–Meier curve as its quartiles: when a quarter, half and three quarters had the event.
pub(crate) fn quartiles(s: &Summary, km: &Km) -> String {
    format!(
        "{} / {} / {}",
        s.days(Some(&km.q25)),
        s.days(Some(&km.median)),
        s.days(Some(&km.q75))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reference_is_the_most_frequent_level_ties_broken_as_asked() {
        let counts = [("a", 2), ("b", 3), ("c", 3), ("d", 1)];
        assert_eq!(reference(counts, Tiebreak::First), Some("b"));
        assert_eq!(reference(counts, Tiebreak::Last), Some("c"));
        assert_eq!(reference([("a", 1), ("b", 4)], Tiebreak::First), Some("b"));
        assert_eq!(reference(Vec::<(&str, usize)>::new(), Tiebreak::Last), None);
    }

    /// The survival a step table gives at `t` (1 before its first step).
    fn at(table: &[KmRow], t: f64) -> f64 {
        table
            .iter()
            .rev()
            .find(|r| r.t <= t)
            .map_or(1.0, |r| r.survival)
    }

    #[test]
    fn a_long_curve_is_thinned_within_a_pixel_and_keeps_its_totals() {
        // 6,000 people, an exit or a censoring on most days over 15 years.
        let n = 6000;
        let times: Vec<f64> = (0..n).map(|i| ((i * 7919) % 5477) as f64).collect();
        let events: Vec<bool> = (0..n).map(|i| i % 3 != 0).collect();
        let km = kaplan_meier(&times, &events, 0.95).unwrap().table;
        assert!(km.len() > 2 * DRAWN_STEPS);
        let thin = thinned(&km);
        assert!(thin.len() <= DRAWN_STEPS, "{} steps", thin.len());
        assert_eq!(thin.first().unwrap().t, km.first().unwrap().t);
        assert_eq!(thin.last().unwrap().t, km.last().unwrap().t);
        assert_eq!(thin.last().unwrap().survival, km.last().unwrap().survival);
        let sum = |t: &[KmRow], f: fn(&KmRow) -> usize| t.iter().map(f).sum::<usize>();
        assert_eq!(sum(&thin, |r| r.events), sum(&km, |r| r.events));
        assert_eq!(sum(&thin, |r| r.censored), sum(&km, |r| r.censored));
        let worst = km
            .iter()
            .map(|r| (at(&thin, r.t) - r.survival).abs())
            .fold(0.0, f64::max);
        assert!(worst <= 0.01, "the thinned curve is {worst} off");
        // A short curve is kept whole.
        let short = kaplan_meier(&[1.0, 2.0, 3.0, 5.0, 8.0], &[true; 5], 0.95)
            .unwrap()
            .table;
        assert_eq!(thinned(&short), short);
    }
}
