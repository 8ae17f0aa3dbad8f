//! `TenantBadge`: one tenant's health at a glance, and its parts.

use std::sync::atomic::{AtomicU32, Ordering};

use leptos::prelude::*;
use so_tenant_status_core::badge::{
    moved_text, notified_text, timing_text, BadgeModel, LinkModel, ProblemModel,
};
use so_tenant_status_core::history::{notes, spans, summary, MaintenanceLabel, Note};
use so_tenant_status_core::maintenance::{Rhythm, SharedForecast, Window};
use so_tenant_status_core::options::Variant;
use so_tenant_status_core::state_url;
use so_tenant_status_core::status::{CheckError, TenantStatus};

use super::{watch, words};
use crate::client::clock::{local_time, locale_ready, now_ms, time_writer, writer_ready};
use crate::client::scheduler;

static NEXT_BADGE: AtomicU32 = AtomicU32::new(0);

thread_local! {
    /// The forecast line every badge and board of the page shows, worked
    /// out once a minute (per rhythm and words), not once per badge.
    static FORECAST: std::cell::RefCell<SharedForecast> = std::cell::RefCell::default();
}

/// The forecast at `now`, shared by every view that asks in the same minute
/// with the same rhythm and words. `None` until the locale's time
/// formatters are made (after the first paint, see [`writer_ready`]): the
/// line is not needed for the first answer, and making them (with the
/// relative-time formatter the forecast's "in 3 hours" needs) loads the
/// locale's data, 25-40 ms that the first badge would otherwise wait for.
/// The views that show it track [`locale_ready`].
fn forecast(
    rhythm: &Rhythm,
    now: i64,
    texts: &std::sync::Arc<so_tenant_status_core::i18n::Texts>,
) -> Option<(Window, String)> {
    if !writer_ready(texts.lang()) {
        return None;
    }
    let time = time_writer(texts.lang());
    let writer = locale_ready().get_untracked();
    FORECAST.with_borrow_mut(|shared| shared.forecast(rhythm, now, texts, (&time, writer)))
}

/// A tenant-health badge that checks the state API itself: state as text,
/// icon and colour; health; API availability; the state's description on
/// hover and keyboard focus; when it was checked and will be again; links to
/// `Endpoint` and `Api` when safe; a refresh button.
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
    /// The full card (default) or a one-line chip.
    #[prop(optional)]
    variant: Variant,
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
                error: Some(CheckError::InvalidInput(problem.message(&words()))),
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
    view! {
        <BadgeView
            status=status
            now=now
            context_id=context_id
            env=env
            on_refresh=Some(on_refresh)
            variant=variant
        />
    }
}

/// The badge for a given status; [`TenantBadge`] feeds it from the
/// scheduler, `mountStatic()` and tests feed it directly. What it says is
/// the core's [`BadgeModel`]; this view only places it.
///
/// The badge is a pure function of its model and is built again when the
/// model changes (a new state, a failure, turning stale), which is rare;
/// only the timing line follows the clock, in place. That keeps a badge to
/// a handful of reactive nodes, which matters with hundreds on a page.
#[component]
pub fn BadgeView(
    /// Everything known about the tenant's checks.
    status: ArcRwSignal<TenantStatus>,
    /// The clock ("checked … ago", staleness).
    now: ArcRwSignal<i64>,
    /// The tenant's context id.
    #[prop(into)]
    context_id: String,
    /// The environment name; empty: not shown.
    #[prop(into)]
    env: String,
    /// Called by the refresh / retry button; `None`: no button (static badges).
    on_refresh: Option<Callback<()>>,
    /// The `data-part` hook: `badge`, or `detail` for a board row's
    /// expansion (the row itself is that tenant's `badge`).
    #[prop(default = "badge")]
    part: &'static str,
    /// The full card (default) or a one-line chip ([`BadgeChip`]).
    #[prop(optional)]
    variant: Variant,
    /// A chip starts with the context id: on a board of chips, where no
    /// table row names the tenant.
    #[prop(optional)]
    named: bool,
    /// More of the card, after its guidance and history (a board's card
    /// and expanded row draw the tenant's timelines there).
    #[prop(optional)]
    extra: Option<ViewFn>,
) -> impl IntoView {
    let texts = words();
    let model = model_of(&status, &now);
    let desc_id = format!("sots-desc-{}", NEXT_BADGE.fetch_add(1, Ordering::Relaxed));
    move || {
        model.with(|m| {
            if variant == Variant::Chip {
                return view! {
                    <BadgeChip model=m.clone() context_id=context_id.clone() desc_id=desc_id.clone() part=part named=named />
                }
                .into_any();
            }
            view! {
                <article
                    class=m.class()
                    data-part=part
                    data-variant="card"
                    role="group"
                    aria-label=m.accessible_name(&context_id, &texts)
                    data-context-id=context_id.clone()
                    data-health=m.health_attr()
                    data-state=m.state_attr.clone()
                    data-check=m.check.as_str()
                    data-notified=m.notified_attr()
                >
                    <BadgeSummary
                        model=m.clone()
                        desc_id=desc_id.clone()
                        context_id=context_id.clone()
                        env=env.clone()
                    />
                    <BadgeNotes model=m.clone() />
                    <BadgeGuide status=status.clone() now=now.clone() />
                    {extra.as_ref().map(ViewFn::run)}
                    <BadgeTiming status=status.clone() now=now.clone() />
                    <BadgeLinks links=m.links.clone() />
                    {(!m.warnings.is_empty()).then(|| view! { <BadgeWarnings warnings=m.warnings.clone() /> })}
                    {on_refresh.map(|refresh| view! {
                        <RefreshButton label=m.action_label.clone() can_retry=m.can_retry on_refresh=refresh />
                    })}
                </article>
            }
            .into_any()
        })
    }
}

/// The chip: one line for a table cell or a dense list. Icon, state name
/// and health word (the card's head); the description, and why a check
/// failed, show on hover and keyboard focus of the state name. No links,
/// no button, no timing: a chip is refreshed by the scheduler like a card.
///
/// DOM hooks as the card's (`data-part=badge` or `detail`, `data-health`,
/// `data-state`, `data-check`), plus `data-variant="chip"`.
#[component]
fn BadgeChip(
    /// What the badge says.
    model: BadgeModel,
    /// The tenant's context id.
    context_id: String,
    /// The id of the description, for `aria-describedby`.
    desc_id: String,
    /// The `data-part` hook.
    part: &'static str,
    /// Start with the context id.
    named: bool,
) -> impl IntoView {
    let id = named.then(|| {
        view! { <span class="sots-badge__id" data-part="context-id">{context_id.clone()}</span> }
    });
    let label = model.accessible_name(&context_id, &words());
    let class = format!("{} sots-badge--chip", model.class());
    let (health, state, check, notified) = (
        model.health_attr(),
        model.state_attr.clone(),
        model.check.as_str(),
        model.notified_attr(),
    );
    view! {
        <div
            class=class
            data-part=part
            data-variant="chip"
            role="group"
            aria-label=label
            data-context-id=context_id
            data-health=health
            data-state=state
            data-check=check
            data-notified=notified
        >
            {id}
            <BadgeLead model=model desc_id=desc_id why=true />
        </div>
    }
}

/// A badge's model, built again only when the status changes or its check
/// status turns (stale): the clock changes every second, the model rarely.
pub fn model_of(status: &ArcRwSignal<TenantStatus>, now: &ArcRwSignal<i64>) -> Memo<BadgeModel> {
    let texts = words();
    let check = {
        let (status, now) = (status.clone(), now.clone());
        Memo::new(move |_| status.read().check_status(now.get()))
    };
    let status = status.clone();
    Memo::new(move |_| BadgeModel::with_check(&status.read(), check.get(), &texts))
}

/// Everything above the timing line: head, description, context id /
/// environment / version, API line, the failed check and the stale note.
#[component]
fn BadgeSummary(
    /// What the badge says.
    model: BadgeModel,
    /// The id of the description, for `aria-describedby`.
    desc_id: String,
    /// The tenant's context id.
    context_id: String,
    /// The environment; empty: not shown.
    env: String,
) -> impl IntoView {
    view! {
        <BadgeLead model=model.clone() desc_id=desc_id />
        <BadgeMeta context_id=context_id env=env version=model.version />
        <p class="sots-badge__api" data-part="api">{model.api_line}</p>
        {model.problem.map(|problem| view! { <BadgeProblem problem=problem /> })}
        {model.stale_note.map(|note| view! { <p class="sots-badge__stale" data-part="stale">{note}</p> })}
    }
}

/// The head and the state's description (shown on hover and focus of the
/// state name), shared by the card and the chip. With `why`, a failed
/// check's summary follows the description (the chip has no other place
/// for it).
#[component]
fn BadgeLead(
    /// What the badge says.
    model: BadgeModel,
    /// The id of the description, for `aria-describedby`.
    desc_id: String,
    /// Add why the check failed to the description.
    #[prop(optional)]
    why: bool,
) -> impl IntoView {
    let why = model.problem.filter(|_| why).map(|p| {
        view! { <span class="sots-badge__why" data-part="problem" data-error=p.kind>{p.summary}</span> }
    });
    view! {
        <BadgeHead
            icon=model.icon
            title=model.title
            description=model.description.clone()
            health_label=model.health_label
            desc_id=desc_id.clone()
        />
        <p class="sots-badge__desc" id=desc_id role="tooltip" data-part="description">
            {model.description}
            {why}
        </p>
    }
}

/// Icon, state name (focusable: its description shows on focus) and health.
#[component]
fn BadgeHead(
    /// A symbol that carries the health without colour.
    icon: &'static str,
    /// The state name, or what the check is doing.
    title: String,
    /// The state's description (also the `title` tooltip).
    description: String,
    /// The health label.
    health_label: String,
    /// The id of the description, for `aria-describedby`.
    desc_id: String,
) -> impl IntoView {
    view! {
        <div class="sots-badge__head">
            <span class="sots-badge__icon" aria-hidden="true">{icon}</span>
            <span
                class="sots-badge__state"
                data-part="state"
                tabindex="0"
                aria-describedby=desc_id
                title=description
            >
                {title}
            </span>
            <span class="sots-badge__health" data-part="health">{health_label}</span>
        </div>
    }
}

/// Context id, environment and version.
#[component]
fn BadgeMeta(
    /// The tenant's context id.
    context_id: String,
    /// The environment; empty: not shown.
    env: String,
    /// The tenant's `Version`, when known.
    version: Option<String>,
) -> impl IntoView {
    let env = (!env.is_empty()).then(|| view! { " · " <span data-part="env">{env}</span> });
    let version = version.map(|v| view! { " · " <span data-part="version">{v}</span> });
    view! {
        <p class="sots-badge__meta">
            <span data-part="context-id">{context_id}</span>
            {env}
            {version}
        </p>
    }
}

/// The failed check: what happened, with its kind as `data-error`.
#[component]
fn BadgeProblem(
    /// The failed check.
    problem: ProblemModel,
) -> impl IntoView {
    view! {
        <p class="sots-badge__problem" data-part="problem" data-error=problem.kind>
            {problem.message}
        </p>
    }
}

/// The notification waiting for its re-check ("Suspend notified at 10:42,
/// confirming…") and the latest move ("Moved from … to … at 10:42").
#[component]
pub fn BadgeNotes(
    /// What the badge says.
    model: BadgeModel,
) -> impl IntoView {
    let texts = words();
    let lang = texts.lang();
    let notified = model.notified.map(|n| {
        let text = notified_text(&n, &local_time(n.at_ms, lang).0, &texts);
        view! { <p class="sots-badge__notified" data-part="notified" data-change-type=n.change_type.name()>{text}</p> }
    });
    let moved = model.moved.map(|m| {
        let text = moved_text(&m, &local_time(m.at_ms, lang).0, &texts);
        view! { <p class="sots-badge__moved" data-part="moved">{text}</p> }
    });
    view! { {notified} {moved} }
}

/// What the state means for an integration, whether maintenance is
/// expected, notes on the tenant's recent history, the next maintenance
/// window, and the transitions themselves: all from the core
/// ([`guidance`](so_tenant_status_core::guidance),
/// [`history`](so_tenant_status_core::history),
/// [`maintenance`](so_tenant_status_core::maintenance)); this view writes
/// the times in the viewer's zone and places the lines. Drawn again when
/// the status changes and once a minute.
///
/// DOM hooks: `[data-part=guidance]`, `[data-part=maintenance]` with
/// `data-maintenance` (`expected` | `unscheduled`), `[data-part=notes]
/// [data-note]` (`incident` | `stuck`), `[data-part=forecast]` with
/// `data-window` (`patch` | `maintenance` | `upgrade`), and
/// `[data-part=history]` whose items carry `data-state`.
#[component]
pub fn BadgeGuide(
    /// The tenant's checks.
    status: ArcRwSignal<TenantStatus>,
    /// The clock.
    now: ArcRwSignal<i64>,
) -> impl IntoView {
    let texts = words();
    let settings = watch();
    let minute = Memo::new(move |_| now.get() / 60_000);
    let ready = locale_ready();
    move || {
        minute.track();
        ready.track();
        let now = now_ms();
        let lang = texts.lang();
        let time = time_writer(lang);
        let at = move |ms: i64| time(ms, now.saturating_sub(ms) > 20 * 3_600_000);
        status.with(|st| {
            let state = st.last.as_ref().map(|l| &l.state);
            let guidance = st.last.as_ref().map(|last| {
                let until = last.valid_until_ms.map(|ms| time(ms, false));
                let line = last.guidance(until.as_deref(), &texts);
                view! { <p class="sots-badge__guidance" data-part="guidance">{line}</p> }
            });
            let label = state
                .and_then(|s| MaintenanceLabel::of(s, now, &settings.rhythm))
                .map(|label| view! {
                    <p class="sots-badge__maintenance" data-part="maintenance" data-maintenance=label.as_str()>
                        {label.text(&texts)}
                    </p>
                });
            let notes: Vec<_> = notes(&st.history, now, &settings.rhythm, settings.stuck_after_ms)
                .into_iter()
                // The maintenance label above says "unscheduled" already.
                .filter(|n| *n != Note::Unscheduled)
                .map(|n| view! { <li data-note=n.as_str()>{n.text(&texts)}</li> })
                .collect();
            let notes = (!notes.is_empty())
                .then(|| view! { <ul class="sots-badge__notes" data-part="notes">{notes}</ul> });
            let forecast = forecast(&settings.rhythm, now, &texts).map(|(window, line)| {
                view! { <p class="sots-badge__forecast" data-part="forecast" data-window=window.kind.as_str()>{line}</p> }
            });
            let history = (!st.history.is_empty()).then(|| {
                let head = format!(
                    "{}: {}",
                    texts.get("history-heading"),
                    summary(&st.history, 2, &texts, &at)
                );
                let items = spans(&st.history)
                    .into_iter()
                    .map(|span| {
                        let (state, health) = (span.state.to_owned(), span.health.as_str());
                        view! { <li data-state=state data-health=health>{span.text(&texts, &at)}</li> }
                    })
                    .collect_view();
                view! {
                    <details class="sots-badge__history" data-part="history">
                        <summary>{head}</summary>
                        <ol>{items}</ol>
                    </details>
                }
            });
            view! { {guidance} {label} {notes} {forecast} {history} }
        })
    }
}

/// The board's forecast line: the next published maintenance window in
/// the viewer's zone and language ("Next window: Sat 20:00–06:00 (in 3
/// hours), Saturday maintenance window"), or the one in progress. Written
/// again every minute. `[data-part=forecast]` with `data-window`.
#[component]
pub fn Forecast() -> impl IntoView {
    let texts = words();
    let settings = watch();
    let minute = RwSignal::new(now_ms() / 60_000);
    let timer = set_interval_with_handle(
        move || minute.set(now_ms() / 60_000),
        std::time::Duration::from_secs(10),
    )
    .ok();
    on_cleanup(move || {
        if let Some(timer) = timer {
            timer.clear();
        }
    });
    let ready = locale_ready();
    move || {
        minute.track();
        ready.track();
        forecast(&settings.rhythm, now_ms(), &texts).map(|(window, line)| {
                view! { <p class="sots-forecast" data-part="forecast" data-window=window.kind.as_str()>{line}</p> }
            })
    }
}

/// "checked 2 min ago · next check 14:05:10": follows the clock without
/// touching the rest of the badge (keyboard focus in it survives).
#[component]
fn BadgeTiming(
    /// The tenant's checks.
    status: ArcRwSignal<TenantStatus>,
    /// The clock.
    now: ArcRwSignal<i64>,
) -> impl IntoView {
    let next_ms = {
        let status = status.clone();
        Memo::new(move |_| BadgeModel::next_check(&status.read()))
    };
    // Formatted when the next check moves, and once more when the locale's
    // formatter is ready (see `local_time`).
    let texts = words();
    let lang = texts.lang();
    let ready = locale_ready();
    let next_text = Memo::new(move |_| {
        ready.track();
        next_ms.get().map(|ms| local_time(ms, lang).0)
    });
    let text = move || {
        let ago = status.with(|s| BadgeModel::checked_ago(s, now.get(), &texts));
        timing_text(ago, next_text.get(), &texts)
    };
    view! { <p class="sots-badge__timing" data-part="timing">{text}</p> }
}

/// `Endpoint` and `Api`: links when safe, text otherwise.
#[component]
fn BadgeLinks(
    /// The URLs of the last answer.
    links: Vec<LinkModel>,
) -> impl IntoView {
    view! {
        <ul class="sots-badge__links">
            {links.into_iter().map(|link| view! { <BadgeLink link=link /> }).collect_view()}
        </ul>
    }
}

/// One URL from the API. Only a URL the core calls safe gets an `href`.
#[component]
fn BadgeLink(
    /// The URL and whether it may be a link.
    link: LinkModel,
) -> impl IntoView {
    let url = match link.href {
        Some(href) => view! {
            <a href=href rel="noopener noreferrer" target="_blank" data-part=link.part>{link.text}</a>
        }
        .into_any(),
        None => view! { <span class="sots-badge__url" data-part=link.part>{link.text}</span> }.into_any(),
    };
    view! {
        <li>
            <span class="sots-badge__label">{link.label} ": "</span>
            {url}
        </li>
    }
}

/// Decoder warnings about the last answer.
#[component]
fn BadgeWarnings(
    /// The warnings, each naming its field.
    warnings: Vec<String>,
) -> impl IntoView {
    view! {
        <ul class="sots-badge__warnings" data-part="warnings">
            {warnings.into_iter().map(|warning| view! { <li>{warning}</li> }).collect_view()}
        </ul>
    }
}

/// "Refresh", or "Retry" after a failure; disabled when retrying cannot
/// help (invalid input).
#[component]
fn RefreshButton(
    /// "Refresh" or "Retry".
    label: String,
    /// Whether retrying can help.
    can_retry: bool,
    /// What the button does.
    on_refresh: Callback<()>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="sots-badge__action"
            data-part="refresh"
            disabled=!can_retry
            on:click=move |_| on_refresh.run(())
        >
            {label}
        </button>
    }
}
