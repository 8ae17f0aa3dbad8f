//! One GET of the state API, with a timeout and an abort handle.
//!
//! Plain `fetch()` through web-sys: the few lines gloo-net would wrap, without
//! its `http` types in the wasm.

use js_sys::{Object, Promise, Reflect};
use so_tenant_status_core::schedule::REQUEST_TIMEOUT_MS;
use so_tenant_status_core::status::CheckError;
use so_tenant_status_core::{decode_state, TenantState};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal, RequestInit, Response};

/// What a check gave, or `None` when it was aborted on purpose (unmount).
pub type CheckOutcome = Option<Result<TenantState, CheckError>>;

/// A state API request already on the wire.
///
/// [`start`] calls `fetch()` at once, so the request leaves while the page
/// is still rendering; [`Request::outcome`] awaits and decodes the answer.
pub struct Request(Result<Promise, CheckError>);

/// Sends one GET of the state API. `controller` aborts it (the widget was
/// unmounted); the request also gives up after [`REQUEST_TIMEOUT_MS`] (via
/// `AbortSignal.timeout`).
pub fn start(url: &str, controller: &AbortController) -> Request {
    let signals = js_sys::Array::of2(
        &controller.signal(),
        &AbortSignal::timeout_with_u32(REQUEST_TIMEOUT_MS),
    );
    let init = RequestInit::new();
    init.set_method("GET");
    init.set_signal(Some(&AbortSignal::any(&signals)));
    let headers = Object::new();
    // Setting a property on a fresh object cannot fail.
    let _ = Reflect::set(&headers, &"Accept".into(), &"application/json".into());
    init.set_headers(&headers);
    Request(match web_sys::window() {
        Some(window) => Ok(window.fetch_with_str_and_init(url, &init)),
        None => Err(CheckError::Network),
    })
}

impl Request {
    /// The decoded answer, or `None` when the request was aborted on
    /// purpose through `controller`.
    pub async fn outcome(self, controller: &AbortController) -> CheckOutcome {
        let promise = match self.0 {
            Ok(promise) => promise,
            Err(error) => return Some(Err(error)),
        };
        let response: Response = match settle(promise).await {
            Ok(value) => match value.dyn_into() {
                Ok(response) => response,
                Err(_) => return Some(Err(CheckError::Network)),
            },
            Err(error) => return classify(&error, controller),
        };
        if let Some(error) = CheckError::from_status(response.status()) {
            return Some(Err(error));
        }
        let text = match response.text() {
            Ok(promise) => settle(promise).await,
            Err(error) => Err(error),
        };
        let text = match text.map(|t| t.as_string()) {
            Ok(Some(text)) => text,
            Ok(None) => return Some(Err(CheckError::Network)),
            Err(error) => return classify(&error, controller),
        };
        Some(decode_state(&text).map_err(|e| CheckError::InvalidPayload(e.message())))
    }
}

async fn settle(promise: Promise) -> Result<JsValue, JsValue> {
    JsFuture::from(promise).await
}

/// A rejected fetch: aborted on purpose (`None`), timed out, or anything else
/// (CORS, offline, a body cut short) as a network failure.
fn classify(error: &JsValue, controller: &AbortController) -> CheckOutcome {
    if controller.signal().aborted() {
        return None;
    }
    let name = Reflect::get(error, &"name".into())
        .ok()
        .and_then(|n| n.as_string());
    Some(Err(match name.as_deref() {
        Some("TimeoutError" | "AbortError") => CheckError::Timeout,
        _ => CheckError::Network,
    }))
}
