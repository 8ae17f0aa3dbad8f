//! `Widget`: what `mount()` and `<so-tenant-status>` render.

use leptos::prelude::*;

use super::{ChangeTypeLegend, StateLegend, TenantBadge};

/// One tenant's badge, optionally with the (collapsed) legends below it.
#[component]
pub fn Widget(
    /// The tenant's context id.
    #[prop(into)]
    context_id: String,
    /// The environment (`sod`, `qaonline`, `online`).
    #[prop(into)]
    env: String,
    /// A base URL replacing `https://{env}.superoffice.com`.
    #[prop(default = None)]
    base_url: Option<String>,
    /// Show the state and change-type legends (collapsed) under the badge.
    #[prop(optional)]
    legends: bool,
) -> impl IntoView {
    view! {
        <div class="sots-widget" data-part="widget">
            <TenantBadge context_id=context_id env=env base_url=base_url />
            {legends.then(|| view! { <StateLegend /> <ChangeTypeLegend /> })}
        </div>
    }
}
