//! One GET of the state API, with a timeout and an abort handle.

use gloo_net::http::Request;
use so_tenant_status_core::schedule::REQUEST_TIMEOUT_MS;
use so_tenant_status_core::status::CheckError;
use so_tenant_status_core::{decode_state, TenantState};
use web_sys::{AbortController, AbortSignal};

/// What a check gave, or `None` when it was aborted on purpose (unmount).
pub type CheckOutcome = Option<Result<TenantState, CheckError>>;

/// Fetches and decodes one state API answer. `controller` aborts it (the
/// widget was unmounted); the request also gives up after
/// [`REQUEST_TIMEOUT_MS`] (via `AbortSignal.timeout`, never a string reason,
/// which gloo-net cannot handle).
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
        Err(error) => return classify(error, controller),
    };
    if let Some(error) = CheckError::from_status(response.status()) {
        return Some(Err(error));
    }
    let text = match response.text().await {
        Ok(text) => text,
        Err(error) => return classify(error, controller),
    };
    Some(decode_state(&text).map_err(|e| CheckError::InvalidPayload(e.to_string())))
}

fn classify(error: gloo_net::Error, controller: &AbortController) -> CheckOutcome {
    if controller.signal().aborted() {
        return None;
    }
    Some(Err(match error {
        gloo_net::Error::JsError(js) if js.name == "TimeoutError" || js.name == "AbortError" => {
            CheckError::Timeout
        }
        _ => CheckError::Network,
    }))
}
