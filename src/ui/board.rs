//! `Board`: many tenants at a glance. A summary bar whose counts filter,
//! a search by context id, and two layouts: a sortable table whose rows
//! expand to the full badge, or cards. The page and `mountBoard()` /
//! `<so-tenant-board>` both render it.
//!
//! What is counted, shown and in which order is the core's [`board`]
//! module; this file only places it.
//!
//! [`board`]: so_tenant_status_core::board

use std::collections::{BTreeSet, HashMap};

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

use leptos::prelude::*;
use so_tenant_status_core::board::{
    changed_text, checked_text, item_class, summary, ContextList, CountKey, Filter, Layout, Sort,
    SortKey,
};
use so_tenant_status_core::i18n::Texts;
use so_tenant_status_core::options::Variant;
use so_tenant_status_core::status::{CheckError, TenantStatus};
use so_tenant_status_core::{state_url, UrlError};
use web_sys::EventTarget;

use so_tenant_status_core::alerts::{self, Alerts};
use so_tenant_status_core::export::{self, rows_as_shown, Format};
use so_tenant_status_core::health::Health;
use so_tenant_status_core::timeline::{Availability, Window};

use super::badge::{model_of, BadgeNotes, Forecast};
use super::later::{self, TimelineLook};
use super::{provide_words, words, BadgeView, LiveRegion};
use crate::client::clock::now_ms;
use crate::client::live::Announcements;
use crate::client::notify::{self, Permission};
use crate::client::report;
use crate::client::scheduler;
use crate::client::tabs::{self, Role};

// Texts are written as blocks (`{texts.get(..)}`), never as literals:
// leptos renders an element with only literal content from an HTML string
// (`innerHTML` on a `<template>`), which a page with Trusted Types
// (`require-trusted-types-for 'script'`) refuses. A block keeps it built
// node by node.

static NEXT_BOARD: AtomicU32 = AtomicU32::new(0);

/// One tenant on a board.
#[derive(Clone)]
pub struct Row {
    /// The context id (`Cust` spelled as documented).
    pub context_id: String,
    /// Its state API URL; `None` when the board's env or base URL is invalid.
    url: Option<String>,
    /// Everything known about its checks, shared with every other view of it.
    pub status: ArcRwSignal<TenantStatus>,
    /// Its clock, shared with every other view of it (see
    /// [`scheduler::Subscription::now`]).
    pub now: ArcRwSignal<i64>,
    /// The board's subscription, ended when the tenant leaves the board.
    subscription: Option<u32>,
    /// Its observed availability in the last 24 hours (thousandths), as
    /// its timeline last worked it out: what the "Last 24 h" column sorts
    /// by.
    pub observed: ArcRwSignal<Option<u32>>,
}

impl PartialEq for Row {
    /// The same tenant through the same subscription (its status is shared).
    fn eq(&self, other: &Self) -> bool {
        self.context_id == other.context_id
            && self.subscription == other.subscription
            && self.url == other.url
    }
}

/// What a board shows and how, as signals: its tenants, the ids it refused,
/// the filter, the sort, the layout and the expanded rows.
#[derive(Clone)]
pub struct BoardData {
    /// The environment, as given.
    pub env: String,
    /// The tenants, in the order given.
    pub rows: ArcRwSignal<Vec<Row>>,
    /// Ids refused, with the reason (never requested).
    pub invalid: ArcRwSignal<Vec<(String, UrlError)>>,
    /// The health filter and the search.
    pub filter: ArcRwSignal<Filter>,
    /// The search alone: rows follow it, not the health toggles (those are
    /// the board's classes, see [`Filter::board_class`]).
    pub query: ArcMemo<String>,
    /// The table's order.
    pub sort: ArcRwSignal<Sort>,
    /// The layout asked for (`None`: by the number of tenants).
    pub layout: ArcRwSignal<Option<Layout>>,
    /// Context ids whose table row is expanded.
    pub expanded: ArcRwSignal<BTreeSet<String>>,
    /// The board's live region: changes of state or health, said once.
    pub announcements: Announcements,
    /// The board's words.
    pub texts: Arc<Texts>,
    /// How the cards layout draws each tenant: cards or chips.
    pub variant: Variant,
    /// Whether the toolbar offers alerts (the page; `alerts: true` on
    /// `mountBoard()`).
    pub alerts: bool,
}

impl BoardData {
    /// The board as a report: the rows as shown (filter, search and sort
    /// applied), in `format`, with how many rows it has.
    pub fn report(&self, format: Format) -> (String, usize) {
        let now = now_ms();
        let rows = self.rows.get_untracked();
        let statuses: Vec<TenantStatus> = rows.iter().map(|r| r.status.get_untracked()).collect();
        let pairs: Vec<(&str, &TenantStatus)> = rows
            .iter()
            .zip(&statuses)
            .map(|(r, s)| (r.context_id.as_str(), s))
            .collect();
        let shown = self.filter.with_untracked(|f| {
            rows_as_shown(&pairs, &self.env, f, self.sort.get_untracked(), now)
        });
        (export::write(&shown, format), shown.len())
    }

    /// Saves the report as a file (CSV) or copies it (JSON); says what was
    /// done, or why not, in the board's words.
    pub async fn hand_over(&self, format: Format) -> Result<String, String> {
        let (text, count) = self.report(format);
        let count = count.to_string();
        match format {
            Format::Csv => {
                let name = export::file_name(&self.env, now_ms(), format);
                report::save(&name, format.file_type().1, &text)
                    .map(|()| {
                        self.texts
                            .with("board-export-saved", &[("count", &count), ("file", &name)])
                    })
                    .map_err(|_| self.texts.get("board-export-failed"))
            }
            Format::Json => report::copy(&text)
                .await
                .map(|()| self.texts.with("board-export-copied", &[("count", &count)]))
                .map_err(|_| self.texts.get("board-export-failed")),
        }
    }

    /// Ends the board's subscriptions (the board is gone).
    pub fn release(&self) {
        for row in self.rows.get_untracked() {
            if let Some(id) = row.subscription {
                scheduler::unsubscribe(id);
            }
        }
    }
}

/// Owns a board's tenants: subscribes to them where the host page hears
/// about changes (`target`), and follows a new id list.
pub struct BoardControl {
    /// The board's signals, for the view.
    pub data: BoardData,
    base: Option<String>,
    target: Option<EventTarget>,
}

impl BoardControl {
    /// A board of `contexts` in `env` (through `base`, when given), with
    /// its layout, filter and variant; events go to `target`.
    pub fn new(
        env: String,
        base: Option<String>,
        target: Option<EventTarget>,
        layout: Option<Layout>,
        filter: Filter,
        variant: Variant,
        texts: Arc<Texts>,
    ) -> BoardControl {
        let filter = ArcRwSignal::new(filter);
        let query = {
            let filter = filter.clone();
            ArcMemo::new(move |_| filter.with(|f| f.query.clone()))
        };
        BoardControl {
            data: BoardData {
                env,
                rows: ArcRwSignal::new(Vec::new()),
                invalid: ArcRwSignal::new(Vec::new()),
                filter,
                query,
                sort: ArcRwSignal::new(Sort::default()),
                layout: ArcRwSignal::new(layout),
                expanded: ArcRwSignal::new(BTreeSet::new()),
                announcements: Announcements::new(texts.clone()),
                texts,
                variant,
                alerts: false,
            },
            base,
            target,
        }
    }

    /// Shows `list`: tenants already on the board keep their status and
    /// subscription, new ones are subscribed, those gone are dropped.
    pub fn set_ids(&self, list: ContextList) {
        let mut old: HashMap<String, Row> = self
            .data
            .rows
            .get_untracked()
            .into_iter()
            .map(|r| (r.context_id.clone(), r))
            .collect();
        let rows: Vec<Row> = list
            .ids
            .into_iter()
            .map(|ctx| old.remove(&ctx).unwrap_or_else(|| self.row(ctx)))
            .collect();
        for gone in old.into_values() {
            if let Some(id) = gone.subscription {
                scheduler::unsubscribe(id);
            }
        }
        self.data.expanded.update(|e| {
            e.retain(|ctx| rows.iter().any(|r| &r.context_id == ctx));
        });
        self.data.rows.set(rows);
        self.data.invalid.set(list.invalid);
    }

    fn row(&self, context_id: String) -> Row {
        match state_url(&self.data.env, &context_id, self.base.as_deref()) {
            Ok(url) => {
                let sub = scheduler::watch(
                    url.clone(),
                    context_id.clone(),
                    self.data.env.clone(),
                    self.target.clone(),
                    Some(self.data.announcements.clone()),
                );
                Row {
                    context_id,
                    url: Some(url),
                    status: sub.status,
                    now: sub.now,
                    subscription: Some(sub.id),
                    observed: ArcRwSignal::new(None),
                }
            }
            Err(problem) => Row {
                context_id,
                url: None,
                status: ArcRwSignal::new(TenantStatus {
                    error: Some(CheckError::InvalidInput(problem.message(&self.data.texts))),
                    ..TenantStatus::default()
                }),
                now: ArcRwSignal::new(now_ms()),
                subscription: None,
                observed: ArcRwSignal::new(None),
            },
        }
    }

    /// Checks every tenant on the board now.
    pub fn refresh(&self) {
        for row in self.data.rows.get_untracked() {
            if let Some(url) = &row.url {
                scheduler::refresh(url);
            }
        }
    }
}

/// The board: refused ids, the summary bar and search (more than one
/// tenant), then the tenants as a table or cards.
///
/// DOM hooks: `[data-part=board]` (`data-layout`); `[data-part=summary]`
/// with one `[data-part=count]` toggle per health present
/// (`data-health`), one for failed checks (`data-check=error`) and the
/// total (`data-count=total`), each holding only its number;
/// `[data-part=search]`; `[data-part=tenants]`; rows and cards are
/// `[data-part=badge]` (tenants filtered out are `hidden`: out of the
/// layout, and out of the accessibility tree); `[data-part=expand]` opens
/// a row's `[data-part=detail]`.
#[component]
pub fn Board(
    /// The board's tenants and settings.
    data: BoardData,
    /// Keep `?health=`, `?q=` and `?layout=` in the page's URL (the static
    /// page; never for an embedded board, whose host owns the URL).
    #[prop(optional)]
    url_sync: bool,
) -> impl IntoView {
    let n = NEXT_BOARD.fetch_add(1, Ordering::Relaxed);
    provide_words(data.texts.clone());
    {
        let data = data.clone();
        on_cleanup(move || data.release());
    }
    if url_sync {
        let (filter, layout) = (data.filter.clone(), data.layout.clone());
        Effect::new(move |_| {
            let f = filter.get();
            sync_url(&f, layout.get());
        });
    }
    // Answers re-sort the tenants at most once per frame: hundreds of
    // answers arriving together move the rows once, before the frame is
    // painted, instead of once per answer. A click on a header re-sorts at
    // once.
    let epoch = ArcRwSignal::new(0u32);
    {
        let (rows, epoch) = (data.rows.clone(), epoch.clone());
        let queued = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        Effect::new(move |_| {
            rows.with(|rows| rows.iter().for_each(|r| r.status.track()));
            if !queued.swap(true, Ordering::Relaxed) {
                let (queued, epoch) = (queued.clone(), epoch.clone());
                request_animation_frame(move || {
                    queued.store(false, Ordering::Relaxed);
                    epoch.update(|e| *e = e.wrapping_add(1));
                });
            }
        });
    }
    // Every tenant in the order shown. Filtered-out tenants stay in this
    // list and are `hidden` (see `shown`): toggling a filter creates nothing.
    let order = {
        let (rows, sort) = (data.rows.clone(), data.sort.clone());
        Memo::new(move |_| {
            epoch.track();
            let sort = sort.get();
            rows.with(|rows| {
                let statuses: Vec<_> = rows.iter().map(|r| r.status.read_untracked()).collect();
                let mut all: Vec<(&str, &TenantStatus, &Row)> = rows
                    .iter()
                    .zip(&statuses)
                    .map(|(r, s)| (r.context_id.as_str(), &**s, r))
                    .collect();
                if sort.key == SortKey::Observed {
                    rows.iter().for_each(|r| r.observed.track());
                }
                sort.order_by(
                    &mut all,
                    |(c, s, _)| (*c, *s),
                    |(_, _, r)| r.observed.get_untracked(),
                );
                all.into_iter()
                    .map(|(_, _, r)| r.clone())
                    .collect::<Vec<_>>()
            })
        })
    };
    let any_shown = {
        let (rows, filter) = (data.rows.clone(), data.filter.clone());
        Memo::new(move |_| {
            filter.with(|f| {
                rows.with(|rows| {
                    rows.iter()
                        .any(|r| f.shows(&r.context_id, &r.status.read()))
                })
            })
        })
    };
    // The layout in use: as asked, else by the number of tenants.
    let layout = {
        let (asked, rows) = (data.layout.clone(), data.rows.clone());
        Memo::new(move |_| Layout::or_default(asked.get(), rows.with(Vec::len)))
    };
    let several = {
        let rows = data.rows.clone();
        Memo::new(move |_| rows.with(Vec::len) > 1)
    };
    let toolbar = {
        let data = data.clone();
        move || {
            several
                .get()
                .then(|| view! { <BoardToolbar data=data.clone() layout=layout /> })
        }
    };
    let tenants = {
        let data = data.clone();
        move || match layout.get() {
            Layout::Table => {
                view! { <BoardTable data=data.clone() order=order board=n /> }.into_any()
            }
            Layout::Cards => view! { <BoardCards data=data.clone() order=order /> }.into_any(),
        }
    };
    let filter = data.filter.clone();
    let empty = {
        let rows = data.rows.clone();
        let no_match = data.texts.get("board-no-match");
        move || {
            (!any_shown.get() && rows.with(|r| !r.is_empty())).then(|| {
                view! { <p class="sots-board__empty" data-part="empty">{no_match.clone()}</p> }
            })
        }
    };
    view! {
        <section
            class=move || filter.with(Filter::board_class)
            data-part="board"
            data-layout=move || layout.get().as_str()
        >
            <BoardInvalid invalid=data.invalid.clone() />
            {toolbar}
            {tenants}
            {empty}
            <LiveRegion announcements=data.announcements.clone() />
        </section>
    }
}

/// Ids the board refused, each with the reason.
#[component]
fn BoardInvalid(
    /// `(id as given, reason)`.
    invalid: ArcRwSignal<Vec<(String, UrlError)>>,
) -> impl IntoView {
    let texts = words();
    move || {
        invalid.with(|invalid| {
            (!invalid.is_empty()).then(|| {
                view! {
                    <ul class="sots-board__invalid" data-part="invalid-ids" role="alert">
                        {invalid
                            .iter()
                            .map(|(id, reason)| view! { <li data-id=id.clone()>{reason.message(&texts)}</li> })
                            .collect_view()}
                    </ul>
                }
            })
        })
    }
}

/// The summary bar (counts that filter), the search and the layout switch.
#[component]
fn BoardToolbar(
    /// The board.
    data: BoardData,
    /// The layout in use.
    layout: Memo<Layout>,
) -> impl IntoView {
    let summary = {
        let rows = data.rows.clone();
        Memo::new(move |_| {
            rows.with(|rows| {
                let statuses: Vec<_> = rows.iter().map(|r| r.status.read()).collect();
                summary(statuses.iter().map(|s| &**s))
            })
        })
    };
    // The counts shown: those present, and those toggled on (so that a
    // filter whose tenants are gone can still be turned off).
    let keys = {
        let filter = data.filter.clone();
        Memo::new(move |_| {
            let mut keys: Vec<CountKey> =
                summary.with(|s| s.counts.iter().map(|(k, _)| *k).collect());
            filter.with(|f| {
                for key in &f.on {
                    if !keys.contains(key) {
                        keys.push(*key);
                    }
                }
            });
            keys
        })
    };
    let filter = data.filter.clone();
    let total_pressed = {
        let filter = filter.clone();
        move || filter.with(|f| f.on.is_empty()).to_string()
    };
    let clear = {
        let filter = filter.clone();
        move |_| filter.update(|f| f.on.clear())
    };
    let search = {
        let filter = filter.clone();
        move || filter.with(|f| f.query.clone())
    };
    let on_search = {
        let filter = filter.clone();
        move |ev: web_sys::Event| {
            let value = event_target_value(&ev);
            filter.update(|f| f.query = value.trim().to_owned());
        }
    };
    let total = move || summary.with(|s| s.total).to_string();
    let texts = data.texts.clone();
    let all_label = {
        let texts = texts.clone();
        move || texts.with("board-all-count", &[("count", &total())])
    };
    let set_layout = {
        let layout = data.layout.clone();
        move |l: Layout| layout.set(Some(l))
    };
    // Once a tenant has been counted (answered or failed): its chunk is
    // fetched after the first badge.
    let tools = {
        let data = data.clone();
        let counted = Memo::new(move |_| {
            summary.with(|s| {
                s.counts
                    .iter()
                    .any(|(k, _)| matches!(k, CountKey::Health(_)))
            })
        });
        move || counted.get().then(|| later::board_tools(data.clone()))
    };
    view! {
        <div class="sots-board__toolbar">
            <div class="sots-board__summary" data-part="summary" role="group" aria-label=texts.get("board-summary")>
                <button
                    type="button"
                    class="sots-count sots-count--total"
                    data-part="count"
                    data-count="total"
                    data-label=texts.get("board-all")
                    aria-pressed=total_pressed
                    aria-label=all_label
                    on:click=clear
                >
                    {total}
                </button>
                <For each=move || keys.get() key=|k| *k let:key>
                    <CountToggle key=key summary=summary filter=filter.clone() />
                </For>
            </div>
            <label class="sots-board__search">
                <span class="sots-board__search-label">{texts.get("board-search")}</span>
                <input
                    type="search"
                    data-part="search"
                    placeholder=texts.get("board-search-placeholder")
                    aria-label=texts.get("board-search-label")
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=search
                    on:input=on_search
                />
            </label>
            <div class="sots-board__layout" data-part="layout" role="group" aria-label=texts.get("board-layout")>
                {[Layout::Table, Layout::Cards]
                    .map(|l| {
                        let set_layout = set_layout.clone();
                        view! {
                            <button
                                type="button"
                                data-layout=l.as_str()
                                aria-pressed=move || (layout.get() == l).to_string()
                                on:click=move |_| set_layout(l)
                            >
                                {texts.get(match l {
                                    Layout::Table => "board-table",
                                    Layout::Cards => "board-cards",
                                })}
                            </button>
                        }
                    })
                    .to_vec()}
            </div>
            {tools}
            <Forecast />
        </div>
    }
}

/// The board's tools that need answers: export, and the observed
/// availability.
#[component]
pub fn BoardTools(
    /// The board.
    data: BoardData,
) -> impl IntoView {
    let alerts = data
        .alerts
        .then(|| view! { <BoardAlerts data=data.clone() /> });
    view! {
        <BoardExport data=data.clone() />
        {alerts}
        <BoardAvailability rows=data.rows />
    }
}

/// The page's title and favicon follow the worst health shown: "(2 down)
/// SuperOffice tenant status" and a red icon, so a background tab says
/// it.
pub fn follow_worst_in_title(data: &BoardData) {
    let (rows, texts) = (data.rows.clone(), data.texts.clone());
    let worst = Memo::new(move |_| {
        rows.with(|rows| {
            alerts::worst(
                rows.iter()
                    .map(|r| r.status.with(TenantStatus::shown_health)),
            )
        })
    });
    Effect::new(move |_| {
        let worst = worst.get();
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        document.set_title(&alerts::document_title(worst, &texts));
        if let Ok(Some(icon)) = document.query_selector("link[rel=icon]") {
            let _ = icon.set_attribute("href", alerts::favicon(worst));
        }
    });
}

/// The bell of the Alerts toggle (16 × 16).
const BELL: &str = "M8 1.5a1 1 0 0 0-1 1v.55A4.5 4.5 0 0 0 3.5 7.5V10L2 12v1h12v-1l-1.5-2V7.5A4.5 4.5 0 0 0 9 3.05V2.5a1 1 0 0 0-1-1zM6.5 14a1.5 1.5 0 0 0 3 0z";

/// The Alerts toggle: desktop notifications when a tenant's health
/// changes. Permission is asked only when it is pressed; a denied
/// permission is said plainly, with how to allow it again. Only the tab
/// that polls for the origin notifies; changes within five seconds are one
/// notification; a click on it shows the tenant.
///
/// DOM hooks: `[data-part=alerts]` (`aria-pressed`, `data-permission`:
/// `granted`, `denied`, `ask` or `unsupported`) and
/// `[data-part=alerts-status]`.
#[component]
fn BoardAlerts(
    /// The board.
    data: BoardData,
) -> impl IntoView {
    let texts = data.texts.clone();
    let permission = RwSignal::new(notify::permission());
    let on =
        RwSignal::new(notify::remembered() && permission.get_untracked() == Permission::Granted);
    let button = NodeRef::<leptos::html::Button>::new();
    let toggle = move |_| {
        let now = notify::permission();
        permission.set(now);
        match now {
            Permission::Granted => {
                let next = !on.get_untracked();
                on.set(next);
                notify::remember(next);
            }
            Permission::Ask => wasm_bindgen_futures::spawn_local(async move {
                let answer = notify::ask().await;
                permission.set(answer);
                if answer == Permission::Granted {
                    on.set(true);
                    notify::remember(true);
                }
            }),
            Permission::Denied | Permission::Unsupported => on.set(false),
        }
    };
    watch_for_alerts(&data, on, button);
    // What the toggle's state means, shown beside it and said once by the
    // board's live region each time the toggle is pressed.
    let status = {
        let texts = texts.clone();
        move || match (permission.get(), on.get()) {
            (Permission::Denied, _) => texts.get("board-alerts-denied"),
            (Permission::Unsupported, _) => texts.get("board-alerts-unsupported"),
            (_, true) => texts.get("board-alerts-on"),
            _ => String::new(),
        }
    };
    let (announcements, said) = (data.announcements.clone(), status.clone());
    Effect::new(move |first: Option<()>| {
        let said = said();
        if first.is_some() && !said.is_empty() {
            announcements.say(said);
        }
    });
    let permission_attr = move || match permission.get() {
        Permission::Granted => "granted",
        Permission::Denied => "denied",
        Permission::Ask => "ask",
        Permission::Unsupported => "unsupported",
    };
    let n = NEXT_BOARD.fetch_add(1, Ordering::Relaxed);
    let status_id = format!("sots-alerts{n}");
    view! {
        <div class="sots-board__alerts">
            <button
                type="button"
                node_ref=button
                data-part="alerts"
                data-permission=permission_attr
                aria-pressed=move || on.get().to_string()
                aria-describedby=status_id.clone()
                on:click=toggle
            >
                <svg class="sots-board__bell" aria-hidden="true" focusable="false" viewBox="0 0 16 16">
                    // A bound value, not a literal: an element of literals
                    // alone is built from an HTML string, which a page
                    // with Trusted Types refuses.
                    <path d=BELL />
                    {move || (!on.get()).then(|| view! { <line x1="2" y1="2" x2="14" y2="14" /> })}
                </svg>
                {texts.get("board-alerts")}
            </button>
            <span class="sots-board__alerts-status" id=status_id data-part="alerts-status">
                {status}
            </span>
        </div>
    }
}

/// Follows every tenant's health; while alerts are on (and this tab polls
/// for the origin), changes go through the core's grouping and out as
/// notifications. Health is followed while off too, so turning alerts on
/// says nothing about what changed before.
fn watch_for_alerts(data: &BoardData, on: RwSignal<bool>, button: NodeRef<leptos::html::Button>) {
    let seen: Arc<std::sync::Mutex<HashMap<String, Health>>> = Arc::default();
    let group: Arc<std::sync::Mutex<Alerts>> = Arc::default();
    let (rows, texts, filter) = (data.rows.clone(), data.texts.clone(), data.filter.clone());
    Effect::new(move |_| {
        let on = on.get() && tabs::role() != Role::Follower;
        let now = now_ms();
        let mut started = false;
        let (Ok(mut healths), Ok(mut pending)) = (seen.lock(), group.lock()) else {
            return;
        };
        rows.with(|rows| {
            for row in rows {
                row.status.with(|s| {
                    let Some(current) = s.shown_health() else {
                        return;
                    };
                    let previous = healths.get(&row.context_id).copied();
                    if previous == Some(current) {
                        return;
                    }
                    healths.insert(row.context_id.clone(), current);
                    if on {
                        let state = s.last.as_ref().map(|t| t.state.name()).unwrap_or_default();
                        started |= pending.observe(&row.context_id, previous, current, &state, now);
                    }
                });
            }
        });
        drop((healths, pending));
        if started {
            let (group, texts, filter) = (group.clone(), texts.clone(), filter.clone());
            set_timeout(
                move || {
                    let alert = group.lock().ok().and_then(|mut g| g.take(now_ms(), &texts));
                    if let Some(alert) = alert {
                        let ctx = alert.context_id.clone();
                        let _ = notify::show(&alert, move || show_tenant(&ctx, &filter, button));
                    }
                },
                std::time::Duration::from_millis(alerts::GROUP_MS.unsigned_abs()),
            );
        }
    });
}

/// A notification was clicked: the tenant's row or card is shown (the
/// filter cleared if it hid it) and focused.
fn show_tenant(
    context_id: &str,
    filter: &ArcRwSignal<Filter>,
    button: NodeRef<leptos::html::Button>,
) {
    filter.set(Filter::default());
    let ctx = context_id.to_owned();
    request_animation_frame(move || {
        let Some(board) = button
            .get_untracked()
            .and_then(|b| b.closest("[data-part=board]").ok().flatten())
        else {
            return;
        };
        let item = format!("[data-part=badge][data-context-id=\"{ctx}\"]");
        // The row's expand button, or the card (focusable for this).
        let target = match board.query_selector(&format!("{item} [data-part=expand]")) {
            Ok(Some(button)) => Some(button),
            _ => board.query_selector(&item).ok().flatten().inspect(|card| {
                let _ = card.set_attribute("tabindex", "-1");
            }),
        };
        // Focus scrolls it into view.
        if let Some(el) =
            target.and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(t).ok())
        {
            let _ = el.focus();
        }
    });
}

/// "Download CSV" and "Copy as JSON": the rows as shown, made in the
/// browser. `[data-part=export]` holds the buttons (`data-format`) and
/// `[data-part=export-status]` (`role="status"`), what was done.
#[component]
fn BoardExport(
    /// The board.
    data: BoardData,
) -> impl IntoView {
    let texts = data.texts.clone();
    let said = RwSignal::new((String::new(), false));
    // Said once by the board's one live region, shown next to the buttons.
    {
        let announcements = data.announcements.clone();
        Effect::new(move |_| {
            let (text, _) = said.get();
            if !text.is_empty() {
                announcements.say(text);
            }
        });
    }
    let button = move |format: Format, key: &'static str| {
        let data = data.clone();
        view! {
            <button
                type="button"
                data-format=format.file_type().0
                on:click=move |_| later::export(data.clone(), format, said)
            >
                {data.texts.get(key)}
            </button>
        }
    };
    view! {
        <div class="sots-board__export" data-part="export" role="group" aria-label=texts.get("board-export")>
            {button(Format::Csv, "board-export-csv")}
            {button(Format::Json, "board-export-json")}
            <span
                class="sots-board__export-status"
                data-part="export-status"
                data-error=move || said.with(|(_, failed)| failed.then_some("true"))
            >
                {move || said.with(|(text, _)| text.clone())}
            </span>
        </div>
    }
}

/// One count of the summary bar: a toggle that shows only its tenants.
#[component]
fn CountToggle(
    /// What it counts.
    key: CountKey,
    /// The board's counts.
    summary: Memo<so_tenant_status_core::board::Summary>,
    /// The board's filter.
    filter: ArcRwSignal<Filter>,
) -> impl IntoView {
    let count = move || {
        summary.with(|s| {
            s.counts
                .iter()
                .find(|(k, _)| *k == key)
                .map_or(0, |(_, n)| *n)
        })
    };
    let texts = words();
    let label = key.label(&texts);
    let pressed = {
        let filter = filter.clone();
        move || filter.with(|f| f.on.contains(&key)).to_string()
    };
    let (health, check) = match key {
        CountKey::Health(h) => (Some(h.as_str()), None),
        CountKey::CheckError => (None, Some("error")),
    };
    view! {
        <button
            type="button"
            class=format!("sots-count sots-count--{}", key.as_str())
            data-part="count"
            data-health=health
            data-check=check
            data-label=label.clone()
            aria-pressed=pressed
            aria-label=move || texts.with("board-count", &[("label", &label), ("count", &count().to_string())])
            on:click=move |_| filter.update(|f| f.toggle(key))
        >
            {count}
        </button>
    }
}

/// The table layout: one row per tenant, sortable columns.
#[component]
fn BoardTable(
    /// The board.
    data: BoardData,
    /// Every tenant, in the order shown.
    order: Memo<Vec<Row>>,
    /// The board's number (unique ids in the page).
    board: u32,
) -> impl IntoView {
    let headers = SortKey::ALL
        .map(|key| {
            let sort = data.sort.clone();
            let aria = {
                let sort = sort.clone();
                move || sort.get().aria(key)
            };
            view! {
                <th scope="col" aria-sort=aria data-col=key.as_str()>
                    <button type="button" data-sort=key.as_str() on:click=move |_| sort.update(|s| *s = s.clicked(key))>
                        {key.header(&data.texts)}
                    </button>
                </th>
            }
        })
        .to_vec();
    view! {
        <table class="sots-table" data-part="tenants">
            <caption class="sots-visually-hidden">{data.texts.get("board-caption")}</caption>
            <thead>
                <tr>{headers}</tr>
            </thead>
            <tbody>
                <For each=move || order.get() key=|row| row.context_id.clone() let:row>
                    <BoardRow row=row data=data.clone() board=board />
                </For>
            </tbody>
        </table>
    }
}

/// One tenant as a table row, with the same hooks as a badge, and its
/// expansion: the full badge (description, links, refresh).
#[component]
fn BoardRow(
    /// The tenant.
    row: Row,
    /// The board.
    data: BoardData,
    /// The board's number.
    board: u32,
) -> impl IntoView {
    let Row {
        context_id,
        url,
        status,
        now,
        observed,
        ..
    } = row;
    let model = model_of(&status, &now);
    let checked = {
        let (status, now) = (status.clone(), now.clone());
        let texts = data.texts.clone();
        move || checked_text(&status.read(), now.get(), &texts)
    };
    let changed = {
        let (status, now) = (status.clone(), now.clone());
        let texts = data.texts.clone();
        move || changed_text(&status.read(), now.get(), &texts)
    };
    let shown = found(&data, &context_id);
    let expanded = {
        let (expanded, ctx) = (data.expanded.clone(), context_id.clone());
        Memo::new(move |_| expanded.with(|e| e.contains(&ctx)))
    };
    let toggle = {
        let (set, ctx) = (data.expanded.clone(), context_id.clone());
        move |_| {
            set.update(|e| {
                if !e.remove(&ctx) {
                    e.insert(ctx.clone());
                }
            })
        }
    };
    let detail_id = format!("sots-board{board}-{context_id}");
    let detail = {
        let (status, now, ctx, env, detail_id) = (
            status.clone(),
            now.clone(),
            context_id.clone(),
            data.env.clone(),
            detail_id.clone(),
        );
        move || {
            (expanded.get() && shown.get()).then(|| {
                let url = url.clone();
                let on_refresh = Callback::new(move |()| {
                    if let Some(url) = &url {
                        scheduler::refresh(url);
                    }
                });
                // The row's classes too, so the health filter hides both.
                let class = {
                    let status = status.clone();
                    move || {
                        model.with(|m| {
                            format!(
                                "sots-table__detail {}",
                                item_class("sots-row", &status.read_untracked(), m.check)
                            )
                        })
                    }
                };
                view! {
                    <tr class=class data-part="detail-row">
                        <td colspan=SortKey::ALL.len() id=detail_id.clone()>
                            <BadgeView
                                status=status.clone()
                                now=now.clone()
                                context_id=ctx.clone()
                                env=env.clone()
                                on_refresh=Some(on_refresh)
                                part="detail"
                                extra=timelines(&status, &now, None)
                            />
                        </td>
                    </tr>
                }
            })
        }
    };
    // The row is built again from its model when the model changes (a new
    // state, a failure, turning stale), which is rare; in between only the
    // filter (`hidden`), the expansion and the "checked" column follow
    // their signals. Few reactive nodes per row is what keeps a board of
    // 1,000 quick to build.
    let row = move || {
        let (toggle, checked, changed, detail_id, context_id) = (
            toggle.clone(),
            checked.clone(),
            changed.clone(),
            detail_id.clone(),
            context_id.clone(),
        );
        // The state's description: read with the expand button (the row's
        // one keyboard stop) and shown while it has focus or the state
        // name is hovered.
        let desc_id = format!("{detail_id}-desc");
        model.with(|m| {
            view! {
                <tr
                    class=item_class("sots-row", &status.read_untracked(), m.check)
                    data-part="badge"
                    hidden=move || !shown.get()
                    data-context-id=context_id.clone()
                    data-health=m.health_attr()
                    data-state=m.state_attr.clone()
                    data-check=m.check.as_str()
                    data-notified=m.notified_attr()
                >
                    <td data-col="health">
                        <span class="sots-badge__icon" aria-hidden="true">{m.icon}</span>
                        " "
                        <span data-part="health">{m.health_label.clone()}</span>
                    </td>
                    <td data-col="state">
                        <span data-part="state" title=m.description.clone()>{m.title.clone()}</span>
                        <span class="sots-row__desc" id=desc_id.clone() data-part="description">
                            {m.description.clone()}
                        </span>
                        {m.problem.clone().map(|p| view! {
                            <span class="sots-row__problem" data-part="problem" data-error=p.kind title=p.message>
                                {p.summary}
                            </span>
                        })}
                        <BadgeNotes model=m.clone() />
                    </td>
                    <th scope="row" data-col="context-id">
                        <button
                            type="button"
                            class="sots-row__expand"
                            data-part="expand"
                            aria-expanded=move || expanded.get().to_string()
                            aria-controls=detail_id
                            aria-describedby=desc_id
                            aria-label=data.texts.with("board-show-details", &[("context", &context_id)])
                            on:click=toggle
                        >
                            <span aria-hidden="true">{move || if expanded.get() { "▾ " } else { "▸ " }}</span>
                            <span data-part="context-id">{context_id.clone()}</span>
                        </button>
                    </th>
                    <td data-col="api" data-part="api">{m.api_line.clone()}</td>
                    <td data-col="version" data-part="version">{m.version.clone()}</td>
                    <td data-col="checked" data-part="checked">{checked}</td>
                    <td data-col="changed" data-part="changed">{changed}</td>
                    <td data-col="observed" data-part="observed">
                        {row_timeline(&status, &now, &observed)}
                    </td>
                </tr>
            }
        })
    };
    view! {
        {row}
        {detail}
    }
}

/// The cards layout: one full badge per tenant.
#[component]
fn BoardCards(
    /// The board.
    data: BoardData,
    /// Every tenant, in the order shown.
    order: Memo<Vec<Row>>,
) -> impl IntoView {
    view! {
        <div class="sots-grid" data-part="tenants">
            <For each=move || order.get() key=|row| row.context_id.clone() let:row>
                {{
                    let url = row.url.clone();
                    let on_refresh = Callback::new(move |()| {
                        if let Some(url) = &url {
                            scheduler::refresh(url);
                        }
                    });
                    let shown = found(&data, &row.context_id);
                    let class = {
                        let (status, model) = (row.status.clone(), model_of(&row.status, &row.now));
                        move || model.with(|m| item_class("sots-card", &status.read_untracked(), m.check))
                    };
                    view! {
                        <div class=class hidden=move || !shown.get()>
                            <BadgeView
                                status=row.status.clone()
                                now=row.now.clone()
                                context_id=row.context_id
                                env=data.env.clone()
                                on_refresh=Some(on_refresh)
                                variant=data.variant
                                named=true
                                extra=timelines(&row.status, &row.now, Some(row.observed.clone()))
                            />
                        </div>
                    }
                }}
            </For>
        </div>
    }
}

/// A tenant's last 24 hours and 7 days, each with its availability (the
/// expanded row, the card), once it has answered. Drawn with the badge,
/// which is built again when its model changes (the first answer is one).
fn timelines(
    status: &ArcRwSignal<TenantStatus>,
    now: &ArcRwSignal<i64>,
    observed: Option<ArcRwSignal<Option<u32>>>,
) -> ViewFn {
    let (status, now) = (status.clone(), now.clone());
    ViewFn::from(move || {
        let look = |window| TimelineLook {
            window,
            percent: true,
            labelled: true,
        };
        seen(&status)
            .then(|| {
                view! {
                    <div class="sots-timelines" data-part="timelines">
                        {later::timeline(status.clone(), now.clone(), look(Window::Day), observed.clone())}
                        {later::timeline(status.clone(), now.clone(), look(Window::Week), None)}
                    </div>
                }
            })
            .into_any()
    })
}

/// A row's last 24 hours with its availability, once it has answered
/// (drawn with the row, which is built again when its model changes).
fn row_timeline(
    status: &ArcRwSignal<TenantStatus>,
    now: &ArcRwSignal<i64>,
    observed: &ArcRwSignal<Option<u32>>,
) -> impl IntoView {
    let look = TimelineLook {
        window: Window::Day,
        percent: true,
        labelled: false,
    };
    seen(status).then(|| later::timeline(status.clone(), now.clone(), look, Some(observed.clone())))
}

/// Whether the tenant has answered (or its history says it was watched):
/// a timeline has something to draw, and its chunk is fetched after the
/// first badge, not before.
fn seen(status: &ArcRwSignal<TenantStatus>) -> bool {
    status.with_untracked(|s| s.checked_at_ms.is_some() || !s.watched.is_empty())
}

/// The board's observed availability in the last 24 hours: every tenant's
/// watched time summed ("Last 24 h, observed from this browser: OK 99.2 %").
#[component]
fn BoardAvailability(
    /// The board's tenants.
    rows: ArcRwSignal<Vec<Row>>,
) -> impl IntoView {
    let texts = words();
    // Summed every 15 seconds and when the tenants change, not on each
    // answer: a board of 1,000 gets several answers a second.
    let tick = RwSignal::new(0u32);
    if let Ok(handle) = set_interval_with_handle(
        move || tick.update(|t| *t = t.wrapping_add(1)),
        std::time::Duration::from_secs(15),
    ) {
        on_cleanup(move || handle.clear());
    }
    // And when another tenant answers for the first time.
    let answered = {
        let rows = rows.clone();
        Memo::new(move |_| {
            rows.with(|rows| {
                rows.iter()
                    .filter(|r| r.status.with(|s| s.checked_at_ms.is_some()))
                    .count()
            })
        })
    };
    let total = Memo::new(move |_| {
        tick.track();
        answered.track();
        let now = now_ms();
        rows.with(|rows| {
            let all: Vec<Availability> = rows
                .iter()
                .map(|r| {
                    r.status.with_untracked(|s| {
                        so_tenant_status_core::timeline::observed(s, Window::Day, now)
                    })
                })
                .collect();
            Availability::total(&all)
        })
    });
    let text = move || {
        let percent = total.with(|t| t.percent_text(&texts));
        texts.with("board-availability", &[("percent", &percent)])
    };
    view! {
        <p
            class="sots-board__availability"
            data-part="board-availability"
            data-permille=move || total.with(Availability::permille)
        >
            {text}
        </p>
    }
}

/// Whether the search finds this tenant (else it is `hidden`). The health
/// toggles hide through the board's classes instead.
fn found(data: &BoardData, context_id: &str) -> Memo<bool> {
    let (query, ctx) = (data.query.clone(), context_id.to_owned());
    Memo::new(move |_| {
        query.with(|q| {
            Filter {
                query: q.clone(),
                ..Filter::default()
            }
            .finds(&ctx)
        })
    })
}

/// Writes the filter and layout into the page's URL (`replaceState`), so
/// a filtered view reopens filtered.
fn sync_url(filter: &Filter, layout: Option<Layout>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&location.search().unwrap_or_default())
    else {
        return;
    };
    match filter.health_param() {
        Some(h) => params.set("health", &h),
        None => params.delete("health"),
    }
    if filter.query.is_empty() {
        params.delete("q");
    } else {
        params.set("q", &filter.query);
    }
    if let Some(l) = layout {
        params.set("layout", l.as_str());
    }
    let query = String::from(params.to_string());
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
