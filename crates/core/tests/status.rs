//! Check outcomes: a failed check is never a tenant state.

use so_tenant_status_core::status::*;
use so_tenant_status_core::*;

const NOW: i64 = 1_800_000_000_000;

fn state(name: &str) -> TenantState {
    decode_state(&format!(
        r#"{{"ContextIdentifier":"Cust1","State":"{name}","ValidUntil":"{}"}}"#,
        time::format_iso_ms(NOW + 60_000).unwrap()
    ))
    .unwrap()
}

#[test]
fn http_statuses_map_to_their_own_outcomes() {
    assert_eq!(CheckError::from_status(200), None);
    assert_eq!(CheckError::from_status(404), Some(CheckError::NotFound));
    assert_eq!(CheckError::from_status(421), Some(CheckError::Misdirected));
    assert_eq!(CheckError::from_status(429), Some(CheckError::RateLimited));
    assert_eq!(CheckError::from_status(503), Some(CheckError::Server(503)));
    assert_eq!(CheckError::from_status(403), Some(CheckError::Http(403)));
    let kinds: Vec<_> = [
        CheckError::Network,
        CheckError::Timeout,
        CheckError::NotFound,
        CheckError::Misdirected,
        CheckError::RateLimited,
        CheckError::Server(500),
        CheckError::Http(418),
        CheckError::InvalidPayload("x".into()),
        CheckError::InvalidInput("y".into()),
    ]
    .iter()
    .map(|e| (e.kind(), e.to_string()))
    .collect();
    let mut messages: Vec<_> = kinds.iter().map(|(_, m)| m.clone()).collect();
    messages.dedup();
    assert_eq!(messages.len(), 9, "each outcome has its own words");
    assert!(kinds[0]
        .1
        .contains("blocked by CORS, offline, or the proxy is down"));
}

#[test]
fn loading_then_fresh_then_stale_on_failure_keeping_the_last_state() {
    let mut s = TenantStatus::default();
    assert_eq!(s.check_status(NOW), CheckStatus::Loading);
    assert_eq!(s.shown_health(), None);
    s.record_state(state("Running"), NOW);
    assert_eq!(s.check_status(NOW), CheckStatus::Fresh);
    s.record_error(CheckError::Server(503));
    assert_eq!(s.check_status(NOW), CheckStatus::Stale);
    assert_eq!(s.shown_health(), Some(Health::Ok), "last known state kept");
    s.record_state(state("Suspended"), NOW + 1);
    assert_eq!(s.check_status(NOW + 1), CheckStatus::Fresh);
    assert_eq!(s.error, None);
}

#[test]
fn a_failed_first_check_is_an_error_with_no_health() {
    let mut s = TenantStatus::default();
    s.record_error(CheckError::Network);
    assert_eq!(s.check_status(NOW), CheckStatus::Error);
    assert_eq!(s.shown_health(), None);
    assert_eq!(s.severity_rank(), 2);
}

#[test]
fn old_data_turns_stale_after_the_grace_period() {
    let mut s = TenantStatus::default();
    s.record_state(state("Running"), NOW);
    assert_eq!(
        s.check_status(NOW + 60_000 + STALE_GRACE_MS),
        CheckStatus::Fresh
    );
    assert_eq!(
        s.check_status(NOW + 60_001 + STALE_GRACE_MS),
        CheckStatus::Stale
    );
}

#[test]
fn worst_health_sorts_first() {
    let ranks: Vec<u8> = [
        "Deleted",
        "Suspended",
        "Unknown",
        "Provisioning",
        "OfflineMaintenance",
        "Running",
    ]
    .iter()
    .map(|n| {
        let mut s = TenantStatus::default();
        s.record_state(state(n), NOW);
        s.severity_rank()
    })
    .collect();
    assert_eq!(ranks, vec![0, 1, 2, 3, 4, 5]);
}

#[test]
fn ago_reads_naturally() {
    assert_eq!(ago(NOW, NOW), "just now");
    assert_eq!(ago(NOW, NOW - 42_000), "42 s ago");
    assert_eq!(ago(NOW, NOW - 120_000), "2 min ago");
    assert_eq!(ago(NOW, NOW - 3 * 3_600_000), "3 h ago");
    assert_eq!(ago(NOW, NOW - 2 * 86_400_000), "2 d ago");
    assert_eq!(ago(NOW, NOW + 5_000), "just now");
}

#[test]
fn ago_changes_exactly_when_its_text_does() {
    // Ages from before the check to three days after, on odd steps.
    let mut age = -7_000_i64;
    while age < 3 * 86_400_000 {
        let now = NOW + age;
        let at = ago_changes_at(now, NOW);
        assert!(at > now, "age {age}: the change is ahead");
        assert_eq!(
            ago(at - 1, NOW),
            ago(now, NOW),
            "age {age}: same text until then"
        );
        assert_ne!(ago(at, NOW), ago(now, NOW), "age {age}: new text at {at}");
        age += if age < 120_000 { 333 } else { 37_777 };
    }
}

#[test]
fn a_view_follows_the_clock_only_when_its_text_or_staleness_turns() {
    let mut s = TenantStatus::default();
    assert_eq!(
        s.shown_changes_at(NOW),
        None,
        "nothing shown follows the clock"
    );
    s.record_state(state("Running"), NOW);
    assert_eq!(
        s.shown_changes_at(NOW),
        Some(NOW + 5_000),
        "\"just now\" ends"
    );
    assert_eq!(
        s.shown_changes_at(NOW + 61_000),
        Some(NOW + 120_000),
        "\"1 min ago\" ends"
    );
    // ValidUntil is NOW + 60 s: stale one ms after the grace, before "3 min ago".
    let turn = NOW + 60_001 + STALE_GRACE_MS;
    assert!(turn > NOW + 120_000 && turn < NOW + 180_000);
    assert_eq!(s.shown_changes_at(NOW + 120_000), Some(turn));
    assert_eq!(s.check_status(turn - 1), CheckStatus::Fresh);
    assert_eq!(s.check_status(turn), CheckStatus::Stale);
    assert_eq!(
        s.shown_changes_at(turn),
        Some(NOW + 180_000),
        "stale already: the text alone"
    );
    s.record_error(CheckError::Network);
    assert_eq!(
        s.shown_changes_at(NOW + 181_000),
        Some(NOW + 240_000),
        "a failure keeps the last text"
    );
}

#[test]
fn context_lists_split_on_commas_and_spaces_without_duplicates() {
    assert_eq!(
        status::split_context_ids("Cust1, Cust2,,Cust1 Cust3"),
        vec!["Cust1", "Cust2", "Cust3"]
    );
    assert!(status::split_context_ids(" , ").is_empty());
}

#[test]
fn state_legend_has_eleven_rows_in_documented_order() {
    let rows = legend::state_rows(Texts::english());
    assert_eq!(
        rows.iter().map(|r| r.code).collect::<Vec<_>>(),
        vec![0, 1, 2, 3, 4, 5, 6, 8, 10, 11, 12]
    );
    assert_eq!(rows[2].name, "Running");
    assert!(rows[2].api_available && rows[5].api_available);
    assert_eq!(rows.iter().filter(|r| r.api_available).count(), 2);
}

#[test]
fn worst_first_is_stable_rank_0_first() {
    use so_tenant_status_core::status::worst_first;
    let items = vec![
        (0, "gone1"),
        (5, "ok"),
        (3, "pending1"),
        (0, "gone2"),
        (3, "pending2"),
        (9, "beyond"),
    ];
    assert_eq!(
        worst_first(items),
        ["gone1", "gone2", "pending1", "pending2", "ok", "beyond"]
    );
    assert!(worst_first::<u8>(Vec::new()).is_empty());
}
