//! At-risk pairs (SPEC §4.4): for every pair active at `as_of`, a score in [0, 1], a level and the
//! reasons that raised it, each with its observed value, the threshold it crossed and its
//! contribution. Pairs are sorted by score, highest first; person-level output carries ids only.
//!
//! Each signal that fires has a severity in [0.5, 1] (0.5 at its threshold, 1 at twice as far
//! past it). With the default weights the score is a noisy-OR, 1 − Π(1 − wᵢ·sᵢ), and a reason's
//! contribution is wᵢ·sᵢ. With learned weights, a logistic regression fitted on the organisation's
//! own closed pairs (signals as they stood [`LEARN_LEAD_DAYS`] before each pair's end; outcome:
//! ended early; an L2 penalty of [`LEARN_RIDGE`] on the weights) replaces the weights; the score
//! is its predicted probability and a contribution is the signal's term on the log-odds scale.
//! [`Learn`] says which: `false` the defaults, `true` learned (defaults below
//! [`LEARN_MIN_PAIRS`] closed pairs), `"auto"` (the default; configured weights are used as given)
//! learned only when a replay of the
//! past year (`risk_eval`, every 28 days)
//! ranks the pairs that then ended early better than the defaults do (higher ROC AUC), with the
//! learned weights fitted on the pairs closed before that year. The result's `weights` says which
//! were used and why.
//!
//! Defaults and why (all overridable in [`RiskConfig`]):
//! - recency: no held session for longer than the agreed cadence — the meeting the pair agreed to
//!   is overdue; its severity grows to full at twice the cadence, so one late meeting alone stays
//!   below the medium level (weight 0.45, the strongest single sign);
//! - falling trend: monthly held sessions over the last 6 months falling by more than 0.25 a month
//!   (Theil–Sen, robust to one odd month; weight 0.25);
//! - cancellations: ≥ 40% of the sessions of the last 60 days cancelled or missed, at least 2
//!   sessions (weight 0.3);
//! - overdue goals (weight 0.15) and stalled goals — open, last_update_date more than 30 days
//!   back (weight 0.2; goals without a known last update are not judged);
//! - low rating: mean of the last 90 days ≤ 2.5 of 5 from either side (weight 0.3); falling rating:
//!   that mean at least 1 point below the pair's earlier mean (weight 0.25);
//! - one-sided initiation: one side started fewer than 15% of the last 90 days' sessions (≥ 4
//!   sessions with a known initiator; weight 0.15);
//! - doing less than it used to — a pair's own history is the fairest baseline, since a pair that
//!   has always met irregularly is not fading: the held share of the last 60 days at least 30
//!   points below the earlier sessions' (weight 0.4), and the same drop in the share of sessions
//!   the mentee started (weight 0.3), each with at least 3 sessions on both sides;
//! - no session held yet, more than 21 days after the start (weight 0.35);
//! - mentee exit risk: the mentee's relative exit hazard from a Cox model on the people table's
//!   numeric attributes is at least 1.5× the average (weight 0.1).
//! - levels: high from 0.6, medium from 0.3.

use super::options::{either_case, expect, typed_value, Analysis};
use super::people::PersonFacts;
use super::risk_eval::{replay_weights, WeightsReplay};
use super::risk_signals::{self, Fired, View};
use super::survival::{design, fit_cox, follow_up, Exits};
use super::{Choice, IsoDate, Params};
use crate::error::{Error, Result};
use crate::i18n::{Arg, InLocale, Locale, Localize, Message};
use crate::model::date::Day;
use crate::model::{Dataset, EndReason};
use crate::stats::logistic::logistic_ridge_nonneg;
use crate::stats::math::exp;
use crate::warning::{code, Warning};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Signals are measured this many days before a closed pair's end to learn weights.
pub const LEARN_LEAD_DAYS: i32 = 28;
/// The L2 penalty on learned signal weights: a signal that separates the closed pairs, or two that
/// always fire together, still get finite weights (shrunk toward 0) instead of failing the fit.
pub const LEARN_RIDGE: f64 = 1.0;
/// Fewer closed pairs (or fewer than a tenth of them in either outcome) and learning falls back.
pub const LEARN_MIN_PAIRS: usize = 40;

/// The signals, in report order.
pub const SIGNALS: [&str; 12] = [
    "recency",
    "falling_trend",
    "attendance_drop",
    "cancellations",
    "overdue_goals",
    "stalled_goals",
    "low_rating",
    "falling_rating",
    "one_sided",
    "initiative_drop",
    "no_first_session",
    "mentee_exit_risk",
];

/// Thresholds and weights; every field has a documented default.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RiskConfig {
    pub weights: BTreeMap<String, f64>,
    pub recency_cadences: f64,
    pub trend_months: u32,
    pub trend_slope: f64,
    pub cancel_window_days: i32,
    pub cancel_share: f64,
    pub cancel_min_sessions: usize,
    pub stalled_days: i32,
    pub rating_window_days: i32,
    pub low_rating: f64,
    pub rating_drop: f64,
    pub one_sided_share: f64,
    pub one_sided_min_sessions: usize,
    /// A drop of the held share (or the mentee-initiated share) of the recent window against the
    /// pair's own earlier sessions by at least this much.
    pub drop: f64,
    pub drop_min_sessions: usize,
    pub first_session_days: i32,
    pub exit_risk_ratio: f64,
    pub high: f64,
    pub medium: f64,
}

impl Default for RiskConfig {
    fn default() -> Self {
        let w = [
            0.45, 0.25, 0.4, 0.3, 0.15, 0.2, 0.3, 0.25, 0.15, 0.3, 0.35, 0.1,
        ];
        RiskConfig {
            weights: SIGNALS
                .iter()
                .zip(w)
                .map(|(s, w)| (s.to_string(), w))
                .collect(),
            recency_cadences: 1.0,
            trend_months: 6,
            trend_slope: -0.25,
            cancel_window_days: 60,
            cancel_share: 0.4,
            cancel_min_sessions: 2,
            stalled_days: 30,
            rating_window_days: 90,
            low_rating: 2.5,
            rating_drop: 1.0,
            one_sided_share: 0.15,
            one_sided_min_sessions: 4,
            drop: 0.3,
            drop_min_sessions: 3,
            first_session_days: 21,
            exit_risk_ratio: 1.5,
            high: 0.6,
            medium: 0.3,
        }
    }
}

impl RiskConfig {
    /// Checks the configuration, naming the first bad field.
    pub fn validate(&self) -> Result<()> {
        for (k, w) in &self.weights {
            if !SIGNALS.contains(&k.as_str()) {
                return Err(Error::Usage(format!(
                    "risk config: unknown signal \"{k}\" in weights (expected one of: {})",
                    SIGNALS.join(", ")
                )));
            }
            if !(0.0..=1.0).contains(w) {
                return Err(Error::Usage(format!(
                    "risk config: weight of {k} is {w}, expected 0 to 1"
                )));
            }
        }
        if !(self.medium > 0.0 && self.medium <= self.high && self.high <= 1.0) {
            return Err(Error::Usage(
                "risk config: expected 0 < medium ≤ high ≤ 1".into(),
            ));
        }
        Ok(())
    }

    fn weight(&self, s: &str) -> f64 {
        self.weights.get(s).copied().unwrap_or(0.0)
    }
}

/// One reason a pair is at risk.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    pub signal: &'static str,
    pub value: f64,
    pub threshold: f64,
    pub contribution: f64,
    pub text: String,
    /// The sentence's message, to write it in another language.
    #[serde(skip)]
    source: Option<Message>,
}

impl Localize for Reason {
    fn localize(&mut self, locale: Locale) {
        if let Some(m) = &self.source {
            self.text = m.render(locale);
        }
    }
}

impl Localize for PairRisk {
    fn localize(&mut self, locale: Locale) {
        self.reasons.localize(locale);
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairRisk {
    pub pair_id: String,
    pub mentor_id: String,
    pub mentee_id: String,
    pub program: String,
    pub score: f64,
    pub level: &'static str,
    pub reasons: Vec<Reason>,
}

/// The weights of a learned model: every one ≥ 0 (SPEC §4.4), so the reasons shown are the whole
/// explanation of a score.
#[derive(Debug, Clone, Serialize)]
pub struct Learned {
    pub closed_pairs: usize,
    pub ended_early: usize,
    pub terms: Vec<crate::stats::logistic::LogitTerm>,
    /// Signals that would have lowered the risk in this organisation's history, held at weight 0:
    /// not predictive here.
    pub not_predictive: Vec<&'static str>,
}

/// Which weights score the pairs: the documented defaults (`false`), weights learned from the
/// organisation's closed pairs (`true`), or (`"auto"`, the default) the learned ones when there
/// are enough closed pairs and a replay of the past year ranks the pairs that ended early better
/// with them than with the defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Learn {
    Off,
    On,
    #[default]
    Auto,
}

impl Choice for Learn {
    const OPTION: &'static str = "learn";
    const ALL: &'static [Learn] = &[Learn::Off, Learn::On, Learn::Auto];

    fn name(self) -> &'static str {
        match self {
            Learn::Off => "false",
            Learn::On => "true",
            Learn::Auto => "auto",
        }
    }
}

impl Serialize for Learn {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            Learn::Off => s.serialize_bool(false),
            Learn::On => s.serialize_bool(true),
            Learn::Auto => s.serialize_str("auto"),
        }
    }
}

/// `true`, `false` or `"auto"`.
impl<'de> Deserialize<'de> for Learn {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        expect(d, "true, false or \"auto\"", |v| match v {
            serde_json::Value::Bool(true) => Some(Learn::On),
            serde_json::Value::Bool(false) => Some(Learn::Off),
            serde_json::Value::String(w) if w == "auto" => Some(Learn::Auto),
            _ => None,
        })
    }
}

/// What a risk call asks for.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct RiskOptions {
    /// Thresholds and weights (camelCase keys, or snake_case as in a CLI `--config` file).
    #[serde(deserialize_with = "either_case")]
    pub config: RiskConfig,
    pub learn: Learn,
    /// Only the `top` highest-scoring pairs.
    #[serde(deserialize_with = "typed_value")]
    pub top: Option<usize>,
}

impl Analysis for RiskOptions {
    const NAME: &'static str = "risk";
    type Output = Risk;

    fn run(&self, d: &Dataset, params: &Params) -> Result<Risk> {
        let mut r = risk(d, params, &self.config, self.learn)?;
        if let Some(n) = self.top {
            r.pairs.truncate(n);
        }
        Ok(r)
    }
}

/// Which weights were used, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Weights {
    /// As asked: `true`, `false` or `"auto"`.
    pub learn: Learn,
    /// `"learned"` or `"default"`.
    pub used: &'static str,
    pub reason: String,
    /// With `"auto"` and enough closed pairs: the replay that decided.
    pub replay: Option<WeightsReplay>,
    #[serde(skip)]
    source: Message,
}

impl InLocale for Risk {
    fn warnings_mut(&mut self) -> &mut Vec<Warning> {
        &mut self.warnings
    }
}

impl Localize for Risk {
    fn localize(&mut self, locale: Locale) {
        self.weights.reason = self.weights.source.render(locale);
        self.pairs.localize(locale);
        self.warnings.localize(locale);
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Risk {
    pub as_of: IsoDate,
    pub model: &'static str,
    pub weights: Weights,
    pub config: RiskConfig,
    pub learned: Option<Learned>,
    pub levels: BTreeMap<&'static str, usize>,
    pub pairs: Vec<PairRisk>,
    pub warnings: Vec<Warning>,
}

/// Per-pair facts indexed once, so that signals at many dates stay cheap.
pub struct Index<'a> {
    d: &'a Dataset,
    sessions: Vec<Vec<usize>>,
    goals: Vec<Vec<usize>>,
    feedback: Vec<Vec<usize>>,
    /// Relative exit hazard of each person (1 = average), when a model could be fitted.
    exit_risk: Option<Vec<f64>>,
}

impl<'a> Index<'a> {
    pub fn new(d: &'a Dataset, as_of: Day, warnings: &mut Vec<Warning>) -> Index<'a> {
        let exit_risk = exit_model(d, as_of, warnings).and_then(|m| m.relative_hazards(d));
        let mut sessions = vec![Vec::new(); d.pairs.len()];
        for (i, s) in d.sessions.rows.iter().enumerate() {
            sessions[s.pair].push(i);
        }
        for v in &mut sessions {
            v.sort_by_key(|&i| d.sessions.rows[i].date);
        }
        let mut goals = vec![Vec::new(); d.pairs.len()];
        for (i, g) in d.goals.rows.iter().enumerate() {
            goals[g.pair].push(i);
        }
        let mut feedback = vec![Vec::new(); d.pairs.len()];
        for (i, f) in d.feedback.rows.iter().enumerate() {
            feedback[f.pair].push(i);
        }
        Index {
            d,
            sessions,
            goals,
            feedback,
            exit_risk,
        }
    }

    /// The data indexed.
    pub(crate) fn data(&self) -> &'a Dataset {
        self.d
    }

    /// The signals of pair `p` as they stood on `day` (using only rows dated on or before it).
    pub(crate) fn signals(&self, p: usize, day: Day, config: &RiskConfig) -> Vec<Fired> {
        self.fired(p, day, config, true)
    }

    /// The signals' severities only, without their sentences: what learning and replays read.
    pub(crate) fn bare_signals(&self, p: usize, day: Day, config: &RiskConfig) -> Vec<Fired> {
        self.fired(p, day, config, false)
    }

    fn fired(&self, p: usize, day: Day, config: &RiskConfig, texts: bool) -> Vec<Fired> {
        let d = self.d;
        let pair = &d.pairs.rows[p];
        let view = View {
            pair,
            day,
            config,
            sessions: rows(&self.sessions[p], &d.sessions.rows)
                .filter(|s| s.date <= day)
                .collect(),
            goals: rows(&self.goals[p], &d.goals.rows)
                .filter(|g| g.created <= day)
                .collect(),
            ratings: rows(&self.feedback[p], &d.feedback.rows)
                .filter(|f| f.date <= day)
                .collect(),
            exit_risk: self.exit_risk.as_ref().map(|r| r[pair.mentee]),
            texts,
        };
        risk_signals::fired(&view)
    }
}

/// The rows of `table` at the given indices.
fn rows<'a, T>(indices: &'a [usize], table: &'a [T]) -> impl Iterator<Item = &'a T> + 'a {
    indices.iter().map(|&i| &table[i])
}

/// A Cox model of every exit on the numeric people attributes (the survival toolkit's, without
/// mentoring: this is about the person, not the program).
struct ExitModel {
    columns: Vec<String>,
    coefs: Vec<f64>,
}

/// The exit model as of `as_of` (none without numeric attributes, or when it cannot be fitted).
fn exit_model(d: &Dataset, as_of: Day, warnings: &mut Vec<Warning>) -> Option<ExitModel> {
    let numeric = d.people.numeric_columns();
    if numeric.is_empty() {
        return None;
    }
    let facts = PersonFacts::derive(d, as_of);
    let follow = follow_up(d, as_of, Exits::All);
    let hire: Vec<Day> = d.people.rows.iter().map(|p| p.hire).collect();
    let mut quiet = Vec::new();
    let fitted = design(d, &facts, &numeric)
        .and_then(|x| fit_cox(&follow, &hire, &facts, &x, false, &mut quiet));
    match fitted {
        Ok(fit) => Some(ExitModel {
            coefs: fit.terms.iter().map(|t| t.coef).collect(),
            columns: numeric,
        }),
        Err(_) => {
            warnings.push(Warning::new(
                code::MODEL_NOT_FITTED,
                Message::new("warning-risk-no-exit-model"),
            ));
            None
        }
    }
}

impl ExitModel {
    /// Each person's hazard relative to the mean over people with every attribute known (1 for
    /// the others).
    fn relative_hazards(&self, d: &Dataset) -> Option<Vec<f64>> {
        let cols: Vec<&crate::model::Column> = self
            .columns
            .iter()
            .filter_map(|n| d.people.column(n))
            .collect();
        if cols.len() != self.columns.len() {
            return None;
        }
        let eta: Vec<Option<f64>> = (0..d.people.len())
            .map(|i| {
                cols.iter()
                    .zip(&self.coefs)
                    .try_fold(0.0, |acc, (c, b)| match &c.values {
                        crate::model::Values::Numeric(v) => v[i].map(|x| acc + b * x),
                        crate::model::Values::Text(_) => None,
                    })
            })
            .collect();
        let known: Vec<f64> = eta.iter().flatten().copied().collect();
        if known.is_empty() {
            return None;
        }
        let mean_hazard = known.iter().map(|e| exp(*e)).sum::<f64>() / known.len() as f64;
        Some(
            eta.iter()
                .map(|e| e.map_or(1.0, |e| exp(e) / mean_hazard))
                .collect(),
        )
    }
}

/// How fired signals become a score.
pub(crate) enum Model {
    NoisyOr,
    Logistic(crate::stats::logistic::LogitFit),
}

fn severities(fired: &[Fired]) -> Vec<f64> {
    SIGNALS
        .iter()
        .map(|s| {
            fired
                .iter()
                .find(|f| f.signal == *s)
                .map_or(0.0, |f| f.severity)
        })
        .collect()
}

/// The score of a pair's fired signals under `model`.
pub(crate) fn model_score(fired: &[Fired], model: &Model, c: &RiskConfig) -> f64 {
    combine(fired, &contributions(fired, model, c), model)
}

/// The model `learn` asks for, with what was used and why.
fn weights(
    index: &Index<'_>,
    as_of: Day,
    c: &RiskConfig,
    learn: Learn,
    warnings: &mut Vec<Warning>,
) -> (Model, Option<Learned>, Weights) {
    let chosen = |used: &'static str, reason: Message, replay| Weights {
        learn,
        used,
        reason: reason.english(),
        replay,
        source: reason,
    };
    let fallback = |w: &[Warning]| {
        w.last()
            .map_or_else(|| Message::new("weights-default"), |w| w.source().clone())
    };
    match learn {
        Learn::Off => {
            let why = Message::new("weights-learn-off");
            (Model::NoisyOr, None, chosen("default", why, None))
        }
        Learn::On => match learned_model(&closed_pairs(index, c), as_of, warnings) {
            (m, Some(l)) => {
                let why = Message::new("weights-learned").count("closed", l.closed_pairs);
                (m, Some(l), chosen("learned", why, None))
            }
            (m, None) => (m, None, chosen("default", fallback(warnings), None)),
        },
        Learn::Auto if c.weights != RiskConfig::default().weights => {
            let why = Message::new("weights-config");
            (Model::NoisyOr, None, chosen("default", why, None))
        }
        Learn::Auto => {
            let mut quiet = Vec::new();
            let closed = closed_pairs(index, c);
            let (model, learned) = learned_model(&closed, as_of, &mut quiet);
            let Some(l) = learned else {
                return (model, None, chosen("default", fallback(&quiet), None));
            };
            let Some(replay) = replay_weights(index, &closed, as_of, c) else {
                let why = Message::new("weights-no-replay").count("needed", LEARN_MIN_PAIRS);
                return (Model::NoisyOr, None, chosen("default", why, None));
            };
            let auc = |a: Option<f64>| match a {
                Some(a) => Arg::Number {
                    value: a,
                    places: Some(3),
                },
                None => Arg::Phrase(Box::new(Message::new("auc-none"))),
            };
            let ahead = replay.learned_ahead();
            let why = Message::new(if ahead {
                "weights-replay-learned"
            } else {
                "weights-replay-default"
            })
            .arg("learned", auc(replay.learned_auc))
            .arg("default", auc(replay.default_auc));
            if ahead {
                (model, Some(l), chosen("learned", why, Some(replay)))
            } else {
                (Model::NoisyOr, None, chosen("default", why, Some(replay)))
            }
        }
    }
}

/// The learned model when `learn_weights` and there are enough closed pairs, else the defaults.
pub(crate) fn choose_model(
    index: &Index<'_>,
    c: &RiskConfig,
    learn_weights: bool,
    closed_by: Day,
    warnings: &mut Vec<Warning>,
) -> (Model, Option<Learned>) {
    if !learn_weights {
        return (Model::NoisyOr, None);
    }
    learned_model(&closed_pairs(index, c), closed_by, warnings)
}

/// The model learned from the pairs closed by `closed_by`, or the defaults when it cannot be.
pub(crate) fn learned_model(
    closed: &[ClosedPair],
    closed_by: Day,
    warnings: &mut Vec<Warning>,
) -> (Model, Option<Learned>) {
    match learn(closed, closed_by, warnings) {
        Some((fit, l)) => (Model::Logistic(fit), Some(l)),
        None => (Model::NoisyOr, None),
    }
}

/// Each fired signal's contribution: its weight times its severity (default weights), or its
/// term on the log-odds scale (learned).
fn contributions(fired: &[Fired], model: &Model, c: &RiskConfig) -> Vec<f64> {
    match model {
        Model::NoisyOr => fired
            .iter()
            .map(|f| c.weight(f.signal) * f.severity)
            .collect(),
        Model::Logistic(fit) => fired
            .iter()
            .map(|f| {
                let j = SIGNALS.iter().position(|s| *s == f.signal).unwrap_or(0);
                fit.terms[j + 1].coef * f.severity
            })
            .collect(),
    }
}

/// The score: the noisy-OR of the contributions, or the learned model's probability.
fn combine(fired: &[Fired], contributions: &[f64], model: &Model) -> f64 {
    match model {
        Model::NoisyOr => {
            1.0 - contributions
                .iter()
                .fold(1.0, |acc, w| acc * (1.0 - w.clamp(0.0, 1.0)))
        }
        Model::Logistic(fit) => fit.predict(&severities(fired)),
    }
}

/// The score and the reasons (signals that raised it), largest contribution first.
fn score(fired: Vec<Fired>, model: &Model, c: &RiskConfig) -> (f64, Vec<Reason>) {
    let contributions = contributions(&fired, model, c);
    let s = combine(&fired, &contributions, model);
    let mut reasons: Vec<Reason> = fired
        .into_iter()
        .zip(contributions)
        .filter(|(_, w)| *w > 0.0)
        .map(|(f, w)| Reason {
            signal: f.signal,
            value: f.value,
            threshold: f.threshold,
            contribution: w,
            text: f.text.as_ref().map(Message::english).unwrap_or_default(),
            source: f.text,
        })
        .collect();
    reasons.sort_by(|a, b| {
        b.contribution
            .total_cmp(&a.contribution)
            .then(a.signal.cmp(b.signal))
    });
    (s, reasons)
}

pub(crate) fn level(s: f64, c: &RiskConfig) -> &'static str {
    if s >= c.high {
        "high"
    } else if s >= c.medium {
        "medium"
    } else {
        "low"
    }
}

/// Fits the logistic model on closed pairs; `None` (with a warning) when there are too few.
/// A closed pair as learning sees it: when it ended, its signals' severities [`LEARN_LEAD_DAYS`]
/// before, and whether it ended early.
pub(crate) struct ClosedPair {
    end: Day,
    severities: Vec<f64>,
    ended_early: bool,
}

/// The closed pairs of the index's data (those that ran longer than the lead).
pub(crate) fn closed_pairs(index: &Index<'_>, c: &RiskConfig) -> Vec<ClosedPair> {
    let d = index.d;
    d.pairs
        .rows
        .iter()
        .enumerate()
        .filter_map(|(p, pair)| {
            let end = pair.end?;
            let at = end - LEARN_LEAD_DAYS;
            (at > pair.start).then(|| ClosedPair {
                end,
                severities: severities(&index.bare_signals(p, at, c)),
                ended_early: pair.end_reason == Some(EndReason::EndedEarly),
            })
        })
        .collect()
}

/// The logistic model of ending early, fitted on the pairs closed by `closed_by`.
fn learn(
    closed: &[ClosedPair],
    closed_by: Day,
    warnings: &mut Vec<Warning>,
) -> Option<(crate::stats::logistic::LogitFit, Learned)> {
    let mut x: Vec<Vec<f64>> = vec![Vec::new(); SIGNALS.len()];
    let mut y = Vec::new();
    for pair in closed.iter().filter(|p| p.end <= closed_by) {
        for (j, s) in pair.severities.iter().enumerate() {
            x[j].push(*s);
        }
        y.push(pair.ended_early);
    }
    let early = y.iter().filter(|v| **v).count();
    let minority = early.min(y.len() - early);
    if y.len() < LEARN_MIN_PAIRS || minority * 10 < y.len() {
        warnings.push(Warning::new(
            code::DEFAULTS_USED,
            Message::new("warning-risk-too-few")
                .count("needed", LEARN_MIN_PAIRS)
                .count("closed", y.len())
                .count("early", early),
        ));
        return None;
    }
    // Signals that never fired among closed pairs cannot be estimated: keep them at zero.
    let used: Vec<usize> = (0..SIGNALS.len())
        .filter(|&j| x[j].iter().any(|v| *v > 0.0) && x[j].contains(&0.0))
        .collect();
    let names: Vec<String> = used.iter().map(|&j| SIGNALS[j].to_string()).collect();
    let cols: Vec<Vec<f64>> = used.iter().map(|&j| x[j].clone()).collect();
    match logistic_ridge_nonneg(&y, &cols, &names, LEARN_RIDGE) {
        Ok(nn) => {
            let not_predictive = nn.held_at_zero.iter().map(|&j| SIGNALS[used[j]]).collect();
            let fit = nn.fit;
            // Expand to every signal (unused ones get a zero coefficient) so scoring can index it.
            let mut terms = vec![fit.terms[0].clone()];
            for s in SIGNALS {
                terms.push(match fit.terms.iter().find(|t| t.term == s) {
                    Some(t) => t.clone(),
                    None => crate::stats::logistic::LogitTerm {
                        term: s.to_string(),
                        coef: 0.0,
                        se: 0.0,
                        z: 0.0,
                        p_value: 1.0,
                    },
                });
            }
            let full = crate::stats::logistic::LogitFit {
                terms: terms.clone(),
                ..fit
            };
            Some((
                full,
                Learned {
                    closed_pairs: y.len(),
                    ended_early: early,
                    terms,
                    not_predictive,
                },
            ))
        }
        Err(e) => {
            warnings.push(Warning::new(
                code::DEFAULTS_USED,
                Message::new("warning-risk-learning-failed").phrase("error", e.message()),
            ));
            None
        }
    }
}

/// Scores every pair active at `as_of`.
pub fn risk(d: &Dataset, params: &Params, config: &RiskConfig, learn: Learn) -> Result<Risk> {
    d.require("risk", &["pairs", "sessions"])?;
    config.validate()?;
    let view = params.view(d)?;
    let v = &view.data;
    let mut warnings = view.warnings.clone();
    let index = Index::new(v, view.as_of, &mut warnings);
    let (model, learned, weights) = weights(&index, view.as_of, config, learn, &mut warnings);
    let mut pairs: Vec<PairRisk> = (0..v.pairs.len())
        .filter(|&p| v.pairs.rows[p].end.is_none())
        .map(|p| {
            let (s, reasons) = score(index.signals(p, view.as_of, config), &model, config);
            let pair = &v.pairs.rows[p];
            let id = |person: usize| {
                v.people
                    .rows
                    .get(person)
                    .map_or(String::new(), |x| x.id.clone())
            };
            PairRisk {
                pair_id: pair.id.clone(),
                mentor_id: id(pair.mentor),
                mentee_id: id(pair.mentee),
                program: v.pairs.rows[p].program.clone(),
                score: s,
                level: level(s, config),
                reasons,
            }
        })
        .collect();
    // Highest score first; ties by the larger number of reasons, then by pair_id (SPEC §4.4).
    pairs.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| b.reasons.len().cmp(&a.reasons.len()))
            .then_with(|| a.pair_id.cmp(&b.pair_id))
    });
    let mut levels = BTreeMap::new();
    for l in ["high", "medium", "low"] {
        levels.insert(l, pairs.iter().filter(|p| p.level == l).count());
    }
    Ok(Risk {
        as_of: IsoDate(view.as_of),
        model: if learned.is_some() {
            "learned logistic regression"
        } else {
            "default weights (noisy-OR)"
        },
        weights,
        config: config.clone(),
        learned,
        levels,
        pairs,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_typescript_signal_union_lists_every_signal_and_no_other() {
        let mut signals = SIGNALS.to_vec();
        signals.sort_unstable();
        assert_eq!(crate::warning::typescript_union("Signal"), signals);
    }

    #[test]
    fn learn_reads_true_false_and_auto_and_nothing_else() {
        let read = |s: &str| serde_json::from_str::<Learn>(s);
        assert_eq!(read("true").unwrap(), Learn::On);
        assert_eq!(read("false").unwrap(), Learn::Off);
        assert_eq!(read("\"auto\"").unwrap(), Learn::Auto);
        let e = read("\"yes\"").unwrap_err().to_string();
        assert!(
            e.contains("expected true, false or \"auto\", got \"yes\""),
            "{e}"
        );
        assert_eq!(serde_json::to_string(&Learn::Auto).unwrap(), "\"auto\"");
        assert_eq!(Learn::default(), Learn::Auto);
    }
}
