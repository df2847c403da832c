//! The invariants every finding keeps (SPEC §4.8), checked on a whole report as JSON.

use serde_json::Value;

/// The numbers written in `text` once every string value has been taken out (a program called
/// "Cohort 2" is a name, not a number).
fn numbers_in(text: &str, values: &serde_json::Map<String, Value>) -> Vec<String> {
    let mut t = text.to_string();
    let mut names: Vec<&str> = values.values().filter_map(Value::as_str).collect();
    names.sort_by_key(|s| std::cmp::Reverse(s.len()));
    for s in names {
        t = t.replace(s, " ");
    }
    let chars: Vec<char> = t.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = if i > 0 && chars[i - 1] == '-' {
                i - 1
            } else {
                i
            };
            let mut j = i;
            // A comma before three digits groups thousands ("2,000").
            let groups = |j: usize| {
                chars[j] == ','
                    && chars.len() > j + 3
                    && chars[j + 1..j + 4].iter().all(char::is_ascii_digit)
                    && chars.get(j + 4).is_none_or(|c| !c.is_ascii_digit())
            };
            while j < chars.len()
                && (chars[j].is_ascii_digit()
                    || groups(j)
                    || (chars[j] == '.' && chars.get(j + 1).is_some_and(char::is_ascii_digit)))
            {
                j += 1;
            }
            let n: String = chars[start..j].iter().filter(|c| **c != ',').collect();
            out.push(n);
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// A number of the values.
fn shown(v: &Value) -> Option<f64> {
    v.as_f64()
}

/// Labels (under `key`) of the suppressed groups of a list.
fn suppressed(list: &Value, key: &str) -> Vec<String> {
    list.as_array()
        .map(|a| {
            a.iter()
                .filter(|g| g["suppressed"] == Value::Bool(true))
                .filter_map(|g| g[key].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Every broken invariant of the report's findings: a number in a sentence that is not one of
/// its values, a finding about a suppressed program, a bad severity or an empty text.
pub fn problems(report: &Value, goals_by_program: Option<&Value>) -> Vec<String> {
    let mut out = Vec::new();
    let mut hidden = suppressed(&report["engagement"]["programs"], "program");
    if let Some(g) = goals_by_program {
        hidden.extend(suppressed(&g["groups"], "group"));
    }
    for f in report["findings"].as_array().into_iter().flatten() {
        let text = f["text"].as_str().unwrap_or_default();
        let values = f["values"].as_object().cloned().unwrap_or_default();
        if text.is_empty() || text.contains('{') {
            out.push(format!("{}: text {text:?}", f["id"]));
        }
        if !["info", "notice", "warning"].contains(&f["severity"].as_str().unwrap_or_default()) {
            out.push(format!("{}: severity {}", f["id"], f["severity"]));
        }
        let known: Vec<f64> = values.values().filter_map(shown).collect();
        for n in numbers_in(text, &values) {
            // Shown with the decimals it was rounded to: 0.60 is the value 0.6.
            let x: f64 = n.parse().unwrap_or(f64::NAN);
            if !known.iter().any(|k| (k - x).abs() < 1e-9) {
                out.push(format!("{}: {n} in {text:?} is not in its values", f["id"]));
            }
        }
        let id = f["id"].as_str().unwrap_or_default();
        if let Some((_, subject)) = id.split_once(':') {
            if hidden.iter().any(|h| h == subject) {
                out.push(format!("{id}: about a suppressed group"));
            }
        }
    }
    out
}
