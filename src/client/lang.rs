//! Which language a widget writes in, read from the page: the `lang`
//! option, the closest `[lang]`, the document's `lang`, then
//! `navigator.languages` (the core's [`Lang::resolve`] decides). And the
//! one thing Fluent leaves to the browser: `Intl.RelativeTimeFormat`.

use std::cell::RefCell;
use std::sync::Arc;

use js_sys::{Array, Intl::RelativeTimeFormat, Object};
use so_tenant_status_core::i18n::{Lang, Texts};
use so_tenant_status_core::options::Look;
use wasm_bindgen::JsCast;

thread_local! {
    /// The words of each language without a host's `messages`, shared by
    /// every widget that writes in it (a dashboard of 60 mounts builds
    /// them once).
    static SHARED: RefCell<Vec<Arc<Texts>>> = const { RefCell::new(Vec::new()) };
    /// One `Intl.RelativeTimeFormat` per language (made when first used).
    static RELATIVE: RefCell<Vec<(Lang, RelativeTimeFormat)>> = const { RefCell::new(Vec::new()) };
}

/// `Intl.RelativeTimeFormat` options: "now", "2 min. ago", "for 2 min siden".
#[derive(serde::Serialize)]
struct RelativeOptions {
    numeric: &'static str,
    style: &'static str,
}

/// "how long ago" in `lang`, by the browser's `Intl.RelativeTimeFormat`.
fn relative(lang: Lang, value: i64, unit: &'static str) -> String {
    RELATIVE.with_borrow_mut(|formats| {
        if !formats.iter().any(|(l, _)| *l == lang) {
            let options = serde_wasm_bindgen::to_value(&RelativeOptions {
                numeric: "auto",
                style: "short",
            })
            .ok()
            .and_then(|o| o.dyn_into::<Object>().ok())
            .unwrap_or_default();
            let locales = Array::of1(&lang.tag().into());
            formats.push((lang, RelativeTimeFormat::new(&locales, &options)));
        }
        formats
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, format)| String::from(format.format(value as f64, unit)))
            .unwrap_or_default()
    })
}

/// The language for a widget whose host asked for `asked` (the option or
/// attribute) and that is mounted at `target` (`None`: the page itself,
/// which has no host's `[lang]` to follow).
pub fn resolve(asked: Option<&str>, target: Option<&web_sys::Element>) -> Lang {
    let closest = target
        .and_then(|t| t.closest("[lang]").ok().flatten())
        .and_then(|e| e.get_attribute("lang"));
    let document = target
        .and_then(|_| web_sys::window()?.document()?.document_element())
        .and_then(|e| e.get_attribute("lang"));
    Lang::resolve(
        asked,
        closest.as_deref(),
        document.as_deref(),
        &navigator_languages(),
    )
}

/// `navigator.languages`, the viewer's languages in order of preference.
pub fn navigator_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_default()
}

/// The locale dates and times of `lang` are written in: the viewer's own
/// regional form of that language when the browser lists one (`en-GB` for
/// English gives 24-hour times, `en-US` 12-hour), else the language.
pub fn time_locale(lang: Lang) -> String {
    navigator_languages()
        .into_iter()
        .find(|tag| Lang::matching(tag) == Some(lang))
        .unwrap_or_else(|| lang.tag().to_owned())
}

/// A widget's words: its [`Look`]'s language and `messages`, with
/// relative times said by `Intl`.
pub fn texts(look: &Look, target: Option<&web_sys::Element>) -> Arc<Texts> {
    let lang = resolve(look.lang.as_deref(), target);
    if !look.messages.is_empty() {
        return Arc::new(for_lang(look.texts(lang)));
    }
    shared(lang)
}

/// The words of `lang` without a host's `messages`, shared by every
/// widget (and the page) that writes in it.
pub fn shared(lang: Lang) -> Arc<Texts> {
    SHARED.with_borrow_mut(|shared| {
        if let Some(texts) = shared.iter().find(|t| t.lang() == lang) {
            return texts.clone();
        }
        let texts = Arc::new(for_lang(Texts::new(lang)));
        shared.push(texts.clone());
        texts
    })
}

/// `texts` with relative times said by `Intl.RelativeTimeFormat`.
fn for_lang(texts: Texts) -> Texts {
    let lang = texts.lang();
    texts.with_relative(Arc::new(move |value, unit| relative(lang, value, unit)))
}
