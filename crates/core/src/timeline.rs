//! Health timelines and observed availability: what this browser saw of a
//! tenant over the last 24 hours or 7 days.
//!
//! Two records feed it, both kept per tenant in the stored history
//! ([`crate::history::History`]):
//!
//! * the transitions (changes of state, health or endpoint), and
//! * the **watched spans**: the stretches of time in which checks ran and
//!   answered. Two answers at most [`WATCH_GAP_MS`] apart (the longest
//!   refresh interval plus the stale grace) make one span; a longer gap
//!   (no tab open, a hidden tab, failing checks, a clock that jumped
//!   forward) is "not watched", never counted as OK. Spans are coalesced
//!   as they are recorded and bounded ([`MAX_WATCHED`] per tenant, none
//!   older than [`KEEP_WATCHED_MS`]).
//!
//! [`segments`] lays the two over a window ending now: each piece of the
//! window is either seen in one state and health, or not watched (also
//! where the transitions that would say the state were cut at their cap).
//! Times are epoch milliseconds: durations do not care about daylight
//! saving or midnight; only the words do ([`day_marks`] finds local
//! midnights through the viewer's offset).

use serde::{Deserialize, Serialize};

use crate::health::Health;
use crate::history::Transition;
use crate::i18n::Texts;
use crate::schedule::MAX_INTERVAL_MS;
use crate::status::{TenantStatus, STALE_GRACE_MS};
use crate::time::EpochMs;

/// One minute, in milliseconds.
pub const MINUTE_MS: EpochMs = 60_000;
/// One hour, in milliseconds.
pub const HOUR_MS: EpochMs = 3_600_000;
/// One day (24 hours), in milliseconds.
pub const DAY_MS: EpochMs = 24 * HOUR_MS;
/// Two answers at most this far apart: watched in between.
pub const WATCH_GAP_MS: EpochMs = MAX_INTERVAL_MS + STALE_GRACE_MS;
/// Watched spans kept per tenant (the oldest go first).
pub const MAX_WATCHED: usize = 64;
/// Watched spans that ended longer ago than this are dropped: the longest
/// window drawn (7 days) and a day to spare.
pub const KEEP_WATCHED_MS: EpochMs = 8 * DAY_MS;

/// A stretch in which checks ran and answered: `[from, to]`, epoch ms.
/// Stored as a two-number array.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Watched(pub EpochMs, pub EpochMs);

impl Watched {
    /// Where it starts.
    pub fn from_ms(self) -> EpochMs {
        self.0
    }

    /// Where it ends (the last answer in it).
    pub fn to_ms(self) -> EpochMs {
        self.1
    }
}

/// Records an answer at `at_ms` in one tenant's watched spans: extends the
/// last span when it ended at most [`WATCH_GAP_MS`] before, else starts a
/// new one. A time before the last span's end is a clock that jumped back:
/// what lies after it is dropped, so the spans stay in order. Keeps at
/// most [`MAX_WATCHED`] spans, none that ended over [`KEEP_WATCHED_MS`]
/// before `at_ms`. Returns whether a span was started (not only extended).
pub fn record_watch(watched: &mut Vec<Watched>, at_ms: EpochMs) -> bool {
    if watched.last().is_some_and(|last| at_ms < last.1) {
        watched.retain(|w| w.0 <= at_ms);
        if let Some(last) = watched.last_mut() {
            last.1 = last.1.min(at_ms);
        }
    }
    let started = match watched.last_mut() {
        Some(last) if at_ms - last.1 <= WATCH_GAP_MS => {
            last.1 = at_ms;
            false
        }
        _ => {
            watched.push(Watched(at_ms, at_ms));
            true
        }
    };
    let horizon = at_ms.saturating_sub(KEEP_WATCHED_MS);
    watched.retain(|w| w.1 >= horizon);
    let over = watched.len().saturating_sub(MAX_WATCHED);
    watched.drain(..over);
    started
}

/// Whether stored spans are ours: each in order, inside itself, after
/// the one before.
pub fn sane_watched(watched: &[Watched], range: &std::ops::Range<EpochMs>) -> bool {
    let mut end = EpochMs::MIN;
    watched.iter().all(|w| {
        let ok = range.contains(&w.0) && range.contains(&w.1) && w.0 <= w.1 && w.0 >= end;
        end = w.1;
        ok
    })
}

/// The windows drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Window {
    /// The last 24 hours (the board's column, every badge's detail).
    Day,
    /// The last 7 days (the expanded row and the card).
    Week,
}

impl Window {
    /// Its length.
    pub fn length_ms(self) -> EpochMs {
        match self {
            Window::Day => DAY_MS,
            Window::Week => 7 * DAY_MS,
        }
    }

    /// `24h` or `7d` (the `data-window` hook).
    pub fn as_str(self) -> &'static str {
        match self {
            Window::Day => "24h",
            Window::Week => "7d",
        }
    }

    /// "Last 24 hours", "Last 7 days".
    pub fn label(self, texts: &Texts) -> String {
        texts.get(match self {
            Window::Day => "timeline-24h",
            Window::Week => "timeline-7d",
        })
    }
}

/// What was seen in a segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    /// The state's name.
    pub state: String,
    /// Its health.
    pub health: Health,
}

/// A piece of a window: seen in one state, or not watched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Where it starts, epoch ms.
    pub from_ms: EpochMs,
    /// Where it ends, epoch ms.
    pub to_ms: EpochMs,
    /// What was seen; `None`: not watched.
    pub seen: Option<Seen>,
}

impl Segment {
    /// Its length.
    pub fn length_ms(&self) -> EpochMs {
        self.to_ms - self.from_ms
    }

    /// Its health, or `None` when not watched.
    pub fn health(&self) -> Option<Health> {
        self.seen.as_ref().map(|s| s.health)
    }

    /// `ok`, `down`, ... or `unwatched` (the `data-health` hook).
    pub fn health_attr(&self) -> &'static str {
        self.health().map_or("unwatched", Health::as_str)
    }

    /// Where it sits in a bar of the window `[from_ms, to_ms]`: its start
    /// and its width, in per cent of the bar.
    pub fn place(&self, from_ms: EpochMs, to_ms: EpochMs) -> (f64, f64) {
        let length = (to_ms - from_ms).max(1) as f64;
        let x = (self.from_ms - from_ms) as f64 / length * 100.0;
        let w = self.length_ms() as f64 / length * 100.0;
        (x, w)
    }

    /// "09:40–10:02: Suspended, down" or "09:40–10:02: not watched", the
    /// times written by `time`.
    pub fn text(&self, texts: &Texts, time: &dyn Fn(EpochMs) -> String) -> String {
        let (from, to) = (time(self.from_ms), time(self.to_ms));
        match &self.seen {
            Some(seen) => texts.with(
                "timeline-segment",
                &[
                    ("from", &from),
                    ("to", &to),
                    ("state", &seen.state),
                    ("health", &seen.health.word(texts)),
                ],
            ),
            None => texts.with(
                "timeline-segment-unwatched",
                &[("from", &from), ("to", &to)],
            ),
        }
    }
}

/// The window `[now - length, now]` of one tenant as segments, oldest
/// first, covering it whole: seen where a watched span and a transition at
/// or before say what it was, not watched elsewhere. The last watched span
/// reaches to `now` when its last answer is at most [`WATCH_GAP_MS`] old
/// (the current segment grows). Neighbours alike are one segment; nothing
/// after `now` counts (a clock that jumped back).
pub fn segments(
    transitions: &[Transition],
    watched: &[Watched],
    window: Window,
    now_ms: EpochMs,
) -> Vec<Segment> {
    let start = now_ms.saturating_sub(window.length_ms());
    // In time order. A clock that jumped back recorded a change earlier
    // than one before it: the later record wins, what it overtook is
    // dropped (no sort needed, the list is kept in order as recorded).
    let mut changes: Vec<&Transition> = Vec::with_capacity(transitions.len());
    let mut floor = EpochMs::MAX;
    for t in transitions.iter().rev() {
        if t.at_ms <= floor {
            floor = t.at_ms;
            changes.push(t);
        }
    }
    changes.reverse();
    let last_index = watched.len().saturating_sub(1);
    let mut out: Vec<Segment> = Vec::new();
    for (i, w) in watched.iter().enumerate() {
        let live = i == last_index && now_ms >= w.1 && now_ms - w.1 <= WATCH_GAP_MS;
        let (from, to) = (w.0.max(start), if live { now_ms } else { w.1.min(now_ms) });
        if from >= to {
            continue;
        }
        // Cut at every change inside the span.
        let mut at = from;
        for cut in changes
            .iter()
            .map(|t| t.at_ms)
            .filter(|&c| c > from && c < to)
            .chain(std::iter::once(to))
        {
            if cut > at {
                let seen = changes.iter().rev().find(|t| t.at_ms <= at).map(|t| Seen {
                    state: t.state.clone(),
                    health: t.health,
                });
                push(&mut out, at, cut, seen);
                at = cut;
            }
        }
    }
    // Fill the gaps with "not watched".
    let mut whole: Vec<Segment> = Vec::with_capacity(out.len() * 2 + 1);
    let mut at = start;
    for seg in out {
        if seg.from_ms > at {
            push(&mut whole, at, seg.from_ms, None);
        }
        at = seg.to_ms;
        push(&mut whole, seg.from_ms, seg.to_ms, seg.seen);
    }
    if at < now_ms {
        push(&mut whole, at, now_ms, None);
    }
    whole
}

/// A tenant's availability over `window` up to `now_ms`.
pub fn observed(status: &TenantStatus, window: Window, now_ms: EpochMs) -> Availability {
    Availability::of(&segments(&status.history, &status.watched, window, now_ms))
}

/// A timeline bar as drawn: its window, its segments and their sums.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    /// Which window.
    pub window: Window,
    /// Where the bar starts (`now` minus the window).
    pub from_ms: EpochMs,
    /// Where it ends (`now`).
    pub to_ms: EpochMs,
    /// The window's segments, oldest first.
    pub segments: Vec<Segment>,
    /// Their sums.
    pub availability: Availability,
}

impl Bar {
    /// A tenant's bar over `window` up to `now_ms`.
    pub fn of(status: &TenantStatus, window: Window, now_ms: EpochMs) -> Bar {
        let segments = segments(&status.history, &status.watched, window, now_ms);
        Bar {
            window,
            from_ms: now_ms.saturating_sub(window.length_ms()),
            to_ms: now_ms,
            availability: Availability::of(&segments),
            segments,
        }
    }

    /// "Last 24 hours: OK 99.4% of the watched time, observed from this
    /// browser".
    pub fn availability_text(&self, texts: &Texts) -> String {
        texts.with(
            "availability-observed",
            &[
                ("window", &self.window.label(texts)),
                ("percent", &self.availability.percent_text(texts)),
            ],
        )
    }
}

/// Appends `[from, to]`, joined to the last segment when alike and adjacent.
fn push(out: &mut Vec<Segment>, from_ms: EpochMs, to_ms: EpochMs, seen: Option<Seen>) {
    if to_ms <= from_ms {
        return;
    }
    match out.last_mut() {
        Some(last) if last.to_ms == from_ms && last.seen == seen => last.to_ms = to_ms,
        _ => out.push(Segment {
            from_ms,
            to_ms,
            seen,
        }),
    }
}

/// How long a window was seen in each health, and not watched.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Availability {
    /// Time seen per health, in [`Health::ALL`]'s order (zeros left out).
    pub by_health: Vec<(Health, EpochMs)>,
    /// Time not watched.
    pub unwatched_ms: EpochMs,
}

impl Availability {
    /// The sums of `segments`.
    pub fn of(segments: &[Segment]) -> Availability {
        let mut a = Availability::default();
        for seg in segments {
            a.add(seg.health(), seg.length_ms());
        }
        a
    }

    /// Adds `ms` seen in `health` (`None`: not watched).
    fn add(&mut self, health: Option<Health>, ms: EpochMs) {
        let Some(health) = health else {
            self.unwatched_ms += ms;
            return;
        };
        match self.by_health.iter_mut().find(|(h, _)| *h == health) {
            Some((_, sum)) => *sum += ms,
            None => {
                self.by_health.push((health, ms));
                self.by_health.sort_by_key(|(h, _)| *h);
            }
        }
    }

    /// The board's: every tenant's time summed.
    pub fn total<'a>(all: impl IntoIterator<Item = &'a Availability>) -> Availability {
        let mut total = Availability::default();
        for a in all {
            for (h, ms) in &a.by_health {
                total.add(Some(*h), *ms);
            }
            total.add(None, a.unwatched_ms);
        }
        total
    }

    /// Time watched.
    pub fn watched_ms(&self) -> EpochMs {
        self.by_health.iter().map(|(_, ms)| ms).sum()
    }

    /// Time seen `ok`.
    pub fn ok_ms(&self) -> EpochMs {
        self.by_health
            .iter()
            .find(|(h, _)| *h == Health::Ok)
            .map_or(0, |(_, ms)| *ms)
    }

    /// The share of watched time in `ok`, in thousandths (994 = 99.4 %),
    /// rounded down so that only a spotless record says 100 %; `None`
    /// when nothing was watched.
    pub fn permille(&self) -> Option<u32> {
        let watched = self.watched_ms();
        if watched <= 0 {
            return None;
        }
        let share = i128::from(self.ok_ms()) * 1000 / i128::from(watched);
        u32::try_from(share.clamp(0, 1000)).ok()
    }

    /// "99.4 %" in `texts`' language (its decimal sign); "–" when nothing
    /// was watched.
    pub fn percent_text(&self, texts: &Texts) -> String {
        match self.permille() {
            Some(p) => {
                let number = if p % 10 == 0 {
                    (p / 10).to_string()
                } else {
                    format!("{}{}{}", p / 10, texts.get("decimal-sign"), p % 10)
                };
                texts.with("percent", &[("number", &number)])
            }
            None => texts.get("availability-none"),
        }
    }

    /// "Last 24 hours: OK 22 h 40 min, down 1 h 20 min, not watched 5 min":
    /// the bar's text alternative.
    pub fn name(&self, window: Window, texts: &Texts) -> String {
        let mut parts: Vec<String> = self
            .by_health
            .iter()
            .map(|(h, ms)| format!("{} {}", h.label(texts), duration_text(*ms, texts)))
            .collect();
        if self.unwatched_ms > 0 {
            parts.push(texts.with(
                "timeline-unwatched-for",
                &[("duration", &duration_text(self.unwatched_ms, texts))],
            ));
        }
        texts.with(
            "timeline-name",
            &[
                ("window", &window.label(texts)),
                ("parts", &parts.join(", ")),
            ],
        )
    }
}

/// "2 d 3 h", "24 h", "22 h 40 min", "5 min", "< 1 min": a duration
/// rounded to the minute (to the hour above a day).
pub fn duration_text(ms: EpochMs, texts: &Texts) -> String {
    let minutes = (ms + MINUTE_MS / 2) / MINUTE_MS;
    let (days, hours, mins) = (minutes / 1440, minutes / 60 % 24, minutes % 60);
    let n = |v: EpochMs| v.to_string();
    match (days, hours, mins) {
        // A whole day of the 24-hour bar is "24 h".
        (1, 0, 0) => texts.with("duration-hours", &[("hours", "24")]),
        (0, 0, 0) => texts.get("duration-under-minute"),
        (0, 0, m) => texts.with("duration-minutes", &[("minutes", &n(m))]),
        (0, h, 0) => texts.with("duration-hours", &[("hours", &n(h))]),
        (0, h, m) => texts.with(
            "duration-hours-minutes",
            &[("hours", &n(h)), ("minutes", &n(m))],
        ),
        (d, h, _) => {
            // From a day up, to the hour.
            let hours = (ms + HOUR_MS / 2) / HOUR_MS;
            let (d, h) = if hours / 24 >= d {
                (hours / 24, hours % 24)
            } else {
                (d, h)
            };
            if h == 0 {
                texts.with("duration-days", &[("days", &n(d))])
            } else {
                texts.with("duration-days-hours", &[("days", &n(d)), ("hours", &n(h))])
            }
        }
    }
}

/// The local midnights inside `(from_ms, to_ms)`: where a 7-day bar marks
/// its days. `offset_min(at)` is the viewer's offset from UTC at `at`, in
/// minutes east (what `-Date.getTimezoneOffset()` gives), so a day of 23
/// or 25 hours across a change of daylight saving is marked where the
/// viewer's clock says midnight.
pub fn day_marks(
    from_ms: EpochMs,
    to_ms: EpochMs,
    offset_min: &dyn Fn(EpochMs) -> i32,
) -> Vec<EpochMs> {
    let mut marks = Vec::new();
    // The local midnight at or before `from`, then each next local
    // midnight: the next UTC-day boundary in local time, with the offset
    // asked again there (it may have changed).
    let local = |at: EpochMs| at + EpochMs::from(offset_min(at)) * MINUTE_MS;
    let mut day = local(from_ms).div_euclid(DAY_MS);
    for _ in 0..64 {
        day += 1;
        let wall = day * DAY_MS;
        // The UTC time whose local wall clock reads `wall`: guess with the
        // offset before, then correct with the offset there.
        let guess = wall - EpochMs::from(offset_min(wall)) * MINUTE_MS;
        let at = wall - EpochMs::from(offset_min(guess)) * MINUTE_MS;
        if at >= to_ms {
            break;
        }
        if at > from_ms {
            marks.push(at);
        }
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    const T0: EpochMs = 1_790_000_000_000; // 2026-09-21
    const MIN: EpochMs = MINUTE_MS;

    fn t(at_ms: EpochMs, state: &str, health: Health) -> Transition {
        Transition {
            at_ms,
            state: state.into(),
            health,
            endpoint: None,
        }
    }

    /// Answers every 5 minutes from `from` to `to`, recorded.
    fn watch(watched: &mut Vec<Watched>, from: EpochMs, to: EpochMs) {
        let mut at = from;
        while at <= to {
            record_watch(watched, at);
            at += 5 * MIN;
        }
    }

    fn seg(from: EpochMs, to: EpochMs, seen: Option<(&str, Health)>) -> Segment {
        Segment {
            from_ms: from,
            to_ms: to,
            seen: seen.map(|(s, h)| Seen {
                state: s.into(),
                health: h,
            }),
        }
    }

    #[test]
    fn answers_close_together_are_one_span_and_a_gap_starts_another() {
        let mut w = Vec::new();
        assert!(record_watch(&mut w, T0));
        assert!(!record_watch(&mut w, T0 + 5 * MIN));
        assert!(!record_watch(&mut w, T0 + 5 * MIN + WATCH_GAP_MS));
        assert!(record_watch(&mut w, T0 + 5 * MIN + 2 * WATCH_GAP_MS + 1));
        assert_eq!(
            w,
            vec![
                Watched(T0, T0 + 5 * MIN + WATCH_GAP_MS),
                Watched(
                    T0 + 5 * MIN + 2 * WATCH_GAP_MS + 1,
                    T0 + 5 * MIN + 2 * WATCH_GAP_MS + 1
                )
            ]
        );
    }

    #[test]
    fn spans_are_bounded_by_count_and_age() {
        let mut w = Vec::new();
        for i in 0..(MAX_WATCHED as EpochMs + 10) {
            record_watch(&mut w, T0 + i * 2 * WATCH_GAP_MS);
        }
        assert_eq!(w.len(), MAX_WATCHED);
        assert_eq!(w.first().unwrap().0, T0 + 10 * 2 * WATCH_GAP_MS);
        record_watch(&mut w, T0 + 30 * DAY_MS);
        assert_eq!(w, vec![Watched(T0 + 30 * DAY_MS, T0 + 30 * DAY_MS)]);
    }

    #[test]
    fn a_clock_that_jumps_back_keeps_spans_in_order() {
        let mut w = Vec::new();
        watch(&mut w, T0, T0 + HOUR_MS);
        watch(&mut w, T0 + 3 * HOUR_MS, T0 + 4 * HOUR_MS);
        // The clock goes back to half past the first hour.
        record_watch(&mut w, T0 + 30 * MIN);
        assert_eq!(w, vec![Watched(T0, T0 + 30 * MIN)]);
        assert!(sane_watched(&w, &(0..EpochMs::MAX)));
    }

    #[test]
    fn a_tenant_down_for_a_known_time_in_a_watched_day() {
        let now = T0 + DAY_MS;
        let mut w = Vec::new();
        watch(&mut w, T0 - HOUR_MS, now);
        let history = [
            t(T0 - HOUR_MS, "Running", Health::Ok),
            t(T0 + 10 * HOUR_MS, "Suspended", Health::Down),
            t(T0 + 11 * HOUR_MS + 20 * MIN, "Running", Health::Ok),
        ];
        let segs = segments(&history, &w, Window::Day, now);
        assert_eq!(
            segs,
            vec![
                seg(T0, T0 + 10 * HOUR_MS, Some(("Running", Health::Ok))),
                seg(
                    T0 + 10 * HOUR_MS,
                    T0 + 11 * HOUR_MS + 20 * MIN,
                    Some(("Suspended", Health::Down))
                ),
                seg(
                    T0 + 11 * HOUR_MS + 20 * MIN,
                    now,
                    Some(("Running", Health::Ok))
                ),
            ]
        );
        let a = Availability::of(&segs);
        assert_eq!(a.permille(), Some(944));
        let en = Texts::new(Lang::En);
        assert_eq!(
            a.name(Window::Day, &en),
            "Last 24 hours: OK 22 h 40 min, Down 1 h 20 min"
        );
        assert_eq!(a.percent_text(&en), "94.4%");
        assert_eq!(a.percent_text(&Texts::new(Lang::De)), "94,4 %");
        let text = segs[1].text(&en, &|ms| format!("{}", (ms - T0) / MIN));
        assert_eq!(text, "600–680: Suspended, down");
    }

    #[test]
    fn time_nobody_watched_is_not_ok() {
        let now = T0 + DAY_MS;
        let mut w = Vec::new();
        watch(&mut w, T0 + 2 * HOUR_MS, T0 + 8 * HOUR_MS);
        watch(&mut w, T0 + 20 * HOUR_MS, now - 3 * MIN);
        let history = [t(T0 + 2 * HOUR_MS, "Running", Health::Ok)];
        let segs = segments(&history, &w, Window::Day, now);
        let health: Vec<_> = segs
            .iter()
            .map(|s| (s.health_attr(), s.length_ms()))
            .collect();
        assert_eq!(
            health,
            vec![
                ("unwatched", 2 * HOUR_MS),
                ("ok", 6 * HOUR_MS),
                ("unwatched", 12 * HOUR_MS),
                // The last answer is 3 minutes old: the segment grows to now.
                ("ok", 4 * HOUR_MS),
            ]
        );
        let a = Availability::of(&segs);
        assert_eq!(a.permille(), Some(1000));
        assert_eq!(a.unwatched_ms, 14 * HOUR_MS);
        assert_eq!(
            a.name(Window::Day, &Texts::new(Lang::En)),
            "Last 24 hours: OK 10 h, not watched 14 h"
        );
        // Once the last answer is too old, the rest is not watched.
        let later = segments(&history, &w, Window::Day, now + WATCH_GAP_MS);
        assert_eq!(later.last().unwrap().health_attr(), "unwatched");
    }

    #[test]
    fn nothing_watched_says_so() {
        let segs = segments(&[], &[], Window::Week, T0);
        assert_eq!(segs, vec![seg(T0 - 7 * DAY_MS, T0, None)]);
        let a = Availability::of(&segs);
        assert_eq!(a.permille(), None);
        let en = Texts::new(Lang::En);
        assert_eq!(a.percent_text(&en), "–");
        assert_eq!(a.name(Window::Week, &en), "Last 7 days: not watched 7 d");
    }

    #[test]
    fn a_history_cut_at_its_cap_leaves_its_start_unknown() {
        let now = T0 + DAY_MS;
        let mut w = Vec::new();
        watch(&mut w, T0, now);
        // 50 flaps, the first kept at 12:00: before it the state is not
        // known, so it is not watched either.
        let mut history = Vec::new();
        for i in 0..crate::history::MAX_PER_TENANT as EpochMs {
            let (s, h) = if i % 2 == 0 {
                ("Running", Health::Ok)
            } else {
                ("OnlineMaintenance", Health::Maintenance)
            };
            history.push(t(T0 + 12 * HOUR_MS + i * 10 * MIN, s, h));
        }
        let segs = segments(&history, &w, Window::Day, now);
        assert_eq!(segs[0], seg(T0, T0 + 12 * HOUR_MS, None));
        assert_eq!(segs.len(), 1 + 50);
        let a = Availability::of(&segs);
        assert_eq!(a.unwatched_ms, 12 * HOUR_MS);
        assert_eq!(a.watched_ms(), 12 * HOUR_MS);
        // 25 ten-minute OK spans; the last flap (maintenance) lasts to now.
        assert_eq!(a.ok_ms(), 25 * 10 * MIN);
        assert_eq!(
            a.by_health,
            vec![
                (Health::Ok, 25 * 10 * MIN),
                (
                    Health::Maintenance,
                    24 * 10 * MIN + (12 * HOUR_MS - 490 * MIN)
                )
            ]
        );
    }

    #[test]
    fn a_clock_that_jumped_back_draws_nothing_after_now() {
        let mut w = Vec::new();
        watch(&mut w, T0, T0 + 2 * HOUR_MS);
        let history = [
            t(T0, "Running", Health::Ok),
            t(T0 + 90 * MIN, "Suspended", Health::Down),
        ];
        // Now is back at one hour: the change at 90 min is in the future.
        let now = T0 + HOUR_MS;
        let segs = segments(&history, &w, Window::Day, now);
        assert_eq!(
            segs.last().unwrap(),
            &seg(T0, now, Some(("Running", Health::Ok)))
        );
        assert!(segs.iter().all(|s| s.to_ms <= now && s.from_ms < s.to_ms));
        assert_eq!(segs.iter().map(Segment::length_ms).sum::<EpochMs>(), DAY_MS);
    }

    #[test]
    fn a_clock_that_jumps_forward_leaves_a_gap_not_watched() {
        let mut w = Vec::new();
        watch(&mut w, T0, T0 + HOUR_MS);
        // The machine slept (or the clock jumped) three hours.
        watch(&mut w, T0 + 4 * HOUR_MS, T0 + 5 * HOUR_MS);
        let history = [t(T0, "Running", Health::Ok)];
        let segs = segments(&history, &w, Window::Day, T0 + 5 * HOUR_MS);
        let tail: Vec<_> = segs
            .iter()
            .rev()
            .take(3)
            .map(|s| (s.health_attr(), s.length_ms()))
            .collect();
        assert_eq!(
            tail,
            vec![("ok", HOUR_MS), ("unwatched", 3 * HOUR_MS), ("ok", HOUR_MS)]
        );
    }

    #[test]
    fn segments_cover_the_window_across_midnight_and_daylight_saving() {
        // Europe/Oslo: +60 min in winter, +120 in summer; summer time
        // ends 2026-10-25 01:00 UTC.
        let change: EpochMs = 1_792_890_000_000; // 2026-10-25T01:00:00Z
        let oslo = move |at: EpochMs| if at < change { 120 } else { 60 };
        let now = change + 12 * HOUR_MS;
        let mut w = Vec::new();
        watch(&mut w, now - 2 * DAY_MS, now);
        let history = [
            t(now - 2 * DAY_MS, "Running", Health::Ok),
            t(change - 30 * MIN, "OfflineMaintenance", Health::Maintenance),
            t(change + 30 * MIN, "Running", Health::Ok),
        ];
        let segs = segments(&history, &w, Window::Day, now);
        assert_eq!(segs.iter().map(Segment::length_ms).sum::<EpochMs>(), DAY_MS);
        let a = Availability::of(&segs);
        assert_eq!(
            a.by_health,
            vec![(Health::Ok, 23 * HOUR_MS), (Health::Maintenance, HOUR_MS)]
        );
        // Midnights (local) in the 7 days up to two days later: 7 of
        // them, 25 Oct 25 hours long.
        let later = change + 2 * DAY_MS;
        let marks = day_marks(later - 7 * DAY_MS, later, &oslo);
        assert_eq!(marks.len(), 7);
        let lengths: Vec<EpochMs> = marks.windows(2).map(|p| (p[1] - p[0]) / HOUR_MS).collect();
        assert_eq!(lengths, vec![24, 24, 24, 24, 25, 24]);
        // Each is a local midnight: 22:00 UTC in summer, 23:00 in winter.
        assert_eq!((marks[4] + 120 * MIN).rem_euclid(DAY_MS), 0);
        assert_eq!((marks[5] + 60 * MIN).rem_euclid(DAY_MS), 0);
        // Spring: a 23-hour day (2026-03-29 01:00 UTC).
        let spring: EpochMs = 1_774_746_000_000;
        let oslo_spring = move |at: EpochMs| if at < spring { 60 } else { 120 };
        let marks = day_marks(spring - 3 * DAY_MS, spring + 3 * DAY_MS, &oslo_spring);
        let lengths: Vec<EpochMs> = marks.windows(2).map(|p| (p[1] - p[0]) / HOUR_MS).collect();
        assert!(
            lengths.contains(&23)
                && lengths.iter().filter(|&&l| l == 24).count() == lengths.len() - 1
        );
    }

    #[test]
    fn a_segment_across_midnight_is_one_segment() {
        // Down from 23:30 to 00:30 UTC: one 60-minute segment.
        let midnight = (T0 / DAY_MS + 1) * DAY_MS;
        let mut w = Vec::new();
        watch(&mut w, midnight - 3 * HOUR_MS, midnight + 3 * HOUR_MS);
        let history = [
            t(midnight - 3 * HOUR_MS, "Running", Health::Ok),
            t(midnight - 30 * MIN, "Suspended", Health::Down),
            t(midnight + 30 * MIN, "Running", Health::Ok),
        ];
        let segs = segments(&history, &w, Window::Day, midnight + 3 * HOUR_MS);
        let down: Vec<_> = segs
            .iter()
            .filter(|s| s.health() == Some(Health::Down))
            .collect();
        assert_eq!(down.len(), 1);
        assert_eq!(down[0].length_ms(), HOUR_MS);
        assert_eq!(
            day_marks(midnight - HOUR_MS, midnight + HOUR_MS, &|_| 0),
            vec![midnight]
        );
    }

    #[test]
    fn durations_read_in_every_language() {
        let en = Texts::new(Lang::En);
        assert_eq!(duration_text(20_000, &en), "< 1 min");
        assert_eq!(duration_text(5 * MIN, &en), "5 min");
        assert_eq!(duration_text(3 * HOUR_MS, &en), "3 h");
        assert_eq!(duration_text(DAY_MS, &en), "24 h");
        assert_eq!(
            duration_text(2 * DAY_MS + 3 * HOUR_MS + 10 * MIN, &en),
            "2 d 3 h"
        );
        assert_eq!(duration_text(DAY_MS - 10 * MIN, &en), "23 h 50 min");
        assert_eq!(duration_text(2 * DAY_MS - 10 * MIN, &en), "2 d");
        for lang in Lang::ALL {
            let texts = Texts::new(lang);
            for ms in [30_000, 5 * MIN, HOUR_MS + MIN, 3 * DAY_MS] {
                let text = duration_text(ms, &texts);
                assert!(!text.contains('{') && !text.is_empty(), "{lang:?}: {text}");
            }
        }
    }

    #[test]
    fn boards_sum_their_tenants() {
        let a = Availability {
            by_health: vec![(Health::Ok, 9 * HOUR_MS), (Health::Down, HOUR_MS)],
            unwatched_ms: 0,
        };
        let b = Availability {
            by_health: vec![(Health::Ok, 10 * HOUR_MS)],
            unwatched_ms: 14 * HOUR_MS,
        };
        let total = Availability::total([&a, &b]);
        assert_eq!(total.permille(), Some(950));
        assert_eq!(total.unwatched_ms, 14 * HOUR_MS);
    }

    #[test]
    fn places_in_the_bar() {
        let s = seg(T0 + 6 * HOUR_MS, T0 + 12 * HOUR_MS, None);
        assert_eq!(s.place(T0, T0 + DAY_MS), (25.0, 25.0));
    }
}
