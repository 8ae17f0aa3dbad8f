//! SuperOffice's published maintenance rhythm (`SUPEROFFICE.md` section 3,
//! times in UTC+1) and the forecast of the next windows:
//!
//! * application pools recycled nightly, 01:00-03:00 ([`WindowKind::Recycle`]);
//! * patch window Thursday 22:00 - Friday 06:00 ([`WindowKind::Patch`]);
//! * maintenance window Saturday 20:00 - Sunday 06:00 ([`WindowKind::Maintenance`]);
//! * upgrades on Tuesdays and Fridays, every third week, 20:00 until as late
//!   as 05:00 ([`WindowKind::Upgrade`]).
//!
//! **Summer time.** The documentation gives an offset (UTC+1), not a zone,
//! and says nothing of summer time, so by default the windows stay at UTC+1
//! all year: the Saturday window is always 19:00-05:00 UTC (21:00-07:00 in
//! Oslo in summer). [`Rhythm::summer_time`] reads the times as Central
//! European wall-clock time instead (UTC+2 from the last Sunday of March to
//! the last Sunday of October, 01:00 UTC), for a host who knows SuperOffice
//! keeps local time.
//!
//! **The three-week upgrade cycle.** The documentation gives no reference
//! week, so none is assumed: [`Rhythm::upgrade_week`] is off by default and
//! the forecast then lists no upgrade. Tuesday and Friday evenings still
//! count as possible upgrade windows when a maintenance state is labelled
//! expected or unscheduled (which week is unknown, so any of them may be one).

use serde::Serialize;
use time::{Date, Duration, Month, OffsetDateTime, Time, Weekday};

use std::sync::Arc;

use crate::i18n::Texts;
use crate::time::EpochMs;

/// A kind of published window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum WindowKind {
    /// Nightly application-pool recycle, 01:00-03:00.
    Recycle,
    /// Thursday 22:00 - Friday 06:00.
    Patch,
    /// Saturday 20:00 - Sunday 06:00.
    Maintenance,
    /// Tuesday or Friday 20:00 - 05:00, every third week.
    Upgrade,
}

impl WindowKind {
    /// Every kind.
    pub const ALL: [WindowKind; 4] = [
        WindowKind::Recycle,
        WindowKind::Patch,
        WindowKind::Maintenance,
        WindowKind::Upgrade,
    ];

    /// `recycle`, `patch`, `maintenance` or `upgrade` (the JS `kind`).
    pub fn as_str(self) -> &'static str {
        match self {
            WindowKind::Recycle => "recycle",
            WindowKind::Patch => "patch",
            WindowKind::Maintenance => "maintenance",
            WindowKind::Upgrade => "upgrade",
        }
    }

    /// Its message key (`window-maintenance`: "Saturday maintenance window").
    pub fn message_key(self) -> &'static str {
        match self {
            WindowKind::Recycle => "window-recycle",
            WindowKind::Patch => "window-patch",
            WindowKind::Maintenance => "window-maintenance",
            WindowKind::Upgrade => "window-upgrade",
        }
    }

    /// Local start (day offset 0) and end (day offset 1 when past midnight),
    /// or `None` when the kind has no window starting on `weekday`.
    fn hours(self, weekday: Weekday) -> Option<((u8, u8), (i64, u8))> {
        match self {
            WindowKind::Recycle => Some(((1, 0), (0, 3))),
            WindowKind::Patch if weekday == Weekday::Thursday => Some(((22, 0), (1, 6))),
            WindowKind::Maintenance if weekday == Weekday::Saturday => Some(((20, 0), (1, 6))),
            WindowKind::Upgrade if matches!(weekday, Weekday::Tuesday | Weekday::Friday) => {
                Some(((20, 0), (1, 5)))
            }
            _ => None,
        }
    }
}

/// One window: the JS API's `{ kind, startsAtMs, endsAtMs }`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Window {
    /// What kind of window.
    pub kind: WindowKind,
    /// Its start, epoch milliseconds.
    pub starts_at_ms: EpochMs,
    /// Its end, epoch milliseconds.
    pub ends_at_ms: EpochMs,
}

impl Window {
    /// Whether `now_ms` is inside the window.
    pub fn contains(&self, now_ms: EpochMs) -> bool {
        self.starts_at_ms <= now_ms && now_ms < self.ends_at_ms
    }
}

/// How the published rhythm is read: both choices off by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Rhythm {
    /// The Monday of one week with upgrades; every third week from it has
    /// upgrades. `None` (the default): the cycle is unknown.
    pub upgrade_week: Option<Date>,
    /// Read the times as Central European wall-clock time (summer time
    /// from the last Sunday of March to the last Sunday of October)
    /// instead of UTC+1 all year.
    pub summer_time: bool,
}

/// How many days the forecast looks at: three weeks and a margin, so the
/// next upgrade of a three-week cycle is always among them.
const HORIZON_DAYS: i64 = 23;

impl Rhythm {
    /// Sets the upgrade cycle from any date in a week with upgrades
    /// (`2026-12-01`).
    ///
    /// # Errors
    /// `upgradeWeekOf: expected a date like 2026-12-01`.
    pub fn with_upgrade_week_of(mut self, date: &str) -> Result<Rhythm, String> {
        let format = time::macros::format_description!("[year]-[month]-[day]");
        let day = Date::parse(date.trim(), &format)
            .map_err(|_| format!("upgradeWeekOf: expected a date like 2026-12-01, got {date:?}"))?;
        self.upgrade_week = Some(monday_of(day));
        Ok(self)
    }

    /// The next window of each kind at `now_ms` (the current one when
    /// `now_ms` is inside it), earliest first. Without an upgrade cycle no
    /// upgrade is listed.
    pub fn next(&self, now_ms: EpochMs) -> Vec<Window> {
        let mut next: Vec<Window> = Vec::new();
        for window in self.windows_from(now_ms, true) {
            if window.ends_at_ms <= now_ms {
                continue;
            }
            match next.iter_mut().find(|w| w.kind == window.kind) {
                Some(known) if known.starts_at_ms <= window.starts_at_ms => {}
                Some(known) => *known = window,
                None => next.push(window),
            }
        }
        next.sort_by_key(|w| (w.starts_at_ms, w.kind));
        next
    }

    /// The next window worth a partner's notice (patch, maintenance or
    /// upgrade: the nightly recycle is every night), or the current one.
    pub fn next_notable(&self, now_ms: EpochMs) -> Option<Window> {
        self.next(now_ms)
            .into_iter()
            .find(|w| w.kind != WindowKind::Recycle)
    }

    /// The windows `now_ms` is inside, counting every Tuesday and Friday
    /// evening as a possible upgrade when the cycle is unknown; the most
    /// specific first (upgrade, maintenance, patch, recycle).
    pub fn current(&self, now_ms: EpochMs) -> Vec<Window> {
        let mut inside: Vec<Window> = self
            .windows_from(now_ms, false)
            .into_iter()
            .filter(|w| w.contains(now_ms))
            .collect();
        inside.sort_by_key(|w| std::cmp::Reverse(w.kind));
        inside
    }

    /// Every window starting from the day before `now_ms` (in UTC+1) over
    /// the horizon. `strict_cycle`: upgrades only in known upgrade weeks.
    fn windows_from(&self, now_ms: EpochMs, strict_cycle: bool) -> Vec<Window> {
        let Some(today) = local_date(now_ms) else {
            return Vec::new();
        };
        let mut windows = Vec::new();
        for offset in -1..HORIZON_DAYS {
            let Some(day) = today.checked_add(Duration::days(offset)) else {
                continue;
            };
            for kind in WindowKind::ALL {
                if kind == WindowKind::Upgrade && !self.upgrade_week_has(day, strict_cycle) {
                    continue;
                }
                let Some(((sh, sm), (end_days, eh))) = kind.hours(day.weekday()) else {
                    continue;
                };
                let end_day = day.checked_add(Duration::days(end_days));
                let start = self.instant(day, sh, sm);
                let end = end_day.and_then(|d| self.instant(d, eh, 0));
                if let (Some(starts_at_ms), Some(ends_at_ms)) = (start, end) {
                    windows.push(Window {
                        kind,
                        starts_at_ms,
                        ends_at_ms,
                    });
                }
            }
        }
        windows
    }

    fn upgrade_week_has(&self, day: Date, strict_cycle: bool) -> bool {
        match self.upgrade_week {
            Some(reference) => {
                let weeks = (monday_of(day) - reference).whole_days().div_euclid(7);
                weeks.rem_euclid(3) == 0
            }
            None => !strict_cycle,
        }
    }

    /// The instant of the published wall-clock time `hour:minute` on `day`.
    fn instant(&self, day: Date, hour: u8, minute: u8) -> Option<EpochMs> {
        let time = Time::from_hms(hour, minute, 0).ok()?;
        let wall = day.with_time(time).assume_utc().unix_timestamp() * 1000;
        let cet = wall - HOUR_MS;
        if self.summer_time {
            let cest = wall - 2 * HOUR_MS;
            if is_eu_summer(cest) {
                return Some(cest);
            }
        }
        Some(cet)
    }
}

const HOUR_MS: i64 = 3_600_000;

/// The date in UTC+1 at `ms` (the published calendar: the documentation's
/// days are UTC+1 days).
fn local_date(ms: EpochMs) -> Option<Date> {
    let at =
        OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms + HOUR_MS) * 1_000_000).ok()?;
    Some(at.date())
}

fn monday_of(day: Date) -> Date {
    let back = i64::from(day.weekday().number_days_from_monday());
    day.checked_sub(Duration::days(back)).unwrap_or(day)
}

/// Whether Central European Summer Time is in force at `ms`: from 01:00
/// UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
/// October.
fn is_eu_summer(ms: EpochMs) -> bool {
    let Some(at) = OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000).ok()
    else {
        return false;
    };
    let year = at.year();
    let change = |month: Month| -> Option<EpochMs> {
        let last = Date::from_calendar_date(year, month, 31).ok()?;
        let sunday = last.checked_sub(Duration::days(i64::from(
            last.weekday().number_days_from_sunday(),
        )))?;
        Some(sunday.with_hms(1, 0, 0).ok()?.assume_utc().unix_timestamp() * 1000)
    };
    match (change(Month::March), change(Month::October)) {
        (Some(start), Some(end)) => start <= ms && ms < end,
        _ => false,
    }
}

/// The JS `MaintenanceOptions` as sent (`nextMaintenance`'s second
/// argument and the `maintenance` option of `mount()`): every member read
/// leniently, then checked by [`MaintenanceOptions::check`].
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct MaintenanceOptions {
    /// `env`: `sod`, `qaonline` (`stage`) or `online`. The documentation
    /// publishes one rhythm for every environment; it is checked, and
    /// changes nothing.
    pub env: crate::field::Field<String>,
    /// `upgradeWeekOf`: a date in a week with upgrades (`2026-12-01`).
    pub upgrade_week_of: crate::field::Field<String>,
    /// `summerTime`: read the times as CET/CEST wall-clock time.
    pub summer_time: crate::field::Field<bool>,
}

impl MaintenanceOptions {
    /// The rhythm these options ask for.
    ///
    /// # Errors
    /// A message naming the member: `env: ...`, `upgradeWeekOf: expected a
    /// date like 2026-12-01, got ...`, `summerTime: expected a boolean, got
    /// a string`.
    pub fn check(self) -> Result<Rhythm, String> {
        use crate::field::Field;
        match self.env {
            Field::Value(env) => {
                crate::url::Env::parse(&env).map_err(|e| e.to_string())?;
            }
            Field::Wrong(found) => return Err(format!("env: expected a string, got {found}")),
            Field::Absent | Field::Null => {}
        }
        let mut rhythm = Rhythm::default();
        match self.summer_time {
            Field::Value(on) => rhythm.summer_time = on,
            Field::Wrong(found) => {
                return Err(format!("summerTime: expected a boolean, got {found}"))
            }
            Field::Absent | Field::Null => {}
        }
        match self.upgrade_week_of {
            Field::Value(date) => rhythm.with_upgrade_week_of(&date),
            Field::Wrong(found) => Err(format!(
                "upgradeWeekOf: expected a date like 2026-12-01, got {found}"
            )),
            Field::Absent | Field::Null => Ok(rhythm),
        }
    }
}

/// How a forecast writes a moment: `(ms, with_weekday)` to "Sat 20:00" or
/// "06:00", in the viewer's zone and language (the browser's `Intl`).
pub type TimeWriter<'a> = &'a dyn Fn(EpochMs, bool) -> String;

impl Rhythm {
    /// The forecast line of a badge or board at `now_ms`, with the window
    /// it is about: "Now: Saturday maintenance window, until 06:00" inside
    /// a patch, maintenance or upgrade window; otherwise "Next window: Sat
    /// 20:00–06:00 (in 3 hours), Saturday maintenance window".
    pub fn forecast(
        &self,
        now_ms: EpochMs,
        texts: &Texts,
        time: TimeWriter<'_>,
    ) -> Option<(Window, String)> {
        let window = self.next_notable(now_ms)?;
        let name = texts.get(window.kind.message_key());
        let line = if window.contains(now_ms) {
            let until = time(window.ends_at_ms, false);
            texts.with("forecast-now", &[("window", &name), ("until", &until)])
        } else {
            let when = format!(
                "{}–{}",
                time(window.starts_at_ms, true),
                time(window.ends_at_ms, false)
            );
            let relative = texts.until(now_ms, window.starts_at_ms);
            texts.with(
                "forecast-next",
                &[("when", &when), ("relative", &relative), ("window", &name)],
            )
        };
        Some((window, line))
    }
}

/// The forecast line shared by every badge of a widget: what
/// [`Rhythm::forecast`] says changes once a minute at most, so it is
/// worked out once per minute, rhythm and words, not once per badge (a
/// board of 1,000 badges asked for it 1,000 times).
#[derive(Debug, Default)]
pub struct SharedForecast {
    last: Option<Remembered>,
}

/// What a [`SharedForecast`] said, and for which minute, rhythm, words
/// and time writer.
#[derive(Debug)]
struct Remembered {
    minute: EpochMs,
    writer: u32,
    rhythm: Rhythm,
    /// Held, so that its address cannot be taken by other words while remembered.
    texts: Arc<Texts>,
    said: Option<(Window, String)>,
}

impl SharedForecast {
    /// [`Rhythm::forecast`] at `now_ms`, worked out again only in another
    /// minute, for another rhythm, for other words (compared by identity:
    /// the words of one widget are one `Arc`) or when `writer`, the time
    /// writer's version, changed (the browser writes times in the locale's
    /// form once its formatter is made).
    pub fn forecast(
        &mut self,
        rhythm: &Rhythm,
        now_ms: EpochMs,
        texts: &Arc<Texts>,
        (time, writer): (TimeWriter<'_>, u32),
    ) -> Option<(Window, String)> {
        let minute = now_ms.div_euclid(60_000);
        if let Some(last) = &self.last {
            if last.minute == minute
                && last.writer == writer
                && last.rhythm == *rhythm
                && Arc::ptr_eq(&last.texts, texts)
            {
                return last.said.clone();
            }
        }
        let said = rhythm.forecast(now_ms, texts, time);
        self.last = Some(Remembered {
            minute,
            writer,
            rhythm: *rhythm,
            texts: Arc::clone(texts),
            said: said.clone(),
        });
        said
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn utc(ms: EpochMs, weekday: bool) -> String {
        let at = OffsetDateTime::from_unix_timestamp(ms / 1000).unwrap();
        let hm = format!("{:02}:{:02}", at.hour(), at.minute());
        if weekday {
            format!("{} {hm}", &at.weekday().to_string()[..3])
        } else {
            hm
        }
    }

    #[test]
    fn forecast_lines_before_and_inside_a_window() {
        // Saturday 2026-12-05 16:00 UTC: the window opens at 19:00 UTC.
        let now = crate::time::parse_timestamp("2026-12-05T16:00:00Z").unwrap();
        let (window, line) = Rhythm::default()
            .forecast(now, Texts::english(), &utc)
            .unwrap();
        assert_eq!(window.kind, WindowKind::Maintenance);
        assert_eq!(
            line,
            "Next window: Sat 19:00–05:00 (in 3 hours), Saturday maintenance window"
        );
        let inside = now + 4 * 3_600_000;
        let (_, line) = Rhythm::default()
            .forecast(inside, Texts::shared(Lang::Nb), &utc)
            .unwrap();
        assert_eq!(line, "Nå: lørdagens vedlikeholdsvindu, til 05:00");
    }

    #[test]
    fn a_shared_forecast_is_worked_out_once_per_minute_rhythm_and_words() {
        use std::cell::Cell;
        let calls = Cell::new(0);
        let counted = |ms: EpochMs, weekday: bool| {
            calls.set(calls.get() + 1);
            utc(ms, weekday)
        };
        let now = crate::time::parse_timestamp("2026-12-05T16:00:10Z").unwrap();
        let (en, nb) = (
            Arc::new(Texts::new(Lang::En)),
            Arc::new(Texts::new(Lang::Nb)),
        );
        let mut shared = SharedForecast::default();
        let rhythm = Rhythm::default();
        let first = shared.forecast(&rhythm, now, &en, (&counted, 0));
        let per_call = calls.get();
        assert!(per_call > 0);
        // 1,000 badges in the same minute: one forecast, the same line.
        for k in 0..1000 {
            assert_eq!(
                shared.forecast(&rhythm, now + k * 40, &en, (&counted, 0)),
                first
            );
        }
        assert_eq!(calls.get(), per_call);
        assert_eq!(first, rhythm.forecast(now, &en, &utc));
        // Another minute, other words, another rhythm: worked out again.
        let later = now + 60_000;
        assert_eq!(
            shared.forecast(&rhythm, later, &en, (&counted, 0)),
            rhythm.forecast(later, &en, &utc)
        );
        assert_eq!(calls.get(), 2 * per_call);
        let norwegian = shared.forecast(&rhythm, later, &nb, (&counted, 0));
        assert_eq!(norwegian, rhythm.forecast(later, &nb, &utc));
        assert!(
            norwegian.unwrap().1.starts_with("Neste vindu"),
            "in Norwegian"
        );
        let summer = Rhythm {
            summer_time: true,
            ..rhythm
        };
        assert_eq!(
            shared.forecast(&summer, later, &nb, (&counted, 0)),
            summer.forecast(later, &nb, &utc)
        );
        assert_eq!(calls.get(), 4 * per_call);
        // Other words with the same language are other words (host overrides).
        let other_en = Arc::new(Texts::new(Lang::En));
        shared.forecast(&summer, later, &other_en, (&counted, 0));
        assert_eq!(calls.get(), 5 * per_call);
        // The same, once the time writer writes another way (the locale's
        // formatter made): worked out again, then remembered.
        let weekdays = |ms: EpochMs, weekday: bool| format!("[{}]", counted(ms, weekday));
        let written = shared
            .forecast(&summer, later, &other_en, (&weekdays, 1))
            .unwrap()
            .1;
        assert!(written.contains("[Sat "), "{written}");
        assert_eq!(calls.get(), 6 * per_call);
        shared.forecast(&summer, later, &other_en, (&weekdays, 1));
        assert_eq!(calls.get(), 6 * per_call);
    }
}
