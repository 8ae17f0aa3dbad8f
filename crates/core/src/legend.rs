//! Legend rows: every documented state and change type, as data for the
//! legend views and for the JS `legend()` export.

use serde::Serialize;

use crate::change_type::{ChangeType, ChangeTypeInfo};
use crate::health::Health;
use crate::state::State;

/// One row of the state legend (the JS API's `StateInfo`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
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
    /// "available" / "not available", as the legend's API column says it.
    pub fn api_text(&self) -> &'static str {
        if self.api_available {
            "available"
        } else {
            "not available"
        }
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
pub fn change_type_rows() -> Vec<ChangeTypeInfo> {
    ChangeType::DOCUMENTED.map(ChangeType::info).to_vec()
}

/// Column headers of the state legend.
pub const STATE_HEADERS: [&str; 5] = ["State", "Code", "Health", "API", "Meaning"];

/// Column headers of the change-type legend.
pub const CHANGE_HEADERS: [&str; 5] = [
    "Code",
    "Change",
    "What happened",
    "For the badge",
    "For an integration",
];

/// The JS API's `Legend`: `{ states: StateInfo[], changeTypes: ChangeTypeInfo[] }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Legend {
    /// Every documented state.
    pub states: Vec<StateInfo>,
    /// Every documented change type.
    pub change_types: Vec<ChangeTypeInfo>,
}

/// Both legends.
pub fn legend() -> Legend {
    Legend {
        states: state_rows(),
        change_types: change_type_rows(),
    }
}
