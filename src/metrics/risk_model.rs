//! How the at-risk signals become a score (SPEC §4.4): the per-pair index the signals read at any
//! date, the default noisy-OR and the learned logistic model (fitted on closed pairs, weights
//! ≥ 0), a score's contributions and level. Below both the analysis (`risk`) and its replay
//! (`risk_eval`), which use it and nothing of each other but the replay behind `learn: "auto"`.

use super::people::PersonFacts;
use super::risk_signals::{self, Fired, PairDay, RiskConfig, SIGNALS};
use super::survival::{design, fit_cox, follow_up, Exits};
use crate::i18n::Message;
use crate::model::date::Day;
use crate::model::{Dataset, EndReason};
use crate::stats::logistic::logistic_ridge_nonneg;
use crate::stats::math::exp;
use crate::warning::{code, Warning};
use serde::Serialize;

/// Signals are measured this many days before a closed pair's end to learn weights.
pub const LEARN_LEAD_DAYS: i32 = 28;
/// The L2 penalty on learned signal weights: a signal that separates the closed pairs, or two that
/// always fire together, still get finite weights (shrunk toward 0) instead of failing the fit.
pub const LEARN_RIDGE: f64 = 1.0;
/// Fewer closed pairs (or fewer than a tenth of them in either outcome) and learning falls back.
pub const LEARN_MIN_PAIRS: usize = 40;

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
        let view = PairDay {
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
pub(crate) fn contributions(fired: &[Fired], model: &Model, c: &RiskConfig) -> Vec<f64> {
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
pub(crate) fn combine(fired: &[Fired], contributions: &[f64], model: &Model) -> f64 {
    match model {
        Model::NoisyOr => {
            1.0 - contributions
                .iter()
                .fold(1.0, |acc, w| acc * (1.0 - w.clamp(0.0, 1.0)))
        }
        Model::Logistic(fit) => fit.predict(&severities(fired)),
    }
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
