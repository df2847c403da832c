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

use super::options::{
    either_case, expect, flag, names, rows, typed_value, Analysis, Flag, Part, Rows, Takes,
};
use super::risk_eval::{replay_weights, WeightsReplay};
use super::risk_model::{closed_pairs, combine, contributions, learned_model, level, Index, Model};
pub use super::risk_model::{Learned, LEARN_LEAD_DAYS, LEARN_MIN_PAIRS, LEARN_RIDGE};
use super::risk_signals::Fired;
pub use super::risk_signals::{RiskConfig, SIGNALS};
use super::{IsoDate, Params, View};
use crate::document::{finite, svg, Summary};
use crate::error::Result;
use crate::i18n::format;
use crate::i18n::{Arg, Locale, Localize, Message};
use crate::model::date::Day;
use crate::model::schema::Choice;
use crate::model::{Dataset, Table};
use crate::warning::InLocale;
use crate::warning::Warning;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
    const NEEDS: &'static [Table] = &[Table::Pairs, Table::Sessions];
    type Output = Risk;
    const ABOUT: &'static str = "At-risk pairs: every pair active at --as-of with a score in [0, 1], a level and the reasons (signal, observed value, threshold, contribution), highest score first";
    const FLAGS: &'static [Flag] = &[
        flag(
            "config",
            "JSON file overriding thresholds and weights (see README \"At-risk pairs\")",
            Takes::JsonFile,
        ),
        flag(
            "learn",
            "Weights learned from this organisation's closed pairs (logistic regression): `true` (`--learn` alone), `false` (the documented defaults) or `auto`, which uses the learned ones when a replay of the past year ranks the pairs that ended early better with them",
            Takes::Choice {
                names: names::<Learn>,
                bare: Some("true"),
            },
        ),
        flag("top", "Only the N highest-scoring pairs", Takes::Value),
    ];
    const TABLES: &'static [Rows] = &[rows(
        "risk",
        "a row per active pair, highest score first",
        &["pairs"],
    )];

    fn listed(&self) -> Option<usize> {
        self.top
    }

    fn analyse(&self, view: &View<'_>, _: &Params) -> Result<Risk> {
        self.config.validate()?;
        let mut r = risk_on(view, &self.config, self.learn)?;
        if let Some(n) = self.top {
            r.pairs.truncate(n);
        }
        Ok(r)
    }
}

impl Part for RiskOptions {}

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

/// The model that scored the pairs, named in the JSON as below.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum RiskModel {
    #[serde(rename = "learned logistic regression")]
    Learned,
    #[serde(rename = "default weights (noisy-OR)")]
    Default,
}

impl RiskModel {
    /// The key a message selects the model's name in the reader's language by.
    pub fn key(self) -> &'static str {
        match self {
            RiskModel::Learned => "learned",
            RiskModel::Default => "default",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Risk {
    pub as_of: IsoDate,
    pub model: RiskModel,
    pub weights: Weights,
    pub config: RiskConfig,
    pub learned: Option<Learned>,
    pub levels: BTreeMap<&'static str, usize>,
    pub pairs: Vec<PairRisk>,
    pub warnings: Vec<Warning>,
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

/// Scores every pair active at `as_of`.
pub fn risk(d: &Dataset, params: &Params, config: &RiskConfig, learn: Learn) -> Result<Risk> {
    d.require(RiskOptions::NAME, RiskOptions::NEEDS)?;
    config.validate()?;
    risk_on(&params.view(d)?, config, learn)
}

/// Scores every pair active at the view's date, with a valid `config`.
fn risk_on(view: &View<'_>, config: &RiskConfig, learn: Learn) -> Result<Risk> {
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
            RiskModel::Learned
        } else {
            RiskModel::Default
        },
        weights,
        config: config.clone(),
        learned,
        levels,
        pairs,
        warnings,
    })
}

// The analysis as a program manager reads it: its summary as text and on the page.

/// At-risk pairs the chart of scores shows.
const CHARTED_PAIRS: usize = 25;

super::summarised!(Risk, summarise_risk);

fn summarise_risk(s: &mut Summary, r: &Risk) {
    s.heading(Message::new("text-risk"));
    let level = |name: &str| r.levels.get(name).map_or("—".into(), |&n| s.count(n));
    let line = s.m(Message::new("text-risk-levels")
        .text("high", level("high"))
        .text("medium", level("medium"))
        .text("low", level("low"))
        .text("model", r.model.key()));
    s.line(&line);
    let weights = s.m(Message::new("text-weights")
        .text("used", r.weights.used)
        .text("reason", r.weights.reason.as_str()));
    s.line(&weights);
    let separator = s.t("clause-separator");
    let rows = r
        .pairs
        .iter()
        .filter(|p| p.level != "low")
        .take(s.top_pairs)
        .map(|p| {
            let reasons = p
                .reasons
                .iter()
                .map(|x| x.text.as_str())
                .collect::<Vec<_>>()
                .join(&separator);
            vec![
                p.pair_id.clone(),
                p.program.clone(),
                s.num(p.score, 2),
                s.m(Message::new("text-level").text("level", p.level)),
                reasons,
            ]
        })
        .collect::<Vec<_>>();
    let scores: Vec<(String, f64)> = r
        .pairs
        .iter()
        .take(CHARTED_PAIRS)
        .filter_map(|p| Some((p.pair_id.clone(), finite(p.score)?)))
        .collect();
    let caption = s.t("chart-risk");
    let svg = svg::bars(&caption, &scores, &|x| format::number(x, Some(1), s.l));
    s.chart(svg);
    if !rows.is_empty() {
        s.main_table(
            &[
                "col-pair",
                "col-program",
                "col-score",
                "col-level",
                "col-reasons",
            ],
            rows,
        );
    }
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
