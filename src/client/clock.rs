//! The browser's clock and the viewer's locale.

use js_sys::Date;
use wasm_bindgen::prelude::*;

thread_local! {
    /// One formatter for the page: creating one per call (what
    /// `toLocaleTimeString` does) costs tens of microseconds each.
    static TIME_FORMAT: js_sys::Function = {
        let options = js_sys::Object::new();
        for key in ["hour", "minute", "second"] {
            let _ = js_sys::Reflect::set(&options, &key.into(), &"2-digit".into());
        }
        js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &options).format()
    };
}

/// Now, in epoch milliseconds.
pub fn now_ms() -> i64 {
    Date::now() as i64
}

/// A uniformly random number in `[0, 1)`, for jitter.
pub fn random() -> f64 {
    js_sys::Math::random()
}

/// Creates the page's time formatter now (idempotent), while the first
/// requests are in flight, rather than when the first answer is shown.
pub fn warm_up() {
    TIME_FORMAT.with(|_| ());
}

/// `ms` as a wall-clock time in the viewer's locale and time zone ("14:05:10").
pub fn local_time(ms: i64) -> String {
    TIME_FORMAT.with(|format| {
        format
            .call1(&JsValue::NULL, &Date::new(&JsValue::from_f64(ms as f64)))
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_default()
    })
}
