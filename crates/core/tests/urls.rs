//! State API URLs, context ids, base URLs and link safety.

use so_tenant_status_core::*;

#[test]
fn state_url_per_environment() {
    assert_eq!(
        state_url("sod", "Cust12345", None).unwrap(),
        "https://sod.superoffice.com/api/state/Cust12345"
    );
    assert_eq!(
        state_url("qaonline", "Cust1", None).unwrap(),
        "https://qaonline.superoffice.com/api/state/Cust1"
    );
    assert_eq!(
        state_url("stage", "Cust1", None).unwrap(),
        "https://qaonline.superoffice.com/api/state/Cust1"
    );
    assert_eq!(
        state_url("online", "Cust1234567890", None).unwrap(),
        "https://online.superoffice.com/api/state/Cust1234567890"
    );
    assert_eq!(
        state_url("ONLINE", "Cust1", None).unwrap(),
        "https://online.superoffice.com/api/state/Cust1"
    );
}

#[test]
fn unknown_environments_are_refused() {
    for env in ["prod", "", "sod2", "online.evil.com"] {
        assert_eq!(
            state_url(env, "Cust1", None).unwrap_err().to_string(),
            format!("env: expected sod, qaonline, online or stage, got {env:?}")
        );
    }
}

#[test]
fn only_cust_and_one_to_ten_digits_is_a_context_id() {
    for bad in [
        "",
        "Cust",
        "cust1",
        "CUST1",
        "Cust12345678901",
        "Cust1/..",
        "../Cust1",
        "Cust1%2F",
        "Cust 1",
        " Cust1",
        "Cust1 ",
        "Cust1?x=1",
        "Cust1#x",
        "Cust١",
        "Cust-1",
        "Cust1.json",
        "Cust1/",
        "Cust1\n",
    ] {
        let err = state_url("sod", bad, None).unwrap_err();
        assert_eq!(err, UrlError::ContextId(bad.into()), "{bad:?}");
        assert!(err
            .to_string()
            .starts_with("contextId: expected Cust followed by 1 to 10 digits"));
    }
    assert!(validate_context_id("Cust0").is_ok());
}

#[test]
fn base_url_replaces_the_host_with_trailing_slash_tolerated() {
    assert_eq!(
        state_url("sod", "Cust1", Some("http://127.0.0.1:8787")).unwrap(),
        "http://127.0.0.1:8787/api/state/Cust1"
    );
    assert_eq!(
        state_url("sod", "Cust1", Some("http://127.0.0.1:8787/")).unwrap(),
        "http://127.0.0.1:8787/api/state/Cust1"
    );
    assert_eq!(
        state_url(
            "online",
            "Cust1",
            Some("https://portal.example.com/so/online/")
        )
        .unwrap(),
        "https://portal.example.com/so/online/api/state/Cust1"
    );
    assert_eq!(
        state_url("sod", "Cust1", Some("HTTP://LOCALHOST:8080")).unwrap(),
        "http://localhost:8080/api/state/Cust1"
    );
    assert_eq!(
        state_url("sod", "Cust1", Some("http://[::1]:8787")).unwrap(),
        "http://[::1]:8787/api/state/Cust1"
    );
    assert_eq!(
        state_url("sod", "Cust1", Some("")).unwrap(),
        "https://sod.superoffice.com/api/state/Cust1"
    );
}

#[test]
fn unsafe_base_urls_are_refused_with_the_reason() {
    for (base, reason) in [
        ("ftp://example.com", "expected an http:// or https:// URL"),
        ("javascript:alert(1)", "expected an http:// or https:// URL"),
        ("//example.com", "expected an http:// or https:// URL"),
        ("example.com", "expected an http:// or https:// URL"),
        ("https://user:pw@example.com", "must not contain user info"),
        (
            "https://example.com?x=1",
            "must not have a query or fragment",
        ),
        (
            "https://example.com/#frag",
            "must not have a query or fragment",
        ),
        (
            "https://example.com/a/../b",
            "the path must not contain '.', '..', '//' or '%'",
        ),
        (
            "https://example.com/%2e%2e",
            "the path must not contain '.', '..', '//' or '%'",
        ),
        (
            "https://exa mple.com",
            "must not contain spaces, control characters or backslashes",
        ),
        (
            "https://example.com\\@evil.com",
            "must not contain spaces, control characters or backslashes",
        ),
        ("https://", "expected a host name, optionally with a port"),
        (
            "https://example.com:99999999",
            "expected a host name, optionally with a port",
        ),
    ] {
        let error = state_url("sod", "Cust1", Some(base)).unwrap_err();
        assert!(matches!(error, UrlError::BaseUrl(_)), "{base}");
        assert_eq!(error.to_string(), format!("baseUrl: {reason}"), "{base}");
    }
}

#[test]
fn only_https_superoffice_urls_are_safe_links() {
    for ok in [
        "https://online2.superoffice.com/Cust12345",
        "https://sod2.superoffice.com/Cust37911/api",
        "https://superoffice.com/",
        "https://disasterrecovery.superoffice.com:443/Cust1",
        "HTTPS://APP.SUPEROFFICE.COM/Cust1",
    ] {
        assert_eq!(safe_link(ok), Some(ok), "{ok}");
    }
    for bad in [
        "http://online2.superoffice.com/Cust1",
        "javascript:alert(1)//superoffice.com",
        "https://superoffice.com.evil.com/",
        "https://evilsuperoffice.com/",
        "https://user@online.superoffice.com/",
        "https://evil.com\\.superoffice.com/",
        "https://evil.com/.superoffice.com",
        "https://online.superoffice.com/ x",
        "data:text/html,<script>alert(1)</script>",
        "",
    ] {
        assert_eq!(safe_link(bad), None, "{bad}");
    }
}
