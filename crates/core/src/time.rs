//! `ValidUntil` timestamps: parsing the .NET round-trip format and printing
//! ISO 8601 UTC with millisecond precision.
//!
//! SuperOffice writes `2026-02-23T09:52:01.9342965Z` (seven fractional
//! digits). We accept any number of fractional digits (none included; digits
//! past the millisecond are truncated), a missing zone (read as UTC), `Z`, or an
//! offset (`+01:00`, `+0100`, `+01`), which is converted to UTC.

#[allow(unused_imports)]
use crate::prelude::*;

/// Milliseconds since 1970-01-01T00:00:00Z.
pub type EpochMs = i64;

/// Why a timestamp could not be read. The message names the part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimeError {
    /// The text does not have the `YYYY-MM-DDTHH:MM:SS` shape.
    Shape,
    /// A part is out of range (month 13, 31 April, hour 24, ...).
    Range(&'static str),
    /// The zone suffix is not `Z` or `±HH:MM`.
    Zone,
}

impl TimeError {
    /// The message, naming the part. Built without `core::fmt`.
    pub fn message(&self) -> String {
        match self {
            TimeError::Shape => "expected a timestamp like 2026-02-23T09:52:01.9342965Z".into(),
            TimeError::Range(part) => crate::text::cat(&[part, " is out of range"]),
            TimeError::Zone => "expected the zone as Z or an offset like +01:00".into(),
        }
    }
}

impl core::fmt::Display for TimeError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.message())
    }
}

impl core::error::Error for TimeError {}

fn num(bytes: &[u8], at: usize, len: usize) -> Result<i64, TimeError> {
    let part = bytes.get(at..at + len).ok_or(TimeError::Shape)?;
    part.iter().try_fold(0i64, |acc, b| {
        if b.is_ascii_digit() {
            Ok(acc * 10 + i64::from(b - b'0'))
        } else {
            Err(TimeError::Shape)
        }
    })
}

fn expect(bytes: &[u8], at: usize, allowed: &[u8]) -> Result<(), TimeError> {
    match bytes.get(at) {
        Some(b) if allowed.contains(b) => Ok(()),
        _ => Err(TimeError::Shape),
    }
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Parses a `ValidUntil` value to epoch milliseconds (UTC).
///
/// # Errors
/// A [`TimeError`] saying which part is wrong.
pub fn parse_timestamp(text: &str) -> Result<EpochMs, TimeError> {
    let b = text.trim().as_bytes();
    let year = num(b, 0, 4)?;
    expect(b, 4, b"-")?;
    let month = num(b, 5, 2)?;
    expect(b, 7, b"-")?;
    let day = num(b, 8, 2)?;
    expect(b, 10, b"Tt ")?;
    let hour = num(b, 11, 2)?;
    expect(b, 13, b":")?;
    let minute = num(b, 14, 2)?;
    expect(b, 16, b":")?;
    let second = num(b, 17, 2)?;
    let mut pos = 19;
    let mut millis = 0i64;
    if b.get(pos) == Some(&b'.') {
        pos += 1;
        let start = pos;
        while b.get(pos).is_some_and(u8::is_ascii_digit) {
            if pos - start < 3 {
                millis = millis * 10 + i64::from(b.get(pos).copied().unwrap_or(b'0') - b'0');
            }
            pos += 1;
        }
        let digits = pos - start;
        if digits == 0 {
            return Err(TimeError::Shape);
        }
        for _ in digits..3 {
            millis *= 10;
        }
    }
    if !(1..=12).contains(&month) {
        return Err(TimeError::Range("month"));
    }
    if day < 1 || day > days_in_month(year, month) {
        return Err(TimeError::Range("day"));
    }
    if hour > 23 {
        return Err(TimeError::Range("hour"));
    }
    if minute > 59 {
        return Err(TimeError::Range("minute"));
    }
    if second > 59 {
        return Err(TimeError::Range("second"));
    }
    let offset_minutes = parse_zone(b.get(pos..).unwrap_or_default())?;
    let days = days_from_civil(year, month, day);
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset_minutes * 60;
    Ok(seconds * 1000 + millis)
}

/// Reads `""`, `Z`, `+HH:MM`, `+HHMM` or `+HH` as an offset in minutes.
fn parse_zone(rest: &[u8]) -> Result<i64, TimeError> {
    match rest.first() {
        None => Ok(0),
        Some(b'Z' | b'z') if rest.len() == 1 => Ok(0),
        Some(sign @ (b'+' | b'-')) => {
            let hours = num(rest, 1, 2).map_err(|_| TimeError::Zone)?;
            let minutes = match rest.len() {
                3 => 0,
                5 => num(rest, 3, 2).map_err(|_| TimeError::Zone)?,
                6 if rest.get(3) == Some(&b':') => num(rest, 4, 2).map_err(|_| TimeError::Zone)?,
                _ => return Err(TimeError::Zone),
            };
            if hours > 23 || minutes > 59 {
                return Err(TimeError::Range("zone offset"));
            }
            let total = hours * 60 + minutes;
            Ok(if *sign == b'-' { -total } else { total })
        }
        _ => Err(TimeError::Zone),
    }
}

/// Formats epoch milliseconds as ISO 8601 UTC with exactly three fractional
/// digits, e.g. `2020-10-05T09:52:01.934Z`.
pub fn format_iso_ms(ms: EpochMs) -> String {
    let days = ms.div_euclid(86_400_000);
    let in_day = ms.rem_euclid(86_400_000);
    let (year, month, day) = civil_from_days(days);
    let hour = in_day / 3_600_000;
    let minute = in_day / 60_000 % 60;
    let second = in_day / 1000 % 60;
    let millis = in_day % 1000;
    let mut out = String::with_capacity(24);
    for (value, width, after) in [
        (year, 4, "-"),
        (month, 2, "-"),
        (day, 2, "T"),
        (hour, 2, ":"),
        (minute, 2, ":"),
        (second, 2, "."),
        (millis, 3, "Z"),
    ] {
        crate::text::push_int(&mut out, value, width);
        out.push_str(after);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotnet_round_trip_format_truncates_to_milliseconds() {
        let ms = parse_timestamp("2020-10-05T09:52:01.9342965Z").unwrap();
        assert_eq!(ms, 1_601_891_521_934);
        assert_eq!(format_iso_ms(ms), "2020-10-05T09:52:01.934Z");
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
        assert_eq!(
            parse_timestamp("2020-10-05T09:52:01.Z"),
            Err(TimeError::Shape)
        );
    }

    #[test]
    fn missing_zone_means_utc_and_offsets_convert() {
        let utc = parse_timestamp("2026-02-23T09:52:01.934Z").unwrap();
        assert_eq!(parse_timestamp("2026-02-23T09:52:01.934"), Ok(utc));
        assert_eq!(parse_timestamp("2026-02-23T10:52:01.934+01:00"), Ok(utc));
        assert_eq!(parse_timestamp("2026-02-23T10:52:01.934+0100"), Ok(utc));
        assert_eq!(parse_timestamp("2026-02-23T10:52:01.934+01"), Ok(utc));
        assert_eq!(parse_timestamp("2026-02-23T04:22:01.934-05:30"), Ok(utc));
        assert_eq!(
            parse_timestamp("2026-02-23T09:52:01Zx"),
            Err(TimeError::Zone)
        );
    }

    #[test]
    fn rejects_impossible_dates() {
        assert_eq!(
            parse_timestamp("2026-13-01T00:00:00Z"),
            Err(TimeError::Range("month"))
        );
        assert_eq!(
            parse_timestamp("2026-02-29T00:00:00Z"),
            Err(TimeError::Range("day"))
        );
        assert!(parse_timestamp("2024-02-29T00:00:00Z").is_ok());
        assert_eq!(
            parse_timestamp("2026-01-01T24:00:00Z"),
            Err(TimeError::Range("hour"))
        );
        assert_eq!(parse_timestamp("yesterday"), Err(TimeError::Shape));
        assert_eq!(parse_timestamp(""), Err(TimeError::Shape));
        assert_eq!(
            parse_timestamp("2026-1-01T00:00:00Z"),
            Err(TimeError::Shape)
        );
    }

    #[test]
    fn formats_across_eras() {
        assert_eq!(format_iso_ms(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(format_iso_ms(-1), "1969-12-31T23:59:59.999Z");
        assert_eq!(format_iso_ms(951_782_400_000), "2000-02-29T00:00:00.000Z");
        let ms = parse_timestamp("0001-01-01T00:00:00Z").unwrap();
        assert_eq!(format_iso_ms(ms), "0001-01-01T00:00:00.000Z");
    }
}
