//! Transition history: per tenant, the last [`MAX_PER_TENANT`] changes of
//! state, health or endpoint, with their times, and the spans in which
//! checks ran ([`crate::timeline::Watched`]); the plain-words notes read
//! from it; and its stored form (one namespaced, versioned, bounded
//! `localStorage` entry per origin, read with `serde_json`: a corrupt or
//! foreign entry is ignored, never trusted).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::health::Health;
use crate::i18n::Texts;
use crate::maintenance::{Rhythm, WindowKind};
use crate::state::{State, TenantState};
use crate::time::EpochMs;
use crate::timeline::{sane_watched, Watched, MAX_WATCHED};
use crate::url::validate_context_id;

/// Transitions kept per tenant.
pub const MAX_PER_TENANT: usize = 50;
/// Tenants kept in storage; those changed longest ago go first.
pub const MAX_TENANTS: usize = 1000;
/// The `localStorage` key (one per origin).
pub const STORAGE_KEY: &str = "so-tenant-status:history";
/// The stored format's version; any other is ignored.
pub const STORAGE_VERSION: u32 = 1;
/// Default [`Notes`] threshold for "stuck": 24 hours.
pub const DEFAULT_STUCK_AFTER_MS: EpochMs = 24 * 3_600_000;

const MAX_TEXT: usize = 2048;
/// Years 2000-2200: a stored time outside is not one of ours.
const TIME_RANGE: std::ops::Range<EpochMs> = 946_684_800_000..7_258_118_400_000;

/// One change: the JS API's `Transition`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Transition {
    /// When the widget first saw it, epoch milliseconds.
    pub at_ms: EpochMs,
    /// The state's name (canonical, or as sent when unrecognised).
    pub state: String,
    /// The state's health.
    pub health: Health,
    /// `Endpoint`, when sent.
    pub endpoint: Option<String>,
}

impl Transition {
    /// The transition a state answer at `at_ms` would make.
    pub fn of(state: &TenantState, at_ms: EpochMs) -> Transition {
        Transition {
            at_ms,
            state: state.state.name(),
            health: state.health(),
            endpoint: state.endpoint.clone(),
        }
    }

    fn same_as(&self, other: &Transition) -> bool {
        self.state == other.state && self.health == other.health && self.endpoint == other.endpoint
    }

    fn is_sane(&self) -> bool {
        TIME_RANGE.contains(&self.at_ms)
            && !self.state.is_empty()
            && self.state.len() <= MAX_TEXT
            && self.endpoint.as_ref().is_none_or(|e| e.len() <= MAX_TEXT)
    }
}

/// Appends the answer to one tenant's transitions when it changes state,
/// health or endpoint; keeps the last [`MAX_PER_TENANT`]. Returns whether
/// it was a change.
pub fn record(transitions: &mut Vec<Transition>, state: &TenantState, at_ms: EpochMs) -> bool {
    let next = Transition::of(state, at_ms);
    if transitions.last().is_some_and(|last| last.same_as(&next)) {
        return false;
    }
    transitions.push(next);
    let over = transitions.len().saturating_sub(MAX_PER_TENANT);
    transitions.drain(..over);
    true
}

/// Every tenant's transitions: what `localStorage` keeps.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    tenants: BTreeMap<String, Vec<Transition>>,
    watched: BTreeMap<String, Vec<Watched>>,
}

/// The stored form as read: each transition kept as its JSON text until
/// it is read on its own, so one bad transition drops only itself.
#[derive(Deserialize)]
struct Stored {
    v: u32,
    tenants: BTreeMap<String, Vec<Box<serde_json::value::RawValue>>>,
    /// Added after version 1 shipped: an entry without it reads as
    /// nothing watched, and an older reader ignores it.
    #[serde(default)]
    watched: BTreeMap<String, Vec<Box<serde_json::value::RawValue>>>,
}

/// The stored form as written.
#[derive(Serialize)]
struct StoredOut<'a> {
    v: u32,
    tenants: BTreeMap<&'a str, &'a [Transition]>,
    watched: BTreeMap<&'a str, &'a [Watched]>,
}

impl History {
    /// One tenant's transitions, oldest first (empty when none).
    pub fn of(&self, context_id: &str) -> &[Transition] {
        self.tenants.get(context_id).map_or(&[], Vec::as_slice)
    }

    /// Replaces one tenant's transitions (the last [`MAX_PER_TENANT`]).
    pub fn set(&mut self, context_id: &str, transitions: &[Transition]) {
        let keep = transitions.len().saturating_sub(MAX_PER_TENANT);
        let kept = transitions.get(keep..).unwrap_or_default().to_vec();
        if kept.is_empty() {
            self.tenants.remove(context_id);
        } else {
            self.tenants.insert(context_id.to_owned(), kept);
        }
    }

    /// One tenant's watched spans, oldest first (empty when none).
    pub fn watched(&self, context_id: &str) -> &[Watched] {
        self.watched.get(context_id).map_or(&[], Vec::as_slice)
    }

    /// Replaces one tenant's watched spans (the last [`MAX_WATCHED`]).
    pub fn set_watched(&mut self, context_id: &str, watched: &[Watched]) {
        let keep = watched.len().saturating_sub(MAX_WATCHED);
        let kept = watched.get(keep..).unwrap_or_default().to_vec();
        if kept.is_empty() {
            self.watched.remove(context_id);
        } else {
            self.watched.insert(context_id.to_owned(), kept);
        }
    }

    /// Forgets everything.
    pub fn clear(&mut self) {
        self.tenants.clear();
        self.watched.clear();
    }

    /// How many tenants have transitions.
    pub fn len(&self) -> usize {
        self.tenants.len()
    }

    /// Whether no tenant has any.
    pub fn is_empty(&self) -> bool {
        self.tenants.is_empty()
    }

    /// The stored text: `{"v":1,"tenants":{"Cust1":[...]},"watched":
    /// {"Cust1":[[from,to],...]}}`, at most [`MAX_TENANTS`] tenants (those
    /// seen last).
    pub fn to_storage(&self) -> String {
        let seen = |ctx: &str| {
            let changed = self.of(ctx).last().map(|l| l.at_ms);
            let watched = self.watched(ctx).last().map(|w| w.to_ms());
            changed.max(watched)
        };
        let only_watched = self
            .watched
            .keys()
            .filter(|ctx| !self.tenants.contains_key(*ctx));
        let mut newest: Vec<&String> = self.tenants.keys().chain(only_watched).collect();
        newest.sort_by_key(|ctx| std::cmp::Reverse(seen(ctx)));
        newest.truncate(MAX_TENANTS);
        let (mut tenants, mut watched) = (BTreeMap::new(), BTreeMap::new());
        for ctx in newest {
            if let Some(t) = self.tenants.get(ctx) {
                tenants.insert(ctx.as_str(), t.as_slice());
            }
            if let Some(w) = self.watched.get(ctx) {
                watched.insert(ctx.as_str(), w.as_slice());
            }
        }
        serde_json::to_string(&StoredOut {
            v: STORAGE_VERSION,
            tenants,
            watched,
        })
        .unwrap_or_default()
    }

    /// Reads the stored text. Anything that is not ours is ignored: another
    /// version, a key that is not a context id, a transition that does not
    /// read or whose time is implausible or out of order; an unreadable
    /// entry gives an empty history.
    pub fn from_storage(text: &str) -> History {
        let Ok(stored) = serde_json::from_str::<Stored>(text) else {
            return History::default();
        };
        if stored.v != STORAGE_VERSION {
            return History::default();
        }
        let mut history = History::default();
        for (ctx, values) in stored.tenants.into_iter().take(MAX_TENANTS) {
            if validate_context_id(&ctx).is_err() {
                continue;
            }
            let mut kept: Vec<Transition> = Vec::new();
            for value in values {
                let Ok(t) = serde_json::from_str::<Transition>(value.get()) else {
                    continue;
                };
                let in_order = kept.last().is_none_or(|last| last.at_ms <= t.at_ms);
                if t.is_sane() && in_order {
                    kept.push(t);
                }
            }
            history.set(&ctx, &kept);
        }
        for (ctx, values) in stored.watched.into_iter().take(MAX_TENANTS) {
            if validate_context_id(&ctx).is_err() {
                continue;
            }
            // A tenant's spans are kept whole or not at all: one that does
            // not read, or out of order, says the list is not ours.
            let spans: Result<Vec<Watched>, _> = values
                .iter()
                .map(|v| serde_json::from_str::<Watched>(v.get()))
                .collect();
            match spans {
                Ok(spans) if sane_watched(&spans, &TIME_RANGE) => history.set_watched(&ctx, &spans),
                _ => {}
            }
        }
        history
    }
}

/// A stretch of time in one state: what the history list shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span<'a> {
    /// The state's name.
    pub state: &'a str,
    /// Its health.
    pub health: Health,
    /// When it began.
    pub from_ms: EpochMs,
    /// When it ended; `None` for the current one.
    pub to_ms: Option<EpochMs>,
}

/// The transitions as spans, newest first.
pub fn spans(transitions: &[Transition]) -> Vec<Span<'_>> {
    let mut spans: Vec<Span> = Vec::new();
    for (i, t) in transitions.iter().enumerate() {
        let to_ms = transitions.get(i + 1).map(|next| next.at_ms);
        spans.push(Span {
            state: &t.state,
            health: t.health,
            from_ms: t.at_ms,
            to_ms,
        });
    }
    spans.reverse();
    spans
}

impl Span<'_> {
    /// "Running since 10:02" or "OfflineMaintenance 09:40–10:02", the times
    /// written by `time` (the viewer's zone).
    pub fn text(&self, texts: &Texts, time: &dyn Fn(EpochMs) -> String) -> String {
        let from = time(self.from_ms);
        match self.to_ms {
            None => texts.with("history-since", &[("state", self.state), ("from", &from)]),
            Some(to) => texts.with(
                "history-span",
                &[("state", self.state), ("from", &from), ("to", &time(to))],
            ),
        }
    }
}

/// "Running since 10:02; OfflineMaintenance 09:40–10:02": the newest
/// `limit` spans in one line.
pub fn summary(
    transitions: &[Transition],
    limit: usize,
    texts: &Texts,
    time: &dyn Fn(EpochMs) -> String,
) -> String {
    spans(transitions)
        .iter()
        .take(limit)
        .map(|span| span.text(texts, time))
        .collect::<Vec<_>>()
        .join("; ")
}

/// When the tenant last changed, if it ever did while watched.
pub fn changed_at(transitions: &[Transition]) -> Option<EpochMs> {
    transitions.last().map(|t| t.at_ms)
}

/// A plain-words note about a tenant's recent history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note {
    /// Unknown right after Running: likely an incident, not maintenance.
    LikelyIncident,
    /// MigrationPending or Provisioning for longer than the threshold: for
    /// this long so far (milliseconds).
    Stuck(EpochMs),
    /// A maintenance state outside every published window.
    Unscheduled,
}

impl Note {
    /// `incident`, `stuck` or `unscheduled` (the `data-note` hook).
    pub fn as_str(self) -> &'static str {
        match self {
            Note::LikelyIncident => "incident",
            Note::Stuck(_) => "stuck",
            Note::Unscheduled => "unscheduled",
        }
    }

    /// The note in `texts`' language: "Likely incident, not maintenance",
    /// "Stuck for 3 days".
    pub fn text(self, texts: &Texts) -> String {
        match self {
            Note::LikelyIncident => texts.get("note-incident"),
            Note::Stuck(ms) => {
                // Whole hours, or days from two on. In all six languages
                // an integer's plural form is "one" for 1 and "other"
                // otherwise (CLDR), so one message each: the compiled
                // messages take no plural rules (docs/languages.md).
                let hours = ms / 3_600_000;
                match hours {
                    1 => texts.get("note-stuck-hour"),
                    ..48 => texts.with("note-stuck-hours", &[("hours", &hours.to_string())]),
                    _ => texts.with("note-stuck-days", &[("days", &(hours / 24).to_string())]),
                }
            }
            Note::Unscheduled => texts.get("note-unscheduled"),
        }
    }
}

/// Whether a maintenance state at `now_ms` is inside a published window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MaintenanceLabel {
    /// Inside this kind of window: expected.
    Expected(WindowKind),
    /// Outside every window.
    Unscheduled,
}

impl MaintenanceLabel {
    /// The label for `state` at `now_ms`; `None` when it is not a
    /// maintenance state.
    pub fn of(state: &State, now_ms: EpochMs, rhythm: &Rhythm) -> Option<MaintenanceLabel> {
        if !matches!(state, State::OnlineMaintenance | State::OfflineMaintenance) {
            return None;
        }
        Some(match rhythm.current(now_ms).first() {
            Some(window) => MaintenanceLabel::Expected(window.kind),
            None => MaintenanceLabel::Unscheduled,
        })
    }

    /// "Expected: in the Saturday maintenance window" or "Unscheduled:
    /// outside the published maintenance windows".
    pub fn text(self, texts: &Texts) -> String {
        match self {
            MaintenanceLabel::Expected(kind) => {
                let window = texts.get(kind.message_key());
                texts.with("maintenance-expected", &[("window", &window)])
            }
            MaintenanceLabel::Unscheduled => texts.get("note-unscheduled"),
        }
    }

    /// `expected` or `unscheduled` (the `data-maintenance` hook).
    pub fn as_str(self) -> &'static str {
        match self {
            MaintenanceLabel::Expected(_) => "expected",
            MaintenanceLabel::Unscheduled => "unscheduled",
        }
    }
}

/// The notes for a tenant's transitions at `now_ms`. `stuck_after_ms`:
/// how long MigrationPending or Provisioning may last before it is
/// "stuck" ([`DEFAULT_STUCK_AFTER_MS`] by default).
pub fn notes(
    transitions: &[Transition],
    now_ms: EpochMs,
    rhythm: &Rhythm,
    stuck_after_ms: EpochMs,
) -> Vec<Note> {
    let mut notes = Vec::new();
    let Some(last) = transitions.last() else {
        return notes;
    };
    let state = State::from_name(&last.state);
    let before = transitions
        .iter()
        .rev()
        .find(|t| t.state != last.state)
        .map(|t| State::from_name(&t.state));
    if state == State::Unknown && before == Some(State::Running) {
        notes.push(Note::LikelyIncident);
    }
    if matches!(state, State::MigrationPending | State::Provisioning) {
        // Since the first of the latest run of this state (an endpoint
        // change within it is not a new start).
        let since = transitions
            .iter()
            .rev()
            .take_while(|t| t.state == last.state)
            .last()
            .map_or(last.at_ms, |t| t.at_ms);
        let lasted = now_ms.saturating_sub(since);
        if lasted >= stuck_after_ms {
            notes.push(Note::Stuck(lasted));
        }
    }
    if MaintenanceLabel::of(&state, now_ms, rhythm) == Some(MaintenanceLabel::Unscheduled) {
        notes.push(Note::Unscheduled);
    }
    notes
}

/// How a widget reads what it watches: the maintenance rhythm and when
/// MigrationPending or Provisioning is "stuck".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Watch {
    /// The published rhythm, as the host reads it.
    pub rhythm: Rhythm,
    /// [`DEFAULT_STUCK_AFTER_MS`] unless the host says otherwise.
    pub stuck_after_ms: EpochMs,
}

impl Default for Watch {
    fn default() -> Self {
        Watch {
            rhythm: Rhythm::default(),
            stuck_after_ms: DEFAULT_STUCK_AFTER_MS,
        }
    }
}
