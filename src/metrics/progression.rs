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

use super::options::{flag, rows, typed_value, Analysis, Flag, Part, Rows, Takes};
use super::people::{PersonFacts, Promotions};
use super::survival::quartiles;
use super::survival::{compare, design, honest_cox, person_labels, thinned, Exposure, Follow, Km};
use super::{IsoDate, Params, View};
use crate::document::{grouping, shown, Summary};
use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::model::date::Day;
use crate::model::schema::Choice;
use crate::model::{Dataset, Table};
use crate::privacy::{suppress, warn_suppressed, Cell, Grouped};
use crate::stats::cox::CoxFit;
use crate::stats::poisson::{garwood, rate_ratio};
use crate::stats::{Estimate, TestResult, LEVEL};
use crate::text::snake_name;
use crate::warning::{code, Warning};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
    pub exposure: Exposure,
    pub covariates: Vec<String>,
    pub cox: Option<CoxFit>,
    pub naive_cox: Option<CoxFit>,
    /// The index of the `mentored` term in `cox` and `naive_cox`, when they have one.
    #[serde(skip)]
    pub mentored_term: Option<usize>,
    pub warnings: Vec<Warning>,
}

/// Progression-specific options.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct ProgressionOptions {
    /// Cox covariates; `None`: `mentored` when the pairs table is loaded.
    #[serde(deserialize_with = "typed_value")]
    pub covariates: Option<Vec<String>>,
}

impl Analysis for ProgressionOptions {
    const NAME: &'static str = "progression";
    const NEEDS: &'static [Table] = &[Table::Promotions];
    type Output = Progression;
    const ABOUT: &'static str = "Career progression: promotions per 100 person-years by --by (default: mentored, person-time split at each person's mentoring start) with exact intervals and the rate ratio, time to first promotion (Kaplan–Meier, log-rank), and a Cox model with mentored time-varying";
    const FLAGS: &'static [Flag] = &[flag(
        "covariates",
        "Cox covariates, comma-separated (as for retention). Default: mentored",
        Takes::List,
    )];
    const TABLES: &'static [Rows] = &[rows(
        "progression",
        "a row per group (mentored or not, or `by`)",
        &["groups"],
    )];

    fn analyse(&self, view: &View<'_>, params: &Params) -> Result<Progression> {
        progression_on(view, params, self.covariates.clone())
    }
}

impl Part for ProgressionOptions {
    /// By mentoring: the report's `by` is not applied.
    fn in_report(view: &View<'_>, params: &Params) -> Result<Progression> {
        let params = Params {
            by: Vec::new(),
            ..params.clone()
        };
        Self::default().run_on(view, &params)
    }

    /// Its curves thinned for drawing; the analysis keeps every step.
    fn kept(p: &mut Progression) {
        let groups = p.time_to_first.groups.iter_mut();
        for g in groups.filter_map(|g| g.shown_mut()) {
            g.km.table = thinned(&g.km.table);
        }
    }
}

super::warnings_in_locale!(Progression);

/// Runs the analysis; `covariates` default to `mentored` when pairs are loaded.
pub fn progression(
    d: &Dataset,
    params: &Params,
    covariates: Option<Vec<String>>,
) -> Result<Progression> {
    ProgressionOptions { covariates }.run(d, params)
}

fn progression_on(
    view: &View<'_>,
    params: &Params,
    covariates: Option<Vec<String>>,
) -> Result<Progression> {
    let v = &view.data;
    let as_of = view.as_of;
    let mut warnings = view.warnings.clone();
    let facts = PersonFacts::derive(v, as_of);
    let by = dimensions(v, params)?;
    let labels = person_labels(v, &facts, &by)?;
    let people = Careers::new(v, as_of);
    let groups = suppress(people.rates(&by, &labels, &facts)?, params.min_group_size);
    let rate_ratio = two_group_ratio(&groups, &mut warnings);
    warnings.extend(warn_suppressed(&groups, "people", params.min_group_size));
    let follow = people.to_first_promotion();
    let time_to_first = time_to_first(&follow, &labels, params.min_group_size, &mut warnings)?;
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
            &people.hire,
            &facts,
            &design,
            true,
            Message::new("survived-unpromoted"),
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
        exposure: models.as_ref().map_or(Exposure::default(), |m| m.exposure),
        covariates,
        cox: models.as_ref().and_then(|m| m.cox.clone()),
        mentored_term: models.as_ref().and_then(|m| m.mentored),
        naive_cox: models.and_then(|m| m.naive),
        warnings,
    })
}

/// The `by` dimensions (default `mentored`); those about mentoring need the pairs.
fn dimensions(v: &Dataset, params: &Params) -> Result<Vec<String>> {
    let by = if params.by.is_empty() {
        vec!["mentored".to_string()]
    } else {
        params.by.clone()
    };
    let about_mentoring = |b: &String| matches!(snake_name(b).as_str(), "mentored" | "mentor");
    if by.iter().any(about_mentoring) && !v.pairs.loaded {
        return Err(Error::MissingTable {
            analysis: format!("progression by {}", by.join(", ")),
            table: Table::Pairs.name().into(),
        });
    }
    Ok(by)
}

/// Each person's employment (hire to exit or `as_of`) and promotion dates.
struct Careers {
    hire: Vec<Day>,
    end: Vec<Day>,
    promotions: Promotions,
}

impl Careers {
    fn new(v: &Dataset, as_of: Day) -> Careers {
        Careers {
            hire: v.people.rows.iter().map(|p| p.hire).collect(),
            end: v
                .people
                .rows
                .iter()
                .map(|p| p.exit.unwrap_or(as_of))
                .collect(),
            promotions: Promotions::of(v),
        }
    }

    /// Person-years and promotions per group, with its Garwood rate per 100 person-years. By
    /// `mentored` alone, a person's time before their first pair counts as not mentored and the
    /// time from it as mentored (honest exposure); by anything else, a person's whole employment
    /// counts in their group.
    fn rates(
        &self,
        by: &[String],
        labels: &[String],
        facts: &PersonFacts,
    ) -> Result<Vec<(String, usize, GroupRate)>> {
        let by_mentored = by.len() == 1 && snake_name(&by[0]) == "mentored";
        let mut tally: BTreeMap<String, (usize, f64, u64)> = BTreeMap::new();
        let mut add = |label: &str, from: Day, to: Day, person: usize| {
            if to <= from {
                return;
            }
            let e = tally.entry(label.to_string()).or_default();
            e.0 += 1;
            e.1 += f64::from(to - from) / DAYS_PER_YEAR;
            e.2 += self
                .promotions
                .dates(person)
                .iter()
                .filter(|d| **d > from && **d <= to)
                .count() as u64;
        };
        for (i, (&hire, &end)) in self.hire.iter().zip(&self.end).enumerate() {
            match (by_mentored, facts.first_mentored[i]) {
                (true, Some(s)) if s > hire => {
                    add("false", hire, s.min(end), i);
                    add("true", s, end, i);
                }
                (true, Some(_)) => add("true", hire, end, i),
                (true, None) => add("false", hire, end, i),
                (false, _) => add(&labels[i], hire, end, i),
            }
        }
        let mut order: Vec<(String, (usize, f64, u64))> = tally.into_iter().collect();
        order.sort_by_key(|(l, _)| (l != "true", l.clone()));
        order
            .into_iter()
            .map(|(label, (people, years, count))| {
                let rate = GroupRate {
                    people,
                    person_years: years,
                    promotions: count,
                    rate_per_100py: garwood(count, years, 100.0, LEVEL)?,
                };
                Ok((label, people, rate))
            })
            .collect()
    }

    /// Days from hire to the first promotion, or to the end of follow-up without one.
    fn to_first_promotion(&self) -> Vec<Follow> {
        (0..self.hire.len())
            .map(|i| match self.promotions.dates(i).iter().min() {
                Some(first) => Follow {
                    time: f64::from(first - self.hire[i]),
                    event: true,
                },
                None => Follow {
                    time: f64::from(self.end[i] - self.hire[i]),
                    event: false,
                },
            })
            .collect()
    }
}

/// The rate ratio of two shown groups (none otherwise; a warning when it cannot be computed).
fn two_group_ratio(groups: &[Grouped<GroupRate>], warnings: &mut Vec<Warning>) -> Option<Estimate> {
    let shown: Vec<&GroupRate> = groups.iter().filter_map(Grouped::shown).collect();
    let [a, b] = shown[..] else {
        return None;
    };
    if groups.len() != 2 {
        return None;
    }
    rate_ratio(
        a.promotions,
        a.person_years,
        b.promotions,
        b.person_years,
        LEVEL,
    )
    .map_err(|e| {
        warnings.push(Warning::new(
            code::TEST_NOT_COMPUTED,
            Message::new("warning-not-computed")
                .phrase("what", Message::new("test-rate-ratio"))
                .phrase("error", e.message()),
        ));
    })
    .ok()
}

/// Kaplan–Meier of the time to a first promotion per group, with the log-rank test.
fn time_to_first(
    follow: &[Follow],
    labels: &[String],
    min_group_size: usize,
    warnings: &mut Vec<Warning>,
) -> Result<TimeToFirst> {
    let (km_groups, _, logrank) = compare(follow, labels, min_group_size, warnings)?;
    let groups = km_groups
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
        .collect();
    Ok(TimeToFirst { groups, logrank })
}

// The analysis as a program manager reads it: its summary as text and on the page.

super::summarised!(Progression, summarise_progression);

fn summarise_progression(s: &mut Summary, p: &Progression) {
    s.heading(Message::new("text-progression").arg("by", grouping(&p.by)));
    let rows = s.group_rows(&p.by, &p.groups, |g| {
        let e = &g.rate_per_100py;
        vec![
            s.count(g.people),
            s.num(g.person_years, 0),
            s.count(g.promotions as usize),
            format!(
                "{} ({}–{})",
                s.num(e.value, 1),
                s.num(e.ci_low, 1),
                s.num(e.ci_high, 1)
            ),
        ]
    });
    s.main_table(
        &[
            "col-group",
            "col-people",
            "col-person-years",
            "col-promotions",
            "col-per-100",
        ],
        rows,
    );
    if let Some(rr) = &p.rate_ratio {
        let line = s.m(Message::new("text-rate-ratio").text("ratio", s.estimated_ratio(Some(rr))));
        s.line(&line);
    }
    let firsts: Vec<String> = shown(&p.time_to_first.groups)
        .map(|(group, g)| {
            let group = s.group_label(&p.by, group);
            format!("{group} {}", quartiles(s, &g.km))
        })
        .collect();
    if !firsts.is_empty() {
        let line = s
            .m(Message::new("text-promoted-by")
                .text("groups", firsts.join(&s.t("clause-separator"))));
        s.line(&line);
    }
    let title = s.m(Message::new("text-cox-promotion").text("exposure", p.exposure.name()));
    s.cox(title, Table::People, p.cox.as_ref());
    s.forest("chart-promotion-hr", p.cox.as_ref());
}
