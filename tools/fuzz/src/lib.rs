//! Fuzz targets for the core of so-tenant-status, and the runner that
//! feeds them.
//!
//! Every target takes one text (what arrives from the state API, a partner's
//! server, an attribute or a query string) and runs it through the core the
//! way the widget does, from parsing to the models painted on screen. A
//! target never checks answers: its one property is that nothing panics,
//! whatever the input. A panic inside WebAssembly would break every widget on
//! the partner's page.
//!
//! Inputs come from proptest strategies: structure-aware ones (JSON objects
//! with the documented field names and hostile values, SuperOffice's own
//! example payloads cut and spliced) and raw ones (any Unicode text, any
//! bytes read as UTF-8). A panic is shrunk to the smallest input that still
//! panics and kept in `tests/fuzz-regressions/<target>/`, where the test
//! suite replays it for ever.

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestError, TestRng, TestRunner};
use so_tenant_status_core::badge::BadgeModel;
use so_tenant_status_core::board::{parse_context_list, Filter, Layout};
use so_tenant_status_core::change_type::integer_code;
use so_tenant_status_core::host::{HostEvent, Reporter};
use so_tenant_status_core::i18n::{Lang, Texts};
use so_tenant_status_core::options::{BoardOptions, MountOptions};
use so_tenant_status_core::page::PageQuery;
use so_tenant_status_core::schedule::{retry_after_ms, CheckResult, Schedule};
use so_tenant_status_core::status::{
    split_context_ids, CheckError, Endpoints, Notified, TenantStatus,
};
use so_tenant_status_core::time::parse_timestamp;
use so_tenant_status_core::url::{is_absolute_http_url, normalise_base_url};
use so_tenant_status_core::{
    decode_notification, decode_state, safe_link, state_url, url_host, validate_context_id,
    ChangeType, Env,
};

/// 2026-02-23T09:52:00Z, near the fixtures' `ValidUntil`: the page's "now".
const NOW_MS: i64 = 1_771_840_320_000;

/// One fuzz target: a name (for `make fuzz TARGET=…` and the regression
/// folder), the field names its JSON inputs use, and the code under test.
pub struct Target {
    /// Its name, also its folder under `tests/fuzz-regressions/`.
    pub name: &'static str,
    /// JSON keys the structure-aware inputs use (empty: not JSON).
    pub keys: &'static [&'static str],
    /// Runs one input through the core.
    pub run: fn(&str),
}

/// Every target, in the order `make fuzz` runs them.
pub const TARGETS: &[Target] = &[
    Target {
        name: "state",
        keys: &[
            "ContextIdentifier",
            "Endpoint",
            "State",
            "IsRunning",
            "ValidUntil",
            "Api",
            "Version",
            "contextidentifier",
            "STATE",
        ],
        run: state,
    },
    Target {
        name: "notification",
        keys: &[
            "ChangeType",
            "ContextIdentifier",
            "VersionName",
            "FileVersion",
            "Token",
            "PublicEndpoint",
            "changetype",
        ],
        run: notification,
    },
    Target {
        name: "change-type",
        keys: &[],
        run: change_type,
    },
    Target {
        name: "context-ids",
        keys: &[],
        run: context_ids,
    },
    Target {
        name: "urls",
        keys: &[],
        run: urls,
    },
    Target {
        name: "options",
        keys: &[
            "contextId",
            "contextIds",
            "env",
            "baseUrl",
            "legends",
            "layout",
            "health",
            "query",
        ],
        run: options,
    },
    Target {
        name: "page-query",
        keys: &[],
        run: page_query,
    },
    Target {
        name: "retry-after",
        keys: &[],
        run: retry_after,
    },
];

/// A state answer, from decoding to the badge and the host events.
fn state(text: &str) {
    let mut status = TenantStatus::default();
    let mut reporter = Reporter::default();
    let mut schedule = Schedule::new();
    match decode_state(text) {
        Ok(state) => {
            let _ = Endpoints::of(&state).place();
            if let Some(link) = state.endpoint.as_deref() {
                let _ = safe_link(link);
            }
            schedule.record(
                NOW_MS,
                CheckResult::Fresh {
                    valid_until_ms: state.valid_until_ms,
                },
                0.5,
            );
            status.record_state(state, NOW_MS);
        }
        Err(error) => {
            let _ = error.to_string();
            status.record_error(CheckError::InvalidPayload(error.to_string()));
        }
    }
    let _ = reporter.observe(&status);
    show(&status);
    // The same answer twice (a refresh), then a day later (stale).
    if let Ok(state) = decode_state(text) {
        status.record_state(state, NOW_MS.saturating_add(20_000));
    }
    let _ = reporter.observe(&status);
    let _ = BadgeModel::new(&status, NOW_MS.saturating_add(86_400_000), Texts::english());
}

/// Everything a badge paints from a status, in English and in German
/// (the longest words).
fn show(status: &TenantStatus) {
    let german = Texts::new(Lang::De);
    for texts in [Texts::english(), &german] {
        let model = BadgeModel::new(status, NOW_MS, texts);
        let _ = (model.class(), model.health_attr(), model.notified_attr());
        let _ = model.accessible_name("Cust1", texts);
        let _ = BadgeModel::checked_ago(status, NOW_MS, texts);
        let _ = so_tenant_status_core::board::checked_text(status, NOW_MS, texts);
    }
    let _ = BadgeModel::next_check(status);
}

/// A change notification, from decoding to the badge and a Move's event.
fn notification(text: &str) {
    let Ok(notification) = decode_notification(text) else {
        return;
    };
    let _ = notification.change_type.info(Texts::english());
    let mut status = TenantStatus::default();
    let _ = HostEvent::for_notification(&notification, &status);
    status.record_notification(Notified {
        change_type: notification.change_type,
        at_ms: NOW_MS,
        public_endpoint: notification.public_endpoint.clone(),
    });
    let _ = validate_context_id(&notification.context_identifier);
    show(&status);
}

/// A change-type code or name as a JS caller passes it.
fn change_type(text: &str) {
    if let Ok(number) = text.trim().parse::<f64>() {
        if let Some(code) = integer_code(number) {
            let info = ChangeType::from_code(code).info(Texts::english());
            let _ = serde_json::to_string(&info);
        }
    }
    if let Some(kind) = ChangeType::from_name(text) {
        let _ = (
            kind.description(Texts::english()),
            kind.badge(Texts::english()),
            kind.integration(Texts::english()),
            kind.code(),
        );
    }
}

/// A `context-id(s)` attribute or option, alone or with an env and base URL.
fn context_ids(text: &str) {
    let _ = parse_context_list(text);
    for id in split_context_ids(text) {
        let _ = validate_context_id(&id);
    }
    let (env, rest) = text.split_once('|').unwrap_or(("sod", text));
    let (id, base) = match rest.split_once('|') {
        Some((id, base)) => (id, Some(base)),
        None => (rest, None),
    };
    let _ = Env::parse(env);
    let _ = state_url(env, id, base);
}

/// URLs from answers (links) and from hosts (base URLs).
fn urls(text: &str) {
    let _ = safe_link(text);
    let _ = url_host(text);
    let _ = is_absolute_http_url(text);
    let _ = normalise_base_url(text);
}

/// `mount()` / `mountBoard()` options as JSON (what serde-wasm-bindgen
/// hands over is read by the same `Deserialize`).
fn options(text: &str) {
    if let Ok(options) = serde_json::from_str::<MountOptions>(text) {
        if let Ok(checked) = options.check() {
            let _ = checked.state_url();
        }
    }
    if let Ok(options) = serde_json::from_str::<BoardOptions>(text) {
        let _ = options.check();
    }
}

/// The page's query: `env`, `context`, `base`, `health`, `q`, `layout`.
fn page_query(text: &str) {
    let mut parts = text.split('&');
    let mut next = || parts.next();
    let (env, context, base) = (next(), next(), next());
    let query = PageQuery::from_params(env, context, base, "http://127.0.0.1:8080");
    let _ = (query.layout(), query.legends_open());
    let filter = Filter::from_params(next(), next());
    let _ = (
        filter.health_param(),
        filter.board_class(),
        filter.finds(text),
    );
    let _ = Layout::parse(text);
}

/// A `Retry-After` header and a `ValidUntil` timestamp.
fn retry_after(text: &str) {
    let _ = retry_after_ms(text, NOW_MS);
    let _ = parse_timestamp(text);
    let mut schedule = Schedule::new();
    if let Some(retry_after_ms) = retry_after_ms(text, NOW_MS) {
        schedule.record(NOW_MS, CheckResult::Throttled { retry_after_ms }, 0.5);
    }
}

/// Strings an attacker or a broken server would send.
fn hostile_string() -> impl Strategy<Value = String> {
    let fixed: Vec<String> = vec![
        "<script>window.__pwned=1</script>".into(),
        "\"><img src=x onerror=window.__pwned=1>".into(),
        "javascript:window.__pwned=1".into(),
        "JaVaScRiPt:alert(1)".into(),
        "data:text/html,<script>alert(1)</script>".into(),
        "<svg onload=alert(1)>".into(),
        "background:url(javascript:alert(1))".into(),
        "https://evil.example/superoffice.com".into(),
        "https://sod.superoffice.com.evil.example/".into(),
        "https://user@sod.superoffice.com/".into(),
        "\u{202E}gnitteS\u{202C}".into(),
        "Cust\u{0}1234".into(),
        "2026-02-30T25:61:61Z".into(),
        "9999-12-31T23:59:59.9999999Z".into(),
        "-0".into(),
        "1e400".into(),
        "Sun, 06 Nov 1994 08:49:37 GMT".into(),
        "x".repeat(10 * 1024),
        "é".repeat(70 * 1024 / 2),
        String::new(),
    ];
    prop_oneof![
        4 => proptest::sample::select(fixed),
        2 => "\\PC{0,40}",
        1 => any::<String>(),
        1 => "(Cust|cust|CUST)[0-9]{0,12}",
        1 => "(https?|ftp|javascript|data)://[a-z0-9.:@/%-]{0,40}",
    ]
}

/// A JSON value built from `keys` with hostile leaves, nested a little.
fn json_value(keys: &'static [&'static str]) -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        proptest::sample::select(vec![0i64, 1, 2, 3, 4, 5, 6, 7, -1, i64::MAX, i64::MIN])
            .prop_map(Value::from),
        hostile_string().prop_map(Value::String),
    ];
    let key = prop_oneof![
        4 => proptest::sample::select(keys.to_vec()).prop_map(str::to_owned),
        1 => "\\PC{0,12}",
    ];
    leaf.prop_recursive(4, 48, 8, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(key.clone(), inner, 0..10)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Text that is almost JSON: a valid document cut, spliced or given a raw
/// escape serde never writes (a lone surrogate).
fn damage(text: String, at: usize, insert: &'static str) -> String {
    let mut cut = at % (text.len() + 1);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let (head, tail) = text.split_at(cut);
    match at % 3 {
        0 => head.to_owned(),
        1 => format!("{head}{insert}{tail}"),
        _ => format!("{head}{insert}"),
    }
}

/// Inputs for `target`: structure-aware first, then raw text and bytes.
pub fn inputs(target: &Target, seeds: Vec<String>) -> BoxedStrategy<String> {
    let raw = prop_oneof![
        3 => hostile_string(),
        1 => proptest::collection::vec(any::<u8>(), 0..256)
            .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
    ];
    if target.keys.is_empty() {
        return prop_oneof![
            3 => raw,
            1 => proptest::collection::vec(hostile_string(), 1..5).prop_map(|v| v.join("|")),
            1 => proptest::collection::vec(hostile_string(), 1..6).prop_map(|v| v.join("&")),
            1 => proptest::collection::vec("(Cust[0-9]{1,6}|[ ,;\n\t]|\\PC)", 0..40)
                .prop_map(|v| v.concat()),
        ]
        .boxed();
    }
    let splices = proptest::sample::select(vec![
        "\"\\ud800\"",
        "\"\\udfff\\ud800\"",
        "\u{feff}",
        ",",
        "}",
        "]]]]",
        "\"",
        "1e999",
        "null",
        "{\"State\":\"Running\"}",
        "\"ValidUntil\":\"2026-02-23T09:52:01.9342965Z\",",
    ]);
    let seeded = if seeds.is_empty() {
        vec![String::from("{}")]
    } else {
        seeds
    };
    prop_oneof![
        4 => json_value(target.keys).prop_map(|v| v.to_string()),
        3 => (proptest::sample::select(seeded.clone()), any::<usize>(), splices.clone())
            .prop_map(|(t, at, s)| damage(t, at, s)),
        2 => (json_value(target.keys), any::<usize>(), splices)
            .prop_map(|(v, at, s)| damage(v.to_string(), at, s)),
        1 => proptest::sample::select(seeded),
        1 => raw,
        1 => (1usize..2000).prop_map(|depth| "[".repeat(depth) + &"]".repeat(depth % 7)),
    ]
    .boxed()
}

/// SuperOffice's example payloads (`tests/fixtures`), exactly as shipped:
/// the seeds the structure-aware inputs cut and splice.
pub fn fixture_seeds(repo: &Path) -> Vec<String> {
    let dir = repo.join("tests/fixtures");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut seeds: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect();
    seeds.sort();
    seeds
}

/// What one run of a target found.
pub struct Outcome {
    /// Inputs run.
    pub inputs: u64,
    /// The smallest input found that panics, with the panic message.
    pub panic: Option<(String, String)>,
}

/// Runs `target` on `cases` inputs from `seed` (deterministic), shrinking
/// a panic to its smallest input.
pub fn fuzz(target: &Target, cases: u32, seed: u64, seeds: Vec<String>) -> Outcome {
    let mut key = [0u8; 32];
    for (i, byte) in seed.to_le_bytes().iter().enumerate() {
        if let Some(slot) = key.get_mut(i) {
            *slot = *byte;
        }
    }
    let config = Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 4096,
        ..Config::default()
    };
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &key));
    let run = target.run;
    let result = runner.run(&inputs(target, seeds), |input| {
        run(&input);
        Ok(())
    });
    let panic = match result {
        Ok(()) => None,
        Err(TestError::Fail(reason, input)) => Some((input, reason.to_string())),
        Err(TestError::Abort(reason)) => Some((String::new(), reason.to_string())),
    };
    Outcome {
        inputs: u64::from(cases),
        panic,
    }
}

/// Keeps a panicking input as a regression case; returns its path.
pub fn keep_regression(repo: &Path, target: &Target, input: &str) -> std::io::Result<PathBuf> {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    input.hash(&mut hasher);
    let dir = regressions_dir(repo).join(target.name);
    std::fs::create_dir_all(&dir)?;
    let path = dir.join(format!("{:016x}.txt", hasher.finish()));
    std::fs::write(&path, input)?;
    Ok(path)
}

/// `tests/fuzz-regressions/`: every input that ever panicked, one file each.
pub fn regressions_dir(repo: &Path) -> PathBuf {
    repo.join("tests/fuzz-regressions")
}

/// The repository's root.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}
