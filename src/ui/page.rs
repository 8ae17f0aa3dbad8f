//! `Page`: the static page. Its settings live in the query string, so any
//! view is a shareable link; the form submits with GET.

use std::rc::Rc;

use leptos::prelude::*;
use so_tenant_status_core::page::PageQuery;
use so_tenant_status_core::state_url;
use so_tenant_status_core::status::{worst_first, TenantStatus};

use super::{ChangeTypeLegend, StateLegend, TenantBadge};
use crate::client::scheduler;
use crate::ui::markup::write_first;

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
    let intro = Rc::new(query.intro_markup());

    view! {
        <main class="sots-page" use:write_first=intro>
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
