//! The Leptos components, mounted in headless Chromium.
#![cfg(all(target_arch = "wasm32", feature = "widget"))]

use leptos::prelude::*;
use leptos::task::tick;
use so_tenant_status::core::status::{CheckError, TenantStatus};
use so_tenant_status::core::{decode_state, Health, Lang, Texts};
use so_tenant_status::ui::{BadgeView, ChangeTypeLegend, StateLegend, TenantBadge};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOW: i64 = 1_800_000_000_000;

fn container() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

fn state(name: &str) -> TenantStatus {
    let mut status = TenantStatus::default();
    status.record_state(
        decode_state(&format!(
            r#"{{"ContextIdentifier":"Cust1","State":"{name}","Endpoint":"https://online2.superoffice.com/Cust1","Api":"javascript:alert(1)"}}"#
        ))
        .unwrap(),
        NOW,
    );
    status
}

fn attr(root: &web_sys::HtmlElement, selector: &str, name: &str) -> Option<String> {
    root.query_selector(selector)
        .unwrap()
        .unwrap()
        .get_attribute(name)
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn badge_renders_each_health_and_updates_on_new_data() {
    let root = container();
    let status = ArcRwSignal::new(TenantStatus::default());
    let now = ArcRwSignal::new(NOW);
    let (s, n) = (status.clone(), now.clone());
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <BadgeView status=s now=n context_id="Cust1" env="sod" on_refresh=Some(Callback::new(|()| ())) /> }
    });
    tick().await;
    assert_eq!(
        attr(&root, "[data-part=badge]", "data-check").as_deref(),
        Some("loading")
    );
    assert_eq!(attr(&root, "[data-part=badge]", "data-health"), None);
    // A group with a name, not a live region: the mount's one live region
    // says what changed.
    assert_eq!(
        attr(&root, "[data-part=badge]", "role").as_deref(),
        Some("group")
    );
    assert_eq!(attr(&root, "[data-part=badge]", "aria-live"), None);
    assert_eq!(
        attr(&root, "[data-part=badge]", "aria-label").as_deref(),
        Some("Cust1: checking")
    );

    for (name, health) in [
        ("Running", Health::Ok),
        ("OnlineMaintenance", Health::Maintenance),
        ("Provisioning", Health::Pending),
        ("Suspended", Health::Down),
        ("Deleted", Health::Gone),
        ("Unknown", Health::Unknown),
    ] {
        status.set(state(name));
        tick().await;
        assert_eq!(
            attr(&root, "[data-part=badge]", "data-health").as_deref(),
            Some(health.as_str())
        );
        assert_eq!(
            attr(&root, "[data-part=badge]", "data-state").as_deref(),
            Some(name)
        );
        assert_eq!(
            attr(&root, "[data-part=badge]", "data-check").as_deref(),
            Some("fresh")
        );
        assert_eq!(text(&root, "[data-part=state]"), name);
        assert_eq!(
            text(&root, "[data-part=health]"),
            health.label(Texts::english())
        );
        assert!(root
            .query_selector("[data-part=badge]")
            .unwrap()
            .unwrap()
            .class_name()
            .contains(&format!("sots-badge--{}", health.as_str())));
    }

    // The endpoint on superoffice.com is a link; the javascript: Api is not.
    assert_eq!(
        attr(&root, "[data-part=link-endpoint]", "href").as_deref(),
        Some("https://online2.superoffice.com/Cust1")
    );
    assert_eq!(
        attr(&root, "[data-part=link-endpoint]", "rel").as_deref(),
        Some("noopener noreferrer")
    );
    assert!(
        root.query_selector("[data-part=link-api]")
            .unwrap()
            .is_none(),
        "javascript: Api is dropped with a warning"
    );
    assert!(text(&root, "[data-part=warnings]").starts_with("Api: "));

    // A failed refresh keeps the state, marked stale; never a new health.
    status.update(|s| s.record_error(CheckError::Server(503)));
    tick().await;
    assert_eq!(
        attr(&root, "[data-part=badge]", "data-check").as_deref(),
        Some("stale")
    );
    assert_eq!(
        attr(&root, "[data-part=badge]", "data-health").as_deref(),
        Some("unknown")
    );
    assert_eq!(
        attr(&root, "[data-part=problem]", "data-error").as_deref(),
        Some("server")
    );
    assert_eq!(text(&root, "[data-part=refresh]"), "Retry");

    now.set(NOW + 125_000);
    tick().await;
    assert!(text(&root, "[data-part=timing]").starts_with("checked 2 min ago"));
}

#[wasm_bindgen_test]
async fn a_failed_first_check_is_an_error_with_no_health() {
    let root = container();
    let mut failed = TenantStatus::default();
    failed.record_error(CheckError::Network);
    let status = ArcRwSignal::new(failed);
    let now = ArcRwSignal::new(NOW);
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <BadgeView status=status now=now context_id="Cust1" env="sod" on_refresh=Some(Callback::new(|()| ())) /> }
    });
    tick().await;
    assert_eq!(
        attr(&root, "[data-part=badge]", "data-check").as_deref(),
        Some("error")
    );
    assert_eq!(attr(&root, "[data-part=badge]", "data-health"), None);
    assert!(text(&root, "[data-part=problem]").contains("blocked by CORS"));
}

#[wasm_bindgen_test]
async fn invalid_context_id_is_explained_without_a_request() {
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), || {
        view! { <TenantBadge context_id="Cust1/../2" env="sod" /> }
    });
    tick().await;
    assert_eq!(
        attr(&root, "[data-part=badge]", "data-check").as_deref(),
        Some("error")
    );
    assert_eq!(
        attr(&root, "[data-part=problem]", "data-error").as_deref(),
        Some("invalid-input")
    );
    assert!(root
        .query_selector("[data-part=refresh]")
        .unwrap()
        .unwrap()
        .has_attribute("disabled"));
    assert_eq!(so_tenant_status::client::scheduler::requests_started(), 0);
}

#[wasm_bindgen_test]
async fn legends_list_every_state_and_change_type() {
    let root = container();
    let _handle = leptos::mount::mount_to(
        root.clone(),
        || view! { <StateLegend open=true /> <ChangeTypeLegend /> },
    );
    tick().await;
    let states = root
        .query_selector_all("[data-part=state-legend] [data-state]")
        .unwrap();
    assert_eq!(states.length(), 11);
    assert_eq!(
        attr(
            &root,
            "[data-part=state-legend] [data-state=Running]",
            "data-health"
        )
        .as_deref(),
        Some("ok")
    );
    assert!(root
        .query_selector("[data-part=state-legend]")
        .unwrap()
        .unwrap()
        .has_attribute("open"));
    assert!(!root
        .query_selector("[data-part=change-legend]")
        .unwrap()
        .unwrap()
        .has_attribute("open"));
    for code in 0..6 {
        assert!(root
            .query_selector(&format!(
                "[data-part=change-legend] [data-change-type=\"{code}\"]"
            ))
            .unwrap()
            .is_some());
    }
    assert!(text(&root, "[data-part=change-legend] [data-change-type=\"5\"]").contains("Move"));
}

#[wasm_bindgen_test]
async fn the_timing_line_ticks_without_rebuilding_the_badge() {
    let root = container();
    let mut known = state("Running");
    known.checked_at_ms = Some(NOW);
    let status = ArcRwSignal::new(known);
    let now = ArcRwSignal::new(NOW);
    let n = now.clone();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <BadgeView status=status now=n context_id="Cust1" env="" on_refresh=None /> }
    });
    // Rendered when mount_to returns, not a tick later.
    assert_eq!(text(&root, "[data-part=timing]"), "checked now");
    let state_node = root.query_selector("[data-part=state]").unwrap().unwrap();
    now.set(NOW + 42_000);
    tick().await;
    assert_eq!(text(&root, "[data-part=timing]"), "checked 42 s ago");
    let same = root.query_selector("[data-part=state]").unwrap().unwrap();
    assert!(
        same.is_same_node(Some(&state_node)),
        "the body (and keyboard focus in it) survives the clock"
    );
}

/// Waits for the next paint and the task after it (the time formatters
/// are made then, so that the first answers are painted without them).
async fn after_paint() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    let task = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(task).await.unwrap();
}

#[wasm_bindgen_test]
async fn the_next_check_time_is_shown_at_once_and_in_the_locale_form_soon_after() {
    use so_tenant_status::client::clock::local_time;
    let at = 1_800_000_123_000_i64;
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64));
    let (first, final_form) = local_time(at, Lang::En);
    if !final_form {
        // Before the locale's formatter exists: HH:MM:SS, local time zone.
        let expected = format!(
            "{:02}:{:02}:{:02}",
            date.get_hours(),
            date.get_minutes(),
            date.get_seconds()
        );
        assert_eq!(first, expected);
    }
    after_paint().await;
    let (later, final_form) = local_time(at, Lang::En);
    assert!(final_form, "the formatter is made after the next paint");
    let locale = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &{
        let o = js_sys::Object::new();
        for k in ["hour", "minute", "second"] {
            js_sys::Reflect::set(&o, &k.into(), &"2-digit".into()).unwrap();
        }
        o
    })
    .format()
    .call1(&wasm_bindgen::JsValue::NULL, &date)
    .unwrap()
    .as_string()
    .unwrap();
    assert_eq!(later, locale);
}
