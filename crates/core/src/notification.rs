//! Tenant change notifications (the webhook body SuperOffice POSTs).

#[allow(unused_imports)]
use crate::prelude::*;

use crate::text::{cat, int};

use crate::change_type::ChangeType;
use crate::error::{required_string, DecodeError};
use crate::json::{self, Value};
use crate::json_out::ObjectWriter;

/// A decoded change notification.
#[derive(Debug, Clone, PartialEq)]
pub struct TenantNotification {
    /// `ChangeType`.
    pub change_type: ChangeType,
    /// `ContextIdentifier`.
    pub context_identifier: String,
    /// `VersionName`, e.g. `Release 8.4 R08`.
    pub version_name: Option<String>,
    /// `FileVersion`, e.g. `8.4.12.1234`.
    pub file_version: Option<String>,
    /// `PublicEndpoint`: the new bare host, sent with Move.
    pub public_endpoint: Option<String>,
    /// `Token`, decoded but never verified.
    pub token: Token,
    /// Notes about optional fields that were present but unusable.
    pub warnings: Vec<String>,
}

/// The notification's `Token`.
///
/// A browser cannot verify SuperOffice's signature (that needs the issuer's
/// keys and belongs on the partner's server), so the claims are decoded for
/// display only and `verified` is always false.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// The token as sent.
    pub raw: Option<String>,
    /// The JWT payload, when the token is a well-formed JWT.
    pub claims: Option<Value>,
    /// Why the token could not be decoded.
    pub error: Option<String>,
}

impl Token {
    /// Decodes a token string: a JWT is three base64url parts whose first two
    /// hold JSON objects.
    pub fn decode(raw: &str) -> Token {
        match decode_jwt_claims(raw) {
            Ok(claims) => Token {
                raw: Some(raw.to_owned()),
                claims: Some(claims),
                error: None,
            },
            Err(problem) => Token {
                raw: Some(raw.to_owned()),
                claims: None,
                error: Some(cat(&["Token: not a well-formed JWT: ", &problem])),
            },
        }
    }
}

fn decode_jwt_claims(raw: &str) -> Result<Value, String> {
    let parts: Vec<&str> = raw.split('.').collect();
    let [header, payload, signature] = parts.as_slice() else {
        return Err(cat(&[
            "expected three base64url parts separated by dots, found ",
            &int(i64::try_from(parts.len()).unwrap_or(i64::MAX)),
        ]));
    };
    if !signature.bytes().all(is_base64url) {
        return Err("the signature is not base64url".into());
    }
    for (name, part) in [("header", header), ("payload", payload)] {
        let bytes =
            base64url_decode(part).ok_or_else(|| cat(&["the ", name, " is not base64url"]))?;
        let text = String::from_utf8(bytes).map_err(|_| cat(&["the ", name, " is not UTF-8"]))?;
        match json::parse(&text) {
            Ok(value @ Value::Object(_)) if name == "payload" => return Ok(value),
            Ok(Value::Object(_)) => {}
            _ => return Err(cat(&["the ", name, " is not a JSON object"])),
        }
    }
    Err("the payload is missing".into())
}

fn is_base64url(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}

/// Decodes unpadded (or padded) base64url; `None` on any other character.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    if text.is_empty() || text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0u32;
    for b in text.bytes() {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

impl TenantNotification {
    /// The object the JS API returns, as compact JSON (see the `.d.ts`).
    pub fn to_json(&self) -> String {
        let mut token = ObjectWriter::new();
        token.opt_string("raw", self.token.raw.as_deref());
        match &self.token.claims {
            Some(claims) => token.raw("claims", &claims.to_json()),
            None => token.raw("claims", "null"),
        }
        token.bool("verified", false);
        token.opt_string("error", self.token.error.as_deref());

        let mut o = ObjectWriter::new();
        o.raw("changeType", &self.change_type.to_json());
        o.string("contextIdentifier", &self.context_identifier);
        o.opt_string("versionName", self.version_name.as_deref());
        o.opt_string("fileVersion", self.file_version.as_deref());
        o.opt_string("publicEndpoint", self.public_endpoint.as_deref());
        o.raw("token", &token.finish());
        o.strings("warnings", &self.warnings);
        o.finish()
    }
}

/// Decodes a change notification from JSON text.
///
/// # Errors
/// [`DecodeError`] when the text is over 64 KiB, is not a JSON object, or
/// lacks a usable `ChangeType` or `ContextIdentifier`. A malformed `Token` is
/// not an error: it is reported in `token.error`.
pub fn decode_notification(text: &str) -> Result<TenantNotification, DecodeError> {
    let value = json::parse(text)?;
    decode_notification_value(&value)
}

/// Decodes a change notification from an already parsed JSON value.
///
/// # Errors
/// As [`decode_notification`], without the text-level errors.
pub fn decode_notification_value(value: &Value) -> Result<TenantNotification, DecodeError> {
    if !matches!(value, Value::Object(_)) {
        return Err(DecodeError::NotAnObject {
            found: value.type_name(),
        });
    }
    let change_type = match value.get_ci("ChangeType") {
        None => {
            return Err(DecodeError::Missing {
                field: "ChangeType",
            })
        }
        Some(Value::Number(n)) => {
            ChangeType::from_code(integer(n.value()).ok_or_else(|| DecodeError::Invalid {
                field: "ChangeType",
                problem: cat(&["expected an integer, got ", n.as_json()]),
            })?)
        }
        Some(Value::String(s)) => match s.trim().parse::<i64>() {
            Ok(code) => ChangeType::from_code(code),
            Err(_) => ChangeType::from_name(s).ok_or_else(|| DecodeError::Invalid {
                field: "ChangeType",
                problem: cat(&[
                    "expected an integer or a documented name, got ",
                    &json::quote(s),
                ]),
            })?,
        },
        Some(other) => {
            return Err(DecodeError::WrongType {
                field: "ChangeType",
                expected: "an integer",
                found: other.type_name(),
            })
        }
    };
    let context_identifier = required_string(value, "ContextIdentifier")?;
    let mut warnings = Vec::new();
    let mut text = |field: &str| match value.get_ci(field) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(other) => {
            warnings.push(cat(&[
                field,
                ": expected a string, got ",
                other.type_name(),
                "; ignored",
            ]));
            None
        }
    };
    let version_name = text("VersionName");
    let file_version = text("FileVersion");
    let public_endpoint = text("PublicEndpoint");
    let token = match value.get_ci("Token") {
        None | Some(Value::Null) => Token {
            raw: None,
            claims: None,
            error: None,
        },
        Some(Value::String(raw)) => Token::decode(raw),
        Some(other) => Token {
            raw: None,
            claims: None,
            error: Some(cat(&["Token: expected a string, got ", other.type_name()])),
        },
    };
    if change_type == ChangeType::Move && public_endpoint.is_none() {
        warnings.push("PublicEndpoint: missing, though Move should name the new endpoint".into());
    }
    Ok(TenantNotification {
        change_type,
        context_identifier,
        version_name,
        file_version,
        public_endpoint,
        token,
        warnings,
    })
}

/// The value as an integer when it is one exactly (within ±2^53).
pub fn integer(n: f64) -> Option<i64> {
    crate::text::exact_integer(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_decodes_with_and_without_padding() {
        assert_eq!(base64url_decode("aGk").unwrap(), b"hi");
        assert_eq!(base64url_decode("aGk=").unwrap(), b"hi");
        assert_eq!(base64url_decode("_-8").unwrap(), vec![0xff, 0xef]);
        assert_eq!(base64url_decode("a"), None);
        assert_eq!(base64url_decode("a+b/"), None);
        assert_eq!(base64url_decode(""), None);
    }
}
