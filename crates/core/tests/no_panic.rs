//! Property tests: nothing a caller or the network sends can panic the decoder.

use proptest::prelude::*;
use so_tenant_status_core::*;

fn json_value() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("null".to_string()),
        any::<bool>().prop_map(|b| b.to_string()),
        any::<f64>().prop_map(|n| if n.is_finite() {
            n.to_string()
        } else {
            "0".into()
        }),
        ".*".prop_map(|s| serde_json::to_string(&s).unwrap()),
        prop::sample::select(vec![
            "\"Running\"",
            "\"Cust1\"",
            "\"2026-02-23T09:52:01.9342965Z\"",
            "2",
            "5",
            "\"eyJ.e30.x\"",
        ])
        .prop_map(str::to_string),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(|v| format!("[{}]", v.join(","))),
            prop::collection::vec(
                (
                    prop::sample::select(vec![
                        "ContextIdentifier",
                        "State",
                        "Endpoint",
                        "Api",
                        "IsRunning",
                        "ValidUntil",
                        "Version",
                        "ChangeType",
                        "Token",
                        "PublicEndpoint",
                        "state",
                        "x",
                    ]),
                    inner
                ),
                0..8
            )
            .prop_map(|members| format!(
                "{{{}}}",
                members
                    .iter()
                    .map(|(k, v)| format!("\"{k}\":{v}"))
                    .collect::<Vec<_>>()
                    .join(",")
            )),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_strings_never_panic(s in ".*") {
        let _ = decode_state(&s);
        let _ = decode_notification(&s);
        let _ = time::parse_timestamp(&s);
        let _ = state_url("sod", &s, Some(&s));
        let _ = safe_link(&s);
        let _ = notification::Token::decode(&s);
    }

    #[test]
    fn arbitrary_json_values_never_panic(v in json_value()) {
        if let Ok(state) = decode_state(&v) {
            let out = serde_json::to_string(&state).unwrap();
            prop_assert!(serde_json::from_str::<serde_json::Value>(&out).is_ok());
        }
        if let Ok(n) = decode_notification(&v) {
            let out = serde_json::to_string(&n).unwrap();
            prop_assert!(serde_json::from_str::<serde_json::Value>(&out).is_ok(), "{}", out);
        }
    }

    #[test]
    fn numeric_states_pass_through_exactly(n in any::<f64>().prop_filter("finite", |n| n.is_finite())) {
        for text in [format!("{n}"), format!("{n:e}"), format!("{n:E}")] {
            let state = decode_state(&format!(r#"{{"ContextIdentifier":"Cust1","State":{text}}}"#)).unwrap();
            let out = serde_json::to_value(&state).unwrap();
            let code = out["stateCode"].as_f64().unwrap();
            let sent = text.parse::<f64>().unwrap();
            if state.state.is_recognised() {
                // A documented number (2, 2.0, -0 is 0): its code.
                prop_assert_eq!(code, sent);
            } else {
                // Exactly the number JavaScript's JSON.parse reads from `text`.
                prop_assert_eq!(code.to_bits(), sent.to_bits(), "{}", text);
            }
        }
    }

    #[test]
    fn iso_formatting_round_trips(ms in -62_135_596_800_000i64..253_402_300_799_999i64) {
        prop_assert_eq!(time::parse_timestamp(&time::format_iso_ms(ms).unwrap()), Ok(ms));
    }
}
