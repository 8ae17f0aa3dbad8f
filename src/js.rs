//! The JavaScript boundary shared by the decoder exports and embedding:
//! values go out through `serde-wasm-bindgen`'s JSON-compatible serializer
//! (plain objects, `null` for absent values), `string | object` payloads come
//! in as text for `serde_json` or as objects for `serde-wasm-bindgen`, and
//! every error leaves as a JS `Error` whose message names the field.

use serde::Serialize;
use so_tenant_status_core::field::ObjectOf;
use so_tenant_status_core::{DecodeError, StatePayload, TenantState};
#[cfg(any(feature = "decoder", feature = "embed"))]
use so_tenant_status_core::{NotificationPayload, TenantNotification};
use wasm_bindgen::prelude::*;

/// A Rust value as a plain, JSON-compatible JS value.
pub(crate) fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("internal: {e}")))
}

/// Any error with a message, as a JS `Error`.
pub(crate) fn error(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

/// The message for an argument that is neither JSON text nor an object.
pub(crate) const NOT_TEXT_OR_OBJECT: &str = "input: expected a JSON string or an object";

/// Reads one `string | object` payload: text through the core's
/// `serde_json` decoder (64 KiB limit first), an object straight into the
/// same derived payload type through `serde-wasm-bindgen`.
fn read<P, T>(
    input: JsValue,
    from_text: fn(&str) -> Result<T, DecodeError>,
    check: fn(P) -> Result<T, DecodeError>,
) -> Result<T, String>
where
    P: for<'de> serde::Deserialize<'de>,
{
    if let Some(text) = input.as_string() {
        return from_text(&text).map_err(|e| e.to_string());
    }
    if !input.is_object() {
        return Err(NOT_TEXT_OR_OBJECT.to_owned());
    }
    let ObjectOf(payload) = serde_wasm_bindgen::from_value::<ObjectOf<P>>(input)
        .map_err(|e| DecodeError::Data(e.to_string()).to_string())?;
    payload
        .map_err(|found| DecodeError::NotAnObject { found })
        .and_then(check)
        .map_err(|e| e.to_string())
}

/// A state API answer from JS (`string | object`).
pub(crate) fn read_state(input: JsValue) -> Result<TenantState, String> {
    read(
        input,
        so_tenant_status_core::decode_state,
        StatePayload::check,
    )
}

/// A change notification from JS (`string | object`).
#[cfg(any(feature = "decoder", feature = "embed"))]
pub(crate) fn read_notification(input: JsValue) -> Result<TenantNotification, String> {
    read(
        input,
        so_tenant_status_core::decode_notification,
        NotificationPayload::check,
    )
}
