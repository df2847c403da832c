//! The crate's modules import one way (DEVELOPERS.md, "Architecture"): no module reaches, through
//! its `use`s and paths, a module that reaches it back. A module and its own parent or children
//! are one unit here (a `mod.rs` and its files share items both ways by design); tests and
//! comments are left out, the surfaces (`src/bin`) too, since nothing imports them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every module of `src/` (as `metrics::risk`) with its source, tests and comments cut.
fn modules() -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if !path.ends_with("bin") {
                    dirs.push(path);
                }
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
            let rel = rel.unwrap().with_extension("");
            let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into()).collect();
            if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
                parts.pop();
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            let code: Vec<&str> = code
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect();
            out.insert(parts.join("::"), code.join("\n"));
        }
    }
    out
}

/// The paths a source names from `crate::` or `super::`, made absolute from module `m` (a `super`
/// is the module's parent, in a file of its own or in a `mod.rs` alike).
fn paths(m: &str, code: &str) -> Vec<String> {
    let here: Vec<&str> = m.split("::").filter(|s| !s.is_empty()).collect();
    let mut out = Vec::new();
    for start in ["crate::", "super::"] {
        for (i, _) in code.match_indices(start) {
            if code[..i]
                .chars()
                .last()
                .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':')
            {
                continue;
            }
            let path: String = code[i..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            let mut parts = path.split("::").filter(|s| !s.is_empty()).peekable();
            let mut at = if parts.next_if_eq(&"crate").is_some() {
                Vec::new()
            } else {
                here.clone()
            };
            while parts.next_if_eq(&"super").is_some() {
                at.pop();
            }
            at.extend(parts);
            out.push(at.join("::"));
        }
    }
    out
}

/// The longest known module that `path` lies in.
fn module_of<'a>(path: &str, known: &'a BTreeMap<String, String>) -> Option<&'a str> {
    let parts: Vec<&str> = path.split("::").collect();
    (1..=parts.len())
        .rev()
        .map(|k| parts[..k].join("::"))
        .find_map(|p| known.get_key_value(&p).map(|(k, _)| k.as_str()))
}

/// A module itself, or its parent or child (the crate root is everyone's).
fn related(a: &str, b: &str) -> bool {
    a == b
        || a.is_empty()
        || b.is_empty()
        || a.starts_with(&format!("{b}::"))
        || b.starts_with(&format!("{a}::"))
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let mods = modules();
    let mut edges: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (m, code) in &mods {
        for p in paths(m, code) {
            if let Some(t) = module_of(&p, &mods) {
                if !related(m, t) {
                    edges.entry(m.as_str()).or_default().insert(t);
                }
            }
        }
    }
    assert!(edges
        .get("metrics::risk")
        .is_some_and(|e| e.contains("metrics::risk_model")));
    // A loop is an edge a → b with a path b → … → a.
    let reaches = |from: &str, to: &str| {
        let (mut seen, mut stack) = (BTreeSet::new(), vec![from]);
        while let Some(x) = stack.pop() {
            if x == to {
                return true;
            }
            if seen.insert(x) {
                stack.extend(edges.get(x).into_iter().flatten().copied());
            }
        }
        false
    };
    let loops: Vec<String> = edges
        .iter()
        .flat_map(|(a, bs)| bs.iter().map(move |b| (*a, *b)))
        .filter(|(a, b)| reaches(b, a))
        .map(|(a, b)| format!("{a} → {b}"))
        .collect();
    assert!(loops.is_empty(), "imports that come back: {loops:#?}");
}
