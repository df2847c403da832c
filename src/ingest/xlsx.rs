//! XLSX (and XLS / ODS) workbooks → [`RawTable`]s with calamine: a sheet per table (`files` decides
//! which), or one file per table (its first sheet). Cells become the text CSV would hold: dates as
//! `YYYY-MM-DD`, whole numbers without a decimal point.

use super::raw::RawTable;
use crate::error::{Phrase, Problem};
use crate::i18n::Message;
use calamine::{Data, Reader};
use std::io::Cursor;

fn malformed(table: &str, detail: Message) -> Box<Problem> {
    Box::new(Problem::Malformed {
        table: table.to_string(),
        row: None,
        detail: detail.into(),
    })
}

fn open(
    bytes: &[u8],
    what: &str,
) -> std::result::Result<calamine::Sheets<Cursor<Vec<u8>>>, Box<Problem>> {
    calamine::open_workbook_auto_from_rs(Cursor::new(bytes.to_vec())).map_err(|e| {
        malformed(
            what,
            Message::new("detail-not-spreadsheet").text("error", e.to_string()),
        )
    })
}

/// The names of a workbook's sheets; Err: why it cannot be read.
pub fn sheet_names(bytes: &[u8]) -> std::result::Result<Vec<String>, Phrase> {
    let book = open(bytes, "workbook").map_err(|p| match *p {
        Problem::Malformed { detail, .. } => detail,
        other => Phrase(other.message()),
    })?;
    Ok(book.sheet_names())
}

/// The sheet called `name` of a workbook, read as the table it holds.
pub fn sheet(bytes: &[u8], name: &str) -> std::result::Result<RawTable, Box<Problem>> {
    let mut book = open(bytes, name)?;
    let range = book.worksheet_range(name).map_err(|e| {
        malformed(
            name,
            Message::new("detail-sheet-unreadable")
                .text("sheet", name)
                .text("error", e.to_string()),
        )
    })?;
    Ok(to_raw(&range))
}

/// The first sheet of a one-table file.
pub fn first_sheet(table: &str, bytes: &[u8]) -> std::result::Result<RawTable, Box<Problem>> {
    let mut book = open(bytes, table)?;
    match book.worksheet_range_at(0) {
        Some(Ok(range)) => Ok(to_raw(&range)),
        Some(Err(e)) => Err(malformed(
            table,
            Message::new("detail-first-sheet-unreadable").text("error", e.to_string()),
        )),
        None => Err(malformed(table, Message::new("detail-no-sheets"))),
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
