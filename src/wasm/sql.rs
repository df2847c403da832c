//! The SQL module's JS surface: tables passed in once as bytes from the analysis module, then
//! queried with polars SQL.

use super::{err, to_js_value};
use crate::model::{
    columns::{self, RowTable},
    frames::Frames,
};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;

/// The tables of one data set, ready for queries.
#[wasm_bindgen]
pub struct SqlTables {
    frames: Frames,
}

#[wasm_bindgen]
impl SqlTables {
    /// Tables from the analysis module's `Dataset.__sqlTables()`.
    #[wasm_bindgen(js_name = fromBytes)]
    pub fn from_bytes(bytes: &[u8]) -> Result<SqlTables, JsError> {
        let tables = columns::decode(bytes).map_err(err)?;
        Ok(SqlTables {
            frames: Frames::new(&tables).map_err(err)?,
        })
    }

    /// Runs a polars SQL query; rows as an array of objects keyed by column. `results`: the
    /// analysis module's `Dataset.__resultTables()` for this query; `given`: tables of rows by
    /// name (a notebook cell's output), which come before loaded tables and results of that name.
    pub fn query(
        &self,
        query: &str,
        results: &[u8],
        #[wasm_bindgen(unchecked_param_type = "Record<string, Record<string, unknown>[]>")]
        given: JsValue,
    ) -> Result<JsValue, JsError> {
        let given: BTreeMap<String, Vec<Map<String, Value>>> = if given.is_undefined() {
            BTreeMap::new()
        } else {
            serde_wasm_bindgen::from_value(given).map_err(|e| {
                err(format!(
                    "tables: expected an object of tables, each an array of row objects ({e})"
                ))
            })?
        };
        let given: Vec<RowTable> = given
            .into_iter()
            .map(|(name, rows)| RowTable::new(name, rows))
            .collect();
        let mut more = columns::decode(results).map_err(err)?;
        for t in &given {
            more.push(t.columns().map_err(err)?);
        }
        let r = self.frames.sql(query, &more).map_err(err)?;
        to_js_value(&Value::Array(
            r.rows.into_iter().map(Value::Object).collect(),
        ))
    }
}
