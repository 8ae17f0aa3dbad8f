//! Embedding (feature `embed`): `mount()` and `mountStatic()` for partner
//! portals. `pkg/element.js` builds `<so-tenant-status>` on `mount()`.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use leptos::prelude::*;
use serde::Serialize;
use so_tenant_status_core::board::Filter;
use so_tenant_status_core::export::{ExportOptions, Format};
use so_tenant_status_core::field::ObjectOf;
use so_tenant_status_core::options::{BoardOptions, ContextIds, MountOptions, OptionsError};
use so_tenant_status_core::status::{CheckError, TenantStatus};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::client::lang;
use crate::client::scheduler;
use crate::js::{error, read_notification, read_state, to_js};
use crate::ui::{provide_watch, provide_words, BadgeView, BoardControl, Widget};

#[wasm_bindgen(typescript_custom_section)]
const TS_MOUNT: &'static str = r#"
/** Options of `mount()`. */
export interface MountOptions {
  /** The tenant's context id, e.g. "Cust12345". An invalid id is shown as a problem; no request is made. */
  contextId: string;
  /** "sod", "qaonline" (or "stage"), "online". Default "online". */
  env?: string;
  /** Replaces https://{env}.superoffice.com, e.g. a same-origin proxy. */
  baseUrl?: string;
  /** Show the (collapsed) state and change-type legends under the badge. Default false. */
  legends?: boolean;
  /** "auto" (default: follows prefers-color-scheme), "light" or "dark". Anything else throws. */
  theme?: "auto" | "light" | "dark";
  /** "card" (default: the full badge) or "chip" (one line: icon, state, health word; the description on hover and focus). Anything else throws. */
  variant?: "card" | "chip";
  /** The language: a BCP 47 tag. en, nb, sv, da, de and nl are spoken ("nb-NO" and "no" give nb); anything else gives English; a malformed tag throws. Without it: the target's closest [lang], the document's lang, then navigator.languages, then English. */
  lang?: string;
  /** The host's own texts over the language's: message key to a one-line Fluent pattern ("{ $context }" inserts a variable). The keys are listed in docs/languages.md; an unknown key or a text Fluent cannot read throws, naming the key. */
  messages?: Record<string, string>;
  /** How the published maintenance rhythm is read (see `nextMaintenance`): `{ upgradeWeekOf?, summerTime? }`. Default: UTC+1 all year, no upgrade cycle. */
  maintenance?: MaintenanceOptions;
  /** Hours of MigrationPending or Provisioning before the badge notes "Stuck for …". Default 24. */
  stuckAfterHours?: number;
}

/** Options of `mountBoard()`. */
export interface BoardOptions {
  /** The tenants: an array of ids, or text as pasted (commas, spaces or new lines between ids). `cust` is read as `Cust`; duplicates are dropped; invalid ids are listed with the reason and never requested. */
  contextIds: string[] | string;
  /** "sod", "qaonline" (or "stage"), "online". Default "online". */
  env?: string;
  /** Replaces https://{env}.superoffice.com, e.g. a same-origin proxy. */
  baseUrl?: string;
  /** "table" or "cards". Default: a table above 12 tenants. */
  layout?: "table" | "cards";
  /** "auto" (default: follows prefers-color-scheme), "light" or "dark". Anything else throws. */
  theme?: "auto" | "light" | "dark";
  /** "card" (default: the full badge) or "chip" (one line: icon, state, health word; the description on hover and focus). Anything else throws. */
  variant?: "card" | "chip";
  /** The language: a BCP 47 tag. en, nb, sv, da, de and nl are spoken ("nb-NO" and "no" give nb); anything else gives English; a malformed tag throws. Without it: the target's closest [lang], the document's lang, then navigator.languages, then English. */
  lang?: string;
  /** The host's own texts over the language's: message key to a one-line Fluent pattern ("{ $context }" inserts a variable). The keys are listed in docs/languages.md; an unknown key or a text Fluent cannot read throws, naming the key. */
  messages?: Record<string, string>;
  /** How the published maintenance rhythm is read (see `nextMaintenance`): `{ upgradeWeekOf?, summerTime? }`. Default: UTC+1 all year, no upgrade cycle. */
  maintenance?: MaintenanceOptions;
  /** Hours of MigrationPending or Provisioning before the badge notes "Stuck for …". Default 24. */
  stuckAfterHours?: number;
  /** Offer desktop notifications: an Alerts toggle in the toolbar. Permission is asked only when it is pressed; the choice is remembered per origin; only the tab that polls for the origin notifies. Default false. */
  alerts?: boolean;
}

/** Options of `BoardHandle.exportBoard()` (which resolves to the text). */
export interface ExportOptions {
  /** "csv" (default: RFC 4180, UTF-8 with a byte-order mark, formula-like cells made inert with a leading ') or "json" (an array of ExportRow). Anything else throws. */
  format?: "csv" | "json";
}

/** One tenant of a board's report (`exportBoard({ format: "json" })`). */
export interface ExportRow {
  contextId: string;
  environment: string;
  health: Health | null;
  state: string | null;
  apiAvailable: boolean | null;
  version: string | null;
  /** When last checked, ISO 8601 (UTC). */
  checked: string | null;
  /** Share of the watched time in `ok` over the last 24 hours, per cent with one decimal (rounded down), as observed from this browser; null when not watched. */
  observed24h: number | null;
  /** The same over the last 7 days. */
  observed7d: number | null;
}

/** Where a tenant answers. */
export interface TenantEndpoints {
  endpoint: string | null;
  api: string | null;
}

/** `sots-statuschange`: a tenant's state or health changed, or its first answer arrived (`previous: null`). */
export interface StatusChangeDetail {
  contextIdentifier: string;
  env: string;
  previous: TenantState | null;
  current: TenantState;
}

/** The kinds of failed checks. */
export type CheckErrorKind = "network" | "notFound" | "misdirected" | "rateLimited" | "server" | "timeout" | "invalid";

/** `sots-checkerror`: a check failed (once per run of failures). */
export interface CheckErrorDetail {
  contextIdentifier: string;
  env: string;
  error: { kind: CheckErrorKind; status: number | null; message: string };
}

/** `sots-endpointchange`: `Endpoint` or `Api` changed between two answers, or a Move notification was applied. */
export interface EndpointChangeDetail {
  contextIdentifier: string;
  env: string;
  from: TenantEndpoints | null;
  to: TenantEndpoints | null;
  publicEndpoint: string | null;
  reason: "check" | "notification";
}

/** The events a mount, a board and both elements fire (bubbling, composed). */
export interface SoTenantStatusEventMap {
  "sots-statuschange": CustomEvent<StatusChangeDetail>;
  "sots-checkerror": CustomEvent<CheckErrorDetail>;
  "sots-endpointchange": CustomEvent<EndpointChangeDetail>;
}

declare global {
  interface HTMLElementEventMap extends SoTenantStatusEventMap {}
  interface ShadowRootEventMap extends SoTenantStatusEventMap {}
}

/** One change of a tenant's state, health or endpoint, as first seen by a widget on this origin. */
export interface Transition {
  /** When it was first seen, epoch milliseconds. */
  atMs: number;
  /** The state's name (as sent when unrecognised). */
  state: string;
  health: Health;
  endpoint: string | null;
}

/** The page's shared scheduler, for diagnostics. */
export interface SchedulerStats {
  /** Tenants watched (one per state API URL, however many embeds show it). */
  tenants: number;
  /** Requests in flight now (at most 6). */
  inFlight: number;
  /** Requests started since the page loaded. */
  requestsStarted: number;
  /** This tab's part in the origin's one poller: `leader` checks for every tab, a `follower` makes no requests, `alone` polls for itself (no Web Locks or BroadcastChannel, or nothing shown yet). */
  tab: "leader" | "follower" | "alone";
}
"#;

thread_local! {
    /// Mounted widgets by id. A widget lives here until `unmount()`, not
    /// until its JS handle is garbage-collected: `mount(el, options)` without
    /// keeping the handle must keep working.
    static MOUNTED: RefCell<HashMap<u32, Box<dyn Any>>> = RefCell::default();
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

fn keep_mounted(view: Box<dyn Any>) -> u32 {
    let id = NEXT_ID.with(|n| {
        n.set(n.get().wrapping_add(1));
        n.get()
    });
    MOUNTED.with_borrow_mut(|m| m.insert(id, view));
    id
}

/// What every handle shares: the mount's id in [`MOUNTED`] and the element
/// (or shadow root) it was mounted in, where its host events fire.
struct Mount {
    id: u32,
    target: JsValue,
}

impl Mount {
    fn mounted(&self) -> bool {
        MOUNTED.with_borrow(|m| m.contains_key(&self.id))
    }

    fn unmount(&self) {
        // Take it out first: dropping the view runs cleanups that may call
        // back into this module.
        let view = MOUNTED.with_borrow_mut(|m| m.remove(&self.id));
        drop(view);
    }

    /// A notification for this mount's tenants only (0 once unmounted).
    fn apply_notification(&self, input: JsValue) -> Result<u32, JsError> {
        let notification = read_notification(input).map_err(error)?;
        Ok(if self.mounted() {
            scheduler::apply_notification(&notification, Some(&self.target))
        } else {
            0
        })
    }
}

/// A mounted widget: `refresh()` checks now, `unmount()` removes its DOM and
/// stops its timers and requests (shared ones go when their last user goes).
/// Dropping the handle does not unmount the widget.
#[wasm_bindgen]
pub struct WidgetHandle {
    mount: Mount,
    url: Option<String>,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Checks the tenant now (unless a check is already in flight).
    pub fn refresh(&self) {
        if let (true, Some(url)) = (self.mounted(), &self.url) {
            scheduler::refresh(url);
        }
    }

    /// Removes the widget's DOM and stops its timers and requests. Safe to
    /// call twice.
    pub fn unmount(&self) {
        self.mount.unmount();
    }

    /// Whether the widget is still mounted.
    #[wasm_bindgen(getter)]
    pub fn mounted(&self) -> bool {
        self.mount.mounted()
    }

    /// Applies a change notification to this widget if it shows that
    /// tenant: marks it and re-checks it at once. Returns 1 when it did,
    /// else 0.
    ///
    /// # Errors
    /// Throws as `decodeNotification()` does.
    #[wasm_bindgen(js_name = applyNotification)]
    pub fn apply_notification(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | object")] input: JsValue,
    ) -> Result<u32, JsError> {
        self.mount.apply_notification(input)
    }
}

/// Applies a change notification (the webhook body SuperOffice POSTs to the
/// partner's server, forwarded to this page) to every widget and board on
/// the page that shows its tenant: each gets `data-notified` and a
/// "… notified at 10:42, confirming…" line, and the tenant is re-checked at
/// once, one request however many widgets show it. The state shown still
/// only ever comes from that check. A Move also fires
/// `sots-endpointchange` (`reason: "notification"`). Returns how many
/// widgets it reached (a board counts once per tenant it shows).
///
/// # Errors
/// Throws as `decodeNotification()` does: the message names the field.
#[wasm_bindgen(js_name = applyNotification)]
pub fn apply_notification(
    #[wasm_bindgen(unchecked_param_type = "string | object")] input: JsValue,
) -> Result<u32, JsError> {
    let notification = read_notification(input).map_err(error)?;
    Ok(scheduler::apply_notification(&notification, None))
}

/// Where a widget is mounted: an HTML element, or a shadow root (what
/// `<so-tenant-status>` passes, so that its shadow tree holds nothing but
/// the widget).
fn mount_target(target: JsValue) -> Result<web_sys::Element, JsError> {
    if target.is_instance_of::<web_sys::HtmlElement>() {
        return Ok(target.unchecked_into());
    }
    if target.is_instance_of::<web_sys::ShadowRoot>() {
        // Leptos only inserts, moves and removes children of the node it
        // mounts into; a shadow root has those `Node` methods.
        return Ok(target.unchecked_into());
    }
    Err(JsError::new(
        "target: expected an HTML element or a shadow root",
    ))
}

/// Where a widget mounted at `target` looks for its host's `[lang]`: the
/// element itself, or a shadow root's host element (the `<so-tenant-*>`).
fn lang_anchor(target: &web_sys::Element) -> Option<web_sys::Element> {
    match target.dyn_ref::<web_sys::ShadowRoot>() {
        Some(root) => Some(root.host()),
        None => Some(target.clone()),
    }
}

/// Renders one tenant's widget into `target`, an element or a shadow root
/// (appended to its children).
///
/// # Errors
/// Throws when `target` is neither an HTML element nor a shadow root, or an option has the wrong
/// type (`options.contextId: expected a string, got a number`). An invalid
/// context id, env or base URL is not thrown: the widget shows the problem
/// and makes no request.
#[wasm_bindgen(js_name = mount)]
pub fn mount(
    #[wasm_bindgen(unchecked_param_type = "HTMLElement | ShadowRoot")] target: JsValue,
    #[wasm_bindgen(unchecked_param_type = "MountOptions")] options: JsValue,
) -> Result<WidgetHandle, JsError> {
    let target = mount_target(target)?;
    let ObjectOf(options) =
        serde_wasm_bindgen::from_value::<ObjectOf<MountOptions>>(options).map_err(error)?;
    let options = options
        .map_err(|found| OptionsError::NotAnObject { found })
        .and_then(MountOptions::check)
        .map_err(error)?;
    let url = options.state_url().ok();
    let events: web_sys::EventTarget = target.clone().unchecked_into();
    let texts = lang::texts(&options.look, lang_anchor(&target).as_ref());
    let watch = options.look.watch;
    // The leading tab's lock is asked for before drawing (see `startPage`).
    crate::client::scheduler::join_tabs();
    let handle = leptos::mount::mount_to_renderer(&target, move || {
        provide_watch(watch);
        view! {
            <Widget
                texts=texts
                context_id=options.context_id
                env=options.env
                base_url=options.base_url
                legends=options.legends
                theme=options.look.theme.data_theme()
                variant=options.look.variant
                events=events
            />
        }
    });
    Ok(WidgetHandle {
        mount: Mount {
            id: keep_mounted(Box::new(handle)),
            target: target.into(),
        },
        url,
    })
}

/// A mounted board: `refresh()` checks every tenant now,
/// `setContextIds(ids)` shows another list (tenants on both keep their
/// state and make no new request), `unmount()` removes it.
#[wasm_bindgen]
pub struct BoardHandle {
    mount: Mount,
    control: BoardControl,
}

#[wasm_bindgen]
impl BoardHandle {
    /// Checks every tenant on the board now (those not already in flight).
    pub fn refresh(&self) {
        if self.mounted() {
            self.control.refresh();
        }
    }

    /// Removes the board's DOM and stops its timers and requests. Safe to
    /// call twice.
    pub fn unmount(&self) {
        self.mount.unmount();
    }

    /// Whether the board is still mounted.
    #[wasm_bindgen(getter)]
    pub fn mounted(&self) -> bool {
        self.mount.mounted()
    }

    /// Shows another list of tenants: an array of ids or pasted text.
    ///
    /// # Errors
    /// Throws when `ids` is neither a string nor an array of strings.
    #[wasm_bindgen(js_name = setContextIds)]
    pub fn set_context_ids(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string[] | string")] ids: JsValue,
    ) -> Result<(), JsError> {
        let ids: ContextIds = serde_wasm_bindgen::from_value(ids).map_err(error)?;
        let list = ids.read("contextIds").map_err(error)?;
        if self.mounted() {
            self.control.set_ids(list);
        }
        Ok(())
    }

    /// The board as a report: a promise of the rows as shown (filter,
    /// search and sort applied) as CSV (the default) or JSON text. Made
    /// here (the code loads with the board's): nothing is sent anywhere.
    ///
    /// # Errors
    /// Throws (at once) when `options` is not an object or `format` is
    /// neither "csv" nor "json".
    #[wasm_bindgen(js_name = exportBoard, unchecked_return_type = "Promise<string>")]
    pub fn export_board(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ExportOptions")] options: JsValue,
    ) -> Result<js_sys::Promise, JsError> {
        let format = if options.is_undefined() || options.is_null() {
            Format::Csv
        } else {
            let options: ExportOptions = serde_wasm_bindgen::from_value(options).map_err(error)?;
            options.format().map_err(error)?
        };
        let data = self.control.data.clone();
        Ok(wasm_bindgen_futures::future_to_promise(async move {
            Ok(JsValue::from_str(
                &crate::ui::later::report(data, format).await,
            ))
        }))
    }

    /// Applies a change notification to the board's tenant, if it shows it
    /// (see the module's `applyNotification`). Returns how many it reached
    /// (0 or 1).
    ///
    /// # Errors
    /// Throws as `decodeNotification()` does.
    #[wasm_bindgen(js_name = applyNotification)]
    pub fn apply_notification(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | object")] input: JsValue,
    ) -> Result<u32, JsError> {
        self.mount.apply_notification(input)
    }
}

/// Renders a board of tenants into `target` (an element or a shadow root):
/// a summary bar whose counts filter, a search, and a table (above 12
/// tenants, sortable, rows expand to the full badge) or cards. Host events
/// (`sots-statuschange`, `sots-checkerror`, `sots-endpointchange`) fire on
/// `target`.
///
/// # Errors
/// Throws when `target` is neither an HTML element nor a shadow root, or an
/// option has the wrong type (`options.layout: expected "table" or
/// "cards", got "grid"`). Invalid ids are not thrown: the board lists
/// them with the reason and never requests them.
#[wasm_bindgen(js_name = mountBoard)]
pub fn mount_board(
    #[wasm_bindgen(unchecked_param_type = "HTMLElement | ShadowRoot")] target: JsValue,
    #[wasm_bindgen(unchecked_param_type = "BoardOptions")] options: JsValue,
) -> Result<BoardHandle, JsError> {
    let target = mount_target(target)?;
    let ObjectOf(options) =
        serde_wasm_bindgen::from_value::<ObjectOf<BoardOptions>>(options).map_err(error)?;
    let settings = options
        .map_err(|found| OptionsError::BoardNotAnObject { found })
        .and_then(BoardOptions::check)
        .map_err(error)?;
    let mut control = BoardControl::new(
        settings.env,
        settings.base_url,
        Some(target.clone().unchecked_into()),
        settings.layout,
        Filter::default(),
        settings.look.variant,
        lang::texts(&settings.look, lang_anchor(&target).as_ref()),
    );
    control.data.alerts = settings.alerts;
    control.set_ids(settings.contexts);
    let data = control.data.clone();
    let theme = settings.look.theme.data_theme();
    let lang = data.texts.lang().tag();
    let watch = settings.look.watch;
    crate::client::scheduler::join_tabs();
    let handle = leptos::mount::mount_to_renderer(&target, move || {
        provide_watch(watch);
        view! {
            <div class="sots-widget sots-widget--board" data-part="widget" data-theme=theme lang=lang>
                {crate::ui::later::board(data, false)}
            </div>
        }
    });
    Ok(BoardHandle {
        mount: Mount {
            id: keep_mounted(Box::new(handle)),
            target: target.into(),
        },
        control,
    })
}

/// Renders one badge per state payload the caller already has (e.g. from its
/// own server), without any request: for dashboards. A payload that does not
/// decode shows its problem. `unmount()` removes them all.
///
/// # Errors
/// Throws when `target` is neither an HTML element nor a shadow root, or
/// `payloads` is not an array.
#[wasm_bindgen(js_name = mountStatic)]
pub fn mount_static(
    #[wasm_bindgen(unchecked_param_type = "HTMLElement | ShadowRoot")] target: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Array<string | object>")] payloads: JsValue,
) -> Result<WidgetHandle, JsError> {
    let target = mount_target(target)?;
    let payloads = payloads
        .dyn_into::<js_sys::Array>()
        .map_err(|_| JsError::new("payloads: expected an array"))?;
    let now = crate::client::clock::now_ms();
    let statuses: Vec<(String, TenantStatus)> = payloads
        .iter()
        .map(|payload| {
            let mut status = TenantStatus::default();
            match read_state(payload) {
                Ok(state) => {
                    let ctx = state.context_identifier.clone();
                    status.record_state(state, now);
                    (ctx, status)
                }
                Err(problem) => {
                    status.record_error(CheckError::InvalidPayload(problem));
                    (String::new(), status)
                }
            }
        })
        .collect();
    let texts = lang::texts(&Default::default(), lang_anchor(&target).as_ref());
    let handle = leptos::mount::mount_to_renderer(&target, move || {
        let clock = ArcRwSignal::new(now);
        provide_words(texts.clone());
        view! {
            <div class="sots-grid" data-part="tenants">
                {statuses
                    .into_iter()
                    .map(|(ctx, status)| view! {
                        <BadgeView status=ArcRwSignal::new(status) now=clock.clone() context_id=ctx env="" on_refresh=None />
                    })
                    .collect_view()}
            </div>
        }
    });
    Ok(WidgetHandle {
        mount: Mount {
            id: keep_mounted(Box::new(handle)),
            target: target.into(),
        },
        url: None,
    })
}

/// `schedulerStats()`'s answer.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SchedulerStats {
    tenants: usize,
    in_flight: usize,
    requests_started: u32,
    tab: &'static str,
}

/// The page's shared scheduler, for diagnostics:
/// `{ tenants, inFlight, requestsStarted, tab }`.
///
/// # Errors
/// Never in practice; typed as fallible only because it crosses into JS.
#[wasm_bindgen(js_name = schedulerStats, unchecked_return_type = "SchedulerStats")]
pub fn scheduler_stats() -> Result<JsValue, JsError> {
    let (tenants, in_flight, requests_started) = scheduler::stats();
    to_js(&SchedulerStats {
        tenants,
        in_flight,
        requests_started,
        tab: scheduler::tab_role(),
    })
}

/// A tenant's last transitions (at most 50, oldest first) as seen by the
/// widgets of this origin: kept in memory and in `localStorage`
/// (`so-tenant-status:history`, shared by the origin's tabs).
///
/// # Errors
/// Throws when `contextId` is not a context id.
#[wasm_bindgen(js_name = history, unchecked_return_type = "Transition[]")]
pub fn history(#[wasm_bindgen(js_name = contextId)] context_id: &str) -> Result<JsValue, JsError> {
    let context_id = so_tenant_status_core::validate_context_id(context_id).map_err(error)?;
    to_js(&crate::client::history::of(context_id))
}

/// Forgets every tenant's transitions: in memory, in `localStorage`, and
/// on every badge on the page.
#[wasm_bindgen(js_name = clearHistory)]
pub fn clear_history() {
    scheduler::clear_history();
}
