//! `--format text`: any result rendered for a terminal. Objects become indented `key: value`
//! lines, arrays of flat objects become aligned tables, and estimates read as
//! `0.62 [0.55, 0.68] n=120 wilson`.

use mentor_insights::i18n::{Locale, Message};
use mentor_insights::model::date;
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

fn scalar(v: &Value) -> String {
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

/// Which result a summary reads.
#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    Report,
    Findings,
    Goals,
    Engagement,
    Retention,
    Progression,
    Risk,
    Matching,
    Suggest,
}

/// Rows of at-risk pairs a summary lists.
const TOP_PAIRS: usize = 10;
/// Correlates a summary lists.
const TOP_CORRELATES: usize = 3;
/// Drivers of leaving a summary lists (those whose adjusted p is below 0.05).
const TOP_DRIVERS: usize = 3;

/// A result read as a program manager would: what it says first, then one short block per
/// analysis (a survival curve as its median and quartiles, not its rows). `--full` shows
/// everything instead ([`render`]).
pub fn summary(kind: Kind, v: &Value, locale: Locale) -> String {
    let mut out = String::new();
    let l = locale;
    match kind {
        Kind::Report => {
            meta(&mut out, &v["meta"], l);
            findings(&mut out, &v["findings"], l);
            goals(&mut out, &v["goals"], l);
            engagement(&mut out, &v["engagement"], l);
            retention(&mut out, &v["retention"], l);
            risk(&mut out, &v["risk"], l);
            progression(&mut out, &v["progression"], l);
            matching(&mut out, &v["matching"], l);
        }
        Kind::Findings => findings(&mut out, &v["findings"], l),
        Kind::Goals => goals(&mut out, v, l),
        Kind::Engagement => engagement(&mut out, v, l),
        Kind::Retention => retention(&mut out, v, l),
        Kind::Progression => progression(&mut out, v, l),
        Kind::Risk => risk(&mut out, v, l),
        Kind::Matching => matching(&mut out, v, l),
        Kind::Suggest => suggestions(&mut out, v, l),
    }
    warnings(&mut out, &v["warnings"], l);
    out
}

/// A heading of the text report, from the catalogue.
fn heading(out: &mut String, title: Message, locale: Locale) {
    if !out.is_empty() {
        out.push('\n');
    }
    let _ = writeln!(out, "{}", title.render(locale));
}

/// A value of the result as a message's text argument.
fn text_arg(m: Message, key: &str, v: &Value) -> Message {
    m.text(key, scalar(v))
}

fn meta(out: &mut String, m: &Value, l: Locale) {
    let rows = m["rows"]
        .as_object()
        .map(|r| {
            r.iter()
                .filter(|(_, n)| n.as_u64().unwrap_or(0) > 0)
                .map(|(t, n)| format!("{} {t}", scalar(n)))
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default();
    let title = Message::new("text-report-title")
        .date(
            "as_of",
            date::parse(m["as_of"].as_str().unwrap_or_default()).unwrap_or(0),
        )
        .text("rows", rows)
        .num("min", m["min_group_size"].as_f64().unwrap_or(0.0));
    let _ = writeln!(out, "{}", title.render(l));
    let unused = m["inputs"]["unused_files"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    for u in unused {
        let sheet = u["sheet"]
            .as_str()
            .map_or(String::new(), |s| format!(", sheet \"{s}\""));
        let line = Message::new("text-not-read")
            .text("file", format!("{}{sheet}", scalar(&u["file"])))
            .text("why", scalar(&u["why"]));
        let _ = writeln!(out, "  {}", line.render(l));
    }
}

fn findings(out: &mut String, f: &Value, l: Locale) {
    heading(out, Message::new("text-findings"), l);
    let items = f.as_array().map(Vec::as_slice).unwrap_or_default();
    if items.is_empty() {
        let _ = writeln!(
            out,
            "  {}",
            Message::new("text-nothing-stands-out").render(l)
        );
    }
    for x in items {
        let mark = match x["severity"].as_str() {
            Some("warning") => "!",
            Some("notice") => "*",
            _ => "-",
        };
        let _ = writeln!(out, "  {mark} {}", scalar(&x["text"]));
    }
}

/// An estimate as `62% (60–64%)` when it is a rate.
fn rate(e: &Value) -> String {
    if e.is_null() {
        return "—".to_string();
    }
    let p = |x: &Value| {
        x.as_f64()
            .map_or("—".into(), |x| format!("{:.0}%", x * 100.0))
    };
    match (e.get("ci_low"), e.get("ci_high")) {
        (Some(lo), Some(hi)) => format!("{} ({}–{})", p(&e["value"]), p(lo), p(hi)),
        _ => p(&e["value"]),
    }
}

/// A ratio with its interval: `0.61 (0.52–0.70)`.
fn ratio(value: &Value, lo: &Value, hi: &Value) -> String {
    format!("{} ({}–{})", two(value), two(lo), two(hi))
}

fn two(x: &Value) -> String {
    x.as_f64().map_or("—".into(), |x| format!("{x:.2}"))
}

fn p_value(x: &Value) -> String {
    match x.as_f64() {
        Some(p) if p < 0.001 => "<0.001".into(),
        Some(p) => format!("{p:.3}"),
        None => "—".into(),
    }
}

/// A quantile `{ value, ci_low, ci_high }` in days, or "not reached".
fn days(q: &Value) -> String {
    q["value"]
        .as_f64()
        .map_or("not reached".into(), |d| format!("{d:.0} days"))
}

fn rows_table(out: &mut String, columns: &[&str], rows: Vec<Vec<String>>) {
    let columns: Vec<String> = columns.iter().map(|c| c.to_string()).collect();
    let maps: Vec<Map<String, Value>> = rows
        .into_iter()
        .map(|r| {
            columns
                .iter()
                .cloned()
                .zip(r.into_iter().map(Value::String))
                .collect()
        })
        .collect();
    for line in table(&columns, &maps).lines() {
        let _ = writeln!(out, "  {line}");
    }
}

fn suppressed(x: &Value) -> bool {
    x["suppressed"] == Value::Bool(true)
}

fn goal_line(s: &Value) -> String {
    let ttc = &s["time_to_complete"];
    format!(
        "completed {} · on time {} · median time to complete {} (quartiles {}, {}) · {} overdue, {} stalled",
        rate(&s["completion_rate"]),
        rate(&s["on_time_rate"]),
        days(&ttc["median"]),
        days(&ttc["q25"]),
        days(&ttc["q75"]),
        s["overdue"].as_array().map_or(0, Vec::len),
        s["stalled"].as_array().map_or(0, Vec::len),
    )
}

fn goals(out: &mut String, g: &Value, l: Locale) {
    if g.is_null() {
        return;
    }
    heading(out, Message::new("text-goals"), l);
    let o = &g["overall"];
    let _ = writeln!(
        out,
        "  {} goals in {} pairs: {}",
        scalar(&o["goals"]),
        scalar(&o["pairs"]),
        goal_line(o)
    );
    let groups = g["groups"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    if !groups.is_empty() {
        let rows = groups
            .iter()
            .map(|x| {
                if suppressed(x) {
                    vec![
                        scalar(&x["group"]),
                        "suppressed".into(),
                        String::new(),
                        String::new(),
                    ]
                } else {
                    vec![
                        scalar(&x["group"]),
                        scalar(&x["goals"]),
                        rate(&x["completion_rate"]),
                        rate(&x["on_time_rate"]),
                    ]
                }
            })
            .collect();
        rows_table(out, &["group", "goals", "completed", "on time"], rows);
    }
    let _ = writeln!(
        out,
        "  (goal ids of overdue and stalled goals: --format json)"
    );
}

fn trend(t: &Value) -> String {
    if t.is_null() {
        return "—".into();
    }
    format!(
        "{:+.2}/month (p {})",
        t["theil_sen"]["slope"].as_f64().unwrap_or(0.0),
        p_value(&t["mann_kendall"]["p_value"])
    )
}

fn engagement(out: &mut String, e: &Value, l: Locale) {
    if e.is_null() {
        return;
    }
    heading(
        out,
        text_arg(Message::new("text-engagement"), "period", &e["period"]),
        l,
    );
    let entries = |key: &str, label: &str| -> Vec<Vec<String>> {
        e[key]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .map(|x| {
                if suppressed(x) {
                    return vec![scalar(&x[label]), "suppressed".into()];
                }
                let t = &x["totals"];
                vec![
                    scalar(&x[label]),
                    scalar(&x["pairs"]),
                    scalar(&x["active_pairs"]),
                    scalar(&t["held"]),
                    scalar(&t["cancelled"]),
                    scalar(&t["no_show"]),
                    x["mean_cadence_adherence"]
                        .as_f64()
                        .map_or("—".into(), |a| format!("{:.0}%", a * 100.0)),
                    trend(&x["per_pair_trend"]),
                ]
            })
            .collect()
    };
    let columns = [
        "pairs",
        "active",
        "held",
        "cancelled",
        "no-show",
        "adherence",
        "held per active pair, trend",
    ];
    rows_table(
        out,
        &[&["program"][..], &columns].concat(),
        entries("programs", "program"),
    );
    if e["groups"].is_array() {
        rows_table(
            out,
            &[&["group"][..], &columns].concat(),
            entries("groups", "group"),
        );
    }
    let pairs = e["pairs"].as_array().map(Vec::as_slice).unwrap_or_default();
    let active = pairs
        .iter()
        .filter(|p| p["active"] == Value::Bool(true))
        .count();
    let _ = writeln!(
        out,
        "  {} pairs, {active} active (each pair's numbers: --format json)",
        pairs.len()
    );
}

/// A Kaplan–Meier curve as its quartiles: when a quarter, half and three quarters had the event.
/// A row per group: its label, then `cells` of it, or "suppressed".
fn group_rows(groups: &Value, cells: impl Fn(&Value) -> Vec<String>) -> Vec<Vec<String>> {
    groups
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .map(|g| {
            let mut row = vec![scalar(&g["group"])];
            if suppressed(g) {
                row.push("suppressed".into());
            } else {
                row.extend(cells(g));
            }
            row
        })
        .collect()
}

fn km_quartiles(km: &Value) -> String {
    format!(
        "{} / {} / {}",
        days(&km["q25"]),
        days(&km["median"]),
        days(&km["q75"])
    )
}

fn cox(out: &mut String, title: &str, c: &Value) {
    if c.is_null() {
        return;
    }
    let _ = writeln!(
        out,
        "  {title} ({} people, {} events{}):",
        scalar(&c["n"]),
        scalar(&c["events"]),
        c["concordance"]
            .as_f64()
            .map_or(String::new(), |x| format!(", concordance {x:.2}"))
    );
    let rows = c["terms"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .map(|t| {
            vec![
                scalar(&t["term"]),
                ratio(&t["hazard_ratio"], &t["ci_low"], &t["ci_high"]),
                p_value(&t["p_value"]),
            ]
        })
        .collect();
    rows_table(out, &["term", "hazard ratio (95% CI)", "p"], rows);
}

fn retention(out: &mut String, r: &Value, l: Locale) {
    if r.is_null() {
        return;
    }
    let curves = &r["exposure_curves"];
    let naive = r["by"] == "mentored" && curves.is_object();
    let title = text_arg(Message::new("text-retention"), "exits", &r["exits"]);
    heading(out, text_arg(title, "by", &r["by"]), l);
    if naive {
        let _ = writeln!(
            out,
            "  counted from each person's first pair (Simon–Makuch; the groups after it are ever mentored or never: the naive comparison):"
        );
        let rows = group_rows(&curves["groups"], |g| {
            vec![
                scalar(&g["people"]),
                scalar(&g["exits"]),
                km_quartiles(&g["km"]),
            ]
        });
        rows_table(
            out,
            &["mentored", "people", "exits", "25% / 50% / 75% had left by"],
            rows,
        );
    }
    let rows = group_rows(&r["groups"], |g| {
        vec![
            scalar(&g["n"]),
            scalar(&g["exits"]),
            rate(&g["rate"]),
            km_quartiles(&g["km"]),
        ]
    });
    rows_table(
        out,
        &[
            "group",
            "people",
            "exits",
            "exit rate",
            "25% / 50% / 75% had left by",
        ],
        rows,
    );
    let c = &r["comparison"];
    if !c.is_null() {
        let mut line = format!(
            "  chi-square {:.2} (p {})",
            c["chi_square"]["statistic"].as_f64().unwrap_or(f64::NAN),
            p_value(&c["chi_square"]["p_value"])
        );
        if let Some(rr) = c.get("risk_ratio") {
            let _ = write!(
                line,
                " · risk ratio {} · Fisher p {}",
                ratio(&rr["value"], &rr["ci_low"], &rr["ci_high"]),
                p_value(&c["fisher"]["p_value"])
            );
        }
        let _ = writeln!(out, "{line}");
    }
    if !r["logrank"].is_null() {
        let _ = writeln!(
            out,
            "  log-rank {:.2} (p {})",
            r["logrank"]["statistic"].as_f64().unwrap_or(f64::NAN),
            p_value(&r["logrank"]["p_value"])
        );
    }
    cox(
        out,
        &format!("Cox model, mentoring {}", scalar(&r["exposure"])),
        &r["cox"],
    );
    cox(out, "naive Cox model (ever mentored)", &r["naive_cox"]);
    let mut correlations: Vec<&Value> = r["correlations"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter(|c| c["point_biserial"].is_object())
                .collect()
        })
        .unwrap_or_default();
    correlations.sort_by(|a, b| {
        let r = |x: &Value| x["point_biserial"]["r"].as_f64().unwrap_or(0.0).abs();
        r(b).total_cmp(&r(a))
    });
    if !correlations.is_empty() {
        let _ = writeln!(out, "  strongest correlates of leaving:");
        let rows = correlations
            .iter()
            .take(TOP_CORRELATES)
            .map(|c| {
                vec![
                    scalar(&c["feature"]),
                    two(&c["point_biserial"]["r"]),
                    p_value(&c["point_biserial"]["p_value"]),
                    scalar(&c["n"]),
                ]
            })
            .collect();
        rows_table(out, &["feature", "r", "p", "n"], rows);
    }
    drivers(out, &r["drivers"]);
}

/// Who leaves: the attributes most associated with leaving (adjusted p), read as shares per level
/// or as a hazard ratio per unit.
fn drivers(out: &mut String, d: &Value) {
    let list = d.as_array().map(Vec::as_slice).unwrap_or_default();
    let shown: Vec<&Value> = list
        .iter()
        .filter(|x| x["p_adjusted"].as_f64().is_some_and(|p| p < 0.05))
        .take(TOP_DRIVERS)
        .collect();
    if shown.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "  who leaves (the strongest of the {} attributes tested, p adjusted):",
        list.len()
    );
    let rows = shown
        .iter()
        .map(|x| {
            let reading = if x["kind"] == "numeric" {
                let unit = match x["unit"].as_str() {
                    Some("step") => "per step".to_string(),
                    Some("year") => "per year".to_string(),
                    Some("1000") => "per 1,000".to_string(),
                    _ => format!("per SD ({})", two(&x["unit_size"])),
                };
                let h = &x["hazard_ratio"];
                format!(
                    "hazard ratio {} {unit}",
                    ratio(&h["value"], &h["ci_low"], &h["ci_high"])
                )
            } else {
                // The levels that left most and least.
                let mut levels: Vec<&Value> = x["levels"]
                    .as_array()
                    .map(|a| a.iter().filter(|l| !suppressed(l)).collect())
                    .unwrap_or_default();
                let share = |l: &Value| l["share"]["value"].as_f64().unwrap_or(0.0);
                levels.sort_by(|a, b| share(b).total_cmp(&share(a)));
                match (levels.first(), levels.last()) {
                    (Some(hi), Some(lo)) if levels.len() > 1 => format!(
                        "{} {} … {} {}",
                        scalar(&hi["group"]),
                        rate(&hi["share"]),
                        scalar(&lo["group"]),
                        rate(&lo["share"])
                    ),
                    _ => "—".into(),
                }
            };
            vec![scalar(&x["attribute"]), reading, p_value(&x["p_adjusted"])]
        })
        .collect();
    rows_table(out, &["attribute", "exits", "p adjusted"], rows);
}

fn risk(out: &mut String, r: &Value, l: Locale) {
    if r.is_null() {
        return;
    }
    heading(out, Message::new("text-risk"), l);
    let l = &r["levels"];
    let _ = writeln!(
        out,
        "  {} high, {} medium, {} low (model: {})",
        scalar(&l["high"]),
        scalar(&l["medium"]),
        scalar(&l["low"]),
        scalar(&r["model"])
    );
    let _ = writeln!(
        out,
        "  {} weights: {}",
        scalar(&r["weights"]["used"]),
        scalar(&r["weights"]["reason"])
    );
    let pairs = r["pairs"].as_array().map(Vec::as_slice).unwrap_or_default();
    let rows = pairs
        .iter()
        .filter(|p| p["level"] != "low")
        .take(TOP_PAIRS)
        .map(|p| {
            let reasons = p["reasons"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|x| scalar(&x["text"]))
                        .collect::<Vec<_>>()
                        .join("; ")
                })
                .unwrap_or_default();
            vec![
                scalar(&p["pair_id"]),
                scalar(&p["program"]),
                two(&p["score"]),
                scalar(&p["level"]),
                reasons,
            ]
        })
        .collect::<Vec<_>>();
    if !rows.is_empty() {
        rows_table(out, &["pair", "program", "score", "level", "reasons"], rows);
    }
}

fn progression(out: &mut String, p: &Value, l: Locale) {
    if p.is_null() {
        return;
    }
    heading(
        out,
        text_arg(Message::new("text-progression"), "by", &p["by"]),
        l,
    );
    let rows = p["groups"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .map(|g| {
            if suppressed(g) {
                return vec![scalar(&g["group"]), "suppressed".into()];
            }
            let e = &g["rate_per_100py"];
            vec![
                scalar(&g["group"]),
                scalar(&g["people"]),
                format!("{:.0}", g["person_years"].as_f64().unwrap_or(0.0)),
                scalar(&g["promotions"]),
                format!(
                    "{:.1} ({:.1}–{:.1})",
                    e["value"].as_f64().unwrap_or(f64::NAN),
                    e["ci_low"].as_f64().unwrap_or(f64::NAN),
                    e["ci_high"].as_f64().unwrap_or(f64::NAN)
                ),
            ]
        })
        .collect();
    rows_table(
        out,
        &[
            "group",
            "people",
            "person-years",
            "promotions",
            "per 100 person-years (95% CI)",
        ],
        rows,
    );
    let rr = &p["rate_ratio"];
    if !rr.is_null() {
        let _ = writeln!(
            out,
            "  rate ratio {}",
            ratio(&rr["value"], &rr["ci_low"], &rr["ci_high"])
        );
    }
    let firsts: Vec<String> = p["time_to_first"]["groups"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .filter(|g| !suppressed(g))
        .map(|g| format!("{} {}", scalar(&g["group"]), km_quartiles(&g["km"])))
        .collect();
    if !firsts.is_empty() {
        let _ = writeln!(out, "  25% / 50% / 75% promoted by: {}", firsts.join("; "));
    }
    cox(
        out,
        &format!(
            "Cox model of promotion, mentoring {}",
            scalar(&p["exposure"])
        ),
        &p["cox"],
    );
}

fn matching(out: &mut String, m: &Value, l: Locale) {
    if m.is_null() {
        return;
    }
    let title = text_arg(Message::new("text-matching"), "pairs", &m["pairs"]);
    heading(out, text_arg(title, "early", &m["early_ends"]), l);
    cox(
        out,
        "Cox model of ending early on the pair's features at its start",
        &m["model"],
    );
    let v = &m["validation"];
    if let Some(c) = v["concordance"].as_f64() {
        let _ = writeln!(
            out,
            "  validation: concordance {c:.2} on the last year's {} pairs (fitted on the {} before; 0.5 is chance)",
            scalar(&v["test_pairs"]),
            scalar(&v["train_pairs"])
        );
    }
    let _ = writeln!(
        out,
        "  (early-end and goal-completion rates per feature level: --format json or --full)"
    );
}

fn suggestions(out: &mut String, s: &Value, l: Locale) {
    let title = Message::new("text-suggest")
        .text("model", scalar(&s["model"]))
        .text("total", two(&s["total_score"]))
        .text("greedy", two(&s["greedy_total_score"]));
    heading(out, title, l);
    let rows = s["assignments"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .map(|a| {
            let alternatives = a["alternatives"]
                .as_array()
                .map(|x| {
                    x.iter()
                        .map(|y| format!("{} {}", scalar(&y["mentor_id"]), two(&y["score"])))
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default();
            vec![
                scalar(&a["mentee_id"]),
                scalar(&a["mentor_id"]),
                two(&a["score"]),
                alternatives,
            ]
        })
        .collect();
    rows_table(out, &["mentee", "mentor", "score", "alternatives"], rows);
    for u in s["unmatched"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
    {
        let _ = writeln!(
            out,
            "  unmatched {}: {}",
            scalar(&u["mentee_id"]),
            scalar(&u["why"])
        );
    }
}

fn warnings(out: &mut String, w: &Value, l: Locale) {
    let items = w.as_array().map(Vec::as_slice).unwrap_or_default();
    if items.is_empty() {
        return;
    }
    heading(
        out,
        Message::new("text-warnings").count("count", items.len()),
        l,
    );
    for x in items {
        let _ = writeln!(out, "  - {}", scalar(&x["message"]));
    }
}
