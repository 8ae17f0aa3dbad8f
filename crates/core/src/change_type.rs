//! Change types of tenant change notifications.

use serde::Serialize;

use crate::i18n::Texts;

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
    pub integration: String,
    /// What the change means for the status badge.
    pub badge: String,
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

    /// The key of its messages in `locales/*.ftl`: `change-move` (what
    /// happened), `change-move-badge`, `change-move-integration`.
    fn message_key(self) -> &'static str {
        match self {
            ChangeType::Upgrade => "change-upgrade",
            ChangeType::BackupRestored => "change-backup-restored",
            ChangeType::Suspend => "change-suspend",
            ChangeType::Resume => "change-resume",
            ChangeType::Delete => "change-delete",
            ChangeType::Move => "change-move",
            ChangeType::Unrecognised(_) => "change-unrecognised",
        }
    }

    /// One of its messages, the code filled in for an unrecognised one.
    fn text(self, texts: &Texts, suffix: &str) -> String {
        let key = format!("{}{suffix}", self.message_key());
        texts.with(&key, &[("code", &self.code().to_string())])
    }

    /// One sentence saying what happened.
    pub fn description(self, texts: &Texts) -> String {
        self.text(texts, "")
    }

    /// What the change means for a partner integration.
    pub fn integration(self, texts: &Texts) -> String {
        self.text(texts, "-integration")
    }

    /// What the change means for the status badge.
    pub fn badge(self, texts: &Texts) -> String {
        self.text(texts, "-badge")
    }

    /// How a sentence names it: the documented name (`Move`), or "Change
    /// type 17" in the widget's language.
    pub fn display_name(self, texts: &Texts) -> String {
        match self {
            ChangeType::Unrecognised(_) => self.text(texts, "-name"),
            known => known.name().to_owned(),
        }
    }

    /// Everything said about this change type (the JS API's
    /// `ChangeTypeInfo`), in `texts`' language.
    pub fn info(self, texts: &Texts) -> ChangeTypeInfo {
        ChangeTypeInfo {
            code: self.code(),
            name: self.name(),
            description: self.description(texts),
            recognised: self.is_recognised(),
            integration: self.integration(texts),
            badge: self.badge(texts),
        }
    }
}

/// As [`ChangeType::info`], in English.
impl Serialize for ChangeType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.info(Texts::english()).serialize(serializer)
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
