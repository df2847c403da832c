//! File formats → [`RawTable`]: a header and rows of text cells. The only code that knows CSV and
//! JSON; everything after it (types, ids, dates) is shared by every format.

use crate::error::Problem;

/// A table as text: a header and rows with exactly one cell per header column.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawTable {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
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
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut record = ::csv::ByteRecord::new();
    let mut raw = RawTable::default();
    // Row 0 is the header; data rows are numbered from 1.
    let mut row = 0usize;
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                return Err(malformed(
                    table,
                    (row > 0).then_some(row),
                    format!("cannot be read as CSV ({e})"),
                ))
            }
        }
        let mut cells = Vec::with_capacity(record.len());
        for (i, field) in record.iter().enumerate() {
            match std::str::from_utf8(field) {
                Ok(s) => cells.push(s.to_string()),
                Err(_) => {
                    let what = if row == 0 {
                        format!("header column {} is not valid UTF-8 text", i + 1)
                    } else {
                        format!(
                            "field {} is not valid UTF-8 text (save the file as UTF-8)",
                            i + 1
                        )
                    };
                    return Err(malformed(table, (row > 0).then_some(row), what));
                }
            }
        }
        if row == 0 {
            raw.headers = cells;
        } else {
            if cells.len() == 1 && cells[0].trim().is_empty() && raw.headers.len() > 1 {
                // A line holding only spaces: not a row.
                row += 1;
                continue;
            }
            if cells.len() != raw.headers.len() {
                return Err(malformed(
                    table,
                    Some(row),
                    format!(
                        "has {} fields but the header has {}",
                        cells.len(),
                        raw.headers.len()
                    ),
                ));
            }
            raw.rows.push(cells);
        }
        row += 1;
    }
    Ok(raw)
}

/// Refuses a table with a row wider or narrower than its header.
pub fn check_width(table: &str, raw: RawTable) -> Result<RawTable, Box<Problem>> {
    match raw.rows.iter().position(|r| r.len() != raw.headers.len()) {
        Some(i) => Err(malformed(
            table,
            Some(i + 1),
            format!(
                "has {} fields but the header has {}",
                raw.rows[i].len(),
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
        let mut cells = vec![String::new(); raw.headers.len()];
        for (key, v) in map {
            let cell = match v {
                serde_json::Value::Null => String::new(),
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Number(n) => n.to_string(),
                serde_json::Value::Bool(b) => b.to_string(),
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
        raw.rows.push(cells);
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
        assert_eq!(t.rows[0], vec!["P1", "a, b"]);
        assert_eq!(t.rows[1], vec!["P2", "line\nbreak \"q\""]);
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
    fn json_rows_and_missing_keys() {
        let t = json("pairs", r#"[{"a":1,"b":"x"},{"b":null,"c":true}]"#).unwrap();
        assert_eq!(t.headers, vec!["a", "b", "c"]);
        assert_eq!(t.rows[0], vec!["1", "x", ""]);
        assert_eq!(t.rows[1], vec!["", "", "true"]);
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
}
