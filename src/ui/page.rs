//! `Page`: the static page. Its settings live in the query string, so any
//! view is a shareable link; the form submits with GET.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
use so_tenant_status_core::page::{first_answers_in, PageQuery};
use so_tenant_status_core::state_url;
use so_tenant_status_core::status::{reorder_moves, worst_first, TenantStatus};
use wasm_bindgen::JsCast;

use super::{ChangeTypeLegend, StateLegend, TenantBadge};
use crate::client::scheduler;
use crate::ui::markup::{keep_written, write_first, Writer};

/// The page: a form (environment, context ids, base URL), one badge per
/// tenant (worst health first), input problems, and the legends (open when
/// one tenant is shown, compact when several).
#[component]
pub fn Page(
    /// Settings read from the query string.
    query: PageQuery,
    /// Called once every tenant has its first answer (see
    /// [`first_answers_in`]): `startPage()` shows the page then, or after
    /// [`FIRST_PAINT_WAIT_MS`](so_tenant_status_core::page::FIRST_PAINT_WAIT_MS)
    /// at most.
    #[prop(optional)]
    on_first_answers: Option<Rc<dyn Fn()>>,
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
    let single = query.contexts.len() <= 1;
    let badges = tracked
        .iter()
        .map(|(ctx, _)| {
            view! { <TenantBadge context_id=ctx.clone() env=query.env.clone() base_url=query.base.clone() /> }
        })
        .collect_view();
    let statuses: Vec<ArcRwSignal<TenantStatus>> = tracked.into_iter().map(|(_, s)| s).collect();
    let mut writers = vec![worst_first_order(statuses.clone())];
    if let Some(ready) = on_first_answers {
        writers.push(tell_when_answered(statuses, ready));
    }
    let intro = Rc::new(query.intro_markup());

    view! {
        <main class="sots-page" use:write_first=intro>
            <section class="sots-grid" data-part="tenants" use:keep_written=writers>
                {badges}
            </section>
            <StateLegend open=single />
            <ChangeTypeLegend open=single />
        </main>
    }
}

/// Keeps the grid's badges (built once, in query order) ordered worst health
/// first, moving only the badges that must move.
fn worst_first_order(statuses: Vec<ArcRwSignal<TenantStatus>>) -> Writer {
    // The badges in query order, and their order in the DOM now.
    let placed: Rc<RefCell<(Vec<web_sys::Element>, Vec<usize>)>> = Rc::default();
    let arrange = move |grid: &web_sys::Element| {
        // Reads every status, so the effect runs again when one changes.
        let target = worst_first(
            statuses
                .iter()
                .enumerate()
                .map(|(i, s)| (s.read().severity_rank(), i))
                .collect(),
        );
        let mut placed = placed.borrow_mut();
        let (nodes, order) = &mut *placed;
        if nodes.len() != target.len() {
            // First sight of the badges: the grid is built with them in
            // query order.
            let children = grid.children();
            *nodes = (0..children.length())
                .filter_map(|i| children.item(i))
                .collect();
            *order = (0..nodes.len()).collect();
        }
        let Some(moves) = reorder_moves(order, &target) else {
            return; // not built yet
        };
        for (item, before) in moves {
            let before = before.and_then(|b| nodes.get(b));
            if let Some(node) = nodes.get(item) {
                let _ = grid.insert_before(node, before.map(|b| b.unchecked_ref()));
            }
        }
        *order = target;
    };
    let arrange = Rc::new(arrange);
    Writer(Rc::new(move |grid: &web_sys::Element| {
        arrange(grid);
        if grid.child_element_count() == 0 {
            // Directives run before the element's children are built: order
            // them once they are there.
            let (grid, again) = (grid.clone(), arrange.clone());
            wasm_bindgen_futures::spawn_local(async move { untrack(|| again(&grid)) });
        }
    }))
}

/// Calls `ready` once, when every tenant has its first answer. (Its first
/// run is part of building the view, so with no tenants to wait for it is
/// called before the view is mounted.)
fn tell_when_answered(statuses: Vec<ArcRwSignal<TenantStatus>>, ready: Rc<dyn Fn()>) -> Writer {
    let told = Cell::new(false);
    Writer(Rc::new(move |_| {
        // Once told, it reads no signal, so it never runs again.
        if !told.get() && first_answers_in(statuses.iter().map(|s| s.read())) {
            told.set(true);
            ready();
        }
    }))
}
