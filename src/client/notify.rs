//! Desktop notifications (the Notification API) and whether the user
//! turned alerts on (remembered per origin in `localStorage`, under the
//! core's [`STORAGE_KEY`]). Permission is asked only when the user presses
//! the board's Alerts toggle.

use so_tenant_status_core::alerts::{Alert, STORAGE_KEY};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Notification, NotificationOptions, NotificationPermission};

/// What the browser allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permission {
    /// Notifications may be shown.
    Granted,
    /// The user blocked them for this site.
    Denied,
    /// Not asked yet.
    Ask,
    /// No Notification API here (an old browser, an insecure context).
    Unsupported,
}

fn supported() -> bool {
    web_sys::window().is_some_and(|w| {
        js_sys::Reflect::has(&w, &JsValue::from_str("Notification")).unwrap_or(false)
    })
}

/// What the browser allows now.
pub fn permission() -> Permission {
    if !supported() {
        return Permission::Unsupported;
    }
    match Notification::permission() {
        NotificationPermission::Granted => Permission::Granted,
        NotificationPermission::Denied => Permission::Denied,
        _ => Permission::Ask,
    }
}

/// Asks the user (only ever from a click on the Alerts toggle).
pub async fn ask() -> Permission {
    if !supported() {
        return Permission::Unsupported;
    }
    if let Ok(promise) = Notification::request_permission() {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
    permission()
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether the user turned alerts on (on this origin).
pub fn remembered() -> bool {
    storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .is_some_and(|v| v == "on")
}

/// Remembers whether alerts are on (storage that throws keeps it for
/// this page only).
pub fn remember(on: bool) {
    if let Some(s) = storage() {
        let _ = s.set_item(STORAGE_KEY, if on { "on" } else { "off" });
    }
}

/// Shows `alert`; a click on it focuses this tab and calls `on_click`.
///
/// # Errors
/// What the browser threw (no permission any more).
pub fn show(alert: &Alert, on_click: impl FnOnce() + 'static) -> Result<(), JsValue> {
    let options = NotificationOptions::new();
    options.set_body(&alert.body);
    // One tag per tenant group: a newer one replaces an older one.
    options.set_tag(&format!("so-tenant-status:{}", alert.context_id));
    let notification = Notification::new_with_options(&alert.title, &options)?;
    let click = Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            let _ = window.focus();
        }
        on_click();
    });
    notification.set_onclick(Some(click.unchecked_ref()));
    Ok(())
}
