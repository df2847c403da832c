//! Career progression — do mentored people move up? (SPEC §4.6)
//!
//! - Promotions per 100 person-years per group with exact Poisson (Garwood) intervals. By the
//!   default `mentored`, each person's follow-up (hire to exit or `as_of`) is split at the start of
//!   their first pair: time and promotions before it count as unmentored, after it as mentored. By
//!   another dimension, a person's whole follow-up belongs to their group.
//! - For two groups, the rate ratio (first against second: `true` before `false`) with its interval.
//! - Time from hire to first promotion: Kaplan–Meier per group ("ever mentored" for the default)
//!   and the log-rank test.
//! - Cox model of the first promotion with `mentored` time-varying and any chosen covariates; the
//!   naive "ever mentored" fit beside it, with the immortal-time warning when they differ.
//!
//! Groups smaller than `min_group_size` people are suppressed.

use super::people::PersonFacts;
use super::survival::{compare, design, honest_cox, person_labels, Follow, Km};
use super::{IsoDate, Params};
use crate::error::{Error, Result};
use crate::model::date::Day;
use crate::model::Dataset;
use crate::privacy::{suppress, warn_suppressed, Cell, Grouped};
use crate::stats::cox::CoxFit;
use crate::stats::poisson::{garwood, rate_ratio};
use crate::stats::{Estimate, TestResult, LEVEL};
use crate::warning::{code, Warning};
use serde::Serialize;

/// Days in a year for person-years.
pub const DAYS_PER_YEAR: f64 = 365.25;

#[derive(Debug, Clone, Serialize)]
pub struct GroupRate {
    pub people: usize,
    pub person_years: f64,
    pub promotions: u64,
    pub rate_per_100py: Estimate,
}

#[derive(Debug, Clone, Serialize)]
pub struct FirstPromotion {
    pub n: usize,
    pub promoted: usize,
    pub km: Km,
}

#[derive(Debug, Clone, Serialize)]
pub struct TimeToFirst {
    pub groups: Vec<Grouped<FirstPromotion>>,
    pub logrank: Option<TestResult>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Progression {
    pub as_of: IsoDate,
    pub by: String,
    pub groups: Vec<Grouped<GroupRate>>,
    pub rate_ratio: Option<Estimate>,
    pub time_to_first: TimeToFirst,
    pub exposure: &'static str,
    pub covariates: Vec<String>,
    pub cox: Option<CoxFit>,
    pub naive_cox: Option<CoxFit>,
    pub warnings: Vec<Warning>,
}

/// Runs the analysis; `covariates` default to `mentored` when pairs are loaded.
pub fn progression(
    d: &Dataset,
    params: &Params,
    covariates: Option<Vec<String>>,
) -> Result<Progression> {
    d.require("progression", &["promotions"])?;
    let view = params.view(d)?;
    let v = &view.data;
    let as_of = view.as_of;
    let mut warnings = view.warnings.clone();
    let facts = PersonFacts::derive(v, as_of);
    let by = if params.by.is_empty() {
        vec!["mentored".to_string()]
    } else {
        params.by.clone()
    };
    let by_mentored = by.len() == 1 && crate::ingest::snake_name(&by[0]) == "mentored";
    if by
        .iter()
        .any(|b| matches!(crate::ingest::snake_name(b).as_str(), "mentored" | "mentor"))
        && !v.pairs.loaded
    {
        return Err(Error::MissingTable {
            analysis: format!("progression by {}", by.join(", ")),
            table: "pairs".into(),
        });
    }
    let labels = person_labels(v, &facts, &by)?;
    let n = v.people.len();
    let end: Vec<Day> = v
        .people
        .rows
        .iter()
        .map(|p| p.exit.unwrap_or(as_of))
        .collect();
    let hire: Vec<Day> = v.people.rows.iter().map(|p| p.hire).collect();
    let mut promotions: Vec<Vec<Day>> = vec![Vec::new(); n];
    for p in &v.promotions.rows {
        promotions[p.person].push(p.date);
    }

    // Person-time and promotions per group.
    let mut tally: std::collections::BTreeMap<String, (usize, f64, u64)> = Default::default();
    let mut add = |label: &str, from: Day, to: Day, person: usize| {
        if to <= from {
            return;
        }
        let e = tally.entry(label.to_string()).or_default();
        e.0 += 1;
        e.1 += f64::from(to - from) / DAYS_PER_YEAR;
        e.2 += promotions[person]
            .iter()
            .filter(|d| **d > from && **d <= to)
            .count() as u64;
    };
    for i in 0..n {
        match (by_mentored, facts.first_mentored[i]) {
            (true, Some(s)) if s > hire[i] => {
                add("false", hire[i], s.min(end[i]), i);
                add("true", s, end[i], i);
            }
            (true, Some(_)) => add("true", hire[i], end[i], i),
            (true, None) => add("false", hire[i], end[i], i),
            (false, _) => add(&labels[i], hire[i], end[i], i),
        }
    }
    let mut order: Vec<(String, (usize, f64, u64))> = tally.into_iter().collect();
    order.sort_by_key(|(l, _)| (l != "true", l.clone()));
    let mut raw = Vec::new();
    for (label, (people, years, count)) in &order {
        raw.push((
            label.clone(),
            *people,
            GroupRate {
                people: *people,
                person_years: *years,
                promotions: *count,
                rate_per_100py: garwood(*count, *years, 100.0, LEVEL)?,
            },
        ));
    }
    let groups = suppress(raw, params.min_group_size);
    let shown: Vec<&GroupRate> = groups.iter().filter_map(Grouped::shown).collect();
    let rate_ratio = if groups.len() == 2 && shown.len() == 2 {
        match rate_ratio(
            shown[0].promotions,
            shown[0].person_years,
            shown[1].promotions,
            shown[1].person_years,
            LEVEL,
        ) {
            Ok(r) => Some(r),
            Err(e) => {
                warnings.push(Warning::new(
                    code::TEST_NOT_COMPUTED,
                    format!("rate ratio: {e}"),
                ));
                None
            }
        }
    } else {
        None
    };
    warnings.extend(warn_suppressed(&groups, "people", params.min_group_size));

    // Time to first promotion.
    let follow: Vec<Follow> = (0..n)
        .map(|i| match promotions[i].iter().min() {
            Some(first) => Follow {
                time: f64::from(first - hire[i]),
                event: true,
            },
            None => Follow {
                time: f64::from(end[i] - hire[i]),
                event: false,
            },
        })
        .collect();
    let (km_groups, _, logrank) = compare(&follow, &labels, params.min_group_size, &mut warnings)?;
    let time_to_first = TimeToFirst {
        groups: km_groups
            .into_iter()
            .map(|g| Grouped {
                group: g.group,
                cell: match g.cell {
                    Cell::Shown(r) => Cell::Shown(FirstPromotion {
                        n: r.n,
                        promoted: r.exits,
                        km: r.km,
                    }),
                    Cell::Suppressed {
                        suppressed,
                        n_below,
                    } => Cell::Suppressed {
                        suppressed,
                        n_below,
                    },
                },
            })
            .collect(),
        logrank,
    };

    let asked = covariates.is_some();
    let covariates = covariates.unwrap_or_else(|| {
        if v.pairs.loaded {
            vec!["mentored".to_string()]
        } else {
            Vec::new()
        }
    });
    let models = if covariates.is_empty() {
        None
    } else {
        let design = design(v, &facts, &covariates)?;
        Some(honest_cox(
            &follow,
            &hire,
            &facts,
            &design,
            true,
            "without a promotion",
            asked,
            &mut warnings,
        )?)
    };
    Ok(Progression {
        as_of: IsoDate(as_of),
        by: by.join(", "),
        groups,
        rate_ratio,
        time_to_first,
        exposure: models
            .as_ref()
            .map_or("time-varying", |m| m.exposure.name()),
        covariates,
        cox: models.as_ref().and_then(|m| m.cox.clone()),
        naive_cox: models.and_then(|m| m.naive),
        warnings,
    })
}
