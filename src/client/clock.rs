//! The browser's clock and the viewer's locale.

use std::cell::RefCell;

use js_sys::Date;
use so_tenant_status_core::i18n::Lang;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Which form a time is written in (one `Intl.DateTimeFormat` each, per
/// language).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// "14:05:10": the timing line.
    Seconds,
    /// "20:00": [`Style::Time`].
    Minutes,
    /// "Sat 20:00": [`Style::WeekdayTime`].
    WeekdayMinutes,
}

/// A language's formatters: listed when first asked for, made later.
type Formats = Vec<((Lang, Form), Option<js_sys::Function>)>;

thread_local! {
    /// One formatter per language and form on the page: creating one per
    /// call (what `toLocaleTimeString` does) costs tens of microseconds
    /// each, and the first one in a fresh page 25-40 ms (the locale's data
    /// is loaded). So none is made while a view is drawn: the first ask
    /// lists it, and a later task makes every listed one.
    static FORMATS: RefCell<Formats> = const { RefCell::new(Vec::new()) };
    /// Whether a task to make the listed formatters is queued.
    static QUEUED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Counts the times formatters were made, so times shown before are
    /// written again in the locale's form.
    static LOCALE_READY: leptos::prelude::ArcRwSignal<u32> = leptos::prelude::ArcRwSignal::new(0);
}

/// A signal that changes each time [`local_time`] and [`date_time`] can
/// write in a locale's form they could not before: views that show times
/// track it to be redrawn then.
pub fn locale_ready() -> leptos::prelude::ArcRwSignal<u32> {
    LOCALE_READY.with(Clone::clone)
}

/// `Intl.DateTimeFormat` options of a [`Form`].
#[derive(serde::Serialize)]
struct FormOptions {
    #[serde(skip_serializing_if = "Option::is_none")]
    weekday: Option<&'static str>,
    hour: &'static str,
    minute: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    second: Option<&'static str>,
}

fn new_format(lang: Lang, form: Form) -> js_sys::Function {
    let options = serde_wasm_bindgen::to_value(&FormOptions {
        weekday: (form == Form::WeekdayMinutes).then_some("short"),
        hour: "2-digit",
        minute: "2-digit",
        second: (form == Form::Seconds).then_some("2-digit"),
    })
    .ok()
    .and_then(|o| o.dyn_into::<js_sys::Object>().ok())
    .unwrap_or_default();
    let locales = js_sys::Array::of1(&super::lang::time_locale(lang).into());
    js_sys::Intl::DateTimeFormat::new(&locales, &options).format()
}

/// Makes every listed formatter, then tells the views.
fn make_listed() {
    QUEUED.set(false);
    let made = FORMATS.with_borrow_mut(|formats| {
        let mut made = false;
        for ((lang, form), format) in formats.iter_mut() {
            if format.is_none() {
                *format = Some(new_format(*lang, *form));
                made = true;
            }
        }
        made
    });
    if made {
        LOCALE_READY.with(|ready| leptos::prelude::Update::update(ready, |n| *n += 1));
    }
}

/// Queues [`make_listed`] after the next paint (a task queued from an
/// animation frame runs once the frame is painted): the first answers are
/// on screen before the locale's data is loaded.
fn queue_make() {
    if QUEUED.replace(true) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let after_paint = Closure::once_into_js(move || {
        let make = Closure::once_into_js(make_listed);
        if let Some(window) = web_sys::window() {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(make.unchecked_ref(), 0);
        }
    });
    if window
        .request_animation_frame(after_paint.unchecked_ref())
        .is_err()
    {
        // No animation frames here at all: a task still comes. (A hidden
        // tab gets its frame, and so its formatters, when it is shown.)
        let make = Closure::once_into_js(make_listed);
        let _ =
            window.set_timeout_with_callback_and_timeout_and_arguments_0(make.unchecked_ref(), 0);
    }
}

/// Runs `use_it` with `lang`'s formatter of `form` once it is made. Until
/// then `None`: the formatter is listed, and made after the next paint.
fn with_format<R>(
    lang: Lang,
    form: Form,
    use_it: impl FnOnce(&js_sys::Function) -> R,
) -> Option<R> {
    let out = FORMATS.with_borrow_mut(|formats| {
        if let Some((_, made)) = formats.iter().find(|(key, _)| *key == (lang, form)) {
            return made.as_ref().map(use_it);
        }
        formats.push(((lang, form), None));
        None
    });
    if out.is_none() {
        queue_make();
    }
    out
}

/// Whether [`time_writer`] writes in `lang`'s own forms yet. When not, its
/// formatters are listed and made after the next paint ([`locale_ready`]
/// changes then): a view can leave out a line that would otherwise be
/// written twice, or make the first paint wait for the locale's data.
pub fn writer_ready(lang: Lang) -> bool {
    // Both asked for (and so listed), whatever the first answers.
    let made = [Form::Minutes, Form::WeekdayMinutes].map(|form| with_format(lang, form, |_| ()));
    made.iter().all(Option::is_some)
}

/// `date` in `lang`'s `form`, once that formatter is made; until then
/// `None`, and the formatter is listed to be made after the next paint.
fn in_form(date: &Date, lang: Lang, form: Form) -> Option<String> {
    with_format(lang, form, |format| {
        format.call1(&JsValue::NULL, date).ok()?.as_string()
    })
    .flatten()
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
/// made, [`locale_ready`] changes, which writes the timing lines again.
pub fn local_time(ms: i64, lang: Lang) -> (String, bool) {
    let date = Date::new(&JsValue::from_f64(ms as f64));
    match in_form(&date, lang, Form::Seconds) {
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
/// "Sat 20:00" ("lør. 20:00" in Norwegian). Until the locale's formatter
/// is made (in a later task, see [`local_time`]) "20:00", without the
/// weekday; views that show it track [`locale_ready`].
pub fn date_time(ms: i64, lang: Lang, style: Style) -> String {
    let date = Date::new(&JsValue::from_f64(ms as f64));
    let form = match style {
        Style::Time => Form::Minutes,
        Style::WeekdayTime => Form::WeekdayMinutes,
    };
    in_form(&date, lang, form)
        .unwrap_or_else(|| format!("{:02}:{:02}", date.get_hours(), date.get_minutes()))
}
