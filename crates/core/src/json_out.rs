//! Builds the compact JSON objects that the JS API hands out.
//!
//! Every value is written explicitly: absent values are `null`, never left
//! out, so JavaScript callers see `null` and not `undefined`.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::json::write_string;
use crate::text::push_int;

/// Writes one JSON object member by member.
#[derive(Debug, Default)]
pub struct ObjectWriter {
    out: String,
}

impl ObjectWriter {
    /// Starts an empty object.
    pub fn new() -> Self {
        ObjectWriter {
            out: {
                // Room for a whole state object without growing.
                let mut out = String::with_capacity(512);
                out.push('{');
                out
            },
        }
    }

    /// Member names are the API's own identifiers (`contextIdentifier`),
    /// never data, so they are written as they are.
    fn key(&mut self, key: &str) {
        self.out
            .push_str(if self.out.len() > 1 { ",\"" } else { "\"" });
        self.out.push_str(key);
        self.out.push_str("\":");
    }

    /// A string member.
    pub fn string(&mut self, key: &str, value: &str) {
        self.key(key);
        write_string(&mut self.out, value);
    }

    /// A string member, `null` when absent.
    pub fn opt_string(&mut self, key: &str, value: Option<&str>) {
        match value {
            Some(v) => self.string(key, v),
            None => self.raw(key, "null"),
        }
    }

    /// An integer member.
    pub fn int(&mut self, key: &str, value: i64) {
        self.key(key);
        push_int(&mut self.out, value, 0);
    }

    /// An integer member, `null` when absent.
    pub fn opt_int(&mut self, key: &str, value: Option<i64>) {
        match value {
            Some(v) => self.int(key, v),
            None => self.raw(key, "null"),
        }
    }

    /// A boolean member.
    pub fn bool(&mut self, key: &str, value: bool) {
        self.raw(key, if value { "true" } else { "false" });
    }

    /// An array of strings.
    pub fn strings(&mut self, key: &str, values: &[String]) {
        self.key(key);
        self.out.push('[');
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            write_string(&mut self.out, v);
        }
        self.out.push(']');
    }

    /// A member whose value is already JSON text.
    pub fn raw(&mut self, key: &str, json: &str) {
        self.key(key);
        self.out.push_str(json);
    }

    /// Closes the object and returns its text.
    pub fn finish(mut self) -> String {
        self.out.push('}');
        self.out
    }
}

/// Joins already serialised JSON values into an array.
pub fn array<I: IntoIterator<Item = String>>(items: I) -> String {
    let mut out = String::from("[");
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&item);
    }
    out.push(']');
    out
}
