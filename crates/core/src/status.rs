//! Check outcomes and what the badge shows for them.
//!
//! A failed check says nothing about the tenant: it never turns a badge
//! down, gone or ok. The last known state stays on screen, marked stale.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::text::{cat, int};

use crate::health::Health;
use crate::state::TenantState;
use crate::time::EpochMs;

/// Why a check of the state API gave no state.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// The answer was not a usable state payload.
    InvalidPayload(String),
    /// The context id or URL settings are invalid; no request was made.
    InvalidInput(String),
}

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

    /// What happened, in plain words, and what it does not mean.
    pub fn message(&self) -> String {
        match self {
            CheckError::Network => "Could not reach the state API: blocked by CORS, offline, or the proxy is down; the tenant itself may be fine.".into(),
            CheckError::Timeout => "The state API did not answer in time; the tenant itself may be fine.".into(),
            CheckError::NotFound => "The state API does not know this tenant (404): check the context id and the environment.".into(),
            CheckError::Misdirected => "The state API answered 421 (tenant moved) twice in a row; it will be asked again shortly.".into(),
            CheckError::RateLimited => "The state API asked us to slow down (429); the next check is delayed.".into(),
            CheckError::Server(status) => cat(&["The state API had an error (", &int(i64::from(*status)), "); the tenant itself may be fine."]),
            CheckError::Http(status) => cat(&["The state API answered with HTTP ", &int(i64::from(*status)), "; the tenant's state is not known."]),
            CheckError::InvalidPayload(problem) => cat(&["The state API answered, but not with a usable state: ", problem]),
            CheckError::InvalidInput(problem) => cat(&["Nothing was checked: ", problem]),
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
}

impl TenantStatus {
    /// Records a good answer.
    pub fn record_state(&mut self, state: TenantState, now_ms: EpochMs) {
        self.last = Some(state);
        self.checked_at_ms = Some(now_ms);
        self.error = None;
        self.loading = false;
    }

    /// Records a failed check; the last known state is kept.
    pub fn record_error(&mut self, error: CheckError) {
        self.error = Some(error);
        self.loading = false;
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
/// (ascending; ranks above 5 count as 5), keeping the given order among
/// equals. A counting sort over the six ranks: linear, and without the
/// general sorting code in the wasm.
pub fn worst_first<T>(items: Vec<(u8, T)>) -> Vec<T> {
    let mut buckets: [Vec<T>; 6] = Default::default();
    for (rank, item) in items {
        if let Some(bucket) = buckets.get_mut(usize::from(rank.min(5))) {
            bucket.push(item);
        }
    }
    buckets.into_iter().flatten().collect()
}

/// How to turn the order `current` into `target` with few DOM moves: the
/// items of a longest run that is already in target order stay put, every
/// other item is moved. Both are orders of the same items `0..n`.
///
/// Each move is `(item, before)`: insert `item` before `before`, or at the
/// end when `None`. Applied in the order given, they yield `target`.
/// Returns no moves when `current` already is `target`, and `None` when the
/// two are not orders of the same `0..n`.
pub fn reorder_moves(current: &[usize], target: &[usize]) -> Option<Vec<(usize, Option<usize>)>> {
    let n = target.len();
    if current.len() != n {
        return None;
    }
    // Where each item goes.
    let mut rank = vec![usize::MAX; n];
    for (i, &item) in target.iter().enumerate() {
        match rank.get_mut(item) {
            Some(r) if *r == usize::MAX => *r = i,
            _ => return None,
        }
    }
    let mut seen = vec![false; n];
    for &item in current {
        match seen.get_mut(item) {
            Some(s) if !*s => *s = true,
            _ => return None,
        }
    }
    // Longest increasing run of target positions along `current`
    // (patience sorting with back links, O(n log n)).
    let mut tails: Vec<usize> = Vec::new(); // index into `current` ending each run length
    let mut back = vec![usize::MAX; n];
    for (i, &item) in current.iter().enumerate() {
        let r = *rank.get(item)?;
        let len = tails.partition_point(|&t| {
            current
                .get(t)
                .and_then(|&c| rank.get(c))
                .is_some_and(|&tr| tr < r)
        });
        if len > 0 {
            if let (Some(b), Some(&prev)) = (back.get_mut(i), tails.get(len - 1)) {
                *b = prev;
            }
        }
        if len == tails.len() {
            tails.push(i);
        } else if let Some(t) = tails.get_mut(len) {
            *t = i;
        }
    }
    let mut stays = vec![false; n];
    let mut at = tails.last().copied();
    while let Some(i) = at.filter(|&i| i != usize::MAX) {
        if let Some(s) = current.get(i).and_then(|&item| stays.get_mut(item)) {
            *s = true;
        }
        at = back.get(i).copied();
    }
    let mut moves = Vec::new();
    let mut before = None;
    for &item in target.iter().rev() {
        if !stays.get(item).copied().unwrap_or(false) {
            moves.push((item, before));
        }
        before = Some(item);
    }
    Some(moves)
}

/// "just now", "42 s ago", "2 min ago", "3 h ago", "2 d ago".
pub fn ago(now_ms: EpochMs, then_ms: EpochMs) -> String {
    let seconds = now_ms.saturating_sub(then_ms).max(0) / 1000;
    match seconds {
        0..=4 => "just now".into(),
        5..=59 => cat(&[&int(seconds), " s ago"]),
        60..=3599 => cat(&[&int(seconds / 60), " min ago"]),
        3600..=86_399 => cat(&[&int(seconds / 3600), " h ago"]),
        _ => cat(&[&int(seconds / 86_400), " d ago"]),
    }
}

/// Splits the page's `context` parameter: comma- or white-space-separated ids,
/// empty entries dropped, duplicates removed (first kept).
pub fn split_context_ids(text: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for id in text.split(|c: char| c == ',' || c.is_whitespace()) {
        if !id.is_empty() && !ids.iter().any(|seen| seen == id) {
            ids.push(id.to_owned());
        }
    }
    ids
}
