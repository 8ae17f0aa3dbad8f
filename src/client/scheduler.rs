//! The one refresh scheduler of the page.
//!
//! Every badge, every `mount()` and every `<so-tenant-status>` subscribes
//! here by state API URL, so the same tenant shown twice costs one request
//! per refresh. At most [`MAX_IN_FLIGHT`] requests run at once; nothing is
//! checked while `document.hidden`; on becoming visible, due tenants are
//! checked at once. When the last subscriber of a tenant goes, its request is
//! aborted; when the last tenant goes, the timer and listeners are removed
//! (their closures stay, for a callback the browser had already queued).
//! Back online (`online`), tenants whose last check failed are asked at once.
//!
//! The policy (when is a tenant due) is the core's [`Schedule`]; this module
//! only owns the timer, the visibility listener and the requests.
//!
//! A mount's own subscriptions ([`watch`]) also tell the host page what
//! changed: each has a core [`Reporter`] that decides, after every answer,
//! which `sots-*` events are due, and they are dispatched on the mount's
//! element, and what the mount's live region says follows from the same
//! events ([`HostEvent::announcement`]). Change notifications
//! ([`apply_notification`]) mark the tenant and re-check it at once, one
//! request however many mounts show it.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use leptos::prelude::*;
use so_tenant_status_core::host::{HostEvent, Reporter};
use so_tenant_status_core::schedule::{retry_after_ms, CheckResult, Schedule, MAX_IN_FLIGHT};
use so_tenant_status_core::status::{CheckError, Notified, TenantStatus};
use so_tenant_status_core::{TenantNotification, TenantState};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{AbortController, EventTarget};

use super::clock::{now_ms, random};
use super::fetch::{self, Answer};
use super::history;
use super::live::Announcements;
use super::tabs::{self, Role};

/// How often due tenants are looked for (and tenants whose shown text
/// turns get their clock advanced).
const TICK_MS: i32 = 1_000;

/// A badge's view of one tenant, shared with every other subscriber of it.
#[derive(Clone)]
pub struct Subscription {
    /// Identifies this subscriber (for [`unsubscribe`]).
    pub id: u32,
    /// Everything known about the tenant's checks.
    pub status: ArcRwSignal<TenantStatus>,
    /// This tenant's clock: advanced only when what its views show would
    /// change ([`TenantStatus::shown_changes_at`]). One signal per tenant,
    /// not one for the page: a page-wide clock read by a thousand badges
    /// costs the reactive graph O(n²) on every tick.
    pub now: ArcRwSignal<i64>,
}

struct Entry {
    status: ArcRwSignal<TenantStatus>,
    /// The tenant's clock, shared by its views (see [`Subscription::now`]).
    now: ArcRwSignal<i64>,
    schedule: Schedule,
    subscribers: u32,
    controller: Option<AbortController>,
    /// A notification that arrived while a check was in flight: that
    /// check's answer was asked before it, so the mark stays and the tenant
    /// is asked again.
    notified_in_flight: Option<Notified>,
    /// The latest answer and when it came (shared with the origin's other
    /// tabs when this tab leads, see [`super::tabs`]).
    last_answer: Option<(i64, Answer)>,
}

impl Entry {
    fn new() -> Entry {
        Entry {
            status: ArcRwSignal::new(TenantStatus {
                loading: true,
                ..TenantStatus::default()
            }),
            now: ArcRwSignal::new(now_ms()),
            schedule: Schedule::new(),
            subscribers: 0,
            controller: None,
            notified_in_flight: None,
            last_answer: None,
        }
    }
}

/// Another tab of the origin, as the leading tab knows it.
struct RemoteTab {
    /// The state API URLs it shows.
    urls: HashSet<String>,
    /// Whether it is visible.
    visible: bool,
    /// When it last said so.
    seen_ms: i64,
}

/// A tab that has not said what it shows for this long is gone.
const REMOTE_TAB_TTL_MS: i64 = 7_000;

/// A subscription: a badge's (`watcher: None`) or a mount's own.
struct Sub {
    url: String,
    watcher: Option<Watcher>,
}

/// A mount's subscription to one of its tenants.
struct Watcher {
    /// The context id as the mount shows it.
    context_id: String,
    /// The environment as the mount was given it.
    env: String,
    /// Where the host page hears about changes (`None`: the static page).
    target: Option<EventTarget>,
    /// What has been told so far.
    reporter: Reporter,
    /// The mount's live region, where state and health changes are said.
    live: Option<Announcements>,
}

#[derive(Default)]
struct Scheduler {
    entries: HashMap<String, Entry>,
    subscriptions: HashMap<u32, Sub>,
    next_id: u32,
    /// The tick timer, while anything is watched.
    interval: Option<i32>,
    /// The timer and listeners are on.
    listening: bool,
    /// The tick: every second and on `visibilitychange`.
    on_tick: Option<Closure<dyn FnMut()>>,
    /// Back online: the tenants whose last check failed are asked at once.
    on_online: Option<Closure<dyn FnMut()>>,
    requests_started: u32,
    /// A tick (and the reports to mounts that just joined) is queued.
    soon: bool,
    /// Mount subscriptions that joined since the last queued tick: they
    /// hear about tenants already known.
    joined: Vec<u32>,
    /// The origin's other tabs, by id, while this tab leads.
    remote: HashMap<String, RemoteTab>,
}

impl Scheduler {
    fn wanted_remotely(&self, url: &str) -> bool {
        self.remote.values().any(|tab| tab.urls.contains(url))
    }

    /// Drops the tenants nobody shows any more, here or in another tab.
    fn prune(&mut self) {
        let gone: Vec<String> = self
            .entries
            .iter()
            .filter(|(url, e)| e.subscribers == 0 && !self.wanted_remotely(url))
            .map(|(url, _)| url.clone())
            .collect();
        for url in gone {
            if let Some(controller) = self.entries.remove(&url).and_then(|e| e.controller) {
                controller.abort();
            }
        }
        if self.entries.is_empty() {
            self.stop_timers();
        }
    }
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
    fn start_timers(&mut self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        if self.listening {
            return;
        }
        self.listening = true;
        join_tabs();
        // Made once and kept for the page's lifetime: a timer or event the
        // browser had already queued when the last tenant went may still
        // call them, and a dropped closure would throw there.
        let on_tick = self
            .on_tick
            .get_or_insert_with(|| Closure::<dyn FnMut()>::new(tick));
        if let Ok(id) = window.set_interval_with_callback_and_timeout_and_arguments_0(
            on_tick.as_ref().unchecked_ref(),
            TICK_MS,
        ) {
            self.interval = Some(id);
        }
        if let Some(document) = window.document() {
            let _ = document.add_event_listener_with_callback(
                "visibilitychange",
                on_tick.as_ref().unchecked_ref(),
            );
        }
        let on_online = self
            .on_online
            .get_or_insert_with(|| Closure::<dyn FnMut()>::new(back_online));
        let _ =
            window.add_event_listener_with_callback("online", on_online.as_ref().unchecked_ref());
    }

    fn stop_timers(&mut self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        self.listening = false;
        if let Some(id) = self.interval.take() {
            window.clear_interval_with_handle(id);
        }
        if let (Some(listener), Some(document)) = (&self.on_tick, window.document()) {
            let _ = document.remove_event_listener_with_callback(
                "visibilitychange",
                listener.as_ref().unchecked_ref(),
            );
        }
        if let Some(listener) = &self.on_online {
            let _ = window
                .remove_event_listener_with_callback("online", listener.as_ref().unchecked_ref());
        }
    }
}

/// The browser is back online (`online` fired): every tenant whose last
/// check failed is asked again at once instead of waiting out its backoff.
fn back_online() {
    let now = now_ms();
    SCHEDULER.with_borrow_mut(|s| {
        for entry in s.entries.values_mut() {
            if entry.schedule.failures() > 0 {
                entry.schedule.request_now(now);
            }
        }
    });
    tick();
}

/// Subscribes to the tenant behind `url` (a state API URL built by the core).
pub fn subscribe(url: String) -> Subscription {
    add_subscription(url, None)
}

/// A mount's own subscription to one of its tenants: counted by
/// [`apply_notification`] and, with a `target`, reported to the host page
/// there (a tenant already known is reported at once, as a first answer,
/// after the caller has had the chance to add listeners). With `live`,
/// each later change of state or health is said in that live region.
pub fn watch(
    url: String,
    context_id: String,
    env: String,
    target: Option<EventTarget>,
    live: Option<Announcements>,
) -> Subscription {
    let hears = target.is_some() || live.is_some();
    let subscription = add_subscription(
        url,
        Some(Watcher {
            context_id,
            env,
            target,
            reporter: Reporter::default(),
            live,
        }),
    );
    if hears {
        SCHEDULER.with_borrow_mut(|s| s.joined.push(subscription.id));
    }
    subscription
}

/// Queues one tick (and the reports to mounts that just joined) for when
/// the current task is done: mounting 1,000 tenants then looks for due
/// checks once, not 1,000 times, and the host has added its listeners.
fn soon(s: &mut Scheduler) {
    if s.soon {
        return;
    }
    s.soon = true;
    wasm_bindgen_futures::spawn_local(async {
        let joined = SCHEDULER.with_borrow_mut(|s| {
            s.soon = false;
            std::mem::take(&mut s.joined)
        });
        if !joined.is_empty() {
            let joined: std::collections::HashSet<u32> = joined.into_iter().collect();
            report(|id, _| joined.contains(&id));
        }
        tick();
    });
}

fn add_subscription(url: String, watcher: Option<Watcher>) -> Subscription {
    let subscription = SCHEDULER.with_borrow_mut(|s| {
        s.start_timers();
        let entry = s.entries.entry(url.clone()).or_insert_with(Entry::new);
        entry.subscribers += 1;
        let status = entry.status.clone();
        let now = entry.now.clone();
        s.next_id = s.next_id.wrapping_add(1);
        let id = s.next_id;
        s.subscriptions.insert(id, Sub { url, watcher });
        soon(s);
        Subscription { id, status, now }
    });
    subscription
}

/// Ends a subscription; the last subscriber of a tenant aborts its request,
/// the last tenant of the page stops the timer.
pub fn unsubscribe(id: u32) {
    SCHEDULER.with_borrow_mut(|s| {
        let Some(Sub { url, .. }) = s.subscriptions.remove(&id) else {
            return;
        };
        if let Some(entry) = s.entries.get_mut(&url) {
            entry.subscribers = entry.subscribers.saturating_sub(1);
        }
        // Another tab may still show it: the leading tab keeps checking.
        s.prune();
    });
}

/// Takes part in the origin's one poller ([`tabs`]) with this tab's
/// scheduler (once per page; later calls do nothing).
pub fn join_tabs() {
    tabs::start(tabs::Poller {
        tick,
        remote_wants,
        apply_answer,
        refresh,
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
    // A following tab asks the leading tab, which checks for everyone.
    tabs::ask_refresh(url);
    tick();
}

/// Applies a change notification to every mount showing its tenant (only
/// to the mount whose element is `only`, when given): marks the tenant
/// (`data-notified`), re-checks it at once (one request per tenant however
/// many mounts show it) and, for a Move, tells each mount's host page
/// (`sots-endpointchange`). Returns how many mounts it reached.
pub fn apply_notification(notification: &TenantNotification, only: Option<&JsValue>) -> u32 {
    let now = now_ms();
    let notified = Notified {
        change_type: notification.change_type,
        at_ms: now,
        public_endpoint: notification.public_endpoint.clone(),
    };
    let ctx = notification.context_identifier.trim();
    let (reached, moves) = SCHEDULER.with_borrow_mut(|s| {
        let mut urls: Vec<String> = Vec::new();
        let mut moves = Vec::new();
        let mut reached = 0u32;
        for sub in s.subscriptions.values() {
            let Some(w) = &sub.watcher else { continue };
            let mine = only.is_none_or(|only| {
                w.target
                    .as_ref()
                    .is_some_and(|t| AsRef::<JsValue>::as_ref(t) == only)
            });
            if !mine || !w.context_id.eq_ignore_ascii_case(ctx) {
                continue;
            }
            reached += 1;
            if !urls.contains(&sub.url) {
                urls.push(sub.url.clone());
            }
            if let (Some(target), Some(entry)) = (&w.target, s.entries.get(&sub.url)) {
                let status = entry.status.read_untracked();
                if let Some(event) = HostEvent::for_notification(notification, &status) {
                    moves.push((target.clone(), event, w.context_id.clone(), w.env.clone()));
                }
            }
        }
        for url in urls {
            let Some(entry) = s.entries.get_mut(&url) else {
                continue;
            };
            entry
                .status
                .update(|st| st.record_notification(notified.clone()));
            if entry.controller.is_some() {
                entry.notified_in_flight = Some(notified.clone());
            }
            entry.schedule.request_now(now);
            tabs::ask_refresh(&url);
        }
        (reached, moves)
    });
    for (target, event, ctx, env) in moves {
        dispatch(&target, &event, &ctx, &env);
    }
    tick();
    reached
}

/// Tells the host pages and live regions of the watchers `which(id, url)`
/// selects what changed since they last heard.
fn report(which: impl Fn(u32, &str) -> bool) {
    let (due, said) = SCHEDULER.with_borrow_mut(|s| {
        let mut due = Vec::new();
        let mut said = Vec::new();
        let Scheduler {
            entries,
            subscriptions,
            ..
        } = s;
        for (id, sub) in subscriptions.iter_mut() {
            let (Some(w), Some(entry)) = (&mut sub.watcher, entries.get(&sub.url)) else {
                continue;
            };
            if (w.target.is_none() && w.live.is_none()) || !which(*id, &sub.url) {
                continue;
            }
            let events = entry.status.with_untracked(|st| w.reporter.observe(st));
            for event in events {
                if let Some(region) = &w.live {
                    if let Some(sentence) = event.announcement(&w.context_id, region.texts()) {
                        said.push((region.clone(), sentence));
                    }
                }
                if let Some(target) = &w.target {
                    due.push((target.clone(), event, w.context_id.clone(), w.env.clone()));
                }
            }
        }
        (due, said)
    });
    // Outside the borrow: a listener may unmount, mount or refresh, and
    // the live regions' views run when their signals change.
    for (region, sentence) in said {
        region.say(sentence);
    }
    for (target, event, ctx, env) in due {
        dispatch(&target, &event, &ctx, &env);
    }
}

/// Fires one host event: a `CustomEvent` that bubbles and crosses shadow
/// roots, its `detail` serialized by `serde-wasm-bindgen`. Only embedding
/// has host pages to tell (the static page alone links none of this).
#[cfg(not(feature = "embed"))]
fn dispatch(_: &EventTarget, _: &HostEvent, _: &str, _: &str) {}

/// Fires one host event: a `CustomEvent` that bubbles and crosses shadow
/// roots, its `detail` serialized by `serde-wasm-bindgen`.
#[cfg(feature = "embed")]
fn dispatch(target: &EventTarget, event: &HostEvent, context_id: &str, env: &str) {
    use serde::Serialize;
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let Ok(detail) = event.detail(context_id, env).serialize(&serializer) else {
        return;
    };
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(custom) = web_sys::CustomEvent::new_with_event_init_dict(event.name(), &init) {
        let _ = target.dispatch_event(&custom);
    }
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

/// This tab's part in the origin's one poller, as `schedulerStats().tab`
/// says it: `leader`, `follower` or `alone`.
pub fn tab_role() -> &'static str {
    match tabs::role() {
        Role::Leader => "leader",
        Role::Follower => "follower",
        Role::Alone => "alone",
    }
}

/// Advances the clock and starts the checks that are due, within the
/// in-flight limit. Runs every second, on visibility change and after
/// every answer.
pub fn tick() {
    let now = now_ms();
    let role = tabs::role();
    let own_hidden = page_hidden();
    let (turned, started) = SCHEDULER.with_borrow_mut(|s| {
        if role == Role::Leader {
            let before = s.remote.len();
            s.remote
                .retain(|_, tab| now - tab.seen_ms < REMOTE_TAB_TTL_MS);
            if s.remote.len() != before {
                s.prune();
            }
        } else if role == Role::Follower {
            // What this tab shows, for the leading tab to check.
            let urls = s
                .entries
                .iter()
                .filter(|(_, e)| e.subscribers > 0)
                .map(|(url, _)| url.clone());
            tabs::heartbeat(now, urls.collect(), !own_hidden);
        }
        // Hidden only when every tab of the origin is: the leading tab
        // checks while any tab shows the tenants.
        let hidden = own_hidden && !s.remote.values().any(|tab| tab.visible);
        // The tenants whose shown text or staleness turns now.
        let turned: Vec<ArcRwSignal<i64>> = s
            .entries
            .values()
            .filter(|e| {
                let shown_at = e.now.get_untracked();
                e.status
                    .with_untracked(|st| st.shown_changes_at(shown_at))
                    .is_some_and(|at| now >= at)
            })
            .map(|e| e.now.clone())
            .collect();
        // A following tab makes no requests: the leading tab's answers come.
        if hidden || role == Role::Follower {
            return (turned, Vec::new());
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
        (turned, started)
    });
    for tenant_clock in turned {
        tenant_clock.set(now);
    }
    for (url, controller, status) in started {
        status.update(|st| st.loading = true);
        wasm_bindgen_futures::spawn_local(run_check(url, controller));
    }
}

async fn run_check(url: String, controller: AbortController) {
    let Some(answer) = fetch::check(&url, &controller).await else {
        return; // aborted because nobody shows this tenant any more
    };
    let now = now_ms();
    let mine = SCHEDULER.with_borrow_mut(|s| match s.entries.get_mut(&url) {
        Some(entry) if entry.controller.as_ref() == Some(&controller) => {
            entry.controller = None;
            true
        }
        _ => false,
    });
    if mine {
        tabs::share(&url, now, &answer);
        apply_answer(&url, now, answer);
    }
}

/// Applies an answer that came at `now`: this tab's own, or the leading
/// tab's (an answer older than the one applied already is ignored).
pub(crate) fn apply_answer(url: &str, now: i64, answer: Answer) {
    let fetch::Checked {
        result,
        retry_after,
    } = answer.checked();
    let update = SCHEDULER.with_borrow_mut(|s| {
        let entry = s.entries.get_mut(url)?;
        if entry.last_answer.as_ref().is_some_and(|(at, _)| *at > now) {
            return None;
        }
        entry.last_answer = Some((now, answer));
        let renotify = entry.notified_in_flight.take();
        let check = match &result {
            Ok(state) => CheckResult::Fresh {
                valid_until_ms: state.valid_until_ms,
            },
            Err(CheckError::Misdirected) => CheckResult::Misdirected,
            Err(_) => match retry_after.as_deref().and_then(|v| retry_after_ms(v, now)) {
                Some(retry_after_ms) => CheckResult::Throttled { retry_after_ms },
                None => CheckResult::Failed,
            },
        };
        let due = match renotify {
            // Asked again at once: the answer predates the notification.
            Some(_) => {
                entry.schedule.record(now, check, random());
                entry.schedule.request_now(now);
                now
            }
            None => entry.schedule.record(now, check, random()),
        };
        Some((entry.status.clone(), entry.now.clone(), due, renotify))
    });
    if let Some((status, tenant_clock, due, renotify)) = update {
        // The answer's "checked just now" and freshness read this moment.
        tenant_clock.set(now_ms());
        status.update(|st| {
            st.next_check_ms = Some(due);
            match result {
                Ok(state) => record_with_history(st, state, now),
                // The one immediate re-check after a 421 is still "loading".
                Err(CheckError::Misdirected) if due <= now => {}
                Err(error) => st.record_error(error),
            }
            if let Some(notified) = renotify {
                st.record_notification(notified);
            }
        });
        report(|_, sub_url| sub_url == url);
    }
    tick();
}

/// The leading tab hears what another tab shows (`visible` or not): its
/// tenants are checked here from now on. Returns the answers that tab has
/// not had yet (its newly shown tenants already answered here), to share.
pub(crate) fn remote_wants(
    tab: String,
    urls: Vec<String>,
    visible: bool,
    now: i64,
) -> Vec<(String, i64, Answer)> {
    let shared = SCHEDULER.with_borrow_mut(|s| {
        let urls: HashSet<String> = urls.into_iter().collect();
        let known = s
            .remote
            .get(&tab)
            .map(|t| t.urls.clone())
            .unwrap_or_default();
        let mut shared = Vec::new();
        if !urls.is_empty() {
            s.start_timers();
        }
        for url in &urls {
            let entry = s.entries.entry(url.clone()).or_insert_with(Entry::new);
            if !known.contains(url) {
                if let Some((at, answer)) = &entry.last_answer {
                    shared.push((url.clone(), *at, answer.clone()));
                }
            }
        }
        s.remote.insert(
            tab,
            RemoteTab {
                urls,
                visible,
                seen_ms: now,
            },
        );
        s.prune();
        shared
    });
    tick();
    shared
}

/// Records a good answer, its transition history and watched spans first
/// read from what any tab of the origin kept, and kept again: at once when
/// the history changed, within a minute when only a span grew.
fn record_with_history(st: &mut TenantStatus, state: TenantState, now: i64) {
    let context_id = state.context_identifier.clone();
    if st.history.is_empty() {
        st.history = history::of(&context_id);
    }
    if st.watched.is_empty() {
        st.watched = history::watched(&context_id);
    }
    let before = st.history.last().cloned();
    st.record_state(state, now);
    if st.history.last() != before.as_ref() {
        history::keep(&context_id, &st.history);
    }
    history::keep_watched(&context_id, &st.watched);
}

/// Forgets every tenant's transitions: in storage, and on every badge.
pub fn clear_history() {
    history::clear();
    let statuses: Vec<ArcRwSignal<TenantStatus>> =
        SCHEDULER.with_borrow(|s| s.entries.values().map(|e| e.status.clone()).collect());
    for status in statuses {
        status.update(|st| {
            st.history.clear();
            st.watched.clear();
        });
    }
}
