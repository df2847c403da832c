//! The mapping (SPEC §2.1): where each table comes from in an export as it is — its file and
//! sheet, which header holds which column, how the file spells the contract's values, its date
//! format and delimiter. One JSON document for the CLI (`--map`), the npm package (`{ mapping }`)
//! and the dashboard, checked like data: every mistake is a located problem.

use super::dates::DateFormat;
use super::ids::same_id;
use super::normalize;
use crate::error::{Error, Problem, Result};
use crate::i18n::Message;
use crate::model::schema::{self, Kind};
use crate::model::Table;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

/// A mapping is a few KB; anything near this is not one.
pub const MAX_BYTES: usize = 1 << 20;

/// The document as written.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Doc {
    date_format: Option<String>,
    delimiter: Option<String>,
    #[serde(default)]
    tables: BTreeMap<String, TableDoc>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct TableDoc {
    file: Option<String>,
    sheet: Option<String>,
    #[serde(default)]
    columns: BTreeMap<String, String>,
    #[serde(default)]
    values: BTreeMap<String, BTreeMap<String, String>>,
    date_format: Option<String>,
    delimiter: Option<String>,
}

/// A checked mapping: one entry per table, in [`Table::ALL`]' order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Mapping {
    tables: [TableMapping; Table::ALL.len()],
}

/// What the mapping says of one table (all of it optional).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TableMapping {
    pub file: Option<String>,
    pub sheet: Option<String>,
    /// (column, header in the file): a contract column, or on people an attribute's new name.
    pub columns: Vec<(String, String)>,
    /// Recodes per column: the file's value → the contract's (`""`: empty).
    pub values: Vec<(String, Recode)>,
    /// The table's own format, else the mapping's.
    pub date_format: Option<DateFormat>,
    pub delimiter: Option<u8>,
}

/// One column's recodes: the file's spelling, exact or loosely matched, to the contract's value.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Recode {
    /// The file's exact spellings, looked up once per cell of the column: a handful (most
    /// columns' values) scanned, comparing lengths first and then words, as ids are compared;
    /// more in a map with a fast fixed hasher, as the id indexes use.
    exact: Vec<(String, String)>,
    exact_map: rustc_hash::FxHashMap<String, String>,
    /// (the file's spelling normalised, the contract's value): a handful, scanned without
    /// allocating, since a cell the exact spelling misses (often a value already as the contract
    /// spells it) is looked up here on every row.
    loose: Vec<(String, String)>,
}

impl Recode {
    /// The recoded text of a cell, None when the mapping says nothing of it.
    pub fn get(&self, s: &str) -> Option<&str> {
        let exact = match self.exact_map.is_empty() {
            true => self
                .exact
                .iter()
                .find(|(k, _)| same_id(k, s))
                .map(|(_, v)| v),
            false => self.exact_map.get(s),
        };
        exact.map(String::as_str).or_else(|| {
            self.loose
                .iter()
                .find(|(k, _)| loosely_equal(k, s))
                .map(|(_, v)| v.as_str())
        })
    }

    /// Recodes the exact spelling `from` (a later recode of the same spelling wins).
    fn insert_exact(&mut self, from: String, to: String) {
        self.exact.retain(|(k, _)| *k != from);
        self.exact.push((from, to));
        if self.exact.len() > SCANNED_SPELLINGS || !self.exact_map.is_empty() {
            self.exact_map.extend(self.exact.drain(..));
        }
    }
}

/// Exact spellings up to this many are scanned, not hashed.
const SCANNED_SPELLINGS: usize = 8;

/// Whether `text`, normalised as [`normalize`] does, is `normalised` (no allocation).
fn loosely_equal(normalised: &str, text: &str) -> bool {
    normalised.chars().eq(super::normalized_chars(text))
}

impl Mapping {
    /// Reads and checks a mapping document; every mistake is a problem of the table "mapping".
    pub fn from_json(text: &str) -> Result<Mapping> {
        if text.len() > MAX_BYTES {
            return Err(Error::input(vec![problem(
                Message::new("detail-mapping-too-big").fixed("size", text.len() as f64 / 1e6, 1),
            )]));
        }
        let doc: Doc = serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| {
            let m = Message::new("detail-mapping-invalid").text("error", e.to_string());
            Error::input(vec![problem(m)])
        })?;
        let mut problems = Vec::new();
        let global_format = date_format(doc.date_format.as_deref(), "date_format", &mut problems);
        let global_delimiter = delimiter(doc.delimiter.as_deref(), "delimiter", &mut problems);
        let mut m = Mapping::default();
        for (name, t) in doc.tables {
            let found = Table::ALL
                .into_iter()
                .find(|x| normalize(x.name()) == normalize(&name));
            let Some(found) = found else {
                problems.push(problem(
                    Message::new("detail-mapping-unknown-table")
                        .text("table", name.as_str())
                        .text("tables", Table::listed()),
                ));
                continue;
            };
            m.tables[found as usize] = table(found, t, &mut problems);
            let own = &mut m.tables[found as usize];
            own.date_format = own.date_format.take().or_else(|| global_format.clone());
            own.delimiter = own.delimiter.or(global_delimiter);
        }
        for t in m.tables.iter_mut() {
            if t.date_format.is_none() {
                t.date_format = global_format.clone();
            }
            if t.delimiter.is_none() {
                t.delimiter = global_delimiter;
            }
        }
        if problems.is_empty() {
            Ok(m)
        } else {
            Err(Error::input(problems))
        }
    }

    /// What the mapping says of `table`.
    pub fn table(&self, table: Table) -> &TableMapping {
        &self.tables[table as usize]
    }
}

fn problem(detail: Message) -> Problem {
    Problem::Malformed {
        table: "mapping".into(),
        row: None,
        detail: detail.into(),
    }
}

fn date_format(text: Option<&str>, at: &str, problems: &mut Vec<Problem>) -> Option<DateFormat> {
    let text = text?;
    let f = DateFormat::parse(text);
    if f.is_none() {
        problems.push(problem(
            Message::new("detail-mapping-date-format")
                .text("at", at)
                .text("format", text),
        ));
    }
    f
}

fn delimiter(text: Option<&str>, at: &str, problems: &mut Vec<Problem>) -> Option<u8> {
    let d = match text? {
        "," => b',',
        ";" => b';',
        "\t" | "\\t" | "tab" => b'\t',
        "|" => b'|',
        other => {
            problems.push(problem(
                Message::new("detail-mapping-delimiter")
                    .text("at", at)
                    .text("delimiter", other),
            ));
            return None;
        }
    };
    Some(d)
}

/// Checks one table's entry.
fn table(of: Table, t: TableDoc, problems: &mut Vec<Problem>) -> TableMapping {
    let name = of.name();
    let at = |what: &str| format!("tables.{name}.{what}");
    let columns = schema::columns(of);
    // A key names a contract column (loosely) or, on people, an attribute's new name.
    let target = |key: &str, what: &str, problems: &mut Vec<Problem>| -> Option<String> {
        let found = columns
            .iter()
            .find(|(c, ..)| normalize(c) == normalize(key))
            .map(|(c, ..)| c.to_string());
        match found {
            Some(c) => Some(c),
            None if of == Table::People && !normalize(key).is_empty() => {
                Some(crate::text::snake_name(key))
            }
            None => {
                problems.push(problem(
                    Message::new("detail-mapping-unknown-column")
                        .text("at", at(what))
                        .text("key", key)
                        .text("table", name)
                        .text(
                            "columns",
                            columns
                                .iter()
                                .map(|(c, ..)| *c)
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                ));
                None
            }
        }
    };
    let mut mapped = Vec::new();
    let mut by_header: HashMap<String, String> = HashMap::new();
    for (key, header) in &t.columns {
        let Some(column) = target(key, "columns", problems) else {
            continue;
        };
        if normalize(header).is_empty() {
            problems.push(problem(
                Message::new("detail-mapping-empty-header")
                    .text("at", at("columns"))
                    .text("column", column.as_str()),
            ));
            continue;
        }
        if let Some(first) = by_header.insert(normalize(header), column.clone()) {
            problems.push(problem(
                Message::new("detail-mapping-header-twice")
                    .text("at", at("columns"))
                    .text("first", first.as_str())
                    .text("column", column.as_str())
                    .text("header", header.as_str()),
            ));
            continue;
        }
        mapped.push((column, header.clone()));
    }
    let mut values = Vec::new();
    for (key, recodes) in &t.values {
        let Some(column) = target(key, "values", problems) else {
            continue;
        };
        let kind = columns
            .iter()
            .find(|(c, ..)| *c == column)
            .map(|(_, k, _)| *k);
        let mut recode = Recode::default();
        for (from, to) in recodes {
            if let (Some(Kind::Choice(names)), false) = (kind, to.is_empty()) {
                if !names.iter().any(|n| normalize(n) == normalize(to)) {
                    problems.push(problem(
                        Message::new("detail-mapping-recode")
                            .text("at", format!("{}.{column}", at("values")))
                            .text("from", from.as_str())
                            .text("to", to.as_str())
                            .text("values", super::quoted(names)),
                    ));
                    continue;
                }
            }
            recode.insert_exact(from.trim().to_string(), to.clone());
            recode.loose.push((normalize(from), to.clone()));
        }
        values.push((column, recode));
    }
    TableMapping {
        file: t.file.filter(|f| !f.trim().is_empty()),
        sheet: t.sheet.filter(|s| !s.trim().is_empty()),
        columns: mapped,
        values,
        date_format: date_format(t.date_format.as_deref(), &at("date_format"), problems),
        delimiter: delimiter(t.delimiter.as_deref(), &at("delimiter"), problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(text: &str) -> String {
        Mapping::from_json(text).unwrap_err().to_string()
    }

    /// A handful of spellings (scanned) or many (hashed): each finds its value, the last recode
    /// of a spelling wins, and a spelling alike but for its length or a late byte is not found.
    #[test]
    fn exact_spellings_are_found_however_many() {
        for n in [1, SCANNED_SPELLINGS, SCANNED_SPELLINGS + 1, 40] {
            let mut recode = Recode::default();
            for k in 0..n {
                recode.insert_exact(format!("Cancelled by user {k}"), format!("old {k}"));
            }
            recode.insert_exact("Cancelled by user 0".into(), "cancelled".into());
            assert_eq!(recode.get("Cancelled by user 0"), Some("cancelled"), "{n}");
            for k in 1..n {
                assert_eq!(
                    recode.get(&format!("Cancelled by user {k}")),
                    Some(format!("old {k}").as_str())
                );
            }
            assert_eq!(recode.get("Cancelled by user"), None);
            assert_eq!(recode.get(&format!("Cancelled by user {n}")), None);
        }
    }

    #[test]
    fn the_contracts_example_reads() {
        let m = Mapping::from_json(
            r#"{ "date_format": "M/D/YYYY",
                 "tables": {
                   "people": { "file": "hris.xlsx", "sheet": "Employees",
                               "columns": { "person_id": "Employee ID", "exit_date": "Termination Date", "department": "Org Unit" },
                               "values": { "exit_type": { "Resignation": "voluntary", "Dismissal": "involuntary" } } },
                   "sessions": { "file": "meetings.csv", "date_format": "DD.MM.YYYY", "delimiter": ";" } } }"#,
        )
        .unwrap();
        let people = m.table(Table::People);
        assert_eq!(people.sheet.as_deref(), Some("Employees"));
        assert_eq!(people.columns.len(), 3);
        assert_eq!(people.values[0].1.get("Resignation"), Some("voluntary"));
        assert_eq!(people.values[0].1.get(" resignation "), Some("voluntary"));
        assert_eq!(people.date_format.as_ref().unwrap().to_string(), "M/D/YYYY");
        let sessions = m.table(Table::Sessions);
        assert_eq!(
            sessions.date_format.as_ref().unwrap().to_string(),
            "DD.MM.YYYY"
        );
        assert_eq!(sessions.delimiter, Some(b';'));
        assert_eq!(
            m.table(Table::Goals)
                .date_format
                .as_ref()
                .unwrap()
                .to_string(),
            "M/D/YYYY"
        );
    }

    #[test]
    fn mistakes_are_located_problems() {
        let e = refused(r#"{ "tables": { "peeple": {} } }"#);
        assert!(e.contains("mapping: unknown table \"peeple\""), "{e}");
        let e = refused(r#"{ "tables": { "pairs": { "columns": { "mentor": "Mentor ID" } } } }"#);
        assert!(e.contains("tables.pairs.columns names \"mentor\""), "{e}");
        let e = refused(
            r#"{ "tables": { "people": { "values": { "exit_type": { "Quit": "resigned" } } } } }"#,
        );
        assert!(e.contains("recodes \"Quit\" to \"resigned\""), "{e}");
        let e = refused(r#"{ "date_format": "QQ/YYYY" }"#);
        assert!(e.contains("\"QQ/YYYY\" is not a date format"), "{e}");
        let e = refused(
            r#"{ "tables": { "people": { "columns": { "exit_date": "End", "exit_type": "end" } } } }"#,
        );
        assert!(e.contains("maps both exit_date and exit_type"), "{e}");
        let e = refused(r#"{ "tables": {}, "colums": {} }"#);
        assert!(e.contains("unknown field `colums`"), "{e}");
        let e = refused(&format!("{{\"x\": \"{}\"}}", "a".repeat(MAX_BYTES)));
        assert!(e.contains("at most 1 MB"), "{e}");
        let e = refused(r#"{ "delimiter": "::" }"#);
        assert!(e.contains("\"::\" is not a delimiter"), "{e}");
        assert!(refused("[1,2]").contains("is not a valid mapping"));
    }

    #[test]
    fn people_keys_outside_the_contract_rename_attributes() {
        let m = Mapping::from_json(
            r#"{ "tables": { "people": { "columns": { "Org Unit": "Dept" } } } }"#,
        )
        .unwrap();
        assert_eq!(
            m.table(Table::People).columns,
            vec![("org_unit".into(), "Dept".into())]
        );
    }
}
