//! What a tenant badge says, computed from a [`TenantStatus`] and `now`.
//!
//! The view only places these fields; every decision (what to say while
//! loading, after a failure, when stale; which URL may be a link) is made
//! here and tested natively.

use crate::health::Health;
use crate::i18n::Texts;
use crate::state::TenantState;
use crate::status::{CheckError, CheckStatus, Moved, Notified, TenantStatus};
use crate::time::EpochMs;
use crate::url::safe_link;

/// A URL from the API: a link only when [`safe_link`] allows it, else text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LinkModel {
    /// What the link is (`Endpoint`, `Api`).
    pub label: String,
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
    pub health_label: String,
    /// Whether the API may be called, in words.
    pub api_line: String,
    /// One sentence about the state (shown on hover and focus).
    pub description: String,
    /// The failed check.
    pub problem: Option<ProblemModel>,
    /// Why the state shown may be out of date.
    pub stale_note: Option<String>,
    /// `Endpoint` and `Api`, when present.
    pub links: Vec<LinkModel>,
    /// `Version`, when present.
    pub version: Option<String>,
    /// Decoder warnings about the last answer.
    pub warnings: Vec<String>,
    /// Label of the button: "Retry" after a failure, else "Refresh".
    pub action_label: String,
    /// Whether the button does anything (not for invalid input).
    pub can_retry: bool,
    /// A change notification waiting for the re-check (`data-notified`,
    /// [`notified_text`]).
    pub notified: Option<Notified>,
    /// The latest move seen ([`moved_text`]).
    pub moved: Option<Moved>,
}

impl BadgeModel {
    /// The model of a badge at `now_ms` (`now_ms` only decides staleness),
    /// its words in `texts`' language.
    pub fn new(status: &TenantStatus, now_ms: EpochMs, texts: &Texts) -> BadgeModel {
        BadgeModel::with_check(status, status.check_status(now_ms), texts)
    }

    /// The model for a check status already known ([`TenantStatus::check_status`]):
    /// the clock only matters through it, so a view that follows the clock
    /// can rebuild the model only when the check status changes.
    pub fn with_check(status: &TenantStatus, check: CheckStatus, texts: &Texts) -> BadgeModel {
        let health = status.shown_health();
        let problem = status.error.as_ref().map(|e| ProblemModel {
            kind: e.kind(),
            message: e.message(texts),
            summary: e.summary(texts),
        });
        let can_retry = status.error.as_ref().is_none_or(CheckError::is_retryable);
        let (title, icon, health_label, api_line, description) = match &status.last {
            Some(state) => (
                state.state.name(),
                state.health().icon(),
                state.health().label(texts),
                texts.get(if state.api_available() {
                    "badge-api-available"
                } else {
                    "badge-api-unavailable"
                }),
                state.state.description(texts),
            ),
            None if status.error.is_some() => (
                texts.get("badge-not-checked"),
                "!",
                texts.get("badge-failed-health"),
                texts.get("badge-failed-api"),
                texts.get("badge-failed-description"),
            ),
            None => (
                texts.get("badge-checking"),
                "◌",
                texts.get("badge-checking-health"),
                texts.get("badge-checking-api"),
                texts.get("badge-checking-description"),
            ),
        };
        let stale_note = (check == CheckStatus::Stale).then(|| texts.get("badge-stale"));
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
            links: status
                .last
                .as_ref()
                .map(|s| links(s, texts))
                .unwrap_or_default(),
            version: status.last.as_ref().and_then(|s| s.version.clone()),
            warnings: status
                .last
                .as_ref()
                .map(|s| s.warnings.clone())
                .unwrap_or_default(),
            action_label: texts.get(if status.error.is_some() {
                "badge-retry"
            } else {
                "badge-refresh"
            }),
            can_retry,
            notified: status.notified.clone(),
            moved: status.moved.clone(),
        }
    }

    /// The badge's accessible name, what a screen reader says on reaching
    /// it: "Cust1004: Suspended, down"; "Cust1004: Running, ok, last known"
    /// when stale; "Cust1004: checking" and "Cust1004: check failed" while
    /// no state is known.
    pub fn accessible_name(&self, context_id: &str, texts: &Texts) -> String {
        let context = ("context", context_id);
        match (&self.state_attr, self.health) {
            (Some(state), Some(health)) => {
                let key = if self.check == CheckStatus::Stale {
                    "badge-name-stale"
                } else {
                    "badge-name"
                };
                texts.with(
                    key,
                    &[context, ("state", state), ("health", &health.word(texts))],
                )
            }
            _ if self.problem.is_some() => texts.with("badge-name-failed", &[context]),
            _ => texts.with("badge-name-checking", &[context]),
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
    pub fn checked_ago(status: &TenantStatus, now_ms: EpochMs, texts: &Texts) -> Option<String> {
        status
            .checked_at_ms
            .map(|t| texts.with("badge-checked", &[("ago", &texts.ago(now_ms, t))]))
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
fn links(state: &TenantState, texts: &Texts) -> Vec<LinkModel> {
    [
        ("badge-endpoint", "link-endpoint", &state.endpoint),
        ("badge-api", "link-api", &state.api),
    ]
    .into_iter()
    .filter_map(|(label, part, url)| {
        url.as_ref().map(|u| LinkModel {
            label: texts.get(label),
            part,
            text: u.clone(),
            href: safe_link(u).map(str::to_owned),
        })
    })
    .collect()
}

/// "checked 2 min ago · next check 14:05:10": the badge's timing line, from
/// [`BadgeModel::checked_ago`] and the next check's local time.
pub fn timing_text(
    checked_ago: Option<String>,
    next_check: Option<String>,
    texts: &Texts,
) -> String {
    let next = next_check.map(|time| texts.with("badge-next-check", &[("time", &time)]));
    match (checked_ago, next) {
        (Some(ago), Some(next)) => format!("{ago} · {next}"),
        (one, other) => one.or(other).unwrap_or_default(),
    }
}

/// "Suspend notified at 10:42, confirming…"; for a Move, "Move notified at
/// 10:42: moving to sod3.superoffice.com, confirming…". `at` is the local
/// time of [`Notified::at_ms`].
pub fn notified_text(notified: &Notified, at: &str, texts: &Texts) -> String {
    let what = notified.change_type.display_name(texts);
    let (change, time) = (("change", what.as_str()), ("time", at));
    match notified.public_endpoint.as_deref().map(str::trim) {
        Some(host) if !host.is_empty() => {
            texts.with("badge-notified-move", &[change, time, ("host", host)])
        }
        _ => texts.with("badge-notified", &[change, time]),
    }
}

/// "Moved from sod2.superoffice.com to sod3.superoffice.com at 10:42". `at`
/// is the local time of [`Moved::at_ms`].
pub fn moved_text(moved: &Moved, at: &str, texts: &Texts) -> String {
    let (from, to) = moved.places(texts);
    texts.with("badge-moved", &[("from", &from), ("to", &to), ("time", at)])
}
