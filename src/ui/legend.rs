//! The state legend and the change-type legend: collapsible `<details>`
//! with one table row per documented state or change type (rows from the
//! core's [`legend`](so_tenant_status_core::legend)).

use leptos::prelude::*;
use so_tenant_status_core::legend::{
    change_headers, change_type_rows, state_headers, state_rows, StateInfo,
};
use so_tenant_status_core::ChangeTypeInfo;

use super::words;

/// A legend's frame: `<details>`, its summary, and a table with headers.
#[component]
fn LegendTable(
    /// The `data-part` hook.
    part: &'static str,
    /// Start expanded.
    open: bool,
    /// The summary text.
    summary: String,
    /// Column headers.
    headers: Vec<String>,
    /// The rows.
    children: Children,
) -> impl IntoView {
    view! {
        <details class="sots-legend" data-part=part open=open>
            <summary class="sots-legend__summary">{summary}</summary>
            <table class="sots-legend__table">
                <thead>
                    <tr>{headers.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </details>
    }
}

/// All 11 documented states with health, API availability, description
/// and what each means for an integration.
/// `[data-part=state-legend] [data-state=Name]`.
#[component]
pub fn StateLegend(
    /// Start expanded (pages showing one tenant) or compact (several).
    #[prop(optional)]
    open: bool,
) -> impl IntoView {
    let texts = words();
    view! {
        <LegendTable part="state-legend" open=open summary=texts.get("legend-states") headers=state_headers(&texts).to_vec()>
            {state_rows(&texts).into_iter().map(|row| view! { <StateRow row=row /> }).collect_view()}
        </LegendTable>
    }
}

/// One documented state: a health chip (icon and name), code, health, API
/// availability and meaning.
#[component]
fn StateRow(
    /// The state's legend row.
    row: StateInfo,
) -> impl IntoView {
    let health = row.health;
    let texts = words();
    view! {
        <tr data-state=row.name data-health=health.as_str()>
            <td>
                <span class=format!("sots-chip sots-chip--{}", health.as_str())>
                    <span aria-hidden="true">{health.icon()}</span>
                    {format!(" {}", row.name)}
                </span>
            </td>
            <td class="sots-legend__code">{row.code}</td>
            <td>{health.label(&texts)}</td>
            <td>{row.api_text(&texts)}</td>
            <td>{row.description}</td>
            <td data-part="guidance">{row.guidance}</td>
        </tr>
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
    let texts = words();
    view! {
        <LegendTable part="change-legend" open=open summary=texts.get("legend-changes") headers=change_headers(&texts).to_vec()>
            {change_type_rows(&texts).into_iter().map(|info| view! { <ChangeTypeRow info=info /> }).collect_view()}
        </LegendTable>
    }
}

/// One change type: code, name, what happened, for the badge, for an
/// integration.
#[component]
fn ChangeTypeRow(
    /// The change type's description.
    info: ChangeTypeInfo,
) -> impl IntoView {
    view! {
        <tr data-change-type=info.code>
            <td class="sots-legend__code">{info.code}</td>
            <td>{info.name}</td>
            <td>{info.description}</td>
            <td>{info.badge}</td>
            <td>{info.integration}</td>
        </tr>
    }
}
