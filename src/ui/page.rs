//! `Page`: the static page. Its settings live in the query string, so any
//! view is a shareable link; the form submits with GET.

use leptos::prelude::*;
use so_tenant_status_core::page::PageQuery;
use so_tenant_status_core::state_url;
use so_tenant_status_core::status::{worst_first, TenantStatus};
use so_tenant_status_core::url::Env;

use super::{ChangeTypeLegend, StateLegend, TenantBadge};
use crate::client::scheduler;

/// The page: a form (environment, context ids, base URL), one badge per
/// tenant (worst health first), input problems, and the legends (open when
/// one tenant is shown, compact when several).
#[component]
pub fn Page(
    /// Settings read from the query string.
    query: PageQuery,
) -> impl IntoView {
    // The page's own subscriptions (shared with the badges, so they cost no
    // extra request) give it each tenant's status for ordering.
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
    let ordered = move || {
        worst_first(
            tracked
                .iter()
                .map(|(ctx, status)| (status.read().severity_rank(), ctx.clone()))
                .collect(),
        )
    };
    let single = query.contexts.len() <= 1;
    let env = query.env.clone();
    let base = query.base.clone();
    let selected = Env::parse(&query.env).ok();
    let options = Env::ALL
        .into_iter()
        .map(|e| view! { <option value=e.as_str() selected=Some(e) == selected>{e.label()}</option> })
        .collect_view();
    let count = query.contexts.len();

    view! {
        <main class="sots-page">
            <header class="sots-page__header">
                <h1>"SuperOffice tenant status"</h1>
                <p>"Whether each customer's SuperOffice Online tenant is usable right now, from its public state API."</p>
            </header>
            <form class="sots-form" method="get" data-part="form">
                <label>
                    "Environment"
                    <select name="env">{options}</select>
                </label>
                <label class="sots-form__wide">
                    "Context ids"
                    <input
                        name="context"
                        value=query.context_text.clone()
                        placeholder="Cust12345, Cust67890"
                        autocomplete="off"
                        spellcheck="false"
                    />
                </label>
                <label class="sots-form__wide">
                    "Base URL (optional: a proxy that forwards /api/state/…)"
                    <input name="base" value=query.base_text.clone() placeholder="https://portal.example.com/so/online" />
                </label>
                <button type="submit">"Check"</button>
            </form>
            {query.demo.then(|| view! {
                <p class="sots-page__note" data-part="demo-note">
                    "Demo: these tenants are served by the local mock state API, one per documented state plus every fault it can show."
                </p>
            })}
            {(!query.problems.is_empty()).then(|| view! {
                <ul class="sots-page__problems" data-part="input-errors" role="alert">
                    {query.problems.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view()}
                </ul>
            })}
            <p class="sots-page__count" data-part="count">
                {format!("{count} tenant{}", if count == 1 { "" } else { "s" })}
            </p>
            <section class="sots-grid" data-part="tenants">
                <For
                    each=ordered
                    key=|ctx| ctx.clone()
                    children=move |ctx| view! { <TenantBadge context_id=ctx env=env.clone() base_url=base.clone() /> }
                />
            </section>
            <StateLegend open=single />
            <ChangeTypeLegend open=single />
        </main>
    }
}
