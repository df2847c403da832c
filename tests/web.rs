//! The core inside wasm in headless Chromium (wasm-bindgen-test): a load, engagement's per-period
//! counts, SQL queries (polars lazy group-by and join — what a polars bump could break in wasm) on
//! the tables as the SQL module receives them (encoded, decoded), an error, and the CSV split's SIMD
//! path against the `csv` crate. Run by `make test-web`.
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

/// The CSV split's wasm SIMD path (`target-feature=+simd128`: native tests run the portable one)
/// against the `csv` crate on pseudo-random files of the bytes that matter to it: the cells, the
/// header, lines of spaces dropped, a ragged row refused.
#[wasm_bindgen_test]
fn csv_split_with_simd_matches_the_csv_crate() {
    const PARTS: [&[u8]; 11] = [
        b"a",
        b"bc",
        b",",
        b",",
        b"\"",
        b"\r\n",
        b"\n",
        b" ",
        "\u{e9}".as_bytes(),
        b"-",
        b"#",
    ];
    let mut seed = 0x9E37_79B9_7F4A_7C15_u64;
    let mut next = move |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n) as usize
    };
    for _ in 0..4000 {
        let bytes: Vec<u8> = (0..next(120))
            .flat_map(|_| PARTS[next(11)])
            .copied()
            .collect();
        let got = mentor_insights::ingest::raw::csv("t", &bytes, Some(b','))
            .ok()
            .map(|t| {
                let mut rows = vec![t.headers.iter().map(|h| h.as_bytes().to_vec()).collect()];
                rows.extend(
                    t.rows()
                        .map(|r| (0..r.len()).map(|j| r.get(j).as_bytes().to_vec()).collect()),
                );
                rows
            });
        assert_eq!(
            got,
            expected_table(&bytes),
            "{:?}",
            String::from_utf8_lossy(&bytes)
        );
    }
}

/// What the split should make of a UTF-8 file, from the `csv` crate's records: the header, then
/// every record but lines of spaces; `None` when it should refuse the file.
fn expected_table(bytes: &[u8]) -> Option<Vec<Vec<Vec<u8>>>> {
    let mut records: Vec<Vec<Vec<u8>>> = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes)
        .byte_records()
        .map(|r| r.unwrap().iter().map(<[u8]>::to_vec).collect())
        .collect();
    if records.is_empty() || bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return None;
    }
    let header = records.remove(0);
    let blank = |r: &Vec<Vec<u8>>| r.len() == 1 && r[0].trim_ascii().is_empty();
    records.retain(|r| !(header.len() > 1 && blank(r)));
    if records.iter().any(|r| r.len() != header.len()) {
        return None;
    }
    Some(std::iter::once(header).chain(records).collect())
}
