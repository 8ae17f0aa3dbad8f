//! What the host page is told, and what a badge says about notifications
//! and moves. Payloads are SuperOffice's documented examples, with their
//! state or endpoint changed where a test needs a second answer.

mod common;

use serde_json::{json, Value};
use so_tenant_status_core::badge::{moved_text, notified_text, BadgeModel};
use so_tenant_status_core::host::{HostEvent, Reporter};
use so_tenant_status_core::status::{CheckError, Notified, TenantStatus};
use so_tenant_status_core::*;

const NOW: i64 = 1_800_000_000_000;

/// The documented Running example, with `State` and the endpoint's host
/// replaced.
fn answer(state: &str, host: &str) -> TenantState {
    let mut payload: Value = serde_json::from_str(&common::fixture("state-running.json")).unwrap();
    let ctx = payload["ContextIdentifier"].as_str().unwrap().to_owned();
    payload["State"] = json!(state);
    payload["Endpoint"] = json!(format!("https://{host}/{ctx}"));
    payload["Api"] = json!(format!("https://{host}/{ctx}/api"));
    decode_state(&payload.to_string()).unwrap()
}

fn detail(event: &HostEvent) -> Value {
    serde_json::to_value(event.detail("Cust12345", "sod")).unwrap()
}

#[test]
fn the_first_answer_is_a_status_change_from_null() {
    let mut status = TenantStatus::default();
    let mut reporter = Reporter::default();
    assert!(reporter.observe(&status).is_empty(), "nothing known yet");
    status.record_state(answer("Running", "sod2.superoffice.com"), NOW);
    let events = reporter.observe(&status);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].name(), "sots-statuschange");
    let d = detail(&events[0]);
    assert_eq!(d["contextIdentifier"], "Cust12345");
    assert_eq!(d["env"], "sod");
    assert_eq!(d["previous"], Value::Null);
    assert_eq!(d["current"]["state"], "Running");
    assert_eq!(d["current"]["health"], "ok");
    assert_eq!(d["current"]["apiAvailable"], true);
}

#[test]
fn an_unchanged_refresh_fires_nothing_and_a_change_names_both() {
    let mut status = TenantStatus::default();
    let mut reporter = Reporter::default();
    status.record_state(answer("Running", "sod2.superoffice.com"), NOW);
    reporter.observe(&status);
    status.record_state(answer("Running", "sod2.superoffice.com"), NOW + 60_000);
    assert!(reporter.observe(&status).is_empty());
    status.record_state(answer("Suspended", "sod2.superoffice.com"), NOW + 120_000);
    let events = reporter.observe(&status);
    assert_eq!(events.len(), 1);
    let d = detail(&events[0]);
    assert_eq!(d["previous"]["state"], "Running");
    assert_eq!(d["current"]["state"], "Suspended");
    assert_eq!(d["current"]["health"], "down");
}

#[test]
fn a_run_of_failures_is_reported_once() {
    let mut status = TenantStatus::default();
    let mut reporter = Reporter::default();
    status.record_state(answer("Running", "sod2.superoffice.com"), NOW);
    reporter.observe(&status);
    status.record_error(CheckError::Timeout);
    let events = reporter.observe(&status);
    assert_eq!(events.len(), 1, "{events:?}");
    let d = detail(&events[0]);
    assert_eq!(d["error"]["kind"], "timeout");
    assert_eq!(d["error"]["status"], Value::Null);
    assert!(d["error"]["message"].as_str().unwrap().contains("in time"));
    status.record_error(CheckError::Server(503));
    assert!(reporter.observe(&status).is_empty(), "same run");
    status.record_state(answer("Running", "sod2.superoffice.com"), NOW + 1);
    assert!(reporter.observe(&status).is_empty(), "state unchanged");
    status.record_error(CheckError::NotFound);
    let d = detail(&reporter.observe(&status)[0]);
    assert_eq!(
        (d["error"]["kind"].clone(), d["error"]["status"].clone()),
        (json!("notFound"), json!(404))
    );
}

#[test]
fn error_kinds_are_the_documented_names() {
    let kinds: Vec<_> = [
        CheckError::Network,
        CheckError::NotFound,
        CheckError::Misdirected,
        CheckError::RateLimited,
        CheckError::Server(500),
        CheckError::Http(403),
        CheckError::Timeout,
        CheckError::InvalidPayload("x".into()),
        CheckError::InvalidInput("x".into()),
    ]
    .iter()
    .map(|e| (e.event_kind(), e.http_status()))
    .collect();
    assert_eq!(
        CheckError::NotFound.summary(Texts::english()),
        "Not found (404)"
    );
    assert_eq!(
        CheckError::Server(503).summary(Texts::english()),
        "Server error (503)"
    );
    assert_eq!(CheckError::Timeout.summary(Texts::english()), "Timed out");
    assert_eq!(
        kinds,
        [
            ("network", None),
            ("notFound", Some(404)),
            ("misdirected", Some(421)),
            ("rateLimited", Some(429)),
            ("server", Some(500)),
            ("server", Some(403)),
            ("timeout", None),
            ("invalid", None),
            ("invalid", None),
        ]
    );
}

#[test]
fn a_new_endpoint_between_answers_is_a_move() {
    let mut status = TenantStatus::default();
    let mut reporter = Reporter::default();
    status.record_state(answer("Running", "sod2.superoffice.com"), NOW);
    reporter.observe(&status);
    assert_eq!(status.moved, None);
    status.record_state(answer("Running", "sod3.superoffice.com"), NOW + 5_000);
    let moved = status.moved.clone().expect("a move");
    assert_eq!(moved.at_ms, NOW + 5_000);
    assert_eq!(
        moved_text(&moved, "10:42", Texts::english()),
        "Moved from sod2.superoffice.com to sod3.superoffice.com at 10:42"
    );
    let events = reporter.observe(&status);
    assert_eq!(events.len(), 1, "state unchanged, endpoint changed");
    assert_eq!(events[0].name(), "sots-endpointchange");
    let d = detail(&events[0]);
    assert_eq!(d["reason"], "check");
    assert_eq!(
        d["from"]["endpoint"],
        "https://sod2.superoffice.com/Cust37911"
    );
    assert_eq!(d["to"]["api"], "https://sod3.superoffice.com/Cust37911/api");
    assert_eq!(d["publicEndpoint"], Value::Null);
    // The move stays on the badge after later answers.
    status.record_state(answer("Running", "sod3.superoffice.com"), NOW + 9_000);
    assert_eq!(status.moved, Some(moved));
    let model = BadgeModel::new(&status, NOW + 9_000, Texts::english());
    assert_eq!(
        model.links[0].href.as_deref(),
        Some("https://sod3.superoffice.com/Cust37911")
    );
}

#[test]
fn a_move_notification_marks_the_badge_until_the_next_answer() {
    let notification = decode_notification(&common::fixture("notification-move.json")).unwrap();
    let mut status = TenantStatus::default();
    status.record_state(answer("Running", "sod2.superoffice.com"), NOW);
    let event = HostEvent::for_notification(&notification, &status).expect("Move");
    let d = detail(&event);
    assert_eq!(d["reason"], "notification");
    assert_eq!(d["publicEndpoint"], "sod3.superoffice.com");
    assert_eq!(
        d["from"]["endpoint"],
        "https://sod2.superoffice.com/Cust37911"
    );
    assert_eq!(d["to"], Value::Null);

    status.record_notification(Notified {
        change_type: notification.change_type,
        at_ms: NOW + 1,
        public_endpoint: notification.public_endpoint.clone(),
    });
    let model = BadgeModel::new(&status, NOW + 1, Texts::english());
    assert_eq!(model.notified_attr(), Some("Move"));
    assert_eq!(
        notified_text(model.notified.as_ref().unwrap(), "10:42", Texts::english()),
        "Move notified at 10:42: moving to sod3.superoffice.com, confirming…"
    );
    // The notification is never a state: the badge still shows Running.
    assert_eq!(model.state_attr.as_deref(), Some("Running"));
    status.record_state(answer("Running", "sod3.superoffice.com"), NOW + 2);
    assert_eq!(
        BadgeModel::new(&status, NOW + 2, Texts::english()).notified_attr(),
        None
    );
}

#[test]
fn other_notifications_say_what_was_notified() {
    let upgrade = decode_notification(&common::fixture("notification-upgrade.json")).unwrap();
    let status = TenantStatus::default();
    assert_eq!(HostEvent::for_notification(&upgrade, &status), None);
    let text = |change_type| {
        notified_text(
            &Notified {
                change_type,
                at_ms: NOW,
                public_endpoint: None,
            },
            "10:42",
            Texts::english(),
        )
    };
    assert_eq!(
        text(ChangeType::Suspend),
        "Suspend notified at 10:42, confirming…"
    );
    assert_eq!(
        text(ChangeType::Unrecognised(9)),
        "Change type 9 notified at 10:42, confirming…"
    );
    // A failed re-check is an answer too: the mark goes.
    let mut status = TenantStatus::default();
    status.record_notification(Notified {
        change_type: ChangeType::Suspend,
        at_ms: NOW,
        public_endpoint: None,
    });
    status.record_error(CheckError::Network);
    assert_eq!(status.notified, None);
}

#[test]
fn the_live_region_hears_each_change_once_and_no_first_answer_or_unchanged_refresh() {
    let mut status = TenantStatus::default();
    let mut reporter = Reporter::default();
    let mut said = |status: &TenantStatus| -> Vec<String> {
        reporter
            .observe(status)
            .iter()
            .filter_map(|e| e.announcement("Cust12345", Texts::english()))
            .collect()
    };
    assert!(said(&status).is_empty(), "nothing known");
    status.record_state(answer("Running", "sod2.superoffice.com"), NOW);
    assert!(
        said(&status).is_empty(),
        "the first answer is on screen already"
    );
    status.record_state(answer("Running", "sod3.superoffice.com"), NOW + 60_000);
    assert!(
        said(&status).is_empty(),
        "a move is no change of state or health"
    );
    status.record_error(CheckError::Timeout);
    assert!(
        said(&status).is_empty(),
        "a failed check is no state change"
    );
    status.record_state(answer("Suspended", "sod3.superoffice.com"), NOW + 120_000);
    assert_eq!(said(&status), ["Cust12345 is now Suspended: down"]);
    assert!(said(&status).is_empty(), "said once");
    status.record_state(answer("Running", "sod3.superoffice.com"), NOW + 180_000);
    assert_eq!(said(&status), ["Cust12345 is now Running: ok"]);
}
