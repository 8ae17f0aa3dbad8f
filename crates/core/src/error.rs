//! Decoding errors. Messages are lowercase after the field name, name the
//! field, and say what was expected, e.g. `State: missing`.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::json::{JsonError, Value};
use crate::text::cat;

/// Why a payload could not be decoded at all.
///
/// Problems with optional fields never end up here; they become warnings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The text is too large, too deep, or not JSON.
    Json(JsonError),
    /// The JSON document is not an object.
    NotAnObject {
        /// The JSON type that was found instead.
        found: &'static str,
    },
    /// A required field is absent.
    Missing {
        /// The documented field name.
        field: &'static str,
    },
    /// A required field has the wrong JSON type.
    WrongType {
        /// The documented field name.
        field: &'static str,
        /// What the field should hold.
        expected: &'static str,
        /// The JSON type that was found instead.
        found: &'static str,
    },
    /// A required field has the right type but an unusable value.
    Invalid {
        /// The documented field name.
        field: &'static str,
        /// What is wrong with it.
        problem: String,
    },
}

impl DecodeError {
    /// The message: the field, then the problem (`State: missing`). Built
    /// without `core::fmt`, which the decoder-only wasm does not carry.
    pub fn message(&self) -> String {
        match self {
            DecodeError::Json(e) => e.message(),
            DecodeError::NotAnObject { found } => cat(&["expected a JSON object, got ", found]),
            DecodeError::Missing { field } => cat(&[field, ": missing"]),
            DecodeError::WrongType {
                field,
                expected,
                found,
            } => cat(&[field, ": expected ", expected, ", got ", found]),
            DecodeError::Invalid { field, problem } => cat(&[field, ": ", problem]),
        }
    }
}

impl From<JsonError> for DecodeError {
    fn from(e: JsonError) -> Self {
        DecodeError::Json(e)
    }
}

impl core::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.message())
    }
}

impl core::error::Error for DecodeError {}

/// Reads a required string member (field name matched ignoring case).
pub(crate) fn required_string(value: &Value, field: &'static str) -> Result<String, DecodeError> {
    match value.get_ci(field) {
        None => Err(DecodeError::Missing { field }),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(other) => Err(DecodeError::WrongType {
            field,
            expected: "a string",
            found: other.type_name(),
        }),
    }
}
