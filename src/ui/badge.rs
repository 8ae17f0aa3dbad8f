//! `TenantBadge`: one tenant's health at a glance.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use leptos::prelude::*;
use so_tenant_status_core::badge::{
    body_markup, timing_text, BadgeModel, BodyContext, ARTICLE_FIXED_ATTRS,
};
use so_tenant_status_core::state_url;
use so_tenant_status_core::status::{CheckError, TenantStatus};
use so_tenant_status_core::text::{cat, int};

use crate::client::clock::{local_time, now_ms};
use crate::client::scheduler;
use crate::ui::markup::{keep_written, replace_children, set_attribute, Writer, NO_CHILDREN};
use wasm_bindgen::JsCast;

static NEXT_BADGE: AtomicU32 = AtomicU32::new(0);

/// A tenant-health badge: state as text, icon and colour; health; API
/// availability; the state's description on hover and keyboard focus; when
/// it was checked and will be again; links to `Endpoint` and `Api` when
/// safe; a refresh button. `role="status"` announces changes.
///
/// DOM hooks: `[data-part=badge]` with `data-health`, `data-state` and
/// `data-check` (`loading` | `fresh` | `stale` | `error`).
///
/// An invalid `context_id`, `env` or `base_url` shows the problem and makes
/// no request.
#[component]
pub fn TenantBadge(
    /// The tenant's context id (`Cust12345`).
    #[prop(into)]
    context_id: String,
    /// The environment: `sod`, `qaonline` (or `stage`), `online`.
    #[prop(into)]
    env: String,
    /// A base URL replacing `https://{env}.superoffice.com` (e.g. a proxy).
    #[prop(default = None)]
    base_url: Option<String>,
) -> impl IntoView {
    let url = state_url(&env, &context_id, base_url.as_deref());
    let (status, now) = match &url {
        Ok(url) => {
            let sub = scheduler::subscribe(url.clone());
            let id = sub.id;
            on_cleanup(move || scheduler::unsubscribe(id));
            (sub.status, sub.now)
        }
        Err(problem) => (
            ArcRwSignal::new(TenantStatus {
                error: Some(CheckError::InvalidInput(problem.message())),
                ..TenantStatus::default()
            }),
            ArcRwSignal::new(now_ms()),
        ),
    };
    let url = url.ok();
    let on_refresh = Callback::new(move |()| {
        if let Some(url) = &url {
            scheduler::refresh(url);
        }
    });
    view! { <BadgeView status=status now=now context_id=context_id env=env on_refresh=Some(on_refresh) /> }
}

/// The badge's markup for a given status; [`TenantBadge`] feeds it from the
/// scheduler, tests feed it directly.
///
/// The `<article>` is a Leptos view; its changing hooks
/// ([`BadgeModel::article_attrs`]) and its inside (the core's
/// [`body_markup`]) are rewritten when the model changes, and the timing
/// line is updated in place every second.
#[component]
pub fn BadgeView(
    /// Everything known about the tenant's checks.
    status: ArcRwSignal<TenantStatus>,
    /// The clock ("checked … ago", staleness).
    now: ArcRwSignal<i64>,
    /// The tenant's context id.
    #[prop(into)]
    context_id: String,
    /// The environment name.
    #[prop(into)]
    env: String,
    /// Called by the refresh / retry button; `None`: no button (static badges).
    on_refresh: Option<Callback<()>>,
) -> impl IntoView {
    // The timing line changes every second: computed and written in place
    // by its own effect (below), never by rebuilding the body.
    let timing = Rc::new(Timing {
        status: status.clone(),
        now: now.clone(),
        next_check: RefCell::default(),
    });
    let desc_id = cat(&[
        "sots-desc-",
        &int(i64::from(NEXT_BADGE.fetch_add(1, Ordering::Relaxed))),
    ]);
    let timing_line: Rc<RefCell<Option<web_sys::Element>>> = Rc::default();

    let line = timing_line.clone();
    let (body_timing, line_timing) = (timing.clone(), timing);
    // The body is rebuilt when what it shows changes (the status, or the
    // data turning stale with the clock); a fingerprint of the last model
    // written tells, without keeping the model.
    let written = Cell::new(None);
    let write_body = Writer(Rc::new(move |article: &web_sys::Element| {
        let m = BadgeModel::new(&status.read(), now.get());
        let fingerprint = m.fingerprint();
        let before = written.replace(Some(fingerprint));
        if before == Some(fingerprint) {
            return;
        }
        if before.is_none() {
            // The fixed hooks, once (their texts cross into JS once for all
            // badges, where a view's attributes would pass them each time).
            for (name, value) in ARTICLE_FIXED_ATTRS {
                let _ = set_attribute(article, name, Some(&value.into()));
            }
            let _ = set_attribute(article, "data-context-id", Some(&context_id.clone().into()));
        }
        // The hooks change with the model, so they are set here rather
        // than by one reactive attribute each.
        for (name, value) in m.article_attrs() {
            let _ = set_attribute(article, name, value.as_ref());
        }
        let cx = BodyContext {
            desc_id: &desc_id,
            context_id: &context_id,
            env: &env,
            timing: &untrack(|| body_timing.text()),
            refresh_button: on_refresh.is_some(),
        };
        if replace_children(article, &body_markup(&m, &cx)).is_ok() {
            *line.borrow_mut() = article.query_selector("[data-part=timing]").ok().flatten();
        }
    }));
    // Runs after `write_body` (directives run in order), then every second.
    let write_timing = Writer(Rc::new(move |_: &web_sys::Element| {
        let text = line_timing.text();
        if let Some(line) = timing_line.borrow().as_ref() {
            line.set_text_content(Some(&text));
        }
    }));
    // One listener on the badge for its (rebuilt) button; a disabled button
    // fires no click.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let on_button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("[data-part=refresh]").ok().flatten())
            .is_some();
        if let (true, Some(callback)) = (on_button, on_refresh) {
            callback.run(());
        }
    };

    view! {
        <article
            use:keep_written=vec![write_body, write_timing]
            on:click=on_click
        >{NO_CHILDREN}</article>
    }
}

/// What the timing line needs: "checked … ago" from the status and the
/// clock, and the next check in local time, formatted only when it changes.
struct Timing {
    status: ArcRwSignal<TenantStatus>,
    now: ArcRwSignal<i64>,
    /// The last next-check time and its formatting.
    next_check: RefCell<Option<(i64, String)>>,
}

impl Timing {
    /// The line now (tracks the status and the clock).
    fn text(&self) -> String {
        let now = self.now.get();
        let (checked_ago, next_ms) = self
            .status
            .with(|s| (BadgeModel::checked_ago(s, now), BadgeModel::next_check(s)));
        let next = next_ms.map(|ms| {
            let mut cached = self.next_check.borrow_mut();
            match cached.as_ref() {
                Some((at, text)) if *at == ms => text.clone(),
                _ => {
                    let (text, locale_form) = local_time(ms);
                    if locale_form {
                        // Not kept until then: see `local_time`.
                        *cached = Some((ms, text.clone()));
                    }
                    text
                }
            }
        });
        timing_text(checked_ago, next)
    }
}
