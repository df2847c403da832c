//! An analysis's result as the rows of a result table (see [`super::tables`]): the result is
//! serialised once into a light tree ([`Node`]: objects as lists of fields, plain values as JSON)
//! with its snake_case keys, and the rows are read from it into a [`RowTable`]'s columns. A
//! result of many pairs is projected without a JSON map per object or per row.
//!
//! The rules: a table is the list found at its path (`*` steps into each item of a list, carrying
//! the item's `carry` field into the rows below it); each item is a row, a list of plain values
//! gives one row per value in the column `each`, and an object at the path's end is one row. An
//! item's nested objects become columns (`completion_rate_ci_low`), an estimate's `value` the
//! column of its parent's name (its interval's `level` and `method`, the same in every row, left
//! out); a list of sentences (`text`) or of plain values is one text, other lists are tables of
//! their own.

use crate::model::columns::{Plain, RowTable};
use serde::ser::{self, Serialize};
use serde_json::Value;
use std::borrow::Cow;

/// A result as serialised: plain values as JSON, lists and objects as they came.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Plain(Plain),
    List(Vec<Node>),
    Object(Vec<(Cow<'static, str>, Node)>),
}

impl Node {
    /// The tree of `value`, serialised as JSON would be.
    pub fn of<T: Serialize + ?Sized>(value: &T) -> Result<Node, Unserialisable> {
        value.serialize(Tree)
    }

    fn get(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// Where a table's rows are in a result.
pub struct Path<'a> {
    pub steps: &'a [&'a str],
    /// The field of each item stepped into (`*`) that its rows carry.
    pub carry: &'a str,
    /// The column of a list of plain values.
    pub each: &'a str,
}

/// The rows found at `path` in `result`, as table `name`.
pub fn rows(result: &Node, path: &Path<'_>, name: &str) -> RowTable {
    let mut t = RowTable::named(name.to_string());
    rows_at(result, path.steps, path, &[], &mut t);
    t.settled()
}

/// Appends the rows found at `steps` below `v`, each starting with the `carried` values.
fn rows_at(
    v: &Node,
    steps: &[&str],
    path: &Path<'_>,
    carried: &[(&str, Plain)],
    out: &mut RowTable,
) {
    match (steps.split_first(), v) {
        (Some((&"*", rest)), Node::List(items)) => {
            for item in items {
                let mut carried = carried.to_vec();
                if let Some(Node::Plain(x)) = item.get(path.carry) {
                    carried.push((path.carry, x.clone()));
                }
                rows_at(item, rest, path, &carried, out);
            }
        }
        (Some((key, rest)), Node::Object(_)) => {
            if let Some(x) = v.get(key) {
                rows_at(x, rest, path, carried, out);
            }
        }
        (None, Node::List(items)) => {
            for item in items {
                row(out, carried);
                match item {
                    Node::Object(_) => flatten(&mut String::new(), item, out),
                    Node::Plain(x) => out.set(path.each, x.clone()),
                    Node::List(_) => {}
                }
            }
        }
        (None, Node::Object(_)) => {
            row(out, carried);
            flatten(&mut String::new(), v, out);
        }
        _ => {}
    }
}

/// Starts a row with the values carried from above.
fn row(out: &mut RowTable, carried: &[(&str, Plain)]) {
    out.push_row();
    for (k, x) in carried {
        out.set(k, x.clone());
    }
}

/// An item's fields as the columns of the last row, their names below `name`.
fn flatten(name: &mut String, v: &Node, out: &mut RowTable) {
    match v {
        Node::Object(fields) => {
            let estimate = v.get("value").is_some() && v.get("ci_low").is_some();
            for (k, x) in fields {
                if estimate && (k == "level" || k == "method") {
                    continue;
                }
                let len = name.len();
                if !(estimate && k == "value" && len > 0) {
                    if len > 0 {
                        name.push('_');
                    }
                    name.push_str(k);
                }
                flatten(name, x, out);
                name.truncate(len);
            }
        }
        Node::List(items) => {
            let texts: Option<Vec<&str>> = items
                .iter()
                .map(|i| match i {
                    Node::Object(_) => match i.get("text") {
                        Some(Node::Plain(Plain::Text(s))) => Some(s.as_str()),
                        _ => None,
                    },
                    Node::Plain(Plain::Text(s)) => Some(s.as_str()),
                    _ => None,
                })
                .collect();
            let plain = items.iter().all(|i| matches!(i, Node::Plain(_)));
            if let Some(texts) = texts {
                let separator = if plain { ", " } else { "; " };
                out.set(name, Plain::Text(texts.join(separator)));
            } else if plain {
                let joined: Vec<String> = items
                    .iter()
                    .filter_map(|i| match i {
                        Node::Plain(x) => Some(x.to_string()),
                        _ => None,
                    })
                    .collect();
                out.set(name, Plain::Text(joined.join(", ")));
            }
        }
        Node::Plain(x) => out.set(name, x.clone()),
    }
}

/// A value that has no JSON form (a map keyed by something other than text or a number).
#[derive(Debug)]
pub struct Unserialisable(String);

impl std::fmt::Display for Unserialisable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unserialisable {}

impl ser::Error for Unserialisable {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Unserialisable(msg.to_string())
    }
}

/// A serializer's methods for plain values that do the same with each: `$body` of `$v`.
macro_rules! each_plain {
    ($ok:ty, |$v:ident| $body:expr; $($method:ident: $t:ty),* $(,)?) => {$(
        fn $method(self, $v: $t) -> Result<$ok, Unserialisable> {
            $body
        }
    )*};
}
/// Also the wasm module's tape's (`wasm::tape`), compiled where it is.
#[cfg(all(target_arch = "wasm32", not(feature = "sql-module")))]
pub(crate) use each_plain;

/// Serialises into a [`Node`].
struct Tree;

type Done = Result<Node, Unserialisable>;

fn plain(v: impl Into<Value>) -> Done {
    Ok(Node::Plain(Plain::from(v.into())))
}

impl ser::Serializer for Tree {
    type Ok = Node;
    type Error = Unserialisable;
    type SerializeSeq = List;
    type SerializeTuple = List;
    type SerializeTupleStruct = List;
    type SerializeTupleVariant = Variant<List>;
    type SerializeMap = Object;
    type SerializeStruct = Object;
    type SerializeStructVariant = Variant<Object>;

    each_plain!(Node, |v| plain(v); serialize_bool: bool, serialize_i8: i8, serialize_i16: i16,
        serialize_i32: i32, serialize_i64: i64, serialize_u8: u8, serialize_u16: u16,
        serialize_u32: u32, serialize_u64: u64, serialize_str: &str);
    fn serialize_f32(self, v: f32) -> Done {
        plain(f64::from(v))
    }
    /// NaN and the infinities are null, as in JSON.
    fn serialize_f64(self, v: f64) -> Done {
        plain(v)
    }
    fn serialize_char(self, v: char) -> Done {
        plain(v.to_string())
    }
    fn serialize_bytes(self, v: &[u8]) -> Done {
        Ok(Node::List(
            v.iter()
                .map(|b| Node::Plain(Plain::Number((*b).into())))
                .collect(),
        ))
    }
    fn serialize_none(self) -> Done {
        plain(Value::Null)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Done {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Done {
        plain(Value::Null)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Done {
        plain(Value::Null)
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Done {
        plain(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> Done {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Done {
        Ok(Node::Object(vec![(variant.into(), v.serialize(Tree)?)]))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<List, Unserialisable> {
        Ok(List(Vec::with_capacity(len.unwrap_or(0))))
    }
    fn serialize_tuple(self, len: usize) -> Result<List, Unserialisable> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<List, Unserialisable> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Variant<List>, Unserialisable> {
        Ok(Variant(variant, self.serialize_seq(Some(len))?))
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Object, Unserialisable> {
        Ok(Object(Vec::with_capacity(len.unwrap_or(0)), None))
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Object, Unserialisable> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Variant<Object>, Unserialisable> {
        Ok(Variant(variant, self.serialize_map(Some(len))?))
    }
}

/// A list being serialised.
struct List(Vec<Node>);

impl ser::SerializeSeq for List {
    type Ok = Node;
    type Error = Unserialisable;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Unserialisable> {
        self.0.push(v.serialize(Tree)?);
        Ok(())
    }
    fn end(self) -> Done {
        Ok(Node::List(self.0))
    }
}

impl ser::SerializeTuple for List {
    type Ok = Node;
    type Error = Unserialisable;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Unserialisable> {
        ser::SerializeSeq::serialize_element(self, v)
    }
    fn end(self) -> Done {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for List {
    type Ok = Node;
    type Error = Unserialisable;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Unserialisable> {
        ser::SerializeSeq::serialize_element(self, v)
    }
    fn end(self) -> Done {
        ser::SerializeSeq::end(self)
    }
}

/// An object being serialised, with the key of a map entry whose value is still to come.
struct Object(Vec<(Cow<'static, str>, Node)>, Option<String>);

impl ser::SerializeStruct for Object {
    type Ok = Node;
    type Error = Unserialisable;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Unserialisable> {
        self.0.push((key.into(), v.serialize(Tree)?));
        Ok(())
    }
    fn end(self) -> Done {
        Ok(Node::Object(self.0))
    }
}

impl ser::SerializeMap for Object {
    type Ok = Node;
    type Error = Unserialisable;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> Result<(), Unserialisable> {
        self.1 = Some(key(k)?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Unserialisable> {
        let key = self.1.take().unwrap_or_default();
        let v = v.serialize(Tree)?;
        // A key given twice (a flattened field beside a field of the same name) keeps its place
        // and takes the later value, as a JSON object would.
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some((_, old)) => *old = v,
            None => self.0.push((key.into(), v)),
        }
        Ok(())
    }
    fn end(self) -> Done {
        Ok(Node::Object(self.0))
    }
}

/// A variant's content under its name.
struct Variant<T>(&'static str, T);

impl ser::SerializeTupleVariant for Variant<List> {
    type Ok = Node;
    type Error = Unserialisable;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Unserialisable> {
        ser::SerializeSeq::serialize_element(&mut self.1, v)
    }
    fn end(self) -> Done {
        Ok(Node::Object(vec![(self.0.into(), Node::List(self.1 .0))]))
    }
}

impl ser::SerializeStructVariant for Variant<Object> {
    type Ok = Node;
    type Error = Unserialisable;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Unserialisable> {
        ser::SerializeStruct::serialize_field(&mut self.1, key, v)
    }
    fn end(self) -> Done {
        Ok(Node::Object(vec![(self.0.into(), Node::Object(self.1 .0))]))
    }
}

/// A map key as text, as JSON writes it (numbers and true/false as their text).
fn key<T: Serialize + ?Sized>(key: &T) -> Result<String, Unserialisable> {
    match key.serialize(serde_json::value::Serializer) {
        Ok(Value::String(s)) => Ok(s),
        Ok(Value::Number(n)) => Ok(n.to_string()),
        Ok(Value::Bool(b)) => Ok(b.to_string()),
        _ => Err(Unserialisable(
            "a map key must be text, a number or true/false".into(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use serde_json::json;

    /// The tree is the JSON a value serialises to, field order kept.
    fn json_of(n: &Node) -> Value {
        match n {
            Node::Plain(v) => v.json(),
            Node::List(items) => Value::Array(items.iter().map(json_of).collect()),
            Node::Object(fields) => Value::Object(
                fields
                    .iter()
                    .map(|(k, v)| (k.to_string(), json_of(v)))
                    .collect(),
            ),
        }
    }

    #[test]
    fn the_tree_is_the_json() {
        #[derive(Serialize)]
        struct Inner {
            z: Option<f64>,
            a: Vec<u8>,
        }
        #[derive(Serialize)]
        struct Outer {
            name: &'static str,
            #[serde(flatten)]
            inner: Inner,
            map: std::collections::BTreeMap<u32, bool>,
            nan: f64,
            unit: (),
        }
        let v = Outer {
            name: "x",
            inner: Inner {
                z: Some(1.5),
                a: vec![1, 2],
            },
            map: [(3, true)].into(),
            nan: f64::NAN,
            unit: (),
        };
        assert_eq!(
            json_of(&Node::of(&v).unwrap()),
            serde_json::to_value(&v).unwrap()
        );
    }

    #[test]
    fn rows_flatten_estimates_and_lists_and_carry_their_group() {
        let result = json!({
            "groups": [
                { "group": "a", "km": { "table": [{ "t": 1, "s": 0.9 }, { "t": 2, "s": 0.8 }] } },
                { "group": "b", "km": { "table": [{ "t": 3, "s": 0.5 }] } }
            ],
            "pairs": [
                { "id": "P1", "rate": { "value": 0.5, "n": 4, "ci_low": 0.1, "ci_high": 0.9, "level": 0.95, "method": "wilson" },
                  "reasons": [{ "text": "late" }, { "text": "rare" }], "ids": ["g1", "g2"], "nested": [{ "x": 1 }] },
                { "id": "P2", "extra": true }
            ],
            "overdue": ["g1", "g2"]
        });
        let tree = Node::of(&result).unwrap();
        let path = |steps, carry, each| Path { steps, carry, each };

        let curves = rows(
            &tree,
            &path(&["groups", "*", "km", "table"], "group", ""),
            "c",
        );
        assert_eq!(curves.names, ["group", "t", "s"]);
        assert_eq!(curves.len, 3);
        assert_eq!(curves.rows()[2]["group"], "b");

        let pairs = rows(&tree, &path(&["pairs"], "", ""), "p");
        assert_eq!(
            pairs.names,
            [
                "id",
                "rate",
                "rate_n",
                "rate_ci_low",
                "rate_ci_high",
                "reasons",
                "ids",
                "extra"
            ]
        );
        assert_eq!(pairs.rows()[0]["reasons"], "late; rare");
        assert_eq!(pairs.rows()[0]["ids"], "g1, g2");
        assert_eq!(pairs.rows()[1]["rate"], Value::Null);
        assert_eq!(pairs.rows()[1]["extra"], true);

        let overdue = rows(&tree, &path(&["overdue"], "", "goal_id"), "o");
        assert_eq!(
            (overdue.names.clone(), overdue.len),
            (vec!["goal_id".to_string()], 2)
        );
    }
}
