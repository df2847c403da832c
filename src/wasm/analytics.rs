//! The analysis module's JS surface: the `Dataset` class.

use super::{err, to_js_value};
use crate::generate::{self, Options};
use crate::i18n::{Locale, Localize};
use crate::ingest::{self, Origin, Source};
use crate::metrics::analyses;
use crate::metrics::matching::SuggestOptions;
use crate::metrics::options::{Analysis, Call};
use crate::metrics::report;
use crate::metrics::report::{FindingsOptions, ReportOptions};
use crate::metrics::risk_eval::{evaluate, EvalOptions, ReplayOptions};
use crate::warning::InLocale;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = include_str!("types.d.ts");

/// A result with its keys in camelCase.
fn result<T: Serialize>(r: &T) -> Result<JsValue, JsError> {
    super::tape::to_js(r)
}

/// Panics on purpose, so that tests can check a panic becomes a JS `Error` and the module
/// keeps working. Not part of the API.
#[doc(hidden)]
#[wasm_bindgen(js_name = "__panicForTesting", skip_typescript)]
pub fn panic_for_testing() {
    #[allow(clippy::panic)]
    {
        panic!("deliberate panic for testing");
    }
}

/// The options an analysis was called with, read by the core ([`Call::from_json`]): an unknown key
/// or a value of the wrong kind is an error naming the option.
fn call<O: Serialize + DeserializeOwned + Default>(
    analysis: &str,
    value: JsValue,
) -> Result<Call<O>, JsError> {
    Call::from_json(analysis, given(analysis, value)?).map_err(err)
}

/// A call's options as JSON (`null` when none were passed).
fn given(analysis: &str, value: JsValue) -> Result<Value, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Value::Null);
    }
    let as_of = js_sys::Reflect::get(&value, &JsValue::from_str("asOf")).unwrap_or_default();
    if as_of.is_instance_of::<js_sys::Date>() {
        return Err(err(
            "asOf: expected a date as \"YYYY-MM-DD\", got a JS Date (pass date.toISOString().slice(0, 10))",
        ));
    }
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| err(format!("{analysis}: options cannot be read ({e})")))
}

/// An analysis's error as JS receives it, in the language the call asked for (English when none).
fn in_language(locale: &Option<String>) -> impl Fn(crate::Error) -> JsError + '_ {
    move |e| JsError::new(&e.localized(Locale::of(locale.as_deref())))
}

/// A result in the language asked for, as JS receives it.
fn localized<T: Serialize + InLocale>(r: T, locale: Option<&str>) -> Result<JsValue, JsError> {
    result(&r.in_locale(locale))
}

fn tables<T: for<'de> Deserialize<'de>>(value: JsValue) -> Result<BTreeMap<String, T>, JsError> {
    serde_wasm_bindgen::from_value(value).map_err(|e| {
        err(format!(
            "expected an object with one entry per table (people, pairs, ...): {e}"
        ))
    })
}

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
struct SampleOptions {
    seed: Option<u64>,
    people: Option<usize>,
}

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
struct WarningsOptions {
    locale: Option<String>,
}

/// Options of a strict type, read through JSON so that an unknown key is refused
/// (serde-wasm-bindgen reads a struct's fields by name and never sees the others).
fn strict<O: DeserializeOwned + Default>(call: &str, options: JsValue) -> Result<O, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(O::default());
    }
    let v: Value = serde_wasm_bindgen::from_value(options).map_err(err)?;
    serde_json::from_value(v).map_err(|e| err(format!("{call}: {e}")))
}

/// A loaded, validated data set.
#[wasm_bindgen]
pub struct Dataset {
    inner: crate::Dataset,
}

#[wasm_bindgen]
impl Dataset {
    /// Loads CSV texts: `{ people, pairs?, sessions?, goals?, feedback?, promotions? }`; options
    /// `{ mapping?, onProgress? }` (or the progress function alone).
    #[wasm_bindgen(js_name = fromCsv)]
    pub fn from_csv(
        #[wasm_bindgen(unchecked_param_type = "TableTexts")] tables_csv: JsValue,
        #[wasm_bindgen(
            unchecked_optional_param_type = "LoadOptions | ((progress: LoadProgress) => void)"
        )]
        options: JsValue,
    ) -> Result<Dataset, JsValue> {
        load_texts(&tables_csv, Source::CsvOwned, load_options(options)?)
    }

    /// Loads JSON texts, each an array of objects.
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "TableTexts")] tables_json: JsValue,
        #[wasm_bindgen(
            unchecked_optional_param_type = "LoadOptions | ((progress: LoadProgress) => void)"
        )]
        options: JsValue,
    ) -> Result<Dataset, JsValue> {
        load_texts(&tables_json, Source::JsonBytes, load_options(options)?)
    }

    /// Loads arrays of plain objects (dates as `YYYY-MM-DD` strings).
    #[wasm_bindgen(js_name = fromRecords)]
    pub fn from_records(
        #[wasm_bindgen(unchecked_param_type = "TableRecords")] records: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "LoadOptions")] options: JsValue,
    ) -> Result<Dataset, JsValue> {
        let o = load_options(options)?;
        let t: BTreeMap<String, Value> = tables(records)?;
        let inputs = t
            .iter()
            .map(|(k, v)| {
                Ok((
                    table_name(k)?,
                    Origin::default(),
                    Source::Records(v.clone()),
                ))
            })
            .collect::<Result<Vec<_>, JsError>>()?;
        Ok(Dataset {
            inner: ingest::load_with(inputs, &o.mapping).map_err(|e| load_error(e, o.locale))?,
        })
    }

    /// Loads files as exports come: `[{ name, bytes }]` of CSV, TSV, JSON and XLSX files, matched to
    /// the tables by name (`people.csv`, a sheet `Pairs`) or by the mapping.
    #[wasm_bindgen(js_name = fromFiles)]
    pub fn from_files(
        #[wasm_bindgen(unchecked_param_type = "InputFile[]")] files: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "LoadOptions")] options: JsValue,
    ) -> Result<Dataset, JsValue> {
        let o = load_options(options)?;
        let list = input_files(&files)?;
        progress(&o.on_progress, "reading", None);
        Ok(Dataset {
            inner: ingest::load_files(list, &o.mapping).map_err(|e| load_error(e, o.locale))?,
        })
    }

    /// What an export holds, for building a mapping: each file's (or sheet's) headers, a preview,
    /// each column's values and date format, the table it feeds or looks like; the contract's
    /// columns; and a mapping guessed from names (`suggested`, the JSON of a mapping file).
    #[wasm_bindgen(js_name = inspectFiles, unchecked_return_type = "Inspection")]
    pub fn inspect_files(
        #[wasm_bindgen(unchecked_param_type = "InputFile[]")] files: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "LoadOptions")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let o = load_options(options)?;
        let seen = ingest::inspect(input_files(&files)?, &o.mapping)
            .map_err(|e| load_error(e, o.locale))?;
        Ok(result(&seen)?)
    }

    /// Loads an XLSX workbook with one sheet per table (sheets named after the tables, or as the
    /// mapping says).
    #[wasm_bindgen(js_name = fromXlsx)]
    pub fn from_xlsx(
        bytes: Vec<u8>,
        #[wasm_bindgen(unchecked_optional_param_type = "LoadOptions")] options: JsValue,
    ) -> Result<Dataset, JsValue> {
        let o = load_options(options)?;
        let file = ingest::InputFile::new("workbook.xlsx", bytes);
        Ok(Dataset {
            inner: ingest::load_files(vec![file], &o.mapping)
                .map_err(|e| load_error(e, o.locale))?,
        })
    }

    /// Loads one XLSX (or XLS / ODS) file per table: `{ people: bytes, pairs?: bytes, ... }`, each
    /// read from its first sheet.
    #[wasm_bindgen(js_name = fromXlsxFiles)]
    pub fn from_xlsx_files(
        #[wasm_bindgen(unchecked_param_type = "Record<string, Uint8Array>")] files: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "LoadOptions")] options: JsValue,
    ) -> Result<Dataset, JsValue> {
        let o = load_options(options)?;
        let mut problems = Vec::new();
        let mut inputs = Vec::new();
        for entry in js_sys::Object::entries(&js_sys::Object::from(files)).iter() {
            let pair = js_sys::Array::from(&entry);
            let name = pair.get(0).as_string().unwrap_or_default();
            let table = table_name(&name)?;
            let bytes = js_sys::Uint8Array::new(&pair.get(1)).to_vec();
            match ingest::xlsx::first_sheet(table, &bytes) {
                Ok(raw) => inputs.push((table, Origin::default(), Source::Raw(raw))),
                Err(p) => problems.push(*p),
            }
        }
        if !problems.is_empty() {
            return Err(load_error(crate::Error::input(problems), o.locale));
        }
        Ok(Dataset {
            inner: ingest::load_with(inputs, &o.mapping).map_err(|e| load_error(e, o.locale))?,
        })
    }

    /// The built-in synthetic sample: `{ seed?, people? }`.
    pub fn sample(
        #[wasm_bindgen(unchecked_optional_param_type = "SampleOptions")] options: JsValue,
    ) -> Result<Dataset, JsValue> {
        let o: SampleOptions = strict("sample", options)?;
        let defaults = Options::default();
        let g = generate::generate(Options {
            seed: o.seed.unwrap_or(defaults.seed),
            people: o.people.unwrap_or(defaults.people),
            ..defaults
        });
        Ok(Dataset { inner: g.dataset })
    }

    /// `{ asOf, minGroupSize, version, rows: { people, ... }, tables }`.
    #[wasm_bindgen(unchecked_return_type = "Meta")]
    pub fn meta(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "CommonOptions")] options: JsValue,
    ) -> Result<JsValue, JsError> {
        let c = call::<ReportOptions>("meta", options)?;
        let mut meta = report::meta(&self.inner, &c.params).map_err(in_language(&c.locale))?;
        if let Some(tag) = c.locale {
            meta.localize(Locale::resolve(&tag).0);
        }
        result(&meta)
    }

    /// Non-fatal oddities found while loading, their messages in `locale`: `{ locale }`.
    #[wasm_bindgen(unchecked_return_type = "Warning[]")]
    pub fn warnings(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "WarningsOptions")] options: JsValue,
    ) -> Result<JsValue, JsError> {
        let o: WarningsOptions = strict("warnings", options)?;
        localized(self.inner.warnings.clone(), o.locale.as_deref())
    }

    /// Replays the loaded history to measure the at-risk detector against single-rule baselines
    /// (positives: pairs recorded as ended early within the horizon): `{ config, learn }`.
    #[wasm_bindgen(js_name = riskEvaluation, unchecked_return_type = "RiskEvaluation")]
    pub fn risk_evaluation(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RiskEvaluationOptions")] options: JsValue,
    ) -> Result<JsValue, JsError> {
        let c = call::<ReplayOptions>("riskEvaluation", options)?;
        let opts = EvalOptions {
            learn: c.options.learn,
            ..EvalOptions::default()
        };
        let mut e = evaluate(&self.inner, &c.params, &c.options.config, opts, None)
            .map_err(in_language(&c.locale))?;
        if let Some(tag) = c.locale {
            e.localize(Locale::resolve(&tag).0);
        }
        result(&e)
    }

    /// Every analysis whose tables are loaded.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn report(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "CommonOptions")] options: JsValue,
    ) -> Result<JsValue, JsError> {
        self.run::<ReportOptions>(options)
    }

    /// The report as one self-contained HTML page to hand on (findings, each analysis with its
    /// charts as inline SVG and its tables, the methods), in `locale`: `{ asOf, minGroupSize, locale }`.
    #[wasm_bindgen(js_name = reportHtml)]
    pub fn report_html(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "CommonOptions")] options: JsValue,
    ) -> Result<String, JsError> {
        let c = call::<ReportOptions>("reportHtml", options)?;
        let r = report::report(&self.inner, &c.params)
            .map_err(in_language(&c.locale))?
            .in_locale(c.locale.as_deref());
        let language = Locale::of(c.locale.as_deref());
        let doc = crate::document::summary(&r, language, None);
        Ok(crate::document::html::page(&doc))
    }

    /// Who should mentor whom: `{ mentees, sameProgram, differentDepartment, minLevelGap, asOf }`.
    #[wasm_bindgen(unchecked_return_type = "SuggestResult")]
    pub fn suggest(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "SuggestOptions")] options: JsValue,
    ) -> Result<JsValue, JsError> {
        self.run::<SuggestOptions>(options)
    }

    /// What the analyses say, most urgent first: `{ asOf, findings, warnings }`.
    #[wasm_bindgen(unchecked_return_type = "FindingsResult")]
    pub fn findings(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "CommonOptions")] options: JsValue,
    ) -> Result<JsValue, JsError> {
        self.run::<FindingsOptions>(options)
    }

    /// The rows of one analysis result table by name (`risk`, `goals_by_group`, `retention_cox`,
    /// ...), as SQL reads it (snake_case columns), its analysis run with `options` as that
    /// analysis's method takes them: the notebook's analysis cells.
    #[wasm_bindgen(js_name = resultTable, unchecked_return_type = "SqlRow[]")]
    pub fn result_table(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ResultTableName")] name: &str,
        #[wasm_bindgen(unchecked_optional_param_type = "AnalysisOptions")] options: JsValue,
    ) -> Result<JsValue, JsError> {
        super::tape::to_js_verbatim(&self.result(name, options)?)
    }

    /// One result table as columns, as `resultTable` computes it: numbers as a `Float64Array`
    /// (NaN where a row has none), text, true/false and dates ("YYYY-MM-DD") as arrays (null where
    /// a row has none), in the order of the table's columns. What Arquero's `aq.table(columns)`
    /// takes; a table of many pairs crosses without a JSON text.
    #[wasm_bindgen(js_name = resultColumns, unchecked_return_type = "ResultColumns")]
    pub fn result_columns(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ResultTableName")] name: &str,
        #[wasm_bindgen(unchecked_optional_param_type = "AnalysisOptions")] options: JsValue,
    ) -> Result<JsValue, JsError> {
        let table = self.result(name, options)?;
        let out = js_sys::Object::new();
        for c in table.columns().map_err(err)?.columns {
            js_sys::Reflect::set(&out, &JsValue::from_str(c.name), &column(&c.data))
                .map_err(|_| err("a column cannot be set"))?;
        }
        Ok(out.into())
    }

    /// The analysis result tables, each with its rows and the analysis whose options it takes.
    #[wasm_bindgen(js_name = resultTables, unchecked_return_type = "ResultTableInfo[]")]
    pub fn result_table_list() -> Result<JsValue, JsError> {
        to_js_value(&serde_json::to_value(crate::metrics::tables::listed()).map_err(err)?)
    }

    /// The loaded tables as bytes for the SQL module (the package's `sql()` passes them on).
    #[doc(hidden)]
    #[wasm_bindgen(js_name = "__sqlTables", skip_typescript)]
    pub fn sql_tables(&self) -> Result<Vec<u8>, JsError> {
        crate::model::columns::encode(&crate::model::columns::tables(&self.inner)).map_err(err)
    }

    /// The analysis results a SQL query names (`risk`, `drivers`, ...; not those in `given`), as
    /// bytes for the SQL module: `{ asOf, minGroupSize, by, locale }` as for the analyses.
    #[doc(hidden)]
    #[wasm_bindgen(js_name = "__resultTables", skip_typescript)]
    pub fn result_tables(
        &self,
        query: &str,
        given: Vec<String>,
        options: JsValue,
    ) -> Result<Vec<u8>, JsError> {
        use crate::metrics::tables::{named_in, result_tables, SqlOptions};
        let c = call::<SqlOptions>("sql", options)?;
        let given: Vec<&str> = given.iter().map(String::as_str).collect();
        let named = named_in(query, &given);
        let rows = result_tables(&self.inner, &c.params, c.locale.as_deref(), &named)
            .map_err(in_language(&c.locale))?;
        let tables = rows
            .iter()
            .map(crate::model::columns::RowTable::columns)
            .collect::<crate::Result<Vec<_>>>()
            .map_err(err)?;
        crate::model::columns::encode(&tables).map_err(err)
    }

    /// The generated tables as CSV texts (for download from the dashboard).
    #[wasm_bindgen(js_name = toCsv)]
    #[wasm_bindgen(unchecked_return_type = "Record<string, string>")]
    pub fn to_csv(&self) -> Result<JsValue, JsError> {
        let files: BTreeMap<&str, String> =
            crate::export::tables_csv(&self.inner).into_iter().collect();
        to_js_value(&serde_json::to_value(files).map_err(err)?)
    }
}

/// A method per analysis of the report ([`analyses`]), each taking its options and returning its
/// result in the language asked for.
macro_rules! analysis_methods {
    ($($(#[$doc:meta])* $name:ident: $options:ty, $ts_options:literal => $ts_result:literal;)*) => {
        #[wasm_bindgen]
        impl Dataset {
            $(
                $(#[$doc])*
                #[wasm_bindgen(unchecked_return_type = $ts_result)]
                pub fn $name(
                    &self,
                    #[wasm_bindgen(unchecked_optional_param_type = $ts_options)] options: JsValue,
                ) -> Result<JsValue, JsError> {
                    self.run::<$options>(options)
                }
            )*
        }
    };
}

analyses!(analysis_methods);

impl Dataset {
    /// The result table `name`, its analysis run with the options JS passed.
    fn result(
        &self,
        name: &str,
        options: JsValue,
    ) -> Result<crate::model::columns::RowTable, JsError> {
        crate::metrics::tables::result_rows(&self.inner, name, given(name, options)?).map_err(err)
    }

    /// Runs analysis `A` with the options JS passed, in the language they ask for.
    fn run<A: Analysis>(&self, options: JsValue) -> Result<JsValue, JsError> {
        let c = call::<A>(A::NAME, options)?;
        let r = c
            .options
            .run(&self.inner, &c.params)
            .map_err(in_language(&c.locale))?;
        localized(r, c.locale.as_deref())
    }
}

/// A column as JS holds it: numbers in a `Float64Array` (NaN for none), the rest in an array.
fn column(data: &crate::model::columns::Data<'_>) -> JsValue {
    use crate::model::columns::Data;
    let numbers = |v: Vec<f64>| js_sys::Float64Array::from(&v[..]).into();
    let values = |v: Vec<JsValue>| v.into_iter().collect::<js_sys::Array>().into();
    let or_null = |v: Option<JsValue>| v.unwrap_or(JsValue::NULL);
    match data {
        Data::Number(v) => numbers(v.iter().map(|x| x.unwrap_or(f64::NAN)).collect()),
        Data::Integer(v) => numbers(v.iter().map(|x| x.map_or(f64::NAN, |x| x as f64)).collect()),
        Data::Whole(v) => numbers(v.iter().map(|x| f64::from(*x)).collect()),
        Data::Text(v) => values(
            v.iter()
                .map(|x| or_null(x.map(JsValue::from_str)))
                .collect(),
        ),
        Data::Flag(v) => values(
            v.iter()
                .map(|x| or_null(x.map(JsValue::from_bool)))
                .collect(),
        ),
        Data::Date(v) => values(
            v.iter()
                .map(|x| or_null(x.map(|d| JsValue::from_str(&crate::model::date::format(d)))))
                .collect(),
        ),
    }
}

/// A failed load as a JS `Error` whose `problems` list each problem as data (`{ kind, table, row,
/// column, value, ..., message }`), so a portal can point at the cell.
fn load_error(e: crate::Error, locale: Locale) -> JsValue {
    let error = js_sys::Error::new(&e.localized(locale));
    let problems: Vec<Value> = match &e {
        crate::Error::Input { problems, .. } => problems
            .iter()
            .map(|p| {
                let mut v = serde_json::to_value(p).unwrap_or_default();
                if let Some(m) = v.as_object_mut() {
                    m.insert("message".into(), Value::String(p.message().render(locale)));
                }
                v
            })
            .collect(),
        _ => Vec::new(),
    };
    if let Ok(list) = result(&problems) {
        let _ = js_sys::Reflect::set(&error, &JsValue::from_str("problems"), &list);
    }
    error.into()
}

/// JS callers name tables in any case; the core knows them by their contract names.
fn table_name(k: &str) -> Result<&'static str, JsError> {
    crate::model::Table::ALL
        .map(crate::model::Table::name)
        .into_iter()
        .find(|t| ingest::normalize(t) == ingest::normalize(k))
        .ok_or_else(|| {
            err(format!(
                "unknown table \"{k}\" (expected one of: {})",
                crate::model::Table::listed()
            ))
        })
}

/// A load's options.
struct LoadOptions {
    mapping: ingest::Mapping,
    on_progress: Option<js_sys::Function>,
    /// The language of a failed load's messages.
    locale: Locale,
}

/// `{ mapping?, onProgress?, locale? }`, or the progress function alone (as before the mapping). The
/// mapping is the JSON document of SPEC §2.1, as an object or as its text.
fn load_options(value: JsValue) -> Result<LoadOptions, JsValue> {
    let mut o = LoadOptions {
        mapping: ingest::Mapping::default(),
        on_progress: None,
        locale: Locale::En,
    };
    if value.is_undefined() || value.is_null() {
        return Ok(o);
    }
    if let Some(f) = value.dyn_ref::<js_sys::Function>() {
        o.on_progress = Some(f.clone());
        return Ok(o);
    }
    if !value.is_object() {
        return Err(err("load options: expected { mapping, onProgress, locale }").into());
    }
    let locale = js_sys::Reflect::get(&value, &JsValue::from_str("locale")).unwrap_or_default();
    if let Some(tag) = locale.as_string() {
        o.locale = Locale::resolve(&tag).0;
    } else if !locale.is_undefined() && !locale.is_null() {
        return Err(err("locale: expected a language tag such as \"de\" or \"de-DE\"").into());
    }
    for key in js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        let v = js_sys::Reflect::get(&value, &JsValue::from_str(&key)).unwrap_or_default();
        match key.as_str() {
            "mapping" if v.is_undefined() || v.is_null() => {}
            "mapping" => {
                let text = match v.as_string() {
                    Some(t) => t,
                    None => js_sys::JSON::stringify(&v)
                        .map(String::from)
                        .map_err(|_| err("load options: the mapping is not JSON"))?,
                };
                o.mapping =
                    ingest::Mapping::from_json(&text).map_err(|e| load_error(e, o.locale))?;
            }
            "onProgress" => o.on_progress = v.dyn_into::<js_sys::Function>().ok(),
            "locale" => {}
            other => {
                return Err(err(format!(
                "load options: unknown option \"{other}\" (accepted: mapping, onProgress, locale)"
            ))
                .into())
            }
        }
    }
    Ok(o)
}

/// Tells `on_progress` of a stage a person can follow.
fn progress(on_progress: &Option<js_sys::Function>, stage: &str, table: Option<&str>) {
    if let Some(f) = on_progress {
        let p = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&p, &"stage".into(), &stage.into());
        if let Some(t) = table {
            let _ = js_sys::Reflect::set(&p, &"table".into(), &t.into());
        }
        let _ = f.call1(&JsValue::NULL, &p);
    }
}

/// `[{ name, bytes }]` as files whose bytes cross into wasm memory when their table is read.
fn input_files(value: &JsValue) -> Result<Vec<ingest::InputFile<'static>>, JsError> {
    let expected = "fromFiles: expected an array of { name, bytes } (bytes: a Uint8Array, an ArrayBuffer or text)";
    let list = value
        .dyn_ref::<js_sys::Array>()
        .ok_or_else(|| err(expected))?;
    let mut out = Vec::new();
    for item in list.iter() {
        let name = js_sys::Reflect::get(&item, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .ok_or_else(|| err(expected))?;
        let data = js_sys::Reflect::get(&item, &"bytes".into()).unwrap_or_default();
        if !(data.is_string()
            || data.is_instance_of::<js_sys::Uint8Array>()
            || data.is_instance_of::<js_sys::ArrayBuffer>())
        {
            return Err(err(format!("{expected}: \"{name}\" has no bytes")));
        }
        out.push(ingest::InputFile {
            name,
            bytes: Box::new(move || Ok(bytes(&data))),
        });
    }
    Ok(out)
}

/// Loads texts (one per table), each crossing into wasm memory as `source` bytes when the load
/// takes it.
fn load_texts(
    value: &JsValue,
    source: fn(Vec<u8>) -> Source<'static>,
    o: LoadOptions,
) -> Result<Dataset, JsValue> {
    // Stages a person can follow: each table as it is read, then the checks across tables.
    let inputs = texts(value)?
        .into_iter()
        .map(|(t, v)| {
            progress(&o.on_progress, "reading", Some(t));
            (t, Origin::default(), source(bytes(&v)))
        })
        // Asked for more after the last table: every table is read, the checks begin.
        .chain(std::iter::from_fn(|| {
            progress(&o.on_progress, "checking", None);
            None
        }));
    Ok(Dataset {
        inner: ingest::load_with(inputs, &o.mapping).map_err(|e| load_error(e, o.locale))?,
    })
}

/// The tables' texts (strings or UTF-8 bytes), still JS values, in the order of the contract's
/// tables: each crosses into wasm memory only when the load takes it ([`bytes`]) and is dropped
/// once read, so one table's text at a time is in wasm memory (which never shrinks).
fn texts(value: &JsValue) -> Result<Vec<(&'static str, JsValue)>, JsError> {
    let expected = "expected an object with one entry per table (people, pairs, ...)";
    if !value.is_object() {
        return Err(err(expected));
    }
    let mut out = Vec::new();
    for entry in js_sys::Object::entries(value.unchecked_ref()).iter() {
        let entry: js_sys::Array = entry.unchecked_into();
        let key = entry.get(0).as_string().unwrap_or_default();
        let text = entry.get(1);
        if !(text.is_string()
            || text.is_instance_of::<js_sys::Uint8Array>()
            || text.is_instance_of::<js_sys::ArrayBuffer>())
        {
            return Err(err(format!(
                "{expected}: \"{key}\" is not text (give each table's file contents as a string, a Uint8Array or an ArrayBuffer)"
            )));
        }
        out.push((table_name(&key)?, text));
    }
    out.sort_by_key(|(t, _)| crate::model::Table::named(t));
    Ok(out)
}

#[wasm_bindgen]
extern "C" {
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(
        this: &TextEncoder,
        text: &js_sys::JsString,
        into: &js_sys::Uint8Array,
    ) -> Encoded;

    /// What `encodeInto` did: UTF-16 units read, bytes written.
    type Encoded;
    #[wasm_bindgen(method, getter)]
    fn read(this: &Encoded) -> u32;
    #[wasm_bindgen(method, getter)]
    fn written(this: &Encoded) -> u32;
}

/// A text's UTF-8 bytes in wasm memory: bytes are copied; a string is encoded by the engine
/// straight into wasm memory (`encodeInto`: no JS copy of the bytes, which then had to be copied
/// again, nor Rust's own transcoding, which goes a character at a time).
fn bytes(text: &JsValue) -> Vec<u8> {
    if let Some(s) = text.dyn_ref::<js_sys::JsString>() {
        utf8(s)
    } else if let Some(b) = text.dyn_ref::<js_sys::ArrayBuffer>() {
        js_sys::Uint8Array::new(b).to_vec()
    } else {
        js_sys::Uint8Array::new(text).to_vec()
    }
}

/// A string as UTF-8, encoded into a buffer of a byte per UTF-16 unit (exact for ASCII, which
/// exports mostly are); what did not fit is encoded again into room for its worst case (three
/// bytes a unit), so the buffer never holds much more than the text.
fn utf8(text: &js_sys::JsString) -> Vec<u8> {
    let encoder = TextEncoder::new();
    let mut out = Vec::new();
    let mut rest = text.clone();
    let mut bytes_per_unit = 1;
    loop {
        let units = rest.length();
        let at = out.len();
        out.resize(at + units as usize * bytes_per_unit, 0);
        // The view is made after the resize: growing wasm memory detaches earlier views.
        let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
        let into = js_sys::Uint8Array::new_with_byte_offset_and_length(
            &memory.buffer(),
            out.as_ptr() as u32 + at as u32,
            (out.len() - at) as u32,
        );
        let done = encoder.encode_into(&rest, &into);
        out.truncate(at + done.written() as usize);
        if done.read() >= units {
            out.shrink_to_fit();
            return out;
        }
        rest = rest.substring(done.read(), units);
        bytes_per_unit = 3;
    }
}
