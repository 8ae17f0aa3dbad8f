//! The static page's entry point (feature `page`): `startPage()`, called by
//! `web/boot.js`. The page needs nothing else from the module, so `dist/`
//! is built without the embedding exports.

use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;

use so_tenant_status_core::page::{PageQuery, FIRST_PAINT_WAIT_MS};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::Page;

/// Starts the static page: reads `?env=…&context=…&base=…` (none: the demo)
/// and renders into `#app` (or `<body>`), showing the page once every
/// tenant has its first answer or after [`FIRST_PAINT_WAIT_MS`], whichever
/// comes first.
#[wasm_bindgen(js_name = startPage)]
pub fn start_page() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let origin = location.origin().unwrap_or_default();
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok();
    let param = |name: &str| params.as_ref().and_then(|p| p.get(name));
    let query = PageQuery::from_params(
        param("env").as_deref(),
        param("context").as_deref(),
        param("base").as_deref(),
        &origin,
    );
    let Some(document) = window.document() else {
        return;
    };
    let target = document
        .get_element_by_id("app")
        .or_else(|| document.body().map(Into::into));
    // The page is built off the document and shown once every tenant has
    // its first answer, or after FIRST_PAINT_WAIT_MS at most: a fast answer
    // is on the first paint (no loading badge flashes, the order is already
    // worst first) and the browser lays the page out once, not twice.
    let holder = document
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let (Some(target), Some(holder)) = (target, holder) else {
        return;
    };
    let asked = Rc::new(Cell::new(false));
    let show: Rc<dyn Fn()> = Rc::new({
        let (holder, asked) = (holder.clone(), asked.clone());
        move || {
            asked.set(true);
            // Moves the page in; a second call finds nothing left to move.
            while let Some(node) = holder.first_child() {
                if target.append_child(&node).is_err() {
                    break;
                }
            }
        }
    });
    let at_the_latest = show.clone();
    let deadline = Closure::<dyn FnMut()>::new(move || at_the_latest());
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
        deadline.as_ref().unchecked_ref(),
        FIRST_PAINT_WAIT_MS,
    );
    // One small closure for the page's lifetime.
    deadline.forget();
    let page = show.clone();
    leptos::mount::mount_to(holder, move || {
        view! { <Page query=query on_first_answers=page /> }
    })
    .forget();
    // Asked while the view was being built (no tenant to wait for): show it now.
    if asked.get() {
        show();
    }
}
