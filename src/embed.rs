//! Embedding (feature `embed`): `mount()` and `mountStatic()` for partner
//! portals. `pkg/element.js` builds `<so-tenant-status>` on `mount()`.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use leptos::prelude::*;
use serde::Serialize;
use so_tenant_status_core::field::ObjectOf;
use so_tenant_status_core::options::{MountOptions, OptionsError};
use so_tenant_status_core::status::{CheckError, TenantStatus};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::client::scheduler;
use crate::js::{error, read_state, to_js};
use crate::ui::{BadgeView, Widget};

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
}

/** The page's shared scheduler, for diagnostics. */
export interface SchedulerStats {
  /** Tenants watched (one per state API URL, however many embeds show it). */
  tenants: number;
  /** Requests in flight now (at most 6). */
  inFlight: number;
  /** Requests started since the page loaded. */
  requestsStarted: number;
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

/// A mounted widget: `refresh()` checks now, `unmount()` removes its DOM and
/// stops its timers and requests (shared ones go when their last user goes).
/// Dropping the handle does not unmount the widget.
#[wasm_bindgen]
pub struct WidgetHandle {
    id: u32,
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
        // Take it out first: dropping the view runs cleanups that may call
        // back into this module.
        let view = MOUNTED.with_borrow_mut(|m| m.remove(&self.id));
        drop(view);
    }

    /// Whether the widget is still mounted.
    #[wasm_bindgen(getter)]
    pub fn mounted(&self) -> bool {
        MOUNTED.with_borrow(|m| m.contains_key(&self.id))
    }
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
    let handle = leptos::mount::mount_to_renderer(&target, move || {
        view! {
            <Widget
                context_id=options.context_id
                env=options.env
                base_url=options.base_url
                legends=options.legends
            />
        }
    });
    Ok(WidgetHandle {
        id: keep_mounted(Box::new(handle)),
        url,
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
    let handle = leptos::mount::mount_to_renderer(&target, move || {
        let clock = ArcRwSignal::new(now);
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
        id: keep_mounted(Box::new(handle)),
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
}

/// The page's shared scheduler, for diagnostics:
/// `{ tenants, inFlight, requestsStarted }`.
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
    })
}
