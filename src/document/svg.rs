//! Charts as SVG text, drawn once in the core for every surface that hands a report on (the CLI's
//! and `reportHtml`'s page): step curves (Kaplan–Meier), horizontal bars and a forest of ratios on
//! a log scale. Labels are escaped; colours are fixed (a page handed on has no portal theme).

use std::fmt::Write;

/// The drawing's width in px; text is 12 px.
const W: f64 = 640.0;
const PALETTE: [&str; 6] = [
    "#2f6fdb", "#d9822b", "#0f9960", "#a854a8", "#db3737", "#8a9ba8",
];

/// `s` as SVG and HTML text.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn open(height: f64, label: &str) -> String {
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {height}" width="{W}" height="{height}" role="img" aria-label="{}" font-size="12" font-family="system-ui, sans-serif">"#,
        escape(label)
    )
}

/// About `n` round ticks over [lo, hi].
fn ticks(lo: f64, hi: f64, n: usize) -> Vec<f64> {
    if hi <= lo || !lo.is_finite() || !hi.is_finite() {
        return vec![lo];
    }
    let raw = (hi - lo) / n as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(raw);
    let mut out = Vec::new();
    let mut t = (lo / step).ceil() * step;
    while t <= hi + step * 1e-9 {
        out.push((t / step).round() * step);
        t += step;
    }
    out
}

fn scale(d: (f64, f64), r: (f64, f64)) -> impl Fn(f64) -> f64 {
    let k = if d.1 == d.0 {
        0.0
    } else {
        (r.1 - r.0) / (d.1 - d.0)
    };
    move |x| r.0 + (x - d.0) * k
}

/// Room for the longest label (about 6.5 px a character), within bounds.
fn label_room<'a>(labels: impl Iterator<Item = &'a str>) -> f64 {
    let longest = labels.map(|l| l.chars().count()).max().unwrap_or(0) as f64;
    (16.0 + 6.5 * longest).clamp(60.0, 0.4 * W)
}

/// One step curve per series (`(x, y)` points, y in [0, 1]), with a legend: Kaplan–Meier curves.
pub fn steps(
    label: &str,
    series: &[(String, Vec<(f64, f64)>)],
    format_x: &dyn Fn(f64) -> String,
    format_y: &dyn Fn(f64) -> String,
) -> Option<String> {
    let xs: Vec<f64> = series
        .iter()
        .flat_map(|s| s.1.iter().map(|p| p.0))
        .collect();
    let x1 = xs.iter().copied().fold(f64::NAN, f64::max);
    if !x1.is_finite() || x1 <= 0.0 {
        return None;
    }
    let (left, right, top, bottom) = (56.0, W - 16.0, 12.0, 250.0);
    let legend = 22.0 * ((series.len() as f64) / 3.0).ceil();
    let mut s = open(bottom + 30.0 + legend, label);
    let x = scale((0.0, x1), (left, right));
    let y = scale((0.0, 1.0), (bottom, top));
    for t in ticks(0.0, x1, 6) {
        let _ = write!(
            s,
            r##"<line x1="{0:.1}" x2="{0:.1}" y1="{top}" y2="{bottom}" stroke="#e4e7eb"/><text x="{0:.1}" y="{1}" text-anchor="middle" fill="#52606d">{2}</text>"##,
            x(t),
            bottom + 16.0,
            escape(&format_x(t))
        );
    }
    for t in ticks(0.0, 1.0, 4) {
        let _ = write!(
            s,
            r##"<line x1="{left}" x2="{right}" y1="{0:.1}" y2="{0:.1}" stroke="#e4e7eb"/><text x="{1}" y="{2:.1}" text-anchor="end" fill="#52606d">{3}</text>"##,
            y(t),
            left - 6.0,
            y(t) + 4.0,
            escape(&format_y(t))
        );
    }
    for (i, (name, points)) in series.iter().enumerate() {
        let colour = PALETTE[i % PALETTE.len()];
        let mut d = String::new();
        for (k, (px, py)) in points.iter().enumerate() {
            if k == 0 {
                let _ = write!(d, "M{:.1},{:.1}", x(*px), y(*py));
            } else {
                let _ = write!(d, "H{:.1}V{:.1}", x(*px), y(*py));
            }
        }
        let _ = write!(
            s,
            r#"<path d="{d}" fill="none" stroke="{colour}" stroke-width="2"/>"#
        );
        let (lx, ly) = (
            left + (i % 3) as f64 * 190.0,
            bottom + 38.0 + 22.0 * (i / 3) as f64,
        );
        let _ = write!(
            s,
            r#"<rect x="{lx}" y="{}" width="12" height="12" fill="{colour}"/><text x="{}" y="{}">{}</text>"#,
            ly - 9.0,
            lx + 18.0,
            ly + 1.0,
            escape(name)
        );
    }
    s.push_str("</svg>");
    Some(s)
}

/// A horizontal bar per `(label, value)`, from 0 to the largest value.
pub fn bars(label: &str, rows: &[(String, f64)], format: &dyn Fn(f64) -> String) -> Option<String> {
    let max = rows.iter().map(|r| r.1).fold(0.0, f64::max);
    if rows.is_empty() || max <= 0.0 {
        return None;
    }
    let left = label_room(rows.iter().map(|r| r.0.as_str()));
    let (right, row_h, top) = (W - 20.0, 22.0, 10.0);
    let axis = top + rows.len() as f64 * row_h;
    let mut s = open(axis + 30.0, label);
    let x = scale((0.0, max), (left, right));
    for t in ticks(0.0, max, 5) {
        let _ = write!(
            s,
            r##"<line x1="{0:.1}" x2="{0:.1}" y1="{top}" y2="{axis}" stroke="#e4e7eb"/><text x="{0:.1}" y="{1}" text-anchor="middle" fill="#52606d">{2}</text>"##,
            x(t),
            axis + 16.0,
            escape(&format(t))
        );
    }
    for (i, (name, v)) in rows.iter().enumerate() {
        let y = top + i as f64 * row_h;
        let _ = write!(
            s,
            r##"<text x="{}" y="{:.1}" text-anchor="end">{}</text><rect x="{left}" y="{:.1}" width="{:.1}" height="{}" fill="{}"/>"##,
            left - 8.0,
            y + row_h / 2.0 + 4.0,
            escape(name),
            y + 3.0,
            (x(*v) - left).max(0.0),
            row_h - 6.0,
            PALETTE[0]
        );
    }
    s.push_str("</svg>");
    Some(s)
}

/// Ratios with their intervals `(label, value, low, high)` on a log scale, with a line at 1 (no
/// effect): hazard ratios.
pub fn forest(
    label: &str,
    rows: &[(String, f64, f64, f64)],
    format: &dyn Fn(f64) -> String,
) -> Option<String> {
    let rows: Vec<&(String, f64, f64, f64)> = rows
        .iter()
        .filter(|r| r.1 > 0.0 && r.2 > 0.0 && r.3.is_finite())
        .collect();
    if rows.is_empty() {
        return None;
    }
    let lo = rows.iter().map(|r| r.2).fold(0.5, f64::min);
    let hi = rows.iter().map(|r| r.3).fold(2.0, f64::max);
    let left = label_room(rows.iter().map(|r| r.0.as_str()));
    let (right, row_h, top) = (W - 20.0, 28.0, 10.0);
    let axis = top + rows.len() as f64 * row_h;
    let mut s = open(axis + 30.0, label);
    let x = scale((lo.ln(), hi.ln()), (left, right));
    for t in [0.1, 0.25, 0.5, 1.0, 2.0, 4.0, 10.0] {
        if t < lo || t > hi {
            continue;
        }
        let stroke = if t == 1.0 { "#52606d" } else { "#e4e7eb" };
        let _ = write!(
            s,
            r##"<line x1="{0:.1}" x2="{0:.1}" y1="{top}" y2="{axis}" stroke="{stroke}"/><text x="{0:.1}" y="{1}" text-anchor="middle" fill="#52606d">{2}</text>"##,
            x(t.ln()),
            axis + 16.0,
            escape(&format(t))
        );
    }
    for (i, (name, v, l, h)) in rows.iter().enumerate() {
        let y = top + i as f64 * row_h + row_h / 2.0;
        let _ = write!(
            s,
            r#"<text x="{}" y="{:.1}" text-anchor="end">{}</text><line x1="{:.1}" x2="{:.1}" y1="{y:.1}" y2="{y:.1}" stroke="{c}" stroke-width="3"/><circle cx="{:.1}" cy="{y:.1}" r="5" fill="{c}"/>"#,
            left - 8.0,
            y + 4.0,
            escape(name),
            x(l.ln()),
            x(h.ln()),
            x(v.ln()),
            c = PALETTE[0]
        );
    }
    s.push_str("</svg>");
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped_and_charts_are_plain_svg() {
        let rows = vec![("<b>Sales & Co</b>".to_string(), 3.0)];
        let svg = bars("held", &rows, &|v| format!("{v}")).unwrap();
        assert!(svg.contains("&lt;b&gt;Sales &amp; Co&lt;/b&gt;"));
        assert!(!svg.contains("<b>"));
        assert!(svg.starts_with("<svg xmlns=") && svg.ends_with("</svg>"));
        assert!(!svg.contains("<script"));
    }

    #[test]
    fn empty_data_draws_nothing() {
        assert!(bars("x", &[], &|v| format!("{v}")).is_none());
        assert!(steps("x", &[], &|v| format!("{v}"), &|v| format!("{v}")).is_none());
        assert!(forest("x", &[("a".into(), 0.0, 0.0, 0.0)], &|v| format!("{v}")).is_none());
    }

    #[test]
    fn ticks_are_round() {
        assert_eq!(ticks(0.0, 1.0, 4), vec![0.0, 0.25, 0.5, 0.75, 1.0]);
        assert_eq!(
            ticks(0.0, 3000.0, 6),
            vec![0.0, 500.0, 1000.0, 1500.0, 2000.0, 2500.0, 3000.0]
        );
    }
}
