//! The at-risk signals (SPEC §4.4), one function per signal: each looks at one pair as it stood on
//! one day ([`PairDay`]) and either fires, with its observed value, the threshold it crossed, a
//! severity and a sentence, or stays quiet. The defaults and their reasons are in `risk`.

use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::model::date::{self, Day};
use crate::model::{Feedback, Goal, GoalStatus, Pair, Role, Session, SessionStatus};
use crate::stats::theil_sen::theil_sen;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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

    pub(crate) fn weight(&self, s: &str) -> f64 {
        self.weights.get(s).copied().unwrap_or(0.0)
    }
}

/// A fired signal before weighting.
pub(crate) struct Fired {
    pub signal: &'static str,
    pub value: f64,
    pub threshold: f64,
    pub severity: f64,
    /// The reason's sentence, when texts are asked for.
    pub text: Option<Message>,
}

/// One pair on one day: its rows dated on or before the day.
pub(crate) struct PairDay<'a> {
    pub pair: &'a Pair,
    pub day: Day,
    pub config: &'a RiskConfig,
    /// Sessions by date.
    pub sessions: Vec<&'a Session>,
    pub goals: Vec<&'a Goal>,
    pub ratings: Vec<&'a Feedback>,
    /// The mentee's relative exit hazard, when a model could be fitted.
    pub exit_risk: Option<f64>,
    /// Whether reasons get their sentence (learning and replays need only the severities).
    pub texts: bool,
}

/// Every signal, in the order reasons are listed.
const DETECTORS: [fn(&PairDay<'_>) -> Option<Fired>; 12] = [
    recency,
    no_first_session,
    falling_trend,
    cancellations,
    attendance_drop,
    initiative_drop,
    overdue_goals,
    stalled_goals,
    low_rating,
    falling_rating,
    one_sided,
    mentee_exit_risk,
];

/// The signals that fire for this view.
pub(crate) fn fired(v: &PairDay<'_>) -> Vec<Fired> {
    DETECTORS.iter().filter_map(|signal| signal(v)).collect()
}

/// Severity of a value past its threshold: 0.5 at the threshold, 1 at twice as far from zero.
fn severity(value: f64, threshold: f64) -> f64 {
    let span = threshold.abs().max(1e-9);
    (0.5 + 0.5 * ((value - threshold).abs() / span)).min(1.0)
}

/// A signal past its threshold, with the severity that distance gives.
fn fire(
    v: &PairDay<'_>,
    signal: &'static str,
    value: f64,
    threshold: f64,
    text: impl FnOnce() -> Message,
) -> Fired {
    Fired {
        signal,
        value,
        threshold,
        severity: severity(value, threshold),
        text: v.say(text),
    }
}

impl PairDay<'_> {
    /// A reason's sentence, written only when texts are asked for.
    fn say(&self, text: impl FnOnce() -> Message) -> Option<Message> {
        self.texts.then(text)
    }

    fn held(&self) -> impl Iterator<Item = Day> + '_ {
        self.sessions
            .iter()
            .filter(|s| s.status == SessionStatus::Held)
            .map(|s| s.date)
    }

    fn cadence(&self) -> f64 {
        f64::from(self.pair.cadence_days)
    }

    /// Sessions of the recent window, and the earlier ones.
    fn recent_and_earlier(&self) -> (Vec<&Session>, Vec<&Session>) {
        self.sessions
            .iter()
            .partition(|s| self.day - s.date < self.config.cancel_window_days)
    }

    /// Open goals (including those completed after the day); abandoned ones are not judged.
    fn open_goals(&self) -> impl Iterator<Item = &&Goal> + '_ {
        self.goals.iter().filter(|g| {
            g.status != GoalStatus::Abandoned
                && (g.status == GoalStatus::Open || g.completed.is_some_and(|x| x > self.day))
        })
    }

    /// Ratings of the rating window, and the earlier ones.
    fn recent_ratings(&self) -> (Vec<&Feedback>, Vec<&Feedback>) {
        self.ratings
            .iter()
            .partition(|f| self.day - f.date < self.config.rating_window_days)
    }
}

/// No held session for longer than `recency_cadences` × the agreed cadence.
fn recency(v: &PairDay<'_>) -> Option<Fired> {
    let last = v.held().last();
    let since = f64::from(v.day - last.unwrap_or(v.pair.start));
    let limit = v.config.recency_cadences * v.cadence();
    let cadence = v.cadence();
    let text = || {
        Message::new(match last {
            Some(_) => "reason-recency",
            None => "reason-recency-never",
        })
        .num("since", since)
        .num("cadence", cadence)
    };
    (since > limit).then(|| fire(v, "recency", since, limit, text))
}

/// No session held yet, more than `first_session_days` after the start (once the pair meets, it
/// is resolved).
fn no_first_session(v: &PairDay<'_>) -> Option<Fired> {
    let age = v.day - v.pair.start;
    let limit = v.config.first_session_days;
    (age > limit && v.held().next().is_none()).then(|| Fired {
        signal: "no_first_session",
        value: f64::from(age),
        threshold: f64::from(limit),
        severity: 1.0,
        text: v.say(|| {
            Message::new("reason-no-first-session")
                .num("age", age)
                .num("limit", limit)
        }),
    })
}

/// Monthly held sessions (full months before the day, at least 3) falling faster than
/// `trend_slope` (Theil–Sen).
fn falling_trend(v: &PairDay<'_>) -> Option<Fired> {
    let c = v.config;
    let this_month = date::month_key(v.day);
    let first = (this_month - c.trend_months as i32).max(date::month_key(v.pair.start));
    if this_month - first < 3 {
        return None;
    }
    let held: Vec<i32> = v.held().map(date::month_key).collect();
    let (x, y): (Vec<f64>, Vec<f64>) = (first..this_month)
        .map(|m| {
            let n = held.iter().filter(|h| **h == m).count();
            (f64::from(m - first), n as f64)
        })
        .unzip();
    let t = theil_sen(&x, &y, 0.95).ok()?;
    (t.slope < c.trend_slope).then(|| {
        let text = || {
            Message::new("reason-falling-trend")
                .fixed("slope", -t.slope, 2)
                .count("months", x.len())
        };
        fire(v, "falling_trend", t.slope, c.trend_slope, text)
    })
}

/// At least `cancel_share` of the recent window's sessions (at least `cancel_min_sessions`)
/// cancelled or missed.
fn cancellations(v: &PairDay<'_>) -> Option<Fired> {
    let c = v.config;
    let (recent, _) = v.recent_and_earlier();
    if recent.len() < c.cancel_min_sessions {
        return None;
    }
    let missed = recent
        .iter()
        .filter(|s| s.status != SessionStatus::Held)
        .count();
    let share = missed as f64 / recent.len() as f64;
    (share >= c.cancel_share).then(|| {
        let text = || {
            Message::new("reason-cancellations")
                .count("missed", missed)
                .count("sessions", recent.len())
                .num("days", c.cancel_window_days)
        };
        fire(v, "cancellations", share, c.cancel_share, text)
    })
}

/// The recent and earlier sessions, when both have at least `drop_min_sessions`: a pair's own
/// history is the baseline of the two drop signals.
fn own_history<'a>(v: &'a PairDay<'_>) -> Option<(Vec<&'a Session>, Vec<&'a Session>)> {
    let (recent, earlier) = v.recent_and_earlier();
    let enough = v.config.drop_min_sessions;
    (recent.len() >= enough && earlier.len() >= enough).then_some((recent, earlier))
}

/// The held share of the recent window at least `drop` below the earlier sessions'.
fn attendance_drop(v: &PairDay<'_>) -> Option<Fired> {
    let c = v.config;
    let (recent, earlier) = own_history(v)?;
    let held_share = |s: &[&Session]| {
        s.iter().filter(|s| s.status == SessionStatus::Held).count() as f64 / s.len() as f64
    };
    let (now, before) = (held_share(&recent), held_share(&earlier));
    (now - before <= -c.drop).then(|| {
        let text = || {
            Message::new("reason-attendance-drop")
                .fixed("now", 100.0 * now, 0)
                .num("days", c.cancel_window_days)
                .fixed("before", 100.0 * before, 0)
        };
        fire(v, "attendance_drop", now - before, -c.drop, text)
    })
}

/// The share of sessions the mentee started, recent against earlier, at least `drop` lower (each
/// side with at least `drop_min_sessions` sessions of known initiator).
fn initiative_drop(v: &PairDay<'_>) -> Option<Fired> {
    let c = v.config;
    let (recent, earlier) = own_history(v)?;
    let mentee_share = |s: &[&Session]| {
        let known: Vec<Role> = s.iter().filter_map(|s| s.initiated_by).collect();
        (known.len() >= c.drop_min_sessions).then(|| {
            known.iter().filter(|r| **r == Role::Mentee).count() as f64 / known.len() as f64
        })
    };
    let (now, before) = (mentee_share(&recent)?, mentee_share(&earlier)?);
    (now - before <= -c.drop).then(|| {
        let text = || {
            Message::new("reason-initiative-drop")
                .fixed("now", 100.0 * now, 0)
                .fixed("before", 100.0 * before, 0)
        };
        fire(v, "initiative_drop", now - before, -c.drop, text)
    })
}

/// Open goals past their due date.
fn overdue_goals(v: &PairDay<'_>) -> Option<Fired> {
    let overdue = v
        .open_goals()
        .filter(|g| g.due.is_some_and(|due| due < v.day))
        .count();
    (overdue >= 1).then(|| {
        let text = || Message::new("reason-overdue-goals").count("overdue", overdue);
        fire(v, "overdue_goals", overdue as f64, 1.0, text)
    })
}

/// Open goals without an update for more than `stalled_days`; only goals whose last update is
/// known (and not after the day) can be judged.
fn stalled_goals(v: &PairDay<'_>) -> Option<Fired> {
    let limit = v.config.stalled_days;
    let stalled = v
        .open_goals()
        .filter(|g| {
            g.last_update
                .is_some_and(|u| u <= v.day && v.day - u > limit)
        })
        .count();
    (stalled >= 1).then(|| {
        let text = || {
            Message::new("reason-stalled-goals")
                .count("stalled", stalled)
                .num("limit", limit)
        };
        fire(v, "stalled_goals", stalled as f64, 1.0, text)
    })
}

fn mean_rating(ratings: &[&Feedback]) -> Option<f64> {
    (!ratings.is_empty())
        .then(|| ratings.iter().map(|f| f.rating).sum::<f64>() / ratings.len() as f64)
}

/// Either side's mean rating of the rating window at or below `low_rating` (the mentor's first).
fn low_rating(v: &PairDay<'_>) -> Option<Fired> {
    let c = v.config;
    let (recent, _) = v.recent_ratings();
    [Role::Mentor, Role::Mentee].into_iter().find_map(|side| {
        let own: Vec<&Feedback> = recent
            .iter()
            .filter(|f| f.respondent == side)
            .copied()
            .collect();
        let m = mean_rating(&own).filter(|m| *m <= c.low_rating)?;
        let text = || {
            Message::new("reason-low-rating")
                .text("side", side.as_str())
                .fixed("rating", m, 1)
                .num("days", c.rating_window_days)
        };
        Some(fire(v, "low_rating", m, c.low_rating, text))
    })
}

/// The rating window's mean at least `rating_drop` below the pair's earlier mean.
fn falling_rating(v: &PairDay<'_>) -> Option<Fired> {
    let c = v.config;
    let (recent, earlier) = v.recent_ratings();
    let (now, before) = (mean_rating(&recent)?, mean_rating(&earlier)?);
    (now - before <= -c.rating_drop).then(|| {
        let text = || {
            Message::new("reason-falling-rating")
                .fixed("before", before, 1)
                .fixed("now", now, 1)
        };
        fire(v, "falling_rating", now - before, -c.rating_drop, text)
    })
}

/// One side started fewer than `one_sided_share` of the rating window's sessions (at least
/// `one_sided_min_sessions` with a known initiator).
fn one_sided(v: &PairDay<'_>) -> Option<Fired> {
    let c = v.config;
    let initiated: Vec<Role> = v
        .sessions
        .iter()
        .filter(|s| v.day - s.date < c.rating_window_days)
        .filter_map(|s| s.initiated_by)
        .collect();
    if initiated.len() < c.one_sided_min_sessions {
        return None;
    }
    let mentee =
        initiated.iter().filter(|r| **r == Role::Mentee).count() as f64 / initiated.len() as f64;
    let minority = mentee.min(1.0 - mentee);
    (minority < c.one_sided_share).then(|| {
        let who = if mentee < 0.5 { "mentor" } else { "mentee" };
        Fired {
            signal: "one_sided",
            value: minority,
            threshold: c.one_sided_share,
            severity: 0.5 + 0.5 * (1.0 - minority / c.one_sided_share),
            text: v.say(|| {
                Message::new("reason-one-sided")
                    .text("side", who)
                    .fixed("share", 100.0 * (1.0 - minority), 0)
                    .count("sessions", initiated.len())
            }),
        }
    })
}

/// The mentee's relative exit hazard at least `exit_risk_ratio`.
fn mentee_exit_risk(v: &PairDay<'_>) -> Option<Fired> {
    let limit = v.config.exit_risk_ratio;
    let rel = v.exit_risk.filter(|r| *r >= limit)?;
    let text = || Message::new("reason-mentee-exit-risk").fixed("relative", rel, 1);
    Some(fire(v, "mentee_exit_risk", rel, limit, text))
}
