//! The JS surfaces (SPEC §6). Translation only — options in, results out (camelCase keys), every
//! failure a JS `Error` with the core's message. Two wasm modules come from this crate: the
//! analyses (`analytics`: the `Dataset` class) and, built with the `sql-module` feature, SQL over the
//! tables (`sql`), which the npm package loads only when SQL is used.

#[cfg(not(feature = "sql-module"))]
mod analytics;
#[cfg(feature = "sql")]
mod sql;
#[cfg(not(feature = "sql-module"))]
mod tape;

use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    std::panic::set_hook(Box::new(panic_to_error));
}

/// A panic (a bug: none is known, and `unwrap`/`expect` are denied) must not leave a dead module
/// behind. The wasm target aborts on panic, so the hook logs the panic, asks wasm-bindgen to start
/// a fresh instance on the next call, and throws a JS `Error` carrying the message, which unwinds
/// out of the wasm frames. Objects made before the panic belong to the old instance; load again.
fn panic_to_error(info: &std::panic::PanicHookInfo) {
    console_error_panic_hook::hook(info);
    wasm_bindgen::handler::schedule_reinit();
    wasm_bindgen::throw_str(&format!(
        "mentor-insights internal error (a bug; please report it): {info}. \
         The module has been reset: load the data again."
    ));
}

fn err(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

/// Collects JSON text as JS strings of about `CHUNK` bytes, so the whole text never sits in wasm
/// memory (which never shrinks): a report on a large program is ~100 MB of text.
struct JsChunks {
    buf: Vec<u8>,
    parts: js_sys::Array,
}

impl JsChunks {
    const CHUNK: usize = 1 << 20;

    fn new() -> Self {
        JsChunks {
            buf: Vec::with_capacity(Self::CHUNK + 64),
            parts: js_sys::Array::new(),
        }
    }

    /// Moves the buffer's text, up to its last whole character, into a JS string.
    fn push(&mut self) -> std::io::Result<()> {
        let mut n = self.buf.len();
        // Back over an incomplete trailing character (continuation bytes are 0b10xx_xxxx).
        if let Some(lead) = self.buf.iter().rposition(|b| b & 0xC0 != 0x80) {
            let width = match self.buf[lead] {
                b if b >= 0xF0 => 4,
                b if b >= 0xE0 => 3,
                b if b >= 0xC0 => 2,
                _ => 1,
            };
            if lead + width > n {
                n = lead;
            }
        }
        let text = std::str::from_utf8(&self.buf[..n]).map_err(std::io::Error::other)?;
        self.parts.push(&JsValue::from_str(text));
        self.buf.drain(..n);
        Ok(())
    }

    /// The text, parsed by the engine.
    fn parse(mut self) -> Result<JsValue, JsError> {
        self.push().map_err(err)?;
        json_parse(&self.parts.join("")).map_err(|_| err("a result could not be converted to JS"))
    }
}

#[wasm_bindgen]
extern "C" {
    /// `JSON.parse` of a JS string (js_sys's takes a Rust `&str`, which would copy it back).
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &js_sys::JsString) -> Result<JsValue, JsValue>;
}

impl std::io::Write for JsChunks {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.write_all(bytes)?;
        Ok(bytes.len())
    }

    // serde_json writes token by token: one call each, not the default's retry loop.
    fn write_all(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.buf.extend_from_slice(bytes);
        if self.buf.len() >= Self::CHUNK {
            self.push()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// SQL rows and the smaller values cross as JSON text parsed by the engine: one call instead of
/// one per property, which for hundreds of thousands of objects is several times faster. The
/// analyses' results and result tables cross as a tape (`tape.rs`), faster still.
fn to_js_value<T: serde::Serialize + ?Sized>(v: &T) -> Result<JsValue, JsError> {
    let mut out = JsChunks::new();
    serde_json::to_writer(&mut out, v).map_err(err)?;
    out.parse()
}
