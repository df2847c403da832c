//! Engagement (SPEC §4.2): sessions held / cancelled / no-show and minutes per pair and per program
//! per week or month, cadence adherence, recency, mentee-initiated share, mean rating by
//! respondent, and trends (Theil–Sen slope, Mann–Kendall test) of monthly held sessions and ratings.
//!
//! Definitions:
//! - a pair's active span runs from its start to its end (or `as_of` while active); periods inside
//!   the span with no sessions count as zero;
//! - cadence adherence = held / (active days / cadence_days), capped at 1; none on the first day;
//! - days since the last held session are counted to `as_of` for active pairs and to the end date
//!   for ended ones; none when no session was held;
//! - mentee-initiated share: among sessions whose initiator is known;
//! - minutes: the durations of held sessions;
//! - trends always use monthly held sessions (and monthly mean ratings, months with a rating only)
//!   and need at least 3 months.
//!
//! With `by`, `groups` holds the same numbers as `programs` for groups of pairs: people's
//! attributes are the mentee's, `mentor_id` / `pair_id` name pairs, and a period (`month`,
//! `quarter`, ...) groups pairs by when they started (cohorts).
//!
//! A program's or group's size for privacy is its number of pairs.

use super::options::{
    choice_serde, flag, names, rows, typed_value, Analysis, Flag, Part, Rows, Takes,
};
use super::{pair_row_labels, IsoDate, Params, View};
use crate::document::{finite, svg, Summary};
use crate::error::{Error, Result};
use crate::i18n::format;
use crate::i18n::Message;
use crate::model::date::{self, Day};
use crate::model::schema::Choice;
use crate::model::{Dataset, Role, SessionStatus, Table};
use crate::privacy::{suppress, suppression_warning, Cell, Grouped};
use crate::stats::mann_kendall::MannKendall;
use crate::stats::theil_sen::TheilSen;
use crate::stats::{trend::trend as trend_of, LEVEL};
use crate::warning::Warning;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// The length of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Period {
    Week,
    #[default]
    Month,
}

impl Choice for Period {
    const ALL: &'static [Period] = &[Period::Week, Period::Month];

    fn name(self) -> &'static str {
        match self {
            Period::Week => "week",
            Period::Month => "month",
        }
    }
}

choice_serde!(Period);

impl Period {
    /// A sortable key of the period holding `day`.
    fn key(self, day: Day) -> i32 {
        match self {
            Period::Week => date::week_start(day),
            Period::Month => date::month_key(day),
        }
    }

    fn next(self, key: i32) -> i32 {
        key + self.step()
    }

    /// The distance between two consecutive keys.
    fn step(self) -> i32 {
        match self {
            Period::Week => 7,
            Period::Month => 1,
        }
    }
}

/// One period, written as its label: `2025-03` for a month, `2025-W11` for a week. Kept as a key
/// until it is written: a large program has hundreds of thousands of pair periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeriodLabel {
    pub period: Period,
    pub key: i32,
}

impl std::fmt::Display for PeriodLabel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.period {
            Period::Week => f.write_str(&date::week_label(self.key)),
            Period::Month => write!(
                f,
                "{:04}-{:02}",
                self.key.div_euclid(12),
                self.key.rem_euclid(12) + 1
            ),
        }
    }
}

impl Serialize for PeriodLabel {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// What engagement is asked for (SPEC §4.2). Per-pair `periods` are the bulk of the result, so a
/// pair carries them only when `pair_periods` is set or the pair is named in `pairs`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct EngagementOptions {
    pub period: Period,
    /// Every pair's per-period counts.
    #[serde(deserialize_with = "typed_value")]
    pub pair_periods: bool,
    /// These pairs' per-period counts (a drill-down); each must exist.
    #[serde(deserialize_with = "typed_value")]
    pub pairs: Vec<String>,
}

/// Session counts of one period (or in total).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Counts {
    pub held: u32,
    pub cancelled: u32,
    pub no_show: u32,
    pub minutes: f64,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.held += o.held;
        self.cancelled += o.cancelled;
        self.no_show += o.no_show;
        self.minutes += o.minutes;
    }
}

/// A period's counts, written as `{ period, held, cancelled, no_show, minutes }`.
#[derive(Debug, Clone)]
pub struct PeriodCounts {
    pub period: PeriodLabel,
    pub counts: Counts,
}

impl Serialize for PeriodCounts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let c = &self.counts;
        let mut m = s.serialize_struct("PeriodCounts", 5)?;
        m.serialize_field("period", &self.period)?;
        m.serialize_field("held", &c.held)?;
        m.serialize_field("cancelled", &c.cancelled)?;
        m.serialize_field("no_show", &c.no_show)?;
        m.serialize_field("minutes", &c.minutes)?;
        m.end()
    }
}

/// Theil–Sen slope and Mann–Kendall test of a monthly series.
#[derive(Debug, Clone, Serialize)]
pub struct Trend {
    pub months: usize,
    pub theil_sen: TheilSen,
    pub mann_kendall: MannKendall,
}

#[derive(Debug, Clone, Serialize)]
pub struct MeanRating {
    pub mentor: Option<f64>,
    pub mentee: Option<f64>,
    pub n_mentor: usize,
    pub n_mentee: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct PairEngagement {
    pub pair_id: String,
    pub program: String,
    pub active: bool,
    pub cadence_days: u32,
    pub days_since_last_held: Option<i32>,
    pub cadence_adherence: Option<f64>,
    pub mentee_initiated_share: Option<f64>,
    pub mean_rating: MeanRating,
    pub totals: Counts,
    /// Only when asked (`pair_periods`, or the pair named in `pairs`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub periods: Option<Vec<PeriodCounts>>,
    pub trend: Option<Trend>,
    pub rating_trend: Option<Trend>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProgramEngagement {
    pub pairs: usize,
    pub active_pairs: usize,
    pub totals: Counts,
    pub mean_cadence_adherence: Option<f64>,
    pub periods: Vec<PeriodCounts>,
    pub trend: Option<Trend>,
    /// Trend of monthly held sessions per pair active in the month: engagement, not the program's
    /// size (SPEC §4.8: a trend in sessions is stated per active pair).
    pub per_pair_trend: Option<Trend>,
    pub rating_trend: Option<Trend>,
}

/// A program's entry: its name and its numbers, or the fact that they were suppressed.
#[derive(Debug, Clone, Serialize)]
pub struct ProgramEntry {
    pub program: String,
    #[serde(flatten)]
    pub cell: Cell<ProgramEngagement>,
}

/// A `by` group's entry: its label (dimensions joined by " / ") and its numbers, or the fact that
/// they were suppressed.
#[derive(Debug, Clone, Serialize)]
pub struct GroupEntry {
    pub group: String,
    #[serde(flatten)]
    pub cell: Cell<ProgramEngagement>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Engagement {
    pub as_of: IsoDate,
    pub period: Period,
    pub programs: Vec<ProgramEntry>,
    /// Only with `by`: the same numbers per group of pairs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<GroupEntry>>,
    pub pairs: Vec<PairEngagement>,
    pub warnings: Vec<Warning>,
}

/// Values by period key (a month's or week's), in key order: a pair's sessions or ratings by
/// period. A sorted list rather than a tree: a pair has a few dozen periods, and its rows mostly
/// come in date order, so a new key usually goes last.
#[derive(Debug, Clone)]
struct ByKey<V>(Vec<(i32, V)>);

impl<V> Default for ByKey<V> {
    fn default() -> Self {
        ByKey(Vec::new())
    }
}

impl<V: Default> ByKey<V> {
    /// The value of `key`, made (default) when missing.
    fn entry(&mut self, key: i32) -> &mut V {
        let at = match self.0.last() {
            Some((last, _)) if *last == key => self.0.len() - 1,
            Some((last, _)) if *last > key => match self.0.binary_search_by_key(&key, |e| e.0) {
                Ok(at) => at,
                Err(at) => {
                    self.0.insert(at, (key, V::default()));
                    at
                }
            },
            _ => {
                self.0.push((key, V::default()));
                self.0.len() - 1
            }
        };
        &mut self.0[at].1
    }
}

impl<V> ByKey<V> {
    fn get(&self, key: i32) -> Option<&V> {
        let at = self.0.binary_search_by_key(&key, |e| e.0).ok()?;
        Some(&self.0[at].1)
    }

    /// The entries with keys from `first` to `last`: all of them when the first and the last are
    /// (a group's span holds each of its pairs' sessions but stray ones).
    fn range(&self, first: i32, last: i32) -> &[(i32, V)] {
        if let (Some(a), Some(b)) = (self.0.first(), self.0.last()) {
            if a.0 >= first && b.0 <= last {
                return &self.0;
            }
        }
        let from = self.0.partition_point(|e| e.0 < first);
        let to = self.0.partition_point(|e| e.0 <= last);
        &self.0[from..to.max(from)]
    }

    fn iter(&self) -> std::slice::Iter<'_, (i32, V)> {
        self.0.iter()
    }
}

/// Session counts per pair (by row index) and period key, in key order. Each pair's list is made
/// with room for the periods it can have — those of its span to `as_of`, or its sessions when
/// fewer — so that it does not grow by copying, one pair after another.
fn counts_by_pair_period(d: &Dataset, period: Period, as_of: Day) -> Vec<ByKey<Counts>> {
    let mut sessions = vec![0usize; d.pairs.len()];
    for s in &d.sessions.rows {
        sessions[s.pair] += 1;
    }
    let mut out: Vec<ByKey<Counts>> = d
        .pairs
        .rows
        .iter()
        .zip(sessions)
        .map(|(p, n)| {
            let (first, last) = (period.key(p.start), period.key(p.end.unwrap_or(as_of)));
            let span = ((last - first) / period.step() + 1).max(0) as usize;
            ByKey(Vec::with_capacity(span.min(n)))
        })
        .collect();
    for s in &d.sessions.rows {
        let c = out[s.pair].entry(period.key(s.date));
        match s.status {
            SessionStatus::Held => {
                c.held += 1;
                c.minutes += s.duration_minutes.unwrap_or(0.0);
            }
            SessionStatus::Cancelled => c.cancelled += 1,
            SessionStatus::NoShow => c.no_show += 1,
        }
    }
    out
}

/// Which pairs (by row) carry their per-period counts; a named pair that does not exist is a usage
/// error naming it.
fn drill_down(d: &Dataset, opts: &EngagementOptions) -> Result<Vec<bool>> {
    let mut out = vec![opts.pair_periods; d.pairs.len()];
    for id in &opts.pairs {
        match d.pairs.rows.iter().position(|p| &p.id == id) {
            Some(i) => out[i] = true,
            None => {
                return Err(Error::Usage(format!(
                    "pairs: \"{id}\" is not a pair_id of the loaded pairs (as of the analysis date)"
                )))
            }
        }
    }
    Ok(out)
}

/// Trend of a series of `(month index, value)` points; none below 3 points.
fn trend(points: &[(f64, f64)]) -> Option<Trend> {
    if points.len() < 3 {
        return None;
    }
    let (x, y): (Vec<f64>, Vec<f64>) = points.iter().copied().unzip();
    let (theil_sen, mann_kendall) = trend_of(&x, &y, LEVEL).ok()?;
    Some(Trend {
        months: points.len(),
        theil_sen,
        mann_kendall,
    })
}

/// Per-period series from `first` to `last` (keys), zeros included.
fn series(
    period: Period,
    first: i32,
    last: i32,
    counts: impl Fn(i32) -> Counts,
) -> Vec<PeriodCounts> {
    let mut out = Vec::new();
    let mut k = first;
    while k <= last {
        out.push(PeriodCounts {
            period: PeriodLabel { period, key: k },
            counts: counts(k),
        });
        k = period.next(k);
    }
    out
}

impl Analysis for EngagementOptions {
    const NAME: &'static str = "engagement";
    const NEEDS: &'static [Table] = &[Table::Pairs, Table::Sessions];
    type Output = Engagement;
    const ABOUT: &'static str = "Engagement: sessions held / cancelled / no-show and minutes per pair and program per period, cadence adherence, recency, initiation, ratings, and trends (Theil–Sen, Mann–Kendall)";
    const FLAGS: &'static [Flag] = &[
        flag(
            "period",
            "Period of the per-period counts: week (ISO weeks) or month",
            Takes::Choice {
                names: names::<Period>,
                bare: None,
            },
        ),
        flag(
            "pairPeriods",
            "Every pair's per-period counts (large: most callers want --pairs)",
            Takes::Switch,
        ),
        flag(
            "pairs",
            "The per-period counts of these pairs only, comma-separated pair ids (a drill-down)",
            Takes::List,
        ),
    ];
    const TABLES: &'static [Rows] = &[
        rows(
            "engagement_pairs",
            "a row per pair, ended ones too",
            &["pairs"],
        ),
        rows("engagement_programs", "a row per program", &["programs"]),
        Rows {
            carry: "program",
            ..rows(
                "engagement_periods",
                "a row per program and month",
                &["programs", "*", "periods"],
            )
        },
    ];

    fn analyse(&self, view: &View<'_>, params: &Params) -> Result<Engagement> {
        engagement_on(view, params, self, Listed::All)
    }
}

impl Part for EngagementOptions {
    /// The summaries of the pairs active at as_of only (SPEC §4.2): the analysis itself lists
    /// every pair, and a large organisation's ended pairs are most of its size. The programs still
    /// count every pair; the findings read the active ones.
    fn in_report(view: &View<'_>, params: &Params) -> Result<Engagement> {
        view.data.require(Self::NAME, Self::NEEDS)?;
        engagement_on(view, params, &Self::default(), Listed::Active)
    }
}

/// Which pairs' summaries a result lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Listed {
    All,
    /// Those active at `as_of` (the report's); the others' trends are not computed.
    Active,
}

super::warnings_in_locale!(Engagement);

/// Runs the analysis: count each pair's sessions and ratings once, summarise each pair, then the
/// programs (and the `by` groups) from the same counts, suppressing small ones.
pub fn engagement(d: &Dataset, params: &Params, opts: &EngagementOptions) -> Result<Engagement> {
    opts.run(d, params)
}

fn engagement_on(
    view: &View<'_>,
    params: &Params,
    opts: &EngagementOptions,
    listed: Listed,
) -> Result<Engagement> {
    let facts = Facts::new(&view.data, view.as_of, opts.period);
    let drill_down = drill_down(&view.data, opts)?;
    let mut pairs: Vec<PairEngagement> = (0..facts.d.pairs.len())
        .map(|i| {
            let trends = listed == Listed::All || facts.d.pairs.rows[i].end.is_none();
            facts.pair(i, drill_down[i], trends)
        })
        .collect();
    let min = params.min_group_size;
    let program_labels: Vec<&str> = facts
        .d
        .pairs
        .rows
        .iter()
        .map(|p| p.program.as_str())
        .collect();
    let programs: Vec<ProgramEntry> = facts
        .groups(&program_labels, &pairs, min)
        .into_iter()
        .map(|g| ProgramEntry {
            program: g.group,
            cell: g.cell,
        })
        .collect();
    let groups = by_groups(&facts, params, &pairs)?;
    let mut warnings = view.warnings.clone();
    warnings.extend(suppression_warning(
        hidden(programs.iter().map(|p| &p.cell)),
        "programs",
        "pairs",
        min,
    ));
    warnings.extend(suppression_warning(
        hidden(groups.iter().flatten().map(|g| &g.cell)),
        "groups",
        "pairs",
        min,
    ));
    if listed == Listed::Active {
        pairs.retain(|p| p.active);
        // The report holds its result while the other analyses run: not room for every pair.
        pairs.shrink_to_fit();
    }
    pairs.sort_by(|a, b| a.pair_id.cmp(&b.pair_id));
    Ok(Engagement {
        as_of: IsoDate(view.as_of),
        period: opts.period,
        programs,
        groups,
        pairs,
        warnings,
    })
}

/// With `by`: pairs grouped by the dimensions (people's attributes are the mentee's; a period
/// groups pairs by the period they started in), summarised as programs are.
fn by_groups(
    facts: &Facts<'_>,
    params: &Params,
    pairs: &[PairEngagement],
) -> Result<Option<Vec<GroupEntry>>> {
    if params.by.is_empty() {
        return Ok(None);
    }
    let rows = &facts.d.pairs.rows;
    let all: Vec<usize> = (0..rows.len()).collect();
    let starts: Vec<Day> = rows.iter().map(|p| p.start).collect();
    let labels = pair_row_labels(facts.d, &params.by, &all, &starts)?;
    let groups = facts
        .groups(&labels, pairs, params.min_group_size)
        .into_iter()
        .map(|g| GroupEntry {
            group: g.group,
            cell: g.cell,
        })
        .collect();
    Ok(Some(groups))
}

fn hidden<'a>(cells: impl Iterator<Item = &'a Cell<ProgramEngagement>>) -> usize {
    cells
        .filter(|c| matches!(c, Cell::Suppressed { .. }))
        .count()
}

/// A rating sum and count.
type RatingSum = (f64, usize);

fn mean((sum, n): RatingSum) -> Option<f64> {
    (n > 0).then(|| sum / n as f64)
}

/// Each pair's sessions and ratings counted once, in one pass over each table.
struct Facts<'a> {
    d: &'a Dataset,
    as_of: Day,
    period: Period,
    /// Session counts per pair and period key; and per month (the trends are monthly) when the
    /// period is not the month.
    by_period: Vec<ByKey<Counts>>,
    by_month: Option<Vec<ByKey<Counts>>>,
    last_held: Vec<Option<Day>>,
    /// Sessions the mentee started, and sessions with a known initiator.
    initiated: Vec<(u32, u32)>,
    /// Ratings by the mentor and by the mentee.
    ratings: Vec<[RatingSum; 2]>,
    rating_months: Vec<ByKey<RatingSum>>,
}

impl<'a> Facts<'a> {
    fn new(d: &'a Dataset, as_of: Day, period: Period) -> Facts<'a> {
        let by_period = counts_by_pair_period(d, period, as_of);
        let by_month =
            (period != Period::Month).then(|| counts_by_pair_period(d, Period::Month, as_of));
        let n = d.pairs.len();
        let mut last_held: Vec<Option<Day>> = vec![None; n];
        let mut initiated = vec![(0u32, 0u32); n];
        for s in &d.sessions.rows {
            if s.status == SessionStatus::Held {
                last_held[s.pair] = last_held[s.pair].max(Some(s.date));
            }
            if let Some(who) = s.initiated_by {
                initiated[s.pair].1 += 1;
                initiated[s.pair].0 += u32::from(who == Role::Mentee);
            }
        }
        let mut ratings = vec![[(0.0, 0usize); 2]; n];
        let mut rating_months: Vec<ByKey<RatingSum>> = vec![ByKey::default(); n];
        for f in &d.feedback.rows {
            let r = &mut ratings[f.pair][usize::from(f.respondent == Role::Mentee)];
            r.0 += f.rating;
            r.1 += 1;
            let m = rating_months[f.pair].entry(Period::Month.key(f.date));
            m.0 += f.rating;
            m.1 += 1;
        }
        Facts {
            d,
            as_of,
            period,
            by_period,
            by_month,
            last_held,
            initiated,
            ratings,
            rating_months,
        }
    }

    /// Session counts per pair and month.
    fn by_month(&self) -> &[ByKey<Counts>] {
        self.by_month.as_deref().unwrap_or(&self.by_period)
    }

    /// The last day of pair `i`'s active span: its end, or `as_of` while active.
    fn span_end(&self, i: usize) -> Day {
        let p = &self.d.pairs.rows[i];
        p.end.unwrap_or(self.as_of).min(self.as_of)
    }

    /// Pair `i`'s summary; its per-period counts only when `drill_down`, its trends only when
    /// `trends`.
    fn pair(&self, i: usize, drill_down: bool, trends: bool) -> PairEngagement {
        let p = &self.d.pairs.rows[i];
        let period = self.period;
        let span_end = self.span_end(i);
        let (first, last) = (period.key(p.start), period.key(span_end));
        let mut totals = Counts::default();
        if first <= last {
            for c in self.by_period[i].range(first, last) {
                totals.add(&c.1);
            }
        }
        let periods = drill_down.then(|| {
            series(period, first, last, |k| {
                self.by_period[i].get(k).copied().unwrap_or_default()
            })
        });
        let first_month = Period::Month.key(p.start);
        let session_trend = || {
            let last_month = Period::Month.key(span_end);
            // The months' counts in order beside the months: each found by walking, not searched.
            let mut counted = self.by_month()[i]
                .range(first_month, last_month)
                .iter()
                .peekable();
            let monthly: Vec<(f64, f64)> = (first_month..=last_month)
                .map(|m| {
                    let held = counted.next_if(|c| c.0 == m).map_or(0, |c| c.1.held);
                    (f64::from(m - first_month), f64::from(held))
                })
                .collect();
            trend(&monthly)
        };
        let rating_trend = || trend(&monthly_means(first_month, &self.rating_months[i]));
        let active_days = span_end - p.start;
        let (mentee_started, known) = self.initiated[i];
        let [by_mentor, by_mentee] = self.ratings[i];
        PairEngagement {
            pair_id: p.id.clone(),
            program: p.program.clone(),
            active: p.end.is_none(),
            cadence_days: p.cadence_days,
            days_since_last_held: self.last_held[i].map(|l| span_end - l),
            cadence_adherence: (active_days > 0).then(|| {
                let expected = f64::from(active_days) / f64::from(p.cadence_days);
                (f64::from(totals.held) / expected).min(1.0)
            }),
            mentee_initiated_share: (known > 0)
                .then(|| f64::from(mentee_started) / f64::from(known)),
            mean_rating: MeanRating {
                mentor: mean(by_mentor),
                mentee: mean(by_mentee),
                n_mentor: by_mentor.1,
                n_mentee: by_mentee.1,
            },
            totals,
            periods,
            trend: trends.then(session_trend).flatten(),
            rating_trend: trends.then(rating_trend).flatten(),
        }
    }

    /// Groups of pairs by label (the programs; the `by` dimensions): sums over their pairs from
    /// the per-(pair, period) counts, small groups suppressed.
    fn groups<L: AsRef<str>>(
        &self,
        labels: &[L],
        pairs: &[PairEngagement],
        min_group_size: usize,
    ) -> Vec<Grouped<ProgramEngagement>> {
        let mut members_of: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (i, label) in labels.iter().enumerate() {
            members_of.entry(label.as_ref()).or_default().push(i);
        }
        let raw = members_of
            .into_iter()
            .map(|(group, members)| {
                let stats = self.group(&members, pairs);
                (group.to_string(), members.len(), stats)
            })
            .collect();
        suppress(raw, min_group_size)
    }

    /// One group's numbers, from its members' rows.
    fn group(&self, members: &[usize], pairs: &[PairEngagement]) -> ProgramEngagement {
        let rows = &self.d.pairs.rows;
        let first = members
            .iter()
            .map(|&i| rows[i].start)
            .min()
            .unwrap_or(self.as_of);
        let last = members
            .iter()
            .map(|&i| self.span_end(i))
            .max()
            .unwrap_or(self.as_of);
        let period = self.period;
        let (first_key, last_key) = (period.key(first), period.key(last));
        let by_period = group_totals(period, first_key, last_key, members, &self.by_period);
        let periods = series(period, first_key, last_key, |k| {
            by_period[((k - first_key) / period.step()) as usize]
        });
        let mut totals = Counts::default();
        for c in &periods {
            totals.add(&c.counts);
        }
        let (first_month, last_month) = (Period::Month.key(first), Period::Month.key(last));
        let by_month = match &self.by_month {
            Some(months) => Cow::Owned(group_totals(
                Period::Month,
                first_month,
                last_month,
                members,
                months,
            )),
            None => Cow::Borrowed(&by_period),
        };
        let monthly: Vec<(f64, f64)> = (first_month..=last_month)
            .map(|m| {
                let held = by_month[(m - first_month) as usize].held;
                (f64::from(m - first_month), f64::from(held))
            })
            .collect();
        // Pairs active in each month: +1 from the month a pair starts, −1 after its span ends.
        let months = (last_month - first_month + 1).max(0) as usize;
        let mut change = vec![0i64; months + 1];
        for &i in members {
            let (a, b) = (
                Period::Month.key(rows[i].start),
                Period::Month.key(self.span_end(i)),
            );
            if a <= b {
                change[(a - first_month) as usize] += 1;
                change[(b - first_month + 1) as usize] -= 1;
            }
        }
        let mut active = 0i64;
        let per_pair: Vec<(f64, f64)> = monthly
            .iter()
            .zip(&change)
            .filter_map(|(&(x, held), d)| {
                active += d;
                (active > 0).then(|| (x, held / active as f64))
            })
            .collect();
        let rating_by_month = group_ratings(members, &self.rating_months);
        let adherences: Vec<f64> = members
            .iter()
            .filter_map(|&i| pairs[i].cadence_adherence)
            .collect();
        ProgramEngagement {
            pairs: members.len(),
            active_pairs: members.iter().filter(|&&i| rows[i].end.is_none()).count(),
            totals,
            mean_cadence_adherence: (!adherences.is_empty())
                .then(|| adherences.iter().sum::<f64>() / adherences.len() as f64),
            periods,
            trend: trend(&monthly),
            per_pair_trend: trend(&per_pair),
            rating_trend: trend(&monthly_means(first_month, &rating_by_month)),
        }
    }
}

/// A group's counts for each period from key `first` to key `last`, summed in its members' order
/// (pair order), so that sums of minutes are the same however the groups are formed.
fn group_totals(
    period: Period,
    first: i32,
    last: i32,
    members: &[usize],
    per_pair: &[ByKey<Counts>],
) -> Vec<Counts> {
    let slot = |k: i32| ((k - first) / period.step()) as usize;
    let mut out = vec![Counts::default(); if first <= last { slot(last) + 1 } else { 0 }];
    for &i in members {
        for (k, c) in per_pair[i].range(first, last) {
            out[slot(*k)].add(c);
        }
    }
    out
}

/// A group's ratings per month, summed in its members' order (as [`group_totals`] sums counts),
/// over every month from the first rated to the last: a slot per month, not a search per rating.
fn group_ratings(members: &[usize], per_pair: &[ByKey<RatingSum>]) -> ByKey<RatingSum> {
    let ends = members.iter().flat_map(|&i| {
        let months = &per_pair[i].0;
        months.first().into_iter().chain(months.last()).map(|e| e.0)
    });
    let (Some(first), Some(last)) = (ends.clone().min(), ends.max()) else {
        return ByKey::default();
    };
    let mut sums: Vec<RatingSum> = vec![(0.0, 0); (last - first + 1) as usize];
    for &i in members {
        for (m, (s, n)) in per_pair[i].iter() {
            let e = &mut sums[(m - first) as usize];
            e.0 += s;
            e.1 += n;
        }
    }
    ByKey((first..).zip(sums).filter(|(_, (_, n))| *n > 0).collect())
}

/// `(month index from first_month, mean rating)` for each month with a rating.
fn monthly_means(first_month: i32, months: &ByKey<RatingSum>) -> Vec<(f64, f64)> {
    months
        .iter()
        .map(|(m, (sum, n))| (f64::from(m - first_month), sum / *n as f64))
        .collect()
}

// The analysis as a program manager reads it: its summary as text and on the page.

/// Pairs whose own sessions a summary lists (`--pairs`; all of them: `--format json`).
const DRILLED_PAIRS: usize = 10;

super::summarised!(Engagement, summarise_engagement);

fn trend_text(s: &Summary, t: Option<&Trend>) -> String {
    let Some(t) = t else {
        return "—".into();
    };
    // Per active pair a month: small numbers, so three decimals; a rise gets its "+".
    let slope = format::number(finite(t.theil_sen.slope).unwrap_or(0.0), Some(3), s.l);
    let rising = !slope.starts_with('-') && slope.chars().any(|c| c.is_ascii_digit() && c != '0');
    s.m(Message::new("text-trend")
        .text("slope", if rising { format!("+{slope}") } else { slope })
        .text("p", s.p(t.mann_kendall.p_value)))
}

/// A row of a program's (or group's) engagement under its label, or "suppressed".
fn engagement_row(s: &Summary, label: &str, cell: &Cell<ProgramEngagement>) -> Vec<String> {
    let Cell::Shown(x) = cell else {
        return vec![label.to_string(), s.t("text-suppressed")];
    };
    let t = &x.totals;
    vec![
        label.to_string(),
        s.count(x.pairs),
        s.count(x.active_pairs),
        s.count(t.held as usize),
        s.count(t.cancelled as usize),
        s.count(t.no_show as usize),
        s.share(x.mean_cadence_adherence),
        trend_text(s, x.per_pair_trend.as_ref()),
    ]
}

fn summarise_engagement(s: &mut Summary, e: &Engagement) {
    let period = s.t(match e.period {
        Period::Week => "text-week",
        Period::Month => "text-month",
    });
    s.heading(Message::new("text-engagement").text("period", period.clone()));
    const COLUMNS: [&str; 7] = [
        "col-pairs",
        "col-active",
        "col-held",
        "col-cancelled",
        "col-no-show",
        "col-adherence",
        "col-trend",
    ];
    let held: Vec<(String, f64)> = e
        .programs
        .iter()
        .filter_map(|p| match &p.cell {
            Cell::Shown(x) => Some((p.program.clone(), f64::from(x.totals.held))),
            Cell::Suppressed { .. } => None,
        })
        .collect();
    let programs = e
        .programs
        .iter()
        .map(|p| engagement_row(s, &p.program, &p.cell))
        .collect();
    let groups = e.groups.as_ref().map(|groups| {
        groups
            .iter()
            .map(|g| engagement_row(s, &g.group, &g.cell))
            .collect()
    });
    let caption = s.t("chart-held");
    let svg = svg::bars(&caption, &held, &|x| format::number(x, Some(0), s.l));
    s.chart(svg);
    s.main_table(&[&["col-program"][..], &COLUMNS].concat(), programs);
    if let Some(groups) = groups {
        s.table(&[&["col-group"][..], &COLUMNS].concat(), groups);
    }
    // The report lists only the active pairs (SPEC §4.2): then it says so, not "137 pairs,
    // 137 active" under a table of every program's pairs.
    let active = e.pairs.iter().filter(|p| p.active).count();
    let id = if active == e.pairs.len() {
        "text-pairs-all-active"
    } else {
        "text-pairs-active"
    };
    let line = s.m(Message::new(id)
        .count("pairs", e.pairs.len())
        .count("active", active));
    s.line(&line);
    s.pointer("text-pairs-more", true);
    // The pairs asked for by id (`--pairs`): their own sessions, period by period.
    for p in e
        .pairs
        .iter()
        .filter_map(|p| Some((p, p.periods.as_ref()?)))
        .take(DRILLED_PAIRS)
    {
        let (pair, periods) = p;
        let title = s.m(Message::new("text-pair-sessions")
            .text("pair", pair.pair_id.as_str())
            .text("period", period.clone()));
        s.line(&title);
        let rows = periods
            .iter()
            .map(|x| {
                vec![
                    x.period.to_string(),
                    s.count(x.counts.held as usize),
                    s.count(x.counts.cancelled as usize),
                    s.count(x.counts.no_show as usize),
                ]
            })
            .collect();
        s.table(
            &["col-period", "col-held", "col-cancelled", "col-no-show"],
            rows,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::{group_ratings, ByKey, RatingSum};

    #[test]
    fn values_by_key_stay_in_key_order_however_they_come() {
        let mut by = ByKey::<u32>::default();
        for key in [5, 5, 7, 3, 7, 6, 3, 9] {
            *by.entry(key) += 1;
        }
        let all: Vec<(i32, u32)> = by.iter().copied().collect();
        assert_eq!(all, vec![(3, 2), (5, 2), (6, 1), (7, 2), (9, 1)]);
        assert_eq!(by.get(6), Some(&1));
        assert_eq!(by.get(4), None);
        assert_eq!(by.range(4, 7), &[(5, 2), (6, 1), (7, 2)]);
        assert_eq!(by.range(10, 20), &[]);
        assert_eq!(by.range(7, 5), &[]);
    }

    /// A group's ratings per month are its members' summed in their order, months without a
    /// rating left out, as entries found month by month give them (bit for bit: 0.1 + 0.2 + 0.3
    /// is not 0.3 + 0.2 + 0.1).
    #[test]
    fn a_groups_ratings_are_its_members_summed_in_order() {
        let pair = |months: &[(i32, f64)]| {
            let mut by = ByKey::<RatingSum>::default();
            for &(m, r) in months {
                let e = by.entry(m);
                e.0 += r;
                e.1 += 1;
            }
            by
        };
        let per_pair = vec![
            pair(&[(24_300, 0.1), (24_305, 4.0)]),
            pair(&[]),
            pair(&[(24_300, 0.2), (24_290, 2.0)]),
            pair(&[(24_300, 0.3), (24_310, 5.0), (24_310, 1.0)]),
        ];
        let members = [0, 1, 2, 3];
        let mut searched = ByKey::<RatingSum>::default();
        for &i in &members {
            for (m, (sum, n)) in per_pair[i].iter() {
                let e = searched.entry(*m);
                e.0 += sum;
                e.1 += n;
            }
        }
        let bits = |by: &ByKey<RatingSum>| -> Vec<(i32, u64, usize)> {
            by.iter().map(|(m, (s, n))| (*m, s.to_bits(), *n)).collect()
        };
        let grouped = group_ratings(&members, &per_pair);
        assert_eq!(bits(&grouped), bits(&searched));
        assert_eq!(
            grouped.iter().map(|e| e.0).collect::<Vec<_>>(),
            [24_290, 24_300, 24_305, 24_310]
        );
        assert_eq!(grouped.get(24_300).map(|e| e.0), Some(0.1 + 0.2 + 0.3));
        assert_eq!(group_ratings(&[1], &per_pair).iter().count(), 0);
        assert_eq!(group_ratings(&[], &per_pair).iter().count(), 0);
    }
}
