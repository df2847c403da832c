//! Matching (SPEC §4.7): what made pairs work in this organisation's own history, and who should
//! mentor whom now.
//!
//! Pair features, as they stood on the day a pair started:
//! - `same_department`, `same_location` — when people have those attributes;
//! - `level_gap` — mentor `job_level` − mentee `job_level` (each lowered by the person's
//!   promotions after that day, when promotions are loaded), in bands `≤0`, `1`, `2`, `≥3`;
//! - `tenure_gap_years` — how much longer the mentor had been employed;
//! - `mentor_load` — the mentor's other pairs active that day; `mentor_experience` — the mentor's
//!   pairs started before;
//! - `shared_interests` — Jaccard overlap of the mentee's `interests` and the mentor's `skills`
//!   (`;`-separated), when both attributes exist.
//!
//! Outcome: ending early (`end_reason = ended_early`), as time from the start; pairs that completed
//! or were rematched are censored at their end, active ones at `as_of`.
//!
//! - What worked: per feature level the pairs, early ends and early-end rate, and the goal
//!   completion rate of their goals (Wilson intervals; levels with fewer than `min_group_size`
//!   pairs suppressed); a Cox model (Efron ties) of ending early on all features (numeric ones as
//!   numbers, `level_gap` as indicators against its most frequent band); and its concordance on
//!   the pairs of the last year when fitted on the earlier ones.
//! - Suggestions: candidate mentors are people employed at `as_of`, not the mentee, not already
//!   paired with them, with a free slot (`mentor_capacity` − active pairs as mentor; without that
//!   attribute, 2 for anyone above the mentee's level). A candidate pair's score is the model's
//!   probability of not ending early within 365 days, S(365) = exp(−H₀(365)·e^{β·(x − x̄)}) with
//!   Breslow's baseline; below [`MODEL_MIN_CLOSED_PAIRS`] closed pairs, a plain rule (level gap 1–2
//!   scores 1, anything else 0.5) with a warning. The assignment maximises the total score
//!   ([`super::assignment`]); the first-come-first-served greedy total is reported beside it.

use super::assignment::{self, Candidates};
use super::options::{flag, rows, typed_value, Analysis, Flag, Part, Rows, Takes};
use super::people::Promotions;
use super::survival::{reference, Design, Tiebreak};
use super::{IsoDate, Params, View};
use crate::document::{finite, Summary};
use crate::error::{Error, Result};
use crate::i18n::{Locale, Localize, Message};
use crate::model::date::Day;
use crate::model::{Dataset, EndReason, GoalStatus, Table, Text, Values};
use crate::privacy::{suppress, warn_suppressed, Grouped};
use crate::stats::cox::{concordance_index, cox, CoxData, CoxFit, Ties};
use crate::stats::math::exp;
use crate::stats::wilson::wilson;
use crate::stats::{Estimate, LEVEL};
use crate::text::{items, overlap};
use crate::warning::InLocale;
use crate::warning::{code, Warning};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Below this many closed pairs the history cannot carry a model; suggestions use the rule.
pub const MODEL_MIN_CLOSED_PAIRS: usize = 40;
/// The horizon of a suggestion's score, in days.
pub const HORIZON_DAYS: f64 = 365.0;
/// Pairs that started within this many days before `as_of` validate the model fitted on the rest.
pub const VALIDATION_DAYS: Day = 365;

/// Below this concordance on the last year's pairs the history predicts early ends hardly better
/// than chance (0.5): suggestions are then scored by the plain rule, and say so.
pub const MIN_VALIDATION_CONCORDANCE: f64 = 0.6;
/// Mentor capacity when people have no `mentor_capacity` attribute (for mentees below them).
pub const DEFAULT_CAPACITY: usize = 2;
/// Alternatives listed beside each suggestion.
pub const ALTERNATIVES: usize = 3;

/// The band of a level gap.
fn gap_band(gap: f64) -> &'static str {
    GAP_BANDS[band_of(gap)]
}

/// The index in [`GAP_BANDS`] of a level gap's band.
fn band_of(gap: f64) -> usize {
    if gap <= 0.0 {
        0
    } else if gap < 1.5 {
        1
    } else if gap < 2.5 {
        2
    } else {
        3
    }
}

const GAP_BANDS: [&str; 4] = ["≤0", "1", "2", "≥3"];

/// People's attributes that matching reads.
struct Attributes<'a> {
    department: Option<&'a Vec<Option<Text>>>,
    location: Option<&'a Vec<Option<Text>>>,
    level: Option<&'a Vec<Option<f64>>>,
    capacity: Option<&'a Vec<Option<f64>>>,
    /// Each person's `interests` and `skills` as item lists, when people have both attributes.
    interests: Option<Lists>,
    skills: Option<Lists>,
    /// Each person's promotion dates, to lower `job_level` to what it was on a day.
    promotions: Promotions,
}

impl<'a> Attributes<'a> {
    fn of(d: &'a Dataset) -> Attributes<'a> {
        let text = |n: &str| match d.people.column(n).map(|c| &c.values) {
            Some(Values::Text(v)) => Some(v),
            _ => None,
        };
        let number = |n: &str| match d.people.column(n).map(|c| &c.values) {
            Some(Values::Numeric(v)) => Some(v),
            _ => None,
        };
        Attributes {
            department: text("department"),
            location: text("location"),
            level: number("job_level"),
            capacity: number("mentor_capacity"),
            interests: text("interests")
                .zip(text("skills"))
                .map(|(i, _)| Lists::of(i)),
            skills: text("skills")
                .zip(text("interests"))
                .map(|(s, _)| Lists::of(s)),
            promotions: Promotions::of(d),
        }
    }

    /// `job_level` on `day`: today's less the promotions after it.
    fn level_on(&self, person: usize, day: Day) -> Option<f64> {
        let now = self.level?[person]?;
        let later = self
            .promotions
            .dates(person)
            .iter()
            .filter(|p| **p > day)
            .count();
        Some(now - later as f64)
    }

    fn same(v: Option<&Vec<Option<Text>>>, a: usize, b: usize) -> Option<f64> {
        let v = v?;
        Some(f64::from(u8::from(v[a].as_ref()? == v[b].as_ref()?)))
    }
}

/// Each person's items of a `;`-separated attribute, as one of its distinct lists: people share
/// a few lists, so a program of 200,000 people holds a number each, not 200,000 lists of strings.
struct Lists {
    of: Vec<u32>,
    lists: Vec<Vec<String>>,
}

impl Lists {
    fn of(values: &[Option<Text>]) -> Lists {
        let mut seen: rustc_hash::FxHashMap<&str, u32> = Default::default();
        let mut lists = Vec::new();
        let of = values
            .iter()
            .map(|v| {
                let text = v.as_deref().unwrap_or("");
                *seen.entry(text).or_insert_with(|| {
                    lists.push(items(text));
                    (lists.len() - 1) as u32
                })
            })
            .collect();
        Lists { of, lists }
    }

    /// Person `i`'s items.
    fn get(&self, i: usize) -> &[String] {
        &self.lists[self.of[i] as usize]
    }
}

/// The features of a mentor–mentee pair on a day, by name; `None` where unknown.
#[derive(Clone, Copy)]
struct FeatureRow {
    same_department: Option<f64>,
    same_location: Option<f64>,
    level_gap: Option<f64>,
    tenure_gap_years: f64,
    mentor_load: f64,
    mentor_experience: f64,
    shared_interests: Option<f64>,
}

/// How a feature is reported and modelled.
#[derive(Clone, Copy, PartialEq)]
enum FeatureKind {
    Boolean,
    Gap,
    Numeric,
}

/// The features in report order, with their kind.
const FEATURES: [(&str, FeatureKind); 7] = [
    ("same_department", FeatureKind::Boolean),
    ("same_location", FeatureKind::Boolean),
    ("level_gap", FeatureKind::Gap),
    ("tenure_gap_years", FeatureKind::Numeric),
    ("mentor_load", FeatureKind::Numeric),
    ("mentor_experience", FeatureKind::Numeric),
    ("shared_interests", FeatureKind::Numeric),
];

impl FeatureRow {
    /// Feature `k` of [`FEATURES`].
    fn get(&self, k: usize) -> Option<f64> {
        match k {
            0 => self.same_department,
            1 => self.same_location,
            2 => self.level_gap,
            3 => Some(self.tenure_gap_years),
            4 => Some(self.mentor_load),
            5 => Some(self.mentor_experience),
            _ => self.shared_interests,
        }
    }
}

/// Each person's pairs as mentor.
fn pairs_by_mentor(d: &Dataset) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); d.people.len()];
    for (k, p) in d.pairs.rows.iter().enumerate() {
        out[p.mentor].push(k);
    }
    out
}

/// Of a mentor's pairs (`theirs`): how many were active on `day` (other than `except`), and how
/// many had started before it.
fn load_and_experience(
    d: &Dataset,
    theirs: &[usize],
    day: Day,
    except: Option<usize>,
) -> (f64, f64) {
    let mut load = 0.0;
    let mut before = 0.0;
    for &k in theirs {
        let q = &d.pairs.rows[k];
        if Some(k) == except {
            continue;
        }
        if q.start < day {
            before += 1.0;
        }
        if q.start <= day && q.end.is_none_or(|e| e > day) {
            load += 1.0;
        }
    }
    (load, before)
}

/// The features of mentor and mentee on `day`, given the mentor's load and experience then.
fn features(
    d: &Dataset,
    a: &Attributes,
    mentor: usize,
    mentee: usize,
    day: Day,
    (load, experience): (f64, f64),
) -> FeatureRow {
    let people = &d.people.rows;
    let shared = match (&a.interests, &a.skills) {
        (Some(i), Some(s)) => Some(overlap(i.get(mentee), s.get(mentor))),
        _ => None,
    };
    FeatureRow {
        same_department: Attributes::same(a.department, mentor, mentee),
        same_location: Attributes::same(a.location, mentor, mentee),
        level_gap: a
            .level_on(mentor, day)
            .zip(a.level_on(mentee, day))
            .map(|(m, e)| m - e),
        tenure_gap_years: f64::from(people[mentee].hire - people[mentor].hire) / 365.25,
        mentor_load: load,
        mentor_experience: experience,
        shared_interests: shared,
    }
}

/// One level of a feature.
#[derive(Debug, Clone, Serialize)]
pub struct LevelStats {
    pub feature: String,
    pub level: String,
    pub pairs: usize,
    pub early_ends: usize,
    pub early_end_rate: Estimate,
    pub goal_completion: Option<Estimate>,
}

/// The model's concordance on the last year's pairs when fitted on the earlier ones.
#[derive(Debug, Clone, Serialize)]
pub struct Validation {
    pub concordance: Option<f64>,
    pub train_pairs: usize,
    pub test_pairs: usize,
    pub test_events: usize,
}

/// What worked (SPEC §4.7, part 1).
#[derive(Debug, Clone, Serialize)]
pub struct Matching {
    pub as_of: IsoDate,
    pub pairs: usize,
    pub early_ends: usize,
    /// Per feature level; a suppressed level reads `{ group: "feature=level", suppressed, n_below }`.
    pub features: Vec<Grouped<LevelStats>>,
    pub model: Option<CoxFit>,
    /// What each of the model's terms is, in its order (the results name them as text).
    #[serde(skip)]
    pub terms: Vec<Term>,
    pub validation: Option<Validation>,
    pub warnings: Vec<Warning>,
}

/// Every pair's features at its start, its follow-up and outcome.
struct History {
    rows: Vec<FeatureRow>,
    time: Vec<f64>,
    early: Vec<bool>,
    start: Vec<Day>,
    closed: usize,
}

fn history(d: &Dataset, a: &Attributes, as_of: Day) -> History {
    let mut h = History {
        rows: Vec::with_capacity(d.pairs.len()),
        time: Vec::new(),
        early: Vec::new(),
        start: Vec::new(),
        closed: 0,
    };
    let by_mentor = pairs_by_mentor(d);
    for (k, p) in d.pairs.rows.iter().enumerate() {
        let load = load_and_experience(d, &by_mentor[p.mentor], p.start, Some(k));
        h.rows
            .push(features(d, a, p.mentor, p.mentee, p.start, load));
        let end = p.end.unwrap_or(as_of).min(as_of);
        h.time.push(f64::from((end - p.start).max(0)));
        h.early
            .push(p.end.is_some() && p.end_reason == Some(EndReason::EndedEarly));
        h.start.push(p.start);
        h.closed += usize::from(p.end.is_some());
    }
    h
}

/// A term of the matching model as its design made it: a feature, or one band of the level gap,
/// measured against the reference band (the most common one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Term {
    Feature(&'static str),
    Gap {
        band: &'static str,
        reference: &'static str,
    },
}

impl Term {
    /// The term's name in the model's results (`same_department`, `level_gap=2`).
    fn name(self) -> String {
        match self {
            Term::Feature(name) => name.to_string(),
            Term::Gap { band, .. } => format!("level_gap={band}"),
        }
    }
}

/// The design: the columns of the features present (at least two distinct values), `level_gap` as
/// indicators against its most frequent band; fitted over the rows where every one is known.
struct PairDesign {
    /// The model's terms, in the order of its columns.
    terms: Vec<Term>,
    /// Which feature (its index in [`FEATURES`]) and (for the gap) which band each column is.
    columns: Vec<(usize, Option<usize>)>,
}

impl PairDesign {
    /// The design over the history's pairs `rows`.
    fn of(h: &History, rows: &[usize]) -> PairDesign {
        let mut terms = Vec::new();
        let mut columns = Vec::new();
        for (k, (name, kind)) in FEATURES.into_iter().enumerate() {
            let values: Vec<f64> = rows.iter().filter_map(|&i| h.rows[i].get(k)).collect();
            if values.is_empty() {
                continue;
            }
            if kind == FeatureKind::Gap {
                let mut count = [0usize; GAP_BANDS.len()];
                for v in &values {
                    count[band_of(*v)] += 1;
                }
                // The most frequent band is the reference (the last of equals).
                let Some(reference) = reference(count.into_iter().enumerate(), Tiebreak::Last)
                else {
                    continue;
                };
                for (band, label) in GAP_BANDS.iter().enumerate() {
                    if band != reference && count[band] > 0 {
                        terms.push(Term::Gap {
                            band: label,
                            reference: GAP_BANDS[reference],
                        });
                        columns.push((k, Some(band)));
                    }
                }
            } else if values.iter().any(|v| *v != values[0]) {
                terms.push(Term::Feature(name));
                columns.push((k, None));
            }
        }
        PairDesign { terms, columns }
    }

    /// The row's covariates, or `None` when a feature in the design is unknown for it.
    fn x(&self, r: &FeatureRow) -> Option<Vec<f64>> {
        self.columns.iter().map(|&c| Self::value(c, r)).collect()
    }

    /// Column `(k, band)`'s value for the row: the feature, or 0/1 for the band.
    fn value((k, band): (usize, Option<usize>), r: &FeatureRow) -> Option<f64> {
        let v = r.get(k)?;
        Some(match band {
            Some(b) => f64::from(u8::from(band_of(v) == b)),
            None => v,
        })
    }

    /// The design over every pair of the history, as the survival toolkit fits it.
    fn over(&self, h: &History) -> Design<'static> {
        Design {
            names: self.terms.iter().map(|t| t.name()).collect(),
            columns: self
                .columns
                .iter()
                .map(|&c| h.rows.iter().map(|r| Self::value(c, r)).collect())
                .collect(),
            mentored: None,
        }
    }
}

/// A fitted model with what scoring needs: covariate means and Breslow's baseline at the horizon.
struct Fitted {
    design: PairDesign,
    fit: CoxFit,
    means: Vec<f64>,
    baseline: f64,
}

impl Fitted {
    fn linear(&self, x: &[f64]) -> f64 {
        self.fit
            .terms
            .iter()
            .zip(x.iter().zip(&self.means))
            .map(|(t, (x, m))| t.coef * (x - m))
            .sum()
    }

    /// Probability of not ending early within the horizon.
    fn score(&self, x: &[f64]) -> f64 {
        exp(-self.baseline * exp(self.linear(x)))
    }
}

/// Fits the model on the pairs `rows` (indices into the history).
fn fit(h: &History, design: PairDesign, rows: &[usize]) -> Result<Fitted> {
    let over = design.over(h);
    let kept = over.complete(rows.iter().copied());
    let x = over.matrix(&kept);
    let stop: Vec<f64> = kept.iter().map(|&i| h.time[i]).collect();
    let event: Vec<bool> = kept.iter().map(|&i| h.early[i]).collect();
    let data = CoxData {
        start: None,
        stop: &stop,
        event: &event,
        x: &x,
        names: &over.names,
        weights: None,
        robust: false,
        concordance: true,
        by_stop: None,
    };
    let fit = cox(&data, Ties::Efron, LEVEL)?;
    let n = stop.len().max(1) as f64;
    let means: Vec<f64> = x.iter().map(|c| c.iter().sum::<f64>() / n).collect();
    let lp: Vec<f64> = (0..stop.len())
        .map(|i| {
            fit.terms
                .iter()
                .enumerate()
                .map(|(a, t)| t.coef * (x[a][i] - means[a]))
                .sum()
        })
        .collect();
    let baseline = crate::stats::cox::breslow_cumulative_hazard(&stop, &event, &lp, HORIZON_DAYS);
    Ok(Fitted {
        design,
        fit,
        means,
        baseline,
    })
}

/// Quartile bands of a numeric feature: `(label, lower exclusive, upper inclusive)`.
fn bands(values: &[f64]) -> Vec<(String, f64, f64)> {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let Some(&hi) = v.last() else {
        return Vec::new();
    };
    let at = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
    let mut cuts = vec![at(0.25), at(0.5), at(0.75), hi];
    cuts.dedup();
    let mut out = Vec::new();
    let mut below = f64::NEG_INFINITY;
    for c in cuts {
        let members: Vec<f64> = v
            .iter()
            .copied()
            .filter(|x| *x > below && *x <= c)
            .collect();
        if let (Some(a), Some(b)) = (members.first(), members.last()) {
            let label = if a == b {
                number(*a)
            } else {
                format!("{}–{}", number(*a), number(*b))
            };
            out.push((label, below, c));
        }
        below = c;
    }
    out
}

fn number(x: f64) -> String {
    let r = (x * 100.0).round() / 100.0;
    format!("{r}")
}

/// The level label of every pair for one feature (`None`: unknown).
fn levels(h: &History, k: usize, kind: FeatureKind) -> Vec<Option<String>> {
    let values: Vec<Option<f64>> = h.rows.iter().map(|r| r.get(k)).collect();
    match kind {
        FeatureKind::Boolean => values
            .iter()
            .map(|v| v.map(|v| (v > 0.5).to_string()))
            .collect(),
        FeatureKind::Gap => values
            .iter()
            .map(|v| v.map(|v| gap_band(v).to_string()))
            .collect(),
        FeatureKind::Numeric => {
            let known: Vec<f64> = values.iter().flatten().copied().collect();
            let b = bands(&known);
            values
                .iter()
                .map(|v| {
                    let v = (*v)?;
                    b.iter()
                        .find(|(_, lo, hi)| v > *lo && v <= *hi)
                        .map(|(l, _, _)| l.clone())
                })
                .collect()
        }
    }
}

/// Per feature level: pairs, early ends, the early-end rate and goal completion.
fn level_table(
    d: &Dataset,
    h: &History,
    min_group_size: usize,
) -> Result<Vec<Grouped<LevelStats>>> {
    let mut goals = vec![(0usize, 0usize); d.pairs.len()];
    for g in &d.goals.rows {
        goals[g.pair].1 += 1;
        goals[g.pair].0 += usize::from(g.status == GoalStatus::Completed);
    }
    let mut out = Vec::new();
    for (k, (name, kind)) in FEATURES.into_iter().enumerate() {
        let labels = levels(h, k, kind);
        let mut order: Vec<String> = labels.iter().flatten().cloned().collect();
        order.sort();
        order.dedup();
        if kind == FeatureKind::Gap {
            order.sort_by_key(|l| GAP_BANDS.iter().position(|b| b == l));
        } else if kind == FeatureKind::Numeric {
            order = bands_in_order(&labels);
        }
        if order.is_empty() {
            continue;
        }
        // Each level's pairs, in one pass.
        let index: HashMap<&str, usize> = order
            .iter()
            .enumerate()
            .map(|(j, l)| (l.as_str(), j))
            .collect();
        let mut by_level = vec![Vec::new(); order.len()];
        for (i, label) in labels.iter().enumerate() {
            if let Some(&j) = label.as_deref().and_then(|l| index.get(l)) {
                by_level[j].push(i);
            }
        }
        let mut raw = Vec::new();
        for (level, members) in order.iter().zip(by_level) {
            let early = members.iter().filter(|&&i| h.early[i]).count();
            let (done, all) = members
                .iter()
                .fold((0, 0), |(a, b), &i| (a + goals[i].0, b + goals[i].1));
            let stats = LevelStats {
                feature: name.to_string(),
                level: level.clone(),
                pairs: members.len(),
                early_ends: early,
                early_end_rate: wilson(early, members.len(), LEVEL)?,
                goal_completion: (all > 0).then(|| wilson(done, all, LEVEL)).transpose()?,
            };
            raw.push((format!("{name}={level}"), members.len(), stats));
        }
        out.extend(suppress(raw, min_group_size));
    }
    Ok(out)
}

/// Numeric band labels in the order of their values.
fn bands_in_order(labels: &[Option<String>]) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for l in labels.iter().flatten() {
        if !seen.contains(l) {
            seen.push(l.clone());
        }
    }
    let first = |l: &str| {
        l.split('–')
            .next()
            .and_then(|x| x.parse::<f64>().ok())
            .unwrap_or(f64::INFINITY)
    };
    seen.sort_by(|a, b| first(a).total_cmp(&first(b)));
    seen
}

/// The time-split validation: fitted on pairs started before the last year, concordance on the
/// last year's pairs (none when either side has no early end).
fn validate(h: &History, as_of: Day) -> Option<Validation> {
    let cut = as_of - VALIDATION_DAYS;
    let train: Vec<usize> = (0..h.rows.len()).filter(|&i| h.start[i] < cut).collect();
    let test: Vec<usize> = (0..h.rows.len()).filter(|&i| h.start[i] >= cut).collect();
    let design = PairDesign::of(h, &train);
    let test_events = test.iter().filter(|&&i| h.early[i]).count();
    let model = if design.terms.is_empty() || test_events == 0 {
        None
    } else {
        fit(h, design, &train).ok()
    };
    let concordance = model.and_then(|m| {
        let (mut t, mut s, mut e) = (Vec::new(), Vec::new(), Vec::new());
        for &i in &test {
            if let Some(x) = m.design.x(&h.rows[i]) {
                t.push(h.time[i]);
                // Higher hazard, earlier end: the score is the negated linear predictor.
                s.push(-m.linear(&x));
                e.push(h.early[i]);
            }
        }
        e.iter().any(|x| *x).then(|| concordance_index(&t, &s, &e))
    });
    Some(Validation {
        concordance,
        train_pairs: train.len(),
        test_pairs: test.len(),
        test_events,
    })
}

/// `matching` has no options of its own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatchingOptions {}

impl Analysis for MatchingOptions {
    const NAME: &'static str = "matching";
    const NEEDS: &'static [Table] = &[Table::Pairs];
    type Output = Matching;
    const ABOUT: &'static str = "What made pairs work here: per feature of a pair at its start (same department or location, level gap, tenure gap, mentor load and experience, shared interests) the early-end and goal-completion rates, a Cox model of ending early, and its validation on the last year";
    const TABLES: &'static [Rows] = &[
        rows("matching", "a row per feature and level", &["features"]),
        rows(
            "matching_terms",
            "a row per term of the Cox model",
            &["model", "terms"],
        ),
    ];

    fn analyse(&self, view: &View<'_>, params: &Params) -> Result<Matching> {
        matching_on(view, params)
    }
}

impl Part for MatchingOptions {}

super::warnings_in_locale!(Matching);

pub fn matching(d: &Dataset, params: &Params) -> Result<Matching> {
    MatchingOptions {}.run(d, params)
}

fn matching_on(view: &View<'_>, params: &Params) -> Result<Matching> {
    let v = &view.data;
    let mut warnings = view.warnings.clone();
    let attributes = Attributes::of(v);
    let h = history(v, &attributes, view.as_of);
    let features = level_table(v, &h, params.min_group_size)?;
    warnings.extend(warn_suppressed(&features, "pairs", params.min_group_size));
    let all: Vec<usize> = (0..h.rows.len()).collect();
    let design = PairDesign::of(&h, &all);
    let terms = design.terms.clone();
    let model = if design.terms.is_empty() {
        None
    } else {
        match fit(&h, design, &all) {
            Ok(m) => Some(m.fit),
            Err(e) => {
                warnings.push(Warning::new(
                    code::MODEL_NOT_FITTED,
                    Message::new("warning-not-fitted")
                        .phrase("what", Message::new("model-matching"))
                        .phrase("error", e.message()),
                ));
                None
            }
        }
    };
    Ok(Matching {
        as_of: IsoDate(view.as_of),
        pairs: h.rows.len(),
        early_ends: h.early.iter().filter(|e| **e).count(),
        features,
        terms: if model.is_some() { terms } else { Vec::new() },
        model,
        validation: validate(&h, view.as_of),
        warnings,
    })
}

/// Hard constraints a user may put on suggestions.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct SuggestOptions {
    /// The mentees to match (person ids); default: everyone in `requests`.
    #[serde(deserialize_with = "typed_value")]
    pub mentees: Vec<String>,
    /// Only mentors who have mentored in the program the mentee asked for.
    #[serde(deserialize_with = "typed_value")]
    pub same_program: bool,
    /// Only mentors from another department than the mentee's.
    #[serde(deserialize_with = "typed_value")]
    pub different_department: bool,
    /// Only mentors at least this many levels above the mentee.
    #[serde(deserialize_with = "typed_value")]
    pub min_level_gap: Option<i64>,
}

/// A term's part in a suggestion's score.
#[derive(Debug, Clone, Serialize)]
pub struct Contribution {
    pub term: String,
    pub value: f64,
    /// The term in words ("same department", "the mentor is 2 levels above").
    pub text: String,
    /// The term's contribution to the log-hazard of ending early, against the average pair of the
    /// history: below 0 it lowers the risk (raises the score).
    pub contribution: f64,
    #[serde(skip)]
    source: Message,
}

#[derive(Debug, Clone, Serialize)]
pub struct Alternative {
    pub mentor_id: String,
    pub score: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Assignment {
    pub mentee_id: String,
    pub mentor_id: String,
    pub score: f64,
    pub reasons: Vec<Contribution>,
    pub alternatives: Vec<Alternative>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Unmatched {
    pub mentee_id: String,
    pub why: String,
    #[serde(skip)]
    source: Message,
}

impl Localize for Suggestions {
    fn localize(&mut self, locale: Locale) {
        for a in &mut self.assignments {
            for r in &mut a.reasons {
                r.text = r.source.render(locale);
            }
        }
        for u in &mut self.unmatched {
            u.why = u.source.render(locale);
        }
        self.warnings.localize(locale);
    }
}

impl InLocale for Suggestions {
    fn warnings_mut(&mut self) -> &mut Vec<Warning> {
        &mut self.warnings
    }
}

/// What scored the suggestions (SPEC §4.7): the matching model, or the plain rule when it is not
/// trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SuggestModel {
    Cox,
    Rule,
}

impl SuggestModel {
    /// The key a message selects the model's name in the reader's language by.
    pub fn key(self) -> &'static str {
        match self {
            SuggestModel::Cox => "cox",
            SuggestModel::Rule => "rule",
        }
    }
}

/// Suggestions (SPEC §4.7, part 2).
#[derive(Debug, Clone, Serialize)]
pub struct Suggestions {
    pub as_of: IsoDate,
    pub model: SuggestModel,
    pub assignments: Vec<Assignment>,
    pub unmatched: Vec<Unmatched>,
    pub total_score: f64,
    pub greedy_total_score: f64,
    pub candidates: usize,
    pub warnings: Vec<Warning>,
}

/// The waiting mentees: the named ones, else the requests, in request order.
fn waiting(d: &Dataset, opts: &SuggestOptions) -> Result<Vec<(usize, Option<String>)>> {
    if !opts.mentees.is_empty() {
        return opts
            .mentees
            .iter()
            .map(|id| {
                d.people
                    .rows
                    .iter()
                    .position(|p| &p.id == id)
                    .map(|i| (i, None))
                    .ok_or_else(|| {
                        Error::Usage(format!("mentees: \"{id}\" is not a person_id of people"))
                    })
            })
            .collect();
    }
    if !d.requests.loaded {
        return Err(Error::MissingTable {
            analysis: "suggest".into(),
            table: Table::Requests.name().into(),
        });
    }
    let mut r: Vec<_> = d.requests.rows.iter().collect();
    r.sort_by_key(|r| (r.requested, r.mentee));
    Ok(r.iter().map(|r| (r.mentee, r.program.clone())).collect())
}

/// The model that scores candidates: fitted on the whole history, or none (the rule) when the
/// history is too short or cannot be fitted, with a warning saying so.
fn scoring_model(h: &History, as_of: Day, warnings: &mut Vec<Warning>) -> Option<Fitted> {
    let rule = || Message::new("suggest-rule");
    let near_chance = validate(h, as_of)
        .and_then(|v| v.concordance)
        .filter(|c| *c < MIN_VALIDATION_CONCORDANCE);
    if let Some(c) = near_chance.filter(|_| h.closed >= MODEL_MIN_CLOSED_PAIRS) {
        warnings.push(Warning::new(
            code::DEFAULTS_USED,
            Message::new("warning-suggest-near-chance")
                .fixed("concordance", c, 2)
                .num("chance", 0.5)
                .num("needed", MIN_VALIDATION_CONCORDANCE)
                .phrase("rule", rule()),
        ));
        return None;
    }
    if h.closed < MODEL_MIN_CLOSED_PAIRS {
        warnings.push(Warning::new(
            code::DEFAULTS_USED,
            Message::new("warning-suggest-too-few")
                .count("closed", h.closed)
                .count("needed", MODEL_MIN_CLOSED_PAIRS)
                .phrase("rule", rule()),
        ));
        return None;
    }
    let all: Vec<usize> = (0..h.rows.len()).collect();
    fit(h, PairDesign::of(h, &all), &all)
        .map_err(|e| {
            warnings.push(Warning::new(
                code::DEFAULTS_USED,
                Message::new("warning-suggest-not-fitted")
                    .phrase("error", e.message())
                    .phrase("rule", rule()),
            ))
        })
        .ok()
}

/// Who could mentor at `as_of`, and what each candidate pair would look like.
struct Pool<'a> {
    d: &'a Dataset,
    a: Attributes<'a>,
    as_of: Day,
    employed: Vec<bool>,
    /// Pairs each person mentors now.
    active: Vec<usize>,
    /// (mentor, mentee) of the pairs active now.
    paired: std::collections::HashSet<(usize, usize)>,
    /// The programs each person has mentored in.
    programs: Vec<Vec<&'a str>>,
    /// Each person's (load, experience) as a mentor on `as_of`.
    load: Vec<(f64, f64)>,
}

impl<'a> Pool<'a> {
    fn at(d: &'a Dataset, as_of: Day) -> Pool<'a> {
        let people = &d.people.rows;
        let mut pool = Pool {
            d,
            a: Attributes::of(d),
            as_of,
            employed: people
                .iter()
                .map(|p| p.hire <= as_of && p.exit.is_none_or(|x| x > as_of))
                .collect(),
            active: vec![0; people.len()],
            paired: Default::default(),
            programs: vec![Vec::new(); people.len()],
            load: Vec::new(),
        };
        for p in &d.pairs.rows {
            pool.programs[p.mentor].push(p.program.as_str());
            if p.end.is_none() {
                pool.active[p.mentor] += 1;
                pool.paired.insert((p.mentor, p.mentee));
            }
        }
        let by_mentor = pairs_by_mentor(d);
        pool.load = (0..people.len())
            .map(|j| load_and_experience(d, &by_mentor[j], as_of, None))
            .collect();
        pool
    }

    fn features(&self, mentor: usize, mentee: usize) -> FeatureRow {
        features(
            self.d,
            &self.a,
            mentor,
            mentee,
            self.as_of,
            self.load[mentor],
        )
    }

    /// Mentor `j`'s free slots for a mentee `level_gap` below (`None`: any mentee); 0 when `j`
    /// cannot mentor them.
    fn spare(&self, j: usize, level_gap: Option<f64>) -> usize {
        let capacity = match self.a.capacity {
            Some(c) => c[j].map_or(0, |c| c.max(0.0) as usize),
            None if level_gap.is_some_and(|g| g > 0.0) => DEFAULT_CAPACITY,
            None => 0,
        };
        capacity.saturating_sub(self.active[j])
    }

    /// Whether the user's constraints allow mentor `j` for mentee `i` (asking for `program`).
    fn allowed(
        &self,
        opts: &SuggestOptions,
        i: usize,
        j: usize,
        program: Option<&str>,
        f: &FeatureRow,
    ) -> bool {
        let department = self.a.department;
        !(opts.same_program && !program.is_some_and(|p| self.programs[j].contains(&p))
            || opts.different_department
                && department.is_some_and(|d| d[i].is_some() && d[i] == d[j])
            || opts
                .min_level_gap
                .is_some_and(|g| f.level_gap.is_none_or(|x| x < g as f64)))
    }
}

/// Every waiting mentee's scored candidates, the mentors' free slots, and why a mentee has none.
struct Scored {
    candidates: Vec<Candidates>,
    capacity: Vec<usize>,
    why: Vec<Option<&'static str>>,
}

fn score_candidates(
    pool: &Pool,
    mentees: &[(usize, Option<String>)],
    model: Option<&Fitted>,
    opts: &SuggestOptions,
) -> Scored {
    let n = pool.d.people.len();
    // With a capacity attribute, who has a free slot does not depend on the mentee.
    let may_mentor: Vec<bool> = (0..n)
        .map(|j| pool.employed[j] && (pool.a.capacity.is_none() || pool.spare(j, None) > 0))
        .collect();
    let mut out = Scored {
        candidates: Vec::with_capacity(mentees.len()),
        capacity: vec![0; n],
        why: Vec::with_capacity(mentees.len()),
    };
    for (i, program) in mentees {
        let i = *i;
        let mut c = Vec::new();
        if !pool.employed[i] {
            out.why.push(Some("unmatched-not-employed"));
            out.candidates.push(c);
            continue;
        }
        for j in (0..n).filter(|&j| j != i && may_mentor[j] && !pool.paired.contains(&(j, i))) {
            let f = pool.features(j, i);
            let slots = pool.spare(j, f.level_gap);
            if slots == 0 || !pool.allowed(opts, i, j, program.as_deref(), &f) {
                continue;
            }
            let score = match model {
                Some(m) => match m.design.x(&f) {
                    Some(x) => m.score(&x),
                    None => continue,
                },
                None => rule_score(f.level_gap),
            };
            out.capacity[j] = out.capacity[j].max(slots);
            c.push((j, score));
        }
        out.why.push(c.is_empty().then_some("unmatched-no-mentor"));
        out.candidates.push(c);
    }
    out
}

/// The chosen mentors with each term's part in the score and the next best candidates, and the
/// mentees left without one, with why.
fn explain(
    pool: &Pool,
    mentees: &[(usize, Option<String>)],
    scored: &Scored,
    chosen: &[Option<usize>],
    model: Option<&Fitted>,
) -> (Vec<Assignment>, Vec<Unmatched>) {
    let people = &pool.d.people.rows;
    let mut assignments = Vec::new();
    let mut unmatched = Vec::new();
    for (k, (i, _)) in mentees.iter().enumerate() {
        let candidates = &scored.candidates[k];
        let mentee_id = people[*i].id.clone();
        let Some(j) = chosen[k] else {
            let source = Message::new(scored.why[k].unwrap_or("unmatched-slots-taken"));
            unmatched.push(Unmatched {
                mentee_id,
                why: source.english(),
                source,
            });
            continue;
        };
        let mut others: Vec<&(usize, f64)> = candidates.iter().filter(|c| c.0 != j).collect();
        others.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        assignments.push(Assignment {
            mentee_id,
            mentor_id: people[j].id.clone(),
            score: candidates.iter().find(|c| c.0 == j).map_or(0.0, |c| c.1),
            reasons: model
                .and_then(|m| {
                    m.design
                        .x(&pool.features(j, *i))
                        .map(|x| contributions(m, &x))
                })
                .unwrap_or_default(),
            alternatives: others
                .iter()
                .take(ALTERNATIVES)
                .map(|(m, s)| Alternative {
                    mentor_id: people[*m].id.clone(),
                    score: *s,
                })
                .collect(),
        });
    }
    (assignments, unmatched)
}

impl Analysis for SuggestOptions {
    const NAME: &'static str = "suggest";
    const NEEDS: &'static [Table] = &[Table::Pairs];
    type Output = Suggestions;
    const ABOUT: &'static str = "Who should mentor whom: the assignment of waiting mentees (the requests table, or --mentees) to mentors with free slots that maximises the total score, with reasons, alternatives and the first-come-first-served total beside it";
    const FLAGS: &'static [Flag] = &[
        flag(
            "mentees",
            "The mentees to match, comma-separated person ids (default: everyone in requests.csv)",
            Takes::List,
        ),
        flag(
            "sameProgram",
            "Only mentors who have mentored in the program the mentee asked for",
            Takes::Switch,
        ),
        flag(
            "differentDepartment",
            "Only mentors from another department than the mentee's",
            Takes::Switch,
        ),
        flag(
            "minLevelGap",
            "Only mentors at least this many levels above the mentee",
            Takes::Value,
        ),
    ];
    const TABLES: &'static [Rows] = &[
        rows(
            "suggestions",
            "a row per waiting mentee with the mentor suggested",
            &["assignments"],
        ),
        rows(
            "unmatched",
            "a row per waiting mentee left without a mentor",
            &["unmatched"],
        ),
    ];

    fn analyse(&self, view: &View<'_>, _: &Params) -> Result<Suggestions> {
        suggest_on(view, self)
    }
}

/// Suggests a mentor for every waiting mentee, maximising the total score.
pub fn suggest(d: &Dataset, params: &Params, opts: &SuggestOptions) -> Result<Suggestions> {
    opts.run(d, params)
}

fn suggest_on(view: &View<'_>, opts: &SuggestOptions) -> Result<Suggestions> {
    let (v, as_of) = (view.data.as_ref(), view.as_of);
    let mut warnings = view.warnings.clone();
    let mentees = waiting(v, opts)?;
    let pool = Pool::at(v, as_of);
    let model = scoring_model(&history(v, &pool.a, as_of), as_of, &mut warnings);
    let scored = score_candidates(&pool, &mentees, model.as_ref(), opts);
    let best = assignment::optimal(&scored.candidates, &scored.capacity);
    let first_come: Vec<usize> = (0..mentees.len()).collect();
    let greedy = assignment::greedy(&scored.candidates, &scored.capacity, &first_come);
    let (assignments, unmatched) = explain(&pool, &mentees, &scored, &best, model.as_ref());
    Ok(Suggestions {
        as_of: IsoDate(as_of),
        model: if model.is_some() {
            SuggestModel::Cox
        } else {
            SuggestModel::Rule
        },
        total_score: assignment::total(&scored.candidates, &best),
        greedy_total_score: assignment::total(&scored.candidates, &greedy),
        candidates: scored.capacity.iter().filter(|c| **c > 0).count(),
        assignments,
        unmatched,
        warnings,
    })
}

/// The plain rule: a mentor one or two levels above scores 1, anyone else 0.5.
fn rule_score(level_gap: Option<f64>) -> f64 {
    if level_gap.is_some_and(|g| (1.0..=2.0).contains(&g)) {
        1.0
    } else {
        0.5
    }
}

/// A suggestion's term in words, for the value this pair has.
fn term_text(term: Term, x: f64) -> Message {
    let yes = if x != 0.0 { "yes" } else { "no" };
    let m = Message::new("term-text").text("yes", yes);
    match term {
        Term::Gap { band, .. } => {
            let gap = match band {
                "≤0" => "none",
                "1" => "one",
                "≥3" => "three",
                _ => "other",
            };
            m.text("term", "level_gap")
                .text("gap", gap)
                .text("band", band)
        }
        Term::Feature(name) => m.text("term", name).text("gap", "").text("band", ""),
    }
    .num("value", x)
    .fixed("years", x, 1)
    .fixed("share", 100.0 * x, 0)
}

fn contributions(m: &Fitted, x: &[f64]) -> Vec<Contribution> {
    let mut out: Vec<Contribution> = m
        .fit
        .terms
        .iter()
        .zip(&m.design.terms)
        .zip(x.iter().zip(&m.means))
        .map(|((t, term), (x, mean))| {
            let source = term_text(*term, *x);
            Contribution {
                term: t.term.clone(),
                value: *x,
                text: source.english(),
                contribution: t.coef * (x - mean),
                source,
            }
        })
        .collect();
    out.sort_by(|a, b| a.contribution.total_cmp(&b.contribution));
    out
}

// The analysis as a program manager reads it: its summary as text and on the page.

super::summarised!(Matching, summarise_matching);

super::summarised!(Suggestions, summarise_suggestions);

fn summarise_matching(s: &mut Summary, m: &Matching) {
    s.heading(
        Message::new("text-matching")
            .count("pairs", m.pairs)
            .count("early", m.early_ends),
    );
    let title = s.t("text-cox-matching");
    s.cox(title, Table::Pairs, m.model.as_ref());
    s.mark_main();
    s.forest("chart-matching-hr", m.model.as_ref());
    if let Some(v) = &m.validation {
        if let Some(concordance) = v.concordance.and_then(finite) {
            let line = s.m(Message::new("text-validation")
                .text("concordance", s.num(concordance, 2))
                .text("test", s.count(v.test_pairs))
                .text("train", s.count(v.train_pairs))
                .fixed("chance", 0.5, 1));
            s.line(&line);
        }
    }
    s.pointer("text-matching-more", false);
}

fn summarise_suggestions(s: &mut Summary, x: &Suggestions) {
    s.heading(
        Message::new("text-suggest")
            .text("model", x.model.key())
            .text("total", s.num(x.total_score, 2))
            .text("greedy", s.num(x.greedy_total_score, 2)),
    );
    let rows = x
        .assignments
        .iter()
        .map(|a| {
            let alternatives = a
                .alternatives
                .iter()
                .map(|y| format!("{} {}", y.mentor_id, s.num(y.score, 2)))
                .collect::<Vec<_>>()
                .join(", ");
            vec![
                a.mentee_id.clone(),
                a.mentor_id.clone(),
                s.num(a.score, 2),
                alternatives,
            ]
        })
        .collect();
    s.main_table(
        &["col-mentee", "col-mentor", "col-score", "col-alternatives"],
        rows,
    );
    for u in &x.unmatched {
        let line = s.m(Message::new("text-unmatched")
            .text("mentee", u.mentee_id.as_str())
            .text("why", u.why.as_str()));
        s.line(&line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each person's items, however many people share a text; none for a missing one.
    #[test]
    fn lists_are_each_persons_items_kept_once_per_text() {
        let text = |s: &str| Some(Text::from(s));
        let values = [
            text("Leadership; negotiation"),
            None,
            text("negotiation;leadership"),
            text("Leadership; negotiation"),
            text(""),
        ];
        let l = Lists::of(&values);
        let both = ["leadership".to_string(), "negotiation".to_string()];
        assert_eq!(l.get(0), &both);
        assert_eq!(l.get(1), &[] as &[String]);
        assert_eq!(l.get(2), &both);
        assert_eq!(l.get(3), &both);
        assert_eq!(l.get(4), &[] as &[String]);
        // Person 0 and 3 wrote the same text, person 1 and 4 none: three lists.
        assert_eq!(l.lists.len(), 3);
    }

    #[test]
    fn a_suggestions_terms_read_in_each_language() {
        let gap3 = Term::Gap {
            band: "≥3",
            reference: "1",
        };
        let gap = term_text(gap3, 1.0);
        assert_eq!(gap.english(), "the mentor is 3 or more levels above");
        assert_eq!(
            gap.render(Locale::De),
            "der Mentor steht 3 oder mehr Stufen höher"
        );
        assert_eq!(
            term_text(
                Term::Gap {
                    band: "2",
                    reference: "1"
                },
                0.0
            )
            .english(),
            "not a level gap of 2"
        );
        assert_eq!(
            term_text(Term::Feature("same_department"), 0.0).render(Locale::Fr),
            "services différents"
        );
        assert_eq!(
            term_text(Term::Feature("tenure_gap_years"), 2.5).render(Locale::Nl),
            "de mentor is 2,5 jaar langer in dienst"
        );
        assert_eq!(
            term_text(Term::Feature("shared_interests"), 0.25).english(),
            "the mentee's interests and the mentor's skills overlap 25%"
        );
    }

    #[test]
    fn gap_bands() {
        let b: Vec<&str> = [-1.0, 0.0, 1.0, 2.0, 3.0, 5.0].map(gap_band).to_vec();
        assert_eq!(b, ["≤0", "≤0", "1", "2", "≥3", "≥3"]);
    }

    #[test]
    fn quartile_bands_cover_every_value_once() {
        let v: Vec<f64> = (0..20).map(|i| f64::from(i % 5)).collect();
        let b = bands(&v);
        for x in &v {
            assert_eq!(b.iter().filter(|(_, lo, hi)| x > lo && x <= hi).count(), 1);
        }
        assert_eq!(b[0].0, "0–1");
    }
}
