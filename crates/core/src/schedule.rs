//! The refresh policy: when to ask the state API again.
//!
//! Pure functions of a given `now` (epoch ms) and a given random number in
//! `[0, 1)`, so tests can use a fake clock and fixed randomness.
//!
//! * After a good answer: at `ValidUntil`, ±10 % jitter, clamped to
//!   [15 s, 5 min] from now. At a bound the jitter points inward (5 min
//!   becomes 4.5-5 min), so tenants whose `ValidUntil` is far off do not all
//!   come due in the same second. Without `ValidUntil`: one minute.
//! * After a failure: exponential backoff with full jitter, from 2 s and
//!   capped at 5 min (never sooner than half a second).
//! * A 429 or 503 with `Retry-After` waits what it says (seconds or an
//!   HTTP date), at most [`RETRY_AFTER_CAP_MS`], instead of the backoff.
//! * A 421 (tenant moved) triggers one immediate re-check; a second 421 in a
//!   row counts as a failure.
//! * While the page is hidden nothing is due; on becoming visible a tenant
//!   whose time has come is checked at once.

use crate::time::EpochMs;

/// Never check sooner than this after a good answer.
pub const MIN_INTERVAL_MS: i64 = 15_000;
/// Never wait longer than this.
pub const MAX_INTERVAL_MS: i64 = 300_000;
/// Interval when a good answer has no `ValidUntil`.
pub const DEFAULT_INTERVAL_MS: i64 = 60_000;
/// Relative jitter applied to the interval after a good answer.
pub const JITTER: f64 = 0.10;
/// First backoff ceiling after a failure.
pub const BACKOFF_BASE_MS: i64 = 2_000;
/// Largest backoff.
pub const BACKOFF_CAP_MS: i64 = 300_000;
/// A check that has not answered after this long is abandoned (a timeout).
pub const REQUEST_TIMEOUT_MS: u32 = 10_000;
/// At most this many state API requests are in flight per page.
pub const MAX_IN_FLIGHT: usize = 6;
/// Smallest delay after a failure, so a retry loop cannot spin.
pub const MIN_RETRY_MS: i64 = 500;
/// The longest `Retry-After` honoured: a server asking for more is asked
/// again after this long (five minutes, the longest interval anyway).
pub const RETRY_AFTER_CAP_MS: i64 = 300_000;

/// The delay a `Retry-After` header asks for, from `now_ms`: delta-seconds
/// (`"30"`) or an HTTP date (`"Wed, 21 Oct 2026 07:28:00 GMT"`), clamped to
/// [[`MIN_RETRY_MS`], [`RETRY_AFTER_CAP_MS`]]. `None` when the value is
/// neither (the usual backoff applies then).
pub fn retry_after_ms(value: &str, now_ms: EpochMs) -> Option<i64> {
    let value = value.trim();
    let delay = if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // Very long digit strings are simply "a long time".
        value
            .parse::<i64>()
            .unwrap_or(i64::MAX)
            .saturating_mul(1000)
    } else {
        let date =
            time::OffsetDateTime::parse(value, &time::format_description::well_known::Rfc2822)
                .ok()?;
        let at_ms = i64::try_from(date.unix_timestamp_nanos() / 1_000_000).ok()?;
        at_ms.saturating_sub(now_ms)
    };
    Some(delay.clamp(MIN_RETRY_MS, RETRY_AFTER_CAP_MS))
}

/// Delay until the next check after a good answer.
pub fn delay_after_success(now_ms: EpochMs, valid_until_ms: Option<EpochMs>, rand01: f64) -> i64 {
    let base = valid_until_ms.map_or(DEFAULT_INTERVAL_MS, |until| until.saturating_sub(now_ms));
    let rand01 = rand01.clamp(0.0, 1.0);
    // At a bound, clamping would erase the jitter: a thousand tenants
    // answered together would stay in lockstep, a burst every 5 minutes.
    if base >= MAX_INTERVAL_MS {
        return (MAX_INTERVAL_MS as f64 * (1.0 - JITTER * rand01)) as i64;
    }
    if base <= MIN_INTERVAL_MS {
        return (MIN_INTERVAL_MS as f64 * (1.0 + JITTER * rand01)) as i64;
    }
    let factor = 1.0 + JITTER * (2.0 * rand01 - 1.0);
    ((base as f64 * factor) as i64).clamp(MIN_INTERVAL_MS, MAX_INTERVAL_MS)
}

/// Delay until the next check after `failures` consecutive failures (1 = the
/// first): uniformly random in `[0, min(cap, 2 s · 2^(failures-1))]`, at least
/// [`MIN_RETRY_MS`].
pub fn delay_after_failure(failures: u32, rand01: f64) -> i64 {
    let exponent = failures.saturating_sub(1).min(20);
    let ceiling = BACKOFF_BASE_MS
        .saturating_mul(1 << exponent)
        .min(BACKOFF_CAP_MS);
    let delay = (ceiling as f64 * rand01.clamp(0.0, 1.0)) as i64;
    delay.clamp(MIN_RETRY_MS, ceiling)
}

/// What a check came back with, as far as scheduling is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckResult {
    /// A decoded state API answer.
    Fresh {
        /// Its `ValidUntil`, when it had a usable one.
        valid_until_ms: Option<EpochMs>,
    },
    /// HTTP 421: the tenant moved; ask again.
    Misdirected,
    /// Anything else that did not give a state.
    Failed,
    /// A failure whose answer said when to ask again (`Retry-After`, as
    /// given by [`retry_after_ms`]).
    Throttled {
        /// The delay asked for, already clamped.
        retry_after_ms: i64,
    },
}

/// The schedule of one tenant.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Schedule {
    failures: u32,
    misdirected_retried: bool,
    due_ms: Option<EpochMs>,
}

impl Schedule {
    /// A schedule that is due at once.
    pub fn new() -> Self {
        Schedule::default()
    }

    /// Records a check's result at `now_ms` and returns when the next one is due.
    pub fn record(&mut self, now_ms: EpochMs, result: CheckResult, rand01: f64) -> EpochMs {
        let delay = match result {
            CheckResult::Fresh { valid_until_ms } => {
                self.failures = 0;
                self.misdirected_retried = false;
                delay_after_success(now_ms, valid_until_ms, rand01)
            }
            CheckResult::Misdirected if !self.misdirected_retried => {
                self.misdirected_retried = true;
                0
            }
            CheckResult::Misdirected | CheckResult::Failed => {
                self.failures = self.failures.saturating_add(1);
                delay_after_failure(self.failures, rand01)
            }
            CheckResult::Throttled { retry_after_ms } => {
                self.failures = self.failures.saturating_add(1);
                retry_after_ms.clamp(MIN_RETRY_MS, RETRY_AFTER_CAP_MS)
            }
        };
        let due = now_ms.saturating_add(delay);
        self.due_ms = Some(due);
        due
    }

    /// Asks for a check at once (the refresh button), keeping the failure count.
    pub fn request_now(&mut self, now_ms: EpochMs) {
        self.due_ms = Some(now_ms);
    }

    /// When the next check is due (`None`: at once, never checked).
    pub fn due_ms(&self) -> Option<EpochMs> {
        self.due_ms
    }

    /// Consecutive failures so far.
    pub fn failures(&self) -> u32 {
        self.failures
    }

    /// Whether a check should start now: never while the page is hidden.
    pub fn should_check(&self, now_ms: EpochMs, page_hidden: bool) -> bool {
        !page_hidden && self.due_ms.is_none_or(|due| now_ms >= due)
    }
}
