//! The state legend and the change-type legend: a `<details>` view whose
//! inside is the core's legend markup.

use std::rc::Rc;

use leptos::prelude::*;
use so_tenant_status_core::legend::{change_legend_markup, state_legend_markup};
use so_tenant_status_core::markup::Element;

use super::markup::{keep_written, replace_children, Writer, NO_CHILDREN};

/// Writes `content` into the `<details>` when it is built.
fn filler(content: fn() -> Vec<Element>) -> Writer {
    // The core's markup is always valid for the DOM.
    Writer(Rc::new(move |details| {
        let _ = replace_children(details, &content());
    }))
}

/// All 11 documented states with health, API availability and description.
/// A collapsible `<details>`; `[data-part=state-legend] [data-state=Name]`.
#[component]
pub fn StateLegend(
    /// Start expanded (pages showing one tenant) or compact (several).
    #[prop(optional)]
    open: bool,
) -> impl IntoView {
    let fill = filler(state_legend_markup);
    view! { <details class="sots-legend" data-part="state-legend" open=open use:keep_written=vec![fill]>{NO_CHILDREN}</details> }
}

/// All 6 change types (0-5) with what happened, what it means for the badge
/// and for an integration. `[data-part=change-legend] [data-change-type=N]`.
#[component]
pub fn ChangeTypeLegend(
    /// Start expanded (pages showing one tenant) or compact (several).
    #[prop(optional)]
    open: bool,
) -> impl IntoView {
    let fill = filler(change_legend_markup);
    view! { <details class="sots-legend" data-part="change-legend" open=open use:keep_written=vec![fill]>{NO_CHILDREN}</details> }
}
