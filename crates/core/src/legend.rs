//! Legend rows: every documented state and change type, as data for views
//! and for the JS `legend()` export.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::change_type::ChangeType;
use crate::health::Health;
use crate::json_out::{array, ObjectWriter};
use crate::state::State;

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
        o.number("code", f64::from(self.code));
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
