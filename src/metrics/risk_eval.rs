//! Measuring the at-risk detector (SPEC §4.4): replay the data at past dates, score the pairs
//! active then, and compare with what happened next.
//!
//! At each evaluation date (every `step_days` over the year that ends `horizon_days` before the
//! data's last date), a pair active then is a positive when it ended early (`end_reason =
//! ended_early`) within the next `horizon_days`. Over all (date, pair) samples: ROC AUC
//! (Mann–Whitney, ties ½) and the mean over dates of precision at k (k = a tenth of the active
//! pairs, at least 1). Lead time: for each pair that ended early, the days between the first
//! evaluation date (within `horizon_days` before its end) at which it was flagged — level `high`
//! for the detector, the rule true for a baseline — and its end; the median over flagged pairs,
//! and the share flagged. Baselines are single rules on days since the last held session
//! (≥ 90, ≥ 21, ≥ 14).
//!
//! On an organisation's own history the positives are the pairs recorded as `ended_early` within
//! the horizon. On a generated program the ground truth is known, and a positive is a pair that is
//! decaying at the evaluation date (its decay has started, its early end has not come): what a
//! detector can see. A pair that ends because someone left the company gives no warning in its
//! sessions and is a negative there, and so is a pair whose decay has not started yet.

use super::options::{either_case, typed_value};
use super::risk_model::{
    choose_model, learned_model, level, model_score, ClosedPair, Index, Model,
};
use super::risk_signals::RiskConfig;
use super::Params;
use crate::document::{Summarised, Summary};
use crate::error::Result;
use crate::i18n::{Locale, Localize, Message};
use crate::model::date::Day;
use crate::model::{Dataset, EndReason, SessionStatus, Table, Truth};
use crate::stats::median;
use crate::warning::Warning;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// How the replay is done.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EvalOptions {
    pub horizon_days: i32,
    pub step_days: i32,
    pub span_days: i32,
    /// Score with weights learned, at each date, from the pairs closed by then.
    pub learn: bool,
}

impl Default for EvalOptions {
    fn default() -> Self {
        EvalOptions {
            horizon_days: 90,
            step_days: 14,
            span_days: 365,
            learn: false,
        }
    }
}

/// What a replay of loaded data is asked for (the JS `riskEvaluation`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct ReplayOptions {
    /// Thresholds and weights (camelCase or snake_case keys).
    #[serde(deserialize_with = "either_case")]
    pub config: RiskConfig,
    /// Weights learned at each date from the pairs closed by then: `true` or `false` (a replay
    /// measures one set of weights; `"auto"` is for risk).
    #[serde(deserialize_with = "typed_value")]
    pub learn: bool,
}

/// The quality of one scorer.
#[derive(Debug, Clone, Serialize)]
pub struct Quality {
    /// The scorer's name, in English until [`Localize`]d.
    pub name: String,
    pub auc: Option<f64>,
    pub precision_at_k: Option<f64>,
    pub median_lead_days: Option<f64>,
    pub flagged_share: Option<f64>,
    #[serde(skip)]
    source: Message,
}

impl Localize for Quality {
    fn localize(&mut self, locale: Locale) {
        self.name = self.source.render(locale);
    }
}

impl Localize for Replays {
    fn localize(&mut self, locale: Locale) {
        for r in &mut self.runs {
            r.evaluation.localize(locale);
        }
    }
}

impl Localize for Evaluation {
    fn localize(&mut self, locale: Locale) {
        self.detector.localize(locale);
        self.baselines.localize(locale);
    }
}

/// Replays of the detector as `risk-eval` lists them, one per folder or generated program.
#[derive(Debug, Clone, Serialize)]
pub struct Replays {
    pub runs: Vec<Replay>,
}

/// One replay: what was replayed, and how the detector did.
#[derive(Debug, Clone, Serialize)]
pub struct Replay {
    #[serde(flatten)]
    pub source: Replayed,
    pub evaluation: Evaluation,
}

/// What a replay ran on.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum Replayed {
    /// A generated program, whose ground truth marks the decaying pairs.
    Generated { seed: u64, people: usize },
    /// A folder of tables.
    Folder { data: String },
}

#[derive(Debug, Clone, Serialize)]
pub struct Evaluation {
    pub dates: usize,
    pub samples: usize,
    pub positives: usize,
    pub early_ends: usize,
    pub detector: Quality,
    pub baselines: Vec<Quality>,
}

/// The baselines: days since the last held session (or the start) at least this many.
const BASELINE_DAYS: [i32; 3] = [90, 21, 14];

/// ROC AUC by the Mann–Whitney statistic; `None` without both classes.
pub fn auc(scores: &[f64], labels: &[bool]) -> Option<f64> {
    let ranks = crate::stats::average_ranks(scores);
    let pos = labels.iter().filter(|l| **l).count();
    let neg = labels.len() - pos;
    if pos == 0 || neg == 0 {
        return None;
    }
    let rank_sum: f64 = ranks
        .iter()
        .zip(labels)
        .filter(|(_, l)| **l)
        .map(|(r, _)| r)
        .sum();
    let u = rank_sum - (pos * (pos + 1)) as f64 / 2.0;
    Some(u / (pos as f64 * neg as f64))
}

struct Sample {
    date: Day,
    pair: String,
    label: bool,
    scores: Vec<f64>,
    flagged: Vec<bool>,
}

/// Per pair id: the first day it counts as a positive and its early end (None: a negative).
type Outcomes<'a> = HashMap<&'a str, Option<(Day, Day)>>;

/// Replays `d`, as it stood on `params.as_of` (default: its latest date), and measures the
/// detector and the baselines.
pub fn evaluate(
    d: &Dataset,
    params: &Params,
    config: &RiskConfig,
    opts: EvalOptions,
    truth: Option<&[Truth]>,
) -> Result<Evaluation> {
    d.require("risk evaluation", &[Table::Pairs, Table::Sessions])?;
    config.validate()?;
    let view = params.view(d)?;
    let (d, last) = (view.data.as_ref(), view.as_of);
    let outcome = match truth {
        Some(t) => generated_outcomes(t, last),
        None => recorded_outcomes(d, opts.horizon_days),
    };
    let dates = dates(last, &opts);
    let samples = replay(d, &dates, config, opts.learn, &outcome);
    let names: Vec<Message> =
        std::iter::once(Message::new("risk-eval-detector"))
            .chain(BASELINE_DAYS.iter().map(|&b| {
                Message::new("risk-eval-baseline").count("days", b.unsigned_abs() as usize)
            }))
            .collect();
    let early = early_ends(&outcome, &dates, opts.horizon_days);
    let quality = |j: usize| quality(&names[j], j, &samples, &dates, &early, opts.horizon_days);
    Ok(Evaluation {
        dates: dates.len(),
        samples: samples.len(),
        positives: samples.iter().filter(|s| s.label).count(),
        early_ends: early.len(),
        detector: quality(0),
        baselines: (1..=BASELINE_DAYS.len()).map(quality).collect(),
    })
}

/// The replay behind `learn: "auto"`: the organisation's own history over the past year (as
/// [`evaluate`] replays it, every [`AUTO_STEP_DAYS`], positives the pairs recorded as ended early
/// within the horizon), scored with the default weights and with weights learned from the pairs
/// closed before the year began — a time split: the learned weights are judged on a year they
/// were not fitted on.
#[derive(Debug, Clone, Serialize)]
pub struct WeightsReplay {
    pub dates: usize,
    pub samples: usize,
    pub positives: usize,
    pub default_auc: Option<f64>,
    pub learned_auc: Option<f64>,
}

impl WeightsReplay {
    /// Whether the learned weights ranked the replayed pairs better than the defaults.
    pub fn learned_ahead(&self) -> bool {
        matches!((self.learned_auc, self.default_auc), (Some(l), Some(d)) if l > d)
    }
}

/// Replays the data of `index` (as it stands on `as_of`) with both sets of weights; None when the
/// pairs closed before the replay's first date are too few to learn from. The risk analysis's own
/// index serves every date: signals read only rows dated on or before their date, a pair counts
/// while it had started and not ended, and the mentee exit model is the one of `as_of` for both
/// scorers alike.
pub(crate) fn replay_weights(
    index: &Index<'_>,
    closed: &[ClosedPair],
    as_of: Day,
    config: &RiskConfig,
) -> Option<WeightsReplay> {
    let d = index.data();
    let opts = EvalOptions {
        step_days: AUTO_STEP_DAYS,
        ..EvalOptions::default()
    };
    let outcome = recorded_outcomes(d, opts.horizon_days);
    let dates = dates(as_of, &opts);
    let first = *dates.first()?;
    let learned = match learned_model(closed, first, &mut Vec::new()) {
        (model, Some(_)) => model,
        (_, None) => return None,
    };
    let stride = d.pairs.len().div_ceil(AUTO_MAX_PAIRS).max(1);
    let (mut labels, mut default, mut learned_scores) = (Vec::new(), Vec::new(), Vec::new());
    for &date in &dates {
        let active = d
            .pairs
            .rows
            .iter()
            .enumerate()
            .step_by(stride)
            .filter(|(_, p)| p.start <= date && p.end.is_none_or(|e| e > date));
        for (p, pair) in active {
            let window = outcome.get(pair.id.as_str()).copied().flatten();
            labels.push(window.is_some_and(|(from, end)| from <= date && date < end));
            let fired = index.bare_signals(p, date, config);
            default.push(model_score(&fired, &Model::NoisyOr, config));
            learned_scores.push(model_score(&fired, &learned, config));
        }
    }
    Some(WeightsReplay {
        dates: dates.len(),
        samples: labels.len(),
        positives: labels.iter().filter(|l| **l).count(),
        default_auc: auc(&default, &labels),
        learned_auc: auc(&learned_scores, &labels),
    })
}

/// The `"auto"` replay looks every 28 days (13 dates a year): half the evaluation's 14, since
/// it runs with every risk analysis and the choice needs only the ranking over the year.
pub const AUTO_STEP_DAYS: i32 = 28;

/// And follows at most this many pairs (every k-th by row beyond it): a few thousand samples
/// already rank the two AUCs to about ±0.01, and the replay runs with every risk analysis.
pub const AUTO_MAX_PAIRS: usize = 20_000;

/// On a generated program: a pair is a positive while it decays (from its decay's start to its
/// early end, when that end is on or before `last`).
fn generated_outcomes(truth: &[Truth], last: Day) -> Outcomes<'_> {
    truth
        .iter()
        .map(|t| {
            let window = match (t.decaying, t.decay_start, t.early_end) {
                (true, Some(s), Some(e)) if e <= last => Some((s, e)),
                _ => None,
            };
            (t.pair_id.as_str(), window)
        })
        .collect()
}

/// On recorded history: a pair is a positive within `horizon_days` before its early end.
fn recorded_outcomes(d: &Dataset, horizon_days: i32) -> Outcomes<'_> {
    d.pairs
        .rows
        .iter()
        .map(|p| {
            let early = p
                .end
                .filter(|_| p.end_reason == Some(EndReason::EndedEarly));
            (p.id.as_str(), early.map(|e| (e - horizon_days, e)))
        })
        .collect()
}

/// Every `step_days` over the `span_days` that end `horizon_days` before `last`, oldest first.
fn dates(last: Day, opts: &EvalOptions) -> Vec<Day> {
    let mut dates = Vec::new();
    let mut t = last - opts.horizon_days;
    while t > last - opts.horizon_days - opts.span_days {
        dates.push(t);
        t -= opts.step_days;
    }
    dates.reverse();
    dates
}

/// At each date, the data as it stood then: every pair active, scored by the detector (default
/// weights, or with `learn` weights learned from the pairs closed by the date), then by the
/// baselines.
fn replay(
    d: &Dataset,
    dates: &[Day],
    config: &RiskConfig,
    learn: bool,
    outcome: &Outcomes<'_>,
) -> Vec<Sample> {
    let mut samples = Vec::new();
    for &date in dates {
        let (view, _) = d.as_of(date);
        let mut quiet = Vec::new();
        let index = Index::new(&view, date, &mut quiet);
        let (model, _) = choose_model(&index, config, learn, date, &mut quiet);
        let last_held = last_held(&view);
        for (p, pair) in view.pairs.rows.iter().enumerate() {
            if pair.end.is_some() {
                continue;
            }
            let window = outcome.get(pair.id.as_str()).copied().flatten();
            let mut scores = Vec::new();
            let mut flagged = Vec::new();
            let score = model_score(&index.bare_signals(p, date, config), &model, config);
            scores.push(score);
            flagged.push(level(score, config) == "high");
            let since = date - last_held[p].unwrap_or(pair.start);
            for b in BASELINE_DAYS {
                scores.push(f64::from(u8::from(since >= b)));
                flagged.push(since >= b);
            }
            samples.push(Sample {
                date,
                pair: pair.id.clone(),
                label: window.is_some_and(|(from, end)| from <= date && date < end),
                scores,
                flagged,
            });
        }
    }
    samples
}

/// The early ends a replay over `dates` could have seen coming.
fn early_ends<'a>(outcome: &Outcomes<'a>, dates: &[Day], horizon_days: i32) -> Vec<(&'a str, Day)> {
    outcome
        .iter()
        .filter_map(|(id, w)| w.map(|(_, e)| (*id, e)))
        .filter(|(_, e)| {
            dates.first().is_some_and(|f| *e > *f)
                && dates.last().is_some_and(|l| *e <= *l + horizon_days)
        })
        .collect()
}

/// The quality of scorer `j`: AUC over all samples, precision at k per date, lead times.
fn quality(
    name: &Message,
    j: usize,
    samples: &[Sample],
    dates: &[Day],
    early: &[(&str, Day)],
    horizon_days: i32,
) -> Quality {
    let scores: Vec<f64> = samples.iter().map(|s| s.scores[j]).collect();
    let labels: Vec<bool> = samples.iter().map(|s| s.label).collect();
    let mut precisions = Vec::new();
    for &date in dates {
        let mut at: Vec<&Sample> = samples.iter().filter(|s| s.date == date).collect();
        if at.is_empty() {
            continue;
        }
        at.sort_by(|a, b| {
            b.scores[j]
                .total_cmp(&a.scores[j])
                .then_with(|| a.pair.cmp(&b.pair))
        });
        let k = (at.len() / 10).max(1);
        precisions.push(at[..k].iter().filter(|s| s.label).count() as f64 / k as f64);
    }
    let mut leads = Vec::new();
    for (id, end) in early {
        let first = samples
            .iter()
            .filter(|s| {
                s.pair == *id && s.flagged[j] && s.date < *end && end - s.date <= horizon_days
            })
            .map(|s| s.date)
            .min();
        if let Some(f) = first {
            leads.push(f64::from(end - f));
        }
    }
    Quality {
        name: name.english(),
        source: name.clone(),
        auc: auc(&scores, &labels),
        precision_at_k: (!precisions.is_empty())
            .then(|| precisions.iter().sum::<f64>() / precisions.len() as f64),
        median_lead_days: (!leads.is_empty()).then(|| median(&leads)),
        flagged_share: (!early.is_empty()).then(|| leads.len() as f64 / early.len() as f64),
    }
}

fn last_held(d: &Dataset) -> Vec<Option<Day>> {
    let mut out = vec![None; d.pairs.len()];
    for s in &d.sessions.rows {
        if s.status == SessionStatus::Held {
            out[s.pair] = out[s.pair].max(Some(s.date));
        }
    }
    out
}

// The analysis as a program manager reads it: its summary as text and on the page.

impl Summarised for Replays {
    fn summarise(&self, s: &mut Summary) {
        summarise_risk_eval(s, self);
    }

    fn warnings(&self) -> &[Warning] {
        &[]
    }
}

/// Each replay as one table: the detector, then the single-rule baselines it is measured
/// against.
fn summarise_risk_eval(s: &mut Summary, v: &Replays) {
    s.heading(Message::new("text-risk-eval"));
    for run in &v.runs {
        let e = &run.evaluation;
        let source = match &run.source {
            Replayed::Folder { data } => data.clone(),
            Replayed::Generated { seed, people } => s.m(Message::new("text-risk-eval-generated")
                .text("seed", seed.to_string())
                .count("people", *people)),
        };
        let line = s.m(Message::new("text-risk-eval-run")
            .text("source", source)
            .text("dates", s.count(e.dates))
            .text("samples", s.count(e.samples))
            .text("positives", s.count(e.positives))
            .text("early", s.count(e.early_ends)));
        s.line(&line);
        let rows = std::iter::once(&e.detector)
            .chain(&e.baselines)
            .map(|m| {
                vec![
                    m.name.clone(),
                    s.num(m.auc, 3),
                    s.num(m.precision_at_k, 3),
                    s.number(m.median_lead_days, None),
                    s.share(m.flagged_share),
                ]
            })
            .collect();
        s.table(
            &[
                "col-method",
                "col-auc",
                "col-precision-at-k",
                "col-lead-days",
                "col-flagged-share",
            ],
            rows,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auc_by_hand() {
        assert_eq!(
            auc(&[0.9, 0.8, 0.1, 0.2], &[true, true, false, false]),
            Some(1.0)
        );
        assert_eq!(
            auc(&[0.1, 0.2, 0.9, 0.8], &[true, true, false, false]),
            Some(0.0)
        );
        // One tie between a positive and a negative counts a half: (1 + 0.5) / 2.
        assert_eq!(auc(&[0.5, 0.9, 0.5], &[true, true, false]), Some(0.75));
        assert_eq!(auc(&[0.5], &[true]), None);
    }
}
