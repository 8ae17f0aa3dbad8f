//! The six languages: complete, translated, and chosen as the issue says.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use so_tenant_status_core::badge::BadgeModel;
use so_tenant_status_core::legend;
use so_tenant_status_core::status::{CheckError, TenantStatus};
use so_tenant_status_core::*;

/// `locales/<lang>.ftl` as shipped.
fn source(lang: Lang) -> String {
    let path = format!(
        "{}/../../locales/{}.ftl",
        env!("CARGO_MANIFEST_DIR"),
        lang.tag()
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"))
}

/// Each message of a file, with the variables its pattern uses.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let text = source(lang);
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}.ftl does not parse: {errors:?}", lang.tag()));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    variables(p, &mut vars);
                }
                let name = m.id.name.to_owned();
                assert!(
                    out.insert(name.clone(), vars).is_none(),
                    "{}.ftl: {name} twice",
                    lang.tag()
                );
            }
            Entry::Junk { content } => panic!("{}.ftl: unreadable: {content}", lang.tag()),
            _ => {}
        }
    }
    out
}

fn variables(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            let inline = match expression {
                Expression::Inline(e) => e,
                Expression::Select { selector, variants } => {
                    for v in variants {
                        variables(&v.value, vars);
                    }
                    selector
                }
            };
            if let InlineExpression::VariableReference { id } = inline {
                vars.insert(id.name.to_owned());
            }
        }
    }
}

#[test]
fn every_key_is_in_every_language_with_the_same_variables() {
    let english = messages(Lang::En);
    assert!(english.len() > 120, "{} keys", english.len());
    assert_eq!(
        Texts::keys().into_iter().collect::<BTreeSet<_>>(),
        english.keys().cloned().collect::<BTreeSet<_>>()
    );
    for lang in Lang::ALL {
        let translated = messages(lang);
        let missing: Vec<_> = english
            .keys()
            .filter(|k| !translated.contains_key(*k))
            .collect();
        let extra: Vec<_> = translated
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{}.ftl lacks {missing:?}", lang.tag());
        assert!(
            extra.is_empty(),
            "{}.ftl has unknown keys {extra:?}",
            lang.tag()
        );
        for (key, vars) in &english {
            assert_eq!(
                &translated[key],
                vars,
                "{}.ftl: {key} variables",
                lang.tag()
            );
        }
    }
}

/// Keys whose text may equal the English: identifiers and formats that
/// every language writes alike. Everything else must be translated.
const SAME_AS_ENGLISH: [&str; 15] = [
    "health-ok",           // "OK" in every one of the six
    "health-word-ok",      // "ok"
    "legend-api",          // "API"
    "board-col-api",       // "API"
    "badge-endpoint",      // the field's name, as SuperOffice writes it
    "badge-api",           // the field's name, as SuperOffice writes it
    "badge-name",          // "{ $context }: { $state }, { $health }": punctuation only
    "board-count",         // "{ $label }: { $count }": punctuation only
    "history-span",        // "{ $state } { $from }–{ $to }": punctuation only
    "inspect-placeholder", // a JSON example, fields as SuperOffice names them
    "timeline-name",       // "{ $window }: { $parts }": punctuation only
    "timeline-segment",    // "{ $from }–{ $to }: { $state }, { $health }": punctuation only
    "availability-none",   // "–": a dash
    "alert-one",           // "{ $context }: { $state }, { $health }": punctuation only
    "title-worst",         // "({ $count } { $health }) { $title }": punctuation only
];

/// Keys the same in some languages only, and which.
const SAME_IN: [(&str, &[Lang]); 10] = [
    // "tenants" is the Danish and Dutch word too; "was" is Dutch.
    ("alert-many", &[Lang::Da, Lang::Nl]),
    ("alert-was", &[Lang::Nl]),
    // Dutch writes a per cent sign without a space, as English does.
    ("percent", &[Lang::Nl]),
    // "min" (minutes) and "d" (days) everywhere but in German.
    (
        "duration-under-minute",
        &[Lang::Nb, Lang::Sv, Lang::Da, Lang::Nl],
    ),
    (
        "duration-minutes",
        &[Lang::Nb, Lang::Sv, Lang::Da, Lang::Nl],
    ),
    ("duration-days", &[Lang::Nb, Lang::Sv, Lang::Da, Lang::Nl]),
    // "Download CSV" is Danish too.
    ("board-export-csv", &[Lang::Da]),
    // "Tenant" is the word these translations use throughout.
    ("inspect-tenant", &[Lang::Nb, Lang::Sv, Lang::Da, Lang::Nl]),
    // "Version" is the word in Swedish, Danish and German too.
    ("board-col-version", &[Lang::Sv, Lang::Da, Lang::De]),
    // A URL.
    (
        "page-base-placeholder",
        &[Lang::Nb, Lang::Sv, Lang::Da, Lang::De, Lang::Nl],
    ),
];

#[test]
fn no_translation_is_left_in_english_but_identifiers() {
    let args: &[(&str, &str)] = &[
        ("context", "Cust1004"),
        ("state", "Suspended"),
        ("health", "x"),
        ("code", "17"),
        ("status", "503"),
        ("detail", "d"),
        ("ago", "a"),
        ("time", "10:42"),
        ("change", "Move"),
        ("host", "h"),
        ("from", "f"),
        ("to", "t"),
        ("label", "l"),
        ("count", "24"),
    ];
    let english = Texts::english();
    let mut left = Vec::new();
    for lang in &Lang::ALL[1..] {
        let texts = Texts::new(*lang);
        for key in Texts::keys() {
            let allowed = SAME_AS_ENGLISH.contains(&key.as_str())
                || SAME_IN
                    .iter()
                    .any(|(k, langs)| *k == key && langs.contains(lang));
            let same = texts.with(&key, args) == english.with(&key, args);
            if same && !allowed {
                left.push(format!("{}: {key}", lang.tag()));
            }
        }
    }
    assert!(left.is_empty(), "still English: {left:#?}");
}

#[test]
fn languages_are_matched_by_their_language_subtag() {
    for (tag, lang) in [
        ("en", Some(Lang::En)),
        ("en-GB", Some(Lang::En)),
        ("nb-NO", Some(Lang::Nb)),
        ("no", Some(Lang::Nb)),
        ("nn-NO", Some(Lang::Nb)),
        ("sv-FI", Some(Lang::Sv)),
        ("da", Some(Lang::Da)),
        ("de-AT", Some(Lang::De)),
        ("de-Latn-DE-1996", Some(Lang::De)),
        ("nl-BE", Some(Lang::Nl)),
        ("NL", Some(Lang::Nl)),
        ("fr", None),
        ("", None),
        ("<b>", None),
    ] {
        assert_eq!(Lang::matching(tag), lang, "{tag:?}");
    }
}

#[test]
fn the_first_language_given_decides_and_english_is_the_fallback() {
    let nav = |tags: &[&str]| tags.iter().map(|t| (*t).to_owned()).collect::<Vec<_>>();
    let de = nav(&["fr-FR", "de-DE", "en"]);
    assert_eq!(
        Lang::resolve(Some("nb-NO"), Some("sv"), Some("da"), &de),
        Lang::Nb
    );
    assert_eq!(Lang::resolve(None, Some("sv"), Some("da"), &de), Lang::Sv);
    assert_eq!(Lang::resolve(Some(" "), None, Some("da"), &de), Lang::Da);
    assert_eq!(
        Lang::resolve(None, None, None, &de),
        Lang::De,
        "first spoken of the browser's"
    );
    assert_eq!(
        Lang::resolve(None, None, None, &nav(&["fr", "es"])),
        Lang::En
    );
    assert_eq!(Lang::resolve(None, None, None, &[]), Lang::En);
    assert_eq!(
        Lang::resolve(Some("fr"), Some("nb"), None, &de),
        Lang::En,
        "an unsupported language asked for falls back to English"
    );
}

#[test]
fn a_badge_speaks_norwegian() {
    let nb = Texts::new(Lang::Nb);
    let mut status = TenantStatus::default();
    status.record_state(
        decode_state(r#"{"ContextIdentifier":"Cust1004","State":"Suspended","Version":"10.4"}"#)
            .unwrap(),
        0,
    );
    let model = BadgeModel::new(&status, 1, &nb);
    assert_eq!(
        model.title, "Suspended",
        "state names stay as SuperOffice writes them"
    );
    assert_eq!(model.health_label, "Nede");
    assert_eq!(model.api_line, "API-et er ikke tilgjengelig");
    assert!(model.description.starts_with("Tenanten er suspendert"));
    assert_eq!(model.action_label, "Oppdater");
    assert_eq!(model.version.as_deref(), Some("10.4"));
    assert_eq!(
        model.accessible_name("Cust1004", &nb),
        "Cust1004: Suspended, nede"
    );
    status.record_error(CheckError::Server(503));
    let model = BadgeModel::new(&status, 1, &nb);
    assert_eq!(model.problem.unwrap().summary, "Serverfeil (503)");
    assert_eq!(model.action_label, "Prøv igjen");
    assert_eq!(
        BadgeModel::checked_ago(&status, 125_000, &nb).as_deref(),
        Some("sjekket 2 min ago"),
        "natively the English relative time; the browser's Intl one in the widget"
    );
    let relative = Texts::new(Lang::Nb).with_relative(Arc::new(|v, unit| format!("{v} {unit}")));
    assert_eq!(
        BadgeModel::checked_ago(&status, 125_000, &relative).as_deref(),
        Some("sjekket -2 minute")
    );
}

#[test]
fn legends_and_the_decoder_say_descriptions_in_the_language_asked() {
    let de = Texts::new(Lang::De);
    let rows = legend::state_rows(&de);
    let running = rows.iter().find(|r| r.name == "Running").unwrap();
    assert_eq!(
        running.description,
        "Der Mandant läuft normal, seine API kann genutzt werden."
    );
    assert_eq!(running.api_text(&de), "verfügbar");
    assert_eq!(legend::state_headers(&de)[0], "Zustand");
    let moved = &legend::change_type_rows(&de)[5];
    assert_eq!(moved.name, "Move");
    assert!(
        moved.description.contains("verschoben"),
        "{}",
        moved.description
    );
    assert_eq!(
        ChangeType::from_code(17).description(&de),
        "Der Änderungstyp 17 ist von SuperOffice nicht dokumentiert."
    );

    let state = decode_state(r#"{"ContextIdentifier":"Cust1","State":"Running"}"#).unwrap();
    let mut json = Vec::new();
    state
        .serialize_in(
            &Texts::new(Lang::Nl),
            &mut serde_json::Serializer::new(&mut json),
        )
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(
        json["description"],
        "De tenant draait normaal en de API kan worden gebruikt."
    );
    assert_eq!(json["state"], "Running");
    let english = serde_json::to_value(&state).unwrap();
    assert_eq!(
        english["description"],
        "The tenant is running normally and its API can be used."
    );
}

/// A host's `messages` object.
fn ours(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// Why English with these `messages` is refused.
fn problem(pairs: &[(&str, &str)]) -> String {
    Texts::with_messages(Lang::En, &ours(pairs))
        .unwrap_err()
        .to_string()
}

#[test]
fn hosts_override_any_message_with_their_own_text() {
    let texts = Texts::with_messages(
        Lang::Nb,
        &ours(&[
            ("health-down", "Stengt"),
            ("badge-name", "{ $context } – { $state } ({ $health })"),
        ]),
    )
    .unwrap();
    assert_eq!(Health::Down.label(&texts), "Stengt");
    assert_eq!(
        Health::Gone.label(&texts),
        "Borte",
        "the rest stays the language's own"
    );
    assert_eq!(
        texts.with(
            "badge-name",
            &[
                ("context", "Cust1"),
                ("state", "Suspended"),
                ("health", "nede")
            ]
        ),
        "Cust1 – Suspended (nede)"
    );

    assert_eq!(
        problem(&[("health-sad", "x")]),
        "options.messages: health-sad: not one of the message keys (see docs/languages.md)"
    );
    assert_eq!(
        problem(&[("health-down", "one\ntwo")]),
        "options.messages: health-down: expected one line of text"
    );
    assert!(problem(&[("health-down", "{ $oops")])
        .starts_with("options.messages: health-down: not a text Fluent can read"));
    assert!(problem(&[("health-down", "")])
        .starts_with("options.messages: health-down: not a text Fluent can read"));
}

#[test]
fn announcements_and_errors_follow_the_language() {
    let sv = Texts::new(Lang::Sv);
    let state = |s: &str| {
        decode_state(&format!(
            r#"{{"ContextIdentifier":"Cust1004","State":"{s}"}}"#
        ))
        .unwrap()
    };
    let event = so_tenant_status_core::host::HostEvent::StatusChange {
        previous: Some(Box::new(state("Running"))),
        current: Box::new(state("Suspended")),
    };
    assert_eq!(
        event.announcement("Cust1004", &sv).unwrap(),
        "Cust1004 är nu Suspended: nere"
    );
    assert_eq!(
        event.announcement("Cust1004", Texts::english()).unwrap(),
        "Cust1004 is now Suspended: down"
    );
    assert_eq!(CheckError::NotFound.summary(&sv), "Hittades inte (404)");
    assert_eq!(
        CheckError::NotFound.to_string(),
        "The state API does not know this tenant (404): check the context id and the environment.",
        "Display stays English (events, logs)"
    );
    assert_eq!(Env::Online.label(&sv), "Produktion (online)");
}

#[test]
fn the_languages_page_lists_every_message_key() {
    let path = format!("{}/../../docs/languages.md", env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(&path).unwrap();
    let missing: Vec<_> = Texts::keys()
        .into_iter()
        .filter(|key| !readme.contains(&format!("| `{key}` |")))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/languages.md lacks the keys {missing:?}"
    );
}

#[test]
fn the_messages_option_is_read_leniently_and_checked() {
    use so_tenant_status_core::options::MountOptions;
    let read = |json: &str| {
        serde_json::from_str::<MountOptions>(json)
            .unwrap()
            .check()
            .map_err(|e| e.to_string())
    };
    let ok =
        read(r#"{"contextId":"Cust1","messages":{"badge-retry":"Igjen"},"lang":"nb-NO"}"#).unwrap();
    assert_eq!(ok.look.texts(Lang::Nb).get("badge-retry"), "Igjen");
    assert_eq!(ok.look.texts(Lang::Nb).get("badge-refresh"), "Oppdater");
    assert_eq!(
        read(r#"{"contextId":"Cust1","messages":{"badge-retry":false}}"#).unwrap_err(),
        "options.messages: badge-retry: expected a string, got a boolean"
    );
    assert_eq!(
        read(r#"{"contextId":"Cust1","messages":["x"]}"#).unwrap_err(),
        "options.messages: expected an object of message key to text, got an array"
    );
    assert!(read(r#"{"contextId":"Cust1","messages":null}"#).is_ok());
}

/// Each message as Fluent's AST spells it: text and literals as written,
/// each variable as `⟨name⟩`.
fn spelled(lang: Lang) -> BTreeMap<String, String> {
    let text = source(lang);
    let resource = fluent_syntax::parser::parse(text.as_str()).unwrap();
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut s = String::new();
            for element in &m.value.unwrap().elements {
                match element {
                    PatternElement::TextElement { value } => s.push_str(value),
                    PatternElement::Placeable {
                        expression: Expression::Inline(inline),
                    } => match inline {
                        InlineExpression::VariableReference { id } => {
                            s.push_str(&format!("⟨{}⟩", id.name))
                        }
                        InlineExpression::StringLiteral { value } => s.push_str(value),
                        other => panic!("{}: {other:?} in a shipped message", m.id.name),
                    },
                    other => panic!("{}: {other:?} in a shipped message", m.id.name),
                }
            }
            out.insert(m.id.name.to_owned(), s);
        }
    }
    out
}

#[test]
fn the_compiled_tables_say_what_the_files_say() {
    for lang in Lang::ALL {
        let texts = Texts::new(lang);
        for (key, expected) in spelled(lang) {
            let vars = messages(Lang::En).remove(&key).unwrap_or_default();
            let values: Vec<(String, String)> =
                vars.iter().map(|v| (v.clone(), format!("⟨{v}⟩"))).collect();
            let args: Vec<(&'static str, &str)> = values
                .iter()
                .map(|(n, v)| (&*n.clone().leak(), v.as_str()))
                .collect();
            assert_eq!(texts.with(&key, &args), expected, "{}: {key}", lang.tag());
        }
    }
}

#[test]
fn host_texts_take_literals_references_and_missing_variables() {
    let texts = Texts::with_messages(
        Lang::De,
        &ours(&[
            ("health-down", "{ \"{\" }{ health-gone }{ \"}\" } { 2 }"),
            ("badge-name", "{ $context } / { $nope }"),
        ]),
    )
    .unwrap();
    assert_eq!(texts.get("health-down"), "{Entfernt} 2");
    assert_eq!(
        texts.with("badge-name", &[("context", "Cust1")]),
        "Cust1 / {$nope}",
        "a missing variable is written as Fluent writes it"
    );
    assert_eq!(
        problem(&[("health-down", "{ NUMBER($x) }")]),
        "options.messages: health-down: NUMBER() is not supported here; write the text or a variable"
    );
    assert_eq!(
        problem(&[("health-down", "{ no-such-key }")]),
        "options.messages: health-down: { no-such-key } is not one of the message keys"
    );
    assert_eq!(texts.get("no-such-key"), "no-such-key");
}
