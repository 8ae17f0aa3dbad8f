//! What a tenant badge shows, computed from a [`TenantStatus`] and `now`.
//!
//! The view only places these strings; every decision (what to say while
//! loading, after a failure, when stale; which URL may be a link) is made
//! here and tested natively.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::health::Health;
use crate::status::{ago, CheckError, CheckStatus, TenantStatus};
use crate::time::EpochMs;
use crate::url::safe_link;

/// A URL from the API: a link only when [`safe_link`] allows it, else text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkModel {
    /// What the link is (`Endpoint`, `Api`).
    pub label: &'static str,
    /// The URL as sent, shown as text.
    pub text: String,
    /// The `href`, only when safe.
    pub href: Option<String>,
}

/// Everything a badge displays.
#[derive(Debug, Clone, PartialEq)]
pub struct BadgeModel {
    /// The health to paint; `None` while nothing is known.
    pub health: Option<Health>,
    /// `data-health`: the health's name, absent while nothing is known.
    pub health_attr: Option<&'static str>,
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
    /// When the next check is due.
    pub next_check_ms: Option<EpochMs>,
    /// The failed check: (kind for `data-error`, message).
    pub problem: Option<(&'static str, String)>,
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
}

impl BadgeModel {
    /// "checked 2 min ago" once something is known. Kept out of the model
    /// because it changes every second while the rest rarely does.
    pub fn checked_ago(status: &TenantStatus, now_ms: EpochMs) -> Option<String> {
        status
            .checked_at_ms
            .map(|t| crate::text::cat(&["checked ", &ago(now_ms, t)]))
    }

    /// The model of a badge at `now_ms` (`now_ms` only decides staleness).
    pub fn new(status: &TenantStatus, now_ms: EpochMs) -> BadgeModel {
        let check = status.check_status(now_ms);
        let health = status.shown_health();
        let problem = status.error.as_ref().map(|e| (e.kind(), e.message()));
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
        let links = status
            .last
            .iter()
            .flat_map(|s| [("Endpoint", &s.endpoint), ("Api", &s.api)])
            .filter_map(|(label, url)| {
                url.as_ref().map(|u| LinkModel {
                    label,
                    text: u.clone(),
                    href: safe_link(u).map(str::to_owned),
                })
            })
            .collect();
        BadgeModel {
            health,
            health_attr: health.map(Health::as_str),
            state_attr: status.last.as_ref().map(|s| s.state.name()),
            check,
            title,
            icon,
            health_label,
            api_line,
            description,
            next_check_ms: status.next_check_ms.filter(|_| can_retry),
            problem,
            stale_note,
            links,
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
        }
    }
}
