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
pub type CheckOutcome = Option<Checked>;

/// One finished check.
pub struct Checked {
    /// The decoded state, or why there is none.
    pub result: Result<TenantState, CheckError>,
    /// The `Retry-After` header of a failed answer, as sent (the core's
    /// schedule reads it). Cross-origin, the API must expose it
    /// (`Access-Control-Expose-Headers: Retry-After`) or it is not seen.
    pub retry_after: Option<String>,
}

fn checked(result: Result<TenantState, CheckError>) -> CheckOutcome {
    Some(Checked {
        result,
        retry_after: None,
    })
}

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
        return Some(Checked {
            result: Err(error),
            retry_after: response.headers().get("Retry-After"),
        });
    }
    match response.text().await {
        Ok(text) => {
            checked(decode_state(&text).map_err(|e| CheckError::InvalidPayload(e.to_string())))
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
    checked(Err(match error {
        gloo_net::Error::JsError(e) if matches!(e.name.as_str(), "TimeoutError" | "AbortError") => {
            CheckError::Timeout
        }
        _ => CheckError::Network,
    }))
}
