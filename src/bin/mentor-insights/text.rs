//! `--format text`: any result rendered for a terminal. Objects become indented `key: value`
//! lines, arrays of flat objects become aligned tables, and estimates read as
//! `0.62 [0.55, 0.68] n=120 wilson`.

use serde_json::{Map, Value};
use std::fmt::Write;

const LONG_TABLE: usize = 24;
const HEAD: usize = 10;
const TAIL: usize = 5;
const LONG_LIST: usize = 12;
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
    let widths: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            cells
                .iter()
                .map(|r| r[i].chars().count())
                .chain([c.chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |values: Vec<&str>| {
        values
            .iter()
            .zip(&widths)
            .map(|(v, w)| format!("{v:<w$}"))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    let mut out = line(columns.iter().map(String::as_str).collect());
    out.push('\n');
    out.push_str(&line(
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str)
            .collect(),
    ));
    out.push('\n');
    for r in &cells {
        out.push_str(&line(r.iter().map(String::as_str).collect()));
        out.push('\n');
    }
    out
}

fn is_scalar(v: &Value) -> bool {
    !matches!(v, Value::Object(_) | Value::Array(_))
}

/// An estimate, test or small object on one line, if it is one.
fn inline(m: &Map<String, Value>) -> Option<String> {
    if m.get("suppressed") == Some(&Value::Bool(true)) {
        return Some(format!(
            "suppressed (fewer than {})",
            scalar(m.get("n_below")?)
        ));
    }
    if let Some(v) = m.get("value") {
        let mut s = scalar(v);
        if let (Some(lo), Some(hi)) = (m.get("ci_low"), m.get("ci_high")) {
            let _ = write!(s, " [{}, {}]", scalar(lo), scalar(hi));
        }
        if let Some(n) = m.get("n") {
            let _ = write!(s, " n={}", scalar(n));
        }
        if let Some(method) = m.get("method") {
            let _ = write!(s, " {}", scalar(method));
        }
        return Some(s);
    }
    if m.values().all(is_scalar) && m.len() <= 6 {
        return Some(
            m.iter()
                .map(|(k, v)| format!("{k}={}", scalar(v)))
                .collect::<Vec<_>>()
                .join(" "),
        );
    }
    None
}

pub fn scalar(v: &Value) -> String {
    match v {
        Value::Null => "—".to_string(),
        Value::String(s) => s.clone(),
        Value::Number(n) => match n.as_f64() {
            Some(x) if n.is_f64() => format_float(x),
            _ => n.to_string(),
        },
        Value::Bool(b) => b.to_string(),
        Value::Object(m) => inline(m).unwrap_or_else(|| "{…}".to_string()),
        Value::Array(a) if a.len() > LONG_LIST => format!(
            "{} … ({} in all; --format json has them all)",
            a[..LONG_LIST]
                .iter()
                .map(scalar)
                .collect::<Vec<_>>()
                .join(", "),
            a.len()
        ),
        Value::Array(a) if a.is_empty() => "none".to_string(),
        Value::Array(a) => a.iter().map(scalar).collect::<Vec<_>>().join(", "),
    }
}

fn format_float(x: f64) -> String {
    if x != 0.0 && (x.abs() < 1e-3 || x.abs() >= 1e6) {
        format!("{x:.3e}")
    } else {
        let s = format!("{x:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}
