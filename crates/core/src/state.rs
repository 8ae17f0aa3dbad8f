//! The state API answer: `GET https://{env}.superoffice.com/api/state/{ctx}`.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::text::cat;

use crate::error::DecodeError;
use crate::health::Health;
use crate::json::{self, Value};
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
    /// A number that is not in the table, as written.
    Number(json::Number),
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
            State::Unrecognised(RawState::Number(n)) => n.as_json().to_owned(),
            documented => documented.canonical_name().unwrap_or_default().to_owned(),
        }
    }

    /// The state number: documented, or the raw number when unrecognised but
    /// numeric; `None` for an unrecognised name.
    pub fn number(&self) -> Option<f64> {
        match self {
            State::Unrecognised(RawState::Number(n)) => Some(n.value()),
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
            .unwrap_or_else(|| State::Unrecognised(RawState::Number(json::Number::from_int(code))))
    }

    /// The documented state with this JSON number (`2`, `2.0` and `2e0` are
    /// all Running); any other number is kept as written.
    pub fn from_number(number: &json::Number) -> State {
        State::DOCUMENTED
            .into_iter()
            .find(|s| s.code().map(f64::from) == Some(number.value()))
            .unwrap_or_else(|| State::Unrecognised(RawState::Number(number.clone())))
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

    /// One sentence saying what the state means.
    pub fn description(&self) -> &'static str {
        match self {
            State::Unknown => "The tenant is unknown or the environment is in trouble; if the tenant was in another state before, this is likely an incident.",
            State::Provisioning => "The tenant is being created and will be ready shortly.",
            State::Running => "The tenant is running normally and its API can be used.",
            State::Deleted => "The tenant has been deleted for good.",
            State::Suspended => "The tenant is suspended on its way to termination; the customer can still have it reactivated.",
            State::OnlineMaintenance => "Background maintenance tasks are running; normal operation continues.",
            State::OfflineMaintenance => "The tenant is offline for maintenance, typically an upgrade, usually for a few minutes.",
            State::ProvisioningFailed => "Creating the tenant failed.",
            State::Deleting => "The tenant is being deleted.",
            State::DeleteFailed => "Deleting the tenant failed; it will be retried.",
            State::MigrationPending => "The tenant's migration to Online has not finished; this often takes days or weeks.",
            State::Unrecognised(_) => "This state is not in SuperOffice's documented table; treat the tenant as not usable until it is explained.",
        }
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
        self.valid_until_ms.map(time::format_iso_ms)
    }

    /// Whether `ValidUntil` has passed at `now_ms` (no `ValidUntil`: never).
    pub fn is_expired(&self, now_ms: EpochMs) -> bool {
        self.valid_until_ms.is_some_and(|until| now_ms >= until)
    }

    /// The object the JS API returns, as compact JSON (see the `.d.ts`).
    pub fn to_json(&self) -> String {
        let mut o = crate::json_out::ObjectWriter::new();
        o.string("contextIdentifier", &self.context_identifier);
        o.opt_string("endpoint", self.endpoint.as_deref());
        o.opt_string("api", self.api.as_deref());
        o.string("state", &self.state.name());
        match &self.state {
            // Unrecognised numbers go out as written, so JavaScript reads
            // exactly the number that was sent.
            State::Unrecognised(RawState::Number(n)) => o.raw("stateCode", n.as_json()),
            state => o.opt_int("stateCode", state.code().map(i64::from)),
        }
        o.bool("recognised", self.state.is_recognised());
        o.bool("isRunning", self.is_running.unwrap_or(false));
        o.bool("apiAvailable", self.api_available());
        o.string("health", self.health().as_str());
        o.string("description", self.state.description());
        o.opt_string("validUntil", self.valid_until_iso().as_deref());
        o.opt_int("validUntilMs", self.valid_until_ms);
        o.opt_string("version", self.version.as_deref());
        o.strings("warnings", &self.warnings);
        o.finish()
    }
}

/// Decodes a state API answer from JSON text.
///
/// # Errors
/// [`DecodeError`] when the text is over 64 KiB, is not JSON, is not an
/// object, or lacks a usable `ContextIdentifier` or `State`. Problems with
/// optional fields are warnings, never errors.
pub fn decode_state(text: &str) -> Result<TenantState, DecodeError> {
    let value = json::parse(text)?;
    decode_state_value(&value)
}

/// Decodes a state API answer from an already parsed JSON value.
///
/// # Errors
/// As [`decode_state`], without the text-level errors.
pub fn decode_state_value(value: &Value) -> Result<TenantState, DecodeError> {
    if !matches!(value, Value::Object(_)) {
        return Err(DecodeError::NotAnObject {
            found: value.type_name(),
        });
    }
    let context_identifier = crate::error::required_string(value, "ContextIdentifier")?;
    let state = match value.get_ci("State") {
        None => return Err(DecodeError::Missing { field: "State" }),
        Some(Value::String(name)) => State::from_name(name),
        Some(Value::Number(n)) => State::from_number(n),
        Some(other) => {
            return Err(DecodeError::WrongType {
                field: "State",
                expected: "a name or a number",
                found: other.type_name(),
            })
        }
    };
    let mut warnings = Vec::new();
    let endpoint = optional_url(value, "Endpoint", &mut warnings);
    let api = optional_url(value, "Api", &mut warnings);
    let version = optional_string(value, "Version", &mut warnings);
    let is_running = match value.get_ci("IsRunning") {
        None | Some(Value::Null) => None,
        Some(Value::Bool(b)) => Some(*b),
        Some(other) => {
            warnings.push(cat(&[
                "IsRunning: expected a boolean, got ",
                other.type_name(),
                "; ignored",
            ]));
            None
        }
    };
    let valid_until_ms = match optional_string(value, "ValidUntil", &mut warnings) {
        None => None,
        Some(text) => match time::parse_timestamp(&text) {
            Ok(ms) => Some(ms),
            Err(e) => {
                warnings.push(cat(&[
                    "ValidUntil: ",
                    &e.message(),
                    "; got ",
                    &json::quote(&text),
                    "; ignored",
                ]));
                None
            }
        },
    };
    if let Some(reported) = is_running {
        if reported != state.api_available() {
            warnings.push(cat(&[
                "IsRunning: reported ",
                if reported { "true" } else { "false" },
                ", but the API is ",
                if state.api_available() {
                    "available"
                } else {
                    "not available"
                },
                " in state ",
                &state.name(),
            ]));
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

fn optional_string(value: &Value, field: &str, warnings: &mut Vec<String>) -> Option<String> {
    match value.get_ci(field) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(other) => {
            warnings.push(cat(&[
                field,
                ": expected a string, got ",
                other.type_name(),
                "; ignored",
            ]));
            None
        }
    }
}

fn optional_url(value: &Value, field: &str, warnings: &mut Vec<String>) -> Option<String> {
    let text = optional_string(value, field, warnings)?;
    if crate::url::is_absolute_http_url(&text) {
        Some(text)
    } else {
        warnings.push(cat(&[
            field,
            ": expected an absolute http(s) URL, got ",
            &json::quote(&text),
            "; ignored",
        ]));
        None
    }
}
