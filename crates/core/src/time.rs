//! `ValidUntil` timestamps, read and written with the `time` crate.
//!
//! SuperOffice writes .NET's round-trip format, `2026-02-23T09:52:01.9342965Z`
//! (seven fractional digits). `time`'s RFC 3339 parser reads any number of
//! fractional digits (past the nanosecond they are dropped), `Z` and
//! `±HH:MM` offsets. A timestamp without a zone is read as UTC, as .NET
//! writes a UTC `DateTime` whose kind is unspecified.

use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::OffsetDateTime;

/// Milliseconds since 1970-01-01T00:00:00Z.
pub type EpochMs = i64;

/// Why a timestamp could not be read (`time`'s own message).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected a timestamp like 2026-02-23T09:52:01.9342965Z ({0})")]
pub struct TimeError(String);

/// Parses a `ValidUntil` value to epoch milliseconds (UTC), truncating below
/// the millisecond.
///
/// # Errors
/// A [`TimeError`] with `time`'s reason.
pub fn parse_timestamp(text: &str) -> Result<EpochMs, TimeError> {
    let text = text.trim();
    let parsed = OffsetDateTime::parse(text, &Rfc3339).or_else(|with_zone| {
        // No zone: UTC. (With a zone, the `Z` added here makes it invalid
        // and the first error is the one reported.)
        OffsetDateTime::parse(&format!("{text}Z"), &Rfc3339).map_err(|_| with_zone)
    });
    match parsed {
        Ok(at) => {
            let ms = at.unix_timestamp_nanos().div_euclid(1_000_000);
            i64::try_from(ms).map_err(|_| TimeError("out of range".into()))
        }
        Err(e) => Err(TimeError(e.to_string())),
    }
}

/// Formats epoch milliseconds as ISO 8601 UTC with exactly three fractional
/// digits, e.g. `2020-10-05T09:52:01.934Z`; `None` outside the years
/// -9999..=9999.
pub fn format_iso_ms(ms: EpochMs) -> Option<String> {
    let at = OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000).ok()?;
    at.format(format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z"
    ))
    .ok()
}

/// "just now", "42 s ago", "2 min ago", "3 h ago", "2 d ago": English,
/// for native use; the widget says it with `Intl.RelativeTimeFormat`
/// through [`crate::i18n::Texts::ago`].
pub fn ago(now_ms: EpochMs, then_ms: EpochMs) -> String {
    let (value, unit) = ago_parts(now_ms, then_ms);
    let short = match unit {
        _ if value == 0 => return "just now".into(),
        "second" => "s",
        "minute" => "min",
        "hour" => "h",
        _ => "d",
    };
    format!("{} {short} ago", -value)
}

/// [`ago`] as `Intl.RelativeTimeFormat` takes it: the elapsed time,
/// rounded down to the unit shown and negative (the past), and the unit.
/// Under 5 seconds is `(0, "second")`, which `numeric: "auto"` says as
/// "now".
pub fn ago_parts(now_ms: EpochMs, then_ms: EpochMs) -> (i64, &'static str) {
    let seconds = now_ms.saturating_sub(then_ms).max(0) / 1000;
    let (unit, name) = match seconds {
        0..=4 => return (0, "second"),
        5..=59 => (1, "second"),
        60..=3599 => (60, "minute"),
        3600..=86_399 => (3600, "hour"),
        _ => (86_400, "day"),
    };
    (-(seconds / unit), name)
}

/// The first moment after `now_ms` at which [`ago`]`(·, then_ms)` reads
/// differently: every second under a minute, then every minute, hour, day.
pub fn ago_changes_at(now_ms: EpochMs, then_ms: EpochMs) -> EpochMs {
    let seconds = now_ms.saturating_sub(then_ms).max(0) / 1000;
    let unit = match seconds {
        0..=4 => return then_ms.saturating_add(5_000),
        5..=59 => 1,
        60..=3599 => 60,
        3600..=86_399 => 3600,
        _ => 86_400,
    };
    then_ms.saturating_add((seconds / unit + 1) * unit * 1000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotnet_round_trip_format_truncates_to_milliseconds() {
        let ms = parse_timestamp("2020-10-05T09:52:01.9342965Z").unwrap();
        assert_eq!(ms, 1_601_891_521_934);
        assert_eq!(format_iso_ms(ms).unwrap(), "2020-10-05T09:52:01.934Z");
    }

    #[test]
    fn zero_to_nine_and_more_fractional_digits() {
        let base = 1_601_891_521_000;
        assert_eq!(parse_timestamp("2020-10-05T09:52:01Z"), Ok(base));
        assert_eq!(parse_timestamp("2020-10-05T09:52:01.9Z"), Ok(base + 900));
        assert_eq!(parse_timestamp("2020-10-05T09:52:01.93Z"), Ok(base + 930));
        assert_eq!(
            parse_timestamp("2020-10-05T09:52:01.934296512Z"),
            Ok(base + 934)
        );
        assert_eq!(
            parse_timestamp("2020-10-05T09:52:01.93429651234Z"),
            Ok(base + 934)
        );
        assert!(parse_timestamp("2020-10-05T09:52:01.Z").is_err());
    }

    #[test]
    fn missing_zone_means_utc_and_offsets_convert() {
        let utc = parse_timestamp("2026-02-23T09:52:01.934Z").unwrap();
        assert_eq!(parse_timestamp("2026-02-23T09:52:01.934"), Ok(utc));
        assert_eq!(parse_timestamp("2026-02-23T09:52:01.9342965"), Ok(utc));
        assert_eq!(parse_timestamp("2026-02-23T10:52:01.934+01:00"), Ok(utc));
        assert_eq!(parse_timestamp("2026-02-23T04:22:01.934-05:30"), Ok(utc));
        assert!(parse_timestamp("2026-02-23T09:52:01Zx").is_err());
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in [
            "2026-13-01T00:00:00Z",
            "2026-02-29T00:00:00Z",
            "2026-01-01T24:00:00Z",
            "yesterday",
            "",
            "2026-1-01T00:00:00Z",
        ] {
            let e = parse_timestamp(bad).unwrap_err();
            assert!(
                e.to_string().starts_with("expected a timestamp like"),
                "{e}"
            );
        }
        assert!(parse_timestamp("2024-02-29T00:00:00Z").is_ok());
    }

    #[test]
    fn formats_across_eras() {
        assert_eq!(format_iso_ms(0).unwrap(), "1970-01-01T00:00:00.000Z");
        assert_eq!(format_iso_ms(-1).unwrap(), "1969-12-31T23:59:59.999Z");
        assert_eq!(
            format_iso_ms(951_782_400_000).unwrap(),
            "2000-02-29T00:00:00.000Z"
        );
        let ms = parse_timestamp("0001-01-01T00:00:00Z").unwrap();
        assert_eq!(format_iso_ms(ms).unwrap(), "0001-01-01T00:00:00.000Z");
    }
}
