//! A result read as a program manager would, in the reader's language — what it says first (the
//! findings), then one short block per analysis (a survival curve as its quartiles and as a chart,
//! not its rows), then the warnings — as [`Block`]s that the CLI writes as text and
//! [`super::html`] as a page. Every word comes from the catalogue (`text-*` and `col-*` messages),
//! every number is written the language's way. It reads the results' own types.

use super::{svg, Block, Document};
use crate::i18n::{format, Arg, Locale, Message};
use crate::metrics::analyses;
use crate::metrics::drivers::Driver;
use crate::metrics::engagement::{Engagement, Period, ProgramEngagement, Trend};
use crate::metrics::findings::{Finding, Severity};
use crate::metrics::goals::Goals;
use crate::metrics::matching::Matching;
use crate::metrics::matching::Suggestions;
use crate::metrics::progression::Progression;
use crate::metrics::report::{FindingsResult, Meta, Report};
use crate::metrics::retention::{CorrelationRow, Retention};
use crate::metrics::risk::Risk;
use crate::metrics::risk_eval::{Replayed, Replays};
use crate::metrics::survival::Km;
use crate::model::schema::Choice;
use crate::model::Table;
use crate::privacy::{Cell, Grouped};
use crate::stats::cox::CoxFit;
use crate::stats::kaplan_meier::{KmRow, Quantile};
use crate::stats::Estimate;
use crate::warning::Warning;

/// A result that reads as a summary: its blocks, then its warnings.
pub trait Summarised {
    /// Adds the result's blocks to `s`.
    fn summarise(&self, s: &mut Summary);
    /// The warnings listed last.
    fn warnings(&self) -> &[Warning];
}

/// Rows of at-risk pairs a summary lists, unless `--top` asks for more.
const TOP_PAIRS: usize = 10;
/// Correlates a summary lists.
const TOP_CORRELATES: usize = 3;
/// Pairs whose own sessions a summary lists (`--pairs`; all of them: `--format json`).
const DRILLED_PAIRS: usize = 10;
/// Drivers of leaving a summary lists (those whose adjusted p is below 0.05).
const TOP_DRIVERS: usize = 3;
/// At-risk pairs the chart of scores shows.
const CHARTED_PAIRS: usize = 25;

/// The summary of `result` in `locale`; `top` lists that many at-risk pairs (`--top`).
pub fn summary<R: Summarised>(result: &R, locale: Locale, top: Option<usize>) -> Document {
    let s = &mut Summary {
        blocks: Vec::new(),
        l: locale,
        top_pairs: top.unwrap_or(TOP_PAIRS),
    };
    result.summarise(s);
    s.warnings(result.warnings());
    Document {
        locale,
        blocks: std::mem::take(&mut s.blocks),
    }
}

/// Each result's summary, and the warnings it lists.
macro_rules! summarised {
    ($($result:ty => $part:ident),* $(,)?) => {$(
        impl Summarised for $result {
            fn summarise(&self, s: &mut Summary) {
                s.$part(self);
            }

            fn warnings(&self) -> &[Warning] {
                &self.warnings
            }
        }
    )*};
}

summarised! {
    Goals => goals,
    Engagement => engagement,
    Retention => retention,
    Progression => progression,
    Risk => risk,
    Matching => matching,
    Suggestions => suggestions,
}

/// The report: its meta and findings, then each analysis of [`analyses`] in its order.
macro_rules! report_summary {
    ($($(#[$doc:meta])* $name:ident: $options:ty, $ts_options:literal => $ts_result:literal;)*) => {
        impl Summarised for Report {
            fn summarise(&self, s: &mut Summary) {
                s.meta(&self.meta);
                s.findings(&self.findings);
                $(self.$name.iter().for_each(|a| a.summarise(s));)*
                // The report's own table is its findings (each analysis's main table has its own
                // command).
                for b in &mut s.blocks {
                    if let Block::Table { main, .. } = b {
                        *main = false;
                    }
                }
            }

            fn warnings(&self) -> &[Warning] {
                &self.warnings
            }
        }
    };
}

analyses!(report_summary);

impl Summarised for FindingsResult {
    fn summarise(&self, s: &mut Summary) {
        s.findings(&self.findings);
    }

    fn warnings(&self) -> &[Warning] {
        &self.warnings
    }
}

impl Summarised for Replays {
    fn summarise(&self, s: &mut Summary) {
        s.risk_eval(self);
    }

    fn warnings(&self) -> &[Warning] {
        &[]
    }
}

/// A summary being written.
pub struct Summary {
    blocks: Vec<Block>,
    l: Locale,
    top_pairs: usize,
}

/// What a heading says the groups are by: the column's name, or for the derived grouping
/// `mentored` (no column of the data) the word for mentoring in the reader's language.
fn grouping(by: &str) -> Arg {
    match by {
        "mentored" => Arg::Phrase(Box::new(Message::new("grouping-mentored"))),
        _ => Arg::Text(by.to_string()),
    }
}

/// A number as JSON would carry it: `None` for NaN and the infinities, which are written "—".
fn finite(x: f64) -> Option<f64> {
    x.is_finite().then_some(x)
}

/// The groups shown, with their results.
fn shown<T>(groups: &[Grouped<T>]) -> impl Iterator<Item = (&str, &T)> {
    groups
        .iter()
        .filter_map(|g| Some((g.group.as_str(), g.shown()?)))
}

/// The words and numbers of a summary.
impl Summary {
    fn t(&self, id: &'static str) -> String {
        Message::new(id).render(self.l)
    }

    fn m(&self, m: Message) -> String {
        m.render(self.l)
    }

    fn line(&mut self, text: &str) {
        self.blocks.push(Block::Line(text.to_string()));
    }

    /// Where the command line shows more (a page leaves it out), after the line before it or on
    /// its own.
    fn pointer(&mut self, id: &'static str, same_line: bool) {
        let text = self.t(id);
        self.blocks.push(Block::Pointer { text, same_line });
    }

    fn heading(&mut self, title: Message) {
        let title = self.m(title);
        self.blocks.push(Block::Heading(title));
    }

    fn chart(&mut self, svg: Option<String>) {
        self.blocks.extend(svg.map(Block::Chart));
    }

    /// A number with `places` decimals (as short as it is without), or "—".
    fn number(&self, x: Option<f64>, places: Option<usize>) -> String {
        x.and_then(finite)
            .map_or("—".into(), |x| format::number(x, places, self.l))
    }

    /// A number with `places` decimals, or "—".
    fn num(&self, x: impl Into<Option<f64>>, places: usize) -> String {
        self.number(x.into(), Some(places))
    }

    /// A count.
    fn count(&self, n: usize) -> String {
        self.number(Some(n as f64), None)
    }

    fn pct(&self, x: f64) -> String {
        self.m(Message::new("text-percent").fixed("value", x * 100.0, 0))
    }

    /// A share as a percentage, or "—".
    fn share(&self, x: Option<f64>) -> String {
        x.and_then(finite).map_or("—".into(), |x| self.pct(x))
    }

    /// An estimate as `62% (60–64%)`.
    fn rate(&self, e: Option<&Estimate>) -> String {
        let Some(e) = e else {
            return "—".into();
        };
        let value = self.share(Some(e.value));
        match (e.ci_low, e.ci_high) {
            (Some(lo), Some(hi)) => {
                format!(
                    "{value} ({}–{})",
                    self.share(Some(lo)),
                    self.share(Some(hi))
                )
            }
            _ => value,
        }
    }

    /// A ratio with its interval: `0.61 (0.52–0.70)`.
    fn ratio(&self, value: Option<f64>, lo: Option<f64>, hi: Option<f64>) -> String {
        format!(
            "{} ({}–{})",
            self.num(value, 2),
            self.num(lo, 2),
            self.num(hi, 2)
        )
    }

    /// An estimated ratio with its interval, or dashes.
    fn estimated_ratio(&self, e: Option<&Estimate>) -> String {
        self.ratio(
            e.map(|e| e.value),
            e.and_then(|e| e.ci_low),
            e.and_then(|e| e.ci_high),
        )
    }

    fn p(&self, x: impl Into<Option<f64>>) -> String {
        match x.into().and_then(finite) {
            Some(p) if p < 0.001 => format!("<{}", format::number(0.001, Some(3), self.l)),
            Some(p) => format::number(p, Some(3), self.l),
            None => "—".into(),
        }
    }

    /// A quantile in days, or "not reached".
    fn days(&self, q: Option<&Quantile>) -> String {
        match q.and_then(|q| q.value).and_then(finite) {
            Some(d) => self.m(Message::new("text-days").fixed("days", d, 0)),
            None => self.t("text-not-reached"),
        }
    }

    /// A Kaplan–Meier curve as its quartiles: when a quarter, half and three quarters had the event.
    fn quartiles(&self, km: &Km) -> String {
        format!(
            "{} / {} / {}",
            self.days(Some(&km.q25)),
            self.days(Some(&km.median)),
            self.days(Some(&km.q75))
        )
    }

    /// A Kaplan–Meier table as the points of a step curve.
    fn curve(km: &[KmRow]) -> Vec<(f64, f64)> {
        km.iter()
            .filter_map(|r| Some((finite(r.t)?, finite(r.survival)?)))
            .collect()
    }

    /// Step curves of groups' Kaplan–Meier tables, the share still without the event.
    fn curves<'a, T: 'a>(
        &mut self,
        caption: Message,
        by: &str,
        groups: &'a [Grouped<T>],
        km: impl Fn(&'a T) -> &'a Km,
    ) {
        let series: Vec<(String, Vec<(f64, f64)>)> = shown(groups)
            .map(|(group, g)| (self.group_label(by, group), Self::curve(&km(g).table)))
            .collect();
        let caption = self.m(caption);
        let svg = svg::steps(
            &caption,
            &series,
            &|x| format::number(x, Some(0), self.l),
            &|y| self.pct(y),
        );
        self.chart(svg);
    }

    /// Cox terms as a forest of hazard ratios.
    fn forest(&mut self, caption: &'static str, c: Option<&CoxFit>) {
        let rows: Vec<(String, f64, f64, f64)> = c
            .map_or(&[][..], |c| &c.terms)
            .iter()
            .filter_map(|t| {
                Some((
                    t.term.clone(),
                    finite(t.hazard_ratio)?,
                    finite(t.ci_low)?,
                    finite(t.ci_high)?,
                ))
            })
            .collect();
        let caption = self.t(caption);
        let svg = svg::forest(&caption, &rows, &|x| format::number(x, None, self.l));
        self.chart(svg);
    }

    fn table(&mut self, columns: &[&'static str], rows: Vec<Vec<String>>) {
        let columns: Vec<String> = columns.iter().map(|c| self.t(c)).collect();
        self.blocks.push(Block::Table {
            columns,
            rows,
            main: false,
        });
    }

    /// The analysis's main table (what `--format csv` writes).
    fn main_table(&mut self, columns: &[&'static str], rows: Vec<Vec<String>>) {
        self.table(columns, rows);
        self.mark_main();
    }

    /// Marks the last table as the analysis's main one.
    fn mark_main(&mut self) {
        if let Some(Block::Table { main, .. }) = self
            .blocks
            .iter_mut()
            .rev()
            .find(|b| matches!(b, Block::Table { .. }))
        {
            *main = true;
        }
    }

    /// A row per group: its label, then `cells` of it, or "suppressed".
    fn group_rows<T>(
        &self,
        by: &str,
        groups: &[Grouped<T>],
        cells: impl Fn(&T) -> Vec<String>,
    ) -> Vec<Vec<String>> {
        groups
            .iter()
            .map(|g| {
                let mut row = vec![self.group_label(by, &g.group)];
                match g.shown() {
                    Some(x) => row.extend(cells(x)),
                    None => row.push(self.t("text-suppressed")),
                }
                row
            })
            .collect()
    }
}

/// The blocks of a summary, one per analysis.
impl Summary {
    /// A group's label as a reader says it: the data's `true`/`false` of `mentored` as mentored
    /// people and others, the one group of everyone (no `by`) as everyone; other labels are data.
    fn group_label(&self, by: &str, group: &str) -> String {
        match (by, group) {
            ("", _) => self.t("group-everyone"),
            ("mentored", "true") => self.t("group-mentored"),
            ("mentored", "false") => self.t("group-others"),
            _ => group.to_string(),
        }
    }

    fn meta(&mut self, m: &Meta) {
        let rows = Table::ALL
            .into_iter()
            .map(|t| (t, m.rows.of(t)))
            .filter(|&(_, n)| n > 0)
            .map(|(t, n)| {
                Message::new("table-rows")
                    .count("count", n)
                    .text("table", t.name())
            })
            .collect();
        let title = Message::new("text-report-title")
            .date("as_of", m.as_of.0)
            .list("rows", rows)
            .num("min", m.min_group_size as f64);
        let title = self.m(title);
        self.blocks.push(Block::Title(title));
        for u in &m.inputs.unused_files {
            let file = match &u.sheet {
                Some(sheet) => Message::new("origin-sheet")
                    .text("file", u.file.as_str())
                    .text("sheet", sheet.as_str()),
                None => Message::new("origin-file").text("file", u.file.as_str()),
            };
            let line = self.m(Message::new("text-not-read")
                .phrase("file", file)
                .text("why", u.why.as_str()));
            self.line(&line);
        }
    }

    fn findings(&mut self, list: &[Finding]) {
        self.heading(Message::new("text-findings"));
        if list.is_empty() {
            let nothing = self.t("text-nothing-stands-out");
            self.line(&nothing);
        }
        for x in list {
            let severity = match x.severity {
                Severity::Warning => "warning",
                Severity::Notice => "notice",
                Severity::Info => "info",
            };
            self.blocks.push(Block::Finding {
                severity,
                text: x.text.clone(),
            });
        }
    }

    fn goals(&mut self, g: &Goals) {
        self.heading(Message::new("text-goals"));
        let o = &g.overall;
        let ttc = o.time_to_complete.as_ref();
        let line = self.m(Message::new("text-goals-line")
            .text("goals", self.count(o.goals))
            .text("pairs", self.count(o.pairs))
            .text("completed", self.rate(o.completion_rate.as_ref()))
            .text("on_time", self.rate(o.on_time_rate.as_ref()))
            .text("median", self.days(ttc.map(|t| &t.median)))
            .text("q25", self.days(ttc.map(|t| &t.q25)))
            .text("q75", self.days(ttc.map(|t| &t.q75)))
            .count("overdue", o.overdue.len())
            .count("stalled", o.stalled.len()));
        self.line(&line);
        if !g.groups.is_empty() {
            let rows = self.group_rows(&g.by.join(","), &g.groups, |x| {
                vec![
                    self.count(x.goals),
                    self.rate(x.completion_rate.as_ref()),
                    self.rate(x.on_time_rate.as_ref()),
                ]
            });
            self.main_table(
                &["col-group", "col-goals", "col-completed", "col-on-time"],
                rows,
            );
        }
        let open = Self::curve(ttc.map_or(&[][..], |t| &t.km));
        let caption = self.t("chart-goals-open");
        let series = [(self.t("chart-still-open"), open)];
        let svg = svg::steps(
            &caption,
            &series,
            &|x| format::number(x, Some(0), self.l),
            &|y| self.pct(y),
        );
        self.chart(svg);
        self.pointer("text-goal-ids", false);
    }

    fn trend(&self, t: Option<&Trend>) -> String {
        let Some(t) = t else {
            return "—".into();
        };
        // Per active pair a month: small numbers, so three decimals; a rise gets its "+".
        let slope = format::number(finite(t.theil_sen.slope).unwrap_or(0.0), Some(3), self.l);
        let rising =
            !slope.starts_with('-') && slope.chars().any(|c| c.is_ascii_digit() && c != '0');
        self.m(Message::new("text-trend")
            .text("slope", if rising { format!("+{slope}") } else { slope })
            .text("p", self.p(t.mann_kendall.p_value)))
    }

    /// A row of a program's (or group's) engagement under its label, or "suppressed".
    fn engagement_row(&self, label: &str, cell: &Cell<ProgramEngagement>) -> Vec<String> {
        let Cell::Shown(x) = cell else {
            return vec![label.to_string(), self.t("text-suppressed")];
        };
        let t = &x.totals;
        vec![
            label.to_string(),
            self.count(x.pairs),
            self.count(x.active_pairs),
            self.count(t.held as usize),
            self.count(t.cancelled as usize),
            self.count(t.no_show as usize),
            self.share(x.mean_cadence_adherence),
            self.trend(x.per_pair_trend.as_ref()),
        ]
    }

    fn engagement(&mut self, e: &Engagement) {
        let period = self.t(match e.period {
            Period::Week => "text-week",
            Period::Month => "text-month",
        });
        self.heading(Message::new("text-engagement").text("period", period.clone()));
        const COLUMNS: [&str; 7] = [
            "col-pairs",
            "col-active",
            "col-held",
            "col-cancelled",
            "col-no-show",
            "col-adherence",
            "col-trend",
        ];
        let held: Vec<(String, f64)> = e
            .programs
            .iter()
            .filter_map(|p| match &p.cell {
                Cell::Shown(x) => Some((p.program.clone(), f64::from(x.totals.held))),
                Cell::Suppressed { .. } => None,
            })
            .collect();
        let programs = e
            .programs
            .iter()
            .map(|p| self.engagement_row(&p.program, &p.cell))
            .collect();
        let groups = e.groups.as_ref().map(|groups| {
            groups
                .iter()
                .map(|g| self.engagement_row(&g.group, &g.cell))
                .collect()
        });
        let caption = self.t("chart-held");
        let svg = svg::bars(&caption, &held, &|x| format::number(x, Some(0), self.l));
        self.chart(svg);
        self.main_table(&[&["col-program"][..], &COLUMNS].concat(), programs);
        if let Some(groups) = groups {
            self.table(&[&["col-group"][..], &COLUMNS].concat(), groups);
        }
        // The report lists only the active pairs (SPEC §4.2): then it says so, not "137 pairs,
        // 137 active" under a table of every program's pairs.
        let active = e.pairs.iter().filter(|p| p.active).count();
        let id = if active == e.pairs.len() {
            "text-pairs-all-active"
        } else {
            "text-pairs-active"
        };
        let line = self.m(Message::new(id)
            .count("pairs", e.pairs.len())
            .count("active", active));
        self.line(&line);
        self.pointer("text-pairs-more", true);
        // The pairs asked for by id (`--pairs`): their own sessions, period by period.
        for p in e
            .pairs
            .iter()
            .filter_map(|p| Some((p, p.periods.as_ref()?)))
            .take(DRILLED_PAIRS)
        {
            let (pair, periods) = p;
            let title = self.m(Message::new("text-pair-sessions")
                .text("pair", pair.pair_id.as_str())
                .text("period", period.clone()));
            self.line(&title);
            let rows = periods
                .iter()
                .map(|x| {
                    vec![
                        x.period.to_string(),
                        self.count(x.counts.held as usize),
                        self.count(x.counts.cancelled as usize),
                        self.count(x.counts.no_show as usize),
                    ]
                })
                .collect();
            self.table(
                &["col-period", "col-held", "col-cancelled", "col-no-show"],
                rows,
            );
        }
    }

    /// A Cox fit's title line and its terms; `of` is the table its subjects are rows of (people,
    /// or pairs for matching).
    fn cox(&mut self, title: String, of: Table, c: Option<&CoxFit>) {
        let Some(c) = c else {
            return;
        };
        let m = match c.concordance.and_then(finite) {
            Some(x) => Message::new("text-cox-title-concordance").fixed("concordance", x, 2),
            None => Message::new("text-cox-title"),
        };
        let line = self.m(m
            .text("title", title)
            .phrase(
                "subjects",
                Message::new("table-rows")
                    .count("count", c.n)
                    .text("table", of.name()),
            )
            .text("events", self.count(c.events)));
        self.line(&line);
        let rows = c
            .terms
            .iter()
            .map(|t| {
                vec![
                    t.term.clone(),
                    self.ratio(Some(t.hazard_ratio), Some(t.ci_low), Some(t.ci_high)),
                    self.p(t.p_value),
                ]
            })
            .collect();
        self.table(&["col-term", "col-hazard-ratio", "col-p"], rows);
    }

    fn retention(&mut self, r: &Retention) {
        let everyone = r.by.is_empty();
        let heading = match everyone {
            true => Message::new("text-retention-everyone"),
            false => Message::new("text-retention").arg("by", grouping(&r.by)),
        };
        self.heading(heading.text("exits", r.exits.name()));
        if let Some(curves) = r.exposure_curves.as_ref().filter(|_| r.by == "mentored") {
            let counted = self.t("text-counted-from-first-pair");
            self.line(&counted);
            self.curves(
                Message::new("chart-retention-honest"),
                "mentored",
                &curves.groups,
                |g| &g.km,
            );
            let rows = self.group_rows("mentored", &curves.groups, |g| {
                vec![
                    self.count(g.people),
                    self.count(g.exits),
                    self.quartiles(&g.km),
                ]
            });
            self.table(
                &["col-group", "col-people", "col-exits", "col-left-by"],
                rows,
            );
        }
        let rows = self.group_rows(&r.by, &r.groups, |g| {
            vec![
                self.count(g.n),
                self.count(g.exits),
                self.rate(Some(&g.rate)),
                self.quartiles(&g.km),
            ]
        });
        self.main_table(
            &[
                "col-group",
                "col-people",
                "col-exits",
                "col-exit-rate",
                "col-left-by",
            ],
            rows,
        );
        let chart = match everyone {
            true => Message::new("chart-retention-everyone"),
            false => Message::new("chart-retention-groups").arg("by", grouping(&r.by)),
        };
        self.curves(chart, &r.by, &r.groups, |g| &g.km);
        self.tests(r);
        let exposure =
            self.m(Message::new("text-cox-mentoring").text("exposure", r.exposure.name()));
        self.cox(exposure, Table::People, r.cox.as_ref());
        let naive = self.t("text-cox-naive");
        self.cox(naive, Table::People, r.naive_cox.as_ref());
        self.correlates(&r.correlations);
        self.drivers(&r.drivers);
    }

    /// The tests of the groups: chi-square, risk ratio and Fisher, log-rank.
    fn tests(&mut self, r: &Retention) {
        if let Some(c) = &r.comparison {
            let mut line = self.m(Message::new("text-chi-square")
                .text("statistic", self.num(c.chi_square.statistic, 2))
                .text("p", self.p(c.chi_square.p_value)));
            if let Some(two) = &c.two_groups {
                line.push_str(" · ");
                line.push_str(
                    &self.m(Message::new("text-risk-ratio")
                        .text("ratio", self.estimated_ratio(Some(&two.risk_ratio)))
                        .text("p", self.p(two.fisher.p_value))),
                );
            }
            self.line(&line);
        }
        if let Some(logrank) = &r.logrank {
            let line = self.m(Message::new("text-logrank")
                .text("statistic", self.num(logrank.statistic, 2))
                .text("p", self.p(logrank.p_value)));
            self.line(&line);
        }
    }

    fn correlates(&mut self, list: &[CorrelationRow]) {
        let mut correlations: Vec<(&CorrelationRow, f64, f64)> = list
            .iter()
            .filter_map(|c| {
                let pb = c.point_biserial.as_ref()?;
                Some((c, pb.r, pb.p_value))
            })
            .collect();
        if correlations.is_empty() {
            return;
        }
        let strength = |r: f64| finite(r).unwrap_or(0.0).abs();
        correlations.sort_by(|a, b| strength(b.1).total_cmp(&strength(a.1)));
        let title = self.t("text-correlates");
        self.line(&title);
        let rows = correlations
            .iter()
            .take(TOP_CORRELATES)
            .map(|&(c, r, p)| {
                vec![
                    c.feature.clone(),
                    self.num(r, 2),
                    self.p(p),
                    self.count(c.n),
                ]
            })
            .collect();
        self.table(&["col-feature", "col-r", "col-p", "col-n"], rows);
    }

    /// Who leaves: the attributes most associated with leaving (adjusted p), read as shares per
    /// level or as a hazard ratio per unit.
    fn drivers(&mut self, list: &[Driver]) {
        let shown: Vec<&Driver> = list
            .iter()
            .filter(|x| x.p_adjusted.and_then(finite).is_some_and(|p| p < 0.05))
            .take(TOP_DRIVERS)
            .collect();
        if shown.is_empty() {
            return;
        }
        let title = self.m(Message::new("text-drivers").count("tested", list.len()));
        self.line(&title);
        let rows = shown
            .iter()
            .map(|x| vec![x.attribute.clone(), self.driver(x), self.p(x.p_adjusted)])
            .collect();
        self.table(&["col-attribute", "col-exits", "col-p-adjusted"], rows);
    }

    fn driver(&self, x: &Driver) -> String {
        if x.kind == "numeric" {
            let unit = match x.unit {
                Some("step") => "step",
                Some("year") => "year",
                Some("1000") => "thousand",
                _ => "sd",
            };
            return self.m(Message::new("text-per-unit")
                .text("ratio", self.estimated_ratio(x.hazard_ratio.as_ref()))
                .text("unit", unit)
                .text("sd", self.num(x.unit_size, 2)));
        }
        // The levels that left most and least.
        let mut levels: Vec<_> = shown(&x.levels).collect();
        let share = |l: &(&str, &crate::metrics::drivers::LevelShare)| {
            finite(l.1.share.value).unwrap_or(0.0)
        };
        levels.sort_by(|a, b| share(b).total_cmp(&share(a)));
        match (levels.first(), levels.last()) {
            (Some(hi), Some(lo)) if levels.len() > 1 => format!(
                "{} {} … {} {}",
                hi.0,
                self.rate(Some(&hi.1.share)),
                lo.0,
                self.rate(Some(&lo.1.share))
            ),
            _ => "—".into(),
        }
    }

    fn risk(&mut self, r: &Risk) {
        self.heading(Message::new("text-risk"));
        let level = |name: &str| r.levels.get(name).map_or("—".into(), |&n| self.count(n));
        let line = self.m(Message::new("text-risk-levels")
            .text("high", level("high"))
            .text("medium", level("medium"))
            .text("low", level("low"))
            .text("model", r.model.key()));
        self.line(&line);
        let weights = self.m(Message::new("text-weights")
            .text("used", r.weights.used)
            .text("reason", r.weights.reason.as_str()));
        self.line(&weights);
        let separator = self.t("clause-separator");
        let rows = r
            .pairs
            .iter()
            .filter(|p| p.level != "low")
            .take(self.top_pairs)
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
                    self.num(p.score, 2),
                    self.m(Message::new("text-level").text("level", p.level)),
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
        let caption = self.t("chart-risk");
        let svg = svg::bars(&caption, &scores, &|x| format::number(x, Some(1), self.l));
        self.chart(svg);
        if !rows.is_empty() {
            self.main_table(
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

    fn progression(&mut self, p: &Progression) {
        self.heading(Message::new("text-progression").arg("by", grouping(&p.by)));
        let rows = self.group_rows(&p.by, &p.groups, |g| {
            let e = &g.rate_per_100py;
            vec![
                self.count(g.people),
                self.num(g.person_years, 0),
                self.count(g.promotions as usize),
                format!(
                    "{} ({}–{})",
                    self.num(e.value, 1),
                    self.num(e.ci_low, 1),
                    self.num(e.ci_high, 1)
                ),
            ]
        });
        self.main_table(
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
            let line = self
                .m(Message::new("text-rate-ratio").text("ratio", self.estimated_ratio(Some(rr))));
            self.line(&line);
        }
        let firsts: Vec<String> = shown(&p.time_to_first.groups)
            .map(|(group, g)| {
                let group = self.group_label(&p.by, group);
                format!("{group} {}", self.quartiles(&g.km))
            })
            .collect();
        if !firsts.is_empty() {
            let line = self.m(Message::new("text-promoted-by")
                .text("groups", firsts.join(&self.t("clause-separator"))));
            self.line(&line);
        }
        let title = self.m(Message::new("text-cox-promotion").text("exposure", p.exposure.name()));
        self.cox(title, Table::People, p.cox.as_ref());
        self.forest("chart-promotion-hr", p.cox.as_ref());
    }

    fn matching(&mut self, m: &Matching) {
        self.heading(
            Message::new("text-matching")
                .text("pairs", self.count(m.pairs))
                .text("early", self.count(m.early_ends)),
        );
        let title = self.t("text-cox-matching");
        self.cox(title, Table::Pairs, m.model.as_ref());
        self.mark_main();
        self.forest("chart-matching-hr", m.model.as_ref());
        if let Some(v) = &m.validation {
            if let Some(concordance) = v.concordance.and_then(finite) {
                let line = self.m(Message::new("text-validation")
                    .text("concordance", self.num(concordance, 2))
                    .text("test", self.count(v.test_pairs))
                    .text("train", self.count(v.train_pairs))
                    .fixed("chance", 0.5, 1));
                self.line(&line);
            }
        }
        self.pointer("text-matching-more", false);
    }

    fn suggestions(&mut self, s: &Suggestions) {
        self.heading(
            Message::new("text-suggest")
                .text("model", s.model.key())
                .text("total", self.num(s.total_score, 2))
                .text("greedy", self.num(s.greedy_total_score, 2)),
        );
        let rows = s
            .assignments
            .iter()
            .map(|a| {
                let alternatives = a
                    .alternatives
                    .iter()
                    .map(|y| format!("{} {}", y.mentor_id, self.num(y.score, 2)))
                    .collect::<Vec<_>>()
                    .join(", ");
                vec![
                    a.mentee_id.clone(),
                    a.mentor_id.clone(),
                    self.num(a.score, 2),
                    alternatives,
                ]
            })
            .collect();
        self.main_table(
            &["col-mentee", "col-mentor", "col-score", "col-alternatives"],
            rows,
        );
        for u in &s.unmatched {
            let line = self.m(Message::new("text-unmatched")
                .text("mentee", u.mentee_id.as_str())
                .text("why", u.why.as_str()));
            self.line(&line);
        }
    }

    /// Each replay as one table: the detector, then the single-rule baselines it is measured
    /// against.
    fn risk_eval(&mut self, v: &Replays) {
        self.heading(Message::new("text-risk-eval"));
        for run in &v.runs {
            let e = &run.evaluation;
            let source = match &run.source {
                Replayed::Folder { data } => data.clone(),
                Replayed::Generated { seed, people } => {
                    format!("seed {seed}, {} people", self.count(*people))
                }
            };
            let line = self.m(Message::new("text-risk-eval-run")
                .text("source", source)
                .text("dates", self.count(e.dates))
                .text("samples", self.count(e.samples))
                .text("positives", self.count(e.positives))
                .text("early", self.count(e.early_ends)));
            self.line(&line);
            let rows = std::iter::once(&e.detector)
                .chain(&e.baselines)
                .map(|m| {
                    vec![
                        m.name.clone(),
                        self.num(m.auc, 3),
                        self.num(m.precision_at_k, 3),
                        self.number(m.median_lead_days, None),
                        self.share(m.flagged_share),
                    ]
                })
                .collect();
            self.table(
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

    fn warnings(&mut self, list: &[Warning]) {
        if list.is_empty() {
            return;
        }
        self.heading(Message::new("text-warnings").count("count", list.len()));
        for x in list {
            self.line(&format!("- {}", x.message));
        }
    }
}
