//! The notification inspector's view model: a pasted webhook body decoded
//! into what the static page shows (`?view=notification`): the change type
//! with what it means, the tenant, the versions, the `PublicEndpoint`, and
//! the token's claims, which are never verified here (a browser cannot:
//! the partner's server must). Everything is text for the view to place.

use std::collections::BTreeMap;

use serde_json::value::RawValue;

use crate::change_type::ChangeTypeInfo;
use crate::i18n::Texts;
use crate::notification::{decode_notification, Claims};
use crate::time::format_iso_ms;

/// Claims that are NumericDates (seconds since 1970): shown with their time.
const DATE_CLAIMS: [&str; 4] = ["exp", "iat", "nbf", "auth_time"];

/// A decoded notification, as the inspector shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inspection {
    /// The change type with its description and what it means for an
    /// integration and for the badge.
    pub change: ChangeTypeInfo,
    /// `ContextIdentifier`.
    pub context_identifier: String,
    /// `VersionName`.
    pub version_name: Option<String>,
    /// `FileVersion`.
    pub file_version: Option<String>,
    /// `PublicEndpoint` (a bare host, with Move).
    pub public_endpoint: Option<String>,
    /// The token's claims, name and value as text, by name; empty when the
    /// token is absent or unreadable.
    pub claims: Vec<(String, String)>,
    /// Why the token could not be read; `None` when it was, or was absent.
    pub token_error: Option<String>,
    /// Whether a token was sent at all.
    pub token_sent: bool,
    /// Fields that were present but unusable, each naming the field.
    pub warnings: Vec<String>,
}

/// Decodes a pasted body. `None` for blank input (nothing to show yet).
///
/// # Errors
/// The decoder's message, naming the field (`ChangeType: missing`), in the
/// words of `inspect-error`.
pub fn inspect(text: &str, texts: &Texts) -> Option<Result<Inspection, String>> {
    if text.trim().is_empty() {
        return None;
    }
    Some(
        decode_notification(text)
            .map(|n| {
                let token_sent = n.token.raw.is_some();
                Inspection {
                    change: n.change_type.info(texts),
                    context_identifier: n.context_identifier,
                    version_name: n.version_name,
                    file_version: n.file_version,
                    public_endpoint: n.public_endpoint,
                    claims: n.token.claims.as_ref().map(claim_rows).unwrap_or_default(),
                    token_error: n.token.error,
                    token_sent,
                    warnings: n.warnings,
                }
            })
            .map_err(|e| texts.with("inspect-error", &[("error", &e.to_string())])),
    )
}

/// Each claim as `(name, value)`: strings as they are, NumericDates with
/// their UTC time, anything else as its JSON text.
fn claim_rows(claims: &Claims) -> Vec<(String, String)> {
    let Ok(members) = serde_json::from_str::<BTreeMap<String, Box<RawValue>>>(claims.json()) else {
        return vec![(String::new(), claims.json().to_owned())];
    };
    members
        .into_iter()
        .map(|(name, raw)| {
            let json = raw.get();
            let value = if let Ok(text) = serde_json::from_str::<String>(json) {
                text
            } else if let (true, Ok(seconds)) = (
                DATE_CLAIMS.contains(&name.as_str()),
                serde_json::from_str::<i64>(json),
            ) {
                match seconds.checked_mul(1000).and_then(format_iso_ms) {
                    Some(iso) => format!("{seconds} ({iso})"),
                    None => json.to_owned(),
                }
            } else {
                json.to_owned()
            };
            (name, value)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_is_nothing_and_garbage_an_error_naming_the_problem() {
        assert_eq!(inspect("  \n", Texts::english()), None);
        let e = inspect("{", Texts::english()).unwrap().unwrap_err();
        assert!(e.starts_with("Not a change notification: "), "{e}");
        let e = inspect(r#"{"ContextIdentifier":"Cust1"}"#, Texts::english())
            .unwrap()
            .unwrap_err();
        assert!(e.contains("ChangeType"), "{e}");
    }

    #[test]
    fn claims_as_text_with_dates() {
        use base64::Engine;
        let b64 = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
        let token = format!(
            "{}.{}.sig",
            b64(r#"{"alg":"RS256"}"#),
            b64(
                r#"{"iss":"https://sod.superoffice.com","exp":1767225600,"aud":["a","b"],"x":"<b>"}"#
            )
        );
        let body = format!(r#"{{"ChangeType":2,"ContextIdentifier":"Cust9","Token":"{token}"}}"#);
        let i = inspect(&body, Texts::english()).unwrap().unwrap();
        assert_eq!(i.change.name, "Suspend");
        assert!(i.token_sent && i.token_error.is_none());
        assert_eq!(
            i.claims,
            vec![
                ("aud".into(), r#"["a","b"]"#.into()),
                ("exp".into(), "1767225600 (2026-01-01T00:00:00.000Z)".into()),
                ("iss".into(), "https://sod.superoffice.com".into()),
                ("x".into(), "<b>".into()),
            ]
        );
    }
}
