//! A small, strict JSON reader and writer.
//!
//! The decoder reads untrusted text from the network and from partner code, so
//! this parser is written for that job rather than for speed of development:
//!
//! * input larger than [`MAX_INPUT_BYTES`] is refused before a byte is parsed;
//! * nesting deeper than [`MAX_DEPTH`] is refused, so hostile input cannot
//!   exhaust the stack;
//! * it never panics (clippy denies `unwrap`, `expect`, `panic!` and slice
//!   indexing in this crate), and every error says where and what.
//!
//! It exists instead of serde_json to keep the WebAssembly decoder small: the
//! whole reader and writer compile to a few kilobytes.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::text::{cat, int, pow10i};

/// Inputs larger than this many bytes (64 KiB) are refused before parsing.
pub const MAX_INPUT_BYTES: usize = 64 * 1024;

/// Arrays and objects nested deeper than this are refused.
pub const MAX_DEPTH: usize = 64;

// The error messages spell both limits out.
const _: () = assert!(MAX_INPUT_BYTES == 65_536 && MAX_DEPTH == 64);

/// A parsed JSON value. Objects keep their members in document order.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null`
    Null,
    /// `true` or `false`
    Bool(bool),
    /// Any JSON number: its text as written and its value.
    Number(Number),
    /// A string, with escapes resolved.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object, members in document order (duplicates kept).
    Object(Vec<(String, Value)>),
}

impl Value {
    /// A short name of the value's JSON type, for error messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }

    /// The member of an object whose key equals `name`, ignoring ASCII case.
    /// An exact-case match wins over a case-insensitive one. `None` for
    /// non-objects and missing members.
    pub fn get_ci(&self, name: &str) -> Option<&Value> {
        let Value::Object(members) = self else {
            return None;
        };
        members
            .iter()
            .find(|(k, _)| k == name)
            .or_else(|| members.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)))
            .map(|(_, v)| v)
    }

    /// Serialises the value as compact JSON.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    /// Appends the value as compact JSON to `out`.
    pub fn write_json(&self, out: &mut String) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Number(n) => out.push_str(n.as_json()),
            Value::String(s) => write_string(out, s),
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write_json(out);
                }
                out.push(']');
            }
            Value::Object(members) => {
                out.push('{');
                for (i, (k, v)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(out, k);
                    out.push(':');
                    v.write_json(out);
                }
                out.push('}');
            }
        }
    }
}

/// A JSON number, kept as written.
///
/// Passing the text on unchanged means JavaScript reads exactly the number
/// the sender wrote (`JSON.parse` of our output gives what `JSON.parse` of
/// theirs would), with no printing of doubles here: every value, however
/// large, small or precise, survives the trip. The value is for the
/// decoder's own checks (is the state 2, is the change type an integer).
#[derive(Debug, Clone)]
pub struct Number {
    text: String,
    value: f64,
}

impl Number {
    /// An integer (for numbers the decoder makes itself, such as a state
    /// number given as digits in a string).
    pub fn from_int(n: i64) -> Number {
        Number {
            text: int(n),
            value: n as f64,
        }
    }

    /// The value as a double, as JavaScript would read it for the integers
    /// and short decimals the decoder checks (see `number_from_lexeme`).
    pub fn value(&self) -> f64 {
        self.value
    }

    /// The number as written: a valid JSON number.
    pub fn as_json(&self) -> &str {
        &self.text
    }
}

/// Numbers are equal when their values are (`1`, `1.0` and `1e0` are).
impl PartialEq for Number {
    fn eq(&self, other: &Number) -> bool {
        self.value == other.value
    }
}

/// Why a text is not acceptable JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonError {
    /// The input is larger than [`MAX_INPUT_BYTES`].
    TooLarge {
        /// Size of the refused input in bytes.
        size: usize,
    },
    /// Arrays or objects are nested deeper than [`MAX_DEPTH`].
    TooDeep {
        /// Byte offset where the limit was crossed.
        offset: usize,
    },
    /// The text is not JSON.
    Syntax {
        /// Byte offset of the problem.
        offset: usize,
        /// What was expected or found.
        problem: &'static str,
    },
}

impl JsonError {
    /// The message, e.g. `invalid JSON at byte 7: expected ':' after an
    /// object key`. Built without `core::fmt`.
    pub fn message(&self) -> String {
        let at = |offset: usize| int(i64::try_from(offset).unwrap_or(i64::MAX));
        match self {
            JsonError::TooLarge { size } => cat(&[
                "input is ",
                &at(*size),
                " bytes; the limit is 65536 bytes (64 KiB)",
            ]),
            JsonError::TooDeep { offset } => cat(&[
                "invalid JSON at byte ",
                &at(*offset),
                ": nested deeper than 64 levels",
            ]),
            JsonError::Syntax { offset, problem } => {
                cat(&["invalid JSON at byte ", &at(*offset), ": ", problem])
            }
        }
    }
}

impl core::fmt::Display for JsonError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.message())
    }
}

impl core::error::Error for JsonError {}

/// Parses one JSON document (surrounding white space allowed).
///
/// # Errors
/// [`JsonError::TooLarge`] before parsing when the text exceeds 64 KiB,
/// [`JsonError::TooDeep`] for nesting past [`MAX_DEPTH`], and
/// [`JsonError::Syntax`] for anything else that is not JSON.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(JsonError::TooLarge { size: text.len() });
    }
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
    };
    p.skip_ws();
    let value = p.value(0)?;
    p.skip_ws();
    if p.pos != p.bytes.len() {
        return Err(p.err("unexpected text after the JSON value"));
    }
    Ok(value)
}

struct Parser<'a> {
    /// The input; `bytes` is the same, as bytes.
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn err(&self, problem: &'static str) -> JsonError {
        JsonError::Syntax {
            offset: self.pos,
            problem,
        }
    }

    fn skip_ws(&mut self) {
        let rest = self.bytes.get(self.pos..).unwrap_or_default();
        self.pos += rest
            .iter()
            .position(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
            .unwrap_or(rest.len());
    }

    fn literal(&mut self, word: &'static [u8], value: Value) -> Result<Value, JsonError> {
        if self.bytes.get(self.pos..self.pos + word.len()) == Some(word) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.err("expected a JSON value"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, JsonError> {
        match self.peek() {
            None => Err(self.err("unexpected end of input")),
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.literal(b"true", Value::Bool(true)),
            Some(b'f') => self.literal(b"false", Value::Bool(false)),
            Some(b'n') => self.literal(b"null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.err("expected a JSON value")),
        }
    }

    fn enter(&self, depth: usize) -> Result<(), JsonError> {
        if depth > MAX_DEPTH {
            Err(JsonError::TooDeep { offset: self.pos })
        } else {
            Ok(())
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, JsonError> {
        self.enter(depth)?;
        self.pos += 1; // '['
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_ws();
            items.push(self.value(depth)?);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Value::Array(items));
                }
                None => return Err(self.err("unexpected end of input in an array")),
                Some(_) => return Err(self.err("expected ',' or ']' in an array")),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, JsonError> {
        self.enter(depth)?;
        self.pos += 1; // '{'
        let mut members = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_ws();
            match self.peek() {
                Some(b'"') => {}
                None => return Err(self.err("unexpected end of input in an object")),
                Some(_) => return Err(self.err("expected a string key in an object")),
            }
            let key = self.string()?;
            self.skip_ws();
            if self.peek() != Some(b':') {
                return Err(self.err("expected ':' after an object key"));
            }
            self.pos += 1;
            self.skip_ws();
            let value = self.value(depth)?;
            members.push((key, value));
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Value::Object(members));
                }
                None => return Err(self.err("unexpected end of input in an object")),
                Some(_) => return Err(self.err("expected ',' or '}' in an object")),
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<Value, JsonError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.err("expected a digit")),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(self.err("expected a digit after '.'"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(self.err("expected a digit in the exponent"));
            }
        }
        // Only ASCII digits, signs, '.' and 'e' were read: whole characters.
        let text = self.text.get(start..self.pos).unwrap_or_default();
        Ok(Value::Number(Number {
            value: number_from_lexeme(text.as_bytes()),
            text: text.to_owned(),
        }))
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let mut code = 0u32;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|b| char::from(b).to_digit(16))
                .ok_or_else(|| self.err("expected four hex digits after \\u"))?;
            code = code * 16 + digit;
            self.pos += 1;
        }
        Ok(code)
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.pos += 1; // opening quote
        let mut out = String::new();
        loop {
            // Copy the run of plain characters in one go.
            let start = self.pos;
            let rest = self.bytes.get(start..).unwrap_or_default();
            self.pos += rest
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                .unwrap_or(rest.len());
            // The run ends at an ASCII byte (or the end), so it is whole
            // characters of the input: no UTF-8 check needed.
            let run = self
                .text
                .get(start..self.pos)
                .ok_or_else(|| self.err("invalid UTF-8 in a string"))?;
            out.push_str(run);
            match self.peek() {
                None => return Err(self.err("unterminated string")),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let escaped = self.peek().ok_or_else(|| self.err("unterminated string"))?;
                    self.pos += 1;
                    match escaped {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let ch = self.unicode_escape()?;
                            out.push(ch);
                        }
                        _ => {
                            self.pos -= 1;
                            return Err(self.err("invalid escape in a string"));
                        }
                    }
                }
                Some(_) => return Err(self.err("control character in a string")),
            }
        }
    }

    /// Reads the hex digits after `\u` (and a following low surrogate).
    /// Lone surrogates become U+FFFD, as a lenient reader would show them.
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let first = self.hex4()?;
        if (0xD800..0xDC00).contains(&first)
            && self.bytes.get(self.pos..self.pos + 2) == Some(b"\\u".as_slice())
        {
            let save = self.pos;
            self.pos += 2;
            let second = self.hex4()?;
            if (0xDC00..0xE000).contains(&second) {
                let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                return Ok(char::from_u32(code).unwrap_or('\u{FFFD}'));
            }
            self.pos = save;
        }
        Ok(char::from_u32(first).unwrap_or('\u{FFFD}'))
    }
}

/// Appends `s` as a JSON string literal.
///
/// Works on bytes: only `"`, `\\` and control characters (all ASCII) are
/// escaped, and everything between them is copied in one go, so the text
/// stays valid UTF-8 without decoding a single character.
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    let mut start = 0;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1f => "\\u00",
            _ => continue,
        };
        // `i` is an ASCII byte, so both ends are character boundaries.
        out.push_str(s.get(start..i).unwrap_or_default());
        out.push_str(escape);
        if escape.len() == 4 {
            for nibble in [b >> 4, b & 0xF] {
                out.push(char::from(
                    b"0123456789abcdef"
                        .get(usize::from(nibble))
                        .copied()
                        .unwrap_or(b'0'),
                ));
            }
        }
        start = i + 1;
    }
    out.push_str(s.get(start..).unwrap_or_default());
    out.push('"');
}

/// The value of a JSON number lexeme (already checked by the parser).
///
/// Exact for integers up to 2^53 and for decimals with up to 15 significant
/// digits and small exponents (everything SuperOffice sends); otherwise within
/// a few units in the last place. Written by hand instead of `str::parse` to
/// keep the float parsing tables out of the wasm.
fn number_from_lexeme(text: &[u8]) -> f64 {
    let (negative, rest) = match text.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, text),
    };
    let mut mantissa: u64 = 0;
    let mut exponent: i32 = 0;
    let mut digits = 0;
    let mut in_fraction = false;
    let mut iter = rest.iter().peekable();
    while let Some(&b) = iter.peek() {
        match b {
            b'0'..=b'9' => {
                if digits < 19 {
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    if mantissa > 0 {
                        digits += 1;
                    }
                    if in_fraction {
                        exponent -= 1;
                    }
                } else if !in_fraction {
                    exponent += 1;
                }
            }
            b'.' => in_fraction = true,
            _ => break,
        }
        iter.next();
    }
    if let Some(b'e' | b'E') = iter.next() {
        let mut sign = 1;
        let mut e: i32 = 0;
        for &b in iter {
            match b {
                b'-' => sign = -1,
                b'+' => {}
                d => e = e.saturating_mul(10).saturating_add(i32::from(d - b'0')),
            }
        }
        exponent = exponent.saturating_add(sign * e);
    }
    let value = scale(mantissa as f64, exponent);
    if negative {
        -value
    } else {
        value
    }
}

/// `a · 10^k`, correctly rounded when |k| <= 22.
fn scale(a: f64, k: i32) -> f64 {
    match k {
        0..=22 => a * pow10(k),
        -22..=-1 => a / pow10(-k),
        k if k > 0 => a * pow10(22) * pow10i(k.unsigned_abs() - 22),
        k => a / pow10(22) / pow10i(k.unsigned_abs() - 22),
    }
}

/// 10^e, exact for 0 <= e <= 22.
fn pow10(e: i32) -> f64 {
    (0..e).fold(1.0, |acc, _| acc * 10.0)
}

/// `s` as a JSON string literal, for quoting values in messages.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    write_string(&mut out, s);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A parsed number's value.
    fn number(text: &str) -> f64 {
        match parse(text) {
            Ok(Value::Number(n)) => n.value(),
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn numbers_are_passed_on_as_written() {
        // JSON.parse of our output must give what JSON.parse of the sender's
        // text gives, including values no printing of doubles gets back.
        for text in [
            "0",
            "-0",
            "2.50",
            "1E3",
            "4.35e-200",
            "1.2345678901234567e-30",
            "2.2250738585072014e-308",
            "5e-324",
            "1.7976931348623157e308",
            "1e400",
            "123456789012345678901234567890",
        ] {
            let v = parse(text).unwrap();
            assert_eq!(v.to_json(), text);
            assert_eq!(
                parse(&format!("[{text}]")).unwrap().to_json(),
                format!("[{text}]")
            );
        }
    }

    #[test]
    fn parses_nested_documents() {
        let v =
            parse(r#" {"a": [1, -2.5e1, true, null, "x\u00e9\ud83d\ude00\n"], "b": {}} "#).unwrap();
        assert_eq!(
            v,
            Value::Object(vec![
                (
                    "a".into(),
                    Value::Array(vec![
                        Value::Number(Number::from_int(1)),
                        Value::Number(Number::from_int(-25)),
                        Value::Bool(true),
                        Value::Null,
                        Value::String("xé😀\n".into()),
                    ])
                ),
                ("b".into(), Value::Object(vec![])),
            ])
        );
    }

    #[test]
    fn round_trips_through_the_writer() {
        let text = r#"{"a":[1,-25,true,null,"q\"\\\n\u0001"],"b":{"c":0.5}}"#;
        assert_eq!(parse(text).unwrap().to_json(), text);
    }

    #[test]
    fn strings_escape_only_what_json_requires() {
        let mut out = String::new();
        write_string(
            &mut out,
            "a\"b\\c/\n\r\t\u{8}\u{c}\u{1}\u{1f} é ✓ 😀 \u{7f}",
        );
        // Quote, backslash and controls escaped; everything else as is.
        assert_eq!(
            out,
            "\"a\\\"b\\\\c/\\n\\r\\t\\u0008\\u000c\\u0001\\u001f é ✓ 😀 \u{7f}\""
        );
        assert_eq!(
            parse(&out).unwrap(),
            Value::String("a\"b\\c/\n\r\t\u{8}\u{c}\u{1}\u{1f} é ✓ 😀 \u{7f}".into())
        );
        let mut empty = String::new();
        write_string(&mut empty, "");
        assert_eq!(empty, "\"\"");
    }

    #[test]
    fn refuses_input_over_64_kib_before_parsing() {
        let big = format!("\"{}\"", "a".repeat(MAX_INPUT_BYTES));
        assert_eq!(
            parse(&big),
            Err(JsonError::TooLarge {
                size: MAX_INPUT_BYTES + 2
            })
        );
    }

    #[test]
    fn refuses_deep_nesting_without_recursing_further() {
        let deep = "[".repeat(10_000);
        assert!(matches!(parse(&deep), Err(JsonError::TooDeep { .. })));
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
    }

    #[test]
    fn reports_syntax_errors_with_offsets() {
        assert_eq!(
            parse("{\"a\":1,}").unwrap_err().to_string(),
            "invalid JSON at byte 7: expected a string key in an object"
        );
        assert!(parse("").is_err());
        assert!(parse("01").is_err());
        assert!(parse("1.").is_err());
        assert!(parse("\"\\x\"").is_err());
        assert!(parse("\"a\nb\"").is_err());
        assert!(parse("{} x").is_err());
        assert!(parse("tru").is_err());
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        assert_eq!(
            parse(r#""\ud800x""#).unwrap(),
            Value::String("\u{FFFD}x".into())
        );
    }

    #[test]
    fn number_values_are_read_like_javascript() {
        for (text, value) in [
            ("0", 0.0),
            ("-0", 0.0),
            ("2.5", 2.5),
            ("-1.5", -1.5),
            ("1e3", 1000.0),
            ("2.0", 2.0),
            ("20e-1", 2.0),
            ("1767225600", 1_767_225_600.0),
            ("0.001", 0.001),
            ("123.456", 123.456),
            ("1.5e-7", 1.5e-7),
            ("2.5e25", 2.5e25),
            ("12345678901234567890", 12_345_678_901_234_567_000.0),
        ] {
            assert_eq!(number(text), value, "{text}");
        }
        assert_eq!(number("1e400"), f64::INFINITY);
        // Equal values are equal numbers, however they are written.
        assert_eq!(parse("2.0").unwrap(), Value::Number(Number::from_int(2)));
    }

    #[test]
    fn case_insensitive_lookup_prefers_exact_case() {
        let v = parse(r#"{"state":"a","State":"b"}"#).unwrap();
        assert_eq!(v.get_ci("State"), Some(&Value::String("b".into())));
        assert_eq!(v.get_ci("STATE"), Some(&Value::String("a".into())));
        assert_eq!(v.get_ci("missing"), None);
    }
}
