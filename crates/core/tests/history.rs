//! Transition history: what is recorded, its stored form (corrupt and
//! foreign entries ignored), the spans and the plain-words notes.

use so_tenant_status_core::history::{
    self, notes, record, summary, History, Note, Transition, MAX_PER_TENANT,
};
use so_tenant_status_core::maintenance::Rhythm;
use so_tenant_status_core::time::parse_timestamp;
use so_tenant_status_core::{decode_state, Health, Lang, TenantState, Texts};

mod common;

fn ms(iso: &str) -> i64 {
    parse_timestamp(iso).unwrap()
}

fn state(name: &str, endpoint: &str) -> TenantState {
    decode_state(&format!(
        r#"{{"ContextIdentifier":"Cust37911","State":"{name}","Endpoint":"{endpoint}"}}"#
    ))
    .unwrap()
}

fn hhmm(ms: i64) -> String {
    let iso = so_tenant_status_core::time::format_iso_ms(ms).unwrap();
    iso[11..16].to_owned()
}

#[test]
fn a_change_of_state_health_or_endpoint_is_recorded_once() {
    let running = decode_state(&common::fixture("state-running.json")).unwrap();
    let mut transitions = Vec::new();
    assert!(record(
        &mut transitions,
        &running,
        ms("2026-12-02T09:00:00Z")
    ));
    assert!(!record(
        &mut transitions,
        &running,
        ms("2026-12-02T09:05:00Z")
    ));
    let moved = state("Running", "https://sod3.superoffice.com/Cust37911");
    assert!(record(&mut transitions, &moved, ms("2026-12-02T09:10:00Z")));
    let offline = state(
        "OfflineMaintenance",
        "https://sod3.superoffice.com/Cust37911",
    );
    assert!(record(
        &mut transitions,
        &offline,
        ms("2026-12-02T09:40:00Z")
    ));
    assert_eq!(transitions.len(), 3);
    assert_eq!(transitions[2].state, "OfflineMaintenance");
    assert_eq!(transitions[2].health, Health::Maintenance);
    assert_eq!(
        transitions[1].endpoint.as_deref(),
        Some("https://sod3.superoffice.com/Cust37911")
    );

    // Bounded: the oldest go.
    for i in 0..120 {
        let name = if i % 2 == 0 {
            "Running"
        } else {
            "OnlineMaintenance"
        };
        record(
            &mut transitions,
            &state(name, "e"),
            ms("2026-12-03T00:00:00Z") + i * 60_000,
        );
    }
    assert_eq!(transitions.len(), MAX_PER_TENANT);
    assert_eq!(transitions.last().unwrap().state, "OnlineMaintenance");
}

#[test]
fn spans_read_newest_first() {
    let mut transitions = Vec::new();
    record(
        &mut transitions,
        &state("Running", "e"),
        ms("2026-12-02T09:00:00Z"),
    );
    record(
        &mut transitions,
        &state("OfflineMaintenance", "e"),
        ms("2026-12-02T09:40:00Z"),
    );
    record(
        &mut transitions,
        &state("Running", "e"),
        ms("2026-12-02T10:02:00Z"),
    );
    assert_eq!(
        summary(&transitions, 2, Texts::english(), &hhmm),
        "Running since 10:02; OfflineMaintenance 09:40–10:02"
    );
    assert_eq!(
        summary(&transitions, 5, Texts::shared(Lang::De), &hhmm),
        "Running seit 10:02; OfflineMaintenance 09:40–10:02; Running 09:00–09:40"
    );
    assert_eq!(
        history::changed_at(&transitions),
        Some(ms("2026-12-02T10:02:00Z"))
    );
    assert_eq!(summary(&[], 5, Texts::english(), &hhmm), "");
}

#[test]
fn stored_form_round_trips_and_ignores_what_is_not_ours() {
    let mut h = History::default();
    let mut t = Vec::new();
    record(
        &mut t,
        &state("Running", "https://sod2.superoffice.com/Cust37911"),
        ms("2026-12-02T09:00:00Z"),
    );
    record(
        &mut t,
        &state("Suspended", "https://sod2.superoffice.com/Cust37911"),
        ms("2026-12-02T09:30:00Z"),
    );
    h.set("Cust37911", &t);
    let text = h.to_storage();
    assert!(
        text.starts_with(r#"{"v":1,"tenants":{"Cust37911":[{"atMs":"#),
        "{text}"
    );
    assert_eq!(History::from_storage(&text), h);

    // Corrupt, foreign, or another version: nothing is trusted.
    for bad in [
        "",
        "not json",
        "[]",
        r#"{"v":2,"tenants":{"Cust1":[{"atMs":1764666000000,"state":"Running","health":"ok","endpoint":null}]}}"#,
        r#"{"tenants":{}}"#,
        r#"{"v":1,"tenants":[]}"#,
        r#"{"v":"1","tenants":{}}"#,
    ] {
        assert!(History::from_storage(bad).is_empty(), "{bad}");
    }
    // Within a good entry, what does not read is dropped, the rest kept.
    let mixed = r#"{"v":1,"tenants":{
        "<img src=x>":[{"atMs":1764666000000,"state":"Running","health":"ok","endpoint":null}],
        "Cust2":[
            {"atMs":1764666000000,"state":"Running","health":"ok","endpoint":null},
            {"atMs":1764666600000,"state":"Suspended","health":"fine","endpoint":null},
            {"atMs":1e300,"state":"Suspended","health":"down","endpoint":null},
            {"atMs":1764660000000,"state":"Deleted","health":"gone","endpoint":null},
            {"atMs":1764667200000,"state":"Suspended","health":"down","endpoint":null},
            "x", null, 7
        ]}}"#;
    let read = History::from_storage(mixed);
    assert_eq!(read.len(), 1);
    let states: Vec<&str> = read.of("Cust2").iter().map(|t| t.state.as_str()).collect();
    assert_eq!(states, ["Running", "Suspended"]);
    assert!(read.of("<img src=x>").is_empty());
}

#[test]
fn watched_spans_are_stored_with_the_history_and_checked_when_read() {
    use so_tenant_status_core::timeline::{record_watch, Watched};
    let mut h = History::default();
    let mut w = Vec::new();
    let start = ms("2026-12-02T09:00:00Z");
    for i in 0..12 {
        record_watch(&mut w, start + i * 300_000);
    }
    record_watch(&mut w, start + 5 * 3_600_000);
    h.set_watched("Cust1", &w);
    assert_eq!(
        h.watched("Cust1"),
        [
            Watched(start, start + 11 * 300_000),
            Watched(start + 5 * 3_600_000, start + 5 * 3_600_000)
        ]
    );
    let text = h.to_storage();
    assert!(text.contains(r#""watched":{"Cust1":[["#), "{text}");
    assert_eq!(History::from_storage(&text), h);
    // An entry written before spans were stored reads as nothing watched.
    let old = r#"{"v":1,"tenants":{"Cust2":[{"atMs":1764666000000,"state":"Running","health":"ok","endpoint":null}]}}"#;
    let read = History::from_storage(old);
    assert_eq!(read.of("Cust2").len(), 1);
    assert!(read.watched("Cust2").is_empty());
    // Spans out of order, backwards, implausible or not numbers: that
    // tenant's spans are dropped, the rest kept.
    let mixed = r#"{"v":1,"tenants":{},"watched":{
        "Cust1":[[1764666000000,1764667000000]],
        "Cust2":[[1764667000000,1764666000000]],
        "Cust3":[[1764666000000,1764667000000],[1764666500000,1764668000000]],
        "Cust4":[[1,2]],
        "Cust5":["x",[1764666000000,1764667000000]],
        "<b>":[[1764666000000,1764667000000]]
    }}"#;
    let read = History::from_storage(mixed);
    assert_eq!(
        read.watched("Cust1"),
        [Watched(1764666000000, 1764667000000)]
    );
    for ctx in ["Cust2", "Cust3", "Cust4", "Cust5", "<b>"] {
        assert!(read.watched(ctx).is_empty(), "{ctx}");
    }
    // A tenant's entry that is not a list at all: the entry is not ours.
    let foreign = r#"{"v":1,"tenants":{},"watched":{"Cust1":"x"}}"#;
    assert!(History::from_storage(foreign).watched("Cust1").is_empty());
}

#[test]
fn storage_is_bounded() {
    let mut h = History::default();
    let long: Vec<Transition> = (0..80)
        .map(|i| Transition {
            at_ms: ms("2026-12-02T00:00:00Z") + i,
            state: "Running".into(),
            health: Health::Ok,
            endpoint: None,
        })
        .collect();
    h.set("Cust1", &long);
    assert_eq!(h.of("Cust1").len(), MAX_PER_TENANT);
    assert_eq!(
        h.of("Cust1")[0].at_ms,
        long[30].at_ms,
        "the newest are kept"
    );
    for n in 0..(history::MAX_TENANTS + 20) {
        h.set(&format!("Cust{}", n + 10), &long[..1]);
    }
    let read = History::from_storage(&h.to_storage());
    assert_eq!(read.len(), history::MAX_TENANTS);
}

#[test]
fn notes_in_plain_words() {
    let rhythm = Rhythm::default();
    let day = 24 * 3_600_000;
    let mut t = Vec::new();
    // Unknown right after Running.
    record(&mut t, &state("Running", "e"), ms("2026-12-02T09:00:00Z"));
    record(&mut t, &state("Unknown", "e"), ms("2026-12-02T10:00:00Z"));
    let now = ms("2026-12-02T10:05:00Z");
    assert_eq!(notes(&t, now, &rhythm, day), vec![Note::LikelyIncident]);
    assert_eq!(
        Note::LikelyIncident.text(Texts::english()),
        "Likely incident, not maintenance"
    );

    // MigrationPending for three days, an endpoint change inside it.
    let mut t = Vec::new();
    record(
        &mut t,
        &state("MigrationPending", "a"),
        ms("2026-11-29T09:00:00Z"),
    );
    record(
        &mut t,
        &state("MigrationPending", "b"),
        ms("2026-12-01T09:00:00Z"),
    );
    let now = ms("2026-12-02T10:00:00Z");
    let found = notes(&t, now, &rhythm, day);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text(Texts::english()), "Stuck for 3 days");
    assert_eq!(found[0].text(Texts::shared(Lang::Nb)), "Fast i 3 dager");
    // The threshold is the caller's.
    assert!(notes(&t, now, &rhythm, 4 * day).is_empty());
    // Provisioning for 25 hours, and exactly one.
    let mut t = Vec::new();
    record(
        &mut t,
        &state("Provisioning", "a"),
        ms("2026-12-01T09:00:00Z"),
    );
    let stuck = notes(&t, ms("2026-12-02T10:00:00Z"), &rhythm, day);
    assert_eq!(stuck[0].text(Texts::english()), "Stuck for 25 hours");
    assert_eq!(
        notes(&t, ms("2026-12-01T10:00:00Z"), &rhythm, 3_600_000)[0].text(Texts::english()),
        "Stuck for 1 hour"
    );

    // A maintenance state on a Wednesday noon: outside every window.
    let mut t = Vec::new();
    record(
        &mut t,
        &state("OfflineMaintenance", "a"),
        ms("2026-12-02T11:00:00Z"),
    );
    assert_eq!(
        notes(&t, ms("2026-12-02T12:00:00Z"), &rhythm, day),
        vec![Note::Unscheduled]
    );
    // On Saturday night it is expected: no note.
    assert!(notes(&t, ms("2026-12-05T22:00:00Z"), &rhythm, day).is_empty());
    assert!(notes(&[], 0, &rhythm, day).is_empty());
}
