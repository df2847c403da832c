//! File formats → [`RawTable`]: a header and rows of text cells. The only code that knows CSV and
//! JSON; everything after it (types, ids, dates) is shared by every format.

use crate::error::Problem;
use std::borrow::Cow;

/// A table as text: a header and rows of cells (one per header column once checked). The cells'
/// text lies back to back in one buffer: one allocation per table instead of one per cell, which
/// was most of the cost of loading (and the wasm allocator is slow).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawTable {
    pub headers: Vec<String>,
    text: String,
    /// End offset in `text` of each cell.
    cell_ends: Vec<usize>,
    /// End index in `cell_ends` of each row.
    row_ends: Vec<usize>,
}

impl RawTable {
    pub fn new(headers: Vec<String>) -> Self {
        RawTable {
            headers,
            ..RawTable::default()
        }
    }

    pub fn push_row<'s>(&mut self, cells: impl IntoIterator<Item = &'s str>) {
        for cell in cells {
            self.push_cell(cell);
        }
        self.end_row();
    }

    fn push_cell(&mut self, cell: &str) {
        self.text.push_str(cell);
        self.cell_ends.push(self.text.len());
    }

    fn end_row(&mut self) {
        self.row_ends.push(self.cell_ends.len());
    }

    /// The text of cell `k` counted over all rows (the header is read this way before any row).
    fn cell(&self, k: usize) -> &str {
        let start = if k == 0 { 0 } else { self.cell_ends[k - 1] };
        &self.text[start..self.cell_ends[k]]
    }

    /// The number of rows.
    pub fn len(&self) -> usize {
        self.row_ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.row_ends.is_empty()
    }

    /// Row `i` (0-based).
    pub fn row(&self, i: usize) -> RawRow<'_> {
        let first = if i == 0 { 0 } else { self.row_ends[i - 1] };
        RawRow {
            table: self,
            first,
            last: self.row_ends[i],
        }
    }

    pub fn rows(&self) -> impl Iterator<Item = RawRow<'_>> {
        (0..self.len()).map(|i| self.row(i))
    }
}

/// One row of a [`RawTable`].
#[derive(Debug, Clone, Copy)]
pub struct RawRow<'a> {
    table: &'a RawTable,
    first: usize,
    last: usize,
}

impl<'a> RawRow<'a> {
    pub fn len(&self) -> usize {
        self.last - self.first
    }

    pub fn is_empty(&self) -> bool {
        self.last == self.first
    }

    /// Cell `j` of the row; `j` must be below [`RawRow::len`].
    pub fn get(&self, j: usize) -> &'a str {
        let k = self.first + j;
        let start = if k == 0 {
            0
        } else {
            self.table.cell_ends[k - 1]
        };
        &self.table.text[start..self.table.cell_ends[k]]
    }

    #[cfg(test)]
    pub fn cells(&self) -> Vec<&'a str> {
        (0..self.len()).map(|j| self.get(j)).collect()
    }
}

fn malformed(table: &str, row: Option<usize>, detail: impl Into<String>) -> Box<Problem> {
    Box::new(Problem::Malformed {
        table: table.to_string(),
        row,
        detail: detail.into(),
    })
}

/// Parses CSV (comma, header row, RFC 4180 quoting, UTF-8 with or without BOM, LF or CRLF).
/// Fails with a problem naming the row for a non-UTF-8 cell or a row of the wrong width.
pub fn csv(table: &str, bytes: &[u8]) -> Result<RawTable, Box<Problem>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(malformed(
            table,
            None,
            "the file is empty (expected a header row)",
        ));
    }
    // One UTF-8 check for the whole file: the splitter cuts only next to ASCII bytes, so every
    // piece of a valid file is text. A file that is not is split again to name the field.
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(not_utf8(table, bytes));
    };
    let mut records = Records { bytes, pos: 0 };
    let mut raw = RawTable::default();
    // Room for all of it up front: growing by doubling would hold up to three times the text
    // while it copies, and wasm memory never shrinks.
    let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
    raw.text.reserve(bytes.len());
    raw.row_ends.reserve(lines);
    // Row 0 is the header; data rows are numbered from 1.
    let mut row = 0usize;
    loop {
        let (text_mark, cells_mark) = (raw.text.len(), raw.cell_ends.len());
        if !records.next(&mut Cells {
            text,
            raw: &mut raw,
        }) {
            break;
        }
        let width = raw.cell_ends.len() - cells_mark;
        if row == 0 {
            raw.headers = (0..width).map(|j| raw.cell(j).to_string()).collect();
            raw.text.clear();
            raw.cell_ends.clear();
            raw.cell_ends.reserve(lines * width);
        } else if width == 1 && raw.text[text_mark..].trim().is_empty() && raw.headers.len() > 1 {
            // A line holding only spaces: not a row.
            raw.text.truncate(text_mark);
            raw.cell_ends.truncate(cells_mark);
        } else if width != raw.headers.len() {
            return Err(malformed(
                table,
                Some(row),
                format!(
                    "has {width} fields but the header has {}",
                    raw.headers.len()
                ),
            ));
        } else {
            raw.end_row();
        }
        row += 1;
    }
    Ok(raw)
}

/// Where a CSV file that is not UTF-8 goes wrong: the first field (or header column) that is not.
fn not_utf8(table: &str, bytes: &[u8]) -> Box<Problem> {
    let mut records = Records { bytes, pos: 0 };
    let mut record = Record {
        input: bytes,
        ..Record::default()
    };
    let mut row = 0;
    while records.next(&mut record) {
        for i in 0..record.ends.len() {
            if let Err(p) = utf8(table, row, i, record.field(i)) {
                return p;
            }
        }
        record.buf.clear();
        record.ends.clear();
        row += 1;
    }
    malformed(
        table,
        None,
        "is not valid UTF-8 text (save the file as UTF-8)",
    )
}

/// The index of the first `,`, `\n` or `\r` in `b` (or its length), eight bytes at a time: fields
/// are short, too short for a vector search to pay for its setup.
fn field_end(b: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // The high bit of each byte of `v` equal to `byte` (and maybe of bytes after it; the lowest
    // set bit is always exact).
    let equal = |v: u64, byte: u8| {
        let x = v ^ (ONES * u64::from(byte));
        x.wrapping_sub(ONES) & !x & HIGH
    };
    let mut i = 0;
    for chunk in b.chunks_exact(8) {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let v = u64::from_le_bytes(word);
        let found = equal(v, b',') | equal(v, b'\n') | equal(v, b'\r');
        if found != 0 {
            return i + (found.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && !matches!(b[i], b',' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

/// What [`Records`] gives: pieces of a field (byte ranges of the input) and field ends.
trait Fields {
    fn piece(&mut self, range: std::ops::Range<usize>);
    fn end_field(&mut self);
}

/// Fields straight into a raw table's text (the input is known to be UTF-8).
struct Cells<'a> {
    text: &'a str,
    raw: &'a mut RawTable,
}

impl Fields for Cells<'_> {
    fn piece(&mut self, range: std::ops::Range<usize>) {
        self.raw
            .text
            .push_str(self.text.get(range).unwrap_or_default());
    }

    fn end_field(&mut self) {
        self.raw.cell_ends.push(self.raw.text.len());
    }
}

/// One record's fields as bytes, back to back, and where each ends.
#[derive(Debug, Default)]
struct Record<'b> {
    input: &'b [u8],
    buf: Vec<u8>,
    ends: Vec<usize>,
}

impl Record<'_> {
    fn field(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.buf[start..self.ends[i]]
    }
}

impl Fields for Record<'_> {
    fn piece(&mut self, range: std::ops::Range<usize>) {
        self.buf.extend_from_slice(&self.input[range]);
    }

    fn end_field(&mut self) {
        self.ends.push(self.buf.len());
    }
}

/// Splits CSV into records as the `csv` crate does (flexible widths; the tests check the two
/// agree on arbitrary input), in a tighter loop: `,` between fields; `\n`, `\r` or `\r\n` ends a
/// record and empty lines are skipped; a field that starts with `"` is quoted (`""` is a quote,
/// commas and line breaks are text, what follows the closing quote up to the next delimiter is
/// appended as is); a quote inside an unquoted field is text; input may end inside quotes.
/// Pieces are cut only next to ASCII bytes, so in UTF-8 input each is whole characters.
struct Records<'b> {
    bytes: &'b [u8],
    pos: usize,
}

impl Records<'_> {
    /// Gives the next record's fields to `out`; false at the end of the input.
    fn next(&mut self, out: &mut impl Fields) -> bool {
        let (b, n) = (self.bytes, self.bytes.len());
        let mut i = self.pos;
        while i < n && matches!(b[i], b'\n' | b'\r') {
            i += 1;
        }
        if i == n {
            self.pos = n;
            return false;
        }
        loop {
            if i < n && b[i] == b'"' {
                i += 1;
                loop {
                    let start = i;
                    while i < n && b[i] != b'"' {
                        i += 1;
                    }
                    out.piece(start..i);
                    if i == n {
                        break;
                    }
                    i += 1;
                    if i < n && b[i] == b'"' {
                        out.piece(i..i + 1);
                        i += 1;
                    } else {
                        break;
                    }
                }
            }
            let start = i;
            i += field_end(&b[i..]);
            out.piece(start..i);
            out.end_field();
            if i < n && b[i] == b',' {
                i += 1;
            } else {
                break;
            }
        }
        self.pos = i;
        true
    }
}

/// A CSV field as text, or a problem naming the row (0 = the header) and field.
fn utf8<'f>(table: &str, row: usize, i: usize, field: &'f [u8]) -> Result<&'f str, Box<Problem>> {
    std::str::from_utf8(field).map_err(|_| {
        let what = if row == 0 {
            format!("header column {} is not valid UTF-8 text", i + 1)
        } else {
            format!(
                "field {} is not valid UTF-8 text (save the file as UTF-8)",
                i + 1
            )
        };
        malformed(table, (row > 0).then_some(row), what)
    })
}

/// Refuses a table with a row wider or narrower than its header.
pub fn check_width(table: &str, raw: RawTable) -> Result<RawTable, Box<Problem>> {
    let ragged = raw.rows().position(|r| r.len() != raw.headers.len());
    match ragged {
        Some(i) => Err(malformed(
            table,
            Some(i + 1),
            format!(
                "has {} fields but the header has {}",
                raw.row(i).len(),
                raw.headers.len()
            ),
        )),
        None => Ok(raw),
    }
}

/// Parses a JSON array of objects. Keys become the header in the order first seen; a key missing
/// from an object is an empty cell; numbers and booleans become their text; null is empty.
pub fn json(table: &str, text: &str) -> Result<RawTable, Box<Problem>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(malformed(
            table,
            None,
            "the file is empty (expected a JSON array of objects)",
        ));
    }
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| malformed(table, None, format!("is not valid JSON ({e})")))?;
    records(table, &value)
}

/// [`json`] of UTF-8 bytes, refusing bytes that are not UTF-8.
pub fn json_bytes(table: &str, bytes: &[u8]) -> Result<RawTable, Box<Problem>> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        malformed(
            table,
            None,
            format!(
                "is not valid UTF-8 text at byte {} (save the file as UTF-8)",
                e.valid_up_to()
            ),
        )
    })?;
    json(table, text)
}

/// Turns a JSON value (an array of objects) into a raw table: the shared path of JSON text and
/// JS records.
pub fn records(table: &str, value: &serde_json::Value) -> Result<RawTable, Box<Problem>> {
    let serde_json::Value::Array(items) = value else {
        return Err(malformed(
            table,
            None,
            "expected an array of objects, one per row",
        ));
    };
    let mut raw = RawTable::default();
    let mut position: std::collections::HashMap<String, usize> = Default::default();
    let mut objects = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let serde_json::Value::Object(map) = item else {
            return Err(malformed(table, Some(i + 1), "is not an object"));
        };
        for key in map.keys() {
            if !position.contains_key(key) {
                position.insert(key.clone(), raw.headers.len());
                raw.headers.push(key.clone());
            }
        }
        objects.push(map);
    }
    for (i, map) in objects.into_iter().enumerate() {
        let mut cells = vec![Cow::Borrowed(""); raw.headers.len()];
        for (key, v) in map {
            let cell = match v {
                serde_json::Value::Null => Cow::Borrowed(""),
                serde_json::Value::String(s) => Cow::Borrowed(s.as_str()),
                serde_json::Value::Number(n) => Cow::Owned(n.to_string()),
                serde_json::Value::Bool(b) => Cow::Borrowed(if *b { "true" } else { "false" }),
                _ => {
                    return Err(malformed(
                        table,
                        Some(i + 1),
                        format!("field \"{key}\" holds a nested array or object (expected text, a number or null)"),
                    ))
                }
            };
            cells[position[key]] = cell;
        }
        raw.push_row(cells.iter().map(|c| c.as_ref()));
    }
    Ok(raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_with_bom_crlf_and_quotes() {
        let t = csv(
            "people",
            b"\xEF\xBB\xBFperson_id,note\r\nP1,\"a, b\"\r\nP2,\"line\nbreak \"\"q\"\"\"\r\n",
        )
        .unwrap();
        assert_eq!(t.headers, vec!["person_id", "note"]);
        assert_eq!(t.row(0).cells(), vec!["P1", "a, b"]);
        assert_eq!(t.row(1).cells(), vec!["P2", "line\nbreak \"q\""]);
    }

    #[test]
    fn csv_ragged_row_names_row() {
        let e = csv("people", b"a,b\n1,2\n3\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "people row 2: has 1 fields but the header has 2"
        );
    }

    #[test]
    fn csv_not_utf8_names_row() {
        let e = csv("people", b"a,b\n1,2\n3,\xff\n").unwrap_err();
        assert!(e
            .to_string()
            .starts_with("people row 2: field 2 is not valid UTF-8"));
    }

    #[test]
    fn csv_character_split_across_fields_is_refused() {
        // "\xC3" + "\xA9" is "é"; split by the comma, each field is invalid on its own.
        let e = csv("people", b"a,b\n1,2\n\xC3,\xA9\n").unwrap_err();
        assert!(e
            .to_string()
            .starts_with("people row 2: field 1 is not valid UTF-8"));
        let t = csv("people", "a,b\n\u{e9},\u{1F600}\n".as_bytes()).unwrap();
        assert_eq!(t.row(0).cells(), vec!["\u{e9}", "\u{1F600}"]);
    }

    #[test]
    fn json_rows_and_missing_keys() {
        let t = json("pairs", r#"[{"a":1,"b":"x"},{"b":null,"c":true}]"#).unwrap();
        assert_eq!(t.headers, vec!["a", "b", "c"]);
        assert_eq!(t.row(0).cells(), vec!["1", "x", ""]);
        assert_eq!(t.row(1).cells(), vec!["", "", "true"]);
    }

    #[test]
    fn json_bytes_must_be_utf8() {
        let t = json_bytes("people", "[{\"person_id\":\"\u{e9}\"}]".as_bytes()).unwrap();
        assert_eq!(t.row(0).cells(), vec!["\u{e9}"]);
        let e = json_bytes("people", b"[{\"person_id\":\"\xff\"}]").unwrap_err();
        assert_eq!(
            e.to_string(),
            "people: is not valid UTF-8 text at byte 15 (save the file as UTF-8)"
        );
    }

    #[test]
    fn json_errors() {
        assert!(json("pairs", "{}")
            .unwrap_err()
            .to_string()
            .contains("array of objects"));
        assert_eq!(
            json("pairs", "[1]").unwrap_err().to_string(),
            "pairs row 1: is not an object"
        );
        assert!(json("pairs", "[{")
            .unwrap_err()
            .to_string()
            .contains("not valid JSON"));
    }

    /// The record splitter against the `csv` crate (the reader this one replaced) on arbitrary
    /// sequences of the bytes that matter: delimiters, quotes, line ends, text, bad UTF-8.
    #[cfg(not(target_arch = "wasm32"))]
    mod agrees_with_the_csv_crate {
        use super::super::{Record, Records};
        use proptest::prelude::*;

        type Split = Vec<Vec<Vec<u8>>>;

        fn by_csv_crate(bytes: &[u8]) -> Split {
            ::csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(bytes)
                .byte_records()
                .map(|r| r.unwrap().iter().map(<[u8]>::to_vec).collect())
                .collect()
        }

        fn by_records(bytes: &[u8]) -> Split {
            let mut records = Records { bytes, pos: 0 };
            let mut out = Vec::new();
            loop {
                let mut r = Record {
                    input: bytes,
                    ..Record::default()
                };
                if !records.next(&mut r) {
                    return out;
                }
                out.push((0..r.ends.len()).map(|i| r.field(i).to_vec()).collect());
            }
        }

        #[test]
        fn field_end_finds_the_first_delimiter_at_any_offset() {
            for len in 0..40 {
                for at in 0..=len {
                    for d in [b',', b'\n', b'\r'] {
                        let mut b = vec![b'x'; len];
                        if at < len {
                            b[at] = d;
                            // A second delimiter after the first must not be found instead.
                            if at + 1 < len {
                                b[at + 1] = b',';
                            }
                        }
                        assert_eq!(super::super::field_end(&b), at, "{b:?}");
                    }
                }
            }
            // Bytes next to the delimiters' values are not delimiters.
            assert_eq!(super::super::field_end(b"+-\x0b\x0c\x0e\x80\xff\x2c"), 7);
        }

        #[test]
        fn on_known_cases() {
            for case in [
                &b""[..],
                b"\n\n",
                b"a,b\r\n1,\"x,\"\"y\"\"\"\r\n\r\n2,\"\"\n",
                b"\"ab\"c,d\"e\"\n",
                b"a,\n,\n\"open",
                b"a\rb\r\n\rc",
            ] {
                assert_eq!(by_records(case), by_csv_crate(case), "{case:?}");
            }
        }

        /// What `csv()` should make of a UTF-8 file, from the crate's records: the header, then
        /// every record but lines of spaces; `None` when it should refuse the file.
        fn expected_table(bytes: &[u8]) -> Option<Split> {
            let mut records = by_csv_crate(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes));
            if records.is_empty() || bytes.iter().all(|b| b.is_ascii_whitespace()) {
                return None;
            }
            let header = records.remove(0);
            let blank = |r: &Vec<Vec<u8>>| r.len() == 1 && r[0].trim_ascii().is_empty();
            let rows: Split = records
                .into_iter()
                .filter(|r| !(header.len() > 1 && blank(r)))
                .collect();
            if rows.iter().any(|r| r.len() != header.len()) {
                return None;
            }
            Some(std::iter::once(header).chain(rows).collect())
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(4000))]
            #[test]
            fn csv_makes_the_crates_table(parts in proptest::collection::vec(prop::sample::select(vec![
                &b"a"[..], b"bc", b",", b",", b"\"", b"\r\n", b"\n", b" ", "\u{e9}".as_bytes(),
            ]), 0..40)) {
                let bytes = parts.concat();
                let got = super::super::csv("t", &bytes).ok().map(|t| {
                    let mut rows: Split = vec![t.headers.iter().map(|h| h.as_bytes().to_vec()).collect()];
                    rows.extend(t.rows().map(|r| r.cells().iter().map(|c| c.as_bytes().to_vec()).collect()));
                    rows
                });
                prop_assert_eq!(got, expected_table(&bytes));
            }

            #[test]
            fn on_arbitrary_input(parts in proptest::collection::vec(prop::sample::select(vec![
                &b"a"[..], b"bc", b",", b"\"", b"\"\"", b"\r", b"\n", b"\r\n", b" ", "\u{e9}".as_bytes(), b"\xff",
            ]), 0..40)) {
                let bytes = parts.concat();
                prop_assert_eq!(by_records(&bytes), by_csv_crate(&bytes));
            }
        }
    }
}
