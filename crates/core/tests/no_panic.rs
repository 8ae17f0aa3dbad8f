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
        ".*".prop_map(|s| json::Value::String(s).to_json()),
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
            prop_assert!(json::parse(&state.to_json()).is_ok());
        }
        if let Ok(n) = decode_notification(&v) {
            prop_assert!(json::parse(&n.to_json()).is_ok());
        }
    }

    #[test]
    fn writer_output_always_parses_back(v in json_value()) {
        if let Ok(parsed) = json::parse(&v) {
            let again = json::parse(&parsed.to_json());
            prop_assert!(again.is_ok(), "{:?}", again);
        }
    }

    #[test]
    fn numbers_pass_through_as_written(n in any::<f64>().prop_filter("finite", |n| n.is_finite())) {
        for text in [format!("{n}"), format!("{n:e}"), format!("{n:E}")] {
            let Ok(json::Value::Number(number)) = json::parse(&text) else {
                return Err(TestCaseError::fail(format!("{n} written as {text} was refused")));
            };
            // Passed on exactly as written: JavaScript reads the sender's number.
            prop_assert_eq!(number.as_json(), text.as_str());
            prop_assert_eq!(json::Value::Number(number.clone()).to_json(), text.clone());
            // The decoder's own value is close (exact for what it checks).
            let back = number.value();
            prop_assert!((back - n).abs() <= n.abs() * 1e-14, "{} written as {} read as {}", n, text, back);
        }
    }

    #[test]
    fn iso_formatting_round_trips(ms in -62_135_596_800_000i64..253_402_300_799_999i64) {
        prop_assert_eq!(time::parse_timestamp(&time::format_iso_ms(ms)), Ok(ms));
    }
}
