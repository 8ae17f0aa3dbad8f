//! The refresh policy, on a fake clock with fixed randomness.

use so_tenant_status_core::schedule::*;

const NOW: i64 = 1_800_000_000_000;

#[test]
fn next_check_is_at_valid_until_within_ten_percent_jitter() {
    for r in [0.0, 0.25, 0.5, 0.75, 0.999] {
        let d = delay_after_success(NOW, Some(NOW + 100_000), r);
        assert!((90_000..=110_000).contains(&d), "{r}: {d}");
    }
    assert_eq!(delay_after_success(NOW, Some(NOW + 100_000), 0.5), 100_000);
    assert_eq!(delay_after_success(NOW, Some(NOW + 100_000), 0.0), 90_000);
}

#[test]
fn interval_is_clamped_to_15_seconds_and_5_minutes_with_the_jitter_inward() {
    let spread = |valid_until: i64| -> Vec<i64> {
        [0.0, 0.25, 0.5, 0.75, 0.999]
            .iter()
            .map(|r| delay_after_success(NOW, Some(valid_until), *r))
            .collect()
    };
    for (valid_until, lo, hi, why) in [
        (NOW + 1_000, MIN_INTERVAL_MS, 16_500, "ValidUntil too soon"),
        (NOW - 3_600_000, MIN_INTERVAL_MS, 16_500, "past ValidUntil"),
        (
            NOW + 300_000,
            270_000,
            MAX_INTERVAL_MS,
            "ValidUntil at 5 min",
        ),
        (
            NOW + 86_400_000,
            270_000,
            MAX_INTERVAL_MS,
            "ValidUntil a day ahead",
        ),
    ] {
        let delays = spread(valid_until);
        assert!(
            delays.iter().all(|d| (lo..=hi).contains(d)),
            "{why}: {delays:?}"
        );
        // Tenants answered together do not stay together.
        let mut distinct = delays.clone();
        distinct.dedup();
        assert_eq!(distinct.len(), delays.len(), "{why}: {delays:?}");
    }
    assert_eq!(delay_after_success(NOW, None, 0.5), DEFAULT_INTERVAL_MS);
}

#[test]
fn failures_back_off_exponentially_with_full_jitter_up_to_the_cap() {
    let ceilings = [
        2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000, 300_000,
    ];
    for (i, ceiling) in ceilings.into_iter().enumerate() {
        let failures = i as u32 + 1;
        assert_eq!(
            delay_after_failure(failures, 0.999_999_9),
            ceiling - 1,
            "{failures}"
        );
        assert_eq!(delay_after_failure(failures, 0.0), MIN_RETRY_MS);
        let mid = delay_after_failure(failures, 0.5);
        assert_eq!(mid, ceiling / 2);
    }
    assert_eq!(delay_after_failure(u32::MAX, 0.5), 150_000);
}

#[test]
fn schedule_resets_backoff_after_a_good_answer() {
    let mut s = Schedule::new();
    assert!(s.should_check(NOW, false));
    assert_eq!(s.record(NOW, CheckResult::Failed, 0.5), NOW + 1_000);
    assert_eq!(s.record(NOW, CheckResult::Failed, 0.5), NOW + 2_000);
    assert_eq!(s.record(NOW, CheckResult::Failed, 0.5), NOW + 4_000);
    assert_eq!(s.failures(), 3);
    assert_eq!(
        s.record(
            NOW,
            CheckResult::Fresh {
                valid_until_ms: Some(NOW + 60_000)
            },
            0.5
        ),
        NOW + 60_000
    );
    assert_eq!(s.failures(), 0);
    assert!(!s.should_check(NOW + 59_999, false));
    assert!(s.should_check(NOW + 60_000, false));
}

#[test]
fn a_421_triggers_exactly_one_immediate_recheck() {
    let mut s = Schedule::new();
    assert_eq!(s.record(NOW, CheckResult::Misdirected, 0.5), NOW);
    assert!(s.should_check(NOW, false));
    assert_eq!(
        s.record(NOW, CheckResult::Misdirected, 0.5),
        NOW + 1_000,
        "second 421 backs off"
    );
    assert_eq!(s.failures(), 1);
    s.record(
        NOW,
        CheckResult::Fresh {
            valid_until_ms: None,
        },
        0.5,
    );
    assert_eq!(
        s.record(NOW, CheckResult::Misdirected, 0.5),
        NOW,
        "again after a good answer"
    );
}

#[test]
fn nothing_is_checked_while_hidden_and_a_due_check_runs_on_becoming_visible() {
    let mut s = Schedule::new();
    s.record(
        NOW,
        CheckResult::Fresh {
            valid_until_ms: Some(NOW + 30_000),
        },
        0.5,
    );
    for t in [NOW, NOW + 30_000, NOW + 3_600_000] {
        assert!(!s.should_check(t, true));
    }
    assert!(s.should_check(NOW + 3_600_000, false));
    assert!(!s.should_check(NOW + 10_000, false));
}

#[test]
fn refresh_button_makes_the_check_due_now() {
    let mut s = Schedule::new();
    s.record(
        NOW,
        CheckResult::Fresh {
            valid_until_ms: Some(NOW + 200_000),
        },
        0.5,
    );
    s.request_now(NOW + 1);
    assert!(s.should_check(NOW + 1, false));
}

#[test]
fn retry_after_in_seconds_or_as_a_date_is_honoured_and_capped_at_five_minutes() {
    assert_eq!(retry_after_ms("30", NOW), Some(30_000));
    assert_eq!(retry_after_ms(" 120 ", NOW), Some(120_000));
    assert_eq!(retry_after_ms("600", NOW), Some(RETRY_AFTER_CAP_MS));
    assert_eq!(
        retry_after_ms("99999999999999999999999", NOW),
        Some(RETRY_AFTER_CAP_MS)
    );
    assert_eq!(retry_after_ms("0", NOW), Some(MIN_RETRY_MS));
    // NOW is 2027-01-15T08:00:00Z.
    assert_eq!(
        retry_after_ms("Fri, 15 Jan 2027 08:01:00 GMT", NOW),
        Some(60_000)
    );
    assert_eq!(
        retry_after_ms("Fri, 15 Jan 2027 07:00:00 GMT", NOW),
        Some(MIN_RETRY_MS),
        "a date in the past: soon, never a spin"
    );
    for bad in [
        "",
        "-5",
        "soon",
        "1.5",
        "30s",
        "Fri, 99 Jan 2027 08:01:00 GMT",
    ] {
        assert_eq!(retry_after_ms(bad, NOW), None, "{bad:?}");
    }
}

#[test]
fn a_throttled_failure_waits_what_was_asked_and_counts_as_a_failure() {
    let mut s = Schedule::new();
    let due = s.record(
        NOW,
        CheckResult::Throttled {
            retry_after_ms: 30_000,
        },
        0.0,
    );
    assert_eq!(due, NOW + 30_000);
    assert_eq!(s.failures(), 1);
    assert!(!s.should_check(NOW + 29_999, false));
    assert!(s.should_check(NOW + 30_000, false));
    let due = s.record(
        NOW,
        CheckResult::Throttled {
            retry_after_ms: 3_600_000,
        },
        0.0,
    );
    assert_eq!(due, NOW + RETRY_AFTER_CAP_MS);
    s.record(
        NOW,
        CheckResult::Fresh {
            valid_until_ms: None,
        },
        0.5,
    );
    assert_eq!(s.failures(), 0);
}
