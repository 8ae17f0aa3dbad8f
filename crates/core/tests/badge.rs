//! What badges and the page show: decided natively.

use so_tenant_status_core::badge::BadgeModel;
use so_tenant_status_core::board::Layout;
use so_tenant_status_core::page::{PageQuery, DEMO_CONTEXTS};
use so_tenant_status_core::status::{CheckError, CheckStatus, TenantStatus};
use so_tenant_status_core::*;

const NOW: i64 = 1_800_000_000_000;

fn known(json: &str) -> TenantStatus {
    let mut s = TenantStatus::default();
    s.record_state(decode_state(json).unwrap(), NOW - 120_000);
    s.next_check_ms = Some(NOW + 30_000);
    s
}

#[test]
fn loading_badge_claims_nothing() {
    let m = BadgeModel::new(&TenantStatus::default(), NOW, Texts::english());
    assert_eq!(
        (m.health_attr(), m.state_attr.as_deref(), m.check),
        (None, None, CheckStatus::Loading)
    );
    assert_eq!(m.title, "Checking…");
    assert_eq!(m.action_label, "Refresh");
}

#[test]
fn known_state_shows_name_health_api_and_timing() {
    let tenant =
        known(r#"{"ContextIdentifier":"Cust1","State":"OfflineMaintenance","Version":"R11"}"#);
    let m = BadgeModel::new(&tenant, NOW, Texts::english());
    assert_eq!(m.health_attr(), Some("maintenance"));
    assert_eq!(m.state_attr.as_deref(), Some("OfflineMaintenance"));
    assert_eq!(m.title, "OfflineMaintenance");
    assert_eq!(m.health_label, "Maintenance");
    assert_eq!(m.api_line, "API not available");
    assert_eq!(
        BadgeModel::checked_ago(&tenant, NOW, Texts::english()).as_deref(),
        Some("checked 2 min ago")
    );
    assert_eq!(
        BadgeModel::new(&tenant, NOW + 30_000, Texts::english()),
        m,
        "only staleness depends on the clock"
    );
    assert_eq!(BadgeModel::next_check(&tenant), Some(NOW + 30_000));
    assert_eq!(
        m.class(),
        "sots-badge sots-badge--maintenance sots-badge--fresh"
    );
    assert_eq!(m.version.as_deref(), Some("R11"));
    assert!(m.description.contains("upgrade"));
}

#[test]
fn only_safe_urls_become_links() {
    let m = BadgeModel::new(
        &known(
            r#"{"ContextIdentifier":"Cust1","State":"Running","Endpoint":"https://online2.superoffice.com/Cust1","Api":"https://evil.example/Cust1/api"}"#,
        ),
        NOW,
        Texts::english(),
    );
    assert_eq!(m.links.len(), 2);
    assert_eq!(
        m.links[0].href.as_deref(),
        Some("https://online2.superoffice.com/Cust1")
    );
    assert_eq!(m.links[1].href, None);
    assert_eq!(
        m.links.iter().map(|l| l.part).collect::<Vec<_>>(),
        ["link-endpoint", "link-api"]
    );
    assert_eq!(m.links[1].text, "https://evil.example/Cust1/api");
}

#[test]
fn failure_after_success_is_stale_and_keeps_the_state() {
    let mut s = known(r#"{"ContextIdentifier":"Cust1","State":"Running"}"#);
    s.record_error(CheckError::Timeout);
    let m = BadgeModel::new(&s, NOW, Texts::english());
    assert_eq!(m.check, CheckStatus::Stale);
    assert_eq!(m.health_attr(), Some("ok"));
    assert_eq!(m.title, "Running");
    assert!(m.stale_note.is_some());
    assert_eq!(m.problem.as_ref().map(|p| p.kind), Some("timeout"));
    assert_eq!(m.action_label, "Retry");
}

#[test]
fn invalid_input_cannot_be_retried() {
    let s = TenantStatus {
        error: Some(CheckError::InvalidInput("contextId: bad".into())),
        ..TenantStatus::default()
    };
    let m = BadgeModel::new(&s, NOW, Texts::english());
    assert_eq!(m.check, CheckStatus::Error);
    assert!(!m.can_retry);
    assert_eq!(m.health_attr(), None);
    assert_eq!(m.class(), "sots-badge sots-badge--none sots-badge--error");
    assert_eq!(
        m.problem.map(|p| p.message).as_deref(),
        Some("Nothing was checked: contextId: bad")
    );
}

#[test]
fn no_parameters_open_the_demo_on_the_pages_origin() {
    let q = PageQuery::from_params(None, None, None, "http://127.0.0.1:8080/");
    assert!(q.demo);
    assert_eq!(q.base.as_deref(), Some("http://127.0.0.1:8080"));
    assert_eq!(q.contexts.len(), DEMO_CONTEXTS.len());
    assert!(q.problem_texts(Texts::english()).is_empty());
    assert!(!q.legends_open());
    assert_eq!(q.layout(), Layout::Table, "more than 12 tenants");
}

#[test]
fn the_board_reads_pasted_lists_and_its_own_parameters() {
    let q = PageQuery::from_params(
        Some("sod"),
        Some("cust1\nCUST2\tCust1;Cust3\r\nCust/4"),
        None,
        "x",
    )
    .with_board(Some("cards"), Some("down,error"), Some("cust"));
    assert_eq!(q.contexts, vec!["Cust1", "Cust2", "Cust3"]);
    let problems = q.problem_texts(Texts::english());
    assert_eq!(problems.len(), 1);
    assert!(problems[0].contains("\"Cust/4\""), "{problems:?}");
    assert_eq!(q.layout(), Layout::Cards);
    assert_eq!(q.filter.health_param().as_deref(), Some("down,error"));
    assert_eq!(q.filter.query, "cust");
    let q =
        PageQuery::from_params(Some("sod"), Some("Cust1"), None, "x").with_board(None, None, None);
    assert_eq!(q.layout(), Layout::Cards, "12 or fewer: cards");
}

#[test]
fn query_parameters_are_validated_before_any_request() {
    let q = PageQuery::from_params(
        Some("stage"),
        Some("Cust1, nope,Cust2,Cust1"),
        Some("http://127.0.0.1:8787/"),
        "x",
    );
    assert_eq!(q.contexts, vec!["Cust1", "Cust2"]);
    let problems = q.problem_texts(Texts::english());
    assert_eq!(problems.len(), 1);
    assert!(problems[0].contains("\"nope\""));
    assert_eq!(
        q.problem_texts(&Texts::new(Lang::Nl)),
        ["contextId: verwacht Cust gevolgd door 1 tot 10 cijfers (bijv. Cust12345), kreeg \"nope\""]
    );
    assert_eq!(q.base.as_deref(), Some("http://127.0.0.1:8787"));
    assert!(!q.demo);

    let q = PageQuery::from_params(Some("sod"), Some("Cust1"), Some("javascript:alert(1)"), "x");
    assert!(q.contexts.is_empty(), "a bad base URL means no requests");
    assert_eq!(
        q.problem_texts(Texts::english()),
        vec!["baseUrl: expected an http:// or https:// URL"]
    );

    let q = PageQuery::from_params(Some("prod"), Some("Cust1"), None, "x");
    assert!(q.contexts.is_empty());
    assert!(q.problem_texts(Texts::english())[0].starts_with("env: "));

    let q = PageQuery::from_params(None, Some(""), None, "x");
    assert_eq!(q.env, "online");
    assert!(q.no_contexts && q.problems.is_empty() && q.input_problems.is_empty());
    assert_eq!(
        q.problem_texts(Texts::english()),
        vec!["contextId: enter one or more context ids, e.g. Cust12345"]
    );
    assert_eq!(
        q.problem_texts(&Texts::new(Lang::De)),
        vec!["contextId: Geben Sie eine oder mehrere Kontext-IDs ein, z. B. Cust12345"]
    );
}

#[test]
fn the_page_shows_itself_once_every_tenant_has_answered() {
    use so_tenant_status_core::page::first_answers_in;
    let waiting = TenantStatus {
        loading: true,
        ..TenantStatus::default()
    };
    let mut failed = waiting.clone();
    failed.record_error(CheckError::Timeout);
    let ok = known(r#"{"ContextIdentifier":"Cust1","State":"Running"}"#);

    assert!(!first_answers_in([&ok, &waiting]), "one still on its way");
    assert!(first_answers_in([&ok, &failed]), "a failure is an answer");
    assert!(
        first_answers_in(Vec::<&TenantStatus>::new()),
        "no tenants (input problems only): at once"
    );
    // A refresh in flight after an answer does not hide the page again.
    let mut refreshing = ok.clone();
    refreshing.loading = true;
    assert!(first_answers_in([&refreshing]));
}

#[test]
fn the_accessible_name_says_tenant_state_and_health_in_words() {
    let ctx = "Cust1004";
    let loading = BadgeModel::new(&TenantStatus::default(), NOW, Texts::english());
    assert_eq!(
        loading.accessible_name(ctx, Texts::english()),
        "Cust1004: checking"
    );
    let mut failed = TenantStatus::default();
    failed.record_error(CheckError::Timeout);
    assert_eq!(
        BadgeModel::new(&failed, NOW, Texts::english()).accessible_name(ctx, Texts::english()),
        "Cust1004: check failed"
    );
    let mut tenant = known(r#"{"ContextIdentifier":"Cust1004","State":"Suspended"}"#);
    assert_eq!(
        BadgeModel::new(&tenant, NOW, Texts::english()).accessible_name(ctx, Texts::english()),
        "Cust1004: Suspended, down"
    );
    tenant.record_error(CheckError::Server(503));
    let stale = BadgeModel::new(&tenant, NOW, Texts::english());
    assert_eq!(stale.check, CheckStatus::Stale);
    assert_eq!(
        stale.accessible_name(ctx, Texts::english()),
        "Cust1004: Suspended, down, last known"
    );
}

#[test]
fn the_page_takes_a_theme_and_shows_a_bad_one_as_a_problem_keeping_its_tenants() {
    use so_tenant_status_core::options::Theme;
    let q = |theme| {
        PageQuery::from_params(Some("sod"), Some("Cust1"), None, "x").with_look(theme, None)
    };
    assert_eq!(q(None).theme, Theme::Auto);
    assert_eq!(q(Some("dark")).theme, Theme::Dark);
    assert_eq!(q(Some(" Light ")).theme, Theme::Light);
    let bad = q(Some("<b>dark</b>"));
    assert_eq!(bad.theme, Theme::Auto);
    assert_eq!(bad.contexts, vec!["Cust1"]);
    assert_eq!(bad.problems.len(), 1);
    assert!(
        bad.problems[0].starts_with("theme: expected"),
        "{:?}",
        bad.problems
    );
    assert!(
        bad.problems[0].contains("\"<b>dark</b>\""),
        "{:?}",
        bad.problems
    );
    let demo = PageQuery::from_params(None, None, None, "x").with_look(Some("dark"), Some("chip"));
    assert!(demo.demo);
    assert_eq!(demo.theme, Theme::Dark);
    assert_eq!(demo.variant, so_tenant_status_core::options::Variant::Chip);
    let bad =
        PageQuery::from_params(Some("sod"), Some("Cust1"), None, "x").with_look(None, Some("pill"));
    assert_eq!(
        bad.problems,
        vec![r#"variant: expected "card" or "chip", got "pill""#]
    );
    assert_eq!(bad.contexts, vec!["Cust1"]);
}
