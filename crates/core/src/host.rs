//! What the host page is told: the `sots-statuschange`, `sots-checkerror`
//! and `sots-endpointchange` events, decided here and dispatched by the
//! widget layer as `CustomEvent`s with these details.
//!
//! Each mount (a widget, a board) has one [`Reporter`] per tenant. It
//! remembers what it last reported and, shown the tenant's current
//! [`TenantStatus`] after every check, says which events are due: the first
//! answer and every change of state or health; the first failure of a run
//! of failures; a change of `Endpoint` or `Api`. A mount that joins a
//! tenant already known hears its state as a first answer.
//!
//! What a mount's live region says follows from the same events
//! ([`HostEvent::announcement`]): one sentence per change of state or
//! health after the first answer, and nothing for an unchanged refresh.

use serde::Serialize;

use crate::i18n::Texts;
use crate::notification::TenantNotification;
use crate::state::TenantState;
use crate::status::{CheckError, Endpoints, TenantStatus};

/// Why `sots-endpointchange` fired.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum EndpointReason {
    /// Two answers of the state API named different places.
    Check,
    /// A Move notification was applied.
    Notification,
}

/// `sots-checkerror`'s `detail.error`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErrorDetail {
    /// [`CheckError::event_kind`].
    pub kind: &'static str,
    /// The HTTP status, when there was one.
    pub status: Option<u16>,
    /// What happened, in plain words.
    pub message: String,
}

impl From<&CheckError> for ErrorDetail {
    fn from(error: &CheckError) -> Self {
        ErrorDetail {
            kind: error.event_kind(),
            status: error.http_status(),
            message: error.to_string(),
        }
    }
}

/// One event for the host page, without the tenant's identity (see
/// [`HostEvent::detail`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged, rename_all_fields = "camelCase")]
pub enum HostEvent {
    /// `sots-statuschange`: the first answer, or a new state or health.
    StatusChange {
        /// What was reported before; `None` for the first answer.
        previous: Option<Box<TenantState>>,
        /// The state now.
        current: Box<TenantState>,
    },
    /// `sots-checkerror`: the first failure of a run of failures.
    CheckError {
        /// The failure.
        error: ErrorDetail,
    },
    /// `sots-endpointchange`: `Endpoint` or `Api` changed, or a Move
    /// notification was applied.
    EndpointChange {
        /// Where the tenant answered before (`None`: not known).
        from: Option<Endpoints>,
        /// Where it answers now (`None`: not known yet, after a notification).
        to: Option<Endpoints>,
        /// The Move notification's `PublicEndpoint`.
        public_endpoint: Option<String>,
        /// Why it fired.
        reason: EndpointReason,
    },
}

impl HostEvent {
    /// The DOM event's type.
    pub fn name(&self) -> &'static str {
        match self {
            HostEvent::StatusChange { .. } => "sots-statuschange",
            HostEvent::CheckError { .. } => "sots-checkerror",
            HostEvent::EndpointChange { .. } => "sots-endpointchange",
        }
    }

    /// What the mount's live region says of this event, if anything:
    /// "Cust1004 is now Suspended: down" for a change of state or health.
    /// The first answer is on screen already (the badge's own accessible
    /// name says it), and failed checks and moves change no state, so they
    /// say nothing.
    pub fn announcement(&self, context_id: &str, texts: &Texts) -> Option<String> {
        match self {
            HostEvent::StatusChange {
                previous: Some(_),
                current,
            } => Some(texts.with(
                "announce-change",
                &[
                    ("context", context_id),
                    ("state", &current.state.name()),
                    ("health", &current.health().word(texts)),
                ],
            )),
            _ => None,
        }
    }

    /// The event's `detail`: `{ contextIdentifier, env, ...this event }`.
    pub fn detail<'a>(&'a self, context_identifier: &'a str, env: &'a str) -> EventDetail<'a> {
        EventDetail {
            context_identifier,
            env,
            event: self,
        }
    }

    /// The `sots-endpointchange` of a Move notification (`None` for any
    /// other change type): from where the tenant answered last, to a place
    /// not known until the re-check.
    pub fn for_notification(
        notification: &TenantNotification,
        status: &TenantStatus,
    ) -> Option<HostEvent> {
        (notification.change_type == crate::ChangeType::Move).then(|| HostEvent::EndpointChange {
            from: status.last.as_ref().map(Endpoints::of),
            to: None,
            public_endpoint: notification.public_endpoint.clone(),
            reason: EndpointReason::Notification,
        })
    }
}

/// A host event's `detail`, serialized for `CustomEvent`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EventDetail<'a> {
    /// The tenant's context id.
    pub context_identifier: &'a str,
    /// The environment as the mount was given it.
    pub env: &'a str,
    /// The event's own members.
    #[serde(flatten)]
    pub event: &'a HostEvent,
}

/// What one mount has told its host page about one tenant.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reporter {
    /// The last state reported.
    reported: Option<TenantState>,
    /// Whether a run of failures has been reported and not ended.
    failing: bool,
}

impl Reporter {
    /// The events due now that the tenant's status is `status`; remembers
    /// them as reported. An unchanged status gives none.
    pub fn observe(&mut self, status: &TenantStatus) -> Vec<HostEvent> {
        let mut events = Vec::new();
        if let Some(current) = &status.last {
            let changed = self.reported.as_ref().is_none_or(|previous| {
                previous.state != current.state || previous.health() != current.health()
            });
            let moved = self.reported.as_ref().and_then(|previous| {
                let (from, to) = (Endpoints::of(previous), Endpoints::of(current));
                (from != to).then_some((from, to))
            });
            if changed || moved.is_some() {
                let previous = self.reported.replace(current.clone());
                if changed {
                    events.push(HostEvent::StatusChange {
                        previous: previous.map(Box::new),
                        current: Box::new(current.clone()),
                    });
                }
            }
            if let Some((from, to)) = moved {
                events.push(HostEvent::EndpointChange {
                    from: Some(from),
                    to: Some(to),
                    public_endpoint: None,
                    reason: EndpointReason::Check,
                });
            }
        }
        match &status.error {
            Some(error) if !self.failing => {
                self.failing = true;
                events.push(HostEvent::CheckError {
                    error: error.into(),
                });
            }
            Some(_) => {}
            None => {
                if status.last.is_some() {
                    self.failing = false;
                }
            }
        }
        events
    }
}
