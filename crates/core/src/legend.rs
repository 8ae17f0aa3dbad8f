//! Legend rows: every documented state and change type, as data for views
//! and for the JS `legend()` export.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::change_type::ChangeType;
use crate::health::Health;
use crate::json_out::{array, ObjectWriter};
use crate::markup::Element;
use crate::state::State;
use crate::text::{cat, int};

/// One row of the state legend.
#[derive(Debug, Clone, PartialEq)]
pub struct StateInfo {
    /// The documented number.
    pub code: u8,
    /// The canonical name.
    pub name: &'static str,
    /// Health of the state.
    pub health: Health,
    /// Whether the API can be called.
    pub api_available: bool,
    /// One sentence saying what it means.
    pub description: &'static str,
}

impl StateInfo {
    /// The `StateInfo` object of the JS API, as JSON.
    pub fn to_json(&self) -> String {
        let mut o = ObjectWriter::new();
        o.int("code", i64::from(self.code));
        o.string("name", self.name);
        o.string("health", self.health.as_str());
        o.bool("apiAvailable", self.api_available);
        o.string("description", self.description);
        o.finish()
    }
}

/// All 11 documented states, in documented order.
pub fn state_rows() -> Vec<StateInfo> {
    State::DOCUMENTED
        .iter()
        .map(|s| StateInfo {
            code: s.code().unwrap_or_default(),
            name: s.canonical_name().unwrap_or_default(),
            health: s.health(),
            api_available: s.api_available(),
            description: s.description(),
        })
        .collect()
}

/// All 6 documented change types, in code order.
pub fn change_type_rows() -> [ChangeType; 6] {
    ChangeType::DOCUMENTED
}

/// `{ states: StateInfo[], changeTypes: ChangeTypeInfo[] }` as JSON.
pub fn legend_json() -> String {
    let mut o = ObjectWriter::new();
    o.raw(
        "states",
        &array(state_rows().iter().map(StateInfo::to_json)),
    );
    o.raw(
        "changeTypes",
        &array(change_type_rows().into_iter().map(ChangeType::to_json)),
    );
    o.finish()
}

/// A legend's inside: `<summary>` and a table with one header row and a
/// row per item.
fn legend_markup(
    summary: &'static str,
    headers: &[&'static str],
    rows: Vec<Element>,
) -> Vec<Element> {
    let header = Element::new("tr").children(
        headers
            .iter()
            .map(|h| Element::new("th").attr("scope", "col").text(*h)),
    );
    vec![
        Element::new("summary")
            .class("sots-legend__summary")
            .text(summary),
        Element::new("table")
            .class("sots-legend__table")
            .child(Element::new("thead").child(header))
            .child(Element::new("tbody").children(rows)),
    ]
}

/// The inside of the state legend's `<details>`: a row per documented state
/// (`[data-state]`, `[data-health]`) with a health chip, code, health, API
/// availability and meaning.
pub fn state_legend_markup() -> Vec<Element> {
    let rows = state_rows()
        .into_iter()
        .map(|row| {
            let chip = Element::new("span")
                .class(cat(&["sots-chip sots-chip--", row.health.as_str()]))
                .child(
                    Element::new("span")
                        .attr("aria-hidden", "true")
                        .text(row.health.icon()),
                )
                .text(cat(&[" ", row.name]));
            let cells = [
                int(i64::from(row.code)),
                row.health.label().into(),
                if row.api_available {
                    "available"
                } else {
                    "not available"
                }
                .into(),
                row.description.into(),
            ];
            let mut tr = Element::new("tr")
                .attr("data-state", row.name)
                .attr("data-health", row.health.as_str())
                .child(Element::new("td").child(chip));
            for (i, text) in cells.into_iter().enumerate() {
                let td = Element::new("td");
                let td = if i == 0 {
                    td.class("sots-legend__code")
                } else {
                    td
                };
                tr = tr.child(td.text(text));
            }
            tr
        })
        .collect();
    legend_markup(
        "States",
        &["State", "Code", "Health", "API", "Meaning"],
        rows,
    )
}

/// The inside of the change-type legend's `<details>`: a row per change type
/// (`[data-change-type]`) with code, name, what happened, and what it means
/// for the badge and for an integration.
pub fn change_legend_markup() -> Vec<Element> {
    let rows = change_type_rows()
        .into_iter()
        .map(|c| {
            Element::new("tr")
                .attr("data-change-type", int(c.code()))
                .child(
                    Element::new("td")
                        .class("sots-legend__code")
                        .text(int(c.code())),
                )
                .child(Element::new("td").text(c.name()))
                .child(Element::new("td").text(c.description()))
                .child(Element::new("td").text(c.badge()))
                .child(Element::new("td").text(c.integration()))
        })
        .collect();
    legend_markup(
        "Change notifications",
        &[
            "Code",
            "Change",
            "What happened",
            "For the badge",
            "For an integration",
        ],
        rows,
    )
}
