//! The core inside wasm in headless Chromium (wasm-bindgen-test): a load, a lazy group-by
//! (engagement's per-period counts), a SQL query, and an error. Run by `make test-web`.
#![cfg(target_arch = "wasm32")]

use mentor_insights::ingest::{load, Source};
use mentor_insights::metrics::engagement::{engagement, Period};
use mentor_insights::metrics::Params;
use mentor_insights::model::frames::sql;
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
    let e = engagement(&d, &params, Period::Month).unwrap();
    let y = e.pairs.iter().find(|p| p.pair_id == "Y").unwrap();
    assert_eq!((y.totals.held, y.totals.minutes), (2, 105.0));
    let r = sql(
        &d,
        "SELECT department, count(*) AS n FROM people GROUP BY department ORDER BY department",
    )
    .unwrap();
    assert_eq!(r.rows[0]["department"], "Ops");
    assert_eq!(r.rows[0]["n"], 2);
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
