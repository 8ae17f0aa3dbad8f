//! `TenantBadge`: one tenant's health at a glance.

use std::sync::atomic::{AtomicU32, Ordering};

use leptos::prelude::*;
use so_tenant_status_core::badge::{BadgeModel, LinkModel};
use so_tenant_status_core::state_url;
use so_tenant_status_core::status::{CheckError, TenantStatus};

use crate::client::clock::{local_time, now_ms};
use crate::client::scheduler;

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
                error: Some(CheckError::InvalidInput(problem.to_string())),
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
    let (st, clock) = (status.clone(), now.clone());
    // Everything but the "checked … ago" text: changes only with the status
    // (or when the data turns stale), so the body is rebuilt rarely.
    let model = Memo::new(move |_| BadgeModel::new(&st.read(), clock.get()));
    // The timing line changes every second; it is its own text node, and the
    // "next check" time is formatted only when it changes.
    let next_check = Memo::new(move |_| model.with(|m| m.next_check_ms).map(local_time));
    let timing = Memo::new(move |_| {
        timing_text(
            BadgeModel::checked_ago(&status.read(), now.get()),
            next_check.get(),
        )
    });
    let desc_id = format!("sots-desc-{}", NEXT_BADGE.fetch_add(1, Ordering::Relaxed));
    let context_attr = context_id.clone();

    view! {
        <article
            class=move || model.with(|m| format!(
                "sots-badge sots-badge--{} sots-badge--{}",
                m.health_attr.unwrap_or("none"),
                m.check.as_str(),
            ))
            data-part="badge"
            role="status"
            aria-live="polite"
            data-context-id=context_attr
            data-health=move || model.with(|m| m.health_attr)
            data-state=move || model.with(|m| m.state_attr.clone())
            data-check=move || model.with(|m| m.check.as_str())
        >
            {move || model.with(|m| body(m, &desc_id, &context_id, &env, timing, on_refresh))}
        </article>
    }
}

/// The inside of a badge for one model: plain values, no reactive parts but
/// the timing text.
fn body(
    m: &BadgeModel,
    desc_id: &str,
    context_id: &str,
    env: &str,
    timing: Memo<String>,
    on_refresh: Option<Callback<()>>,
) -> impl IntoView {
    let env =
        (!env.is_empty()).then(|| view! { " · " <span data-part="env">{env.to_owned()}</span> });
    let version = m
        .version
        .clone()
        .map(|v| view! { " · " <span data-part="version">{v}</span> });
    let problem = m.problem.clone().map(|(kind, message)| {
        view! {
            <p class="sots-badge__problem" data-part="problem" data-error=kind>{message}</p>
        }
    });
    let stale = m
        .stale_note
        .map(|note| view! { <p class="sots-badge__stale" data-part="stale">{note}</p> });
    let warnings = (!m.warnings.is_empty()).then(|| {
        view! {
            <ul class="sots-badge__warnings" data-part="warnings">
                {m.warnings.iter().map(|w| view! { <li>{w.clone()}</li> }).collect_view()}
            </ul>
        }
    });
    let can_retry = m.can_retry;
    let button = on_refresh.map(|callback| {
        view! {
            <button
                type="button"
                class="sots-badge__action"
                data-part="refresh"
                disabled=!can_retry
                on:click=move |_| callback.run(())
            >
                {m.action_label}
            </button>
        }
    });
    view! {
        <div class="sots-badge__head">
            <span class="sots-badge__icon" aria-hidden="true">{m.icon}</span>
            <span
                class="sots-badge__state"
                data-part="state"
                tabindex="0"
                aria-describedby=desc_id.to_owned()
                title=m.description.clone()
            >
                {m.title.clone()}
            </span>
            <span class="sots-badge__health" data-part="health">{m.health_label}</span>
        </div>
        <p class="sots-badge__desc" id=desc_id.to_owned() role="tooltip" data-part="description">
            {m.description.clone()}
        </p>
        <p class="sots-badge__meta">
            <span data-part="context-id">{context_id.to_owned()}</span>
            {env}
            {version}
        </p>
        <p class="sots-badge__api" data-part="api">{m.api_line}</p>
        {problem}
        {stale}
        <p class="sots-badge__timing" data-part="timing">{move || timing.get()}</p>
        <ul class="sots-badge__links">{m.links.iter().cloned().map(link).collect_view()}</ul>
        {warnings}
        {button}
    }
}

/// "checked 2 min ago · next check 14:05:10" in the viewer's locale.
fn timing_text(checked_ago: Option<String>, next_check: Option<String>) -> String {
    let next = next_check.map(|time| format!("next check {time}"));
    match (checked_ago, next) {
        (Some(ago), Some(next)) => format!("{ago} · {next}"),
        (Some(ago), None) => ago,
        (None, Some(next)) => next,
        (None, None) => String::new(),
    }
}

/// An API URL: a link only when the core says it is safe, else plain text.
fn link(l: LinkModel) -> impl IntoView {
    let part = format!("link-{}", l.label.to_ascii_lowercase());
    let body = match l.href {
        Some(href) => view! {
            <a href=href rel="noopener noreferrer" target="_blank" data-part=part>{l.text}</a>
        }
        .into_any(),
        None => view! { <span class="sots-badge__url" data-part=part>{l.text}</span> }.into_any(),
    };
    view! { <li><span class="sots-badge__label">{l.label} ": "</span>{body}</li> }
}
