//! The static page's entry point (feature `page`): `startPage()`, called by
//! `web/boot.js`. The page needs nothing else from the module, so `dist/`
//! is built without the embedding exports.

use leptos::prelude::*;
use so_tenant_status_core::page::PageQuery;
use wasm_bindgen::prelude::*;

use crate::ui::Page;

/// Starts the static page: reads `?env=…&context=…&base=…` (none: the demo)
/// and renders the [`Page`] into `#app` (or `<body>`); `?view=notification`
/// renders the [`crate::ui::Inspector`] instead.
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
    )
    .with_board(
        param("layout").as_deref(),
        param("health").as_deref(),
        param("q").as_deref(),
    )
    .with_look(param("theme").as_deref(), param("variant").as_deref())
    .with_lang(
        param("lang").as_deref(),
        &crate::client::lang::navigator_languages(),
    );
    let Some(document) = window.document() else {
        return;
    };
    // `?theme=light|dark` reaches the page's own background too: the
    // stylesheets' `[data-theme]` rules set `color-scheme` on `<html>`.
    if let (Some(theme), Some(html)) = (query.theme.data_theme(), document.document_element()) {
        let _ = html.set_attribute("data-theme", theme);
    }
    // The page is written in its language: `<html lang>` and the title.
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", query.lang.tag());
    }
    document.set_title(&so_tenant_status_core::Texts::new(query.lang).get("page-title"));
    let target = document
        .get_element_by_id("app")
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        .or_else(|| document.body());
    let Some(target) = target else {
        return;
    };
    // The page lives as long as the document.
    if param("view").as_deref() == Some("notification") {
        // The inspector: no board, no scheduler, no request.
        let back = match &query.lang_asked {
            Some(lang) => format!("./?lang={lang}"),
            None => "./".to_owned(),
        };
        let (lang, theme) = (query.lang, query.theme.data_theme());
        leptos::mount::mount_to(target, move || {
            crate::ui::later::inspector(lang, theme, back)
        })
        .forget();
    } else {
        // Ask for the leading tab's lock before drawing: the browser answers
        // while the page renders, so the first check does not wait for it.
        crate::client::scheduler::join_tabs();
        leptos::mount::mount_to(target, move || view! { <Page query=query /> }).forget();
    }
}
