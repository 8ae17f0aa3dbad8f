//! The browser's clock and the viewer's locale.

use js_sys::Date;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = Date)]
    type LocaleDate;
    #[wasm_bindgen(constructor, js_class = "Date")]
    fn new(ms: f64) -> LocaleDate;
    #[wasm_bindgen(method, js_class = "Date", js_name = toLocaleTimeString)]
    fn to_locale_time_string_opts(
        this: &LocaleDate,
        locales: &JsValue,
        options: &JsValue,
    ) -> String;
}

/// Now, in epoch milliseconds.
pub fn now_ms() -> i64 {
    Date::now() as i64
}

/// A uniformly random number in `[0, 1)`, for jitter.
pub fn random() -> f64 {
    js_sys::Math::random()
}

/// `ms` as a wall-clock time in the viewer's locale and time zone ("14:05").
pub fn local_time(ms: i64) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"hour".into(), &"2-digit".into());
    let _ = js_sys::Reflect::set(&options, &"minute".into(), &"2-digit".into());
    let _ = js_sys::Reflect::set(&options, &"second".into(), &"2-digit".into());
    LocaleDate::new(ms as f64).to_locale_time_string_opts(&JsValue::UNDEFINED, &options)
}
