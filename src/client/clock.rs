//! The browser's clock and the viewer's locale.

use std::cell::RefCell;

use js_sys::Date;
use so_tenant_status_core::i18n::Lang;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// One formatter per language on the page: creating one per call (what
    /// `toLocaleTimeString` does) costs tens of microseconds each, and the
    /// first one in a fresh page 25-40 ms (the locale's data is loaded).
    /// `(language, made)`: listed once asked for, `None` until made.
    static TIME_FORMAT: RefCell<Vec<(Lang, Option<js_sys::Function>)>> = const { RefCell::new(Vec::new()) };
    /// Set once the locale's formatter is made, so times shown before are
    /// written again in the locale's form.
    static LOCALE_READY: leptos::prelude::ArcRwSignal<bool> = leptos::prelude::ArcRwSignal::new(false);
}

/// A signal that turns true once [`local_time`] gives the locale's form:
/// views that show times read it to be redrawn then.
pub fn locale_ready() -> leptos::prelude::ArcRwSignal<bool> {
    LOCALE_READY.with(Clone::clone)
}

/// `Intl.DateTimeFormat` options: a wall-clock time to the second.
#[derive(serde::Serialize)]
struct TimeFormatOptions {
    hour: &'static str,
    minute: &'static str,
    second: &'static str,
}

fn new_time_format(lang: Lang) -> js_sys::Function {
    let options = serde_wasm_bindgen::to_value(&TimeFormatOptions {
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
    })
    .ok()
    .and_then(|o| o.dyn_into::<js_sys::Object>().ok())
    .unwrap_or_default();
    let locales = js_sys::Array::of1(&super::lang::time_locale(lang).into());
    js_sys::Intl::DateTimeFormat::new(&locales, &options).format()
}

/// Now, in epoch milliseconds.
pub fn now_ms() -> i64 {
    Date::now() as i64
}

/// A uniformly random number in `[0, 1)`, for jitter.
pub fn random() -> f64 {
    js_sys::Math::random()
}

/// `ms` as a wall-clock time in `lang` and the viewer's time zone
/// ("14:05:10", "02:05:10 PM"), and whether that is the locale's final form.
///
/// The locale's formatter is made in a later task, so the answer that first
/// asks is painted without waiting for it; until then the time is written
/// as HH:MM:SS in the viewer's time zone (not final). Once the formatter is
/// made, [`locale_ready`] turns true, which writes the timing lines again.
pub fn local_time(ms: i64, lang: Lang) -> (String, bool) {
    let asked = TIME_FORMAT.with_borrow_mut(|formats| {
        let asked = formats.iter().any(|(l, _)| *l == lang);
        if !asked {
            formats.push((lang, None));
        }
        asked
    });
    if !asked {
        let later = Closure::<dyn FnMut()>::new(move || {
            TIME_FORMAT.with_borrow_mut(|formats| {
                if let Some((_, format)) = formats.iter_mut().find(|(l, _)| *l == lang) {
                    format.get_or_insert_with(|| new_time_format(lang));
                }
            });
            LOCALE_READY.with(|ready| leptos::prelude::Set::set(ready, true));
        });
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                later.as_ref().unchecked_ref(),
                0,
            );
        }
        // One small closure for the page's lifetime.
        later.forget();
    }
    let date = Date::new(&JsValue::from_f64(ms as f64));
    let formatted = TIME_FORMAT.with_borrow(|formats| {
        formats
            .iter()
            .find(|(l, _)| *l == lang)?
            .1
            .as_ref()?
            .call1(&JsValue::NULL, &date)
            .ok()?
            .as_string()
    });
    match formatted {
        Some(text) => (text, true),
        None => (
            format!(
                "{:02}:{:02}:{:02}",
                date.get_hours(),
                date.get_minutes(),
                date.get_seconds()
            ),
            false,
        ),
    }
}

/// How [`date_time`] writes a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// "20:00": hour and minute.
    Time,
    /// "Sat 20:00": short weekday, hour and minute.
    WeekdayTime,
}

/// `Intl.DateTimeFormat` options of a [`Style`].
#[derive(serde::Serialize)]
struct StyleOptions {
    #[serde(skip_serializing_if = "Option::is_none")]
    weekday: Option<&'static str>,
    hour: &'static str,
    minute: &'static str,
}

thread_local! {
    /// One formatter per language and style, made when first asked for.
    static STYLE_FORMAT: RefCell<Vec<((Lang, Style), js_sys::Function)>> = const { RefCell::new(Vec::new()) };
}

/// The core's time writer (`time(ms, weekday)`, as the forecast and the
/// history want it) for the viewer's zone in `lang`'s regional form.
pub fn time_writer(lang: Lang) -> impl Fn(i64, bool) -> String + Copy {
    move |ms, weekday| {
        let style = if weekday {
            Style::WeekdayTime
        } else {
            Style::Time
        };
        date_time(ms, lang, style)
    }
}

/// `ms` in `lang` and the viewer's time zone, to the minute: "20:00" or
/// "Sat 20:00" ("lør. 20:00" in Norwegian).
pub fn date_time(ms: i64, lang: Lang, style: Style) -> String {
    let date = Date::new(&JsValue::from_f64(ms as f64));
    STYLE_FORMAT.with_borrow_mut(|formats| {
        if !formats.iter().any(|(key, _)| *key == (lang, style)) {
            let options = serde_wasm_bindgen::to_value(&StyleOptions {
                weekday: (style == Style::WeekdayTime).then_some("short"),
                hour: "2-digit",
                minute: "2-digit",
            })
            .ok()
            .and_then(|o| o.dyn_into::<js_sys::Object>().ok())
            .unwrap_or_default();
            let locales = js_sys::Array::of1(&super::lang::time_locale(lang).into());
            let format = js_sys::Intl::DateTimeFormat::new(&locales, &options).format();
            formats.push(((lang, style), format));
        }
        formats
            .iter()
            .find(|(key, _)| *key == (lang, style))
            .and_then(|(_, format)| format.call1(&JsValue::NULL, &date).ok())
            .and_then(|text| text.as_string())
            .unwrap_or_else(|| format!("{:02}:{:02}", date.get_hours(), date.get_minutes()))
    })
}
