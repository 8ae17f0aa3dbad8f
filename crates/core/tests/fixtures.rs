//! Every documented example payload decodes to the documented values.

mod common;
use common::fixture;
use serde_json::json;
use so_tenant_status_core::*;

#[test]
fn older_running_example_decodes_with_no_warnings() {
    let s = decode_state(&fixture("state-running.json")).unwrap();
    assert_eq!(
        s,
        TenantState {
            context_identifier: "Cust37911".into(),
            endpoint: Some("https://sod2.superoffice.com/Cust37911".into()),
            api: Some("https://sod2.superoffice.com/Cust37911/api".into()),
            state: State::Running,
            is_running: Some(true),
            valid_until_ms: Some(1_601_891_521_934),
            version: None,
            warnings: vec![],
        }
    );
    assert_eq!(s.health(), Health::Ok);
    assert!(s.api_available());
    assert_eq!(
        s.valid_until_iso().as_deref(),
        Some("2020-10-05T09:52:01.934Z")
    );
}

#[test]
fn newer_running_example_carries_its_version() {
    let s = decode_state(&fixture("state-running-with-version.json")).unwrap();
    assert_eq!(s.context_identifier, "Cust12345");
    assert_eq!(
        s.endpoint.as_deref(),
        Some("https://online2.superoffice.com/Cust12345")
    );
    assert_eq!(
        s.api.as_deref(),
        Some("https://online2.superoffice.com/Cust12345/api")
    );
    assert_eq!(s.version.as_deref(), Some("Release_11.10_2026.02.24-02"));
    assert_eq!(
        s.valid_until_iso().as_deref(),
        Some("2026-02-23T09:52:01.934Z")
    );
    assert!(s.warnings.is_empty());
}

#[test]
fn state_json_matches_the_js_contract() {
    let s = decode_state(&fixture("state-running.json")).unwrap();
    assert_eq!(
        serde_json::to_value(&s).unwrap(),
        json!({
            "contextIdentifier": "Cust37911",
            "endpoint": "https://sod2.superoffice.com/Cust37911",
            "api": "https://sod2.superoffice.com/Cust37911/api",
            "state": "Running",
            "stateCode": 2,
            "recognised": true,
            "isRunning": true,
            "apiAvailable": true,
            "health": "ok",
            "description": State::Running.description(Texts::english()),
            "guidance": "API calls allowed.",
            "validUntil": "2020-10-05T09:52:01.934Z",
            "validUntilMs": 1_601_891_521_934_i64,
            "version": null,
            "warnings": [],
        })
    );
}

#[test]
fn upgrade_notification_decodes_and_its_sample_token_is_reported_malformed() {
    let n = decode_notification(&fixture("notification-upgrade.json")).unwrap();
    assert_eq!(n.change_type, ChangeType::Upgrade);
    assert_eq!(n.context_identifier, "Cust12345");
    assert_eq!(n.version_name.as_deref(), Some("Release 8.4 R08"));
    assert_eq!(n.file_version.as_deref(), Some("8.4.12.1234"));
    assert_eq!(n.public_endpoint, None);
    assert_eq!(n.token.raw.as_deref(), Some("eyJ234ASD...1234#"));
    assert_eq!(n.token.claims, None);
    assert!(n
        .token
        .error
        .as_deref()
        .unwrap()
        .starts_with("Token: not a well-formed JWT"));
    assert!(n.warnings.is_empty());
}

#[test]
fn move_notification_names_the_new_endpoint() {
    let n = decode_notification(&fixture("notification-move.json")).unwrap();
    assert_eq!(n.change_type, ChangeType::Move);
    assert_eq!(n.public_endpoint.as_deref(), Some("sod3.superoffice.com"));
    assert_eq!(
        n.version_name.as_deref(),
        Some("Release_10.3.8_2024.08.30-01")
    );
    assert_eq!(n.file_version.as_deref(), Some("10.3.8.2024"));
    assert_eq!(n.token.raw.as_deref(), Some("eyJ...."));
    assert!(n.token.error.is_some());
    let v = serde_json::to_value(&n).unwrap();
    assert_eq!(
        v["token"],
        json!({ "raw": "eyJ....", "claims": null, "verified": false, "error": n.token.error })
    );
    assert_eq!(v["changeType"]["name"], "Move");
    assert_eq!(v["publicEndpoint"], "sod3.superoffice.com");
}

#[test]
fn api_version_document_is_not_a_state_answer() {
    assert_eq!(
        decode_state(&fixture("api-version.json"))
            .unwrap_err()
            .to_string(),
        "ContextIdentifier: missing"
    );
}
