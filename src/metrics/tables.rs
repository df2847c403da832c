//! Analysis results as tables by name (`risk`, `drivers`, `goals_overdue`, ...), for SQL beside
//! the data's tables (SPEC §6, the notebook). A table is a list in an analysis's result as the CLI
//! writes it (snake_case JSON, sentences in the reader's language), one row per item: nested
//! objects become columns (`completion_rate`, `completion_rate_ci_low`, ...), lists of sentences
//! one text, lists of ids one text, and other lists are tables of their own.

use super::matching::SuggestOptions;
use super::options::{Analysis, Call, Rows};
use super::projection::{self, Node, Path};
use super::report::FindingsOptions;
use super::{analyses, Params, View};
use crate::error::{Error, Result};
use crate::model::columns::RowTable;
use crate::model::Dataset;
use crate::warning::InLocale;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::sync::LazyLock;

/// A result table ([`Rows`]) with the analysis it comes from.
pub struct ResultTable {
    pub at: &'static Rows,
    /// How its analysis runs (each runs once however many of its tables a query names).
    analysis: fn() -> Runs,
}

impl ResultTable {
    pub fn name(&self) -> &'static str {
        self.at.name
    }

    /// Its rows in the result of its analysis.
    fn rows(&self, result: &Node) -> RowTable {
        let path = Path {
            steps: self.at.path,
            carry: self.at.carry,
            each: self.at.each,
        };
        projection::rows(result, &path, self.at.name)
    }
}

/// The tables of analysis `A`.
fn of<A: Analysis>() -> impl Iterator<Item = ResultTable> {
    A::TABLES.iter().map(|at| ResultTable {
        at,
        analysis: runs::<A>,
    })
}

/// The report's analyses' tables ([`analyses`]), then the suggestions' and the findings'.
macro_rules! every_table {
    ($($(#[$doc:meta])* $name:ident: $options:ty, $ts_options:literal => $ts_result:literal;)*) => {
        std::iter::empty()
            $(.chain(of::<$options>()))*
            .chain(of::<SuggestOptions>())
            .chain(of::<FindingsOptions>())
            .collect()
    };
}

/// Every result table, by the analysis it comes from.
pub static RESULT_TABLES: LazyLock<Vec<ResultTable>> = LazyLock::new(|| analyses!(every_table));

/// The result tables a query reads: a name right after `FROM` or `JOIN` (in any case, quoted or
/// not), so that a column of the same name (`SELECT retention FROM people`) runs no analysis;
/// except those in `given` (tables the caller passes, which come first).
pub fn named_in(query: &str, given: &[&str]) -> Vec<&'static ResultTable> {
    let words: Vec<String> = query
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let read: Vec<&str> = words
        .windows(2)
        .filter(|w| w[0] == "from" || w[0] == "join")
        .map(|w| w[1].as_str())
        .collect();
    RESULT_TABLES
        .iter()
        .filter(|t| read.contains(&t.name()))
        .filter(|t| !given.iter().any(|g| g.eq_ignore_ascii_case(t.name())))
        .collect()
}

/// The rows of `tables`, each analysis run once with `params`, on one view of the data
/// (sentences in `locale`).
pub fn result_tables(
    d: &Dataset,
    params: &Params,
    locale: Option<&str>,
    tables: &[&ResultTable],
) -> Result<Vec<RowTable>> {
    if tables.is_empty() {
        return Ok(Vec::new());
    }
    let view = params.view(d)?;
    let mut results: Vec<(&str, Node)> = Vec::new();
    let mut out = Vec::with_capacity(tables.len());
    for t in tables {
        let runs = (t.analysis)();
        let i = match results.iter().position(|(a, _)| *a == runs.name) {
            Some(i) => i,
            None => {
                results.push((runs.name, (runs.at_defaults)(&view, params, locale)?));
                results.len() - 1
            }
        };
        out.push(t.rows(&results[i].1));
    }
    Ok(out)
}

/// How a table's analysis runs: at its defaults on a view (for SQL), or as a caller asked.
struct Runs {
    /// Its name, as its method and its errors say it.
    name: &'static str,
    /// At its default options, on a view at `params`, in `locale`.
    at_defaults: fn(&View<'_>, &Params, Option<&str>) -> Result<Node>,
    /// With a caller's options, as the analysis's own method reads them (`null`: every default).
    called: fn(&Dataset, Value) -> Result<Node>,
}

fn runs<A: Analysis>() -> Runs {
    Runs {
        name: A::NAME,
        at_defaults: |view, params, locale| tree(A::default().run_on(view, params)?, locale),
        called: |d, given| {
            let c = Call::<A>::from_json(A::NAME, given)?;
            tree(c.options.run(d, &c.params)?, c.locale.as_deref())
        },
    }
}

/// A result in `locale`, as the tree its tables are read from.
fn tree<R: Serialize + InLocale>(result: R, locale: Option<&str>) -> Result<Node> {
    Node::of(&result.in_locale(locale)).map_err(|e| Error::Sql(e.to_string()))
}

/// The rows of the result table `name`, its analysis run with `options` as that analysis's
/// method takes them (`{ asOf, minGroupSize, by, locale }` and its own): the notebook's analysis
/// cells, the same rows SQL reads by that name.
pub fn result_rows(d: &Dataset, name: &str, options: Value) -> Result<RowTable> {
    let t = RESULT_TABLES
        .iter()
        .find(|t| t.name() == name)
        .ok_or_else(|| {
            let names: Vec<&str> = RESULT_TABLES.iter().map(ResultTable::name).collect();
            Error::Usage(format!(
                "no result table \"{name}\" (there are: {})",
                names.join(", ")
            ))
        })?;
    Ok(t.rows(&((t.analysis)().called)(d, options)?))
}

/// A result table as the notebook lists it: its name, its rows, and the analysis whose options it
/// takes.
#[derive(Debug, Clone, Serialize)]
pub struct Listed {
    pub name: &'static str,
    pub rows: &'static str,
    pub analysis: &'static str,
}

/// Every result table, listed.
pub fn listed() -> Vec<Listed> {
    RESULT_TABLES
        .iter()
        .map(|t| Listed {
            name: t.at.name,
            rows: t.at.rows,
            analysis: (t.analysis)().name,
        })
        .collect()
}

/// What a SQL call is asked for besides the [`super::options::Shared`] options.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SqlOptions {
    /// Tables given as rows by name (a notebook cell's output), read by the SQL module.
    pub tables: Option<Value>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{generate, Options};
    use crate::metrics::goals::{goals, GoalOptions};
    use crate::metrics::risk::{risk, Learn, RiskConfig};

    fn sample() -> Dataset {
        generate(Options {
            seed: 11,
            people: 400,
            ..Options::default()
        })
        .dataset
    }

    #[test]
    fn a_query_names_the_tables_it_uses() {
        let names = |q: &str, given: &[&str]| -> Vec<&str> {
            named_in(q, given).iter().map(|t| t.name()).collect()
        };
        assert_eq!(
            names(
                "SELECT r.pair_id FROM RISK r JOIN engagement_pairs e USING (pair_id)",
                &[]
            ),
            ["engagement_pairs", "risk"]
        );
        // `goals` is the data's table; `risk_score` is no table; a column named like a result
        // is no table; a table the caller gives wins.
        assert!(names("SELECT risk_score FROM goals", &[]).is_empty());
        assert!(names("SELECT retention, risk FROM people WHERE findings > 1", &[]).is_empty());
        assert_eq!(
            names("WITH x AS (SELECT * FROM \"drivers\") SELECT * FROM x", &[]),
            ["drivers"]
        );
        assert!(names("SELECT * FROM risk", &["Risk"]).is_empty());
    }

    /// The TypeScript union of the names (src/wasm/types.d.ts) is these names, no more.
    #[test]
    fn typescript_names_the_same_tables() {
        let types = include_str!("../wasm/types.d.ts");
        let start = types.find("export type ResultTableName =").unwrap();
        let union = &types[start..start + types[start..].find(';').unwrap()];
        let named: Vec<&str> = union.split('"').skip(1).step_by(2).collect();
        let ours: Vec<&str> = RESULT_TABLES.iter().map(|t| t.name()).collect();
        assert_eq!(named, ours);
    }

    #[test]
    fn rows_are_the_results_items_with_their_fields_as_columns() {
        let d = sample();
        let p = Params::default();
        let wanted: Vec<&ResultTable> = ["risk", "goals_overdue", "retention_curves", "drivers"]
            .iter()
            .map(|n| RESULT_TABLES.iter().find(|t| t.name() == *n).unwrap())
            .collect();
        let t = result_tables(&d, &p, None, &wanted).unwrap();

        let r = risk(&d, &p, &RiskConfig::default(), Learn::Auto).unwrap();
        assert_eq!(t[0].len, r.pairs.len());
        let first = &t[0].rows()[0];
        assert_eq!(first["pair_id"], r.pairs[0].pair_id.as_str());
        assert_eq!(first["score"].as_f64(), Some(r.pairs[0].score));
        let reasons: Vec<&str> = r.pairs[0].reasons.iter().map(|x| x.text.as_str()).collect();
        assert_eq!(first["reasons"], reasons.join("; "));

        let g = goals(&d, &p, GoalOptions::default()).unwrap();
        let overdue: Vec<String> = t[1]
            .rows()
            .iter()
            .map(|r| r["goal_id"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(overdue, g.overall.overdue);

        // A curve's steps carry their group; an estimate is its value and interval.
        let curves = t[2].rows();
        assert!(curves
            .iter()
            .all(|r| r.contains_key("group") && r.contains_key("survival")));
        let drivers = &t[3].rows()[0];
        assert!(
            drivers.contains_key("hazard_ratio") && drivers.contains_key("hazard_ratio_ci_low")
        );
        assert!(!drivers.contains_key("hazard_ratio_method") && !drivers.contains_key("levels"));
        for table in &t {
            table.columns().unwrap();
        }
    }

    /// Every table of a whole program reads as columns for SQL.
    #[test]
    fn every_table_becomes_columns() {
        let d = sample();
        let all: Vec<&ResultTable> = RESULT_TABLES.iter().collect();
        let t = result_tables(&d, &Params::default(), None, &all).unwrap();
        for table in &t {
            let c = table.columns().unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(c.name, table.name);
        }
        let named = |n: &str| t.iter().find(|t| t.name == n).unwrap().len;
        for n in [
            "findings",
            "risk",
            "drivers",
            "suggestions",
            "engagement_periods",
        ] {
            assert!(named(n) > 0, "{n} has rows");
        }
    }

    #[test]
    fn sentences_come_in_the_locale_asked_for() {
        let d = sample();
        let findings = RESULT_TABLES
            .iter()
            .find(|t| t.name() == "findings")
            .unwrap();
        let en = result_tables(&d, &Params::default(), None, &[findings]).unwrap();
        let de = result_tables(&d, &Params::default(), Some("de"), &[findings]).unwrap();
        assert_eq!(en[0].len, de[0].len);
        assert_eq!(en[0].rows()[0]["id"], de[0].rows()[0]["id"]);
        assert_ne!(en[0].rows()[0]["text"], de[0].rows()[0]["text"]);
    }

    /// A table by name is its analysis run with the options given, the shared ones and its own,
    /// read as its method reads them.
    #[test]
    fn a_table_by_name_takes_its_analysis_options() {
        let d = sample();
        let by_department = result_rows(
            &d,
            "goals_by_group",
            serde_json::json!({ "by": "department", "locale": "de", "stalledDays": 30 }),
        )
        .unwrap();
        let g = goals(
            &d,
            &Params {
                by: vec!["department".into()],
                ..Params::default()
            },
            GoalOptions { stalled_days: 30 },
        )
        .unwrap();
        let groups: Vec<String> = by_department
            .rows()
            .iter()
            .map(|r| r["group"].as_str().unwrap().to_string())
            .collect();
        let expected: Vec<&str> = g.groups.iter().map(|x| x.group.as_str()).collect();
        assert!(!groups.is_empty());
        assert_eq!(groups, expected);
        // Without `by`, no groups; the same rows SQL reads at the defaults.
        assert_eq!(
            result_rows(&d, "goals_by_group", Value::Null).unwrap().len,
            0
        );
        let risk_table = RESULT_TABLES.iter().find(|t| t.name() == "risk").unwrap();
        let sql = result_tables(&d, &Params::default(), None, &[risk_table]).unwrap();
        assert_eq!(result_rows(&d, "risk", Value::Null).unwrap(), sql[0]);

        let unknown = result_rows(&d, "goal_summary", Value::Null).unwrap_err();
        assert!(unknown.to_string().contains("goals_summary"), "{unknown}");
        let misspelt = result_rows(&d, "goals_summary", serde_json::json!({ "stalledDayz": 3 }))
            .unwrap_err()
            .to_string();
        assert!(
            misspelt.contains("goals: unknown option \"stalledDayz\"")
                && misspelt.contains("stalledDays"),
            "{misspelt}"
        );
        assert!(listed()
            .iter()
            .any(|t| t.name == "retention_cox" && t.analysis == "retention"));
    }
}
