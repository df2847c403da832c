//! The core inside wasm in headless Chromium (wasm-bindgen-test): a load, engagement's per-period
//! counts, SQL queries (polars lazy group-by and join — what a polars bump could break in wasm) on
//! the tables as the SQL module receives them (encoded, decoded), and an error. Run by
//! `make test-web`.
#![cfg(target_arch = "wasm32")]

use mentor_insights::ingest::{load, Source};
use mentor_insights::metrics::engagement::{engagement, EngagementOptions};
use mentor_insights::metrics::Params;
use mentor_insights::model::columns::{decode, encode, tables};
use mentor_insights::model::frames::Frames;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PEOPLE: &[u8] =
    b"person_id,hire_date,department\nA,2020-01-01,Sales\nB,2021-01-01,Ops\nC,2021-01-01,Ops\n";
const PAIRS: &[u8] =
    b"pair_id,mentor_id,mentee_id,program,start_date\nX,A,B,p,2024-01-01\nY,A,C,p,2024-02-01\n";
const SESSIONS: &[u8] = b"pair_id,date,status,duration_minutes\nX,2024-01-10,held,30\nX,2024-01-20,cancelled,\nY,2024-02-10,held,45\nY,2024-03-10,held,60\n";

#[wasm_bindgen_test]
fn lazy_group_by_and_sql_run_in_the_browser() {
    let d = load(vec![
        ("people", Source::Csv(PEOPLE)),
        ("pairs", Source::Csv(PAIRS)),
        ("sessions", Source::Csv(SESSIONS)),
    ])
    .unwrap();
    let params = Params {
        min_group_size: 3,
        ..Params::default()
    };
    let e = engagement(&d, &params, &EngagementOptions::default()).unwrap();
    let y = e.pairs.iter().find(|p| p.pair_id == "Y").unwrap();
    assert_eq!((y.totals.held, y.totals.minutes), (2, 105.0));
    let bytes = encode(&tables(&d)).unwrap();
    let frames = Frames::new(&decode(&bytes).unwrap()).unwrap();
    let r = frames
        .sql(
            "SELECT department, count(*) AS n FROM people GROUP BY department ORDER BY department",
            &[],
        )
        .unwrap();
    assert_eq!(r.rows[0]["department"], "Ops");
    assert_eq!(r.rows[0]["n"], 2);
    let r = frames
        .sql(
            "SELECT s.pair_id, m.department, count(*) AS held, sum(s.duration_minutes) AS minutes \
             FROM sessions s JOIN pairs p ON s.pair_id = p.pair_id \
             JOIN people m ON p.mentee_id = m.person_id \
             WHERE s.status = 'held' GROUP BY s.pair_id, m.department ORDER BY s.pair_id",
            &[],
        )
        .unwrap();
    assert_eq!(r.rows.len(), 2);
    assert_eq!(r.rows[1]["pair_id"], "Y");
    assert_eq!(r.rows[1]["department"], "Ops");
    assert_eq!(r.rows[1]["held"], 2);
    assert_eq!(r.rows[1]["minutes"], 105.0);
    // The patched polars-sql groups by a date part in wasm too (vendor/polars-sql/PATCH.md).
    let r = frames
        .sql(
            "SELECT extract(year FROM hire_date) AS y, count(*) AS n FROM people GROUP BY y ORDER BY y",
            &[],
        )
        .unwrap();
    assert!(r.rows[0]["y"].is_i64(), "{:?}", r.rows[0]);
    let err = load(vec![(
        "people",
        Source::Csv(b"person_id,hire_date\nA,2020-02-30\n"),
    )])
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "people row 1, column \"hire_date\": \"2020-02-30\" is not a date (expected YYYY-MM-DD)"
    );
}
