//! Check outcomes and what the badge shows for them.
//!
//! A failed check says nothing about the tenant: it never turns a badge
//! down, gone or ok. The last known state stays on screen, marked stale.

use serde::Serialize;

use crate::change_type::ChangeType;
use crate::health::Health;
use crate::i18n::Texts;
use crate::state::TenantState;
use crate::time::EpochMs;
use crate::url::url_host;

/// Why a check of the state API gave no state. The message says what
/// happened in plain words, and what it does not mean ([`CheckError::message`];
/// `Display` is the English one).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CheckError {
    /// The request failed without an HTTP status: CORS, offline, proxy down.
    Network,
    /// No answer in time.
    Timeout,
    /// 404: the state API does not know this tenant.
    NotFound,
    /// 421: the tenant moved; asked again once.
    Misdirected,
    /// 429: too many requests.
    RateLimited,
    /// 5xx.
    Server(u16),
    /// Any other non-2xx status.
    Http(u16),
    /// The answer was not a usable state payload (what was wrong, in
    /// English: it names the field).
    InvalidPayload(String),
    /// The context id or URL settings are invalid; no request was made
    /// (what was wrong, in English: it names the option).
    InvalidInput(String),
}

/// [`CheckError::message`] in English.
impl std::fmt::Display for CheckError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Texts::english()))
    }
}

impl std::error::Error for CheckError {}

impl CheckError {
    /// The error for an HTTP status, `None` for 2xx.
    pub fn from_status(status: u16) -> Option<CheckError> {
        match status {
            200..=299 => None,
            404 => Some(CheckError::NotFound),
            421 => Some(CheckError::Misdirected),
            429 => Some(CheckError::RateLimited),
            500..=599 => Some(CheckError::Server(status)),
            other => Some(CheckError::Http(other)),
        }
    }

    /// What happened, in plain words and `texts`' language: the
    /// `error-{kind}` message, with the status or the detail filled in.
    pub fn message(&self, texts: &Texts) -> String {
        self.text(texts, "error")
    }

    /// A few words for a table cell: "Not found (404)", "Timed out", ...
    /// (the `summary-{kind}` message).
    pub fn summary(&self, texts: &Texts) -> String {
        self.text(texts, "summary")
    }

    fn text(&self, texts: &Texts, prefix: &str) -> String {
        let key = format!("{prefix}-{}", self.kind());
        match self {
            CheckError::Server(status) | CheckError::Http(status) => {
                texts.with(&key, &[("status", &status.to_string())])
            }
            CheckError::InvalidPayload(detail) | CheckError::InvalidInput(detail) => {
                texts.with(&key, &[("detail", detail)])
            }
            _ => texts.get(&key),
        }
    }

    /// Kebab-case kind, for `data-error` and CSS.
    pub fn kind(&self) -> &'static str {
        match self {
            CheckError::Network => "network",
            CheckError::Timeout => "timeout",
            CheckError::NotFound => "not-found",
            CheckError::Misdirected => "misdirected",
            CheckError::RateLimited => "rate-limited",
            CheckError::Server(_) => "server",
            CheckError::Http(_) => "http",
            CheckError::InvalidPayload(_) => "invalid-payload",
            CheckError::InvalidInput(_) => "invalid-input",
        }
    }

    /// The kind named in the host page's `sots-checkerror` event:
    /// `network`, `notFound`, `misdirected`, `rateLimited`, `server` (5xx
    /// and any other unexpected HTTP status), `timeout` or `invalid` (an
    /// answer that is not a usable state, or input that could not be asked
    /// about).
    pub fn event_kind(&self) -> &'static str {
        match self {
            CheckError::Network => "network",
            CheckError::Timeout => "timeout",
            CheckError::NotFound => "notFound",
            CheckError::Misdirected => "misdirected",
            CheckError::RateLimited => "rateLimited",
            CheckError::Server(_) | CheckError::Http(_) => "server",
            CheckError::InvalidPayload(_) | CheckError::InvalidInput(_) => "invalid",
        }
    }

    /// The HTTP status behind the failure, when there was one.
    pub fn http_status(&self) -> Option<u16> {
        match self {
            CheckError::NotFound => Some(404),
            CheckError::Misdirected => Some(421),
            CheckError::RateLimited => Some(429),
            CheckError::Server(status) | CheckError::Http(status) => Some(*status),
            _ => None,
        }
    }

    /// Whether retrying can help (invalid input cannot).
    pub fn is_retryable(&self) -> bool {
        !matches!(self, CheckError::InvalidInput(_))
    }
}

/// The check status shown by a badge (`data-check`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CheckStatus {
    /// Nothing known yet; a check is on its way.
    Loading,
    /// The last check gave the state shown.
    Fresh,
    /// The state shown is the last known one; checks since have failed, or
    /// its `ValidUntil` passed long ago.
    Stale,
    /// No state known and the check failed.
    Error,
}

impl CheckStatus {
    /// `loading`, `fresh`, `stale` or `error`.
    pub fn as_str(self) -> &'static str {
        match self {
            CheckStatus::Loading => "loading",
            CheckStatus::Fresh => "fresh",
            CheckStatus::Stale => "stale",
            CheckStatus::Error => "error",
        }
    }
}

/// Data older than `ValidUntil` by more than this is shown as stale even
/// without a failed check (a throttled or sleeping page).
pub const STALE_GRACE_MS: i64 = 60_000;

/// Where a tenant answers: its `Endpoint` and `Api` (the `{ endpoint, api }`
/// objects of `sots-endpointchange`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Endpoints {
    /// `Endpoint`.
    pub endpoint: Option<String>,
    /// `Api`.
    pub api: Option<String>,
}

impl Endpoints {
    /// The endpoint and API of a state answer.
    pub fn of(state: &TenantState) -> Endpoints {
        Endpoints {
            endpoint: state.endpoint.clone(),
            api: state.api.clone(),
        }
    }

    /// Where, in a few words: the host of `Endpoint` (or of `Api`), else
    /// the URL as sent; `None` when neither is known.
    pub fn place(&self) -> Option<String> {
        let url = self.endpoint.as_deref().or(self.api.as_deref())?;
        Some(url_host(url).unwrap_or_else(|| url.to_owned()))
    }
}

/// A change notification applied to a live badge: a hint to look now,
/// shown until the re-check's answer arrives. Never a state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notified {
    /// What SuperOffice says happened.
    pub change_type: ChangeType,
    /// When the notification was applied.
    pub at_ms: EpochMs,
    /// The new host a Move names (`PublicEndpoint`).
    pub public_endpoint: Option<String>,
}

/// An `Endpoint` or `Api` change between two answers: the tenant moved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moved {
    /// Where it answered before.
    pub from: Endpoints,
    /// Where it answers now.
    pub to: Endpoints,
    /// When the answer with the new place arrived.
    pub at_ms: EpochMs,
}

impl Moved {
    /// "sod2.superoffice.com" and "sod3.superoffice.com": the hosts when
    /// they differ, else the URLs (a move within one host).
    pub fn places(&self, texts: &Texts) -> (String, String) {
        let (from, to) = (self.from.place(), self.to.place());
        if from.is_some() && from == to {
            let url = |e: &Endpoints| {
                e.endpoint
                    .clone()
                    .filter(|_| self.from.endpoint != self.to.endpoint)
                    .or_else(|| e.api.clone())
                    .unwrap_or_default()
            };
            return (url(&self.from), url(&self.to));
        }
        let unknown = || texts.get("badge-unknown-place");
        (from.unwrap_or_else(unknown), to.unwrap_or_else(unknown))
    }
}

/// Everything known about one tenant's checks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TenantStatus {
    /// The last state the API gave.
    pub last: Option<TenantState>,
    /// When `last` arrived.
    pub checked_at_ms: Option<EpochMs>,
    /// The latest failure, cleared by a good answer.
    pub error: Option<CheckError>,
    /// Whether a check is in flight.
    pub loading: bool,
    /// When the next check is due.
    pub next_check_ms: Option<EpochMs>,
    /// A change notification waiting for the re-check's answer.
    pub notified: Option<Notified>,
    /// The latest move seen between two answers; kept for the page's life.
    pub moved: Option<Moved>,
    /// The last changes of state, health or endpoint, oldest first
    /// ([`crate::history`]).
    pub history: Vec<crate::history::Transition>,
    /// The spans in which checks ran and answered, oldest first
    /// ([`crate::timeline`]).
    pub watched: Vec<crate::timeline::Watched>,
}

impl TenantStatus {
    /// Records a good answer. An `Endpoint` or `Api` other than the last
    /// answer's is a move ([`TenantStatus::moved`]); a change of state,
    /// health or endpoint is added to [`TenantStatus::history`]; the
    /// answer extends [`TenantStatus::watched`]; a notification mark ends
    /// here.
    pub fn record_state(&mut self, state: TenantState, now_ms: EpochMs) {
        if let Some(last) = &self.last {
            let (from, to) = (Endpoints::of(last), Endpoints::of(&state));
            if from != to {
                self.moved = Some(Moved {
                    from,
                    to,
                    at_ms: now_ms,
                });
            }
        }
        crate::history::record(&mut self.history, &state, now_ms);
        crate::timeline::record_watch(&mut self.watched, now_ms);
        self.last = Some(state);
        self.checked_at_ms = Some(now_ms);
        self.error = None;
        self.loading = false;
        self.notified = None;
    }

    /// Records a failed check; the last known state is kept. A notification
    /// mark ends here too: the re-check has answered.
    pub fn record_error(&mut self, error: CheckError) {
        self.error = Some(error);
        self.loading = false;
        self.notified = None;
    }

    /// Marks the tenant as notified (a change notification arrived) until
    /// the next answer.
    pub fn record_notification(&mut self, notified: Notified) {
        self.notified = Some(notified);
    }

    /// The check status at `now_ms`.
    pub fn check_status(&self, now_ms: EpochMs) -> CheckStatus {
        match (&self.last, &self.error) {
            (None, None) => CheckStatus::Loading,
            (None, Some(_)) => CheckStatus::Error,
            (Some(_), Some(_)) => CheckStatus::Stale,
            (Some(state), None) => match state.valid_until_ms {
                Some(until) if now_ms > until.saturating_add(STALE_GRACE_MS) => CheckStatus::Stale,
                _ => CheckStatus::Fresh,
            },
        }
    }

    /// The first moment after `now_ms` at which the clock changes what a
    /// view of this tenant shows: its "checked … ago" text moves on, or its
    /// answer turns stale. A page with a thousand tenants advances each
    /// tenant's clock only then, not every second.
    pub fn shown_changes_at(&self, now_ms: EpochMs) -> Option<EpochMs> {
        let ago = self.checked_at_ms.map(|at| ago_changes_at(now_ms, at));
        let stale = match (&self.last, &self.error) {
            (Some(state), None) => state
                .valid_until_ms
                .map(|until| until.saturating_add(STALE_GRACE_MS).saturating_add(1))
                .filter(|turn| *turn > now_ms),
            _ => None,
        };
        match (ago, stale) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Whether any check has answered yet (a state or a failure).
    pub fn answered(&self) -> bool {
        self.last.is_some() || self.error.is_some()
    }

    /// The health to paint: that of the last known state; `None` when no
    /// state is known (a failed check is never a health).
    pub fn shown_health(&self) -> Option<Health> {
        self.last.as_ref().map(TenantState::health)
    }

    /// Sort key, worst first when sorted ascending: gone, down, unknown (and
    /// nothing known), pending, maintenance, ok.
    pub fn severity_rank(&self) -> u8 {
        let health = self.shown_health().unwrap_or(Health::Unknown);
        5 - Health::ALL.iter().position(|h| *h == health).unwrap_or(3) as u8
    }
}

/// `items` ordered worst first by their [`TenantStatus::severity_rank`]
/// (ascending), keeping the given order among equals.
pub fn worst_first<T>(mut items: Vec<(u8, T)>) -> Vec<T> {
    items.sort_by_key(|(rank, _)| *rank);
    items.into_iter().map(|(_, item)| item).collect()
}

pub use crate::time::{ago, ago_changes_at, ago_parts};

/// Splits a list of context ids as typed or pasted: separated by commas,
/// semicolons or white space (a spreadsheet column pastes as lines), empty
/// entries dropped, duplicates removed (first kept).
pub fn split_context_ids(text: &str) -> Vec<String> {
    let mut seen = std::collections::BTreeSet::new();
    text.split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|id| !id.is_empty() && seen.insert(*id))
        .map(str::to_owned)
        .collect()
}
