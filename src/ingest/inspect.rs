//! What an export holds, for building a mapping by hand (the dashboard's mapping step, SPEC §2.1):
//! each file's (or sheet's) headers, a few rows, the values each column takes and the date format
//! it reads in; the contract's columns of every table; and a first mapping guessed from names.

use super::dates;
use super::files::{places, InputFile};
use super::mapping::Mapping;
use super::raw::RawTable;
use super::{normalize, resemble};
use crate::error::Result;
use crate::model::schema::{self, Kind};
use crate::model::Table;
use serde::Serialize;
use std::collections::BTreeMap;

/// Rows of a file shown as its preview.
const PREVIEW_ROWS: usize = 5;
/// Distinct values listed per column: enough to recode a status, not a list of names.
const MAX_VALUES: usize = 12;

/// An export, inspected.
#[derive(Debug, Clone, Serialize)]
pub struct Inspection {
    pub files: Vec<FileView>,
    /// The contract's columns, per table.
    pub tables: BTreeMap<&'static str, Vec<ContractColumn>>,
    /// A mapping guessed from names (files and sheets named after tables, headers matching or
    /// resembling columns); the same JSON a mapping file holds.
    pub suggested: serde_json::Value,
}

/// One file or sheet.
#[derive(Debug, Clone, Serialize)]
pub struct FileView {
    pub file: String,
    pub sheet: Option<String>,
    /// The table it feeds (by its name or the mapping given), else the one its headers look like.
    pub table: Option<Table>,
    pub headers: Vec<String>,
    pub rows: usize,
    pub preview: Vec<Vec<String>>,
    pub columns: Vec<ColumnView>,
    /// Why it could not be read, when it could not.
    pub problem: Option<String>,
}

/// One header's values.
#[derive(Debug, Clone, Serialize)]
pub struct ColumnView {
    pub header: String,
    /// Up to [`MAX_VALUES`] distinct values, most frequent first; `more` when there are others.
    pub values: Vec<String>,
    pub more: bool,
    /// Whether every non-empty cell is an ISO date, and the other formats every cell fits.
    pub iso_dates: bool,
    pub date_formats: Vec<&'static str>,
}

/// A column of the contract.
#[derive(Debug, Clone, Serialize)]
pub struct ContractColumn {
    pub column: &'static str,
    pub required: bool,
    /// `"id"`, `"text"`, `"date"`, `"number"`, `"choice"` or `"reference"`.
    pub kind: &'static str,
    /// The values a choice column takes.
    pub choices: Vec<&'static str>,
}

/// Inspects `files` as `mapping` places them.
pub fn inspect(files: Vec<InputFile<'_>>, mapping: &Mapping) -> Result<Inspection> {
    let mut read = places(files, mapping)?;
    guess_tables(&mut read);
    let mut suggested = serde_json::Map::new();
    let mut views = Vec::new();
    for r in read {
        let view = match &r.raw {
            Ok(raw) => file_view(&r.file, r.sheet.clone(), r.table, raw),
            Err(problem) => FileView {
                file: r.file.clone(),
                sheet: r.sheet.clone(),
                table: r.table,
                headers: Vec::new(),
                rows: 0,
                preview: Vec::new(),
                columns: Vec::new(),
                problem: Some(problem.clone()),
            },
        };
        if let (Some(table), Ok(raw)) = (r.table, &r.raw) {
            suggested.insert(
                table.name().to_string(),
                suggest(table, &r.file, &r.sheet, raw),
            );
        }
        views.push(view);
    }
    Ok(Inspection {
        files: views,
        tables: Table::ALL
            .into_iter()
            .map(|t| (t.name(), contract(t)))
            .collect(),
        suggested: serde_json::json!({ "tables": suggested }),
    })
}

/// The header of `raw` for `table`'s `column`: the one matching it loosely, else the first not
/// `taken` that resembles it.
fn header_for(table: Table, column: &str, raw: &RawTable, taken: &[usize]) -> Option<usize> {
    let exact = raw
        .headers
        .iter()
        .position(|h| normalize(h) == normalize(column));
    exact
        .or_else(|| {
            (0..raw.headers.len()).find(|i| {
                !taken.contains(i) && resemble::resembles(table, column, &raw.headers[*i])
            })
        })
        .filter(|i| !taken.contains(i))
}

/// Gives each file that feeds no table the table whose required columns its headers all hold
/// (matching or resembling), the one with the most columns found, when no file feeds it yet.
fn guess_tables(read: &mut [super::files::Placed]) {
    for i in 0..read.len() {
        let Ok(raw) = &read[i].raw else { continue };
        if read[i].table.is_some() {
            continue;
        }
        let fed: Vec<Table> = read.iter().filter_map(|r| r.table).collect();
        let best = Table::ALL
            .into_iter()
            .filter(|t| !fed.contains(t))
            .filter_map(|t| {
                let mut taken = Vec::new();
                let mut required = true;
                for (column, _, needed) in schema::columns(t) {
                    match header_for(t, column, raw, &taken) {
                        Some(at) => taken.push(at),
                        None => required &= !needed,
                    }
                }
                required.then_some((t, taken.len()))
            })
            .max_by_key(|(_, found)| *found);
        read[i].table = best.map(|(t, _)| t);
    }
}

fn contract(table: Table) -> Vec<ContractColumn> {
    schema::columns(table)
        .into_iter()
        .map(|(column, kind, required)| ContractColumn {
            column,
            required,
            kind: match kind {
                Kind::Id => "id",
                Kind::Text => "text",
                Kind::Date => "date",
                Kind::Number { .. } => "number",
                Kind::Choice(_) => "choice",
                Kind::Ref(_) => "reference",
            },
            choices: match kind {
                Kind::Choice(names) => names.to_vec(),
                _ => Vec::new(),
            },
        })
        .collect()
}

fn file_view(file: &str, sheet: Option<String>, table: Option<Table>, raw: &RawTable) -> FileView {
    let preview = raw
        .rows()
        .take(PREVIEW_ROWS)
        .map(|r| (0..r.len()).map(|j| r.get(j).to_string()).collect())
        .collect();
    let columns = (0..raw.headers.len())
        .map(|j| column_view(raw, j))
        .collect();
    FileView {
        file: file.to_string(),
        sheet,
        table,
        headers: raw.headers.clone(),
        rows: raw.len(),
        preview,
        columns,
        problem: None,
    }
}

fn column_view(raw: &RawTable, j: usize) -> ColumnView {
    let cells: Vec<&str> = raw
        .rows()
        .map(|r| crate::model::trim(r.get(j)))
        .filter(|s| !s.is_empty())
        .collect();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &cells {
        *counts.entry(c).or_default() += 1;
    }
    let mut by_count: Vec<(&str, usize)> = counts.into_iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let iso_dates =
        !cells.is_empty() && cells.iter().all(|c| crate::model::date::parse(c).is_some());
    let date_formats = if cells.is_empty() || iso_dates {
        Vec::new()
    } else {
        dates::looks_like(cells.iter().copied())
    };
    ColumnView {
        header: raw.headers[j].clone(),
        more: by_count.len() > MAX_VALUES,
        values: by_count
            .into_iter()
            .take(MAX_VALUES)
            .map(|(v, _)| v.to_string())
            .collect(),
        iso_dates,
        date_formats,
    }
}

/// A table's entry of the suggested mapping: its file and sheet, and for each contract column
/// the header that matches it loosely or, failing that, resembles it.
fn suggest(table: Table, file: &str, sheet: &Option<String>, raw: &RawTable) -> serde_json::Value {
    let mut columns = serde_json::Map::new();
    let mut taken: Vec<usize> = Vec::new();
    for (column, ..) in schema::columns(table) {
        if let Some(i) = header_for(table, column, raw, &taken) {
            taken.push(i);
            columns.insert(column.to_string(), raw.headers[i].clone().into());
        }
    }
    let mut entry = serde_json::json!({ "file": file, "columns": columns });
    if let Some(s) = sheet {
        entry["sheet"] = s.clone().into();
    }
    // A date format every date column of the file reads in, when one does.
    let formats: Vec<&str> = schema::columns(table)
        .into_iter()
        .filter(|(_, kind, _)| *kind == Kind::Date)
        .filter_map(|(column, ..)| {
            let header = columns.get(column)?.as_str()?;
            let j = raw.headers.iter().position(|h| h == header)?;
            column_view(raw, j).date_formats.first().copied()
        })
        .collect();
    if let Some(f) = formats.first().filter(|f| formats.iter().all(|g| g == *f)) {
        entry["date_format"] = (*f).into();
    }
    entry
}
