//! How usable a tenant is, derived from its state.

use crate::i18n::Texts;

/// How usable a tenant is right now, coarser than its state.
///
/// The order of the variants is the order of severity (`Ok` least severe), so
/// sorting by `Health` puts the healthiest first and `Ord::cmp(..).reverse()`
/// the worst first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Health {
    /// Running: the API can be called.
    Ok,
    /// Online or offline maintenance: usually back within minutes.
    Maintenance,
    /// Provisioning or migration pending: not ready yet.
    Pending,
    /// Unknown or unrecognised state: no claim can be made.
    Unknown,
    /// Suspended or provisioning failed: not usable until someone acts.
    Down,
    /// Deleting, deleted or delete failed: the tenant is going or gone.
    Gone,
}

impl Health {
    /// Every health, least severe first.
    pub const ALL: [Health; 6] = [
        Health::Ok,
        Health::Maintenance,
        Health::Pending,
        Health::Unknown,
        Health::Down,
        Health::Gone,
    ];

    /// Kebab-case name used in JSON, CSS classes and `data-health`.
    pub fn as_str(self) -> &'static str {
        match self {
            Health::Ok => "ok",
            Health::Maintenance => "maintenance",
            Health::Pending => "pending",
            Health::Unknown => "unknown",
            Health::Down => "down",
            Health::Gone => "gone",
        }
    }

    /// A short label in the widget's language: "OK", "Down", "Nede".
    pub fn label(self, texts: &Texts) -> String {
        texts.get(&format!("health-{}", self.as_str()))
    }

    /// The word inside a sentence ("Cust1004: Suspended, down").
    pub fn word(self, texts: &Texts) -> String {
        texts.get(&format!("health-word-{}", self.as_str()))
    }

    /// A text symbol that carries the health without colour.
    pub fn icon(self) -> &'static str {
        match self {
            Health::Ok => "✓",
            Health::Maintenance => "⚙",
            Health::Pending => "…",
            Health::Unknown => "?",
            Health::Down => "✕",
            Health::Gone => "⊘",
        }
    }

    /// Parses [`Health::as_str`] back.
    pub fn from_name(name: &str) -> Option<Health> {
        Health::ALL.into_iter().find(|h| h.as_str() == name)
    }
}

/// As [`Health::as_str`]: `"ok"`, `"down"`, ...
impl serde::Serialize for Health {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Reads [`Health::as_str`] back (stored history); any other text is an error.
impl<'de> serde::Deserialize<'de> for Health {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Health::from_name(&name)
            .ok_or_else(|| serde::de::Error::custom(format!("not a health: {name:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severity_order_puts_gone_last() {
        let mut all = Health::ALL;
        all.reverse();
        all.sort();
        assert_eq!(all, Health::ALL);
        assert!(Health::Gone > Health::Down && Health::Down > Health::Unknown);
    }

    #[test]
    fn names_round_trip() {
        for h in Health::ALL {
            assert_eq!(Health::from_name(h.as_str()), Some(h));
        }
        assert_eq!(Health::from_name("nope"), None);
    }
}
