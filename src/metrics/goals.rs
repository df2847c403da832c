//! Goal completion (SPEC §4.1): completion rate with its Wilson interval, on-time rate, time to
//! completion as Kaplan–Meier, overdue and stalled goals — overall and by any dimension.
//!
//! Definitions:
//! - completion rate = completed / (completed + open + abandoned);
//! - on-time rate = completed on or before the due date, among completed goals with a due date;
//! - time to completion in days from creation; open goals are censored at `as_of`, abandoned goals
//!   at their last date (last update, else the pair's end, else `as_of`);
//! - overdue: open with due_date < as_of, in a pair still active at `as_of`;
//! - stalled: open with no update (last_update_date, else created_date) for more than
//!   `stalled_days` days before `as_of`, in a pair still active at `as_of`. (Open goals of ended
//!   pairs count in the rates, but nobody can act on them any more.)
//!
//! A group's size for privacy is its number of distinct pairs (goals are a pair-level metric).

use super::options::{flag, rows, typed_value, Analysis, Flag, Part, Rows, Takes};
use super::survival::thinned;
use super::{group_rows, pair_row_labels, IsoDate, Params, View};
use crate::document::{svg, Summary};
use crate::error::{Error, Result};
use crate::i18n::format;
use crate::i18n::Message;
use crate::model::date::Day;
use crate::model::{Dataset, GoalStatus, Table};
use crate::privacy::{suppress, warn_suppressed, Grouped};
use crate::stats::kaplan_meier::{kaplan_meier, KmRow, Quantile};
use crate::stats::wilson::wilson;
use crate::stats::{Estimate, LEVEL};
use crate::warning::{code, Warning};
use serde::{Deserialize, Serialize};

/// The default threshold for a stalled goal.
pub const DEFAULT_STALLED_DAYS: u32 = 30;

/// Goal-specific options.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct GoalOptions {
    /// An open goal with no update for more than this many days is stalled.
    #[serde(deserialize_with = "typed_value")]
    pub stalled_days: u32,
}

impl Default for GoalOptions {
    fn default() -> Self {
        GoalOptions {
            stalled_days: DEFAULT_STALLED_DAYS,
        }
    }
}

/// Time to completion.
#[derive(Debug, Clone, Serialize)]
pub struct TimeToComplete {
    pub km: Vec<KmRow>,
    pub median: Quantile,
    pub q25: Quantile,
    pub q75: Quantile,
    /// The share completed within [`COMPLETION_WINDOW_DAYS`] of being set, 1 − S(t) from the
    /// curve: fair to young goals, which count only for the time they have had (None before any
    /// goal has been followed that long).
    pub completed_within: Option<Estimate>,
    pub method: String,
}

/// The window of `completed_within`: half a year, the length of most mentoring cycles.
pub const COMPLETION_WINDOW_DAYS: f64 = 180.0;

/// 1 − S(window) with its interval, from a time-to-completion curve that reaches the window.
fn completed_within(km: &[KmRow], n: usize) -> Option<Estimate> {
    if km.last().is_none_or(|r| r.t < COMPLETION_WINDOW_DAYS) {
        return None;
    }
    let at = km.iter().rev().find(|r| r.t <= COMPLETION_WINDOW_DAYS)?;
    Some(Estimate {
        value: 1.0 - at.survival,
        n,
        ci_low: Some(1.0 - at.ci_high),
        ci_high: Some(1.0 - at.ci_low),
        level: Some(LEVEL),
        method: format!(
            "1 − Kaplan–Meier at {COMPLETION_WINDOW_DAYS} days (open goals censored at as_of)"
        ),
    })
}

/// The measures of one set of goals.
#[derive(Debug, Clone, Serialize)]
pub struct GoalStats {
    pub goals: usize,
    pub pairs: usize,
    pub completed: usize,
    pub open: usize,
    pub abandoned: usize,
    pub completion_rate: Option<Estimate>,
    pub on_time_rate: Option<Estimate>,
    pub time_to_complete: Option<TimeToComplete>,
    pub overdue: Vec<String>,
    pub stalled: Vec<String>,
}

/// The goals analysis.
#[derive(Debug, Clone, Serialize)]
pub struct Goals {
    pub as_of: IsoDate,
    pub by: Vec<String>,
    pub stalled_days: u32,
    pub overall: GoalStats,
    pub groups: Vec<Grouped<GoalStats>>,
    pub warnings: Vec<Warning>,
}

impl Analysis for GoalOptions {
    const NAME: &'static str = "goals";
    const NEEDS: &'static [Table] = &[Table::Pairs, Table::Goals];
    type Output = Goals;
    const ABOUT: &'static str = "Goal completion: completion and on-time rates (Wilson intervals), time to completion (Kaplan–Meier), overdue and stalled goals; overall and by --by";
    const FLAGS: &'static [Flag] = &[flag(
        "stalledDays",
        "An open goal with no update for more than this many days is stalled",
        Takes::Value,
    )];
    const TABLES: &'static [Rows] = &[
        rows("goals_summary", "one row: all goals", &["overall"]),
        rows(
            "goals_by_group",
            "a row per group of `by` (none without it)",
            &["groups"],
        ),
        Rows {
            each: "goal_id",
            ..rows(
                "goals_overdue",
                "a row per overdue goal",
                &["overall", "overdue"],
            )
        },
        Rows {
            each: "goal_id",
            ..rows(
                "goals_stalled",
                "a row per stalled goal",
                &["overall", "stalled"],
            )
        },
    ];

    fn analyse(&self, view: &View<'_>, params: &Params) -> Result<Goals> {
        goals_on(view, params, *self)
    }
}

impl Part for GoalOptions {
    /// Its curves thinned for drawing; the analysis keeps every step.
    fn kept(g: &mut Goals) {
        let stats = std::iter::once(&mut g.overall)
            .chain(g.groups.iter_mut().filter_map(|g| g.shown_mut()));
        for t in stats.filter_map(|s| s.time_to_complete.as_mut()) {
            t.km = thinned(&t.km);
        }
    }
}

super::warnings_in_locale!(Goals);

/// Runs the analysis.
pub fn goals(d: &Dataset, params: &Params, opts: GoalOptions) -> Result<Goals> {
    opts.run(d, params)
}

fn goals_on(view: &View<'_>, params: &Params, opts: GoalOptions) -> Result<Goals> {
    let all: Vec<usize> = (0..view.data.goals.len()).collect();
    let overall = stats(&view.data, &all, view.as_of, opts)?;
    grouped(view, params, opts, overall)
}

/// Goals as `g` (the result on `view` at its options) has them, grouped by `params.by` instead:
/// the numbers of all goals are the same, and are not computed again (the report's goals by
/// program, for the findings).
pub(crate) fn regrouped(g: &Goals, view: &View<'_>, params: &Params) -> Result<Goals> {
    let opts = GoalOptions {
        stalled_days: g.stalled_days,
    };
    grouped(view, params, opts, g.overall.clone())
}

/// The result: `overall`, the numbers of all goals, and those of each group of `params.by`.
fn grouped(
    view: &View<'_>,
    params: &Params,
    opts: GoalOptions,
    overall: GoalStats,
) -> Result<Goals> {
    let v = &view.data;
    let mut warnings = view.warnings.clone();
    if overall.completion_rate.is_none() {
        warnings.push(Warning::new(
            code::NO_EVENTS,
            Message::new("warning-no-goals"),
        ));
    }
    let mut groups = Vec::new();
    if !params.by.is_empty() {
        let pair: Vec<usize> = v.goals.rows.iter().map(|g| g.pair).collect();
        let day: Vec<Day> = v.goals.rows.iter().map(|g| g.created).collect();
        let labels = pair_row_labels(v, &params.by, &pair, &day)?;
        let mut raw = Vec::new();
        for (label, rows) in group_rows(&labels) {
            let s = stats(v, &rows, view.as_of, opts)?;
            raw.push((label, s.pairs, s));
        }
        groups = suppress(raw, params.min_group_size);
        warnings.extend(warn_suppressed(&groups, "pairs", params.min_group_size));
    }
    Ok(Goals {
        as_of: IsoDate(view.as_of),
        by: params.by.clone(),
        stalled_days: opts.stalled_days,
        overall,
        groups,
        warnings,
    })
}

/// What one pass over a group's goals counts.
struct Tally {
    /// Completed, open and abandoned goals.
    by_status: [usize; 3],
    has_goals: Vec<bool>,
    /// Completed goals with a due date: on time, and all of them.
    on_time: (usize, usize),
    /// Each goal's days to completion or to censoring (completed ones without a date left out).
    times: Vec<f64>,
    events: Vec<bool>,
    overdue: Vec<String>,
    stalled: Vec<String>,
}

impl Tally {
    fn of(d: &Dataset, rows: &[usize], as_of: Day, opts: GoalOptions) -> Tally {
        let mut t = Tally {
            by_status: [0; 3],
            has_goals: vec![false; d.pairs.len()],
            on_time: (0, 0),
            times: Vec::with_capacity(rows.len()),
            events: Vec::with_capacity(rows.len()),
            overdue: Vec::new(),
            stalled: Vec::new(),
        };
        for g in rows.iter().map(|&i| &d.goals.rows[i]) {
            t.has_goals[g.pair] = true;
            let pair_end = || d.pairs.rows[g.pair].end;
            let (end, event) = match (g.status, g.completed) {
                (GoalStatus::Completed, completed) => {
                    t.by_status[0] += 1;
                    if let (Some(c), Some(due)) = (completed, g.due) {
                        t.on_time.0 += usize::from(c <= due);
                        t.on_time.1 += 1;
                    }
                    // Completed without a date: no time to completion (a load warning says so).
                    let Some(c) = completed else { continue };
                    (c, true)
                }
                (GoalStatus::Open, _) => {
                    t.by_status[1] += 1;
                    if pair_end().is_none() {
                        if g.due.is_some_and(|due| due < as_of) {
                            t.overdue.push(g.id.clone());
                        }
                        if as_of - g.last_update.unwrap_or(g.created) > opts.stalled_days as Day {
                            t.stalled.push(g.id.clone());
                        }
                    }
                    (as_of, false)
                }
                (GoalStatus::Abandoned, _) => {
                    t.by_status[2] += 1;
                    (
                        g.last_update.or_else(pair_end).unwrap_or(as_of).min(as_of),
                        false,
                    )
                }
            };
            t.times.push(f64::from((end - g.created).max(0)));
            t.events.push(event);
        }
        t
    }
}

fn stats(d: &Dataset, rows: &[usize], as_of: Day, opts: GoalOptions) -> Result<GoalStats> {
    let tally = Tally::of(d, rows, as_of, opts);
    let [completed, open, abandoned] = tally.by_status;
    // The pairs with goals, marked rather than sorted: linear in the goals.
    let pairs = tally.has_goals.iter().filter(|&&h| h).count();
    let completion_rate = if rows.is_empty() {
        None
    } else {
        Some(wilson(completed, rows.len(), LEVEL)?)
    };
    let (on_time, with_due) = tally.on_time;
    let on_time_rate = if with_due == 0 {
        None
    } else {
        Some(wilson(on_time, with_due, LEVEL)?)
    };
    let time_to_complete = if tally.times.is_empty() {
        None
    } else {
        let k = kaplan_meier(&tally.times, &tally.events, LEVEL).map_err(|e| {
            Error::InsufficientData {
                method: "time to completion".into(),
                needed: "goals".into(),
                got: e.to_string(),
            }
        })?;
        Some(TimeToComplete {
            completed_within: completed_within(&k.table, tally.times.len()),
            km: k.table,
            median: k.median,
            q25: k.q25,
            q75: k.q75,
            method: k.method,
        })
    };
    let Tally {
        mut overdue,
        mut stalled,
        ..
    } = tally;
    overdue.sort();
    stalled.sort();
    Ok(GoalStats {
        goals: rows.len(),
        pairs,
        completed,
        open,
        abandoned,
        completion_rate,
        on_time_rate,
        time_to_complete,
        overdue,
        stalled,
    })
}

// The analysis as a program manager reads it: its summary as text and on the page.

super::summarised!(Goals, summarise_goals);

fn summarise_goals(s: &mut Summary, g: &Goals) {
    s.heading(Message::new("text-goals"));
    let o = &g.overall;
    let ttc = o.time_to_complete.as_ref();
    let line = s.m(Message::new("text-goals-line")
        .count("goals", o.goals)
        .count("pairs", o.pairs)
        .text("completed", s.rate(o.completion_rate.as_ref()))
        .text("on_time", s.rate(o.on_time_rate.as_ref()))
        .text("median", s.days(ttc.map(|t| &t.median)))
        .text("q25", s.days(ttc.map(|t| &t.q25)))
        .text("q75", s.days(ttc.map(|t| &t.q75)))
        .count("overdue", o.overdue.len())
        .count("stalled", o.stalled.len()));
    s.line(&line);
    if !g.groups.is_empty() {
        let rows = s.group_rows(&g.by.join(","), &g.groups, |x| {
            vec![
                s.count(x.goals),
                s.rate(x.completion_rate.as_ref()),
                s.rate(x.on_time_rate.as_ref()),
            ]
        });
        s.main_table(
            &["col-group", "col-goals", "col-completed", "col-on-time"],
            rows,
        );
    }
    let open = Summary::curve(ttc.map_or(&[][..], |t| &t.km));
    let caption = s.t("chart-goals-open");
    let series = [(s.t("chart-still-open"), open)];
    let svg = svg::steps(
        &caption,
        &series,
        &|x| format::number(x, Some(0), s.l),
        &|y| s.pct(y),
    );
    s.chart(svg);
    s.pointer("text-goal-ids", false);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{generate, Options};

    /// The report's goals by program, from its own goals, are the analysis run by program.
    #[test]
    fn regrouped_goals_are_the_analysis_grouped_so() {
        let d = generate(Options {
            seed: 3,
            people: 1_500,
            ..Options::default()
        })
        .dataset;
        let (all, by) = (
            Params::default(),
            Params {
                by: vec!["program".into()],
                ..Params::default()
            },
        );
        let g = goals(&d, &all, GoalOptions::default()).unwrap();
        let want = goals(&d, &by, GoalOptions::default()).unwrap();
        let got = regrouped(&g, &all.view(&d).unwrap(), &by).unwrap();
        assert!(!want.groups.is_empty());
        assert_eq!(
            serde_json::to_value(&got).unwrap(),
            serde_json::to_value(&want).unwrap()
        );
    }
}
