//! The maintenance forecast (published rhythm, UTC+1), across summer-time
//! changes and year ends; the maintenance label; the guidance lines.

use so_tenant_status_core::guidance::guidance;
use so_tenant_status_core::history::MaintenanceLabel;
use so_tenant_status_core::maintenance::{Rhythm, Window, WindowKind};
use so_tenant_status_core::time::parse_timestamp;
use so_tenant_status_core::{decode_state, Lang, State, Texts};

mod common;

fn ms(iso: &str) -> i64 {
    parse_timestamp(iso).unwrap()
}

fn window(kind: WindowKind, from: &str, to: &str) -> Window {
    Window {
        kind,
        starts_at_ms: ms(from),
        ends_at_ms: ms(to),
    }
}

#[test]
fn next_window_of_each_kind_earliest_first() {
    // Wednesday 2026-12-02 19:00 in UTC+1.
    let next = Rhythm::default().next(ms("2026-12-02T18:00:00Z"));
    assert_eq!(
        next,
        vec![
            // 01:00-03:00 UTC+1 on Thursday.
            window(
                WindowKind::Recycle,
                "2026-12-03T00:00:00Z",
                "2026-12-03T02:00:00Z"
            ),
            // Thursday 22:00 - Friday 06:00 UTC+1.
            window(
                WindowKind::Patch,
                "2026-12-03T21:00:00Z",
                "2026-12-04T05:00:00Z"
            ),
            // Saturday 20:00 - Sunday 06:00 UTC+1.
            window(
                WindowKind::Maintenance,
                "2026-12-05T19:00:00Z",
                "2026-12-06T05:00:00Z"
            ),
        ],
        "no upgrade without a known cycle"
    );
    assert_eq!(
        Rhythm::default().next_notable(ms("2026-12-02T18:00:00Z")),
        Some(window(
            WindowKind::Patch,
            "2026-12-03T21:00:00Z",
            "2026-12-04T05:00:00Z"
        ))
    );
}

#[test]
fn a_window_in_progress_is_the_next_of_its_kind() {
    let now = ms("2026-12-06T02:00:00Z"); // Sunday 03:00 UTC+1
    let next = Rhythm::default().next(now);
    let maintenance = next
        .iter()
        .find(|w| w.kind == WindowKind::Maintenance)
        .unwrap();
    assert_eq!(
        *maintenance,
        window(
            WindowKind::Maintenance,
            "2026-12-05T19:00:00Z",
            "2026-12-06T05:00:00Z"
        )
    );
    assert!(maintenance.contains(now));
    // The recycle that ended at this instant is over: tomorrow's is next.
    let recycle = next.iter().find(|w| w.kind == WindowKind::Recycle).unwrap();
    assert_eq!(recycle.starts_at_ms, ms("2026-12-07T00:00:00Z"));
}

#[test]
fn across_the_year_end() {
    // 2026-12-31 is a Thursday: its patch window ends in 2027.
    let now = ms("2026-12-31T23:30:00Z"); // 00:30 on New Year's Day, UTC+1
    let rhythm = Rhythm::default();
    assert_eq!(
        rhythm.current(now),
        vec![window(
            WindowKind::Patch,
            "2026-12-31T21:00:00Z",
            "2027-01-01T05:00:00Z"
        )]
    );
    let next = rhythm.next(now);
    assert_eq!(next.first().map(|w| w.kind), Some(WindowKind::Patch));
    assert!(next.contains(&window(
        WindowKind::Recycle,
        "2027-01-01T00:00:00Z",
        "2027-01-01T02:00:00Z"
    )));
    assert!(next.contains(&window(
        WindowKind::Maintenance,
        "2027-01-02T19:00:00Z",
        "2027-01-03T05:00:00Z"
    )));
    // New Year's Eve 2027 is a Friday: at 23:00 UTC it is 2028 in UTC+1
    // and Saturday's window is the next.
    let next = rhythm.next(ms("2027-12-31T23:00:00Z"));
    assert!(next.contains(&window(
        WindowKind::Maintenance,
        "2028-01-01T19:00:00Z",
        "2028-01-02T05:00:00Z"
    )));
}

#[test]
fn summer_time_fixed_utc_plus_one_by_default() {
    // Europe's clocks go forward at 01:00 UTC on Sunday 2027-03-28, inside
    // Saturday's window: read as UTC+1 all year, nothing moves.
    let default = Rhythm::default();
    let saturday = |rhythm: &Rhythm, now: &str| {
        *rhythm
            .next(ms(now))
            .iter()
            .find(|w| w.kind == WindowKind::Maintenance)
            .unwrap()
    };
    assert_eq!(
        saturday(&default, "2027-03-27T12:00:00Z"),
        window(
            WindowKind::Maintenance,
            "2027-03-27T19:00:00Z",
            "2027-03-28T05:00:00Z"
        )
    );
    assert_eq!(
        saturday(&default, "2027-07-03T12:00:00Z"),
        window(
            WindowKind::Maintenance,
            "2027-07-03T19:00:00Z",
            "2027-07-04T05:00:00Z"
        )
    );
    // Read as Central European wall-clock time: the spring night is an
    // hour shorter (20:00 CET to 06:00 CEST), summer is an hour earlier,
    // and the autumn night an hour longer (20:00 CEST to 06:00 CET).
    let wall = Rhythm {
        summer_time: true,
        ..Rhythm::default()
    };
    assert_eq!(
        saturday(&wall, "2027-03-27T12:00:00Z"),
        window(
            WindowKind::Maintenance,
            "2027-03-27T19:00:00Z",
            "2027-03-28T04:00:00Z"
        )
    );
    assert_eq!(
        saturday(&wall, "2027-07-03T12:00:00Z"),
        window(
            WindowKind::Maintenance,
            "2027-07-03T18:00:00Z",
            "2027-07-04T04:00:00Z"
        )
    );
    assert_eq!(
        saturday(&wall, "2027-10-30T12:00:00Z"),
        window(
            WindowKind::Maintenance,
            "2027-10-30T18:00:00Z",
            "2027-10-31T05:00:00Z"
        )
    );
    // The recycle on the spring night: 01:00 CET to 03:00 CEST is one hour.
    let recycle = wall
        .next(ms("2027-03-27T23:30:00Z"))
        .into_iter()
        .find(|w| w.kind == WindowKind::Recycle)
        .unwrap();
    assert_eq!(
        recycle,
        window(
            WindowKind::Recycle,
            "2027-03-28T00:00:00Z",
            "2027-03-28T01:00:00Z"
        )
    );
}

#[test]
fn upgrades_every_third_week_from_a_documented_reference() {
    let rhythm = Rhythm::default()
        .with_upgrade_week_of("2026-12-01")
        .unwrap();
    let upgrade = |now: &str| {
        rhythm
            .next(ms(now))
            .into_iter()
            .find(|w| w.kind == WindowKind::Upgrade)
            .unwrap()
    };
    // Tuesday and Friday of the reference week, 20:00 - 05:00 UTC+1.
    assert_eq!(
        upgrade("2026-12-01T12:00:00Z"),
        window(
            WindowKind::Upgrade,
            "2026-12-01T19:00:00Z",
            "2026-12-02T04:00:00Z"
        )
    );
    assert_eq!(
        upgrade("2026-12-02T12:00:00Z"),
        window(
            WindowKind::Upgrade,
            "2026-12-04T19:00:00Z",
            "2026-12-05T04:00:00Z"
        )
    );
    // Then three weeks later, and across the year end.
    assert_eq!(
        upgrade("2026-12-05T12:00:00Z"),
        window(
            WindowKind::Upgrade,
            "2026-12-22T19:00:00Z",
            "2026-12-23T04:00:00Z"
        )
    );
    assert_eq!(
        upgrade("2026-12-26T12:00:00Z"),
        window(
            WindowKind::Upgrade,
            "2027-01-12T19:00:00Z",
            "2027-01-13T04:00:00Z"
        )
    );
    // Any day of the week gives the same cycle; nonsense is refused.
    assert_eq!(
        Rhythm::default().with_upgrade_week_of("2026-12-06"),
        Ok(rhythm)
    );
    let err = Rhythm::default()
        .with_upgrade_week_of("next week")
        .unwrap_err();
    assert!(
        err.starts_with("upgradeWeekOf: expected a date like 2026-12-01"),
        "{err}"
    );
}

#[test]
fn maintenance_states_are_expected_inside_a_window_and_unscheduled_outside() {
    let rhythm = Rhythm::default();
    let offline = State::OfflineMaintenance;
    let label = |now: &str| MaintenanceLabel::of(&offline, ms(now), &rhythm);
    assert_eq!(
        label("2026-12-05T22:00:00Z"),
        Some(MaintenanceLabel::Expected(WindowKind::Maintenance))
    );
    // With no known cycle, any Tuesday or Friday evening may be an upgrade.
    assert_eq!(
        label("2026-12-08T21:00:00Z"),
        Some(MaintenanceLabel::Expected(WindowKind::Upgrade))
    );
    // Friday 02:00: patch and recycle windows both; the patch is named.
    assert_eq!(
        label("2026-12-04T01:00:00Z"),
        Some(MaintenanceLabel::Expected(WindowKind::Patch))
    );
    assert_eq!(
        label("2026-12-02T12:00:00Z"),
        Some(MaintenanceLabel::Unscheduled)
    );
    assert_eq!(
        MaintenanceLabel::of(&State::Running, ms("2026-12-02T12:00:00Z"), &rhythm),
        None
    );
    let en = Texts::english();
    assert_eq!(
        label("2026-12-05T22:00:00Z").unwrap().text(en),
        "Expected: in the Saturday maintenance window"
    );
    assert_eq!(
        label("2026-12-02T12:00:00Z").unwrap().text(en),
        "Unscheduled: outside the published maintenance windows"
    );
    assert_eq!(
        label("2026-12-05T22:00:00Z")
            .unwrap()
            .text(Texts::shared(Lang::Nb)),
        "Ventet: i lørdagens vedlikeholdsvindu"
    );
}

#[test]
fn guidance_is_in_the_decoded_state_and_every_language() {
    let running = decode_state(&common::fixture("state-running.json")).unwrap();
    assert_eq!(
        running.guidance(None, Texts::english()),
        "API calls allowed."
    );
    let json = serde_json::to_value(&running).unwrap();
    assert_eq!(json["guidance"], "API calls allowed.");

    let offline = decode_state(
        r#"{"ContextIdentifier":"Cust1","State":"OfflineMaintenance","ValidUntil":"2026-02-23T09:52:01.9342965Z"}"#,
    )
    .unwrap();
    let json = serde_json::to_value(&offline).unwrap();
    assert_eq!(json["guidance"], "Pause calls until 2026-02-23 09:52 UTC.");
    assert_eq!(
        offline.guidance(Some("10:52"), Texts::shared(Lang::De)),
        "Aufrufe bis 10:52 pausieren."
    );
    for lang in Lang::ALL {
        let texts = Texts::shared(lang);
        for state in State::DOCUMENTED {
            let line = guidance(&state, None, texts);
            assert!(
                !line.is_empty() && !line.starts_with("guidance-"),
                "{lang:?} {state:?}"
            );
        }
    }
}

#[test]
fn mount_options_carry_the_rhythm_and_the_stuck_threshold() {
    use so_tenant_status_core::options::MountOptions;
    let read = |json: &str| {
        serde_json::from_str::<MountOptions>(json)
            .unwrap()
            .check()
            .map_err(|e| e.to_string())
    };
    let default = read(r#"{"contextId":"Cust1"}"#).unwrap();
    assert_eq!(default.look.watch.stuck_after_ms, 24 * 3_600_000);
    assert_eq!(default.look.watch.rhythm, Rhythm::default());
    let set = read(
        r#"{"contextId":"Cust1","stuckAfterHours":2.5,"maintenance":{"upgradeWeekOf":"2026-12-03","summerTime":true}}"#,
    )
    .unwrap();
    assert_eq!(set.look.watch.stuck_after_ms, 9_000_000);
    assert_eq!(
        set.look.watch.rhythm,
        Rhythm {
            summer_time: true,
            ..Rhythm::default()
                .with_upgrade_week_of("2026-11-30")
                .unwrap()
        }
    );
    for (json, message) in [
        (
            r#"{"contextId":"Cust1","stuckAfterHours":0}"#,
            "options.stuckAfterHours: expected hours above 0",
        ),
        (
            r#"{"contextId":"Cust1","stuckAfterHours":"24"}"#,
            "options.stuckAfterHours: expected a number, got a string",
        ),
        (
            r#"{"contextId":"Cust1","maintenance":true}"#,
            "options.maintenance: expected an object, got a boolean",
        ),
        (
            r#"{"contextId":"Cust1","maintenance":{"upgradeWeekOf":"someday"}}"#,
            "options.maintenance: upgradeWeekOf: expected a date like 2026-12-01",
        ),
    ] {
        let e = read(json).unwrap_err();
        assert!(e.starts_with(message), "{json}: {e}");
    }
}
