//! XLSX (and XLS / ODS) workbooks → [`RawTable`]s with calamine: one sheet per table (sheet named
//! after the table), or one file per table (its first sheet). Cells become the text CSV would hold:
//! dates as `YYYY-MM-DD`, whole numbers without a decimal point.

use super::normalize;
use super::raw::RawTable;
use crate::error::{Error, Problem, Result};
use crate::model::TABLES;
use calamine::{Data, Reader};
use std::io::Cursor;

fn malformed(table: &str, detail: String) -> Box<Problem> {
    Box::new(Problem::Malformed {
        table: table.to_string(),
        row: None,
        detail,
    })
}

fn open(
    bytes: &[u8],
    what: &str,
) -> std::result::Result<calamine::Sheets<Cursor<Vec<u8>>>, Box<Problem>> {
    calamine::open_workbook_auto_from_rs(Cursor::new(bytes.to_vec()))
        .map_err(|e| malformed(what, format!("is not a readable spreadsheet ({e})")))
}

/// The tables of a workbook whose sheets are named after them (`People`, `pairs`, ...); other
/// sheets are ignored.
pub fn workbook(bytes: &[u8]) -> Result<Vec<(&'static str, RawTable)>> {
    let mut book = open(bytes, "workbook").map_err(|p| Error::input(vec![*p]))?;
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for name in book.sheet_names() {
        let Some(table) = TABLES
            .iter()
            .copied()
            .find(|t| normalize(t) == normalize(&name))
        else {
            continue;
        };
        match book.worksheet_range(&name) {
            Ok(range) => out.push((table, to_raw(&range))),
            Err(e) => problems.push(*malformed(
                table,
                format!("sheet \"{name}\" cannot be read ({e})"),
            )),
        }
    }
    if !problems.is_empty() {
        return Err(Error::input(problems));
    }
    if out.is_empty() {
        return Err(Error::input(vec![*malformed(
            "workbook",
            format!(
                "has no sheet named after a table (expected sheets named {})",
                TABLES.join(", ")
            ),
        )]));
    }
    Ok(out)
}

/// The first sheet of a one-table file.
pub fn first_sheet(table: &str, bytes: &[u8]) -> std::result::Result<RawTable, Box<Problem>> {
    let mut book = open(bytes, table)?;
    match book.worksheet_range_at(0) {
        Some(Ok(range)) => Ok(to_raw(&range)),
        Some(Err(e)) => Err(malformed(
            table,
            format!("first sheet cannot be read ({e})"),
        )),
        None => Err(malformed(table, "the workbook has no sheets".to_string())),
    }
}

fn to_raw(range: &calamine::Range<Data>) -> RawTable {
    let mut rows = range
        .rows()
        .map(|r| r.iter().map(cell_text).collect::<Vec<_>>());
    let mut headers: Vec<String> = rows.next().unwrap_or_default();
    // Trailing header cells left blank are formatting, not columns.
    while headers.last().is_some_and(String::is_empty) {
        headers.pop();
    }
    let width = headers.len();
    let mut raw = RawTable::new(headers);
    for mut r in rows.filter(|r| r.iter().any(|c| !c.is_empty())) {
        r.resize(width.max(r.len()), String::new());
        // Cells beyond the header are kept only when they hold something, so the width check
        // in the typed layer reports them.
        while r.len() > width && r.last().is_some_and(String::is_empty) {
            r.pop();
        }
        raw.push_row(r.iter().map(String::as_str));
    }
    raw
}

fn cell_text(c: &Data) -> String {
    match c {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{d:02}")
        }
        Data::DateTime(dt) => dt.as_f64().to_string(),
        Data::Error(e) => format!("#{e:?}"),
    }
}
