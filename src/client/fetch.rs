//! One GET of the state API through `gloo-net`, with a timeout and an abort
//! handle.
//!
//! The request is aborted by `AbortSignal.timeout()` after
//! [`REQUEST_TIMEOUT_MS`] or by the caller's `AbortController` (the widget
//! was unmounted); never with a string reason, which gloo-net cannot read as
//! an error. The HTTP status is checked first, then the body is decoded by
//! the core.

use gloo_net::http::Request;
use so_tenant_status_core::schedule::REQUEST_TIMEOUT_MS;
use so_tenant_status_core::status::CheckError;
use so_tenant_status_core::{decode_state, TenantState};
use web_sys::{AbortController, AbortSignal};

/// What a check gave, or `None` when it was aborted on purpose (unmount).
pub type CheckOutcome = Option<Result<TenantState, CheckError>>;

/// Asks the state API at `url` once. `controller` aborts the request on
/// purpose (the answer is then `None`).
pub async fn check(url: &str, controller: &AbortController) -> CheckOutcome {
    let signals = js_sys::Array::of2(
        &controller.signal(),
        &AbortSignal::timeout_with_u32(REQUEST_TIMEOUT_MS),
    );
    let signal = AbortSignal::any(&signals);
    let response = match Request::get(url)
        .header("Accept", "application/json")
        .abort_signal(Some(&signal))
        .send()
        .await
    {
        Ok(response) => response,
        Err(error) => return classify(&error, controller),
    };
    if let Some(error) = CheckError::from_status(response.status()) {
        return Some(Err(error));
    }
    match response.text().await {
        Ok(text) => {
            Some(decode_state(&text).map_err(|e| CheckError::InvalidPayload(e.to_string())))
        }
        Err(error) => classify(&error, controller),
    }
}

/// A failed request: aborted on purpose (`None`), timed out, or anything
/// else (CORS, offline, a body cut short) as a network failure.
fn classify(error: &gloo_net::Error, controller: &AbortController) -> CheckOutcome {
    if controller.signal().aborted() {
        return None;
    }
    Some(Err(match error {
        gloo_net::Error::JsError(e) if matches!(e.name.as_str(), "TimeoutError" | "AbortError") => {
            CheckError::Timeout
        }
        _ => CheckError::Network,
    }))
}
