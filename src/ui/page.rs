//! `Page`: the static page. Its settings live in the query string, so any
//! view is a shareable link; the form submits with GET.

use std::time::Duration;

use leptos::prelude::*;
use so_tenant_status_core::page::{first_answers_in, text, PageQuery, FIRST_PAINT_WAIT_MS};
use so_tenant_status_core::state_url;
use so_tenant_status_core::status::{worst_first, TenantStatus};
use so_tenant_status_core::Env;

use super::{ChangeTypeLegend, StateLegend, TenantBadge};
use crate::client::scheduler;

/// The page: a form (environment, context ids, base URL), input problems,
/// one badge per tenant (worst health first), and the legends (open when
/// one tenant is shown, compact when several).
///
/// The page shows itself once every tenant has its first answer (see
/// [`first_answers_in`]), or after [`FIRST_PAINT_WAIT_MS`] at most: answers
/// that come that quickly are on the first paint, already worst first, with
/// no loading badge flashing by.
#[component]
pub fn Page(
    /// Settings read from the query string.
    query: PageQuery,
) -> impl IntoView {
    // The page's own subscriptions start the checks at once (the badges,
    // built when the page shows, share them: no extra request) and give it
    // each tenant's status for ordering.
    let tracked: Vec<(String, ArcRwSignal<TenantStatus>)> = query
        .contexts
        .iter()
        .filter_map(|ctx| {
            let url = state_url(&query.env, ctx, query.base.as_deref()).ok()?;
            let sub = scheduler::subscribe(url);
            let id = sub.id;
            on_cleanup(move || scheduler::unsubscribe(id));
            Some((ctx.clone(), sub.status))
        })
        .collect();

    let shown = RwSignal::new(false);
    let statuses: Vec<ArcRwSignal<TenantStatus>> = tracked.iter().map(|(_, s)| s.clone()).collect();
    Effect::new(move |_| {
        if !shown.get_untracked() && first_answers_in(statuses.iter().map(|s| s.read())) {
            shown.set(true);
        }
    });
    set_timeout(
        move || shown.set(true),
        Duration::from_millis(FIRST_PAINT_WAIT_MS),
    );

    let order = Memo::new(move |_| {
        worst_first(
            tracked
                .iter()
                .map(|(ctx, status)| (status.read().severity_rank(), ctx.clone()))
                .collect(),
        )
    });
    let open = query.legends_open();
    let (env, base) = (query.env.clone(), query.base.clone());

    view! {
        <Show when=move || shown.get()>
            {
                let (env, base) = (env.clone(), base.clone());
                view! {
                    <main class="sots-page">
                        <PageIntro query=query.clone() />
                        <section class="sots-grid" data-part="tenants">
                            <For each=move || order.get() key=|ctx| ctx.clone() let:ctx>
                                <TenantBadge context_id=ctx env=env.clone() base_url=base.clone() />
                            </For>
                        </section>
                        <StateLegend open=open />
                        <ChangeTypeLegend open=open />
                    </main>
                }
            }
        </Show>
    }
}

/// Everything above the badges: heading, form, demo note, input problems
/// and the tenant count.
#[component]
fn PageIntro(
    /// Settings read from the query string.
    query: PageQuery,
) -> impl IntoView {
    let problems = (!query.problems.is_empty()).then(|| {
        view! {
            <ul class="sots-page__problems" data-part="input-errors" role="alert">
                {query.problems.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view()}
            </ul>
        }
    });
    let demo = query.demo.then(|| {
        view! { <p class="sots-page__note" data-part="demo-note">{text::DEMO_NOTE}</p> }
    });
    view! {
        <header class="sots-page__header">
            <h1>{text::TITLE}</h1>
            <p>{text::INTRO}</p>
        </header>
        <PageForm query=query.clone() />
        {demo}
        {problems}
        <p class="sots-page__count" data-part="count">{query.count_text()}</p>
    }
}

/// The settings form, refilled from the query; it submits with GET, so the
/// result is a shareable link.
#[component]
fn PageForm(
    /// Settings read from the query string.
    query: PageQuery,
) -> impl IntoView {
    let selected = Env::parse(&query.env).ok();
    let options = Env::ALL
        .map(|e| view! { <option value=e.as_str() selected=Some(e) == selected>{e.label()}</option> })
        .to_vec();
    view! {
        <form class="sots-form" method="get" data-part="form">
            <label>{text::ENV_LABEL} <select name="env">{options}</select></label>
            <label class="sots-form__wide">
                {text::CONTEXT_LABEL}
                <input
                    name="context"
                    value=query.context_text
                    placeholder=text::CONTEXT_PLACEHOLDER
                    autocomplete="off"
                    spellcheck="false"
                />
            </label>
            <label class="sots-form__wide">
                {text::BASE_LABEL}
                <input name="base" value=query.base_text placeholder=text::BASE_PLACEHOLDER />
            </label>
            <button type="submit">{text::SUBMIT}</button>
        </form>
    }
}
