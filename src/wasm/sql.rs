//! The SQL module's JS surface: tables passed in once as bytes from the analysis module, then
//! queried with polars SQL.

use super::{err, to_js_value};
use crate::model::{columns, frames::Frames};
use serde_json::Value;
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

    /// Runs a polars SQL query; rows as an array of objects keyed by column.
    pub fn query(&self, query: &str) -> Result<JsValue, JsError> {
        let r = self.frames.sql(query).map_err(err)?;
        to_js_value(&Value::Array(
            r.rows.into_iter().map(Value::Object).collect(),
        ))
    }
}
