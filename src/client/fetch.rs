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

/// A finished request as it came: what the tab that asked shares with the
/// origin's other tabs (see [`super::tabs`]), each of which reads it with
/// [`Answer::checked`] exactly as the asking tab does.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Answer {
    /// The HTTP status; `None` when no response came.
    pub status: Option<u16>,
    /// The body of a 2xx answer.
    pub body: Option<String>,
    /// `Retry-After`, as sent.
    pub retry_after: Option<String>,
    /// No response: it timed out (else: a network failure, CORS included).
    pub timed_out: bool,
}

impl Answer {
    /// What the answer means: the core decodes the body, the status
    /// classifies a failure.
    pub fn checked(&self) -> Checked {
        let result = match (self.status, &self.body) {
            (None, _) if self.timed_out => Err(CheckError::Timeout),
            (None, _) => Err(CheckError::Network),
            (Some(status), body) => match CheckError::from_status(status) {
                Some(error) => Err(error),
                None => match body {
                    Some(text) => {
                        decode_state(text).map_err(|e| CheckError::InvalidPayload(e.to_string()))
                    }
                    None => Err(CheckError::Network),
                },
            },
        };
        Checked {
            result,
            retry_after: self.retry_after.clone(),
        }
    }
}

/// Asks the state API at `url` once. `controller` aborts the request on
/// purpose (the answer is then `None`).
pub async fn check(url: &str, controller: &AbortController) -> Option<Answer> {
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
    let status = response.status();
    if CheckError::from_status(status).is_some() {
        return Some(Answer {
            status: Some(status),
            body: None,
            retry_after: response.headers().get("Retry-After"),
            timed_out: false,
        });
    }
    match response.text().await {
        Ok(text) => Some(Answer {
            status: Some(status),
            body: Some(text),
            retry_after: None,
            timed_out: false,
        }),
        Err(error) => classify(&error, controller),
    }
}

/// A failed request: aborted on purpose (`None`), timed out, or anything
/// else (CORS, offline, a body cut short) as a network failure.
fn classify(error: &gloo_net::Error, controller: &AbortController) -> Option<Answer> {
    if controller.signal().aborted() {
        return None;
    }
    let timed_out = matches!(error,
        gloo_net::Error::JsError(e) if matches!(e.name.as_str(), "TimeoutError" | "AbortError"));
    Some(Answer {
        status: None,
        body: None,
        retry_after: None,
        timed_out,
    })
}
