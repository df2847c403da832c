//! Shared by the reference tests: the committed reference values and how they are compared.
#![allow(dead_code)] // each test binary uses its own part

pub mod arbitrary_data;
pub mod findings;
pub mod finite;
pub mod hris;

use serde_json::Value;

/// A folder of a test's own (`name` and the process id), empty, removed when the test ends.
pub struct TempDir(std::path::PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("mi-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl std::ops::Deref for TempDir {
    type Target = std::path::Path;
    fn deref(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Closed-form results: only floating-point rounding separates us from the reference.
pub const CLOSED_FORM: f64 = 1e-9;
/// Iterative fits: both sides stop at a convergence threshold.
pub const ITERATIVE: f64 = 1e-6;

/// tests/reference/stats.json, written by tests/reference/generate.py.
pub fn reference() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/reference/stats.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// A number of the reference; infinities and NaN are stored as strings.
pub fn f(v: &Value) -> f64 {
    match v {
        Value::String(s) if s == "inf" => f64::INFINITY,
        Value::String(s) if s == "-inf" => f64::NEG_INFINITY,
        Value::String(s) if s == "nan" => f64::NAN,
        other => other
            .as_f64()
            .unwrap_or_else(|| panic!("not a number: {other}")),
    }
}

pub fn fv(v: &Value) -> Vec<f64> {
    v.as_array().unwrap().iter().map(f).collect()
}

pub fn bv(v: &Value) -> Vec<bool> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|b| b.as_bool().unwrap())
        .collect()
}

/// Relative-or-absolute closeness; equal infinities are close.
#[track_caller]
pub fn close(what: &str, got: f64, want: f64, tol: f64) {
    let ok = (got.is_infinite() && want.is_infinite() && got.signum() == want.signum())
        || (got - want).abs() <= tol * (1.0 + want.abs());
    assert!(ok, "{what}: got {got}, reference {want} (tolerance {tol})");
}
