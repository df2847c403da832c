//! The report: every analysis in one object (SPEC §4.5). An analysis whose tables were not loaded,
//! or that cannot be computed on this data, is `null` and its reason is a warning.

use super::findings::summarise_findings;
use super::findings::{findings, Finding, Sources};
use super::goals::{regrouped, Goals};
use super::options::{rows, Analysis, Part, Rows};
use super::{analyses, IsoDate, Params, View};
use crate::document::{Block, Summarised, Summary};
use crate::error::{Error, Result};
use crate::i18n::{Locale, Localize, Message};
use crate::model::date::Day;
use crate::model::Table;
use crate::model::{Dataset, RowCounts};
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

/// The report of every analysis of [`analyses`]: the struct, its translation and its making.
macro_rules! report {
    ($($(#[$doc:meta])* $name:ident: $options:ty, $ts_options:literal => $ts_result:literal;)*) => {
        /// Everything, for one set of parameters.
        #[derive(Debug, Clone, Serialize)]
        pub struct Report {
            pub meta: Meta,
            pub warnings: Vec<Warning>,
            /// What the analyses say, most urgent first (SPEC §4.8).
            pub findings: Vec<Finding>,
            $(pub $name: Option<<$options as Analysis>::Output>,)*
        }

        impl Localize for Report {
            fn localize(&mut self, locale: Locale) {
                self.meta.localize(locale);
                self.warnings.localize(locale);
                self.findings.localize(locale);
                $(self.$name.localize(locale);)*
            }
        }

        /// Every analysis on one view of the data: each run as [`Part`] says (one that cannot be
        /// computed is a warning), their warnings gathered, the findings drawn from them, and each
        /// result kept as the report shows it.
        fn report_on(view: &View<'_>, params: &Params) -> Result<Report> {
            let mut warnings = view.warnings.clone();
            let mut r = Report {
                meta: meta_of(view.loaded, params, view.as_of),
                warnings: Vec::new(),
                findings: Vec::new(),
                $($name: part(
                    <$options as Analysis>::NAME,
                    <$options as Part>::in_report(view, params),
                    &mut warnings,
                )?,)*
            };
            $(if let Some(a) = r.$name.as_mut() {
                absorb(&mut warnings, a.warnings_mut());
            })*
            let by_program = by_program(view, params, r.goals.as_ref());
            r.findings = findings(Sources {
                goals_by_program: by_program
                    .as_ref()
                    .or(r.goals.as_ref().filter(|g| g.by == ["program"])),
                $($name: r.$name.as_ref(),)*
            });
            $(if let Some(a) = r.$name.as_mut() {
                <$options as Part>::kept(a);
            })*
            r.warnings = warnings;
            Ok(r)
        }
    };
}

analyses!(report);

impl Localize for Meta {
    fn localize(&mut self, locale: Locale) {
        self.inputs.localize(locale);
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
    let goals = goals_result.filter(|g| g.by != ["program"])?;
    let params = Params {
        by: vec!["program".to_string()],
        ..params.clone()
    };
    regrouped(goals, view, &params).ok()
}

/// The findings alone, with the warnings of the analyses behind them.
#[derive(Debug, Clone, Serialize)]
pub struct FindingsResult {
    pub as_of: IsoDate,
    pub findings: Vec<Finding>,
    pub warnings: Vec<Warning>,
}

/// `report` has no options of its own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportOptions {}

impl Analysis for ReportOptions {
    const NAME: &'static str = "report";
    type Output = Report;
    const ABOUT: &'static str = "Every analysis in one object: meta (as_of, row counts, version), warnings, findings, and the analyses. As text: the findings, then a short summary of each analysis";

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
    const ABOUT: &'static str =
        "What the analyses say, in sentences with the numbers behind them, most urgent first";
    const TABLES: &'static [Rows] = &[rows(
        "findings",
        "a row per finding, most urgent first",
        &["findings"],
    )];

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

// The report as a program manager reads it: its summary as text and on the page.

/// The report: its meta and findings, then each analysis of [`analyses`] in its order.
macro_rules! report_summary {
    ($($(#[$doc:meta])* $name:ident: $options:ty, $ts_options:literal => $ts_result:literal;)*) => {
        impl Summarised for Report {
            fn summarise(&self, s: &mut Summary) {
                summarise_meta(s, &self.meta);
                summarise_findings(s, &self.findings);
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
        summarise_findings(s, &self.findings);
    }

    fn warnings(&self) -> &[Warning] {
        &self.warnings
    }
}

fn summarise_meta(s: &mut Summary, m: &Meta) {
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
    let title = s.m(title);
    s.blocks.push(Block::Title(title));
    for u in &m.inputs.unused_files {
        let file = match &u.sheet {
            Some(sheet) => Message::new("origin-sheet")
                .text("file", u.file.as_str())
                .text("sheet", sheet.as_str()),
            None => Message::new("origin-file").text("file", u.file.as_str()),
        };
        let line = s.m(Message::new("text-not-read")
            .phrase("file", file)
            .text("why", u.why.as_str()));
        s.line(&line);
    }
}

#[cfg(test)]
mod tests {
    /// Each analysis of the report: its field and the TypeScript name of its result.
    macro_rules! ts_results {
        ($($(#[$doc:meta])* $name:ident: $options:ty, $ts_options:literal => $ts_result:literal;)*) => {
            vec![$(format!("  {}: {} | null;", stringify!($name), $ts_result),)*]
        };
    }

    /// The body of `export interface {name}` in the TypeScript types.
    fn interface<'a>(types: &'a str, name: &str) -> &'a str {
        let start = types
            .find(&format!("export interface {name} {{"))
            .unwrap_or_else(|| panic!("no interface {name}"));
        &types[start..start + types[start..].find("\n}").unwrap()]
    }

    /// The TypeScript `Report` has the report's analyses, in its order, each with its result type;
    /// a finding's `analysis` names one of them.
    #[test]
    fn the_typescript_report_lists_the_analyses() {
        use super::super::analyses;
        let types = include_str!("../wasm/types.d.ts");
        let report = interface(types, "Report");
        let fields: Vec<&str> = report
            .lines()
            .skip_while(|l| !l.starts_with("  findings:"))
            .skip(1)
            .collect();
        assert_eq!(fields, analyses!(ts_results));
        let finding = interface(types, "Finding");
        let line = finding
            .lines()
            .find(|l| l.starts_with("  analysis:"))
            .unwrap();
        let named: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
        let ours: Vec<String> = fields
            .iter()
            .map(|f| f.trim().split(':').next().unwrap().to_string())
            .collect();
        assert_eq!(named, ours);
    }
}
