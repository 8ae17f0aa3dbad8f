//! Decoding errors. Messages are lowercase after the field name, name the
//! field, and say what was expected, e.g. `State: missing`.

use crate::json::{JsonError, Value};

/// Why a payload could not be decoded at all.
///
/// Problems with optional fields never end up here; they become warnings.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The text is too large, too deep, or not JSON.
    #[error(transparent)]
    Json(#[from] JsonError),
    /// The JSON document is not an object.
    #[error("expected a JSON object, got {found}")]
    NotAnObject {
        /// The JSON type that was found instead.
        found: &'static str,
    },
    /// A required field is absent.
    #[error("{field}: missing")]
    Missing {
        /// The documented field name.
        field: &'static str,
    },
    /// A required field has the wrong JSON type.
    #[error("{field}: expected {expected}, got {found}")]
    WrongType {
        /// The documented field name.
        field: &'static str,
        /// What the field should hold.
        expected: &'static str,
        /// The JSON type that was found instead.
        found: &'static str,
    },
    /// A required field has the right type but an unusable value.
    #[error("{field}: {problem}")]
    Invalid {
        /// The documented field name.
        field: &'static str,
        /// What is wrong with it.
        problem: String,
    },
}

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
