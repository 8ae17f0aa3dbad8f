//! Legend rows: every documented state and change type, as data for the
//! legend views and for the JS `legend()` export.

use serde::Serialize;

use crate::change_type::{ChangeType, ChangeTypeInfo};
use crate::health::Health;
use crate::i18n::Texts;
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
    pub description: String,
    /// What it means for a partner integration ([`crate::guidance`]).
    pub guidance: String,
}

impl StateInfo {
    /// "available" / "not available", as the legend's API column says it.
    pub fn api_text(&self, texts: &Texts) -> String {
        texts.get(if self.api_available {
            "legend-api-available"
        } else {
            "legend-api-unavailable"
        })
    }
}

/// All 11 documented states, in documented order.
pub fn state_rows(texts: &Texts) -> Vec<StateInfo> {
    State::DOCUMENTED
        .iter()
        .map(|s| StateInfo {
            code: s.code().unwrap_or_default(),
            name: s.canonical_name().unwrap_or_default(),
            health: s.health(),
            api_available: s.api_available(),
            description: s.description(texts),
            guidance: crate::guidance::guidance(s, None, texts),
        })
        .collect()
}

/// All 6 documented change types, in code order.
pub fn change_type_rows(texts: &Texts) -> Vec<ChangeTypeInfo> {
    ChangeType::DOCUMENTED.map(|c| c.info(texts)).to_vec()
}

/// Column headers of the state legend.
pub fn state_headers(texts: &Texts) -> [String; 6] {
    [
        "legend-state",
        "legend-code",
        "legend-health",
        "legend-api",
        "legend-meaning",
        "legend-guidance",
    ]
    .map(|key| texts.get(key))
}

/// Column headers of the change-type legend.
pub fn change_headers(texts: &Texts) -> [String; 5] {
    [
        "legend-code",
        "legend-change",
        "legend-what-happened",
        "legend-for-badge",
        "legend-for-integration",
    ]
    .map(|key| texts.get(key))
}

/// The JS API's `Legend`: `{ states: StateInfo[], changeTypes: ChangeTypeInfo[] }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Legend {
    /// Every documented state.
    pub states: Vec<StateInfo>,
    /// Every documented change type.
    pub change_types: Vec<ChangeTypeInfo>,
}

/// Both legends, in `texts`' language.
pub fn legend(texts: &Texts) -> Legend {
    Legend {
        states: state_rows(texts),
        change_types: change_type_rows(texts),
    }
}
