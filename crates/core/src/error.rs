//! Decoding errors. Messages name the field, then say what was expected and
//! what was found, e.g. `State: missing` or
//! `ContextIdentifier: expected a string, got a number`.

use crate::field::JsonType;

/// Inputs larger than this many bytes (64 KiB) are refused before parsing.
/// (Nesting depth is bounded by `serde_json`'s recursion limit.)
pub const MAX_INPUT_BYTES: usize = 64 * 1024;

/// Why a payload could not be decoded at all.
///
/// Problems with optional fields never end up here; they become warnings.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The text is larger than [`MAX_INPUT_BYTES`]; nothing was parsed.
    #[error("input: {size} bytes; the limit is 65536 bytes (64 KiB)")]
    TooLarge {
        /// The size of the text, in bytes.
        size: usize,
    },
    /// The text is not JSON (as `serde_json` reports it, with its position).
    #[error("invalid JSON: {0}")]
    Json(String),
    /// The JSON is well formed but its content cannot be read, e.g. a
    /// member given twice (`State` and `state`).
    #[error("{0}")]
    Data(String),
    /// The JSON document is not an object.
    #[error("expected a JSON object, got {}", .found.with_article())]
    NotAnObject {
        /// The JSON type that was found instead.
        found: JsonType,
    },
    /// A required field is absent.
    #[error("{field}: missing")]
    Missing {
        /// The documented field name.
        field: &'static str,
    },
    /// A required field has the wrong JSON type.
    #[error("{field}: expected {expected}, got {}", .found.with_article())]
    WrongType {
        /// The documented field name.
        field: &'static str,
        /// What the field should hold.
        expected: &'static str,
        /// The JSON type that was found instead.
        found: JsonType,
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

impl DecodeError {
    /// Sorts a `serde_json` error: syntax and end-of-input problems are
    /// [`DecodeError::Json`], anything else [`DecodeError::Data`].
    pub fn from_json(error: &serde_json::Error) -> DecodeError {
        use serde_json::error::Category;
        match error.classify() {
            Category::Syntax | Category::Eof | Category::Io => DecodeError::Json(error.to_string()),
            Category::Data => DecodeError::Data(error.to_string()),
        }
    }
}

/// Refuses text over [`MAX_INPUT_BYTES`] before it is parsed.
///
/// # Errors
/// [`DecodeError::TooLarge`].
pub fn check_size(text: &str) -> Result<(), DecodeError> {
    if text.len() > MAX_INPUT_BYTES {
        Err(DecodeError::TooLarge { size: text.len() })
    } else {
        Ok(())
    }
}

/// How many characters of a value a message quotes; longer ones end in "…".
pub const QUOTE_MAX_CHARS: usize = 80;

/// `text` as a JSON string literal, for messages that quote what was sent:
/// at most [`QUOTE_MAX_CHARS`] characters (then "…"), and bidi controls
/// written as `\uXXXX`, so a value cannot reverse the message around it.
pub fn quoted(text: &str) -> String {
    let cut = text
        .char_indices()
        .nth(QUOTE_MAX_CHARS)
        .map_or(text, |(at, _)| text.get(..at).unwrap_or(text));
    let mut literal = serde_json::to_string(cut).unwrap_or_default();
    if literal.chars().any(is_bidi_control) {
        literal = literal
            .chars()
            .map(|c| {
                if is_bidi_control(c) {
                    format!("\\u{:04x}", u32::from(c))
                } else {
                    c.to_string()
                }
            })
            .collect();
    }
    if cut.len() < text.len() {
        literal.push('…');
    }
    literal
}

/// Marks and overrides that change the direction of the text after them.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}
