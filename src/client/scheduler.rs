//! The one refresh scheduler of the page.
//!
//! Every badge, every `mount()` and every `<so-tenant-status>` subscribes
//! here by state API URL, so the same tenant shown twice costs one request
//! per refresh. At most [`MAX_IN_FLIGHT`] requests run at once; nothing is
//! checked while `document.hidden`; on becoming visible, due tenants are
//! checked at once. When the last subscriber of a tenant goes, its request is
//! aborted; when the last tenant goes, the timer and listener are removed.
//!
//! The policy (when is a tenant due) is the core's [`Schedule`]; this module
//! only owns the timer, the visibility listener and the requests.

use std::cell::RefCell;
use std::collections::HashMap;

use leptos::prelude::*;
use so_tenant_status_core::schedule::{CheckResult, Schedule, MAX_IN_FLIGHT};
use so_tenant_status_core::status::{CheckError, TenantStatus};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::AbortController;

use super::clock::{now_ms, random};
use super::fetch;

/// How often due tenants are looked for and "checked … ago" texts advance.
const TICK_MS: i32 = 1_000;

/// A badge's view of one tenant, shared with every other subscriber of it.
#[derive(Clone)]
pub struct Subscription {
    /// Identifies this subscriber (for [`unsubscribe`]).
    pub id: u32,
    /// Everything known about the tenant's checks.
    pub status: ArcRwSignal<TenantStatus>,
    /// The page clock, advanced every tick.
    pub now: ArcRwSignal<i64>,
}

struct Entry {
    status: ArcRwSignal<TenantStatus>,
    schedule: Schedule,
    subscribers: u32,
    controller: Option<AbortController>,
}

#[derive(Default)]
struct Scheduler {
    entries: HashMap<String, Entry>,
    subscriptions: HashMap<u32, String>,
    next_id: u32,
    now: Option<ArcRwSignal<i64>>,
    interval: Option<(i32, Closure<dyn FnMut()>)>,
    visibility: Option<Closure<dyn FnMut()>>,
    requests_started: u32,
}

thread_local! {
    static SCHEDULER: RefCell<Scheduler> = RefCell::default();
}

fn page_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden())
}

impl Scheduler {
    fn now_signal(&mut self) -> ArcRwSignal<i64> {
        self.now
            .get_or_insert_with(|| ArcRwSignal::new(now_ms()))
            .clone()
    }

    fn start_timers(&mut self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        if self.interval.is_none() {
            let tick_fn = Closure::<dyn FnMut()>::new(tick);
            if let Ok(id) = window.set_interval_with_callback_and_timeout_and_arguments_0(
                tick_fn.as_ref().unchecked_ref(),
                TICK_MS,
            ) {
                self.interval = Some((id, tick_fn));
            }
        }
        if self.visibility.is_none() {
            let on_visibility = Closure::<dyn FnMut()>::new(tick);
            if let Some(document) = window.document() {
                let _ = document.add_event_listener_with_callback(
                    "visibilitychange",
                    on_visibility.as_ref().unchecked_ref(),
                );
            }
            self.visibility = Some(on_visibility);
        }
    }

    fn stop_timers(&mut self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Some((id, _)) = self.interval.take() {
            window.clear_interval_with_handle(id);
        }
        if let (Some(listener), Some(document)) = (self.visibility.take(), window.document()) {
            let _ = document.remove_event_listener_with_callback(
                "visibilitychange",
                listener.as_ref().unchecked_ref(),
            );
        }
    }
}

/// Subscribes to the tenant behind `url` (a state API URL built by the core).
pub fn subscribe(url: String) -> Subscription {
    let subscription = SCHEDULER.with_borrow_mut(|s| {
        s.start_timers();
        let now = s.now_signal();
        let entry = s.entries.entry(url.clone()).or_insert_with(|| Entry {
            status: ArcRwSignal::new(TenantStatus {
                loading: true,
                ..TenantStatus::default()
            }),
            schedule: Schedule::new(),
            subscribers: 0,
            controller: None,
        });
        entry.subscribers += 1;
        let status = entry.status.clone();
        s.next_id = s.next_id.wrapping_add(1);
        let id = s.next_id;
        s.subscriptions.insert(id, url);
        Subscription { id, status, now }
    });
    tick();
    subscription
}

/// Ends a subscription; the last subscriber of a tenant aborts its request,
/// the last tenant of the page stops the timer.
pub fn unsubscribe(id: u32) {
    SCHEDULER.with_borrow_mut(|s| {
        let Some(url) = s.subscriptions.remove(&id) else {
            return;
        };
        let gone = match s.entries.get_mut(&url) {
            Some(entry) => {
                entry.subscribers = entry.subscribers.saturating_sub(1);
                entry.subscribers == 0
            }
            None => false,
        };
        if gone {
            if let Some(controller) = s.entries.remove(&url).and_then(|e| e.controller) {
                controller.abort();
            }
        }
        if s.entries.is_empty() {
            s.stop_timers();
        }
    });
}

/// Checks the tenant behind `url` now (the refresh / retry button,
/// `WidgetHandle.refresh()`), unless a check is already in flight.
pub fn refresh(url: &str) {
    SCHEDULER.with_borrow_mut(|s| {
        if let Some(entry) = s.entries.get_mut(url) {
            entry.schedule.request_now(now_ms());
        }
    });
    tick();
}

/// How many state API requests this page has started (for diagnostics).
pub fn requests_started() -> u32 {
    SCHEDULER.with_borrow(|s| s.requests_started)
}

/// (tenants watched, requests in flight, requests started), for diagnostics.
pub fn stats() -> (usize, usize, u32) {
    SCHEDULER.with_borrow(|s| {
        (
            s.entries.len(),
            s.entries
                .values()
                .filter(|e| e.controller.is_some())
                .count(),
            s.requests_started,
        )
    })
}

/// Advances the clock and starts the checks that are due, within the
/// in-flight limit. Runs every second, on visibility change and after
/// every answer.
pub fn tick() {
    let now = now_ms();
    let hidden = page_hidden();
    let (clock, started) = SCHEDULER.with_borrow_mut(|s| {
        let clock = s.now.clone();
        if hidden {
            return (clock, Vec::new());
        }
        let in_flight = s
            .entries
            .values()
            .filter(|e| e.controller.is_some())
            .count();
        let slots = MAX_IN_FLIGHT.saturating_sub(in_flight);
        // The `slots` most overdue tenants.
        let mut due: Vec<(i64, &String)> = s
            .entries
            .iter()
            .filter(|(_, e)| e.controller.is_none() && e.schedule.should_check(now, false))
            .map(|(url, e)| (e.schedule.due_ms().unwrap_or(i64::MIN), url))
            .collect();
        due.sort_unstable();
        let due: Vec<String> = due
            .into_iter()
            .take(slots)
            .map(|(_, url)| url.clone())
            .collect();
        let mut started = Vec::new();
        for url in due {
            let (Some(entry), Ok(controller)) = (s.entries.get_mut(&url), AbortController::new())
            else {
                continue;
            };
            entry.controller = Some(controller.clone());
            started.push((url, controller, entry.status.clone()));
        }
        s.requests_started = s.requests_started.saturating_add(started.len() as u32);
        (clock, started)
    });
    if let Some(clock) = clock {
        if clock.get_untracked() / 1000 != now / 1000 {
            clock.set(now);
        }
    }
    for (url, controller, status) in started {
        status.update(|st| st.loading = true);
        wasm_bindgen_futures::spawn_local(run_check(url, controller));
    }
}

async fn run_check(url: String, controller: AbortController) {
    let Some(result) = fetch::check(&url, &controller).await else {
        return; // aborted because nobody shows this tenant any more
    };
    let now = now_ms();
    let update = SCHEDULER.with_borrow_mut(|s| {
        let entry = s.entries.get_mut(&url)?;
        if entry.controller.as_ref() != Some(&controller) {
            return None;
        }
        entry.controller = None;
        let check = match &result {
            Ok(state) => CheckResult::Fresh {
                valid_until_ms: state.valid_until_ms,
            },
            Err(CheckError::Misdirected) => CheckResult::Misdirected,
            Err(_) => CheckResult::Failed,
        };
        let due = entry.schedule.record(now, check, random());
        Some((entry.status.clone(), due))
    });
    if let Some((status, due)) = update {
        status.update(|st| {
            st.next_check_ms = Some(due);
            match result {
                Ok(state) => st.record_state(state, now),
                // The one immediate re-check after a 421 is still "loading".
                Err(CheckError::Misdirected) if due <= now => {}
                Err(error) => st.record_error(error),
            }
        });
    }
    tick();
}
