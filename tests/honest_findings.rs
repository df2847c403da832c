//! Findings that do not mislead (SPEC §4.8): a program that grows while each pair meets as often
//! as before is not "rising"; engagement that really rises per pair is.

use mentor_insights::ingest::{load, Source};
use mentor_insights::metrics::{report::report, Params};

/// One program where `k + 1` pairs start in month k (36 months), each meeting `per_month(k, m)`
/// times in month m of its life, until 2023-12.
fn program(per_month: impl Fn(usize) -> usize) -> String {
    let mut people = String::from("person_id,hire_date\n");
    let mut pairs = String::from("pair_id,mentor_id,mentee_id,program,start_date\n");
    let mut sessions = String::from("pair_id,date\n");
    let mut n = 0;
    for k in 0..36usize {
        for _ in 0..=k {
            let (y, m) = (2021 + k / 12, 1 + k % 12);
            people.push_str(&format!("A{n},2019-01-01\nB{n},2019-01-01\n"));
            pairs.push_str(&format!("X{n},A{n},B{n},Growing,{y}-{m:02}-01\n"));
            for month in k..36 {
                let (y, m) = (2021 + month / 12, 1 + month % 12);
                for day in 0..per_month(month) {
                    sessions.push_str(&format!("X{n},{y}-{m:02}-{:02}\n", 3 + 7 * day));
                }
            }
            n += 1;
        }
    }
    let d = load([
        ("people", Source::Csv(people.as_bytes())),
        ("pairs", Source::Csv(pairs.as_bytes())),
        ("sessions", Source::Csv(sessions.as_bytes())),
    ])
    .unwrap();
    let r = serde_json::to_value(report(&d, &Params::default()).unwrap()).unwrap();
    r["findings"].to_string()
}

#[test]
fn a_growing_program_with_flat_engagement_is_not_rising() {
    let flat = program(|_| 2);
    assert!(!flat.contains("engagement.trend"), "{flat}");
    let rising = program(|month| 1 + month / 12);
    assert!(
        rising.contains("engagement.trend:Growing")
            && rising.contains("Held sessions per active pair in Growing are rising"),
        "{rising}"
    );
}
