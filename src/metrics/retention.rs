//! Retention — do mentored people stay longer? (SPEC §4.3)
//!
//! Event: an exit (all, or voluntary only — then other exits are censored at their date).
//! Duration: days from hire to exit, or to `as_of`. People hired after `as_of` are left out, and
//! exits after it count as still employed (the `as_of` view).
//!
//! - Groups by `by` (default the derived `mentored`): exit rate with Wilson interval,
//!   Kaplan–Meier curve and median, log-rank across groups; for two groups risk ratio, odds ratio,
//!   chi-square with and without Yates, Fisher's exact test (first group against the second:
//!   `true` before `false`, else label order); for more, the r×c chi-square.
//! - Cox PH (Efron) on the covariates asked for (default `mentored`): numeric attributes as they
//!   are, text attributes as 0/1 indicators against their most frequent level (`column=level`),
//!   derived flags and features by name. People missing a covariate are left out (a warning counts
//!   them). With `mentored` among the covariates the default exposure is **time-varying**: each
//!   person's follow-up is split at the start of their first pair, so time before mentoring counts
//!   as unmentored; the naive "ever mentored" fit is kept as `naive_cox`, with a warning naming
//!   immortal-time bias when the two hazard ratios differ by more than [`MATERIAL_LOG_HR`].
//! - Landmark (`exposure: landmark`): among people still employed `landmark_days` after hire, those
//!   mentored by then against the rest, followed from the landmark.
//! - Correlations of the exit flag with every numeric attribute and derived feature: point-biserial
//!   r and Spearman ρ with p-values and n (features exist only for mentored people).
//!
//! Groups smaller than `min_group_size` people are suppressed; a comparison or log-rank test that
//! would involve a suppressed group is left out, with a warning.

use super::drivers::summarise_drivers;
use super::drivers::{drivers, Driver};
use super::options::{flag, names, rows, typed_value, Analysis, Flag, Part, Rows, Takes};
use super::people::{person_column, PersonColumn, PersonFacts, FEATURES};
use super::survival::quartiles;
use super::survival::{
    compare, design, follow_up, honest_cox, mentored_cox, person_labels, thinned, Follow, Models,
};
pub use super::survival::{
    Comparison, Exits, Exposure, GroupRetention, Km, TwoGroups, MATERIAL_LOG_HR,
};
use super::{IsoDate, Params, View};
use crate::document::{finite, grouping, Summary};
use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::model::date::Day;
use crate::model::schema::Choice;
use crate::model::{Dataset, Table};
use crate::privacy::{suppression_warning, Grouped};
use crate::stats::correlation::{pearson, spearman_of_ranks};
use crate::stats::cox::CoxFit;
use crate::stats::{average_ranks, TestResult, LEVEL};
use crate::warning::{code, Warning};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::cell::OnceCell;

/// The default landmark.
pub const DEFAULT_LANDMARK_DAYS: u32 = 365;

/// Retention-specific options.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct RetentionOptions {
    /// `None`: `mentored` when the pairs table is loaded, else no model.
    #[serde(deserialize_with = "typed_value")]
    pub covariates: Option<Vec<String>>,
    pub exits: Exits,
    pub exposure: Exposure,
    #[serde(deserialize_with = "typed_value")]
    pub landmark_days: u32,
    /// Attributes of a propensity model of being mentored; non-empty adds `weighted` and `balance`.
    #[serde(deserialize_with = "typed_value")]
    pub adjust: Vec<String>,
}

impl Default for RetentionOptions {
    fn default() -> Self {
        RetentionOptions {
            adjust: Vec::new(),
            exits: Exits::default(),
            covariates: None,
            exposure: Exposure::default(),
            landmark_days: DEFAULT_LANDMARK_DAYS,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct CorrelationRow {
    pub feature: String,
    pub n: usize,
    pub point_biserial: Option<Coefficient>,
    pub spearman: Option<SpearmanCoefficient>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Coefficient {
    pub r: f64,
    pub p_value: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct SpearmanCoefficient {
    pub rho: f64,
    pub p_value: f64,
}

/// The landmark comparison.
#[derive(Debug, Clone, Serialize)]
pub struct Landmark {
    pub landmark_days: u32,
    pub n: usize,
    pub groups: Vec<Grouped<GroupRetention>>,
    pub logrank: Option<TestResult>,
    pub cox: Option<CoxFit>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Retention {
    pub as_of: IsoDate,
    pub exits: Exits,
    pub by: String,
    pub groups: Vec<Grouped<GroupRetention>>,
    pub comparison: Option<Comparison>,
    pub logrank: Option<TestResult>,
    pub exposure: Exposure,
    pub covariates: Vec<String>,
    pub cox: Option<CoxFit>,
    pub naive_cox: Option<CoxFit>,
    /// The index of the `mentored` term in `cox` and `naive_cox`, when they have one.
    #[serde(skip)]
    pub mentored_term: Option<usize>,
    pub landmark: Option<Landmark>,
    pub weighted: Option<Weighted>,
    pub balance: Option<Vec<Balance>>,
    pub correlations: Vec<CorrelationRow>,
    /// Survival by mentoring status counted from each person's first pair (Simon–Makuch), when
    /// `mentored` is time-varying: what charts and findings about "mentored vs not" show.
    pub exposure_curves: Option<ExposureCurves>,
    /// Every attribute of people ranked by its association with leaving (SPEC §4.3).
    pub drivers: Vec<Driver>,
    pub warnings: Vec<Warning>,
}

/// Survival curves of a time-dependent group (SPEC §4.3 `exposure_curves`).
#[derive(Debug, Clone, Serialize)]
pub struct ExposureCurves {
    /// `"simon-makuch"`.
    pub method: &'static str,
    /// `"true"` (mentored, from the first pair's start) and `"false"` (before it, or never).
    pub groups: Vec<Grouped<ExposureCurve>>,
}

/// One group's curve: the people who spent time in it, their exits in it, and the curve.
#[derive(Debug, Clone, Serialize)]
pub struct ExposureCurve {
    pub people: usize,
    pub exits: usize,
    pub km: Km,
}

/// Inverse-probability-weighted comparison of the ever mentored with the rest.
#[derive(Debug, Clone, Serialize)]
pub struct Weighted {
    pub adjust: Vec<String>,
    pub n: usize,
    pub treated: usize,
    /// Weights truncated at the 1st and 99th percentiles.
    pub trimmed: usize,
    pub propensity: crate::stats::logistic::LogitFit,
    pub groups: Vec<WeightedGroup>,
    pub cox: Option<CoxFit>,
    pub method: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct WeightedGroup {
    pub group: String,
    pub n: usize,
    pub weighted_exit_rate: f64,
}

/// Standardised mean difference of a covariate between the mentored and the rest.
#[derive(Debug, Clone, Serialize)]
pub struct Balance {
    pub covariate: String,
    pub smd_before: f64,
    pub smd_after: f64,
    /// |smd_after| > [`BALANCED_SMD`]: the weighting did not balance this covariate.
    pub imbalanced: bool,
}

/// A standardised difference above this after weighting counts as imbalance (Austin 2009's rule
/// of thumb).
pub const BALANCED_SMD: f64 = 0.1;

fn correlations(d: &Dataset, facts: &PersonFacts, follow: &[Follow]) -> Vec<CorrelationRow> {
    let mut names = d.people.numeric_columns();
    if d.pairs.loaded {
        names.extend(FEATURES.iter().map(|s| s.to_string()));
    }
    let left = |f: &Follow| f64::from(u8::from(f.event));
    // Everyone's exits, ranked once for the attributes every person has.
    let everyone: Vec<f64> = follow.iter().map(left).collect();
    let everyones_ranks = OnceCell::new();
    names
        .into_iter()
        .filter_map(|name| {
            let Some(PersonColumn::Numeric(v)) = person_column(d, facts, &name) else {
                return None;
            };
            let (x, y, y_ranks) = if v.iter().all(Option::is_some) {
                let ranks = everyones_ranks.get_or_init(|| average_ranks(&everyone));
                let mut x = Vec::with_capacity(v.len());
                x.extend(v.iter().flatten());
                (x, Cow::Borrowed(&everyone[..]), Cow::Borrowed(&ranks[..]))
            } else {
                let (x, y): (Vec<f64>, Vec<f64>) = v
                    .iter()
                    .zip(follow)
                    .filter_map(|(x, f)| x.map(|x| (x, left(f))))
                    .unzip();
                let ranks = average_ranks(&y);
                (x, Cow::Owned(y), Cow::Owned(ranks))
            };
            Some(CorrelationRow {
                feature: name,
                n: x.len(),
                point_biserial: pearson(&x, &y).ok().map(|c| Coefficient {
                    r: c.r,
                    p_value: c.p_value,
                }),
                spearman: spearman_of_ranks(&average_ranks(&x), &y_ranks)
                    .ok()
                    .map(|c| SpearmanCoefficient {
                        rho: c.r,
                        p_value: c.p_value,
                    }),
            })
        })
        .collect()
}

impl Analysis for RetentionOptions {
    const NAME: &'static str = "retention";
    type Output = Retention;
    const ABOUT: &'static str = "Retention: exit rates (Wilson), Kaplan–Meier curves, log-rank, risk and odds ratios, chi-square and Fisher tests by --by (default: mentored), a Cox model (time-varying mentoring exposure beside the naive \"ever mentored\" fit), and correlations of exits with attributes and mentoring features";
    const FLAGS: &'static [Flag] = &[
        flag(
            "covariates",
            "Cox covariates, comma-separated: numeric or text attributes of people, mentored, mentor, sessions_per_month, goal_completion_rate, mean_rating_received, months_mentored. Default: mentored (when pairs are loaded)",
            Takes::List,
        ),
        flag(
            "exits",
            "Which exits are events",
            Takes::Choice {
                names: names::<Exits>,
                bare: None,
            },
        ),
        flag(
            "exposure",
            "How being mentored enters the model: time-varying (from the first pair's start), ever (the naive comparison), or landmark (mentored by --landmark-days after hire)",
            Takes::Choice {
                names: names::<Exposure>,
                bare: None,
            },
        ),
        flag(
            "landmarkDays",
            "The landmark, in days after hire, for --exposure landmark",
            Takes::Value,
        ),
        flag(
            "adjust",
            "Propensity weighting on these attributes (adds `weighted` and `balance`)",
            Takes::List,
        ),
    ];
    const TABLES: &'static [Rows] = &[
        rows(
            "retention",
            "a row per group (mentored or not, or `by`)",
            &["groups"],
        ),
        Rows {
            carry: "group",
            ..rows(
                "retention_curves",
                "a row per step of each group's Kaplan–Meier curve",
                &["groups", "*", "km", "table"],
            )
        },
        rows(
            "retention_cox",
            "a row per term of the Cox model",
            &["cox", "terms"],
        ),
        rows("drivers", "a row per attribute of people", &["drivers"]),
        Rows {
            carry: "attribute",
            ..rows(
                "driver_levels",
                "a row per level of each driver",
                &["drivers", "*", "levels"],
            )
        },
        rows("correlations", "a row per attribute", &["correlations"]),
    ];

    fn analyse(&self, view: &View<'_>, params: &Params) -> Result<Retention> {
        retention_on(view, params, self)
    }
}

impl Part for RetentionOptions {
    /// Retention groups people: the report's `by` applies when it names dimensions of people
    /// (`findings --by OverTime`), not when it names only pairs'.
    fn in_report(view: &View<'_>, params: &Params) -> Result<Retention> {
        match Self::default().run_on(view, params) {
            Err(Error::Usage(_)) if !params.by.is_empty() => {
                let params = Params {
                    by: Vec::new(),
                    ..params.clone()
                };
                Self::default().run_on(view, &params)
            }
            other => other,
        }
    }

    /// Its curves thinned for drawing; the analysis keeps every step.
    fn kept(r: &mut Retention) {
        let landmark = r.landmark.iter_mut().flat_map(|l| l.groups.iter_mut());
        for g in r
            .groups
            .iter_mut()
            .chain(landmark)
            .filter_map(|g| g.shown_mut())
        {
            g.km.table = thinned(&g.km.table);
        }
        let exposure = r
            .exposure_curves
            .iter_mut()
            .flat_map(|e| e.groups.iter_mut());
        for g in exposure.filter_map(|g| g.shown_mut()) {
            g.km.table = thinned(&g.km.table);
        }
    }
}

super::warnings_in_locale!(Retention);

/// Runs the analysis.
pub fn retention(d: &Dataset, params: &Params, opts: &RetentionOptions) -> Result<Retention> {
    opts.run(d, params)
}

fn retention_on(view: &View<'_>, params: &Params, opts: &RetentionOptions) -> Result<Retention> {
    let v = &view.data;
    let as_of = view.as_of;
    let mut warnings = view.warnings.clone();
    let facts = PersonFacts::derive(v, as_of);
    let follow = follow_up(v, as_of, opts.exits);
    let hire: Vec<Day> = v.people.rows.iter().map(|p| p.hire).collect();

    // Without pairs (an HRIS export of people alone) there is no mentoring to group by: one group
    // of everyone, and the drivers say who leaves.
    let by = match (params.by.is_empty(), v.pairs.loaded) {
        (false, _) => params.by.clone(),
        (true, true) => vec!["mentored".to_string()],
        (true, false) => Vec::new(),
    };
    if by
        .iter()
        .any(|b| matches!(crate::text::snake_name(b).as_str(), "mentored" | "mentor"))
    {
        needs_pairs(v, || format!("retention by {}", by.join(", ")))?;
    }
    let labels = if by.is_empty() {
        vec!["all".to_string(); follow.len()]
    } else {
        person_labels(v, &facts, &by)?
    };
    if follow.iter().all(|f| !f.event) {
        warnings.push(Warning::new(
            code::NO_EVENTS,
            Message::new("warning-no-exits"),
        ));
    }
    let (groups, comparison, lr) = compare(&follow, &labels, params.min_group_size, &mut warnings)?;

    let covariates = match &opts.covariates {
        Some(c) => c.clone(),
        None if v.pairs.loaded => vec!["mentored".to_string()],
        None => Vec::new(),
    };
    let mut models = Models {
        cox: None,
        naive: None,
        exposure: opts.exposure,
        mentored: None,
    };
    if !covariates.is_empty() && opts.exposure != Exposure::Landmark {
        let design = design(v, &facts, &covariates)?;
        let wants_tv = opts.exposure == Exposure::TimeVarying;
        models = honest_cox(
            &follow,
            &hire,
            &facts,
            &design,
            wants_tv,
            Message::new("survived-employed"),
            opts.covariates.is_some(),
            &mut warnings,
        )?;
    }
    let landmark = if opts.exposure == Exposure::Landmark {
        needs_pairs(v, || "the landmark analysis".into())?;
        Some(landmark(
            &facts,
            &follow,
            &hire,
            opts,
            params.min_group_size,
            &mut warnings,
        )?)
    } else {
        None
    };
    let (weighted, balance) = if opts.adjust.is_empty() {
        (None, None)
    } else {
        needs_pairs(v, || "propensity weighting".into())?;
        match weighting(
            v,
            &facts,
            &follow,
            &opts.adjust,
            params.min_group_size,
            &mut warnings,
        )? {
            Some((w, b)) => (Some(w), Some(b)),
            None => (None, None),
        }
    };
    let exposure_curves = (models.exposure == Exposure::TimeVarying && v.pairs.loaded)
        .then(|| exposure_curves(&follow, &hire, &facts, params.min_group_size, &mut warnings))
        .transpose()?;
    Ok(Retention {
        drivers: drivers(v, &follow, params.min_group_size),
        exposure_curves,
        weighted,
        balance,
        as_of: IsoDate(as_of),
        exits: opts.exits,
        by: by.join(", "),
        groups,
        comparison,
        logrank: lr,
        exposure: models.exposure,
        covariates,
        mentored_term: models.mentored,
        cox: models.cox,
        naive_cox: models.naive,
        landmark,
        correlations: correlations(v, &facts, &follow),
        warnings,
    })
}

/// One group's counting-process intervals (each a person's time in the group), and its people.
#[derive(Default)]
struct Intervals {
    start: Vec<f64>,
    stop: Vec<f64>,
    event: Vec<bool>,
    people: usize,
}

/// Simon–Makuch curves: each person's follow-up (days since hire) split at the start of their first
/// pair as mentee; the time before it (or all of it, never mentored) in "false", the rest in "true".
fn exposure_curves(
    follow: &[Follow],
    hire: &[Day],
    facts: &PersonFacts,
    min_group_size: usize,
    warnings: &mut Vec<Warning>,
) -> Result<ExposureCurves> {
    // Per group (false, true).
    let mut intervals: [Intervals; 2] = Default::default();
    let mut push = |g: usize, start: f64, stop: f64, event: bool| {
        let i = &mut intervals[g];
        i.start.push(start);
        i.stop.push(stop);
        i.event.push(event);
        i.people += 1;
    };
    for (i, f) in follow.iter().enumerate() {
        // Entry at -1: a person is at risk from their hire day (an exit on it is at t = 0).
        let split = facts.first_mentored[i].map(|first| f64::from(first - hire[i]));
        match split {
            Some(s) if s <= 0.0 => push(1, -1.0, f.time, f.event),
            Some(s) if s < f.time => {
                push(0, -1.0, s, false);
                push(1, s, f.time, f.event);
            }
            _ => push(0, -1.0, f.time, f.event),
        }
    }
    let mut groups = Vec::new();
    for (
        g,
        Intervals {
            start,
            stop,
            event,
            people,
        },
    ) in intervals.into_iter().enumerate()
    {
        let exits = event.iter().filter(|e| **e).count();
        let km = (people > 0)
            .then(|| {
                crate::stats::kaplan_meier::kaplan_meier_counting(&start, &stop, &event, LEVEL)
            })
            .transpose()?;
        let label = if g == 1 { "true" } else { "false" };
        groups.push((
            label.to_string(),
            people,
            km.map(|k| ExposureCurve {
                people,
                exits,
                km: k.into(),
            }),
        ));
    }
    // The mentored group first, as the naive groups.
    groups.reverse();
    let groups: Vec<_> = groups
        .into_iter()
        .filter_map(|(label, n, curve)| Some((label, n, curve?)))
        .collect();
    let suppressed = crate::privacy::suppress(groups, min_group_size);
    let hidden = suppressed.iter().filter(|g| g.is_suppressed()).count();
    warnings.extend(suppression_warning(
        hidden,
        "curves",
        "people",
        min_group_size,
    ));
    Ok(ExposureCurves {
        method: "simon-makuch",
        groups: suppressed,
    })
}

/// Stabilised inverse-probability weights from a logistic model of being mentored on `adjust`,
/// truncated at their 1st and 99th percentiles; weighted exit rates; a weighted Cox model of
/// "ever mentored" with robust standard errors; and the balance table. `None` (with a warning)
/// when a group is below the privacy threshold or the model cannot be fitted.
fn weighting(
    d: &Dataset,
    facts: &PersonFacts,
    follow: &[Follow],
    adjust: &[String],
    min_group_size: usize,
    warnings: &mut Vec<Warning>,
) -> Result<Option<(Weighted, Vec<Balance>)>> {
    let design = design(d, facts, adjust)?;
    let people = design.complete(0..follow.len());
    let treated: Vec<bool> = people
        .iter()
        .map(|&i| facts.first_mentored[i].is_some())
        .collect();
    let n_t = treated.iter().filter(|t| **t).count();
    if n_t < min_group_size || people.len() - n_t < min_group_size {
        warnings.extend(suppression_warning(
            1,
            "weighting",
            "people",
            min_group_size,
        ));
        return Ok(None);
    }
    let cols = design.matrix(&people);
    let fit = match crate::stats::logistic::logistic(&treated, &cols, &design.names) {
        Ok(f) => f,
        Err(e) => {
            warnings.push(Warning::new(
                code::MODEL_NOT_FITTED,
                Message::new("warning-not-fitted")
                    .phrase("what", Message::new("model-propensity"))
                    .phrase("error", e.message()),
            ));
            return Ok(None);
        }
    };
    let mut w = stabilised_weights(&fit, &cols, &treated);
    let trimmed = truncate(&mut w);
    if trimmed > 0 {
        warnings.push(Warning::new(
            code::WEIGHTS_TRUNCATED,
            Message::new("warning-weights-truncated").count("trimmed", trimmed),
        ));
    }
    let followed: Vec<&Follow> = people.iter().map(|&i| &follow[i]).collect();
    let groups = weighted_groups(&followed, &treated, &w);
    let cox_fit = mentored_cox(
        &followed,
        &treated,
        Some(&w),
        "model-weighted-cox",
        warnings,
    );
    let balance: Vec<Balance> = design
        .names
        .iter()
        .zip(&cols)
        .map(|(name, col)| {
            let smd_after = standardised_difference(col, &treated, Some(&w));
            Balance {
                covariate: name.clone(),
                smd_before: standardised_difference(col, &treated, None),
                smd_after,
                imbalanced: smd_after.abs() > BALANCED_SMD,
            }
        })
        .collect();
    let left: Vec<String> = balance
        .iter()
        .filter(|b| b.imbalanced)
        .map(|b| format!("{} ({:.2})", b.covariate, b.smd_after))
        .collect();
    if !left.is_empty() {
        warnings.push(Warning::new(
            code::IMBALANCED,
            Message::new("warning-imbalanced")
                .num("limit", BALANCED_SMD)
                .text("covariates", left.join(", ")),
        ));
    }
    Ok(Some((
        Weighted {
            adjust: adjust.to_vec(),
            n: people.len(),
            treated: n_t,
            trimmed,
            propensity: fit,
            groups,
            cox: cox_fit,
            method: "stabilised inverse-probability weights (logistic propensity of ever being mentored), \
                     truncated at the 1st/99th percentiles; Cox PH of ever mentored with robust standard errors"
                .into(),
        },
        balance,
    )))
}

/// Fails unless the pairs table is loaded, naming the part of the analysis that needs it.
fn needs_pairs(v: &Dataset, what: impl FnOnce() -> String) -> Result<()> {
    if v.pairs.loaded {
        return Ok(());
    }
    Err(Error::MissingTable {
        analysis: what(),
        table: Table::Pairs.name().into(),
    })
}

/// Stabilised inverse-probability weights: P(treated) / e for the treated, P(untreated) / (1 − e)
/// for the others, e the fitted propensity.
fn stabilised_weights(
    fit: &crate::stats::logistic::LogitFit,
    cols: &[Vec<f64>],
    treated: &[bool],
) -> Vec<f64> {
    let share = treated.iter().filter(|t| **t).count() as f64 / treated.len() as f64;
    (0..treated.len())
        .map(|k| {
            let e = fit.predict(&cols.iter().map(|c| c[k]).collect::<Vec<f64>>());
            if treated[k] {
                share / e
            } else {
                (1.0 - share) / (1.0 - e)
            }
        })
        .collect()
}

/// Clamps the weights to their 1st and 99th percentiles; how many were clamped.
fn truncate(w: &mut [f64]) -> usize {
    let mut sorted = w.to_vec();
    sorted.sort_by(f64::total_cmp);
    let at = |q: f64| sorted[((sorted.len() - 1) as f64 * q).round() as usize];
    let (lo, hi) = (at(0.01), at(0.99));
    let trimmed = w.iter().filter(|x| **x < lo || **x > hi).count();
    for x in w {
        *x = x.clamp(lo, hi);
    }
    trimmed
}

/// The weighted exit rate of the mentored and of the others.
fn weighted_groups(followed: &[&Follow], treated: &[bool], w: &[f64]) -> Vec<WeightedGroup> {
    [true, false]
        .iter()
        .map(|&g| {
            let (num, den) = (0..followed.len())
                .filter(|&k| treated[k] == g)
                .fold((0.0, 0.0), |(a, b), k| {
                    (a + w[k] * f64::from(u8::from(followed[k].event)), b + w[k])
                });
            WeightedGroup {
                group: g.to_string(),
                n: treated.iter().filter(|t| **t == g).count(),
                weighted_exit_rate: num / den,
            }
        })
        .collect()
}

/// The standardised difference of a covariate's means between the treated and the others (pooled
/// standard deviation), with `weights` or without.
fn standardised_difference(col: &[f64], treated: &[bool], weights: Option<&[f64]>) -> f64 {
    let stats = |g: bool| {
        let (mut sw, mut s1, mut s2) = (0.0, 0.0, 0.0);
        for k in (0..col.len()).filter(|&k| treated[k] == g) {
            let wk = weights.map_or(1.0, |w| w[k]);
            sw += wk;
            s1 += wk * col[k];
            s2 += wk * col[k] * col[k];
        }
        let mean = s1 / sw;
        (mean, (s2 / sw - mean * mean).max(0.0))
    };
    let ((m1, v1), (m0, v0)) = (stats(true), stats(false));
    let pooled = ((v1 + v0) / 2.0).sqrt();
    if pooled > 0.0 {
        (m1 - m0) / pooled
    } else {
        0.0
    }
}

/// Among people still employed `landmark_days` after hire: mentored by then against the rest,
/// followed from the landmark.
fn landmark(
    facts: &PersonFacts,
    follow: &[Follow],
    hire: &[Day],
    opts: &RetentionOptions,
    min_group_size: usize,
    warnings: &mut Vec<Warning>,
) -> Result<Landmark> {
    let l = f64::from(opts.landmark_days);
    let at_risk: Vec<usize> = (0..follow.len()).filter(|&i| follow[i].time > l).collect();
    let shifted: Vec<Follow> = at_risk
        .iter()
        .map(|&i| Follow {
            time: follow[i].time - l,
            event: follow[i].event,
        })
        .collect();
    let by_then: Vec<bool> = at_risk
        .iter()
        .map(|&i| facts.first_mentored[i].is_some_and(|s| f64::from(s - hire[i]) <= l))
        .collect();
    let labels: Vec<String> = by_then.iter().map(|b| b.to_string()).collect();
    let (groups, _, lr) = compare(&shifted, &labels, min_group_size, warnings)?;
    let followed: Vec<&Follow> = shifted.iter().collect();
    let cox_fit = mentored_cox(&followed, &by_then, None, "model-landmark-cox", warnings);
    Ok(Landmark {
        landmark_days: opts.landmark_days,
        n: at_risk.len(),
        groups,
        logrank: lr,
        cox: cox_fit,
    })
}

// The analysis as a program manager reads it: its summary as text and on the page.

/// Correlates a summary lists.
const TOP_CORRELATES: usize = 3;

super::summarised!(Retention, summarise_retention);

fn summarise_retention(s: &mut Summary, r: &Retention) {
    let everyone = r.by.is_empty();
    let heading = match everyone {
        true => Message::new("text-retention-everyone"),
        false => Message::new("text-retention").arg("by", grouping(&r.by)),
    };
    s.heading(heading.text("exits", r.exits.name()));
    if let Some(curves) = r.exposure_curves.as_ref().filter(|_| r.by == "mentored") {
        let counted = s.t("text-counted-from-first-pair");
        s.line(&counted);
        s.curves(
            Message::new("chart-retention-honest"),
            "mentored",
            &curves.groups,
            |g| &g.km.table,
        );
        let rows = s.group_rows("mentored", &curves.groups, |g| {
            vec![s.count(g.people), s.count(g.exits), quartiles(s, &g.km)]
        });
        s.table(
            &["col-group", "col-people", "col-exits", "col-left-by"],
            rows,
        );
    }
    let rows = s.group_rows(&r.by, &r.groups, |g| {
        vec![
            s.count(g.n),
            s.count(g.exits),
            s.rate(Some(&g.rate)),
            quartiles(s, &g.km),
        ]
    });
    s.main_table(
        &[
            "col-group",
            "col-people",
            "col-exits",
            "col-exit-rate",
            "col-left-by",
        ],
        rows,
    );
    let chart = match everyone {
        true => Message::new("chart-retention-everyone"),
        false => Message::new("chart-retention-groups").arg("by", grouping(&r.by)),
    };
    s.curves(chart, &r.by, &r.groups, |g| &g.km.table);
    summarise_tests(s, r);
    let exposure = s.m(Message::new("text-cox-mentoring").text("exposure", r.exposure.name()));
    s.cox(exposure, Table::People, r.cox.as_ref());
    let naive = s.t("text-cox-naive");
    s.cox(naive, Table::People, r.naive_cox.as_ref());
    summarise_correlates(s, &r.correlations);
    summarise_drivers(s, &r.drivers);
}

/// The tests of the groups: chi-square, risk ratio and Fisher, log-rank.
fn summarise_tests(s: &mut Summary, r: &Retention) {
    if let Some(c) = &r.comparison {
        let mut line = s.m(Message::new("text-chi-square")
            .text("statistic", s.num(c.chi_square.statistic, 2))
            .text("p", s.p(c.chi_square.p_value)));
        if let Some(two) = &c.two_groups {
            line.push_str(" · ");
            line.push_str(
                &s.m(Message::new("text-risk-ratio")
                    .text("ratio", s.estimated_ratio(Some(&two.risk_ratio)))
                    .text("p", s.p(two.fisher.p_value))),
            );
        }
        s.line(&line);
    }
    if let Some(logrank) = &r.logrank {
        let line = s.m(Message::new("text-logrank")
            .text("statistic", s.num(logrank.statistic, 2))
            .text("p", s.p(logrank.p_value)));
        s.line(&line);
    }
}

fn summarise_correlates(s: &mut Summary, list: &[CorrelationRow]) {
    let mut correlations: Vec<(&CorrelationRow, f64, f64)> = list
        .iter()
        .filter_map(|c| {
            let pb = c.point_biserial.as_ref()?;
            Some((c, pb.r, pb.p_value))
        })
        .collect();
    if correlations.is_empty() {
        return;
    }
    let strength = |r: f64| finite(r).unwrap_or(0.0).abs();
    correlations.sort_by(|a, b| strength(b.1).total_cmp(&strength(a.1)));
    let title = s.t("text-correlates");
    s.line(&title);
    let rows = correlations
        .iter()
        .take(TOP_CORRELATES)
        .map(|&(c, r, p)| vec![c.feature.clone(), s.num(r, 2), s.p(p), s.count(c.n)])
        .collect();
    s.table(&["col-feature", "col-r", "col-p", "col-n"], rows);
}
