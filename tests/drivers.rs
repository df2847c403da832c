//! Who leaves, from people alone (SPEC §4.3 `drivers`, §4.8): an HRIS export of people only yields
//! its drivers as findings with both shares; pure noise yields none (Benjamini–Hochberg).

use mentor_insights::ingest::{load, Source};
use mentor_insights::metrics::{report::report, Params};
use serde_json::Value;

/// A small deterministic generator (64-bit LCG, top bits).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// People hired over ten years before 2025-06-30; each leaves (on a day between hire and then)
/// with probability `leave(i, rng)`; `extra(i, rng)` gives the attribute cells.
fn people_csv(
    n: usize,
    seed: u64,
    header: &str,
    mut extra: impl FnMut(usize, &mut Rng) -> (String, f64),
) -> String {
    let mut rng = Rng(seed);
    let mut out = format!("person_id,hire_date,exit_date,exit_type,{header}\n");
    for i in 0..n {
        let (cells, p_leave) = extra(i, &mut rng);
        let hire_day = (rng.next() * 3650.0) as i64;
        let hire = mentor_insights::model::date::format(
            mentor_insights::model::date::from_ymd(2015, 6, 30).unwrap() + hire_day as i32,
        );
        let (exit, kind) = if rng.next() < p_leave {
            let span = 3650 - hire_day;
            let d = hire_day + 1 + (rng.next() * span as f64) as i64;
            let day = mentor_insights::model::date::from_ymd(2015, 6, 30).unwrap() + d as i32;
            (mentor_insights::model::date::format(day), "voluntary")
        } else {
            (String::new(), "")
        };
        out.push_str(&format!("E{i:05},{hire},{exit},{kind},{cells}\n"));
    }
    out
}

fn findings_of(csv: &str) -> (Value, Value) {
    let d = load([("people", Source::Csv(csv.as_bytes()))]).unwrap();
    let r = serde_json::to_value(report(&d, &Params::default()).unwrap()).unwrap();
    (r["findings"].clone(), r["retention"]["drivers"].clone())
}

#[test]
fn people_alone_state_the_overtime_driver_with_both_shares() {
    let csv = people_csv(1470, 7, "OverTime,JobLevel,Department", |i, rng| {
        let overtime = rng.next() < 0.28;
        let level = 1 + (rng.next() * 5.0) as usize;
        let dept = ["Sales", "R&D", "HR"][i % 3];
        let p = if overtime { 0.31 } else { 0.10 };
        (
            format!("{},{level},{dept}", if overtime { "Yes" } else { "No" }),
            p,
        )
    });
    let (findings, drivers) = findings_of(&csv);
    let first = &drivers[0];
    assert_eq!(first["attribute"], "over_time", "{drivers:#}");
    assert!(first["p_adjusted"].as_f64().unwrap() < 0.001);
    let driver = findings
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "retention.driver:over_time")
        .unwrap_or_else(|| panic!("no overtime finding in {findings:#}"));
    let v = &driver["values"];
    assert_eq!(v["level"], "Yes");
    assert_eq!(v["other_level"], "No");
    let (yes, no) = (
        v["share"].as_f64().unwrap(),
        v["other_share"].as_f64().unwrap(),
    );
    assert!(
        (25.0..=37.0).contains(&yes) && (7.0..=13.0).contains(&no),
        "{v}"
    );
    let text = driver["text"].as_str().unwrap();
    assert!(
        text.starts_with(&format!("People with over_time Yes left at {yes}% (")),
        "{text}"
    );
    assert!(
        text.contains(&format!("against {no}% (")) && text.contains("an association"),
        "{text}"
    );
}

#[test]
fn ordinal_levels_keep_their_order() {
    let csv = people_csv(400, 3, "Satisfaction", |i, rng| {
        let level = ["Low", "Medium", "High", "Very_High"][i % 4];
        (level.to_string(), 0.1 + 0.05 * rng.next())
    });
    let (_, drivers) = findings_of(&csv);
    let levels: Vec<&str> = drivers[0]["levels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["group"].as_str().unwrap())
        .collect();
    assert_eq!(levels, vec!["Low", "Medium", "High", "Very_High"]);
}

/// 30 noise attributes (15 numeric, 15 text) on five seeds: at most one driver is stated in all.
#[test]
fn noise_yields_no_drivers() {
    let header: Vec<String> = (0..15)
        .map(|k| format!("noise_num_{k}"))
        .chain((0..15).map(|k| format!("noise_text_{k}")))
        .collect();
    let mut stated = 0;
    for seed in 1..=5 {
        let csv = people_csv(800, seed, &header.join(","), |_, rng| {
            let mut cells: Vec<String> = (0..15)
                .map(|_| format!("{:.3}", rng.next() * 100.0))
                .collect();
            cells.extend((0..15).map(|_| ["a", "b", "c"][(rng.next() * 3.0) as usize].to_string()));
            (cells.join(","), 0.2)
        });
        let (findings, drivers) = findings_of(&csv);
        assert_eq!(drivers.as_array().unwrap().len(), 30);
        stated += findings
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["id"].as_str().unwrap().starts_with("retention.driver"))
            .count();
    }
    assert!(stated <= 1, "{stated} false drivers stated");
}
