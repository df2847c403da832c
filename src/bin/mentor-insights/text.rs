//! `--format text`: any result rendered for a terminal. Objects become indented `key: value`
//! lines, arrays of flat objects become aligned tables, and estimates read as
//! `0.62 [0.55, 0.68] n=120 wilson`.

use mentor_insights::document::{aligned, inline, is_scalar, scalar};
use serde_json::{Map, Value};
use std::fmt::Write;

const LONG_TABLE: usize = 24;
const HEAD: usize = 10;
const TAIL: usize = 5;
const LONG_RECORDS: usize = 10;

/// Renders a whole result.
pub fn render(v: &Value) -> String {
    let mut out = String::new();
    block(&mut out, v, 0);
    out
}

fn block(out: &mut String, v: &Value, indent: usize) {
    let pad = "  ".repeat(indent);
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                match v {
                    Value::Object(m) if inline(m).is_none() => {
                        let _ = writeln!(out, "{pad}{k}:");
                        block(out, v, indent + 1);
                    }
                    Value::Array(items) if !items.is_empty() && !items.iter().all(is_scalar) => {
                        let _ = writeln!(out, "{pad}{k}: ({} rows)", items.len());
                        array(out, items, indent + 1);
                    }
                    _ => {
                        let _ = writeln!(out, "{pad}{k}: {}", scalar(v));
                    }
                }
            }
        }
        Value::Array(items) => array(out, items, indent),
        other => {
            let _ = writeln!(out, "{pad}{}", scalar(other));
        }
    }
}

fn array(out: &mut String, items: &[Value], indent: usize) {
    let flat = items.iter().all(|i| match i {
        Value::Object(m) => m
            .values()
            .all(|v| is_scalar(v) || matches!(v, Value::Object(o) if inline(o).is_some())),
        _ => false,
    });
    if flat {
        let mut columns: Vec<String> = Vec::new();
        for i in items {
            if let Value::Object(m) = i {
                for k in m.keys() {
                    if !columns.contains(k) {
                        columns.push(k.clone());
                    }
                }
            }
        }
        let rows: Vec<Map<String, Value>> = items
            .iter()
            .filter_map(|i| i.as_object().cloned())
            .collect();
        // Long tables (survival curves, per-period counts) show their head and tail.
        let shown: Vec<Map<String, Value>> = if rows.len() > LONG_TABLE {
            rows[..HEAD]
                .iter()
                .chain(&rows[rows.len() - TAIL..])
                .cloned()
                .collect()
        } else {
            rows.clone()
        };
        let t = table(&columns, &shown);
        let pad = "  ".repeat(indent);
        for (i, line) in t.lines().enumerate() {
            if rows.len() > LONG_TABLE && i == HEAD + 2 {
                let _ = writeln!(
                    out,
                    "{pad}… {} rows omitted (--format json has them all)",
                    rows.len() - HEAD - TAIL
                );
            }
            let _ = writeln!(out, "{pad}{line}");
        }
    } else {
        // Nested records (per-pair engagement, at-risk pairs) read one by one: show the first few.
        for (n, i) in items.iter().enumerate().take(LONG_RECORDS) {
            let _ = writeln!(out, "{}[{}]", "  ".repeat(indent), n + 1);
            block(out, i, indent + 1);
        }
        if items.len() > LONG_RECORDS {
            let _ = writeln!(
                out,
                "{}… {} more (--format json has them all)",
                "  ".repeat(indent),
                items.len() - LONG_RECORDS
            );
        }
    }
}

/// An aligned table of rows.
pub fn table(columns: &[String], rows: &[Map<String, Value>]) -> String {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            columns
                .iter()
                .map(|c| r.get(c).map(scalar).unwrap_or_default())
                .collect()
        })
        .collect();
    aligned(columns, &cells)
}
