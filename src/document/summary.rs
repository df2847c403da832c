//! A result read as a program manager would, in the reader's language — what it says first (the
//! findings), then one short block per analysis (a survival curve as its quartiles and as a chart,
//! not its rows), then the warnings — as [`Block`]s that the CLI writes as text and
//! [`super::html`] as a page. Every word comes from the catalogue (`text-*` and `col-*` messages),
//! every number is written the language's way. Here are the blocks every summary uses; each
//! analysis's own summary is in its module (`impl Summarised for Goals` in `metrics/goals.rs`).

use super::{svg, Block, Document};
use crate::i18n::{format, Arg, Locale, Message};
use crate::model::Table;
use crate::privacy::Grouped;
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

/// A summary being written.
pub struct Summary {
    pub(crate) blocks: Vec<Block>,
    pub(crate) l: Locale,
    /// At-risk pairs listed (`--top`).
    pub(crate) top_pairs: usize,
}

/// What a heading says the groups are by: the column's name, or for the derived grouping
/// `mentored` (no column of the data) the word for mentoring in the reader's language.
pub(crate) fn grouping(by: &str) -> Arg {
    match by {
        "mentored" => Arg::Phrase(Box::new(Message::new("grouping-mentored"))),
        _ => Arg::Text(by.to_string()),
    }
}

/// A number as JSON would carry it: `None` for NaN and the infinities, which are written "—".
pub(crate) fn finite(x: f64) -> Option<f64> {
    x.is_finite().then_some(x)
}

/// The groups shown, with their results.
pub(crate) fn shown<T>(groups: &[Grouped<T>]) -> impl Iterator<Item = (&str, &T)> {
    groups
        .iter()
        .filter_map(|g| Some((g.group.as_str(), g.shown()?)))
}

/// The words and numbers of a summary.
impl Summary {
    pub(crate) fn t(&self, id: &'static str) -> String {
        Message::new(id).render(self.l)
    }

    pub(crate) fn m(&self, m: Message) -> String {
        m.render(self.l)
    }

    pub(crate) fn line(&mut self, text: &str) {
        self.blocks.push(Block::Line(text.to_string()));
    }

    /// Where the command line shows more (a page leaves it out), after the line before it or on
    /// its own.
    pub(crate) fn pointer(&mut self, id: &'static str, same_line: bool) {
        let text = self.t(id);
        self.blocks.push(Block::Pointer { text, same_line });
    }

    pub(crate) fn heading(&mut self, title: Message) {
        let title = self.m(title);
        self.blocks.push(Block::Heading(title));
    }

    pub(crate) fn chart(&mut self, svg: Option<String>) {
        self.blocks.extend(svg.map(Block::Chart));
    }

    /// A number with `places` decimals (as short as it is without), or "—".
    pub(crate) fn number(&self, x: Option<f64>, places: Option<usize>) -> String {
        x.and_then(finite)
            .map_or("—".into(), |x| format::number(x, places, self.l))
    }

    /// A number with `places` decimals, or "—".
    pub(crate) fn num(&self, x: impl Into<Option<f64>>, places: usize) -> String {
        self.number(x.into(), Some(places))
    }

    /// A count.
    pub(crate) fn count(&self, n: usize) -> String {
        self.number(Some(n as f64), None)
    }

    pub(crate) fn pct(&self, x: f64) -> String {
        self.m(Message::new("text-percent").fixed("value", x * 100.0, 0))
    }

    /// A share as a percentage, or "—".
    pub(crate) fn share(&self, x: Option<f64>) -> String {
        x.and_then(finite).map_or("—".into(), |x| self.pct(x))
    }

    /// An estimate as `62% (60–64%)`.
    pub(crate) fn rate(&self, e: Option<&Estimate>) -> String {
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
    pub(crate) fn ratio(&self, value: Option<f64>, lo: Option<f64>, hi: Option<f64>) -> String {
        format!(
            "{} ({}–{})",
            self.num(value, 2),
            self.num(lo, 2),
            self.num(hi, 2)
        )
    }

    /// An estimated ratio with its interval, or dashes.
    pub(crate) fn estimated_ratio(&self, e: Option<&Estimate>) -> String {
        self.ratio(
            e.map(|e| e.value),
            e.and_then(|e| e.ci_low),
            e.and_then(|e| e.ci_high),
        )
    }

    pub(crate) fn p(&self, x: impl Into<Option<f64>>) -> String {
        match x.into().and_then(finite) {
            Some(p) if p < 0.001 => format!("<{}", format::number(0.001, Some(3), self.l)),
            Some(p) => format::number(p, Some(3), self.l),
            None => "—".into(),
        }
    }

    /// A quantile in days, or "not reached".
    pub(crate) fn days(&self, q: Option<&Quantile>) -> String {
        match q.and_then(|q| q.value).and_then(finite) {
            Some(d) => self.m(Message::new("text-days").fixed("days", d, 0)),
            None => self.t("text-not-reached"),
        }
    }

    /// A Kaplan–Meier table as the points of a step curve.
    pub(crate) fn curve(km: &[KmRow]) -> Vec<(f64, f64)> {
        km.iter()
            .filter_map(|r| Some((finite(r.t)?, finite(r.survival)?)))
            .collect()
    }

    /// Step curves of groups' Kaplan–Meier tables, the share still without the event.
    pub(crate) fn curves<'a, T: 'a>(
        &mut self,
        caption: Message,
        by: &str,
        groups: &'a [Grouped<T>],
        table: impl Fn(&'a T) -> &'a [KmRow],
    ) {
        let series: Vec<(String, Vec<(f64, f64)>)> = shown(groups)
            .map(|(group, g)| (self.group_label(by, group), Self::curve(table(g))))
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
    pub(crate) fn forest(&mut self, caption: &'static str, c: Option<&CoxFit>) {
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

    pub(crate) fn table(&mut self, columns: &[&'static str], rows: Vec<Vec<String>>) {
        let columns: Vec<String> = columns.iter().map(|c| self.t(c)).collect();
        self.blocks.push(Block::Table {
            columns,
            rows,
            main: false,
        });
    }

    /// The analysis's main table (what `--format csv` writes).
    pub(crate) fn main_table(&mut self, columns: &[&'static str], rows: Vec<Vec<String>>) {
        self.table(columns, rows);
        self.mark_main();
    }

    /// Marks the last table as the analysis's main one.
    pub(crate) fn mark_main(&mut self) {
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
    pub(crate) fn group_rows<T>(
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

/// The blocks every analysis's summary uses.
impl Summary {
    /// A group's label as a reader says it: the data's `true`/`false` of `mentored` as mentored
    /// people and others, the one group of everyone (no `by`) as everyone; other labels are data.
    pub(crate) fn group_label(&self, by: &str, group: &str) -> String {
        match (by, group) {
            ("", _) => self.t("group-everyone"),
            ("mentored", "true") => self.t("group-mentored"),
            ("mentored", "false") => self.t("group-others"),
            _ => group.to_string(),
        }
    }

    /// A Cox fit's title line and its terms; `of` is the table its subjects are rows of (people,
    /// or pairs for matching).
    pub(crate) fn cox(&mut self, title: String, of: Table, c: Option<&CoxFit>) {
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
            .count("events", c.events));
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

    pub(crate) fn warnings(&mut self, list: &[Warning]) {
        if list.is_empty() {
            return;
        }
        self.heading(Message::new("text-warnings").count("count", list.len()));
        for x in list {
            self.line(&format!("- {}", x.message));
        }
    }
}
