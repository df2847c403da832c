//! The report as a page to hand on (SPEC §6: `report --format html`): self-contained, no script,
//! no request, charts as inline SVG, in the language asked for.

use std::process::Command;

fn cli(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_mentor-insights"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_report_page_is_whole_and_quiet() {
    let page = cli(&["report", "--sample", "--format", "html", "--locale", "fr"]);
    assert!(page.starts_with("<!doctype html>\n<html lang=\"fr\">"));
    assert!(page.trim_end().ends_with("</html>"));
    assert!(!page.contains("<script"), "no script");
    // No address a browser would fetch: the only URL is the SVG namespace.
    let urls = page.matches("http:").count() + page.matches("https:").count();
    assert_eq!(urls, page.matches("http://www.w3.org/2000/svg").count());
    assert!(page.contains("default-src 'none'"));
    // Findings first, then every analysis with its charts, then the methods.
    let findings = page.find("Ce que disent les chiffres").unwrap();
    let goals = page.find("<h2>Objectifs</h2>").unwrap();
    let methods = page.find("Comment les chiffres ont été obtenus").unwrap();
    assert!(findings < goals && goals < methods);
    assert!(page.matches("<section>").count() >= 6);
    assert!(page.matches("<svg").count() >= 5, "charts");
    assert!(page.contains("Les personnes mentorées partent à 0,60 fois le taux des autres"));
    // Printed, each analysis starts a page.
    assert!(page.contains("break-before: page"));
    // A page handed on has no command line: no pointer to the CLI's other formats.
    assert!(
        !page.contains("--format") && !page.contains("--full"),
        "CLI pointers"
    );
}

#[test]
fn html_is_for_summaries_only() {
    let out = Command::new(env!("CARGO_BIN_EXE_mentor-insights"))
        .args(["sql", "SELECT 1 AS x", "--sample", "--format", "html"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("--format html or csv is for an analysis's summary"));
}

/// A 20,000-person program's page: under 3 MB, every finding's sentence in it, and its numbers the
/// report's (the people counted in the JSON report are the page's).
#[test]
fn a_large_programs_page_is_small_and_says_what_the_report_says() {
    let dir = std::env::temp_dir().join(format!("mi-report-html-{}", std::process::id()));
    let path = dir.to_str().unwrap();
    cli(&[
        "generate", "--out", path, "--seed", "7", "--people", "20000",
    ]);
    let page = cli(&["report", "--data", path, "--format", "html"]);
    let report: serde_json::Value =
        serde_json::from_str(&cli(&["report", "--data", path])).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(page.len() < 3_000_000, "{} bytes", page.len());
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
            .replace('\'', "&#39;")
    };
    let findings = report["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    for f in findings {
        let text = escape(f["text"].as_str().unwrap());
        assert!(page.contains(&text), "missing finding: {text}");
    }
    assert!(!page.contains("<script"));
    assert!(page.matches("<svg").count() >= 5);
    let people = report["meta"]["rows"]["people"].as_u64().unwrap();
    assert_eq!(people, 20_000);
    assert!(page.contains("20,000"), "the people counted");
}
