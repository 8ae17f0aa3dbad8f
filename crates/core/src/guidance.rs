//! What a state means for a partner integration: may it call the tenant
//! API, pause, stop, or purge? One line per state, written from
//! SuperOffice's documented state table and change notifications
//! (`SUPEROFFICE.md` sections 1-3):
//!
//! | state | guidance |
//! |---|---|
//! | Running | API calls allowed |
//! | OnlineMaintenance | API calls allowed; background maintenance is running |
//! | OfflineMaintenance, Provisioning, MigrationPending | pause calls until `ValidUntil` |
//! | Suspended | stop scheduled jobs; resume on a Resume notification |
//! | Deleted, Deleting, DeleteFailed | stop and purge cached data |
//! | Unknown, ProvisioningFailed, unrecognised | treat as unavailable; check status.superoffice.com |
//!
//! DeleteFailed "will be retried" (the deletion goes on), so it is guided as
//! a deletion; ProvisioningFailed never became a usable tenant, so it is
//! unavailable like Unknown.

use serde::Serialize;

use crate::i18n::Texts;
use crate::state::State;
use crate::time::EpochMs;

/// What an integration should do in a state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Action {
    /// Call the API.
    Call,
    /// Call the API; background maintenance is running.
    CallDuringMaintenance,
    /// Pause calls until `ValidUntil`, then ask the state API again.
    Pause,
    /// Stop scheduled jobs until a Resume notification.
    Stop,
    /// Stop, and purge cached data about the tenant.
    Purge,
    /// Treat the tenant as unavailable and check status.superoffice.com.
    Unavailable,
}

impl Action {
    /// The action for a state.
    pub fn of(state: &State) -> Action {
        match state {
            State::Running => Action::Call,
            State::OnlineMaintenance => Action::CallDuringMaintenance,
            State::OfflineMaintenance | State::Provisioning | State::MigrationPending => {
                Action::Pause
            }
            State::Suspended => Action::Stop,
            State::Deleted | State::Deleting | State::DeleteFailed => Action::Purge,
            State::Unknown | State::ProvisioningFailed | State::Unrecognised(_) => {
                Action::Unavailable
            }
        }
    }
}

/// The guidance line for `state`, in `texts`' language. `until` is the
/// `ValidUntil` time as the reader should see it (a pause names it); without
/// it a pause says to wait for the time in `ValidUntil`.
pub fn guidance(state: &State, until: Option<&str>, texts: &Texts) -> String {
    match Action::of(state) {
        Action::Call => texts.get("guidance-call"),
        Action::CallDuringMaintenance => texts.get("guidance-call-maintenance"),
        Action::Pause => match until {
            Some(until) => texts.with("guidance-pause-until", &[("until", until)]),
            None => texts.get("guidance-pause"),
        },
        Action::Stop => texts.get("guidance-stop"),
        Action::Purge => texts.get("guidance-purge"),
        Action::Unavailable => texts.get("guidance-unavailable"),
    }
}

/// `ValidUntil` as the JS API's `TenantState.guidance` names it: UTC to
/// the minute, `2026-02-23 09:52 UTC` (the widget shows the viewer's zone).
pub fn until_utc(ms: EpochMs) -> Option<String> {
    let at = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000).ok()?;
    at.format(time::macros::format_description!(
        "[year]-[month]-[day] [hour]:[minute] UTC"
    ))
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_documented_state_has_its_documented_line() {
        let en = Texts::english();
        let line = |s: State| guidance(&s, None, en);
        assert_eq!(line(State::Running), "API calls allowed.");
        assert_eq!(
            line(State::OnlineMaintenance),
            "API calls allowed; background maintenance is running."
        );
        for s in [
            State::OfflineMaintenance,
            State::Provisioning,
            State::MigrationPending,
        ] {
            assert_eq!(line(s), "Pause calls until the time in ValidUntil.");
        }
        assert_eq!(
            line(State::Suspended),
            "Stop scheduled jobs; resume them on a Resume notification."
        );
        for s in [State::Deleted, State::Deleting, State::DeleteFailed] {
            assert_eq!(line(s), "Stop, and purge cached data.");
        }
        for s in [
            State::Unknown,
            State::ProvisioningFailed,
            State::from_name("Hibernating"),
        ] {
            assert_eq!(
                line(s),
                "Treat as unavailable; check status.superoffice.com."
            );
        }
    }

    #[test]
    fn a_pause_names_its_time() {
        let until = until_utc(1_771_840_321_934).unwrap();
        assert_eq!(until, "2026-02-23 09:52 UTC");
        assert_eq!(
            guidance(&State::OfflineMaintenance, Some(&until), Texts::english()),
            "Pause calls until 2026-02-23 09:52 UTC."
        );
        // Not a pause: the time is not mentioned.
        assert_eq!(
            guidance(&State::Running, Some(&until), Texts::english()),
            "API calls allowed."
        );
    }
}
