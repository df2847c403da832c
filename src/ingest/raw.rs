//! File formats → [`RawTable`]: a header and rows of text cells. The only code that knows CSV and
//! JSON; everything after it (types, ids, dates) is shared by every format.

use crate::error::Problem;
use crate::i18n::{Arg, Message};
use std::borrow::Cow;

/// A table as text: a header and rows of cells (one per header column once checked). A CSV
/// file's cells are not copied: the table keeps the file's text and where each cell ends (a cell
/// starts one byte after the one before it in its row, past the comma, or where its row starts).
/// A quoted cell's text is what its quotes enclose; a cell that needs more than that (`""` inside,
/// text after the closing quote) has its text in `unescaped`, found through `quoted`. Other
/// formats write their cells in the same layout, with `quoted` naming those that start with a
/// quote.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawTable {
    pub headers: Vec<String>,
    /// Header positions a mapping set aside (another header was mapped to their column).
    pub ignored: Vec<usize>,
    text: String,
    /// The text of quoted cells that needed unescaping; their offsets count from `text`'s end.
    unescaped: String,
    /// Start offset in `text` of each row's first cell.
    row_starts: Vec<usize>,
    /// End offset in `text` of each cell.
    cell_ends: Vec<usize>,
    /// End index in `cell_ends` of each row.
    row_ends: Vec<usize>,
    /// The text range of each cell, by index, that starts with a quote but is not simply quoted.
    quoted: rustc_hash::FxHashMap<usize, (usize, usize)>,
    /// The delimiter a delimited text was split on (none for JSON and workbooks).
    pub delimiter: Option<u8>,
}

impl RawTable {
    pub fn new(headers: Vec<String>) -> Self {
        RawTable {
            headers,
            ..RawTable::default()
        }
    }

    pub fn push_row<'s>(&mut self, cells: impl IntoIterator<Item = &'s str>) {
        self.row_starts.push(self.text.len());
        for cell in cells {
            let start = self.text.len();
            self.text.push_str(cell);
            let end = self.text.len();
            if cell.starts_with('"') {
                self.quoted.insert(self.cell_ends.len(), (start, end));
            }
            self.cell_ends.push(end);
            self.text.push(',');
        }
        self.row_ends.push(self.cell_ends.len());
    }

    /// The text between two offsets (past `text`'s end: in `unescaped`).
    fn slice(&self, start: usize, end: usize) -> &str {
        let n = self.text.len();
        let s = if start >= n {
            self.unescaped.get(start - n..end - n)
        } else {
            self.text.get(start..end)
        };
        s.unwrap_or_default()
    }

    /// The text of cell `k` counted over all rows, the first of its row starting at `row_start`.
    /// Inlined where cells are read: it is a few instructions, called for every cell.
    #[inline(always)]
    fn cell(&self, k: usize, first_of_row: bool, row_start: usize) -> &str {
        let start = if first_of_row {
            row_start
        } else {
            self.cell_ends[k - 1] + 1
        };
        let s = self.slice(start, self.cell_ends[k]);
        match s.starts_with('"') {
            true => self.quoted_cell(k, s),
            false => s,
        }
    }

    /// The text of quoted cell `k`, whose text in the file is `s`. Apart from the plain path (most
    /// cells), which is then small enough to be inlined where cells are read.
    #[cold]
    #[inline(never)]
    fn quoted_cell<'s>(&'s self, k: usize, s: &'s str) -> &'s str {
        // Most files have no cell aside: no lookup then.
        let aside = (!self.quoted.is_empty())
            .then(|| self.quoted.get(&k))
            .flatten();
        match aside {
            Some(&(a, b)) => self.slice(a, b),
            None => quoted_text(s).unwrap_or(s),
        }
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
            start: self.row_starts[i],
            first,
            last: self.row_ends[i],
        }
    }

    pub fn rows(&self) -> impl Iterator<Item = RawRow<'_>> {
        (0..self.len()).map(|i| self.row(i))
    }
}

/// The text of a field that is simply quoted: `"…"` with no quote inside. A file quoting every
/// field then costs no more memory than one quoting none.
fn quoted_text(raw: &str) -> Option<&str> {
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    (!inner.contains('"')).then_some(inner)
}

/// One row of a [`RawTable`].
#[derive(Debug, Clone, Copy)]
pub struct RawRow<'a> {
    table: &'a RawTable,
    /// Where its first cell starts in the table's text.
    start: usize,
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
    #[inline(always)]
    pub fn get(&self, j: usize) -> &'a str {
        self.table.cell(self.first + j, j == 0, self.start)
    }

    #[cfg(test)]
    pub fn cells(&self) -> Vec<&'a str> {
        (0..self.len()).map(|j| self.get(j)).collect()
    }
}

fn malformed(table: &str, row: Option<usize>, detail: Message) -> Box<Problem> {
    Box::new(Problem::Malformed {
        table: table.to_string(),
        row,
        detail: detail.into(),
    })
}

/// Parses CSV (header row, RFC 4180 quoting, UTF-8 with or without BOM, LF or CRLF), split on
/// `delimiter`, or on the one [`guess_delimiter`] finds. Fails with a problem naming the row for a
/// non-UTF-8 cell or a row of the wrong width.
pub fn csv(table: &str, bytes: &[u8], delimiter: Option<u8>) -> Result<RawTable, Box<Problem>> {
    // One UTF-8 check for the whole file: the splitter cuts only next to ASCII bytes, so every
    // piece of a valid file is text. A file that is not is split again to name the field.
    match std::str::from_utf8(bytes) {
        Ok(text) => split(table, text.to_string(), delimiter),
        Err(_) => Err(not_utf8(table, bytes)),
    }
}

/// [`csv`] of bytes the table may keep: its cells are cut from them without a copy.
pub fn csv_owned(
    table: &str,
    bytes: Vec<u8>,
    delimiter: Option<u8>,
) -> Result<RawTable, Box<Problem>> {
    match String::from_utf8(bytes) {
        Ok(text) => split(table, text, delimiter),
        Err(e) => Err(not_utf8(table, e.as_bytes())),
    }
}

/// The delimiters a file may be split on, in the order a tie is settled.
const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// The delimiter of a file whose header line holds only one kind of them (outside quotes), else a
/// comma: a header `id;name;date` is `;`-separated, one with commas stays comma-separated.
pub fn guess_delimiter(text: &str) -> u8 {
    let line = text.lines().next().unwrap_or_default();
    let mut counts = [0usize; DELIMITERS.len()];
    let mut quoted = false;
    for b in line.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            if let Some(i) = DELIMITERS.iter().position(|&d| d == b) {
                counts[i] += 1;
            }
        }
    }
    match counts.iter().filter(|&&c| c > 0).count() {
        1 => DELIMITERS[counts.iter().position(|&c| c > 0).unwrap_or(0)],
        _ => b',',
    }
}

/// How a delimiter is written in a message.
pub fn delimiter_name(d: u8) -> &'static str {
    match d {
        b';' => "\";\"",
        b'\t' => "tab",
        b'|' => "\"|\"",
        _ => "\",\"",
    }
}

/// Splits UTF-8 CSV text into a raw table that keeps the text.
fn split(table: &str, text: String, delimiter: Option<u8>) -> Result<RawTable, Box<Problem>> {
    let from = if text.starts_with('\u{feff}') { 3 } else { 0 };
    if text[from..].bytes().all(|b| b.is_ascii_whitespace()) {
        return Err(malformed(table, None, Message::new("detail-empty-csv")));
    }
    let delim = delimiter.unwrap_or_else(|| guess_delimiter(&text[from..]));
    let mut raw = RawTable {
        text,
        delimiter: Some(delim),
        ..RawTable::default()
    };
    let bytes = raw.text.as_bytes();
    let mut records = Records {
        bytes,
        pos: from,
        delim,
    };
    // Room for all of it up front: growing by doubling would hold up to three times as much
    // while it copies, and wasm memory never shrinks.
    let lines = count_byte(bytes, b'\n') + 1;
    raw.row_starts.reserve(lines);
    raw.row_ends.reserve(lines);
    // Row 0 is the header; data rows are numbered from 1.
    let mut row = 0usize;
    loop {
        // Rows whose quotes are simple (most) are cut in one pass; the header and the others by
        // `Records`, which knows every case of quoting.
        if row > 0 {
            let before = raw.row_ends.len();
            let mut laid = Laid {
                row_starts: &mut raw.row_starts,
                cells: &mut raw.cell_ends,
                row_ends: &mut raw.row_ends,
            };
            records.pos = plain_rows(bytes, records.pos, raw.headers.len(), delim, &mut laid);
            row += raw.row_ends.len() - before;
        }
        let mark = raw.cell_ends.len();
        let mut row_start = records.pos;
        while bytes
            .get(row_start)
            .is_some_and(|b| matches!(b, b'\n' | b'\r'))
        {
            row_start += 1;
        }
        if row_start == bytes.len() {
            break;
        }
        records.next(&mut Extents::new(
            &raw.text,
            &mut raw.cell_ends,
            &mut raw.quoted,
            &mut raw.unescaped,
        ));
        let width = raw.cell_ends.len() - mark;
        if row == 0 {
            raw.headers = (0..width)
                .map(|k| raw.cell(k, k == 0, row_start).to_string())
                .collect();
            raw.cell_ends.clear();
            raw.quoted.clear();
            raw.cell_ends.reserve(lines * width);
        } else if width == 1
            && raw.cell(mark, true, row_start).trim().is_empty()
            && raw.headers.len() > 1
        {
            // A line holding only spaces: not a row.
            raw.cell_ends.truncate(mark);
            raw.quoted.remove(&mark);
        } else if width != raw.headers.len() {
            return Err(malformed(
                table,
                Some(row),
                Message::new("detail-ragged")
                    .count("width", width)
                    .count("header", raw.headers.len())
                    .arg("hint", other_delimiter(&raw.text[from..], delim)),
            ));
        } else {
            raw.row_starts.push(row_start);
            raw.row_ends.push(raw.cell_ends.len());
        }
        row += 1;
    }
    Ok(raw)
}

/// A hint for a file whose rows do not fit its header because it is split on another delimiter
/// than its lines use (empty when no other delimiter fits better).
fn other_delimiter(text: &str, used: u8) -> Arg {
    let mut lines = text.lines().take(20);
    let header = lines.next().unwrap_or_default();
    let fits = |d: u8| {
        let n = header.bytes().filter(|&b| b == d).count();
        n > 0
            && lines
                .clone()
                .all(|l| l.bytes().filter(|&b| b == d).count() == n)
    };
    match DELIMITERS.iter().find(|&&d| d != used && fits(d)) {
        Some(&d) => Arg::Phrase(Box::new(
            Message::new("detail-other-delimiter")
                .text("used", delimiter_name(used))
                .text("delimiter", delimiter_name(d)),
        )),
        None => Arg::Text(String::new()),
    }
}

/// Where a CSV file that is not UTF-8 goes wrong: the first field (or header column) that is not.
fn not_utf8(table: &str, bytes: &[u8]) -> Box<Problem> {
    let mut records = Records {
        bytes,
        pos: 0,
        delim: b',',
    };
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
    malformed(table, None, Message::new("detail-not-utf8"))
}

/// The high bit of each byte of `v` equal to `byte` (and maybe of bytes after one that is: the
/// lowest set bit is always exact; the others need checking).
fn bytes_equal(v: u64, byte: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let x = v ^ (ONES * u64::from(byte));
    x.wrapping_sub(ONES) & !x & HIGH
}

/// The eight bytes of `b` from `i` as one word.
fn word(b: &[u8], i: usize) -> u64 {
    let mut w = [0; 8];
    w.copy_from_slice(&b[i..i + 8]);
    u64::from_le_bytes(w)
}

/// How many of `b`'s bytes are `byte`, sixteen at a time in wasm SIMD: a vector comparison, its
/// bitmask and a population count (eight at a time in a word took 2% of a load).
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
fn count_byte(b: &[u8], byte: u8) -> usize {
    use core::arch::wasm32::{u64x2, u8x16_bitmask, u8x16_eq, u8x16_splat};
    let whole = b.len() / 16 * 16;
    let target = u8x16_splat(byte);
    let mut n = 0;
    for i in (0..whole).step_by(16) {
        let v = u64x2(word(b, i), word(b, i + 8));
        n += u8x16_bitmask(u8x16_eq(v, target)).count_ones() as usize;
    }
    n + b[whole..].iter().filter(|&&c| c == byte).count()
}

/// [`count_byte`] elsewhere: eight bytes at a time in a word (a byte at a time, as wasm runs a
/// plain count, was a tenth of a load).
#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
fn count_byte(b: &[u8], byte: u8) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let whole = b.len() / 8 * 8;
    let mut n = 0;
    for i in (0..whole).step_by(8) {
        let x = word(b, i) ^ (ONES * u64::from(byte));
        // The high bit of exactly the bytes of `x` that are zero (no borrow between bytes).
        let zero = !(((x & LOW7) + LOW7) | x | LOW7);
        n += zero.count_ones() as usize;
    }
    n + b[whole..].iter().filter(|&&c| c == byte).count()
}

/// The bytes of `b[i..i + 16]` that stop [`plain_rows`] (the delimiter, a line break, a quote),
/// a bit each (bit `j` for byte `i + j`): four vector comparisons and a bitmask in wasm SIMD (the
/// scan eight bytes at a time, before, was a sixth of a load in wasm).
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
fn stops(b: &[u8], i: usize, delim: u8) -> u32 {
    use core::arch::wasm32::{u64x2, u8x16_bitmask, u8x16_eq, u8x16_splat, v128_or};
    let v = u64x2(word(b, i), word(b, i + 8));
    let eq = |c: u8| u8x16_eq(v, u8x16_splat(c));
    let any = v128_or(v128_or(eq(delim), eq(b'\n')), v128_or(eq(b'\r'), eq(b'"')));
    u32::from(u8x16_bitmask(any))
}

/// [`stops`] elsewhere: a comparison per byte, which compilers make vector instructions of where
/// they can (SSE2's `pcmpeqb` and `pmovmskb`).
#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
fn stops(b: &[u8], i: usize, delim: u8) -> u32 {
    b[i..i + 16].iter().enumerate().fold(0, |mask, (j, &c)| {
        let stop = c == delim || c == b'\n' || c == b'\r' || c == b'"';
        mask | (u32::from(stop) << j)
    })
}

/// The rows the split lays down: where each starts, where each of their cells ends, where each
/// ends in `cells`.
struct Laid<'t> {
    row_starts: &'t mut Vec<usize>,
    cells: &'t mut Vec<usize>,
    row_ends: &'t mut Vec<usize>,
}

/// Splits rows from `start` on, sixteen bytes at a time, for as long as their quotes are simple
/// (`"…"` around a whole field, no quote inside) and they are `width` cells wide: lays down each
/// and skips empty lines. Returns where it stopped (the start of the first row it did not lay
/// down): at another quote, a row of another width, or the last sixteen bytes, which the caller
/// splits with [`Records`], which knows every case. One pass over a file of plain rows, with no
/// call per row.
fn plain_rows(b: &[u8], start: usize, width: usize, delim: u8, laid: &mut Laid<'_>) -> usize {
    let mut row_start = start;
    let mut mark = laid.cells.len();
    let mut i = start;
    'blocks: while i + 16 <= b.len() {
        let mut found = stops(b, i, delim);
        while found != 0 {
            let k = i + found.trailing_zeros() as usize;
            match b[k] {
                c if c == delim => laid.cells.push(k),
                b'\n' | b'\r' if k == row_start => row_start = k + 1,
                b'\n' | b'\r' => {
                    laid.cells.push(k);
                    if laid.cells.len() - mark != width {
                        break 'blocks;
                    }
                    laid.row_starts.push(row_start);
                    laid.row_ends.push(laid.cells.len());
                    (row_start, mark) = (k + 1, laid.cells.len());
                }
                _ => match past_quotes(b, row_start, k, delim) {
                    Some(past) => {
                        i = past;
                        continue 'blocks;
                    }
                    None => break 'blocks,
                },
            }
            found &= found - 1;
        }
        i += 16;
    }
    laid.cells.truncate(mark);
    row_start
}

/// Where the simply quoted field whose opening quote is at `k` ends (just past its closing
/// quote); None when the quote is not simple: inside a field, unclosed, doubled, or followed by
/// more text.
fn past_quotes(b: &[u8], start: usize, k: usize, delim: u8) -> Option<usize> {
    if k != start && b[k - 1] != delim {
        return None;
    }
    let close = k + 1 + b[k + 1..].iter().position(|&c| c == b'"')?;
    match b.get(close + 1) {
        None | Some(b'\n' | b'\r') => Some(close + 1),
        Some(&c) if c == delim => Some(close + 1),
        _ => None,
    }
}

/// The index of the first delimiter, `\n` or `\r` in `b` (or its length), eight bytes at a time:
/// fields are short, too short for a vector search to pay for its setup.
fn field_end(b: &[u8], delim: u8) -> usize {
    let mut i = 0;
    while i + 8 <= b.len() {
        let v = word(b, i);
        let found = bytes_equal(v, delim) | bytes_equal(v, b'\n') | bytes_equal(v, b'\r');
        if found != 0 {
            return i + (found.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && !matches!(b[i], b'\n' | b'\r') && b[i] != delim {
        i += 1;
    }
    i
}

/// What [`Records`] gives: where a record starts, pieces of a field (byte ranges of the input; a
/// field's last piece ends where the field does) and field ends.
trait Fields {
    fn begin_record(&mut self, _at: usize) {}
    fn piece(&mut self, range: std::ops::Range<usize>);
    fn end_field(&mut self);
}

/// Fields as where each ends in the input (the input is known to be UTF-8). A quoted field that is
/// not simply quoted (`""` inside, text after the closing quote, no closing quote) is set aside in
/// the table's `quoted`: the range of its one piece, or its pieces joined in `unescaped`, at
/// offsets that count from the input's end.
struct Extents<'a> {
    text: &'a str,
    cell_ends: &'a mut Vec<usize>,
    quoted: &'a mut rustc_hash::FxHashMap<usize, (usize, usize)>,
    unescaped: &'a mut String,
    field_start: usize,
    /// The field's first non-empty piece, and where its joined text starts once it has two.
    first: Option<std::ops::Range<usize>>,
    joined: Option<usize>,
    end: usize,
}

impl<'a> Extents<'a> {
    /// Fields of `text` into the parts of the table that is being built from it.
    fn new(
        text: &'a str,
        cell_ends: &'a mut Vec<usize>,
        quoted: &'a mut rustc_hash::FxHashMap<usize, (usize, usize)>,
        unescaped: &'a mut String,
    ) -> Self {
        Extents {
            text,
            cell_ends,
            quoted,
            unescaped,
            field_start: 0,
            first: None,
            joined: None,
            end: 0,
        }
    }
}

impl Fields for Extents<'_> {
    fn begin_record(&mut self, at: usize) {
        self.field_start = at;
    }

    fn piece(&mut self, range: std::ops::Range<usize>) {
        self.end = range.end;
        if range.is_empty() {
            return;
        }
        match (&self.first, self.joined) {
            (None, None) => self.first = Some(range),
            (Some(first), None) => {
                self.joined = Some(self.text.len() + self.unescaped.len());
                self.unescaped
                    .push_str(self.text.get(first.clone()).unwrap_or_default());
                self.unescaped
                    .push_str(self.text.get(range).unwrap_or_default());
            }
            (_, Some(_)) => self
                .unescaped
                .push_str(self.text.get(range).unwrap_or_default()),
        }
    }

    fn end_field(&mut self) {
        let k = self.cell_ends.len();
        let raw = self
            .text
            .get(self.field_start..self.end)
            .unwrap_or_default();
        let (first, joined) = (self.first.take(), self.joined.take());
        if raw.starts_with('"') && quoted_text(raw).is_none() {
            let range = match (first, joined) {
                (_, Some(start)) => (start, self.text.len() + self.unescaped.len()),
                (Some(first), None) => (first.start, first.end),
                (None, None) => (0, 0),
            };
            self.quoted.insert(k, range);
        }
        self.cell_ends.push(self.end);
        self.field_start = self.end + 1;
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
    /// The byte between fields (`,` unless the file or the mapping says otherwise).
    delim: u8,
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
        out.begin_record(i);
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
            i += field_end(&b[i..], self.delim);
            out.piece(start..i);
            out.end_field();
            if i < n && b[i] == self.delim {
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
        let what = Message::new(if row == 0 {
            "detail-header-not-utf8"
        } else {
            "detail-field-not-utf8"
        })
        .text("column", (i + 1).to_string());
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
            Message::new("detail-ragged")
                .count("width", raw.row(i).len())
                .count("header", raw.headers.len())
                .text("hint", ""),
        )),
        None => Ok(raw),
    }
}

/// Parses a JSON array of objects. Keys become the header in the order first seen; a key missing
/// from an object is an empty cell; numbers and booleans become their text; null is empty.
pub fn json(table: &str, text: &str) -> Result<RawTable, Box<Problem>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(malformed(table, None, Message::new("detail-empty-json")));
    }
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        let m = Message::new("detail-not-json").text("error", e.to_string());
        malformed(table, None, m)
    })?;
    records(table, &value)
}

/// [`json`] of UTF-8 bytes, refusing bytes that are not UTF-8.
pub fn json_bytes(table: &str, bytes: &[u8]) -> Result<RawTable, Box<Problem>> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        malformed(
            table,
            None,
            Message::new("detail-not-utf8-at").count("byte", e.valid_up_to()),
        )
    })?;
    json(table, text)
}

/// Turns a JSON value (an array of objects) into a raw table: the shared path of JSON text and
/// JS records.
pub fn records(table: &str, value: &serde_json::Value) -> Result<RawTable, Box<Problem>> {
    let serde_json::Value::Array(items) = value else {
        return Err(malformed(table, None, Message::new("detail-not-array")));
    };
    let mut raw = RawTable::default();
    let mut position: std::collections::HashMap<String, usize> = Default::default();
    let mut objects = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let serde_json::Value::Object(map) = item else {
            return Err(malformed(
                table,
                Some(i + 1),
                Message::new("detail-not-object"),
            ));
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
                        Message::new("detail-nested").text("field", key.as_str()),
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
    fn bytes_are_counted_exactly() {
        let text = b"a\n\n\x8a\n\xff\n0123456789\n\n\n\n\nxyz\n";
        for end in 0..text.len() {
            let plain = text[..end].iter().filter(|&&c| c == b'\n').count();
            assert_eq!(count_byte(&text[..end], b'\n'), plain, "{end}");
        }
        assert_eq!(count_byte(&[0x8a; 19], 0x0a), 0);
        assert_eq!(count_byte(&[0xff; 16], 0xff), 16);
    }

    #[test]
    fn csv_with_bom_crlf_and_quotes() {
        let t = csv(
            "people",
            b"\xEF\xBB\xBFperson_id,note\r\nP1,\"a, b\"\r\nP2,\"line\nbreak \"\"q\"\"\"\r\n",
            None,
        )
        .unwrap();
        assert_eq!(t.headers, vec!["person_id", "note"]);
        assert_eq!(t.row(0).cells(), vec!["P1", "a, b"]);
        assert_eq!(t.row(1).cells(), vec!["P2", "line\nbreak \"q\""]);
    }

    #[test]
    fn delimiters_are_guessed_where_the_header_has_one_kind() {
        let t = csv("people", b"id;name;note\nP1;\"a; b\";x,y\n", None).unwrap();
        assert_eq!(t.row(0).cells(), vec!["P1", "a; b", "x,y"]);
        let t = csv("people", b"id\tname\nP1\tAda Lovelace, Countess\n", None).unwrap();
        assert_eq!(t.row(0).cells(), vec!["P1", "Ada Lovelace, Countess"]);
        let t = csv("people", b"id|name\nP1|Ada\n", None).unwrap();
        assert_eq!(t.row(0).cells(), vec!["P1", "Ada"]);
        // Commas and semicolons both in the header: a comma file, as before.
        let t = csv("people", b"id,name;alias\nP1,Ada;A\n", None).unwrap();
        assert_eq!(t.headers, vec!["id", "name;alias"]);
    }

    #[test]
    fn a_file_split_on_the_wrong_delimiter_names_the_right_one() {
        let e = csv("people", b"id\tname\nP1\tAda, Countess\n", Some(b',')).unwrap_err();
        assert!(e.to_string().contains("look tab-separated"), "{e}");
        let e = csv("people", b"id,name\nP1\n", Some(b',')).unwrap_err();
        assert!(!e.to_string().contains("separated"), "{e}");
    }

    #[test]
    fn written_cells_read_back_even_when_they_start_with_a_quote() {
        let mut t = RawTable::new(vec!["a".into(), "b".into(), "c".into()]);
        t.push_row(["\"q\"", "", "x,y"]);
        t.push_row(["1", "\"", "3"]);
        assert_eq!(t.row(0).cells(), vec!["\"q\"", "", "x,y"]);
        assert_eq!(t.row(1).cells(), vec!["1", "\"", "3"]);
    }

    #[test]
    fn a_file_quoting_every_field_keeps_no_cell_aside() {
        let t = csv(
            "people",
            b"\"id\",\"note\"\n\"P1\",\"a, b\"\n\"P2\",\"\"\n\"P3\",\"say \"\"hi\"\"\"\n",
            None,
        )
        .unwrap();
        assert_eq!(t.headers, vec!["id", "note"]);
        assert_eq!(t.row(0).cells(), vec!["P1", "a, b"]);
        assert_eq!(t.row(1).cells(), vec!["P2", ""]);
        assert_eq!(t.row(2).cells(), vec!["P3", "say \"hi\""]);
        // Only the cell with `""` inside needed its own text.
        assert_eq!(t.quoted.len(), 1);
    }

    #[test]
    fn csv_ragged_row_names_row() {
        let e = csv("people", b"a,b\n1,2\n3\n", None).unwrap_err();
        assert_eq!(
            e.to_string(),
            "people row 2: has 1 field but the header has 2"
        );
    }

    #[test]
    fn csv_not_utf8_names_row() {
        let e = csv("people", b"a,b\n1,2\n3,\xff\n", None).unwrap_err();
        assert!(e
            .to_string()
            .starts_with("people row 2: field 2 is not valid UTF-8"));
    }

    #[test]
    fn csv_character_split_across_fields_is_refused() {
        // "\xC3" + "\xA9" is "é"; split by the comma, each field is invalid on its own.
        let e = csv("people", b"a,b\n1,2\n\xC3,\xA9\n", None).unwrap_err();
        assert!(e
            .to_string()
            .starts_with("people row 2: field 1 is not valid UTF-8"));
        let t = csv("people", "a,b\n\u{e9},\u{1F600}\n".as_bytes(), None).unwrap();
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
        use super::super::{RawTable, Record, Records};
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
            let mut records = Records {
                bytes,
                pos: 0,
                delim: b',',
            };
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
                        assert_eq!(super::super::field_end(&b, b','), at, "{b:?}");
                    }
                }
            }
            // Bytes next to the delimiters' values are not delimiters.
            assert_eq!(
                super::super::field_end(b"+-\x0b\x0c\x0e\x80\xff\x2c", b','),
                7
            );
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
                // `-` and `#` are the bytes the word search may flag after a `,` or a `"`.
                &b"a"[..], b"bc", b",", b",", b"\"", b"\r\n", b"\n", b" ", "\u{e9}".as_bytes(), b"-", b"#",
            ]), 0..160)) {
                let bytes = parts.concat();
                let cells = |t: RawTable| {
                    let mut rows: Split = vec![t.headers.iter().map(|h| h.as_bytes().to_vec()).collect()];
                    rows.extend(t.rows().map(|r| r.cells().iter().map(|c| c.as_bytes().to_vec()).collect()));
                    rows
                };
                let got = super::super::csv("t", &bytes, Some(b',')).ok().map(cells);
                // The file's own bytes, kept by the table, give the same cells.
                let owned = super::super::csv_owned("t", bytes.clone(), Some(b',')).ok().map(cells);
                prop_assert_eq!(&owned, &got);
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
