//! The JS decoder exports, exercised inside headless Chromium.
#![cfg(all(target_arch = "wasm32", feature = "decoder"))]

use js_sys::{Array, Reflect};
use so_tenant_status::bindings::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const RUNNING: &str = include_str!("fixtures/state-running.json");
const MOVE: &str = include_str!("fixtures/notification-move.json");

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

#[wasm_bindgen_test]
fn decode_state_returns_a_plain_object_with_nulls() {
    let s = decode_state(JsValue::from_str(RUNNING), None).unwrap();
    assert_eq!(get(&s, "health"), "ok");
    assert_eq!(get(&s, "stateCode"), 2.0);
    assert_eq!(get(&s, "validUntil"), "2020-10-05T09:52:01.934Z");
    assert!(get(&s, "version").is_null(), "null, not undefined");
    assert!(Array::is_array(&get(&s, "warnings")));
    assert_eq!(
        js_sys::Object::get_prototype_of(&s),
        js_sys::Object::get_prototype_of(&js_sys::Object::new().into())
    );
}

#[wasm_bindgen_test]
fn decode_state_accepts_objects() {
    let obj = js_sys::JSON::parse(r#"{"contextIdentifier":"Cust7","state":"deleting"}"#).unwrap();
    let s = decode_state(obj, None).unwrap();
    assert_eq!(get(&s, "state"), "Deleting");
    assert_eq!(get(&s, "health"), "gone");
}

#[wasm_bindgen_test]
fn errors_are_js_error_objects_naming_the_field() {
    let err: JsValue = decode_state(JsValue::from_str(r#"{"State":"Running"}"#), None)
        .unwrap_err()
        .into();
    let err: js_sys::Error = err.dyn_into().expect("an Error");
    assert_eq!(err.message(), "ContextIdentifier: missing");
    let err: JsValue = describe_change_type(JsValue::from_f64(0.5), None)
        .unwrap_err()
        .into();
    assert!(err.is_instance_of::<js_sys::Error>());
}

#[wasm_bindgen_test]
fn notifications_and_change_types() {
    let n = decode_notification(JsValue::from_str(MOVE)).unwrap();
    assert_eq!(get(&get(&n, "changeType"), "name"), "Move");
    assert_eq!(get(&n, "publicEndpoint"), "sod3.superoffice.com");
    assert_eq!(get(&get(&n, "token"), "verified"), false);
    assert!(get(&get(&n, "token"), "claims").is_null());
    assert_eq!(
        get(
            &describe_change_type(JsValue::from_f64(3.0), None).unwrap(),
            "name"
        ),
        "Resume"
    );
}

#[wasm_bindgen_test]
fn urls_and_legend() {
    assert_eq!(
        state_url("online", "Cust12345", None).unwrap(),
        "https://online.superoffice.com/api/state/Cust12345"
    );
    assert!(state_url("online", "Cust1/..", None).is_err());
    let l = legend(None).unwrap();
    assert_eq!(Array::from(&get(&l, "states")).length(), 11);
    assert_eq!(Array::from(&get(&l, "changeTypes")).length(), 6);
}

#[wasm_bindgen_test]
fn descriptions_come_in_the_language_asked_for() {
    let lang = |tag: &str| js_sys::JSON::parse(&format!(r#"{{"lang":"{tag}"}}"#)).unwrap();
    let english = decode_state(JsValue::from_str(RUNNING), None).unwrap();
    assert_eq!(
        get(&english, "description"),
        "The tenant is running normally and its API can be used."
    );
    let norwegian = decode_state(JsValue::from_str(RUNNING), Some(lang("nb-NO"))).unwrap();
    assert_eq!(
        get(&norwegian, "description"),
        "Tenanten kjører normalt, og API-et kan brukes."
    );
    assert_eq!(
        get(&norwegian, "state"),
        "Running",
        "names stay as SuperOffice writes them"
    );
    let french = decode_state(JsValue::from_str(RUNNING), Some(lang("fr"))).unwrap();
    assert_eq!(get(&french, "description"), get(&english, "description"));

    let dutch = legend(Some(lang("nl"))).unwrap();
    let first = Array::from(&get(&dutch, "states")).get(0);
    assert_eq!(get(&first, "name"), "Unknown");
    assert!(get(&first, "description")
        .as_string()
        .unwrap()
        .starts_with("De tenant is onbekend"));
    let change = describe_change_type(JsValue::from_f64(5.0), Some(lang("de"))).unwrap();
    assert_eq!(get(&change, "name"), "Move");
    assert!(get(&change, "badge")
        .as_string()
        .unwrap()
        .starts_with("Das Abzeichen"));

    let err: JsValue = decode_state(JsValue::from_str(RUNNING), Some(lang("<b>")))
        .unwrap_err()
        .into();
    let err: js_sys::Error = err.dyn_into().expect("an Error");
    assert!(
        String::from(err.message()).starts_with("options.lang: expected a BCP 47 language tag"),
        "{}",
        String::from(err.message())
    );
    let err: JsValue = legend(Some(JsValue::from_f64(1.0))).unwrap_err().into();
    let err: js_sys::Error = err.dyn_into().expect("an Error");
    assert!(
        String::from(err.message()).starts_with("options: expected an object"),
        "{}",
        String::from(err.message())
    );
}
