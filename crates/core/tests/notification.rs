//! Change notifications, change types and tokens.

use serde_json::json;
use so_tenant_status_core::notification::Token;
use so_tenant_status_core::*;

fn b64url(bytes: &[u8]) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n =
            chunk.iter().fold(0u32, |acc, b| (acc << 8) | u32::from(*b)) << (8 * (3 - chunk.len()));
        for i in 0..=chunk.len() {
            out.push(A[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

fn jwt(header: &str, payload: &str) -> String {
    format!(
        "{}.{}.c2lnbmF0dXJl",
        b64url(header.as_bytes()),
        b64url(payload.as_bytes())
    )
}

#[test]
fn every_documented_change_type_decodes() {
    for (code, name) in [
        "Upgrade",
        "BackupRestored",
        "Suspend",
        "Resume",
        "Delete",
        "Move",
    ]
    .iter()
    .enumerate()
    {
        let n = decode_notification(&format!(
            r#"{{"ChangeType":{code},"ContextIdentifier":"Cust1"}}"#
        ))
        .unwrap();
        assert_eq!(n.change_type.name(), *name);
        assert_eq!(n.change_type.code(), code as i64);
        assert!(n.change_type.is_recognised());
        assert!(!n.change_type.integration(Texts::english()).is_empty());
        assert_eq!(
            n.token,
            Token {
                raw: None,
                claims: None,
                error: None
            }
        );
    }
}

#[test]
fn unrecognised_change_types_keep_their_number() {
    for code in [6i64, 42, -3] {
        let n = decode_notification(&format!(
            r#"{{"ChangeType":{code},"ContextIdentifier":"Cust1"}}"#
        ))
        .unwrap();
        assert_eq!(n.change_type, ChangeType::Unrecognised(code));
        let info = serde_json::to_value(n.change_type).unwrap();
        assert_eq!(info["code"], json!(code));
        assert_eq!(info["recognised"], json!(false));
        assert_eq!(info["name"], json!("Unrecognised"));
        assert!(n
            .change_type
            .description(Texts::english())
            .contains(&code.to_string()));
    }
}

#[test]
fn change_type_errors_name_the_field() {
    for (input, message) in [
        (r#"{"ContextIdentifier":"Cust1"}"#, "ChangeType: missing"),
        (
            r#"{"ChangeType":1.5,"ContextIdentifier":"Cust1"}"#,
            "ChangeType: expected an integer, got 1.5",
        ),
        (
            r#"{"ChangeType":true,"ContextIdentifier":"Cust1"}"#,
            "ChangeType: expected an integer, got a boolean",
        ),
        (
            r#"{"ChangeType":"Teleport","ContextIdentifier":"Cust1"}"#,
            "ChangeType: expected an integer or a documented name, got \"Teleport\"",
        ),
        (r#"{"ChangeType":0}"#, "ContextIdentifier: missing"),
        (
            r#"{"ChangeType":0,"ContextIdentifier":null}"#,
            "ContextIdentifier: expected a string, got null",
        ),
        ("[1]", "expected a JSON object, got an array"),
    ] {
        assert_eq!(
            decode_notification(input).unwrap_err().to_string(),
            message,
            "{input}"
        );
    }
}

#[test]
fn change_type_names_and_numeric_strings_are_accepted() {
    let n = decode_notification(r#"{"changeType":"move","contextIdentifier":"Cust1","publicEndpoint":"sod3.superoffice.com"}"#).unwrap();
    assert_eq!(n.change_type, ChangeType::Move);
    assert!(n.warnings.is_empty());
    let n = decode_notification(r#"{"ChangeType":"4","ContextIdentifier":"Cust1"}"#).unwrap();
    assert_eq!(n.change_type, ChangeType::Delete);
}

#[test]
fn well_formed_jwt_claims_are_decoded_but_never_verified() {
    let token = jwt(
        r#"{"alg":"RS256","typ":"JWT"}"#,
        r#"{"iss":"https://sod.superoffice.com","http://schemes.superoffice.net/identity/ctx":"Cust1","exp":1767225600}"#,
    );
    let n = decode_notification(&format!(
        r#"{{"ChangeType":2,"ContextIdentifier":"Cust1","Token":"{token}"}}"#
    ))
    .unwrap();
    let claims = n.token.claims.clone().unwrap().to_value().unwrap();
    assert_eq!(claims["iss"], json!("https://sod.superoffice.com"));
    assert_eq!(claims["exp"], json!(1_767_225_600));
    assert_eq!(n.token.error, None);
    // Numbers stay as the sender wrote them, even where f64 cannot hold them.
    let exact = jwt(r#"{"alg":"RS256"}"#, r#"{"a":1e400,"b":-0,"c":4.35e-200}"#);
    let m = decode_notification(&format!(
        r#"{{"ChangeType":2,"ContextIdentifier":"Cust1","Token":"{exact}"}}"#
    ))
    .unwrap();
    assert_eq!(
        m.token.claims.as_ref().unwrap().json(),
        r#"{"a":1e400,"b":-0,"c":4.35e-200}"#
    );
    let out = serde_json::to_string(&n).unwrap();
    assert!(out.contains(r#""verified":false"#), "{out}");
    assert!(
        out.contains(r#""claims":{"iss":"https://sod.superoffice.com""#),
        "{out}"
    );
}

#[test]
fn malformed_tokens_are_reported_and_the_notification_still_decodes() {
    let not_json = format!("{}.{}.sig", b64url(b"{\"alg\":\"none\"}"), b64url(b"hello"));
    let array_payload = format!("{}.{}.sig", b64url(b"{}"), b64url(b"[1]"));
    let bad_header = format!("{}.{}.sig", b64url(b"nope"), b64url(b"{}"));
    for (token, problem) in [
        (
            "eyJ....",
            "expected three base64url parts separated by dots, found 5",
        ),
        (
            "eyJ234ASD...1234#",
            "expected three base64url parts separated by dots, found 4",
        ),
        (
            "abc",
            "expected three base64url parts separated by dots, found 1",
        ),
        ("a.b.c", "the header is not base64url"),
        ("e30.e30.s!g", "the signature is not base64url"),
        (not_json.as_str(), "the payload is not a JSON object"),
        (array_payload.as_str(), "the payload is not a JSON object"),
        (bad_header.as_str(), "the header is not a JSON object"),
    ] {
        let n = decode_notification(&format!(
            r#"{{"ChangeType":0,"ContextIdentifier":"Cust1","Token":"{token}"}}"#
        ))
        .unwrap();
        assert_eq!(n.token.raw.as_deref(), Some(token));
        assert_eq!(n.token.claims, None);
        assert_eq!(
            n.token.error.as_deref(),
            Some(format!("Token: not a well-formed JWT: {problem}").as_str()),
            "{token}"
        );
    }
    let n =
        decode_notification(r#"{"ChangeType":0,"ContextIdentifier":"Cust1","Token":7}"#).unwrap();
    assert_eq!(
        n.token.error.as_deref(),
        Some("Token: expected a string, got a number")
    );
}

#[test]
fn wrong_typed_optional_notification_fields_are_null_with_warnings() {
    let n = decode_notification(r#"{"ChangeType":5,"ContextIdentifier":"Cust1","VersionName":1,"FileVersion":[],"PublicEndpoint":false}"#).unwrap();
    assert_eq!(
        (n.version_name, n.file_version, n.public_endpoint),
        (None, None, None)
    );
    assert_eq!(n.warnings.len(), 4, "{:?}", n.warnings);
    assert!(n.warnings[0].starts_with("VersionName: "));
    assert!(n.warnings[3].starts_with("PublicEndpoint: missing"));
}

#[test]
fn change_type_legend_has_all_six_with_meanings() {
    let rows = legend::change_type_rows(Texts::english());
    let codes: Vec<i64> = rows.iter().map(|r| r.code).collect();
    assert_eq!(codes, [0, 1, 2, 3, 4, 5]);
    let legend = serde_json::to_value(legend::legend(Texts::english())).unwrap();
    let types = legend["changeTypes"].as_array().unwrap();
    assert_eq!(types.len(), 6);
    assert_eq!(types[5]["name"], json!("Move"));
    assert_eq!(legend["states"].as_array().unwrap().len(), 11);
    assert_eq!(
        legend["states"][4],
        json!({
            "code": 4,
            "name": "Suspended",
            "health": "down",
            "apiAvailable": false,
            "description": State::Suspended.description(Texts::english()),
            "guidance": "Stop scheduled jobs; resume them on a Resume notification.",
        })
    );
}
