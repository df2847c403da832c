//! Findings (SPEC §4.8): what the analyses say, as short ranked statements a program manager reads,
//! each with the numbers behind it (`values`) and where in the report they come from (`path`).
//!
//! Rules, one function each:
//! - a difference is stated only when its 95% interval excludes no effect (a rate ratio or hazard
//!   ratio of 1, or two Wilson intervals that do not overlap); for the headline questions
//!   (mentoring and leaving, mentoring and promotion) the absence of a difference is stated too,
//!   as `info`;
//! - nothing is said about a suppressed group: findings read only groups the privacy rules showed,
//!   and a program one analysis hides (engagement counts its pairs, goals its pairs with goals,
//!   and each hides a second group beside a lone small one) is named by no finding;
//! - `text` is written from the catalogue's message for the rule (`crate::i18n`, in the reader's
//!   language) with the finding's `values` as its arguments, so every number in a sentence is one
//!   of its values, rounded as shown.
//!
//! Order: `warning` (someone should act), then `notice` (worth knowing), then `info`; within a
//! severity, by each rule's place in [`RULES`]' order.

use super::engagement::Engagement;
use super::goals::{GoalStats, Goals};
use super::matching::{Matching, Term};
use super::progression::Progression;
use super::retention::Retention;
use super::risk::Risk;
use super::survival::Exposure;
use super::ANALYSES;
use crate::document::{Block, Summary};
use crate::i18n::{Arg, Locale, Localize, Message};
use crate::privacy::Grouped;
use crate::stats::cox::{CoxFit, CoxTerm};
use crate::stats::multiple::benjamini_hochberg;
use crate::stats::wilson::wilson;
use crate::stats::{Estimate, LEVEL};
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// How much a finding asks of the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Someone should act (pairs not meeting, pairs at high risk).
    Warning,
    /// Worth knowing (an effect, a difference between programs).
    Notice,
    /// Context (overall rates, no difference found).
    Info,
}

/// `notice` when a finding reports an effect or a shortfall, else `info`.
fn notice_if(shown: bool) -> Severity {
    if shown {
        Severity::Notice
    } else {
        Severity::Info
    }
}

/// One statement with the numbers behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Stable for the same rule and subject, e.g. `goals.program_below:Career Growth`.
    pub id: String,
    pub analysis: &'static str,
    pub severity: Severity,
    pub text: String,
    pub values: BTreeMap<String, Value>,
    /// Where the numbers are in the report, e.g. `retention.cox.terms[0]`.
    pub path: String,
    /// The sentence's message, to write it in another language.
    #[serde(skip)]
    source: Message,
    #[serde(skip)]
    rank: usize,
}

/// The analyses' results that findings read (any may be missing).
#[derive(Default, Clone, Copy)]
pub struct Sources<'a> {
    pub goals: Option<&'a Goals>,
    /// Goals by program, for the program comparisons.
    pub goals_by_program: Option<&'a Goals>,
    pub engagement: Option<&'a Engagement>,
    pub retention: Option<&'a Retention>,
    pub risk: Option<&'a Risk>,
    pub progression: Option<&'a Progression>,
    pub matching: Option<&'a Matching>,
}

/// A rule: the findings it draws from the analyses' results (none when its analysis is missing).
type Rule = fn(&Sources) -> Vec<Draft>;

/// Every rule, in reading order within a severity: a finding's rank is its rule's place here, and
/// only a rule listed here runs.
const RULES: [(&str, Rule); 14] = [
    ("engagement.not_meeting", |s| {
        s.engagement.and_then(not_meeting).into_iter().collect()
    }),
    ("risk.levels", |s| {
        s.risk.and_then(risk_levels).into_iter().collect()
    }),
    ("risk.reasons", |s| {
        s.risk.and_then(recurring_reasons).into_iter().collect()
    }),
    ("retention.mentoring", |s| {
        s.retention
            .and_then(mentoring_and_leaving)
            .into_iter()
            .collect()
    }),
    ("retention.driver", |s| {
        s.retention.map(leaving_drivers).unwrap_or_default()
    }),
    ("progression.mentoring", |s| {
        s.progression
            .map(mentoring_and_promotion)
            .unwrap_or_default()
    }),
    ("matching.feature", |s| {
        s.matching.map(matching_features).unwrap_or_default()
    }),
    ("goals.program", |s| {
        s.goals_by_program
            .map(program_goal_differences)
            .unwrap_or_default()
    }),
    ("engagement.trend", |s| {
        s.engagement.map(program_trends).unwrap_or_default()
    }),
    ("goals.open_items", |s| {
        s.goals.and_then(open_items).into_iter().collect()
    }),
    ("retention.logrank", |s| {
        s.retention
            .and_then(survival_difference)
            .into_iter()
            .collect()
    }),
    ("retention.correlate", |s| {
        s.retention
            .and_then(strongest_correlate)
            .into_iter()
            .collect()
    }),
    ("goals.completion", |s| {
        s.goals.and_then(goal_completion).into_iter().collect()
    }),
    ("matching.validation", |s| {
        s.matching
            .and_then(matching_validation)
            .into_iter()
            .collect()
    }),
];

/// The confidence level as a percentage, for sentences.
fn level_pct() -> f64 {
    (LEVEL * 100.0).round()
}

/// `x` rounded to `places` decimals: the number a sentence shows (and `values` holds).
fn round(x: f64, places: i32) -> f64 {
    let f = 10f64.powi(places);
    (x * f).round() / f
}

/// Decimals for a ratio and its interval: 2, or up to 4 when 2 would show an interval that
/// excludes 1 as touching it (0.993–0.998, not 0.99–1).
fn ratio_places(lo: f64, hi: f64) -> i32 {
    let touches_one = |p| lo > 1.0 && round(lo, p) <= 1.0 || hi < 1.0 && round(hi, p) >= 1.0;
    (2..=4).find(|&p| !touches_one(p)).unwrap_or(4)
}

/// A fraction as a whole percentage.
fn pct(x: f64) -> f64 {
    (x * 100.0).round()
}

/// A finding in the making: its message, the numbers and names behind it (`values`), and the
/// arguments its sentence is rendered from (the values, with decimals as shown, phrases of the
/// catalogue and the keys that choose a variant).
struct Draft {
    rule: &'static str,
    subject: Option<String>,
    severity: Severity,
    message: Message,
    values: BTreeMap<String, Value>,
    path: String,
}

impl Draft {
    fn new(rule: &'static str, severity: Severity, path: impl Into<String>) -> Draft {
        Draft {
            rule,
            subject: None,
            severity,
            message: Message::new(""),
            values: BTreeMap::new(),
            path: path.into(),
        }
    }

    fn about(mut self, subject: &str) -> Draft {
        self.subject = Some(subject.to_string());
        self
    }

    /// The catalogue message the sentence is written from.
    fn says(mut self, id: &'static str) -> Draft {
        self.message.id = id;
        self
    }

    /// A value of the finding, shown as it is.
    fn set(mut self, key: &str, v: impl Into<Value>) -> Draft {
        let v = v.into();
        let arg = match &v {
            Value::Number(n) => Arg::Number {
                value: n.as_f64().unwrap_or(f64::NAN),
                places: None,
            },
            Value::String(s) => Arg::Text(s.clone()),
            other => Arg::Text(other.to_string()),
        };
        self.message = self.message.arg(key, arg);
        self.values.insert(key.to_string(), v);
        self
    }

    /// A value rounded to `places` decimals and shown with exactly that many (0.60, not 0.6).
    fn fixed(mut self, key: &str, x: f64, places: i32) -> Draft {
        let places = places.clamp(0, 6);
        self.message = self.message.fixed(key, round(x, places), places as u8);
        self.values.insert(key.to_string(), round(x, places).into());
        self
    }

    /// A value whose words the catalogue has: `english` in `values`, `phrase` in the sentence.
    fn phrase(mut self, key: &str, english: &str, phrase: Message) -> Draft {
        self.message = self.message.phrase(key, phrase);
        self.values.insert(key.to_string(), english.into());
        self
    }

    /// Chooses a variant of the sentence (a key of the catalogue, not a value).
    fn select(mut self, key: &str, variant: &str) -> Draft {
        self.message = self.message.text(key, variant);
        self
    }

    /// The confidence level and a ratio's interval, with the decimals the ratio needs.
    fn interval(self, lo: f64, hi: f64) -> Draft {
        let places = ratio_places(lo, hi);
        self.set("level", level_pct())
            .fixed("ci_low", lo, places)
            .fixed("ci_high", hi, places)
    }

    /// A ratio with the decimals its interval needs.
    fn ratio(self, key: &str, x: f64, lo: f64, hi: f64) -> Draft {
        self.fixed(key, x, ratio_places(lo, hi))
    }

    /// `p = 0.012` or `p < 0.001`, as the phrase `p`.
    fn p(mut self, p: f64) -> Draft {
        let phrase = if p < 0.001 {
            self.values.insert("p_below".into(), 0.001.into());
            Message::new("p-below").num("p_below", 0.001)
        } else {
            self.values.insert("p_value".into(), round(p, 3).into());
            Message::new("p-value").num("p_value", round(p, 3))
        };
        self.message = self.message.phrase("p", phrase);
        self
    }

    fn finish(self, rank: usize) -> Finding {
        let analysis = self.rule.split('.').next().unwrap_or(self.rule);
        Finding {
            id: match &self.subject {
                Some(s) => format!("{}:{s}", self.rule),
                None => self.rule.to_string(),
            },
            analysis: ANALYSES.iter().find(|a| **a == analysis).map_or("", |a| a),
            severity: self.severity,
            text: self.message.english(),
            values: self.values,
            path: self.path,
            source: self.message,
            rank,
        }
    }
}

impl Localize for Finding {
    fn localize(&mut self, locale: Locale) {
        self.text = self.source.render(locale);
    }
}

// ---- matching ----

/// What a model term of matching means, in English words (the finding's `subject` value; the
/// sentence's words are the catalogue's).
fn term_words(term: Term) -> String {
    match term {
        Term::Feature("same_department") => {
            "Pairs whose mentor works in the mentee's department".into()
        }
        Term::Feature("same_location") => {
            "Pairs whose mentor works in the mentee's location".into()
        }
        Term::Feature("tenure_gap_years") => {
            "Each year more that the mentor has been employed".into()
        }
        Term::Feature("mentor_load") => "Each other pair the mentor already has".into(),
        Term::Feature("mentor_experience") => "Each earlier pair of the mentor's".into(),
        Term::Feature("shared_interests") => {
            "Full overlap of the mentee's interests and the mentor's skills (against none)".into()
        }
        Term::Feature(other) => other.to_string(),
        Term::Gap { band, reference } => {
            format!("Pairs with a level gap of {band} (against a gap of {reference})")
        }
    }
}

/// The pair features whose hazard ratio of ending early has an interval that excludes 1.
fn matching_features(m: &Matching) -> Vec<Draft> {
    let Some(model) = &m.model else {
        return Vec::new();
    };
    // The features' p-values adjusted together (Benjamini–Hochberg within the rule).
    let p: Vec<f64> = model.terms.iter().map(|t| t.p_value).collect();
    let adjusted = benjamini_hochberg(&p);
    let mut out = Vec::new();
    for (j, (t, term)) in model.terms.iter().zip(&m.terms).enumerate() {
        if !excludes_one(t.ci_low, t.ci_high) || adjusted[j] >= 0.05 {
            continue;
        }
        let (kind, band, reference) = match *term {
            Term::Gap { band, reference } => ("level_gap_against", band, reference),
            Term::Feature(name) => (name, "", ""),
        };
        out.push(
            Draft::new(
                "matching.feature",
                Severity::Notice,
                format!("matching.model.terms[{j}]"),
            )
            .about(&t.term)
            .says("finding-matching-feature")
            .set("subject", term_words(*term))
            .set("term", t.term.as_str())
            .ratio("hazard_ratio", t.hazard_ratio, t.ci_low, t.ci_high)
            .interval(t.ci_low, t.ci_high)
            .select("kind", kind)
            .select("band", band)
            .select("reference", reference),
        );
    }
    out
}

/// Whether the history predicts which pairs end early at all.
fn matching_validation(m: &Matching) -> Option<Draft> {
    let v = m.validation.as_ref()?;
    let c = v.concordance?;
    Some(
        Draft::new("matching.validation", Severity::Info, "matching.validation")
            .says("finding-matching-validation")
            .fixed("concordance", c, 2)
            .set("test_pairs", v.test_pairs)
            .set("chance", 0.5)
            .select(
                "trusted",
                if c < super::matching::MIN_VALIDATION_CONCORDANCE {
                    "no"
                } else {
                    "yes"
                },
            ),
    )
}

/// Every finding the results support, most urgent first.
pub fn findings(s: Sources) -> Vec<Finding> {
    let mut out: Vec<(usize, Draft)> = RULES
        .iter()
        .enumerate()
        .flat_map(|(rank, (_, rule))| rule(&s).into_iter().map(move |d| (rank, d)))
        .collect();
    let hidden = hidden_programs(&s);
    out.retain(|(_, d)| d.subject.as_ref().is_none_or(|p| !hidden.contains(p)));
    let mut done: Vec<Finding> = out.into_iter().map(|(rank, d)| d.finish(rank)).collect();
    done.sort_by(|a, b| (a.severity, a.rank, &a.id).cmp(&(b.severity, b.rank, &b.id)));
    done
}

/// The programs any analysis of the sources suppressed.
fn hidden_programs(s: &Sources) -> Vec<String> {
    let engagement = s.engagement.into_iter().flat_map(|e| {
        e.programs
            .iter()
            .filter(|p| matches!(p.cell, crate::privacy::Cell::Suppressed { .. }))
            .map(|p| p.program.clone())
    });
    let goals = s.goals_by_program.into_iter().flat_map(|g| {
        g.groups
            .iter()
            .filter(|g| g.is_suppressed())
            .map(|g| g.group.clone())
    });
    engagement.chain(goals).collect()
}

// ---- goals ----

fn goal_completion(g: &Goals) -> Option<Draft> {
    let o = &g.overall;
    let rate = o.completion_rate.as_ref()?;
    let (lo, hi) = (rate.ci_low?, rate.ci_high?);
    let mut d = Draft::new(
        "goals.completion",
        Severity::Info,
        "goals.overall.completion_rate",
    )
    .says("finding-goals-completion")
    .set("goals", rate.n)
    .set("completed_pct", pct(rate.value))
    .set("level", level_pct())
    .set("ci_low_pct", pct(lo))
    .set("ci_high_pct", pct(hi))
    .select("extent", "none");
    // Open goals are young goals, not failures: the curve counts each only for the time it has had.
    let within = o
        .time_to_complete
        .as_ref()
        .and_then(|t| t.completed_within.as_ref());
    if let Some(w) = within.filter(|_| o.open > 0) {
        d = d
            .set("open", o.open)
            .set("window_days", super::goals::COMPLETION_WINDOW_DAYS)
            .set("within_pct", pct(w.value))
            .set("within_low_pct", pct(w.ci_low.unwrap_or(w.value)))
            .set("within_high_pct", pct(w.ci_high.unwrap_or(w.value)))
            // Most goals still young: the share completed so far understates it.
            .select(
                "extent",
                if o.open * 2 > o.goals {
                    "young"
                } else {
                    "open"
                },
            );
    }
    Some(d)
}

fn open_items(g: &Goals) -> Option<Draft> {
    let (overdue, stalled) = (g.overall.overdue.len(), g.overall.stalled.len());
    (overdue + stalled > 0).then(|| {
        Draft::new("goals.open_items", Severity::Notice, "goals.overall")
            .set("overdue", overdue)
            .set("stalled", stalled)
            .set("stalled_days", g.stalled_days)
            .says("finding-goals-open-items")
    })
}

/// Programs whose completion interval lies wholly above or below that of all other programs'
/// goals together.
fn program_goal_differences(g: &Goals) -> Vec<Draft> {
    let shown: Vec<(&str, &GoalStats)> = g
        .groups
        .iter()
        .filter_map(|x| x.shown().map(|s| (x.group.as_str(), s)))
        .collect();
    if shown.len() < 2 || g.groups.len() < 2 {
        return Vec::new();
    }
    // Each program against the rest (chi-square of the 2×2 table), adjusted across the programs
    // (Benjamini–Hochberg within the rule); a difference is stated only when it survives that and
    // the two intervals do not overlap.
    let p: Vec<f64> = shown
        .iter()
        .map(|(_, s)| {
            let rest = (g.overall.completed - s.completed, g.overall.goals - s.goals);
            let table = [
                vec![s.completed, s.goals - s.completed],
                vec![rest.0, rest.1 - rest.0],
            ];
            crate::stats::contingency::chi_square(&table, false).map_or(1.0, |t| t.p_value)
        })
        .collect();
    let adjusted = benjamini_hochberg(&p);
    let mut out = Vec::new();
    for (i, (program, stats)) in shown.iter().enumerate() {
        let Some(rate) = &stats.completion_rate else {
            continue;
        };
        if adjusted[i] >= 0.05 {
            continue;
        }
        // The rest: every other program's goals, suppressed ones included (only their sum shows).
        let rest_goals = g.overall.goals - stats.goals;
        let rest_completed = g.overall.completed - stats.completed;
        let Ok(rest) = wilson(rest_completed, rest_goals, LEVEL) else {
            continue;
        };
        let (Some(lo), Some(hi), Some(rlo), Some(rhi)) =
            (rate.ci_low, rate.ci_high, rest.ci_low, rest.ci_high)
        else {
            continue;
        };
        let direction = if hi < rlo {
            "lower"
        } else if lo > rhi {
            "higher"
        } else {
            continue;
        };
        let path = format!(
            "goals.groups[{}]",
            group_index(&g.groups, program).unwrap_or(i)
        );
        out.push(
            Draft::new("goals.program", notice_if(direction == "lower"), path)
                .about(program)
                .says("finding-goals-program")
                .set("program", *program)
                .set("direction", direction)
                .set("completed_pct", pct(rate.value))
                .set("level", level_pct())
                .set("ci_low_pct", pct(lo))
                .set("ci_high_pct", pct(hi))
                .set("rest_pct", pct(rest.value))
                .set("rest_ci_low_pct", pct(rlo))
                .set("rest_ci_high_pct", pct(rhi)),
        );
    }
    out
}

fn group_index<T>(groups: &[Grouped<T>], label: &str) -> Option<usize> {
    groups.iter().position(|g| g.group == label)
}

// ---- engagement ----

/// Active pairs whose last held session lies more than twice their cadence back.
fn not_meeting(e: &Engagement) -> Option<Draft> {
    let active: Vec<_> = e.pairs.iter().filter(|p| p.active).collect();
    let lapsed = active
        .iter()
        .filter(|p| {
            p.days_since_last_held
                .is_some_and(|d| i64::from(d) > 2 * i64::from(p.cadence_days))
        })
        .count();
    (lapsed > 0).then(|| {
        Draft::new(
            "engagement.not_meeting",
            Severity::Warning,
            "engagement.pairs",
        )
        .set("pairs", lapsed)
        .set("active_pairs", active.len())
        .says("finding-engagement-not-meeting")
    })
}

/// Programs whose monthly held sessions rise or fall (Mann–Kendall p < 0.05).
fn program_trends(e: &Engagement) -> Vec<Draft> {
    // Per pair active in the month, so that a growing program is not read as rising engagement;
    // the programs' p-values adjusted together (Benjamini–Hochberg within the rule).
    let trends: Vec<(usize, &str, &crate::metrics::engagement::Trend)> = e
        .programs
        .iter()
        .enumerate()
        .filter_map(|(i, p)| match &p.cell {
            crate::privacy::Cell::Shown(n) => {
                Some((i, p.program.as_str(), n.per_pair_trend.as_ref()?))
            }
            _ => None,
        })
        .collect();
    let p: Vec<f64> = trends.iter().map(|t| t.2.mann_kendall.p_value).collect();
    let mut out = Vec::new();
    for ((i, program, t), p) in trends.into_iter().zip(benjamini_hochberg(&p)) {
        if p >= 0.05 || round(t.theil_sen.slope, 2) == 0.0 {
            continue;
        }
        let falling = t.theil_sen.slope < 0.0;
        out.push(
            Draft::new(
                "engagement.trend",
                notice_if(falling),
                format!("engagement.programs[{i}].per_pair_trend"),
            )
            .about(program)
            .says("finding-engagement-trend")
            .set("program", program)
            .set("direction", if falling { "falling" } else { "rising" })
            .fixed("sessions_per_month", t.theil_sen.slope.abs(), 2)
            .set("months", t.months)
            .p(p),
        );
    }
    out
}

// ---- retention ----

/// The `mentored` term of a fit, at the index its design gave it.
fn mentored_term(fit: Option<&CoxFit>, at: Option<usize>) -> Option<(usize, &CoxTerm)> {
    let j = at?;
    Some((j, fit?.terms.get(j)?))
}

/// Whether an interval of a ratio leaves out 1.
fn excludes_one(lo: f64, hi: f64) -> bool {
    hi < 1.0 || lo > 1.0
}

/// The honest (time-varying) mentoring hazard ratio, and the naive one when it differs.
fn mentoring_and_leaving(r: &Retention) -> Option<Draft> {
    let cox = r.cox.as_ref()?;
    let (j, t) = mentored_term(Some(cox), r.mentored_term)?;
    let time_varying = r.exposure == Exposure::TimeVarying;
    let path = format!("retention.cox.terms[{j}]");
    let found = excludes_one(t.ci_low, t.ci_high);
    let mut d = Draft::new("retention.mentoring", notice_if(found), path)
        .says("finding-retention-mentoring")
        .ratio("hazard_ratio", t.hazard_ratio, t.ci_low, t.ci_high)
        .interval(t.ci_low, t.ci_high)
        .select("found", if found { "yes" } else { "no" })
        .select("time_varying", if time_varying { "yes" } else { "no" })
        .select("naive_reading", "none");
    let naive = mentored_term(r.naive_cox.as_ref(), r.mentored_term).map(|(_, t)| t);
    if let Some(n) = naive.filter(|n| round(n.hazard_ratio, 2) != round(t.hazard_ratio, 2)) {
        let word = if (n.hazard_ratio - 1.0).abs() > (t.hazard_ratio - 1.0).abs() {
            "overstates"
        } else {
            "understates"
        };
        d = d
            .fixed("naive_hazard_ratio", n.hazard_ratio, 2)
            .set("naive_reading", word);
    }
    // What it rests on, what it is adjusted for, and that it is an association (SPEC §4.8).
    let others: Vec<&str> = cox
        .terms
        .iter()
        .enumerate()
        .filter(|(k, _)| *k != j)
        .map(|(_, t)| t.term.as_str())
        .collect();
    let d = if others.is_empty() {
        d.phrase("adjusted_for", "nothing else", Message::new("nothing-else"))
    } else {
        d.set("adjusted_for", others.join(", "))
    };
    Some(d.set("people", cox.n).set("exits", cox.events))
}

/// Drivers of leaving stated: at most this many, the strongest evidence first.
const MAX_DRIVERS: usize = 5;

/// The attributes whose association with leaving holds after the Benjamini–Hochberg adjustment
/// across every attribute tested (SPEC §4.3, §4.8): a text attribute as its highest and lowest exit
/// shares, a numeric one as its hazard ratio per unit.
fn leaving_drivers(r: &Retention) -> Vec<Draft> {
    let tested = r.drivers.iter().filter(|d| d.p_adjusted.is_some()).count();
    r.drivers
        .iter()
        .enumerate()
        .filter(|(_, d)| d.p_adjusted.is_some_and(|p| p < 0.05))
        .take(MAX_DRIVERS)
        .filter_map(|(i, d)| {
            let path = format!("retention.drivers[{i}]");
            let draft = match d.kind {
                "text" => text_driver(d, path),
                _ => numeric_driver(d, path),
            }?;
            Some(
                draft
                    .says("finding-retention-driver")
                    .set("n", d.n)
                    .set("exits", d.exits)
                    .set("tested", tested)
                    .p(d.p_adjusted.unwrap_or(1.0)),
            )
        })
        .collect()
}

/// "People with over_time Yes left at 31% (27–35%), against 10% (9–12%) with No".
fn text_driver(d: &super::drivers::Driver, path: String) -> Option<Draft> {
    let shown: Vec<(&str, &super::drivers::LevelShare)> = d
        .levels
        .iter()
        .filter_map(|g| match &g.cell {
            crate::privacy::Cell::Shown(s) => Some((g.group.as_str(), s)),
            _ => None,
        })
        .collect();
    let by_share = |a: &&(&str, &super::drivers::LevelShare),
                    b: &&(&str, &super::drivers::LevelShare)| {
        a.1.share.value.total_cmp(&b.1.share.value)
    };
    let high = shown.iter().max_by(by_share)?;
    let low = shown.iter().min_by(by_share)?;
    if high.0 == low.0 {
        return None;
    }
    let share = |e: &Estimate| {
        (
            pct(e.value),
            pct(e.ci_low.unwrap_or(e.value)),
            pct(e.ci_high.unwrap_or(e.value)),
        )
    };
    let (h, hl, hh) = share(&high.1.share);
    let (l, ll, lh) = share(&low.1.share);
    Some(
        Draft::new("retention.driver", Severity::Notice, path)
            .about(&d.attribute)
            .set("attribute", d.attribute.as_str())
            .set("level", high.0)
            .set("share", h)
            .set("share_low", hl)
            .set("share_high", hh)
            .set("other_level", low.0)
            .set("other_share", l)
            .set("other_share_low", ll)
            .set("other_share_high", lh)
            .select("unit", "text"),
    )
}

/// "Each step up in job_level goes with 0.8 times the rate of leaving (95% CI 0.7–0.9)".
fn numeric_driver(d: &super::drivers::Driver, path: String) -> Option<Draft> {
    let hr = d.hazard_ratio.as_ref()?;
    let (lo, hi) = (hr.ci_low?, hr.ci_high?);
    let unit = match d.unit? {
        "step" => "step",
        "year" => "year",
        "1000" => "thousand",
        _ => "sd",
    };
    Some(
        Draft::new("retention.driver", Severity::Notice, path)
            .about(&d.attribute)
            .set("attribute", d.attribute.as_str())
            .set("unit_size", round(d.unit_size.unwrap_or(1.0), 2))
            .ratio("hazard_ratio", hr.value, lo, hi)
            .interval(lo, hi)
            .select("unit", unit),
    )
}

/// A log-rank difference between the groups of `by`. Not for mentoring counted as "ever
/// mentored": that comparison is the naive one, and the mentoring finding states the honest one.
fn survival_difference(r: &Retention) -> Option<Draft> {
    if r.by == "mentored" && r.exposure_curves.is_some() {
        return None;
    }
    let lr = r.logrank.as_ref()?;
    if lr.p_value >= 0.05 {
        return None;
    }
    let groups: Vec<&str> = r
        .groups
        .iter()
        .filter(|g| !g.is_suppressed())
        .map(|g| g.group.as_str())
        .collect();
    Some(
        Draft::new("retention.logrank", Severity::Info, "retention.logrank")
            .set("by", r.by.as_str())
            .set("groups", groups.len())
            .fixed("statistic", lr.statistic, 1)
            .p(lr.p_value)
            .says("finding-retention-logrank"),
    )
}

/// The attribute or mentoring feature most strongly associated with leaving (point-biserial r,
/// p < 0.05).
fn strongest_correlate(r: &Retention) -> Option<Draft> {
    let (i, row, c) = r
        .correlations
        .iter()
        .enumerate()
        .filter_map(|(i, row)| row.point_biserial.as_ref().map(|c| (i, row, c)))
        .filter(|(_, _, c)| c.p_value < 0.05 && c.r.is_finite())
        .max_by(|a, b| a.2.r.abs().total_cmp(&b.2.r.abs()))?;
    let more = c.r > 0.0;
    Some(
        Draft::new(
            "retention.correlate",
            Severity::Info,
            format!("retention.correlations[{i}]"),
        )
        .set("feature", row.feature.as_str())
        .set("direction", if more { "more" } else { "fewer" })
        .fixed("r", c.r, 2)
        .set("n", row.n)
        .p(c.p_value)
        .says("finding-retention-correlate"),
    )
}

// ---- risk ----

fn risk_levels(r: &Risk) -> Option<Draft> {
    let count = |l: &str| r.levels.get(l).copied().unwrap_or(0);
    let (high, medium) = (count("high"), count("medium"));
    let active: usize = r.levels.values().sum();
    if active == 0 {
        return None;
    }
    Some(
        Draft::new(
            "risk.levels",
            if high > 0 {
                Severity::Warning
            } else if medium > 0 {
                Severity::Notice
            } else {
                Severity::Info
            },
            "risk.levels",
        )
        .set("high", high)
        .set("medium", medium)
        .set("active_pairs", active)
        .says("finding-risk-levels"),
    )
}

/// What a signal means, in words.
fn signal_words(signal: &str) -> &'static str {
    match signal {
        "recency" => "no recent session",
        "falling_trend" => "fewer sessions month by month",
        "attendance_drop" => "more missed sessions than before",
        "cancellations" => "cancelled or missed sessions",
        "overdue_goals" => "goals past due",
        "stalled_goals" => "stalled goals",
        "low_rating" => "low ratings",
        "falling_rating" => "falling ratings",
        "one_sided" => "one side arranges every meeting",
        "initiative_drop" => "the mentee arranges fewer meetings",
        "no_first_session" => "no first session yet",
        _ => "the mentee's exit risk",
    }
}

/// A signal's words in the catalogue.
fn signal_phrase(signal: &str) -> Message {
    Message::new(match signal {
        "recency" => "signal-recency",
        "falling_trend" => "signal-falling_trend",
        "attendance_drop" => "signal-attendance_drop",
        "cancellations" => "signal-cancellations",
        "overdue_goals" => "signal-overdue_goals",
        "stalled_goals" => "signal-stalled_goals",
        "low_rating" => "signal-low_rating",
        "falling_rating" => "signal-falling_rating",
        "one_sided" => "signal-one_sided",
        "initiative_drop" => "signal-initiative_drop",
        "no_first_session" => "signal-no_first_session",
        _ => "signal-mentee_exit_risk",
    })
}

/// The three reasons that recur most among high and medium pairs.
fn recurring_reasons(r: &Risk) -> Option<Draft> {
    let flagged: Vec<_> = r.pairs.iter().filter(|p| p.level != "low").collect();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for p in &flagged {
        for reason in &p.reasons {
            *counts.entry(reason.signal).or_default() += 1;
        }
    }
    let mut ranked: Vec<(&str, usize)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    ranked.truncate(3);
    if ranked.is_empty() {
        return None;
    }
    let mut d = Draft::new("risk.reasons", Severity::Notice, "risk.pairs")
        .says("finding-risk-reasons")
        .set("flagged_pairs", flagged.len());
    let mut phrases = Vec::new();
    for (k, (signal, n)) in ranked.iter().enumerate() {
        d = d
            .phrase(
                &format!("reason_{}", k + 1),
                signal_words(signal),
                signal_phrase(signal),
            )
            .set(&format!("signal_{}", k + 1), *signal)
            .set(&format!("pairs_{}", k + 1), *n);
        phrases.push(
            Message::new("reason-count")
                .phrase("reason", signal_phrase(signal))
                .count("pairs", *n),
        );
    }
    d.message = d.message.list("reasons", phrases);
    Some(d)
}

// ---- progression ----

/// The promotion rate ratio of the mentored and the time-varying hazard ratio of promotion.
fn mentoring_and_promotion(p: &Progression) -> Vec<Draft> {
    let mut out = Vec::new();
    if let Some(rr) = &p.rate_ratio {
        out.extend(rate_ratio(p, rr));
    }
    if let Some((j, t)) = mentored_term(p.cox.as_ref(), p.mentored_term) {
        let path = format!("progression.cox.terms[{j}]");
        let found = excludes_one(t.ci_low, t.ci_high);
        out.push(
            Draft::new("progression.mentoring", notice_if(found), path)
                .about("hazard_ratio")
                .says("finding-progression-mentoring")
                .ratio("hazard_ratio", t.hazard_ratio, t.ci_low, t.ci_high)
                .interval(t.ci_low, t.ci_high)
                .select("found", if found { "yes" } else { "no" }),
        );
    }
    out
}

fn rate_ratio(p: &Progression, rr: &Estimate) -> Option<Draft> {
    let shown: Vec<_> = p
        .groups
        .iter()
        .filter_map(|g| g.shown().map(|s| (g.group.as_str(), s)))
        .collect();
    let [(first, a), (second, b)] = shown.as_slice() else {
        return None;
    };
    let (lo, hi) = (rr.ci_low?, rr.ci_high?);
    let found = excludes_one(lo, hi);
    let d = Draft::new(
        "progression.mentoring",
        notice_if(found),
        "progression.rate_ratio",
    )
    .about("rate_ratio")
    .says("finding-progression-rate-ratio")
    .set("by", p.by.as_str())
    .ratio("rate_ratio", rr.value, lo, hi)
    .interval(lo, hi)
    .fixed("first_rate", a.rate_per_100py.value, 1)
    .fixed("second_rate", b.rate_per_100py.value, 1)
    .set("person_years", 100)
    .select("found", if found { "yes" } else { "no" });
    Some(if p.by == "mentored" {
        d.phrase("first", "mentored", Message::new("mentored-people"))
            .phrase("second", "others", Message::new("other-people"))
    } else {
        d.set("first", *first).set("second", *second)
    })
}

// The analysis as a program manager reads it: its summary as text and on the page.

pub(crate) fn summarise_findings(s: &mut Summary, list: &[Finding]) {
    s.heading(Message::new("text-findings"));
    if list.is_empty() {
        let nothing = s.t("text-nothing-stands-out");
        s.line(&nothing);
    }
    for x in list {
        let severity = match x.severity {
            Severity::Warning => "warning",
            Severity::Notice => "notice",
            Severity::Info => "info",
        };
        s.blocks.push(Block::Finding {
            severity,
            text: x.text.clone(),
        });
    }
}

#[cfg(test)]
mod tests {
    /// A rule's id starts with the analysis its findings belong to.
    #[test]
    fn every_rule_belongs_to_an_analysis() {
        for (id, _) in super::RULES {
            let analysis = id.split('.').next().unwrap();
            assert!(super::ANALYSES.contains(&analysis), "{id}");
        }
    }

    #[test]
    fn a_ratio_shows_enough_decimals_not_to_touch_one() {
        use super::ratio_places;
        assert_eq!(ratio_places(0.46, 0.78), 2);
        assert_eq!(
            ratio_places(0.85, 1.2),
            2,
            "an interval across 1 keeps 2 decimals"
        );
        assert_eq!(ratio_places(0.9903, 0.9962), 3);
        assert_eq!(ratio_places(1.0004, 1.003), 4);
        assert_eq!(ratio_places(0.99999, 0.999995), 4, "at most 4");
    }

    use super::*;

    fn logrank(p: f64) -> Finding {
        Draft::new("retention.logrank", Severity::Info, "x")
            .says("finding-retention-logrank")
            .set("groups", 2)
            .set("by", "department")
            .fixed("statistic", 1234.56, 1)
            .p(p)
            .finish(0)
    }

    /// A finding's id is its rule's (the rule listed where it runs decides its rank).
    #[test]
    fn every_finding_comes_from_the_rule_of_its_id() {
        let d = crate::generate::generate(crate::generate::Options {
            seed: 2,
            people: 800,
            ..crate::generate::Options::default()
        })
        .dataset;
        let r = super::super::report::report(&d, &super::super::Params::default()).unwrap();
        assert!(r.findings.len() >= 5);
        for f in &r.findings {
            let rule = f.id.split(':').next().unwrap();
            assert_eq!(RULES[f.rank].0, rule, "{}", f.id);
        }
    }

    #[test]
    fn p_values_round_or_floor() {
        let f = logrank(0.0004);
        assert_eq!(
            f.text,
            "Time to leaving differs between the 2 groups of department (log-rank χ² 1,234.6, p < 0.001)."
        );
        assert_eq!(f.values["p_below"], 0.001);
        assert!(logrank(0.01234).text.ends_with("p = 0.012)."));
    }

    #[test]
    fn a_finding_is_rewritten_in_another_language_with_its_values_unchanged() {
        let mut f = logrank(0.0004);
        let values = f.values.clone();
        f.localize(Locale::De);
        assert!(f.text.contains("1.234,6"), "{}", f.text);
        assert!(f.text.contains("p < 0,001"), "{}", f.text);
        assert_eq!(f.values, values);
    }
}
