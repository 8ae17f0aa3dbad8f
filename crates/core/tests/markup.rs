//! The markup of badge bodies, legends and the page intro: structure, hooks
//! and texts, checked natively.

use so_tenant_status_core::badge::{body_markup, timing_text, BadgeModel, BodyContext};
use so_tenant_status_core::legend::{change_legend_markup, state_legend_markup};
use so_tenant_status_core::markup::{Element, Markup};
use so_tenant_status_core::page::PageQuery;
use so_tenant_status_core::status::{CheckError, TenantStatus};
use so_tenant_status_core::*;

const NOW: i64 = 1_800_000_000_000;

fn body(status: &TenantStatus, refresh_button: bool) -> Element {
    let m = BadgeModel::new(status, NOW);
    let cx = BodyContext {
        desc_id: "sots-desc-7",
        context_id: "Cust1",
        env: "sod",
        timing: "checked just now",
        refresh_button,
    };
    Element::new("article").children(body_markup(&m, &cx))
}

fn known(json: &str) -> TenantStatus {
    let mut s = TenantStatus::default();
    s.record_state(decode_state(json).unwrap(), NOW);
    s
}

fn part<'a>(e: &'a Element, name: &str) -> &'a Element {
    e.find_part(name)
        .unwrap_or_else(|| panic!("no [data-part={name}]"))
}

/// Every attribute name anywhere under `e`.
fn attribute_names(e: &Element, out: &mut Vec<&'static str>) {
    out.extend(e.attrs.iter().map(|(n, _)| *n));
    for c in &e.children {
        if let Markup::Element(c) = c {
            attribute_names(c, out);
        }
    }
}

#[test]
fn running_badge_body_has_every_hook_and_only_safe_links() {
    let b = body(
        &known(
            r#"{"ContextIdentifier":"Cust1","State":"Running","Version":"R11",
                "Endpoint":"https://online2.superoffice.com/Cust1","Api":"https://evil.example.com/api"}"#,
        ),
        true,
    );
    assert_eq!(part(&b, "state").text_content(), "Running");
    assert_eq!(
        part(&b, "state").get_attr("aria-describedby"),
        Some("sots-desc-7")
    );
    assert_eq!(part(&b, "description").get_attr("id"), Some("sots-desc-7"));
    assert_eq!(part(&b, "health").text_content(), "OK");
    assert_eq!(part(&b, "api").text_content(), "API available");
    assert_eq!(part(&b, "env").text_content(), "sod");
    assert_eq!(part(&b, "version").text_content(), "R11");
    assert_eq!(part(&b, "timing").text_content(), "checked just now");
    let endpoint = part(&b, "link-endpoint");
    assert_eq!(
        (endpoint.tag, endpoint.get_attr("href")),
        ("a", Some("https://online2.superoffice.com/Cust1"))
    );
    assert_eq!(endpoint.get_attr("rel"), Some("noopener noreferrer"));
    let api = part(&b, "link-api");
    assert_eq!((api.tag, api.get_attr("href")), ("span", None));
    assert_eq!(api.text_content(), "https://evil.example.com/api");
    assert_eq!(part(&b, "refresh").get_attr("disabled"), None);
    assert!(b.find_part("problem").is_none() && b.find_part("stale").is_none());
    let mut names = Vec::new();
    attribute_names(&b, &mut names);
    assert!(names.iter().all(|n| !n.starts_with("on")), "{names:?}");
}

#[test]
fn article_hooks_follow_the_model() {
    let m = BadgeModel::new(&TenantStatus::default(), NOW);
    assert_eq!(
        m.article_attrs(),
        [
            (
                "class",
                Some("sots-badge sots-badge--none sots-badge--loading".into())
            ),
            ("data-health", None),
            ("data-state", None),
            ("data-check", Some("loading".into())),
        ]
    );
    let m = BadgeModel::new(
        &known(r#"{"ContextIdentifier":"Cust1","State":"Suspended"}"#),
        NOW,
    );
    assert_eq!(
        m.article_attrs()[0].1.as_deref(),
        Some("sots-badge sots-badge--down sots-badge--fresh")
    );
    assert_eq!(m.article_attrs()[2].1.as_deref(), Some("Suspended"));
}

#[test]
fn fingerprints_tell_models_apart() {
    let running = known(r#"{"ContextIdentifier":"Cust1","State":"Running"}"#);
    let a = BadgeModel::new(&running, NOW);
    assert_eq!(
        a.fingerprint(),
        BadgeModel::new(&running, NOW).fingerprint()
    );
    for other in [
        BadgeModel::new(
            &known(r#"{"ContextIdentifier":"Cust1","State":"Suspended"}"#),
            NOW,
        ),
        BadgeModel::new(
            &known(r#"{"ContextIdentifier":"Cust1","State":"Running","Version":"R1"}"#),
            NOW,
        ),
        BadgeModel::new(&TenantStatus::default(), NOW),
    ] {
        assert_ne!(a.fingerprint(), other.fingerprint());
    }
}

#[test]
fn hostile_text_stays_text() {
    let b = body(
        &known(r#"{"ContextIdentifier":"Cust1","State":"<img src=x onerror=alert(1)>"}"#),
        false,
    );
    assert_eq!(
        part(&b, "state").text_content(),
        "<img src=x onerror=alert(1)>"
    );
    assert!(b.find_part("refresh").is_none());
}

#[test]
fn invalid_input_shows_the_problem_and_a_disabled_button() {
    let status = TenantStatus {
        error: Some(CheckError::InvalidInput("contextId: bad".into())),
        ..TenantStatus::default()
    };
    let b = body(&status, true);
    let problem = part(&b, "problem");
    assert_eq!(problem.get_attr("data-error"), Some("invalid-input"));
    assert_eq!(
        problem.text_content(),
        "Nothing was checked: contextId: bad"
    );
    assert_eq!(part(&b, "refresh").get_attr("disabled"), Some(""));
}

#[test]
fn timing_line_joins_what_is_known() {
    assert_eq!(
        timing_text(Some("checked 5 s ago".into()), Some("14:05:10".into())),
        "checked 5 s ago · next check 14:05:10"
    );
    assert_eq!(timing_text(None, Some("14:05".into())), "next check 14:05");
    assert_eq!(timing_text(None, None), "");
}

#[test]
fn legends_list_every_state_and_change_type() {
    let states = Element::new("details").children(state_legend_markup());
    let rows: Vec<&Element> = find_all(&states, "tr")
        .into_iter()
        .filter(|r| r.get_attr("data-state").is_some())
        .collect();
    assert_eq!(rows.len(), 11);
    assert_eq!(rows[0].get_attr("data-state"), Some("Unknown"));
    assert!(rows
        .iter()
        .any(|r| r.get_attr("data-state") == Some("Running")
            && r.get_attr("data-health") == Some("ok")
            && r.text_content().contains("available")));
    let changes = Element::new("details").children(change_legend_markup());
    let codes: Vec<&str> = find_all(&changes, "tr")
        .into_iter()
        .filter_map(|r| r.get_attr("data-change-type"))
        .collect();
    assert_eq!(codes, ["0", "1", "2", "3", "4", "5"]);
    assert!(changes.text_content().starts_with("Change notifications"));
}

fn find_all<'a>(e: &'a Element, tag: &str) -> Vec<&'a Element> {
    let mut out = Vec::new();
    if e.tag == tag {
        out.push(e);
    }
    for c in &e.children {
        if let Markup::Element(c) = c {
            out.extend(find_all(c, tag));
        }
    }
    out
}

#[test]
fn page_intro_refills_the_form_and_counts_tenants() {
    let q = PageQuery::from_params(
        Some("qaonline"),
        Some("Cust1, ../x"),
        None,
        "http://127.0.0.1:8080",
    );
    let intro = Element::new("main").children(q.intro_markup());
    let selected: Vec<&str> = find_all(&intro, "option")
        .into_iter()
        .filter(|o| o.get_attr("selected").is_some())
        .filter_map(|o| o.get_attr("value"))
        .collect();
    assert_eq!(selected, ["qaonline"]);
    let inputs = find_all(&intro, "input");
    assert_eq!(inputs[0].get_attr("value"), Some("Cust1, ../x"));
    assert!(part(&intro, "input-errors")
        .text_content()
        .contains("contextId"));
    assert_eq!(part(&intro, "count").text_content(), "1 tenant");
    assert!(intro.find_part("demo-note").is_none());
}

#[test]
fn documented_states_give_fixed_texts_and_unrecognised_ones_their_raw_name() {
    use std::borrow::Cow;
    let m = BadgeModel::new(
        &known(r#"{"ContextIdentifier":"Cust1","State":"Suspended"}"#),
        NOW,
    );
    // Borrowed texts are the widget's own: a view passes them to JS once.
    assert!(m
        .article_attrs()
        .iter()
        .skip(1) // class: one of 28 combinations, made each time
        .all(|(_, v)| matches!(v, Some(Cow::Borrowed(_)))));
    assert!(matches!(
        (&m.title, &m.description),
        (Cow::Borrowed("Suspended"), Cow::Borrowed(_))
    ));
    let m = BadgeModel::new(
        &known(r#"{"ContextIdentifier":"Cust1","State":"Hibernating"}"#),
        NOW,
    );
    assert_eq!(m.article_attrs()[2].1.as_deref(), Some("Hibernating"));
    assert_eq!(m.title, "Hibernating");
}
