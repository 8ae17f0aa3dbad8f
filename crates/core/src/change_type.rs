//! Change types of tenant change notifications.

use serde::Serialize;

/// What happened to a tenant, per a change notification's `ChangeType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChangeType {
    /// 0: upgraded to a new version.
    Upgrade,
    /// 1: restored from a backup.
    BackupRestored,
    /// 2: placed in suspension.
    Suspend,
    /// 3: resumed from another operation.
    Resume,
    /// 4: deleted.
    Delete,
    /// 5: moved to another public endpoint.
    Move,
    /// Any other integer, kept as sent.
    Unrecognised(i64),
}

/// The `ChangeTypeInfo` object of the JS API: everything said about one
/// change type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChangeTypeInfo {
    /// The numeric `ChangeType`.
    pub code: i64,
    /// The documented name (`"Move"`), or `"Unrecognised"`.
    pub name: &'static str,
    /// One sentence saying what happened.
    pub description: String,
    /// Whether the code is documented (0-5).
    pub recognised: bool,
    /// What the change means for a partner integration.
    pub integration: &'static str,
    /// What the change means for the status badge.
    pub badge: &'static str,
}

impl ChangeType {
    /// The six documented change types, in code order.
    pub const DOCUMENTED: [ChangeType; 6] = [
        ChangeType::Upgrade,
        ChangeType::BackupRestored,
        ChangeType::Suspend,
        ChangeType::Resume,
        ChangeType::Delete,
        ChangeType::Move,
    ];

    /// The change type with this code (unrecognised when undocumented).
    pub fn from_code(code: i64) -> ChangeType {
        ChangeType::DOCUMENTED
            .into_iter()
            .find(|c| c.code() == code)
            .unwrap_or(ChangeType::Unrecognised(code))
    }

    /// The documented change type with this name, ignoring ASCII case and
    /// surrounding white space.
    pub fn from_name(name: &str) -> Option<ChangeType> {
        ChangeType::DOCUMENTED
            .into_iter()
            .find(|c| c.name().eq_ignore_ascii_case(name.trim()))
    }

    /// The numeric code.
    pub fn code(self) -> i64 {
        match self {
            ChangeType::Upgrade => 0,
            ChangeType::BackupRestored => 1,
            ChangeType::Suspend => 2,
            ChangeType::Resume => 3,
            ChangeType::Delete => 4,
            ChangeType::Move => 5,
            ChangeType::Unrecognised(code) => code,
        }
    }

    /// Whether the code is documented.
    pub fn is_recognised(self) -> bool {
        !matches!(self, ChangeType::Unrecognised(_))
    }

    /// The documented name (`"Move"`), or `"Unrecognised"`.
    pub fn name(self) -> &'static str {
        match self {
            ChangeType::Upgrade => "Upgrade",
            ChangeType::BackupRestored => "BackupRestored",
            ChangeType::Suspend => "Suspend",
            ChangeType::Resume => "Resume",
            ChangeType::Delete => "Delete",
            ChangeType::Move => "Move",
            ChangeType::Unrecognised(_) => "Unrecognised",
        }
    }

    /// One sentence saying what happened.
    pub fn description(self) -> String {
        match self {
            ChangeType::Upgrade => "The installation was upgraded to a new version.".into(),
            ChangeType::BackupRestored => "The tenant was restored from a backup.".into(),
            ChangeType::Suspend => "The tenant was placed in suspension.".into(),
            ChangeType::Resume => "The tenant was resumed after another operation.".into(),
            ChangeType::Delete => "The tenant was deleted.".into(),
            ChangeType::Move => {
                "The tenant was moved to another public endpoint (see PublicEndpoint).".into()
            }
            ChangeType::Unrecognised(code) => {
                format!("Change type {code} is not documented by SuperOffice.")
            }
        }
    }

    /// What the change means for a partner integration.
    pub fn integration(self) -> &'static str {
        match self {
            ChangeType::Upgrade => "Re-read the version details from the Api document; features and schema may have changed.",
            ChangeType::BackupRestored => "Data may have gone back in time: re-synchronise anything you cached or copied from the tenant.",
            ChangeType::Suspend => "Stop calling the tenant's API and pause scheduled jobs; the customer may still be reactivated.",
            ChangeType::Resume => "Ask the state API again, then resume calls and scheduled jobs once it reports Running.",
            ChangeType::Delete => "Stop all calls for good and clean up stored credentials and data for this tenant.",
            ChangeType::Move => "Forget cached endpoints: ask the state API for the new Endpoint (calls to the old host answer 421).",
            ChangeType::Unrecognised(_) => "Ask the state API before calling the tenant; do not assume anything from this notification.",
        }
    }

    /// What the change means for the status badge.
    pub fn badge(self) -> &'static str {
        match self {
            ChangeType::Upgrade => "Usually preceded by OfflineMaintenance; the badge returns to OK when the upgrade is done.",
            ChangeType::BackupRestored => "The badge is unaffected once the tenant is Running again.",
            ChangeType::Suspend => "The badge turns Down (Suspended).",
            ChangeType::Resume => "The badge returns to OK (Running) at its next check.",
            ChangeType::Delete => "The badge turns Gone (Deleting, then Deleted).",
            ChangeType::Move => "The badge keeps its health; the Endpoint link changes at the next check.",
            ChangeType::Unrecognised(_) => "The badge shows whatever the state API reports.",
        }
    }

    /// Everything said about this change type (the JS API's `ChangeTypeInfo`).
    pub fn info(self) -> ChangeTypeInfo {
        ChangeTypeInfo {
            code: self.code(),
            name: self.name(),
            description: self.description(),
            recognised: self.is_recognised(),
            integration: self.integration(),
            badge: self.badge(),
        }
    }
}

/// As [`ChangeType::info`].
impl Serialize for ChangeType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.info().serialize(serializer)
    }
}

/// A JavaScript number as a change-type code: `Some` only for an integer
/// (within ±2^53), so `1.5`, `NaN` and `Infinity` are refused.
pub fn integer_code(value: f64) -> Option<i64> {
    const LIMIT: f64 = 9_007_199_254_740_992.0; // 2^53
    (value.is_finite() && value.fract() == 0.0 && value.abs() <= LIMIT).then_some(value as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for (i, c) in ChangeType::DOCUMENTED.into_iter().enumerate() {
            assert_eq!(c.code(), i as i64);
            assert_eq!(ChangeType::from_code(i as i64), c);
            assert_eq!(ChangeType::from_name(&c.name().to_lowercase()), Some(c));
        }
        assert_eq!(ChangeType::from_code(6), ChangeType::Unrecognised(6));
        assert_eq!(ChangeType::from_code(-1), ChangeType::Unrecognised(-1));
        assert_eq!(ChangeType::from_name("Teleport"), None);
    }

    #[test]
    fn only_integers_are_codes() {
        assert_eq!(integer_code(3.0), Some(3));
        assert_eq!(integer_code(-0.0), Some(0));
        assert_eq!(integer_code(1.5), None);
        assert_eq!(integer_code(f64::NAN), None);
        assert_eq!(integer_code(f64::INFINITY), None);
        assert_eq!(integer_code(1e300), None);
    }
}
