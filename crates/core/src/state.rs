//! The state API answer: `GET https://{env}.superoffice.com/api/state/{ctx}`.
//!
//! [`StatePayload`] is the answer as sent (derived `Deserialize`, lenient
//! members); [`decode_state`] reads it with `serde_json` and checks it into a
//! [`TenantState`], whose `Serialize` form is the JS API's `TenantState`.

use serde::{Deserialize, Serialize};

use crate::error::{quoted, DecodeError};
use crate::field::{exact_integer, read_object, Field, NameOrNumber};
use crate::health::Health;
use crate::i18n::Texts;
use crate::time::{self, EpochMs};

/// A tenant state as documented by SuperOffice, or an unrecognised raw value.
#[derive(Debug, Clone, PartialEq)]
pub enum State {
    /// 0: tenant unknown or environment trouble.
    Unknown,
    /// 1: being created.
    Provisioning,
    /// 2: all good.
    Running,
    /// 3: gone for good.
    Deleted,
    /// 4: in termination; can still be reactivated.
    Suspended,
    /// 5: background tasks; normal operation continues.
    OnlineMaintenance,
    /// 6: offline for maintenance, typically an upgrade.
    OfflineMaintenance,
    /// 8: provisioning failed.
    ProvisioningFailed,
    /// 10: deletion in progress.
    Deleting,
    /// 11: deletion failed; will be retried.
    DeleteFailed,
    /// 12: migration to Online not finished.
    MigrationPending,
    /// A name or number outside the documented table, kept as sent.
    Unrecognised(RawState),
}

/// The raw value of an unrecognised state.
#[derive(Debug, Clone, PartialEq)]
pub enum RawState {
    /// A name that is not in the table (as sent).
    Name(String),
    /// A number that is not in the table, as read (exactly as JavaScript's
    /// `JSON.parse` reads it).
    Number(serde_json::Number),
}

impl State {
    /// The eleven documented states, in documented order.
    pub const DOCUMENTED: [State; 11] = [
        State::Unknown,
        State::Provisioning,
        State::Running,
        State::Deleted,
        State::Suspended,
        State::OnlineMaintenance,
        State::OfflineMaintenance,
        State::ProvisioningFailed,
        State::Deleting,
        State::DeleteFailed,
        State::MigrationPending,
    ];

    /// The documented number; `None` when unrecognised.
    pub fn code(&self) -> Option<u8> {
        Some(match self {
            State::Unknown => 0,
            State::Provisioning => 1,
            State::Running => 2,
            State::Deleted => 3,
            State::Suspended => 4,
            State::OnlineMaintenance => 5,
            State::OfflineMaintenance => 6,
            State::ProvisioningFailed => 8,
            State::Deleting => 10,
            State::DeleteFailed => 11,
            State::MigrationPending => 12,
            State::Unrecognised(_) => return None,
        })
    }

    /// The canonical name (`"Running"`); `None` when unrecognised.
    pub fn canonical_name(&self) -> Option<&'static str> {
        Some(match self {
            State::Unknown => "Unknown",
            State::Provisioning => "Provisioning",
            State::Running => "Running",
            State::Deleted => "Deleted",
            State::Suspended => "Suspended",
            State::OnlineMaintenance => "OnlineMaintenance",
            State::OfflineMaintenance => "OfflineMaintenance",
            State::ProvisioningFailed => "ProvisioningFailed",
            State::Deleting => "Deleting",
            State::DeleteFailed => "DeleteFailed",
            State::MigrationPending => "MigrationPending",
            State::Unrecognised(_) => return None,
        })
    }

    /// The canonical name, or the raw value as text when unrecognised.
    pub fn name(&self) -> String {
        match self {
            State::Unrecognised(RawState::Name(raw)) => raw.clone(),
            State::Unrecognised(RawState::Number(n)) => n.to_string(),
            documented => documented.canonical_name().unwrap_or_default().to_owned(),
        }
    }

    /// The state number: documented, or the raw number when unrecognised but
    /// numeric; `None` for an unrecognised name.
    pub fn number(&self) -> Option<f64> {
        match self {
            State::Unrecognised(RawState::Number(n)) => n.as_f64(),
            State::Unrecognised(RawState::Name(_)) => None,
            documented => documented.code().map(f64::from),
        }
    }

    /// Whether the value is in the documented table.
    pub fn is_recognised(&self) -> bool {
        !matches!(self, State::Unrecognised(_))
    }

    /// The documented state with this number.
    pub fn from_code(code: i64) -> State {
        State::DOCUMENTED
            .into_iter()
            .find(|s| s.code().map(i64::from) == Some(code))
            .unwrap_or_else(|| State::Unrecognised(RawState::Number(code.into())))
    }

    /// The documented state with this JSON number (`2`, `2.0` and `2e0` are
    /// all Running); any other number is kept as read.
    pub fn from_number(number: &serde_json::Number) -> State {
        match exact_integer(number).map(State::from_code) {
            Some(state) if state.is_recognised() => state,
            _ => State::Unrecognised(RawState::Number(number.clone())),
        }
    }

    /// The documented state with this name (ASCII case ignored, surrounding
    /// white space ignored); a name made of digits is read as the number.
    pub fn from_name(name: &str) -> State {
        let trimmed = name.trim();
        if !trimmed.is_empty() && trimmed.bytes().all(|b| b.is_ascii_digit()) {
            if let Ok(n) = trimmed.parse::<u32>() {
                let state = State::from_code(i64::from(n));
                if state.is_recognised() {
                    return state;
                }
            }
        }
        State::DOCUMENTED
            .into_iter()
            .find(|s| {
                s.canonical_name()
                    .is_some_and(|c| c.eq_ignore_ascii_case(trimmed))
            })
            .unwrap_or_else(|| State::Unrecognised(RawState::Name(name.to_owned())))
    }

    /// Health per the documented table; unrecognised states are `Unknown`.
    pub fn health(&self) -> Health {
        match self {
            State::Running => Health::Ok,
            State::OnlineMaintenance | State::OfflineMaintenance => Health::Maintenance,
            State::Provisioning | State::MigrationPending => Health::Pending,
            State::Suspended | State::ProvisioningFailed => Health::Down,
            State::Deleting | State::Deleted | State::DeleteFailed => Health::Gone,
            State::Unknown | State::Unrecognised(_) => Health::Unknown,
        }
    }

    /// Whether the tenant API can be called in this state (documented table:
    /// only Running and OnlineMaintenance).
    pub fn api_available(&self) -> bool {
        matches!(self, State::Running | State::OnlineMaintenance)
    }

    /// One sentence saying what the state means, in the widget's language.
    pub fn description(&self, texts: &Texts) -> String {
        let key = match self {
            State::Unknown => "state-unknown",
            State::Provisioning => "state-provisioning",
            State::Running => "state-running",
            State::Deleted => "state-deleted",
            State::Suspended => "state-suspended",
            State::OnlineMaintenance => "state-online-maintenance",
            State::OfflineMaintenance => "state-offline-maintenance",
            State::ProvisioningFailed => "state-provisioning-failed",
            State::Deleting => "state-deleting",
            State::DeleteFailed => "state-delete-failed",
            State::MigrationPending => "state-migration-pending",
            State::Unrecognised(_) => "state-unrecognised",
        };
        texts.get(key)
    }
}

/// A decoded state API answer.
#[derive(Debug, Clone, PartialEq)]
pub struct TenantState {
    /// `ContextIdentifier`, e.g. `Cust12345`.
    pub context_identifier: String,
    /// `Endpoint`: root of the tenant installation (changes routinely).
    pub endpoint: Option<String>,
    /// `Api`: tenant API root.
    pub api: Option<String>,
    /// `State`.
    pub state: State,
    /// `IsRunning` as reported; `None` when absent or not a boolean.
    pub is_running: Option<bool>,
    /// `ValidUntil` in epoch milliseconds (UTC).
    pub valid_until_ms: Option<EpochMs>,
    /// `Version`, e.g. `Release_11.10_2026.02.24-02`.
    pub version: Option<String>,
    /// Human-readable notes about fields that were present but unusable.
    pub warnings: Vec<String>,
}

impl TenantState {
    /// Health of the tenant's state.
    pub fn health(&self) -> Health {
        self.state.health()
    }

    /// Whether the API can be called (from the state, not from `IsRunning`).
    pub fn api_available(&self) -> bool {
        self.state.api_available()
    }

    /// `ValidUntil` as ISO 8601 UTC with three fractional digits.
    pub fn valid_until_iso(&self) -> Option<String> {
        self.valid_until_ms.and_then(time::format_iso_ms)
    }

    /// What the state means for a partner integration, in `texts`'
    /// language; a pause names `until` (the `ValidUntil` time as the
    /// reader sees it), by default `ValidUntil` in UTC to the minute.
    pub fn guidance(&self, until: Option<&str>, texts: &Texts) -> String {
        let utc = self.valid_until_ms.and_then(crate::guidance::until_utc);
        crate::guidance::guidance(&self.state, until.or(utc.as_deref()), texts)
    }

    /// Whether `ValidUntil` has passed at `now_ms` (no `ValidUntil`: never).
    pub fn is_expired(&self, now_ms: EpochMs) -> bool {
        self.valid_until_ms.is_some_and(|until| now_ms >= until)
    }
}

/// The JS API's `TenantState` (see the `.d.ts`): the answer's fields plus
/// what the core derives from them.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct TenantStateOut<'a> {
    context_identifier: &'a str,
    endpoint: Option<&'a str>,
    api: Option<&'a str>,
    state: String,
    /// The documented number, or the unrecognised number as read.
    state_code: Option<serde_json::Number>,
    recognised: bool,
    is_running: bool,
    api_available: bool,
    health: Health,
    description: String,
    guidance: String,
    valid_until: Option<String>,
    valid_until_ms: Option<EpochMs>,
    version: Option<&'a str>,
    warnings: &'a [String],
}

/// As [`TenantState::serialize_in`] in English.
impl Serialize for TenantState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.serialize_in(Texts::english(), serializer)
    }
}

/// A [`TenantState`] that serializes with its `description` in a
/// language: `TenantStateIn(&state, &texts)`.
pub struct TenantStateIn<'a>(pub &'a TenantState, pub &'a Texts);

impl Serialize for TenantStateIn<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_in(self.1, serializer)
    }
}

impl TenantState {
    /// The JS API's `TenantState`, its `description` in `texts`' language.
    ///
    /// # Errors
    /// The serializer's.
    pub fn serialize_in<S: serde::Serializer>(
        &self,
        texts: &Texts,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        TenantStateOut {
            context_identifier: &self.context_identifier,
            endpoint: self.endpoint.as_deref(),
            api: self.api.as_deref(),
            state: self.state.name(),
            state_code: match &self.state {
                State::Unrecognised(RawState::Number(n)) => Some(n.clone()),
                state => state.code().map(Into::into),
            },
            recognised: self.state.is_recognised(),
            is_running: self.is_running.unwrap_or(false),
            api_available: self.api_available(),
            health: self.health(),
            description: self.state.description(texts),
            guidance: self.guidance(None, texts),
            valid_until: self.valid_until_iso(),
            valid_until_ms: self.valid_until_ms,
            version: self.version.as_deref(),
            warnings: &self.warnings,
        }
        .serialize(serializer)
    }
}

/// The state API answer as sent: every member read leniently (see
/// [`Field`]), PascalCase as documented or camelCase; unknown members are
/// ignored. [`StatePayload::check`] turns it into a [`TenantState`].
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct StatePayload {
    /// `ContextIdentifier`.
    #[serde(rename = "ContextIdentifier", alias = "contextIdentifier")]
    pub context_identifier: Field<String>,
    /// `Endpoint`.
    #[serde(rename = "Endpoint", alias = "endpoint")]
    pub endpoint: Field<String>,
    /// `State`: a name or a number.
    #[serde(rename = "State", alias = "state")]
    pub state: Field<NameOrNumber>,
    /// `IsRunning`.
    #[serde(rename = "IsRunning", alias = "isRunning")]
    pub is_running: Field<bool>,
    /// `ValidUntil`.
    #[serde(rename = "ValidUntil", alias = "validUntil")]
    pub valid_until: Field<String>,
    /// `Api`.
    #[serde(rename = "Api", alias = "api")]
    pub api: Field<String>,
    /// `Version`.
    #[serde(rename = "Version", alias = "version")]
    pub version: Field<String>,
}

impl StatePayload {
    /// Checks the answer: required members must be usable, optional ones
    /// that are not become `None` plus a warning naming them.
    ///
    /// # Errors
    /// [`DecodeError`] when `ContextIdentifier` or `State` is missing or of
    /// the wrong type.
    pub fn check(self) -> Result<TenantState, DecodeError> {
        let context_identifier = self
            .context_identifier
            .required("ContextIdentifier", "a string")?;
        let state = match self.state.required("State", "a name or a number")? {
            NameOrNumber::Name(name) => State::from_name(&name),
            NameOrNumber::Number(n) => State::from_number(&n),
        };
        let mut warnings = Vec::new();
        let endpoint = optional_url(self.endpoint, "Endpoint", &mut warnings);
        let api = optional_url(self.api, "Api", &mut warnings);
        let version = self.version.optional("Version", "a string", &mut warnings);
        let is_running = self
            .is_running
            .optional("IsRunning", "a boolean", &mut warnings);
        let valid_until_ms = self
            .valid_until
            .optional("ValidUntil", "a string", &mut warnings)
            .and_then(|text| match time::parse_timestamp(&text) {
                Ok(ms) => Some(ms),
                Err(e) => {
                    warnings.push(format!("ValidUntil: {e}, got {}; ignored", quoted(&text)));
                    None
                }
            });
        if let Some(reported) = is_running {
            if reported != state.api_available() {
                let available = if state.api_available() {
                    "available"
                } else {
                    "not available"
                };
                warnings.push(format!(
                    "IsRunning: reported {reported}, but the API is {available} in state {}",
                    state.name()
                ));
            }
        }
        Ok(TenantState {
            context_identifier,
            endpoint,
            api,
            state,
            is_running,
            valid_until_ms,
            version,
            warnings,
        })
    }
}

/// Decodes a state API answer from JSON text.
///
/// # Errors
/// [`DecodeError`] when the text is over 64 KiB, is not JSON, is not an
/// object, or lacks a usable `ContextIdentifier` or `State`. Problems with
/// optional fields are warnings, never errors.
pub fn decode_state(text: &str) -> Result<TenantState, DecodeError> {
    read_object::<StatePayload>(text)?.check()
}

fn optional_url(field: Field<String>, name: &str, warnings: &mut Vec<String>) -> Option<String> {
    let text = field.optional(name, "a string", warnings)?;
    if crate::url::is_absolute_http_url(&text) {
        Some(text)
    } else {
        warnings.push(format!(
            "{name}: expected an absolute http(s) URL, got {}; ignored",
            quoted(&text)
        ));
        None
    }
}
