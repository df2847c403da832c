//! Names and lists as people write them: a header's snake_case name, and the overlap of two
//! `;`-separated lists. Pure functions on text, used by ingest, the analyses and the generator
//! alike (so that none of them reaches into another for them).

/// The snake_case name an extra column gets, with a word break wherever the name had one: a space,
/// dash or underscore, or a capital after a small letter or digit (`Job Level` → `job_level`,
/// `YearsAtCompany` → `years_at_company`, `EmployeeID` → `employee_id`).
pub fn snake_name(name: &str) -> String {
    let chars: Vec<char> = name.trim().chars().collect();
    let mut out = String::new();
    let gap = |out: &mut String| {
        if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    };
    for (i, &c) in chars.iter().enumerate() {
        if c.is_whitespace() || c == '-' || c == '_' {
            gap(&mut out);
            continue;
        }
        if c.is_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_small = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if prev.is_lowercase() || prev.is_ascii_digit() || (prev.is_uppercase() && next_small) {
                gap(&mut out);
            }
        }
        out.extend(c.to_lowercase());
    }
    out.trim_end_matches('_').to_string()
}

/// The items of a `;`-separated list: trimmed, lower case, sorted, without repeats.
pub fn items(s: &str) -> Vec<String> {
    let mut v: Vec<String> = s
        .split(';')
        .map(|x| x.trim().to_lowercase())
        .filter(|x| !x.is_empty())
        .collect();
    v.sort();
    v.dedup();
    v
}

/// Jaccard overlap of two `;`-separated lists (case and surrounding spaces ignored).
pub fn jaccard(a: &str, b: &str) -> f64 {
    overlap(&items(a), &items(b))
}

/// Jaccard overlap of two item lists from [`items`].
pub fn overlap(a: &[String], b: &[String]) -> f64 {
    let both = a.iter().filter(|x| b.binary_search(x).is_ok()).count();
    let union = a.len() + b.len() - both;
    if union == 0 {
        0.0
    } else {
        both as f64 / union as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jaccard_of_lists() {
        assert_eq!(jaccard("a;b;c", "B; c ;d"), 0.5);
        assert_eq!(jaccard("", ""), 0.0);
        assert_eq!(jaccard("a", "b"), 0.0);
    }
}
