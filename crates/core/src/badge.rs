//! What a tenant badge says, computed from a [`TenantStatus`] and `now`.
//!
//! The view only places these fields; every decision (what to say while
//! loading, after a failure, when stale; which URL may be a link) is made
//! here and tested natively.

use crate::health::Health;
use crate::state::TenantState;
use crate::status::{ago, CheckError, CheckStatus, Moved, Notified, TenantStatus};
use crate::time::EpochMs;
use crate::url::safe_link;

/// A URL from the API: a link only when [`safe_link`] allows it, else text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LinkModel {
    /// What the link is (`Endpoint`, `Api`).
    pub label: &'static str,
    /// The `data-part` hook: `link-endpoint`, `link-api`.
    pub part: &'static str,
    /// The URL as sent, shown as text.
    pub text: String,
    /// The `href`, only when safe.
    pub href: Option<String>,
}

/// A failed check, as the badge shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProblemModel {
    /// `data-error`: [`CheckError::kind`].
    pub kind: &'static str,
    /// What happened, in plain words.
    pub message: String,
    /// The same in a few words ("Timed out"), for a table cell.
    pub summary: String,
}

/// Everything a badge displays but its timing line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadgeModel {
    /// The health to paint; `None` while nothing is known.
    pub health: Option<Health>,
    /// `data-state`: the state name, absent while nothing is known.
    pub state_attr: Option<String>,
    /// `data-check`.
    pub check: CheckStatus,
    /// Big text: the state name, or what the check is doing.
    pub title: String,
    /// A symbol that carries the health without colour.
    pub icon: &'static str,
    /// The health label ("OK", "Down", "Checking", "Check failed").
    pub health_label: &'static str,
    /// Whether the API may be called, in words.
    pub api_line: &'static str,
    /// One sentence about the state (shown on hover and focus).
    pub description: String,
    /// The failed check.
    pub problem: Option<ProblemModel>,
    /// Why the state shown may be out of date.
    pub stale_note: Option<&'static str>,
    /// `Endpoint` and `Api`, when present.
    pub links: Vec<LinkModel>,
    /// `Version`, when present.
    pub version: Option<String>,
    /// Decoder warnings about the last answer.
    pub warnings: Vec<String>,
    /// Label of the button: "Retry" after a failure, else "Refresh".
    pub action_label: &'static str,
    /// Whether the button does anything (not for invalid input).
    pub can_retry: bool,
    /// A change notification waiting for the re-check (`data-notified`,
    /// [`notified_text`]).
    pub notified: Option<Notified>,
    /// The latest move seen ([`moved_text`]).
    pub moved: Option<Moved>,
}

impl BadgeModel {
    /// The model of a badge at `now_ms` (`now_ms` only decides staleness).
    pub fn new(status: &TenantStatus, now_ms: EpochMs) -> BadgeModel {
        BadgeModel::with_check(status, status.check_status(now_ms))
    }

    /// The model for a check status already known ([`TenantStatus::check_status`]):
    /// the clock only matters through it, so a view that follows the clock
    /// can rebuild the model only when the check status changes.
    pub fn with_check(status: &TenantStatus, check: CheckStatus) -> BadgeModel {
        let health = status.shown_health();
        let problem = status.error.as_ref().map(|e| ProblemModel {
            kind: e.kind(),
            message: e.to_string(),
            summary: e.summary(),
        });
        let can_retry = status.error.as_ref().is_none_or(CheckError::is_retryable);
        let (title, icon, health_label, api_line, description) = match &status.last {
            Some(state) => (
                state.state.name(),
                state.health().icon(),
                state.health().label(),
                if state.api_available() {
                    "API available"
                } else {
                    "API not available"
                },
                state.state.description().to_owned(),
            ),
            None if status.error.is_some() => (
                "Not checked".to_owned(),
                "!",
                "Check failed",
                "API availability not known",
                "The check failed, which says nothing about the tenant's health.".to_owned(),
            ),
            None => (
                "Checking…".to_owned(),
                "◌",
                "Checking",
                "API availability not known yet",
                "Asking the state API for this tenant's state.".to_owned(),
            ),
        };
        let stale_note = (check == CheckStatus::Stale).then_some(
            "Last known state: the latest check failed or is overdue, so this may be out of date.",
        );
        BadgeModel {
            health,
            state_attr: status.last.as_ref().map(|s| s.state.name()),
            check,
            title,
            icon,
            health_label,
            api_line,
            description,
            problem,
            stale_note,
            links: status.last.as_ref().map(links).unwrap_or_default(),
            version: status.last.as_ref().and_then(|s| s.version.clone()),
            warnings: status
                .last
                .as_ref()
                .map(|s| s.warnings.clone())
                .unwrap_or_default(),
            action_label: if status.error.is_some() {
                "Retry"
            } else {
                "Refresh"
            },
            can_retry,
            notified: status.notified.clone(),
            moved: status.moved.clone(),
        }
    }

    /// The badge's accessible name, what a screen reader says on reaching
    /// it: "Cust1004: Suspended, down"; "Cust1004: Running, ok, last known"
    /// when stale; "Cust1004: checking" and "Cust1004: check failed" while
    /// no state is known.
    pub fn accessible_name(&self, context_id: &str) -> String {
        match (&self.state_attr, self.health) {
            (Some(state), Some(health)) => {
                let stale = if self.check == CheckStatus::Stale {
                    ", last known"
                } else {
                    ""
                };
                format!("{context_id}: {state}, {}{stale}", health.as_str())
            }
            _ if self.problem.is_some() => format!("{context_id}: check failed"),
            _ => format!("{context_id}: checking"),
        }
    }

    /// `data-notified`: the change type's name while a notification waits
    /// for its re-check.
    pub fn notified_attr(&self) -> Option<&'static str> {
        self.notified.as_ref().map(|n| n.change_type.name())
    }

    /// `data-health`: the health's name, absent while nothing is known.
    pub fn health_attr(&self) -> Option<&'static str> {
        self.health.map(Health::as_str)
    }

    /// The badge's classes:
    /// `sots-badge sots-badge--{health|none} sots-badge--{check}`.
    pub fn class(&self) -> String {
        format!(
            "sots-badge sots-badge--{} sots-badge--{}",
            self.health_attr().unwrap_or("none"),
            self.check.as_str()
        )
    }

    /// "checked 2 min ago" once something is known. Kept out of the model
    /// because it changes every second while the rest rarely does.
    pub fn checked_ago(status: &TenantStatus, now_ms: EpochMs) -> Option<String> {
        status
            .checked_at_ms
            .map(|t| format!("checked {}", ago(now_ms, t)))
    }

    /// When the next check is due, if one will happen (none after invalid
    /// input). Kept out of the model like [`Self::checked_ago`].
    pub fn next_check(status: &TenantStatus) -> Option<EpochMs> {
        status
            .next_check_ms
            .filter(|_| status.error.as_ref().is_none_or(CheckError::is_retryable))
    }
}

/// `Endpoint` and `Api` as links or text.
fn links(state: &TenantState) -> Vec<LinkModel> {
    [
        ("Endpoint", "link-endpoint", &state.endpoint),
        ("Api", "link-api", &state.api),
    ]
    .into_iter()
    .filter_map(|(label, part, url)| {
        url.as_ref().map(|u| LinkModel {
            label,
            part,
            text: u.clone(),
            href: safe_link(u).map(str::to_owned),
        })
    })
    .collect()
}

/// "checked 2 min ago · next check 14:05:10": the badge's timing line, from
/// [`BadgeModel::checked_ago`] and the next check's local time.
pub fn timing_text(checked_ago: Option<String>, next_check: Option<String>) -> String {
    match (checked_ago, next_check) {
        (Some(ago), Some(next)) => format!("{ago} · next check {next}"),
        (Some(ago), None) => ago,
        (None, Some(next)) => format!("next check {next}"),
        (None, None) => String::new(),
    }
}

/// "Suspend notified at 10:42, confirming…"; for a Move, "Move notified at
/// 10:42: moving to sod3.superoffice.com, confirming…". `at` is the local
/// time of [`Notified::at_ms`].
pub fn notified_text(notified: &Notified, at: &str) -> String {
    let what = match notified.change_type {
        crate::ChangeType::Unrecognised(code) => format!("Change type {code}"),
        known => known.name().to_owned(),
    };
    match notified.public_endpoint.as_deref().map(str::trim) {
        Some(host) if !host.is_empty() => {
            format!("{what} notified at {at}: moving to {host}, confirming…")
        }
        _ => format!("{what} notified at {at}, confirming…"),
    }
}

/// "Moved from sod2.superoffice.com to sod3.superoffice.com at 10:42". `at`
/// is the local time of [`Moved::at_ms`].
pub fn moved_text(moved: &Moved, at: &str) -> String {
    let (from, to) = moved.places();
    format!("Moved from {from} to {to} at {at}")
}
