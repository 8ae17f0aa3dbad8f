//! Tenant change notifications (the webhook body SuperOffice POSTs).
//!
//! [`NotificationPayload`] is the body as sent (derived `Deserialize`,
//! lenient members); [`decode_notification`] reads it with `serde_json` and
//! checks it into a [`TenantNotification`]. A `Token` that is a well-formed
//! JWT has its claims decoded with `base64` and `serde_json`, never verified.

use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::change_type::ChangeType;
use crate::error::{quoted, DecodeError};
use crate::field::{exact_integer, read_object, Field, NameOrNumber, ObjectOf};

/// A decoded change notification. Its `Serialize` form is the JS API's
/// `TenantNotification`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TenantNotification {
    /// `ChangeType` (serialized as its `ChangeTypeInfo`).
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
/// display only and the serialized form says `verified: false`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Token {
    /// The token as sent.
    pub raw: Option<String>,
    /// The JWT payload, when the token is a well-formed JWT.
    pub claims: Option<Claims>,
    /// Why the token could not be decoded.
    pub error: Option<String>,
}

/// A JWT payload: a JSON object kept as the sender's text, so every number
/// in it reaches JavaScript exactly as `JSON.parse` reads it.
#[derive(Debug, Clone)]
pub struct Claims(Box<RawValue>);

impl Claims {
    /// The claims as JSON text, as sent.
    pub fn json(&self) -> &str {
        self.0.get()
    }

    /// The claims as a `serde_json` value.
    ///
    /// # Errors
    /// When a number is out of `f64`'s range (`1e400`), which the text
    /// keeps but a `serde_json::Value` cannot hold.
    pub fn to_value(&self) -> Result<serde_json::Value, serde_json::Error> {
        serde_json::from_str(self.json())
    }
}

impl PartialEq for Claims {
    fn eq(&self, other: &Self) -> bool {
        self.json() == other.json()
    }
}

/// As the sender's JSON text (`serde_json` writes it unchanged).
impl Serialize for Claims {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

#[derive(Serialize)]
struct TokenOut<'a> {
    raw: Option<&'a str>,
    claims: Option<&'a Claims>,
    verified: bool,
    error: Option<&'a str>,
}

/// `{ raw, claims, verified: false, error }`.
impl Serialize for Token {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        TokenOut {
            raw: self.raw.as_deref(),
            claims: self.claims.as_ref(),
            verified: false,
            error: self.error.as_deref(),
        }
        .serialize(serializer)
    }
}

/// Base64url as JWTs use it, tolerating padding.
const BASE64URL: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::URL_SAFE,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

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
                error: Some(format!("Token: not a well-formed JWT: {problem}")),
            },
        }
    }
}

fn decode_jwt_claims(raw: &str) -> Result<Claims, String> {
    let parts: Vec<&str> = raw.split('.').collect();
    let [header, payload, signature] = parts.as_slice() else {
        return Err(format!(
            "expected three base64url parts separated by dots, found {}",
            parts.len()
        ));
    };
    let json = |name: &str, part: &str| -> Result<String, String> {
        let bytes = BASE64URL
            .decode(part)
            .map_err(|_| format!("the {name} is not base64url"))?;
        String::from_utf8(bytes).map_err(|_| format!("the {name} is not UTF-8"))
    };
    let not_object = |name: &str| format!("the {name} is not a JSON object");
    let header = json("header", header)?;
    match serde_json::from_str::<ObjectOf<serde::de::IgnoredAny>>(&header) {
        Ok(ObjectOf(Ok(_))) => {}
        _ => return Err(not_object("header")),
    }
    let payload = json("payload", payload)?;
    let claims: Box<RawValue> =
        serde_json::from_str(&payload).map_err(|_| not_object("payload"))?;
    if !claims.get().starts_with('{') {
        return Err(not_object("payload"));
    }
    // Never verified here, so the signature is only checked for its alphabet.
    let base64url = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'=');
    if !signature.bytes().all(base64url) {
        return Err("the signature is not base64url".into());
    }
    Ok(Claims(claims))
}

/// The change notification as sent: every member read leniently (see
/// [`Field`]), PascalCase as documented or camelCase; unknown members are
/// ignored. [`NotificationPayload::check`] turns it into a
/// [`TenantNotification`].
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct NotificationPayload {
    /// `ChangeType`: an integer (or its documented name).
    #[serde(rename = "ChangeType", alias = "changeType")]
    pub change_type: Field<NameOrNumber>,
    /// `ContextIdentifier`.
    #[serde(rename = "ContextIdentifier", alias = "contextIdentifier")]
    pub context_identifier: Field<String>,
    /// `VersionName`.
    #[serde(rename = "VersionName", alias = "versionName")]
    pub version_name: Field<String>,
    /// `FileVersion`.
    #[serde(rename = "FileVersion", alias = "fileVersion")]
    pub file_version: Field<String>,
    /// `Token`.
    #[serde(rename = "Token", alias = "token")]
    pub token: Field<String>,
    /// `PublicEndpoint`.
    #[serde(rename = "PublicEndpoint", alias = "publicEndpoint")]
    pub public_endpoint: Field<String>,
}

impl NotificationPayload {
    /// Checks the notification: required members must be usable, optional
    /// ones that are not become `None` plus a warning naming them. A
    /// malformed `Token` is reported in `token.error`, not as an error.
    ///
    /// # Errors
    /// [`DecodeError`] when `ChangeType` or `ContextIdentifier` is missing or
    /// unusable.
    pub fn check(self) -> Result<TenantNotification, DecodeError> {
        let change_type = match self.change_type.required("ChangeType", "an integer")? {
            NameOrNumber::Number(n) => {
                ChangeType::from_code(exact_integer(&n).ok_or_else(|| DecodeError::Invalid {
                    field: "ChangeType",
                    problem: format!("expected an integer, got {n}"),
                })?)
            }
            NameOrNumber::Name(s) => match s.trim().parse::<i64>() {
                Ok(code) => ChangeType::from_code(code),
                Err(_) => ChangeType::from_name(&s).ok_or_else(|| DecodeError::Invalid {
                    field: "ChangeType",
                    problem: format!(
                        "expected an integer or a documented name, got {}",
                        quoted(&s)
                    ),
                })?,
            },
        };
        let context_identifier = self
            .context_identifier
            .required("ContextIdentifier", "a string")?;
        let mut warnings = Vec::new();
        let version_name = self
            .version_name
            .optional("VersionName", "a string", &mut warnings);
        let file_version = self
            .file_version
            .optional("FileVersion", "a string", &mut warnings);
        let public_endpoint =
            self.public_endpoint
                .optional("PublicEndpoint", "a string", &mut warnings);
        let token = match self.token {
            Field::Absent | Field::Null => Token::default(),
            Field::Value(raw) => Token::decode(&raw),
            Field::Wrong(found) => Token {
                error: Some(format!("Token: expected a string, got {found}")),
                ..Token::default()
            },
        };
        if change_type == ChangeType::Move && public_endpoint.is_none() {
            warnings
                .push("PublicEndpoint: missing, though Move should name the new endpoint".into());
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
}

/// Decodes a change notification from JSON text.
///
/// # Errors
/// [`DecodeError`] when the text is over 64 KiB, is not a JSON object, or
/// lacks a usable `ChangeType` or `ContextIdentifier`. A malformed `Token` is
/// not an error: it is reported in `token.error`.
pub fn decode_notification(text: &str) -> Result<TenantNotification, DecodeError> {
    read_object::<NotificationPayload>(text)?.check()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_with_and_without_padding() {
        assert_eq!(BASE64URL.decode("aGk").unwrap(), b"hi");
        assert_eq!(BASE64URL.decode("aGk=").unwrap(), b"hi");
        assert_eq!(BASE64URL.decode("_-8").unwrap(), vec![0xff, 0xef]);
        assert!(BASE64URL.decode("a").is_err());
        assert!(BASE64URL.decode("a+b/").is_err());
    }
}
