//! `Timeline`: a tenant's health over the last 24 hours or 7 days, as this
//! browser observed it: an inline SVG bar of segments coloured by health,
//! "not watched" hatched, the current segment growing as answers come.
//!
//! What the segments are, how long each health lasted and the words are
//! the core's ([`timeline`]); this file only draws them.
//!
//! [`timeline`]: so_tenant_status_core::timeline

use std::sync::atomic::{AtomicU32, Ordering};

use leptos::prelude::*;
use so_tenant_status_core::status::TenantStatus;
use so_tenant_status_core::time::format_iso_ms;
use so_tenant_status_core::timeline::{day_marks, Bar, Window, MINUTE_MS};

use super::words;
use crate::client::clock::{date_time, locale_ready, Style};

static NEXT: AtomicU32 = AtomicU32::new(0);

/// The hatching's period (SVG user units): "not watched".
const HATCH: &str = "6";

/// The viewer's offset from UTC at `ms`, minutes east.
fn offset_min(ms: i64) -> i32 {
    -(js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64)).get_timezone_offset() as i32)
}

/// One tenant's timeline bar over `window`, with its observed availability
/// when `percent`.
///
/// DOM hooks: `[data-part=timeline]` (`data-window`: `24h` or `7d`) holds
/// `[data-part=timeline-bar]` (`role="img"`, named "Last 24 hours: OK
/// 22 h 40 min, Down 1 h 20 min"; focusable: arrow keys, Home and End
/// move between segments), whose SVG has one `[data-part=segment]` per
/// segment (`data-health`: a health or `unwatched`; `data-from` and
/// `data-to`: ISO 8601), and `[data-part=timeline-tip]`
/// (`role="tooltip"`), the pointed or focused segment's from–to, state
/// and health. `[data-part=availability]` (`data-permille`, absent when
/// nothing was watched) says the share of watched time in `ok`.
#[component]
pub fn Timeline(
    /// The tenant's status (history and watched spans).
    status: ArcRwSignal<TenantStatus>,
    /// Its clock.
    now: ArcRwSignal<i64>,
    /// Which window.
    window: Window,
    /// Show the availability next to the bar.
    #[prop(optional)]
    percent: bool,
    /// Say the window ("Last 7 days") before the bar.
    #[prop(optional)]
    labelled: bool,
    /// Told the availability (thousandths) whenever it changes: what the
    /// board's "Last 24 h" column sorts by.
    #[prop(default = None)]
    report: Option<ArcRwSignal<Option<u32>>>,
) -> impl IntoView {
    let texts = words();
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let (tip_id, hatch_id) = (format!("sots-tl{n}-tip"), format!("sots-tl{n}-hatch"));
    // Once a minute at most: the current segment grows with the clock.
    let bar = Memo::new(move |_| {
        let minute = now.get().div_euclid(MINUTE_MS) * MINUTE_MS;
        status.with(|s| Bar::of(s, window, minute))
    });
    if let Some(report) = report {
        Effect::new(move |_| {
            let permille = bar.with(|b| b.availability.permille());
            if report.get_untracked() != permille {
                report.set(permille);
            }
        });
    }
    let active = RwSignal::new(None::<usize>);
    let name = {
        let texts = texts.clone();
        move || bar.with(|b| b.availability.name(window, &texts))
    };
    let lang = texts.lang();
    let tip = {
        let texts = texts.clone();
        move || {
            locale_ready().track();
            let style = match window {
                Window::Day => Style::Time,
                Window::Week => Style::WeekdayTime,
            };
            let time = move |ms: i64| date_time(ms, lang, style);
            active
                .get()
                .and_then(|i| bar.with(|b| b.segments.get(i).map(|s| s.text(&texts, &time))))
        }
    };
    let count = move || bar.with(|b| b.segments.len());
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let last = count().saturating_sub(1);
        let at = active.get_untracked().unwrap_or(last);
        let next = match ev.key().as_str() {
            "ArrowLeft" => at.saturating_sub(1),
            "ArrowRight" => (at + 1).min(last),
            "Home" => 0,
            "End" => last,
            "Escape" => {
                active.set(None);
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        active.set(Some(next));
    };
    let hatch = format!("url(#{hatch_id})");
    let segments = move || {
        let hatch = hatch.clone();
        bar.with(|b| {
            b.segments
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let (x, w) = s.place(b.from_ms, b.to_ms);
                    let health = s.health_attr();
                    let class = move || {
                        let on = if active.get() == Some(i) {
                            " sots-timeline__seg--active"
                        } else {
                            ""
                        };
                        format!("sots-timeline__seg sots-timeline__seg--{health}{on}")
                    };
                    view! {
                        <rect
                            class=class
                            data-part="segment"
                            data-health=health
                            data-from=format_iso_ms(s.from_ms)
                            data-to=format_iso_ms(s.to_ms)
                            x=format!("{x:.3}%")
                            width=format!("{w:.3}%")
                            y="0"
                            height="100%"
                            fill=s.seen.is_none().then(|| hatch.clone())
                            on:pointerenter=move |_| active.set(Some(i))
                        />
                    }
                })
                .collect_view()
        })
    };
    let marks = move || {
        (window == Window::Week).then(|| {
            bar.with(|b| {
                day_marks(b.from_ms, b.to_ms, &offset_min)
                    .into_iter()
                    .map(|at| {
                        let (x, _) = so_tenant_status_core::timeline::Segment {
                            from_ms: at,
                            to_ms: at,
                            seen: None,
                        }
                        .place(b.from_ms, b.to_ms);
                        let x = format!("{x:.3}%");
                        view! { <line class="sots-timeline__day" x1=x.clone() x2=x y1="0" y2="100%" /> }
                    })
                    .collect_view()
            })
        })
    };
    let availability = percent.then(|| {
        let texts = texts.clone();
        let sentence = {
            let texts = texts.clone();
            move || bar.with(|b| b.availability_text(&texts))
        };
        let title = sentence.clone();
        view! {
            <span
                class="sots-timeline__percent"
                data-part="availability"
                data-permille=move || bar.with(|b| b.availability.permille())
                title=title
            >
                <span aria-hidden="true">{move || bar.with(|b| b.availability.percent_text(&texts))}</span>
                <span class="sots-visually-hidden">{sentence}</span>
            </span>
        }
    });
    let label = labelled.then(|| {
        view! { <span class="sots-timeline__label" aria-hidden="true">{window.label(&texts)}</span> }
    });
    view! {
        <div class="sots-timeline" data-part="timeline" data-window=window.as_str()>
            {label}
            <div
                class="sots-timeline__bar"
                data-part="timeline-bar"
                role="img"
                tabindex="0"
                aria-label=name
                aria-describedby=tip_id.clone()
                on:focus=move |_| active.set(Some(count().saturating_sub(1)))
                on:blur=move |_| active.set(None)
                on:keydown=on_key
                on:pointerleave=move |_| active.set(None)
            >
                <svg aria-hidden="true" focusable="false" width="100%" height="100%">
                    <defs>
                        // Bound values, not literals: an element of literals
                        // alone is built from an HTML string, which a page
                        // with Trusted Types refuses.
                        <pattern id=hatch_id width=HATCH height=HATCH patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                            <rect class="sots-timeline__hatch-bg" width=HATCH height=HATCH />
                            <line class="sots-timeline__hatch" x1="0" y1="0" x2="0" y2=HATCH />
                        </pattern>
                    </defs>
                    {segments}
                    {marks}
                </svg>
            </div>
            {availability}
            <div
                class="sots-timeline__tip"
                data-part="timeline-tip"
                role="tooltip"
                id=tip_id
                hidden=move || active.get().is_none()
            >
                {tip}
            </div>
        </div>
    }
}
