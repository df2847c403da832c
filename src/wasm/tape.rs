//! Results cross to JS as a tape instead of JSON text: every value in postfix order (an object's
//! or array's members before it), its kind in one stream of tags and its number, length, shape or
//! text in three more, which `tape.js` rebuilds into the objects `JSON.parse` would give for the
//! same result. Nothing formats or parses a number, and an object's keys cross once per shape
//! instead of once per object: for an engagement analysis' 42,000 pairs this is about half of
//! what JSON cost on both sides (BENCHMARKS measurement 19).
//!
//! Object keys are the contract's camelCase (SPEC §6): snake_case fields and map keys are turned as
//! they are written, but those of [`DATA_KEYED`] objects and everything under [`VERBATIM`] keys.

use super::err;
use crate::metrics::projection::{each_plain, Unserialisable};
use rustc_hash::FxHashMap;
use serde::ser::{self, Serialize};
use std::borrow::Cow;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/wasm/tape.js")]
extern "C" {
    /// The value on a tape: its streams as lists of chunks (tags, numbers, counts, text), the
    /// object keys, and each shape's parent shape and last key, in pairs.
    #[wasm_bindgen(catch)]
    fn rebuild(
        streams: &js_sys::Array,
        keys: &js_sys::Array,
        shapes: &[u32],
    ) -> Result<JsValue, JsValue>;
}

/// Objects whose keys are data, not the contract's names: written as they are (risk weights are
/// keyed by signal, as `reasons[].signal` names them).
const DATA_KEYED: &str = "weights";

/// Objects written as they are all the way down: a suggested mapping is the JSON of a mapping
/// file (SPEC §2.1), snake_case and keyed by the contract's columns.
const VERBATIM: &str = "suggested";

/// A value's kind, as `tape.js` reads it.
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag {
    Null = 0,
    True = 1,
    False = 2,
    /// The next number.
    Number = 3,
    /// The next count is its length in UTF-16 units, read from the text.
    String = 4,
    /// The next count is its length: the values before it.
    Array = 5,
    /// The next count is its shape: as many values before it as the shape has keys.
    Object = 6,
}

/// A serialized value as JS: what `JSON.parse` of serde_json's text with camelCase keys gives.
pub(super) fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    let mut tape = Tape::default();
    value.serialize(&mut tape).map_err(err)?;
    tape.rebuild()
}

/// The same with every key as written (a result table's rows keep their snake_case columns).
pub(super) fn to_js_verbatim<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    let mut tape = Tape {
        verbatim: true,
        ..Tape::default()
    };
    value.serialize(&mut tape).map_err(err)?;
    tape.rebuild()
}

/// How an object's shape grows by one key: a contract field (by the address of its `&'static str`,
/// turned to camelCase or kept) or a key made from data (by the key's index).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Edge {
    Field { at: usize, len: usize, as_is: bool },
    Key(u32),
}

/// An object being written: its shape so far and how its keys are written.
struct Frame {
    shape: u32,
    data_keyed: bool,
    verbatim: bool,
}

#[derive(Default)]
struct Tape {
    tags: Vec<u8>,
    numbers: Vec<f64>,
    counts: Vec<u32>,
    text: String,
    /// Full chunks of each stream, already in JS.
    chunks: [Vec<JsValue>; 4],
    keys: Vec<String>,
    key_ids: FxHashMap<String, u32>,
    /// Shape 0 has no keys; shape s ≥ 1 is `shapes[2(s−1)]` with key `shapes[2(s−1) + 1]`.
    shapes: Vec<u32>,
    edges: FxHashMap<(u32, Edge), u32>,
    /// Each shape's last edge taken and where it led: objects of one type mostly repeat their
    /// keys in order, so this spares most lookups in `edges`.
    last_edge: Vec<Option<(Edge, u32)>>,
    frames: Vec<Frame>,
    /// Whether every key is written as it is.
    verbatim: bool,
    /// Whether the key just written opens a data-keyed or a verbatim object.
    opens_data: bool,
    opens_verbatim: bool,
}

/// Bytes per chunk of each stream, so that a large result never sits whole in wasm memory, which
/// never shrinks.
const CHUNK_BYTES: usize = 1 << 20;

impl Tape {
    fn tag(&mut self, tag: Tag) {
        self.tags.push(tag as u8);
        if self.tags.len() >= CHUNK_BYTES {
            self.chunks[0].push(js_sys::Uint8Array::from(&self.tags[..]).into());
            self.tags.clear();
        }
    }

    fn number(&mut self, v: f64) {
        if !v.is_finite() {
            // As serde_json writes them.
            return self.tag(Tag::Null);
        }
        self.tag(Tag::Number);
        self.numbers.push(v);
        if self.numbers.len() >= CHUNK_BYTES / 8 {
            self.chunks[1].push(js_sys::Float64Array::from(&self.numbers[..]).into());
            self.numbers.clear();
        }
    }

    fn count(&mut self, n: u32) {
        self.counts.push(n);
        if self.counts.len() >= CHUNK_BYTES / 4 {
            self.chunks[2].push(js_sys::Uint32Array::from(&self.counts[..]).into());
            self.counts.clear();
        }
    }

    fn string(&mut self, s: &str) {
        self.tag(Tag::String);
        let units = if s.is_ascii() {
            s.len()
        } else {
            s.chars().map(char::len_utf16).sum()
        };
        self.count(units as u32);
        self.text.push_str(s);
        if self.text.len() >= CHUNK_BYTES {
            self.chunks[3].push(JsValue::from_str(&self.text));
            self.text.clear();
        }
    }

    fn open(&mut self) {
        let inside = self.frames.last().is_some_and(|f| f.verbatim);
        self.frames.push(Frame {
            shape: 0,
            data_keyed: std::mem::take(&mut self.opens_data),
            verbatim: inside || std::mem::take(&mut self.opens_verbatim),
        });
    }

    fn close(&mut self) {
        let shape = self.frames.pop().map_or(0, |f| f.shape);
        self.tag(Tag::Object);
        self.count(shape);
    }

    /// Whether the open object's keys are written as they are.
    fn keys_as_is(&self) -> bool {
        self.verbatim
            || self
                .frames
                .last()
                .is_some_and(|f| f.data_keyed || f.verbatim)
    }

    /// Adds a key to the open object's shape (its value follows).
    fn key(&mut self, raw: &str, edge: impl FnOnce(&mut Self, bool) -> Edge) {
        self.opens_data = raw == DATA_KEYED;
        self.opens_verbatim = raw == VERBATIM;
        let as_is = self.keys_as_is();
        let edge = edge(self, as_is);
        let Some(parent) = self.frames.last().map(|f| f.shape) else {
            return;
        };
        let last = self.last_edge.get(parent as usize).copied().flatten();
        let shape = match last {
            Some((e, s)) if e == edge => s,
            _ => {
                let s = self.shape(parent, edge, raw, as_is);
                if self.last_edge.len() <= parent as usize {
                    self.last_edge.resize(parent as usize + 1, None);
                }
                self.last_edge[parent as usize] = Some((edge, s));
                s
            }
        };
        if let Some(f) = self.frames.last_mut() {
            f.shape = shape;
        }
    }

    /// The shape `edge` leads to from `parent`, made if it is new.
    fn shape(&mut self, parent: u32, edge: Edge, raw: &str, as_is: bool) -> u32 {
        if let Some(&s) = self.edges.get(&(parent, edge)) {
            return s;
        }
        let key = self.key_index(&written(raw, as_is));
        self.shapes.extend([parent, key]);
        let s = (self.shapes.len() / 2) as u32;
        self.edges.insert((parent, edge), s);
        s
    }

    fn field(&mut self, name: &'static str) {
        self.key(name, |_, as_is| Edge::Field {
            at: name.as_ptr() as usize,
            len: name.len(),
            as_is,
        });
    }

    fn map_key(&mut self, raw: &str) {
        self.key(raw, |t, as_is| Edge::Key(t.key_index(&written(raw, as_is))));
    }

    fn key_index(&mut self, key: &str) -> u32 {
        if let Some(&i) = self.key_ids.get(key) {
            return i;
        }
        let i = self.keys.len() as u32;
        self.keys.push(key.to_string());
        self.key_ids.insert(key.to_string(), i);
        i
    }

    fn rebuild(mut self) -> Result<JsValue, JsError> {
        self.chunks[0].push(js_sys::Uint8Array::from(&self.tags[..]).into());
        self.chunks[1].push(js_sys::Float64Array::from(&self.numbers[..]).into());
        self.chunks[2].push(js_sys::Uint32Array::from(&self.counts[..]).into());
        self.chunks[3].push(JsValue::from_str(&self.text));
        let streams: js_sys::Array = self
            .chunks
            .iter()
            .map(|c| c.iter().collect::<js_sys::Array>())
            .collect();
        let keys: js_sys::Array = self.keys.iter().map(|k| JsValue::from_str(k)).collect();
        rebuild(&streams, &keys, &self.shapes)
            .map_err(|_| err("a result could not be converted to JS"))
    }
}

/// A key as the contract writes it: snake_case turned to camelCase (each `_` dropped and the
/// character after it uppercased), unless the object's keys are kept as they are.
fn written(raw: &str, as_is: bool) -> Cow<'_, str> {
    if as_is || !raw.contains('_') {
        return Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    let mut parts = raw.split('_');
    out.push_str(parts.next().unwrap_or_default());
    for part in parts {
        let mut chars = part.chars();
        if let Some(c) = chars.next() {
            out.extend(c.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    Cow::Owned(out)
}

/// What cannot cross (a map keyed by something other than text, a finite number or a boolean).
type Error = Unserialisable;

impl<'a> ser::Serializer for &'a mut Tape {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Seq<'a>;
    type SerializeTuple = Seq<'a>;
    type SerializeTupleStruct = Seq<'a>;
    type SerializeTupleVariant = Seq<'a>;
    type SerializeMap = Object<'a>;
    type SerializeStruct = Object<'a>;
    type SerializeStructVariant = Object<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.tag(if v { Tag::True } else { Tag::False });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_f64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_f64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_f64(v.into())
    }
    // Wider integers become the nearest double, as `JSON.parse` reads their digits.
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.serialize_f64(v as f64)
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        self.serialize_f64(v as f64)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_f64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_f64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_f64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.serialize_f64(v as f64)
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        self.serialize_f64(v as f64)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        // serde_json writes an f32's shortest digits, which `JSON.parse` reads as a double.
        self.serialize_f64(v.to_string().parse().unwrap_or(f64::NAN))
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.number(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        for &b in v {
            self.number(b.into());
        }
        self.tag(Tag::Array);
        self.count(v.len() as u32);
        Ok(())
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.tag(Tag::Null);
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.open();
        self.field(variant);
        value.serialize(&mut *self)?;
        self.close();
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq<'a>, Error> {
        Ok(Seq {
            tape: self,
            len: 0,
            variant: false,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Seq<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Seq<'a>, Error> {
        self.open();
        self.field(variant);
        Ok(Seq {
            tape: self,
            len: 0,
            variant: true,
        })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Object<'a>, Error> {
        self.open();
        Ok(Object {
            tape: self,
            variant: false,
        })
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Object<'a>, Error> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Object<'a>, Error> {
        self.open();
        self.field(variant);
        self.open();
        Ok(Object {
            tape: self,
            variant: true,
        })
    }
}

/// An array being written (a tuple variant's array, inside its one-key object).
pub(super) struct Seq<'a> {
    tape: &'a mut Tape,
    len: u32,
    variant: bool,
}

impl Seq<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.len += 1;
        value.serialize(&mut *self.tape)
    }

    fn finish(self) {
        self.tape.tag(Tag::Array);
        self.tape.count(self.len);
        if self.variant {
            self.tape.close();
        }
    }
}

/// serde's four kinds of sequence, each written the same way.
macro_rules! sequence {
    ($($kind:ident: $add:ident),*) => {$(
        impl ser::$kind for Seq<'_> {
            type Ok = ();
            type Error = Error;
            fn $add<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.element(value)
            }
            fn end(self) -> Result<(), Error> {
                self.finish();
                Ok(())
            }
        }
    )*};
}

sequence!(SerializeSeq: serialize_element, SerializeTuple: serialize_element,
    SerializeTupleStruct: serialize_field, SerializeTupleVariant: serialize_field);

/// An object being written (a struct variant's fields, inside its one-key object).
pub(super) struct Object<'a> {
    tape: &'a mut Tape,
    variant: bool,
}

impl Object<'_> {
    fn finish(self) {
        self.tape.close();
        if self.variant {
            self.tape.close();
        }
    }
}

impl ser::SerializeMap for Object<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        let key = key.serialize(MapKey)?;
        self.tape.map_key(&key);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.tape)
    }
    fn end(self) -> Result<(), Error> {
        self.finish();
        Ok(())
    }
}

/// A struct's fields and a struct variant's, written the same way.
macro_rules! fields {
    ($($kind:ident),*) => {$(
        impl ser::$kind for Object<'_> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), Error> {
                self.tape.field(key);
                value.serialize(&mut *self.tape)
            }
            fn end(self) -> Result<(), Error> {
                self.finish();
                Ok(())
            }
        }
    )*};
}

fields!(SerializeStruct, SerializeStructVariant);

/// A map key as text, as serde_json writes keys: strings, numbers as their digits (finite ones),
/// booleans as their words, `Some` as its value.
struct MapKey;

/// A finite number key as serde_json writes it (its shortest digits); others are no key.
fn float_key(finite: bool, v: &impl Serialize) -> Result<String, Error> {
    if !finite {
        return Err(not_a_key());
    }
    serde_json::to_string(v).map_err(<Error as ser::Error>::custom)
}

fn not_a_key() -> Error {
    <Error as ser::Error>::custom("a map key must be a string, a finite number or a boolean")
}

impl ser::Serializer for MapKey {
    type Ok = String;
    type Error = Error;
    type SerializeSeq = ser::Impossible<String, Error>;
    type SerializeTuple = ser::Impossible<String, Error>;
    type SerializeTupleStruct = ser::Impossible<String, Error>;
    type SerializeTupleVariant = ser::Impossible<String, Error>;
    type SerializeMap = ser::Impossible<String, Error>;
    type SerializeStruct = ser::Impossible<String, Error>;
    type SerializeStructVariant = ser::Impossible<String, Error>;

    each_plain!(String, |v| Ok(v.to_string()); serialize_bool: bool, serialize_i8: i8,
        serialize_i16: i16, serialize_i32: i32, serialize_i64: i64, serialize_i128: i128,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64,
        serialize_u128: u128, serialize_char: char, serialize_str: &str);
    fn serialize_f32(self, v: f32) -> Result<String, Error> {
        float_key(v.is_finite(), &v)
    }
    fn serialize_f64(self, v: f64) -> Result<String, Error> {
        float_key(v.is_finite(), &v)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<String, Error> {
        Err(not_a_key())
    }
    fn serialize_none(self) -> Result<String, Error> {
        Err(not_a_key())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<String, Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<String, Error> {
        Err(not_a_key())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<String, Error> {
        Err(not_a_key())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<String, Error> {
        Ok(variant.to_string())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<String, Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<String, Error> {
        Err(not_a_key())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(not_a_key())
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(not_a_key())
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(not_a_key())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(not_a_key())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(not_a_key())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Error> {
        Err(not_a_key())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(not_a_key())
    }
}
