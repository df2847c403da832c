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
//! - `text` is filled in from `values` (`{key}` placeholders), so every number in a sentence is one
//!   of its values, rounded as shown.
//!
//! Order: `warning` (someone should act), then `notice` (worth knowing), then `info`; within a
//! severity, by each rule's place in [`RULES`]' order.

use super::engagement::Engagement;
use super::goals::{GoalStats, Goals};
use super::matching::Matching;
use super::progression::Progression;
use super::retention::Retention;
use super::risk::Risk;
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

/// The rules, in reading order within a severity.
const RULES: [&str; 14] = [
    "engagement.not_meeting",
    "risk.levels",
    "risk.reasons",
    "retention.mentoring",
    "retention.driver",
    "progression.mentoring",
    "matching.feature",
    "goals.program",
    "engagement.trend",
    "goals.open_items",
    "retention.logrank",
    "retention.correlate",
    "goals.completion",
    "matching.validation",
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

fn number(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => match n.as_f64() {
            Some(x) if x.fract() == 0.0 && x.abs() < 1e15 => format!("{}", x as i64),
            Some(x) => format!("{x}"),
            None => n.to_string(),
        },
        other => other.to_string(),
    }
}

/// Fills `{key}` placeholders from `values`.
fn fill(template: &str, values: &BTreeMap<String, Value>) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let key = &rest[open + 1..open + close];
        match values.get(key) {
            Some(v) => out.push_str(&number(v)),
            None => out.push_str(&rest[open..=open + close]),
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// A finding in the making.
struct Draft {
    rule: &'static str,
    subject: Option<String>,
    severity: Severity,
    template: String,
    values: BTreeMap<String, Value>,
    path: String,
}

impl Draft {
    fn new(rule: &'static str, severity: Severity, path: impl Into<String>) -> Draft {
        Draft {
            rule,
            subject: None,
            severity,
            template: String::new(),
            values: BTreeMap::new(),
            path: path.into(),
        }
    }

    fn about(mut self, subject: &str) -> Draft {
        self.subject = Some(subject.to_string());
        self
    }

    fn set(mut self, key: &str, v: impl Into<Value>) -> Draft {
        self.values.insert(key.to_string(), v.into());
        self
    }

    fn say(mut self, text: &str) -> Draft {
        self.template.push_str(text);
        self
    }

    /// ` (95% CI lo–hi)` of a ratio, rounded to two decimals.
    fn interval(self, lo: f64, hi: f64) -> Draft {
        let places = ratio_places(lo, hi);
        self.set("level", level_pct())
            .set("ci_low", round(lo, places))
            .set("ci_high", round(hi, places))
            .say(" ({level}% CI {ci_low}–{ci_high})")
    }

    /// `p = 0.012` or `p < 0.001`.
    fn p(self, p: f64) -> Draft {
        if p < 0.001 {
            self.set("p_below", 0.001).say("p < {p_below}")
        } else {
            self.set("p_value", round(p, 3)).say("p = {p_value}")
        }
    }

    fn finish(self) -> Finding {
        let analysis = self.rule.split('.').next().unwrap_or(self.rule);
        Finding {
            id: match &self.subject {
                Some(s) => format!("{}:{s}", self.rule),
                None => self.rule.to_string(),
            },
            analysis: match analysis {
                "goals" => "goals",
                "engagement" => "engagement",
                "retention" => "retention",
                "risk" => "risk",
                "progression" => "progression",
                _ => "matching",
            },
            severity: self.severity,
            text: fill(&self.template, &self.values),
            values: self.values,
            path: self.path,
            rank: RULES
                .iter()
                .position(|r| *r == self.rule)
                .unwrap_or(RULES.len()),
        }
    }
}

// ---- matching ----

/// What a model term of matching means, in words.
fn term_words(term: &str) -> String {
    match term {
        "same_department" => "Pairs whose mentor works in the mentee's department".into(),
        "same_location" => "Pairs whose mentor works in the mentee's location".into(),
        "tenure_gap_years" => "Each year more that the mentor has been employed".into(),
        "mentor_load" => "Each other pair the mentor already has".into(),
        "mentor_experience" => "Each earlier pair of the mentor's".into(),
        "shared_interests" => {
            "Full overlap of the mentee's interests and the mentor's skills (against none)".into()
        }
        t => match t.strip_prefix("level_gap=") {
            Some(band) => format!("Pairs with a level gap of {band} (against the most common gap)"),
            None => t.to_string(),
        },
    }
}

/// The band of `level_gap` its model terms are measured against: the one with pairs but no term.
fn reference_gap(m: &Matching, model: &CoxFit) -> Option<String> {
    let mut bands = m
        .features
        .iter()
        .filter_map(|g| g.group.strip_prefix("level_gap="))
        .filter(|b| {
            !model
                .terms
                .iter()
                .any(|t| t.term == format!("level_gap={b}"))
        });
    let band = bands.next()?;
    bands.next().is_none().then(|| band.to_string())
}

/// The pair features whose hazard ratio of ending early has an interval that excludes 1.
fn matching_features(m: &Matching) -> Vec<Draft> {
    let Some(model) = &m.model else {
        return Vec::new();
    };
    let reference = reference_gap(m, model);
    // The features' p-values adjusted together (Benjamini–Hochberg within the rule).
    let p: Vec<f64> = model.terms.iter().map(|t| t.p_value).collect();
    let adjusted = benjamini_hochberg(&p);
    let mut out = Vec::new();
    for (j, t) in model.terms.iter().enumerate() {
        if !excludes_one(t.ci_low, t.ci_high) || adjusted[j] >= 0.05 {
            continue;
        }
        let (subject, verb) = match t.term.as_str() {
            "same_department" | "same_location" => (term_words(&t.term), "end early at"),
            other if other.starts_with("level_gap=") => {
                let words = match &reference {
                    Some(r) => {
                        term_words(other).replace("the most common gap", &format!("a gap of {r}"))
                    }
                    None => term_words(other),
                };
                (words, "end early at")
            }
            other => (term_words(other), "multiplies the rate of ending early by"),
        };
        let tail = match verb {
            "end early at" if t.term.starts_with("level_gap=") => " times the rate",
            "end early at" => " times the rate of others",
            _ => "",
        };
        out.push(
            Draft::new(
                "matching.feature",
                Severity::Notice,
                format!("matching.model.terms[{j}]"),
            )
            .about(&t.term)
            .set("subject", subject)
            .set("term", t.term.as_str())
            .set(
                "hazard_ratio",
                round(t.hazard_ratio, ratio_places(t.ci_low, t.ci_high)),
            )
            .say(&format!("{{subject}} {verb} {{hazard_ratio}}{tail}"))
            .interval(t.ci_low, t.ci_high)
            .say("."),
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
            .set("concordance", round(c, 2))
            .set("test_pairs", v.test_pairs)
            .set("chance", 0.5)
            .say("Fitted on earlier pairs, the matching model ranks which of the last year's {test_pairs} pairs end early with a concordance of {concordance} ({chance} is chance)")
            .say(if c < super::matching::MIN_VALIDATION_CONCORDANCE {
                ": too close to chance to trust, so suggested mentors are scored by the plain rule (a mentor one or two levels above) and the pair features above are hints, not a model."
            } else {
                "."
            }),
    )
}

/// Every finding the results support, most urgent first.
pub fn findings(s: Sources) -> Vec<Finding> {
    let mut out: Vec<Draft> = Vec::new();
    if let Some(g) = s.goals {
        out.extend(goal_completion(g));
        out.extend(open_items(g));
    }
    if let Some(g) = s.goals_by_program {
        out.extend(program_goal_differences(g));
    }
    if let Some(e) = s.engagement {
        out.extend(not_meeting(e));
        out.extend(program_trends(e));
    }
    if let Some(r) = s.retention {
        out.extend(mentoring_and_leaving(r));
        out.extend(leaving_drivers(r));
        out.extend(survival_difference(r));
        out.extend(strongest_correlate(r));
    }
    if let Some(r) = s.risk {
        out.extend(risk_levels(r));
        out.extend(recurring_reasons(r));
    }
    if let Some(p) = s.progression {
        out.extend(mentoring_and_promotion(p));
    }
    if let Some(m) = s.matching {
        out.extend(matching_features(m));
        out.extend(matching_validation(m));
    }
    let hidden = hidden_programs(&s);
    out.retain(|d| d.subject.as_ref().is_none_or(|p| !hidden.contains(p)));
    let mut done: Vec<Finding> = out.into_iter().map(Draft::finish).collect();
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
    let mut d = Draft::new("goals.completion", Severity::Info, "goals.overall.completion_rate")
        .set("goals", rate.n)
        .set("completed_pct", pct(rate.value))
        .set("level", level_pct())
        .set("ci_low_pct", pct(lo))
        .set("ci_high_pct", pct(hi))
        .say("{completed_pct}% of {goals} goals were completed ({level}% CI {ci_low_pct}–{ci_high_pct}%)");
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
            .say("; {open} are still open, and counting each goal only for the time it has had, {within_pct}% ({within_low_pct}–{within_high_pct}%) are completed within {window_days} days of being set");
        if o.open * 2 > o.goals {
            d = d
                .say(" — most goals are still young, so the share completed so far understates it");
        }
    }
    Some(d.say("."))
}

fn open_items(g: &Goals) -> Option<Draft> {
    let (overdue, stalled) = (g.overall.overdue.len(), g.overall.stalled.len());
    (overdue + stalled > 0).then(|| {
        Draft::new("goals.open_items", Severity::Notice, "goals.overall")
            .set("overdue", overdue)
            .set("stalled", stalled)
            .set("stalled_days", g.stalled_days)
            .say("In active pairs, {overdue} open goals are past their due date and {stalled} have had no update for more than {stalled_days} days.")
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
            Draft::new(
                "goals.program",
                notice_if(direction == "lower"),
                path,
            )
            .about(program)
            .set("program", *program)
            .set("direction", direction)
            .set("completed_pct", pct(rate.value))
            .set("level", level_pct())
            .set("ci_low_pct", pct(lo))
            .set("ci_high_pct", pct(hi))
            .set("rest_pct", pct(rest.value))
            .set("rest_ci_low_pct", pct(rlo))
            .set("rest_ci_high_pct", pct(rhi))
            .say("Goal completion in {program} ({completed_pct}%, {level}% CI {ci_low_pct}–{ci_high_pct}%) is {direction} than in the other programs ({rest_pct}%, {rest_ci_low_pct}–{rest_ci_high_pct}%)."),
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
        Draft::new("engagement.not_meeting", Severity::Warning, "engagement.pairs")
            .set("pairs", lapsed)
            .set("active_pairs", active.len())
            .say("{pairs} of {active_pairs} active pairs have not met for more than twice their agreed cadence.")
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
            .set("program", program)
            .set("direction", if falling { "falling" } else { "rising" })
            .set("sessions_per_month", round(t.theil_sen.slope.abs(), 2))
            .set("months", t.months)
            .say("Held sessions per active pair in {program} are {direction} by {sessions_per_month} a month over {months} months (Mann–Kendall ")
            .p(p)
            .say(", adjusted for the programs compared)."),
        );
    }
    out
}

// ---- retention ----

fn mentored_term(fit: &CoxFit) -> Option<(usize, &CoxTerm)> {
    fit.terms
        .iter()
        .enumerate()
        .find(|(_, t)| t.term == "mentored")
}

/// Whether an interval of a ratio leaves out 1.
fn excludes_one(lo: f64, hi: f64) -> bool {
    hi < 1.0 || lo > 1.0
}

/// The honest (time-varying) mentoring hazard ratio, and the naive one when it differs.
fn mentoring_and_leaving(r: &Retention) -> Option<Draft> {
    let cox = r.cox.as_ref()?;
    let (j, t) = mentored_term(cox)?;
    let time_varying = r.exposure == "time-varying";
    let path = format!("retention.cox.terms[{j}]");
    let mut d = if excludes_one(t.ci_low, t.ci_high) {
        Draft::new("retention.mentoring", Severity::Notice, path)
            .set(
                "hazard_ratio",
                round(t.hazard_ratio, ratio_places(t.ci_low, t.ci_high)),
            )
            .say("Mentored people leave at {hazard_ratio} times the rate of others")
            .interval(t.ci_low, t.ci_high)
    } else {
        Draft::new("retention.mentoring", Severity::Info, path)
            .set("hazard_ratio", round(t.hazard_ratio, ratio_places(t.ci_low, t.ci_high)))
            .say("No difference in leaving was found between mentored people and others (hazard ratio {hazard_ratio}")
            .set("level", level_pct())
            .set("ci_low", round(t.ci_low, ratio_places(t.ci_low, t.ci_high)))
            .set("ci_high", round(t.ci_high, ratio_places(t.ci_low, t.ci_high)))
            .say(", {level}% CI {ci_low}–{ci_high})")
    };
    if time_varying {
        d = d.say(", counting each person as mentored from their first pair");
    }
    let naive = r.naive_cox.as_ref().and_then(mentored_term).map(|(_, t)| t);
    if let Some(n) = naive.filter(|n| round(n.hazard_ratio, 2) != round(t.hazard_ratio, 2)) {
        let word = if (n.hazard_ratio - 1.0).abs() > (t.hazard_ratio - 1.0).abs() {
            "overstates"
        } else {
            "understates"
        };
        d = d
            .set("naive_hazard_ratio", round(n.hazard_ratio, 2))
            .set("naive_reading", word)
            .say("; the naive \"ever mentored\" comparison ({naive_hazard_ratio}) {naive_reading} it, because it credits mentoring with the time before a person's first pair");
    }
    // What it rests on, what it is adjusted for, and that it is an association (SPEC §4.8).
    let others: Vec<&str> = cox
        .terms
        .iter()
        .map(|t| t.term.as_str())
        .filter(|t| *t != "mentored")
        .collect();
    let adjusted = if others.is_empty() {
        "nothing else".to_string()
    } else {
        others.join(", ")
    };
    Some(
        d.set("people", cox.n)
            .set("exits", cox.events)
            .set("adjusted_for", adjusted)
            .say(". This rests on {people} people and {exits} exits, is adjusted for {adjusted_for}, and is an association, not proof that mentoring causes it."),
    )
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
                    .set("n", d.n)
                    .set("exits", d.exits)
                    .set("tested", tested)
                    .say("; {n} people, {exits} exits; an association, not adjusted for other attributes (")
                    .p(d.p_adjusted.unwrap_or(1.0))
                    .say(" across the {tested} attributes tested)."),
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
            .say("People with {attribute} {level} left at {share}% ({share_low}–{share_high}%), against {other_share}% ({other_share_low}–{other_share_high}%) with {other_level}"),
    )
}

/// "Each step up in job_level goes with 0.8 times the rate of leaving (95% CI 0.7–0.9)".
fn numeric_driver(d: &super::drivers::Driver, path: String) -> Option<Draft> {
    let hr = d.hazard_ratio.as_ref()?;
    let (lo, hi) = (hr.ci_low?, hr.ci_high?);
    let each = match d.unit? {
        "step" => "Each step up in {attribute}".to_string(),
        "year" => "Each year more of {attribute}".to_string(),
        "1000" => "Each 1,000 more of {attribute}".to_string(),
        _ => "Each standard deviation ({unit_size}) more of {attribute}".to_string(),
    };
    Some(
        Draft::new("retention.driver", Severity::Notice, path)
            .about(&d.attribute)
            .set("attribute", d.attribute.as_str())
            .set("unit_size", round(d.unit_size.unwrap_or(1.0), 2))
            .set("hazard_ratio", round(hr.value, ratio_places(lo, hi)))
            .say(&each)
            .say(" goes with {hazard_ratio} times the rate of leaving")
            .interval(lo, hi),
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
            .set("statistic", round(lr.statistic, 1))
            .say("Time to leaving differs between the {groups} groups of {by} (log-rank χ² {statistic}, ")
            .p(lr.p_value)
            .say(")."),
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
        .set("r", round(c.r, 2))
        .set("n", row.n)
        .say("Of the attributes and mentoring features measured, {feature} is most strongly associated with leaving: higher values go with {direction} exits (r = {r}, n = {n}, ")
        .p(c.p_value)
        .say(")."),
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
        .say("{high} of {active_pairs} active pairs are at high risk of ending early and {medium} at medium risk."),
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
        .set("flagged_pairs", flagged.len())
        .say(
            "The reasons that recur most among the {flagged_pairs} pairs at high or medium risk: ",
        );
    for (k, (signal, n)) in ranked.iter().enumerate() {
        if k > 0 {
            d = d.say(", ");
        }
        d = d
            .set(&format!("reason_{}", k + 1), signal_words(signal))
            .set(&format!("signal_{}", k + 1), *signal)
            .set(&format!("pairs_{}", k + 1), *n)
            .say(&format!(
                "{{reason_{0}}} ({{pairs_{0}}} pair{1})",
                k + 1,
                if *n == 1 { "" } else { "s" }
            ));
    }
    Some(d.say("."))
}

// ---- progression ----

/// The promotion rate ratio of the mentored and the time-varying hazard ratio of promotion.
fn mentoring_and_promotion(p: &Progression) -> Vec<Draft> {
    let mut out = Vec::new();
    if let Some(rr) = &p.rate_ratio {
        out.extend(rate_ratio(p, rr));
    }
    if let Some((j, t)) = p.cox.as_ref().and_then(mentored_term) {
        let path = format!("progression.cox.terms[{j}]");
        let found = excludes_one(t.ci_low, t.ci_high);
        let d = Draft::new("progression.mentoring", notice_if(found), path)
            .about("hazard_ratio")
            .set(
                "hazard_ratio",
                round(t.hazard_ratio, ratio_places(t.ci_low, t.ci_high)),
            );
        let d = if found {
            d.say("Counted from their first pair, mentored people are promoted at {hazard_ratio} times the rate of others (Cox model")
        } else {
            d.say("No difference in the rate of promotion was found for mentored people, counted from their first pair (hazard ratio {hazard_ratio}, Cox model")
        };
        out.push(
            d.set("level", level_pct())
                .set("ci_low", round(t.ci_low, ratio_places(t.ci_low, t.ci_high)))
                .set(
                    "ci_high",
                    round(t.ci_high, ratio_places(t.ci_low, t.ci_high)),
                )
                .say(", {level}% CI {ci_low}–{ci_high})."),
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
    .set("by", p.by.as_str())
    .set("first", *first)
    .set("second", *second)
    .set("rate_ratio", round(rr.value, ratio_places(lo, hi)))
    .set("first_rate", round(a.rate_per_100py.value, 1))
    .set("second_rate", round(b.rate_per_100py.value, 1))
    .set("person_years", 100);
    let d = if p.by == "mentored" {
        d.set("first", "mentored").set("second", "others")
    } else {
        d
    };
    let d = if found {
        d.say("Promotions come {rate_ratio} times as often for {first} people as for {second} ({first_rate} against {second_rate} per {person_years} person-years")
    } else {
        d.say("No difference in promotion rates was found between {first} people and {second} ({first_rate} against {second_rate} per {person_years} person-years, rate ratio {rate_ratio}")
    };
    Some(
        d.set("level", level_pct())
            .set("ci_low", round(lo, ratio_places(lo, hi)))
            .set("ci_high", round(hi, ratio_places(lo, hi)))
            .say("; {level}% CI {ci_low}–{ci_high})."),
    )
}

#[cfg(test)]
mod tests {
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
    use serde_json::json;

    #[test]
    fn fill_puts_values_in_their_places() {
        let mut v = BTreeMap::new();
        v.insert("a".to_string(), json!(0.6));
        v.insert("b".to_string(), json!(12.0));
        v.insert("c".to_string(), json!("Sales"));
        assert_eq!(
            fill("{a} and {b} in {c}; {d}", &v),
            "0.6 and 12 in Sales; {d}"
        );
    }

    #[test]
    fn p_values_round_or_floor() {
        let d = Draft::new("risk.levels", Severity::Info, "x")
            .p(0.0004)
            .finish();
        assert_eq!(d.text, "p < 0.001");
        let d = Draft::new("risk.levels", Severity::Info, "x")
            .p(0.01234)
            .finish();
        assert_eq!(d.text, "p = 0.012");
    }
}
