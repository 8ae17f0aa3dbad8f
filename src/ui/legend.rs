//! The state legend and the change-type legend, rendered from the core's rows.

use leptos::prelude::*;
use so_tenant_status_core::legend::{change_type_rows, state_rows};

/// All 11 documented states with health, API availability and description.
/// A collapsible `<details>`; `[data-part=state-legend] [data-state=Name]`.
#[component]
pub fn StateLegend(
    /// Start expanded (pages showing one tenant) or compact (several).
    #[prop(optional)]
    open: bool,
) -> impl IntoView {
    let rows = state_rows()
        .into_iter()
        .map(|row| {
            view! {
                <tr data-state=row.name data-health=row.health.as_str()>
                    <td>
                        <span class=format!("sots-chip sots-chip--{}", row.health.as_str())>
                            <span aria-hidden="true">{row.health.icon()}</span>
                            " "
                            {row.name}
                        </span>
                    </td>
                    <td class="sots-legend__code">{row.code}</td>
                    <td>{row.health.label()}</td>
                    <td>{if row.api_available { "available" } else { "not available" }}</td>
                    <td>{row.description}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <details class="sots-legend" data-part="state-legend" open=open>
            <summary class="sots-legend__summary">"States"</summary>
            <table class="sots-legend__table">
                <thead>
                    <tr>
                        <th scope="col">"State"</th>
                        <th scope="col">"Code"</th>
                        <th scope="col">"Health"</th>
                        <th scope="col">"API"</th>
                        <th scope="col">"Meaning"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </details>
    }
}

/// All 6 change types (0-5) with what happened, what it means for the badge
/// and for an integration. `[data-part=change-legend] [data-change-type=N]`.
#[component]
pub fn ChangeTypeLegend(
    /// Start expanded (pages showing one tenant) or compact (several).
    #[prop(optional)]
    open: bool,
) -> impl IntoView {
    let rows = change_type_rows()
        .into_iter()
        .map(|c| {
            view! {
                <tr data-change-type=c.code()>
                    <td class="sots-legend__code">{c.code()}</td>
                    <td>{c.name()}</td>
                    <td>{c.description()}</td>
                    <td>{c.badge()}</td>
                    <td>{c.integration()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <details class="sots-legend" data-part="change-legend" open=open>
            <summary class="sots-legend__summary">"Change notifications"</summary>
            <table class="sots-legend__table">
                <thead>
                    <tr>
                        <th scope="col">"Code"</th>
                        <th scope="col">"Change"</th>
                        <th scope="col">"What happened"</th>
                        <th scope="col">"For the badge"</th>
                        <th scope="col">"For an integration"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </details>
    }
}
