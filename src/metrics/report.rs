//! The report: every analysis in one object (SPEC §4.5). An analysis whose tables were not loaded,
//! or that cannot be computed on this data, is `null` and its reason is a warning.

use super::engagement::{Engagement, EngagementOptions};
use super::findings::{findings, Finding, Sources};
use super::goals::{GoalOptions, Goals};
use super::matching::{Matching, MatchingOptions};
use super::options::Analysis;
use super::progression::{Progression, ProgressionOptions};
use super::retention::{Retention, RetentionOptions};
use super::risk::{Risk, RiskOptions};
use super::survival::thinned;
use super::{IsoDate, Params, View};
use crate::error::{Error, Result};
use crate::i18n::{Locale, Localize, Message};
use crate::model::date::Day;
use crate::model::{Dataset, RowCounts};
use crate::stats::kaplan_meier::KmRow;
use crate::warning::InLocale;
use crate::warning::{absorb, code, Warning};
use serde::{Deserialize, Serialize};

/// `meta`: what the report was computed on.
#[derive(Debug, Clone, Serialize)]
pub struct Meta {
    pub as_of: IsoDate,
    pub min_group_size: usize,
    pub version: &'static str,
    /// Rows loaded per table (before rows dated after as_of are left out).
    pub rows: RowCounts,
    /// Which tables were given.
    pub tables: Vec<&'static str>,
    /// Where each table came from, what of it was read, and the files that fed no table.
    pub inputs: crate::model::Inputs,
}

/// Everything, for one set of parameters.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub meta: Meta,
    pub warnings: Vec<Warning>,
    /// What the analyses say, most urgent first (SPEC §4.8).
    pub findings: Vec<Finding>,
    pub goals: Option<Goals>,
    pub engagement: Option<Engagement>,
    pub retention: Option<Retention>,
    pub risk: Option<Risk>,
    pub progression: Option<Progression>,
    pub matching: Option<Matching>,
}

impl Localize for Meta {
    fn localize(&mut self, locale: Locale) {
        self.inputs.localize(locale);
    }
}

impl Localize for Report {
    fn localize(&mut self, locale: Locale) {
        self.meta.localize(locale);
        self.warnings.localize(locale);
        self.findings.localize(locale);
        self.risk.localize(locale);
        let own = [
            self.goals.as_mut().map(|a| &mut a.warnings),
            self.engagement.as_mut().map(|a| &mut a.warnings),
            self.retention.as_mut().map(|a| &mut a.warnings),
            self.progression.as_mut().map(|a| &mut a.warnings),
            self.matching.as_mut().map(|a| &mut a.warnings),
        ];
        for w in own.into_iter().flatten() {
            w.localize(locale);
        }
    }
}

impl InLocale for Report {
    fn warnings_mut(&mut self) -> &mut Vec<Warning> {
        &mut self.warnings
    }
}

impl Localize for FindingsResult {
    fn localize(&mut self, locale: Locale) {
        self.findings.localize(locale);
        self.warnings.localize(locale);
    }
}

impl InLocale for FindingsResult {
    fn warnings_mut(&mut self) -> &mut Vec<Warning> {
        &mut self.warnings
    }
}

/// The meta block alone.
pub fn meta(d: &Dataset, params: &Params) -> Result<Meta> {
    let view = params.view(d)?;
    Ok(meta_of(d, params, view.as_of))
}

fn meta_of(d: &Dataset, params: &Params, as_of: Day) -> Meta {
    Meta {
        as_of: IsoDate(as_of),
        min_group_size: params.min_group_size,
        version: crate::VERSION,
        rows: d.row_counts(),
        tables: crate::model::Table::ALL
            .into_iter()
            .filter(|t| d.is_loaded(*t))
            .map(crate::model::Table::name)
            .collect(),
        inputs: d.inputs.clone(),
    }
}

/// Keeps an analysis's result, or turns its failure into a warning (usage errors still fail).
fn part<T>(name: &str, r: Result<T>, warnings: &mut Vec<Warning>) -> Result<Option<T>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(e @ Error::Usage(_)) => Err(e),
        Err(e) => {
            warnings.push(Warning::new(
                code::ANALYSIS_UNAVAILABLE,
                Message::new("warning-analysis-unavailable")
                    .text("analysis", name)
                    .phrase("error", e.message()),
            ));
            Ok(None)
        }
    }
}

/// Goals by program for the findings' comparisons, unless the report's own goals are grouped so.
fn by_program(view: &View<'_>, params: &Params, goals_result: Option<&Goals>) -> Option<Goals> {
    let grouped_so = goals_result.is_some_and(|g| g.by == ["program"]);
    if goals_result.is_none() || grouped_so {
        return None;
    }
    let params = Params {
        by: vec!["program".to_string()],
        ..params.clone()
    };
    run::<GoalOptions>(view, &params).ok()
}

/// The findings alone, with the warnings of the analyses behind them.
#[derive(Debug, Clone, Serialize)]
pub struct FindingsResult {
    pub as_of: IsoDate,
    pub findings: Vec<Finding>,
    pub warnings: Vec<Warning>,
}

/// Every Kaplan–Meier table of the report's analyses.
fn curves<'a>(
    goals: Option<&'a mut Goals>,
    retention: Option<&'a mut Retention>,
    progression: Option<&'a mut Progression>,
) -> Vec<&'a mut Vec<KmRow>> {
    let mut out = Vec::new();
    if let Some(g) = goals {
        let stats = std::iter::once(&mut g.overall)
            .chain(g.groups.iter_mut().filter_map(|g| g.shown_mut()));
        out.extend(stats.filter_map(|s| s.time_to_complete.as_mut().map(|t| &mut t.km)));
    }
    if let Some(r) = retention {
        let landmark = r.landmark.iter_mut().flat_map(|l| l.groups.iter_mut());
        let groups = r.groups.iter_mut().chain(landmark);
        out.extend(
            groups
                .filter_map(|g| g.shown_mut())
                .map(|g| &mut g.km.table),
        );
        let exposure = r
            .exposure_curves
            .iter_mut()
            .flat_map(|e| e.groups.iter_mut());
        out.extend(
            exposure
                .filter_map(|g| g.shown_mut())
                .map(|g| &mut g.km.table),
        );
    }
    if let Some(p) = progression {
        let groups = p.time_to_first.groups.iter_mut();
        out.extend(
            groups
                .filter_map(|g| g.shown_mut())
                .map(|g| &mut g.km.table),
        );
    }
    out
}

/// Runs every analysis and keeps what they say.
/// `report` has no options of its own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportOptions {}

impl Analysis for ReportOptions {
    const NAME: &'static str = "report";
    type Output = Report;

    fn analyse(&self, view: &View<'_>, params: &Params) -> Result<Report> {
        report_on(view, params)
    }
}

/// `findings` has no options of its own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FindingsOptions {}

impl Analysis for FindingsOptions {
    const NAME: &'static str = "findings";
    type Output = FindingsResult;

    fn analyse(&self, view: &View<'_>, params: &Params) -> Result<FindingsResult> {
        let r = report_on(view, params)?;
        Ok(FindingsResult {
            as_of: r.meta.as_of,
            findings: r.findings,
            warnings: r.warnings,
        })
    }
}

pub fn findings_only(d: &Dataset, params: &Params) -> Result<FindingsResult> {
    FindingsOptions {}.run(d, params)
}

/// Every analysis whose tables are loaded.
pub fn report(d: &Dataset, params: &Params) -> Result<Report> {
    ReportOptions {}.run(d, params)
}

/// Analysis `A` at its default options on the report's view of the data.
fn run<A: Analysis>(view: &View<'_>, params: &Params) -> Result<A::Output> {
    A::default().run_on(view, params)
}

/// Every analysis on one view of the data.
fn report_on(view: &View<'_>, params: &Params) -> Result<Report> {
    let mut warnings = view.warnings.clone();
    let goals = part("goals", run::<GoalOptions>(view, params), &mut warnings)?;
    let engagement = part(
        "engagement",
        run::<EngagementOptions>(view, params),
        &mut warnings,
    )?;
    // Retention groups people: the report's `by` applies when it names dimensions of people
    // (`findings --by OverTime`), not when it names only pairs'.
    let retention_params = Params {
        by: Vec::new(),
        ..params.clone()
    };
    let by_people = run::<RetentionOptions>(view, params);
    let retention = match by_people {
        Err(Error::Usage(_)) if !params.by.is_empty() => {
            run::<RetentionOptions>(view, &retention_params)
        }
        other => other,
    };
    let retention = part("retention", retention, &mut warnings)?;
    let risk = part("risk", run::<RiskOptions>(view, params), &mut warnings)?;
    let progression = part(
        "progression",
        run::<ProgressionOptions>(view, &retention_params),
        &mut warnings,
    )?;
    absorb(&mut warnings, goals.as_ref().map_or(&[], |g| &g.warnings));
    absorb(
        &mut warnings,
        engagement.as_ref().map_or(&[], |e| &e.warnings),
    );
    absorb(
        &mut warnings,
        retention.as_ref().map_or(&[], |r| &r.warnings),
    );
    let matching = part(
        "matching",
        run::<MatchingOptions>(view, params),
        &mut warnings,
    )?;
    absorb(&mut warnings, risk.as_ref().map_or(&[], |r| &r.warnings));
    absorb(
        &mut warnings,
        matching.as_ref().map_or(&[], |m| &m.warnings),
    );
    absorb(
        &mut warnings,
        progression.as_ref().map_or(&[], |p| &p.warnings),
    );
    let by_program = by_program(view, params, goals.as_ref());
    let findings = findings(Sources {
        goals: goals.as_ref(),
        goals_by_program: by_program
            .as_ref()
            .or(goals.as_ref().filter(|g| g.by == ["program"])),
        engagement: engagement.as_ref(),
        retention: retention.as_ref(),
        risk: risk.as_ref(),
        progression: progression.as_ref(),
        matching: matching.as_ref(),
    });
    // The report lists the summaries of the pairs active at as_of only (SPEC §4.2): the analysis
    // itself lists every pair, and a large organisation's ended pairs are most of its size.
    let mut engagement = engagement;
    if let Some(e) = engagement.as_mut() {
        e.pairs.retain(|p| p.active);
    }
    // Its curves are thinned for drawing; the analyses keep every step.
    let (mut goals, mut retention, mut progression) = (goals, retention, progression);
    for table in curves(goals.as_mut(), retention.as_mut(), progression.as_mut()) {
        *table = thinned(table);
    }
    Ok(Report {
        meta: meta_of(view.loaded, params, view.as_of),
        warnings,
        findings,
        goals,
        engagement,
        retention,
        risk,
        progression,
        matching,
    })
}
