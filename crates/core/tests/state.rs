//! State API answers: every state in both spellings, unrecognised values,
//! optional-field warnings and every error.

use so_tenant_status_core::*;

fn with_state(state: &str) -> String {
    format!(r#"{{"ContextIdentifier":"Cust1","State":{state}}}"#)
}

const TABLE: [(&str, u8, Health, bool); 11] = [
    ("Unknown", 0, Health::Unknown, false),
    ("Provisioning", 1, Health::Pending, false),
    ("Running", 2, Health::Ok, true),
    ("Deleted", 3, Health::Gone, false),
    ("Suspended", 4, Health::Down, false),
    ("OnlineMaintenance", 5, Health::Maintenance, true),
    ("OfflineMaintenance", 6, Health::Maintenance, false),
    ("ProvisioningFailed", 8, Health::Down, false),
    ("Deleting", 10, Health::Gone, false),
    ("DeleteFailed", 11, Health::Gone, false),
    ("MigrationPending", 12, Health::Pending, false),
];

#[test]
fn every_documented_state_by_name_and_number() {
    for (name, code, health, api) in TABLE {
        for input in [
            format!("\"{name}\""),
            format!("\"{}\"", name.to_lowercase()),
            format!("\"{}\"", name.to_uppercase()),
            code.to_string(),
        ] {
            let s = decode_state(&with_state(&input)).unwrap();
            assert_eq!(s.state.name(), name, "{input}");
            assert_eq!(s.state.code(), Some(code), "{input}");
            assert_eq!(s.health(), health, "{input}");
            assert_eq!(s.api_available(), api, "{input}");
            assert!(s.state.is_recognised());
            assert!(!s.state.description(Texts::english()).is_empty());
        }
    }
}

#[test]
fn camel_case_field_names_are_tolerated_and_extra_fields_ignored() {
    let s = decode_state(
        r#"{"contextIdentifier":"Cust9","state":"suspended","isRunning":false,"validUntil":"2026-01-01T00:00:00Z","extra":{"deep":[1,2]}}"#,
    )
    .unwrap();
    assert_eq!(s.context_identifier, "Cust9");
    assert_eq!(s.state, State::Suspended);
    assert_eq!(s.is_running, Some(false));
    assert_eq!(
        s.valid_until_iso().as_deref(),
        Some("2026-01-01T00:00:00.000Z")
    );
    assert!(s.warnings.is_empty());
}

#[test]
fn unrecognised_name_is_kept_raw() {
    let s = decode_state(&with_state("\"Hibernating\"")).unwrap();
    assert_eq!(
        s.state,
        State::Unrecognised(RawState::Name("Hibernating".into()))
    );
    assert_eq!(s.state.name(), "Hibernating");
    assert_eq!(s.state.number(), None);
    assert_eq!(s.health(), Health::Unknown);
    assert!(!s.api_available());
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!(
        (&json["state"], &json["stateCode"], &json["recognised"]),
        (
            &"Hibernating".into(),
            &serde_json::Value::Null,
            &false.into()
        )
    );
}

#[test]
fn unrecognised_numbers_including_the_gaps_are_kept_raw() {
    for n in ["7", "9", "13", "-1", "2.5"] {
        let s = decode_state(&with_state(n)).unwrap();
        assert!(!s.state.is_recognised(), "{n}");
        assert_eq!(s.state.name(), n);
        assert_eq!(s.state.number(), Some(n.parse::<f64>().unwrap()));
        assert_eq!(s.health(), Health::Unknown);
        let json = serde_json::to_string(&s).unwrap();
        assert!(
            json.contains(&format!(r#""stateCode":{n},"recognised":false"#)),
            "{json}"
        );
    }
}

#[test]
fn missing_optional_fields_are_null_without_warnings() {
    let s = decode_state(&with_state("\"Running\"")).unwrap();
    assert_eq!(s.endpoint, None);
    assert_eq!(s.api, None);
    assert_eq!(s.is_running, None);
    assert_eq!(s.valid_until_ms, None);
    assert_eq!(s.version, None);
    assert!(s.warnings.is_empty());
    assert!(serde_json::to_string(&s)
        .unwrap()
        .contains(r#""isRunning":false"#));
}

#[test]
fn explicit_nulls_count_as_missing() {
    let s = decode_state(
        r#"{"ContextIdentifier":"Cust1","State":"Running","Endpoint":null,"Api":null,"IsRunning":null,"ValidUntil":null,"Version":null}"#,
    )
    .unwrap();
    assert!(s.warnings.is_empty(), "{:?}", s.warnings);
}

fn warnings_for(extra: &str) -> (TenantState, Vec<String>) {
    let s = decode_state(&format!(
        r#"{{"ContextIdentifier":"Cust1","State":"Running","IsRunning":true,{extra}}}"#
    ))
    .unwrap();
    let w = s.warnings.clone();
    (s, w)
}

#[test]
fn wrong_typed_optional_fields_become_null_with_a_warning_naming_the_field() {
    for (extra, field) in [
        (r#""Endpoint":42"#, "Endpoint"),
        (r#""Endpoint":"not a url""#, "Endpoint"),
        (r#""Endpoint":"javascript:alert(1)""#, "Endpoint"),
        (r#""Api":["x"]"#, "Api"),
        (r#""ValidUntil":12345"#, "ValidUntil"),
        (r#""ValidUntil":"tomorrow""#, "ValidUntil"),
        (r#""ValidUntil":"2026-02-30T00:00:00Z""#, "ValidUntil"),
        (r#""Version":{"major":11}"#, "Version"),
    ] {
        let (s, w) = warnings_for(extra);
        assert_eq!(w.len(), 1, "{extra}: {w:?}");
        assert!(w[0].starts_with(&format!("{field}: ")), "{extra}: {w:?}");
        assert_eq!(s.endpoint, None);
        assert_eq!(s.api, None);
        assert_eq!(s.valid_until_ms, None);
        assert_eq!(s.version, None);
    }
}

#[test]
fn wrong_typed_is_running_is_false_with_a_warning() {
    let s = decode_state(r#"{"ContextIdentifier":"Cust1","State":"Suspended","IsRunning":"yes"}"#)
        .unwrap();
    assert_eq!(s.is_running, None);
    assert_eq!(
        s.warnings,
        vec!["IsRunning: expected a boolean, got a string; ignored"]
    );
}

#[test]
fn api_availability_comes_from_the_state_and_disagreement_is_warned() {
    let s = decode_state(r#"{"ContextIdentifier":"Cust1","State":"Suspended","IsRunning":true}"#)
        .unwrap();
    assert!(!s.api_available());
    assert_eq!(s.is_running, Some(true));
    assert_eq!(s.warnings.len(), 1);
    assert!(
        s.warnings[0].starts_with("IsRunning: reported true"),
        "{:?}",
        s.warnings
    );

    let s = decode_state(r#"{"ContextIdentifier":"Cust1","State":"Running","IsRunning":false}"#)
        .unwrap();
    assert!(s.api_available());
    assert_eq!(s.warnings.len(), 1);

    let s = decode_state(
        r#"{"ContextIdentifier":"Cust1","State":"OnlineMaintenance","IsRunning":true}"#,
    )
    .unwrap();
    assert!(s.warnings.is_empty());
}

#[test]
fn every_error_names_the_field_and_the_problem() {
    let cases: [(&str, &str); 10] = [
        (r#"{"ContextIdentifier":"Cust1"}"#, "State: missing"),
        (r#"{"State":"Running"}"#, "ContextIdentifier: missing"),
        (
            r#"{"ContextIdentifier":12,"State":"Running"}"#,
            "ContextIdentifier: expected a string, got a number",
        ),
        (
            r#"{"ContextIdentifier":"Cust1","State":true}"#,
            "State: expected a name or a number, got a boolean",
        ),
        (
            r#"{"ContextIdentifier":"Cust1","State":null}"#,
            "State: expected a name or a number, got null",
        ),
        (r#"[]"#, "expected a JSON object, got an array"),
        (r#""Running""#, "expected a JSON object, got a string"),
        (
            r#"{"ContextIdentifier":"Cust1","#,
            "invalid JSON: EOF while parsing a value at line 1 column 29",
        ),
        (
            r#"{"ContextIdentifier":"Cust1","State":2,"state":3}"#,
            "duplicate field `State` at line 1 column 46",
        ),
        (
            r#"<html>Bad gateway</html>"#,
            "invalid JSON: expected value at line 1 column 1",
        ),
    ];
    for (input, message) in cases {
        assert_eq!(
            decode_state(input).unwrap_err().to_string(),
            message,
            "{input}"
        );
    }
}

#[test]
fn input_over_64_kib_is_refused_before_parsing() {
    let padding = "x".repeat(MAX_INPUT_BYTES);
    let input = format!(r#"{{"ContextIdentifier":"Cust1","State":"Running","Pad":"{padding}"}}"#);
    let err = decode_state(&input).unwrap_err();
    assert_eq!(err, DecodeError::TooLarge { size: input.len() });
    assert!(err.to_string().contains("64 KiB"));
}

#[test]
fn hostile_nesting_is_an_error_not_a_crash() {
    let deep = format!(
        r#"{{"ContextIdentifier":"Cust1","State":"Running","x":{}}}"#,
        "[".repeat(50_000)
    );
    assert!(matches!(
        decode_state(&deep).unwrap_err(),
        DecodeError::Json(_)
    ));
    // Deep nesting inside a member the decoder reads is skipped, never built.
    let closed = |member: &str| {
        format!(
            r#"{{"ContextIdentifier":"Cust1","{member}":{}{},"State":"Running"}}"#,
            "[".repeat(20_000),
            "]".repeat(20_000)
        )
    };
    for member in ["Endpoint", "x"] {
        let _ = decode_state(&closed(member));
    }
    assert!(decode_state(&closed("State")).is_err());
}

#[test]
fn valid_until_variants() {
    for (raw, iso) in [
        ("2026-02-23T09:52:01.9342965Z", "2026-02-23T09:52:01.934Z"),
        ("2026-02-23T09:52:01Z", "2026-02-23T09:52:01.000Z"),
        ("2026-02-23T09:52:01.9", "2026-02-23T09:52:01.900Z"),
        ("2026-02-23T10:52:01.934+01:00", "2026-02-23T09:52:01.934Z"),
        (
            "2026-02-23T00:30:00.123456789-01:00",
            "2026-02-23T01:30:00.123Z",
        ),
    ] {
        let s = decode_state(&format!(
            r#"{{"ContextIdentifier":"Cust1","State":2,"ValidUntil":"{raw}"}}"#
        ))
        .unwrap();
        assert_eq!(s.valid_until_iso().as_deref(), Some(iso), "{raw}");
        assert!(s.warnings.is_empty());
    }
}

#[test]
fn api_strings_are_kept_verbatim_as_text() {
    let s = decode_state(
        r#"{"ContextIdentifier":"<img src=x onerror=alert(1)>","State":"<script>alert(1)</script>","Version":"\"><b>x</b>"}"#,
    )
    .unwrap();
    assert_eq!(s.context_identifier, "<img src=x onerror=alert(1)>");
    assert_eq!(s.state.name(), "<script>alert(1)</script>");
    assert_eq!(s.version.as_deref(), Some("\"><b>x</b>"));
}
