//! A result as a person reads it, in their language: a [`Document`] of headings, lines, findings,
//! tables and charts, made once (`summary`) and written as text (the CLI's `--format text`) or as a
//! page that can be handed on ([`html`]: `report --format html`, `reportHtml`).

pub mod html;
mod summary;
pub mod svg;

pub(crate) use summary::{finite, grouping, shown};
pub use summary::{summary, Summarised, Summary};

use crate::i18n::Locale;
use serde_json::Value;

/// One piece of a document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The document's first line (what, as of when, on how much).
    Title(String),
    /// An analysis's heading.
    Heading(String),
    /// A line of text under a heading.
    Line(String),
    /// Where the command line shows more (`--format json`, `--full`): in the text at the end of
    /// the line before it (`same_line`) or on a line of its own; a page handed on has no command
    /// line and leaves it out.
    Pointer { text: String, same_line: bool },
    /// A finding, with its severity (`warning`, `notice`, `info`).
    Finding {
        severity: &'static str,
        text: String,
    },
    /// A table: column names, then rows of cells as shown; `main` marks the analysis's main table
    /// (what `--format csv` writes).
    Table {
        columns: Vec<String>,
        rows: Vec<Vec<String>>,
        main: bool,
    },
    /// A chart as SVG (on a page only; the text has the numbers in its tables and lines).
    Chart(String),
}

/// A result in blocks, in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub locale: Locale,
    pub blocks: Vec<Block>,
}

impl Document {
    /// The document as terminal text: headings after a blank line, the rest indented, tables
    /// aligned; findings marked `!` (act), `*` (note), `-` (context).
    pub fn text(&self) -> String {
        let mut out = String::new();
        for b in &self.blocks {
            match b {
                Block::Title(t) => {
                    out.push_str(t);
                    out.push('\n');
                }
                Block::Heading(h) => {
                    if !out.is_empty() {
                        out.push('\n');
                    }
                    out.push_str(h);
                    out.push('\n');
                }
                Block::Line(l) => {
                    out.push_str("  ");
                    out.push_str(l);
                    out.push('\n');
                }
                Block::Finding { severity, text } => {
                    let mark = match *severity {
                        "warning" => "!",
                        "notice" => "*",
                        _ => "-",
                    };
                    out.push_str(&format!("  {mark} {text}\n"));
                }
                Block::Table { columns, rows, .. } => {
                    for line in aligned(columns, rows).lines() {
                        out.push_str("  ");
                        out.push_str(line);
                        out.push('\n');
                    }
                }
                Block::Pointer { text, same_line } => {
                    if *same_line && out.ends_with('\n') {
                        out.pop();
                        out.push(' ');
                    } else {
                        out.push_str("  ");
                    }
                    out.push_str(text);
                    out.push('\n');
                }
                Block::Chart(_) => {}
            }
        }
        out
    }
}

impl Document {
    /// The main table as CSV (cells as shown, in the document's language; a cell a spreadsheet
    /// would run as a formula stays text), or the findings when there is no table: `None` when
    /// the result has neither.
    pub fn csv(&self) -> Option<String> {
        let main = self.blocks.iter().find_map(|b| match b {
            Block::Table {
                columns,
                rows,
                main: true,
            } => Some((columns.clone(), rows.clone())),
            _ => None,
        });
        let (columns, rows) = main.or_else(|| {
            let findings: Vec<Vec<String>> = self
                .blocks
                .iter()
                .filter_map(|b| match b {
                    Block::Finding { severity, text } => Some(vec![
                        crate::i18n::Message::new("html-severity")
                            .text("severity", *severity)
                            .render(self.locale),
                        text.clone(),
                    ]),
                    _ => None,
                })
                .collect();
            let columns = ["col-severity", "col-finding"]
                .map(|c| crate::i18n::Message::new(c).render(self.locale))
                .to_vec();
            (!findings.is_empty()).then_some((columns, findings))
        })?;
        let mut out = String::new();
        for row in std::iter::once(&columns).chain(&rows) {
            let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
            out.push_str(&cells.join(","));
            out.push_str("\r\n");
        }
        Some(out)
    }
}

/// A CSV cell: quoted when it holds a comma, quote or line break; a leading ' before text a
/// spreadsheet would run as a formula (= + - @ first, and not a number).
fn csv_cell(text: &str) -> String {
    let numeric = text
        .trim_start_matches(['-', '+'])
        .chars()
        .all(|c| c.is_ascii_digit() || ".,%\u{a0}\u{202f} ".contains(c));
    let mut s = text.to_string();
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) && !numeric {
        s.insert(0, '\'');
    }
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// Rows under their columns, each column as wide as its widest cell.
pub fn aligned(columns: &[String], rows: &[Vec<String>]) -> String {
    let widths: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            rows.iter()
                .map(|r| r.get(i).map_or(0, |s| s.chars().count()))
                .chain([c.chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |values: &[&str]| {
        values
            .iter()
            .zip(&widths)
            .map(|(v, w)| format!("{v:<w$}"))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    let mut out = line(&columns.iter().map(String::as_str).collect::<Vec<_>>());
    out.push('\n');
    let rules: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    out.push_str(&line(&rules.iter().map(String::as_str).collect::<Vec<_>>()));
    out.push('\n');
    for r in rows {
        let cells: Vec<&str> = (0..columns.len())
            .map(|i| r.get(i).map_or("", String::as_str))
            .collect();
        out.push_str(&line(&cells));
        out.push('\n');
    }
    out
}

/// A JSON value as one cell or phrase: text as it is, numbers short, lists joined.
pub fn scalar(v: &Value) -> String {
    const LONG_LIST: usize = 12;
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

pub fn is_scalar(v: &Value) -> bool {
    !matches!(v, Value::Object(_) | Value::Array(_))
}

/// An estimate, test or small object on one line, if it is one.
pub fn inline(m: &serde_json::Map<String, Value>) -> Option<String> {
    if m.get("suppressed") == Some(&Value::Bool(true)) {
        return Some(format!(
            "suppressed (fewer than {})",
            scalar(m.get("n_below")?)
        ));
    }
    if let Some(v) = m.get("value") {
        let mut s = scalar(v);
        if let (Some(lo), Some(hi)) = (m.get("ci_low"), m.get("ci_high")) {
            s.push_str(&format!(" [{}, {}]", scalar(lo), scalar(hi)));
        }
        if let Some(n) = m.get("n") {
            s.push_str(&format!(" n={}", scalar(n)));
        }
        if let Some(method) = m.get("method") {
            s.push_str(&format!(" {}", scalar(method)));
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

fn format_float(x: f64) -> String {
    if x != 0.0 && (x.abs() < 1e-3 || x.abs() >= 1e6) {
        format!("{x:.3e}")
    } else {
        let s = format!("{x:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_and_formulas_kept_as_text() {
        assert_eq!(csv_cell("Sales"), "Sales");
        assert_eq!(csv_cell("3,045"), "\"3,045\"");
        assert_eq!(csv_cell("-0.12"), "-0.12");
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(
            csv_cell("+0.001/month (p 0.017)"),
            "'+0.001/month (p 0.017)"
        );
    }
}
