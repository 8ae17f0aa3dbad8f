//! Handing a report to the user: a file saved through a `Blob` and a
//! download link, or text written to the clipboard. Made in the browser:
//! nothing is sent anywhere.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Saves `text` as a file named `name` of media type `media_type`: a
/// `Blob`, an object URL and a click on a download link, then the URL is
/// let go.
///
/// # Errors
/// What the browser threw (no document, a refused `Blob`).
pub fn save(name: &str, media_type: &str, text: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    // A link that is never placed in the document: clicking it downloads.
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The download has its own copy by now; the next task lets the URL go.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ =
            window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 0);
    }
    Ok(())
}

/// Writes `text` to the clipboard.
///
/// # Errors
/// The browser's refusal (no permission, no focus, an insecure context).
pub async fn copy(text: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
}
