//! The board as a report: its rows as shown (filter, search and sort
//! applied) written as CSV or JSON, made in the browser (nothing leaves
//! it).
//!
//! * CSV per RFC 4180: comma-separated, CRLF line ends, a field quoted
//!   when it holds a comma, a quote or a line break (quotes doubled), UTF-8
//!   with a byte-order mark so spreadsheets read "Ø", "ä" and "ß" right.
//! * Safe against formula injection: a cell that starts with `=`, `+`,
//!   `-`, `@`, a tab or a carriage return (what a spreadsheet would run as
//!   a formula) is written with a leading `'`, which spreadsheets show as
//!   text. The state names and versions are the API's, so anything may
//!   come.
//! * JSON: an array of objects with the same fields, camelCase, times as
//!   ISO 8601 and availability as a number of per cent (`null` when not
//!   known), written by `serde_json`.

use serde::Serialize;

use crate::board::{Filter, Sort};
use crate::health::Health;
use crate::status::TenantStatus;
use crate::time::{format_iso_ms, EpochMs};
use crate::timeline::{observed, Window};

/// How the board is exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// RFC 4180 CSV, UTF-8 with a byte-order mark.
    Csv,
    /// A JSON array.
    Json,
}

impl Format {
    /// Reads `csv` or `json` (any case, trimmed).
    ///
    /// # Errors
    /// The text found, when it is neither.
    pub fn parse(text: &str) -> Result<Format, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "csv" => Ok(Format::Csv),
            "json" => Ok(Format::Json),
            _ => Err(format!(
                "format: expected \"csv\" or \"json\", got {text:?}"
            )),
        }
    }

    /// The file's extension and its media type.
    pub fn file_type(self) -> (&'static str, &'static str) {
        match self {
            Format::Csv => ("csv", "text/csv;charset=utf-8"),
            Format::Json => ("json", "application/json"),
        }
    }
}

/// The options of `exportBoard()`: `{ format?: "csv" | "json" }`.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct ExportOptions {
    /// `csv` (the default) or `json`.
    #[serde(default)]
    pub format: Option<String>,
}

impl ExportOptions {
    /// The format asked for (CSV when none).
    ///
    /// # Errors
    /// `options.format: expected "csv" or "json", got "xlsx"`.
    pub fn format(&self) -> Result<Format, String> {
        match &self.format {
            None => Ok(Format::Csv),
            Some(text) => Format::parse(text).map_err(|e| format!("options.{e}")),
        }
    }
}

/// One row of the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExportRow {
    /// The context id.
    pub context_id: String,
    /// The environment (`sod`, `qaonline`, `online`).
    pub environment: String,
    /// The health shown; `None` before the first answer.
    pub health: Option<Health>,
    /// The state's name, as sent.
    pub state: Option<String>,
    /// Whether the API may be called.
    pub api_available: Option<bool>,
    /// `Version`, as sent.
    pub version: Option<String>,
    /// When last checked, ISO 8601 (UTC).
    pub checked: Option<String>,
    /// Observed availability in the last 24 hours, per cent (one decimal,
    /// rounded down).
    #[serde(rename = "observed24h")]
    pub observed_24h: Option<f64>,
    /// Observed availability in the last 7 days, per cent.
    #[serde(rename = "observed7d")]
    pub observed_7d: Option<f64>,
}

impl ExportRow {
    /// The row of one tenant at `now_ms`.
    pub fn of(context_id: &str, env: &str, status: &TenantStatus, now_ms: EpochMs) -> ExportRow {
        let state = status.last.as_ref();
        let percent = |window| {
            observed(status, window, now_ms)
                .permille()
                .map(|p| f64::from(p) / 10.0)
        };
        ExportRow {
            context_id: context_id.to_owned(),
            environment: env.to_owned(),
            health: status.shown_health(),
            state: state.map(|s| s.state.name()),
            api_available: state.map(|s| s.api_available()),
            version: state.and_then(|s| s.version.clone()),
            checked: status.checked_at_ms.and_then(format_iso_ms),
            observed_24h: percent(Window::Day),
            observed_7d: percent(Window::Week),
        }
    }
}

/// The report of a board: the tenants `filter` shows, in `sort`'s order,
/// each as an [`ExportRow`] at `now_ms` (`rows`: context id and status,
/// in the order given).
pub fn rows_as_shown(
    rows: &[(&str, &TenantStatus)],
    env: &str,
    filter: &Filter,
    sort: Sort,
    now_ms: EpochMs,
) -> Vec<ExportRow> {
    let mut shown: Vec<(&str, &TenantStatus)> = rows
        .iter()
        .copied()
        .filter(|(ctx, status)| filter.shows(ctx, status))
        .collect();
    sort.order(&mut shown, now_ms);
    shown
        .into_iter()
        .map(|(ctx, status)| ExportRow::of(ctx, env, status, now_ms))
        .collect()
}

/// The CSV header: the fields' names, as in the JSON.
pub const CSV_HEADER: [&str; 9] = [
    "contextId",
    "environment",
    "health",
    "state",
    "apiAvailable",
    "version",
    "checked",
    "observed24h",
    "observed7d",
];

/// The rows in `format`.
pub fn write(rows: &[ExportRow], format: Format) -> String {
    match format {
        Format::Csv => to_csv(rows),
        Format::Json => serde_json::to_string_pretty(rows).unwrap_or_else(|_| "[]".to_owned()),
    }
}

/// The rows as CSV: a byte-order mark, the header, one line per row, each
/// line ended by CRLF.
pub fn to_csv(rows: &[ExportRow]) -> String {
    let mut out = String::from("\u{feff}");
    push_line(&mut out, CSV_HEADER.iter().map(|h| (*h).to_owned()));
    for row in rows {
        let number = |n: Option<f64>| n.map(|n| format!("{n:.1}")).unwrap_or_default();
        push_line(
            &mut out,
            [
                row.context_id.clone(),
                row.environment.clone(),
                row.health
                    .map(|h| h.as_str().to_owned())
                    .unwrap_or_default(),
                row.state.clone().unwrap_or_default(),
                row.api_available.map(|a| a.to_string()).unwrap_or_default(),
                row.version.clone().unwrap_or_default(),
                row.checked.clone().unwrap_or_default(),
                number(row.observed_24h),
                number(row.observed_7d),
            ]
            .into_iter(),
        );
    }
    out
}

fn push_line(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&csv_cell(&cell));
    }
    out.push_str("\r\n");
}

/// One CSV field: made inert when a spreadsheet would read it as a formula,
/// then quoted when RFC 4180 asks for it.
pub fn csv_cell(text: &str) -> String {
    let inert = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if inert.contains([',', '"', '\r', '\n']) || inert != text {
        format!("\"{}\"", inert.replace('"', "\"\""))
    } else {
        inert
    }
}

/// The file name: `so-tenant-status-sod-2026-12-06T2130Z.csv`.
pub fn file_name(env: &str, now_ms: EpochMs, format: Format) -> String {
    let stamp = format_iso_ms(now_ms)
        .and_then(|iso| iso.get(..16).map(str::to_owned))
        .map(|s| s.replace(':', ""))
        .unwrap_or_default();
    let env: String = env
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(16)
        .collect();
    format!("so-tenant-status-{env}-{stamp}Z.{}", format.file_type().0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::board::SortKey;
    use crate::decode_state;

    fn row(state: &str, version: &str) -> ExportRow {
        ExportRow {
            context_id: "Cust1".into(),
            environment: "sod".into(),
            health: Some(Health::Ok),
            state: Some(state.into()),
            api_available: Some(true),
            version: Some(version.into()),
            checked: Some("2026-12-06T21:30:00.000Z".into()),
            observed_24h: Some(99.4),
            observed_7d: None,
        }
    }

    #[test]
    fn formulas_are_written_inert_and_quoted_fields_round_trip() {
        for (sent, written) in [
            ("=1+1", "\"'=1+1\""),
            ("+SUM(A1:A9)", "\"'+SUM(A1:A9)\""),
            ("-2+3", "\"'-2+3\""),
            ("@cmd", "\"'@cmd\""),
            ("\tTab", "\"'\tTab\""),
            ("\rCR", "\"'\rCR\""),
            (
                "=HYPERLINK(\"http://x\",\"y\")",
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
            ),
            ("a,b", "\"a,b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("Running", "Running"),
            ("Release_11.10", "Release_11.10"),
            ("Tromsø Ærø Straße", "Tromsø Ærø Straße"),
            ("1-2", "1-2"),
            ("", ""),
        ] {
            assert_eq!(csv_cell(sent), written, "{sent:?}");
        }
    }

    #[test]
    fn csv_has_a_bom_a_header_and_crlf_lines() {
        let csv = to_csv(&[row("=cmd|' /C calc'!A0", "-1"), row("Running", "Ø1")]);
        assert!(csv.starts_with('\u{feff}'));
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(
            lines[0],
            "contextId,environment,health,state,apiAvailable,version,checked,observed24h,observed7d"
        );
        assert_eq!(
            lines[1],
            "Cust1,sod,ok,\"'=cmd|' /C calc'!A0\",true,\"'-1\",2026-12-06T21:30:00.000Z,99.4,"
        );
        assert_eq!(
            lines[2],
            "Cust1,sod,ok,Running,true,Ø1,2026-12-06T21:30:00.000Z,99.4,"
        );
        assert_eq!(lines[3], "");
        assert_eq!(lines.len(), 4);
    }

    #[test]
    fn json_keeps_the_text_as_sent_and_says_null_for_unknown() {
        let json = write(&[row("=1+1", "Ø")], Format::Json);
        let read: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(read[0]["state"], "=1+1");
        assert_eq!(read[0]["version"], "Ø");
        assert_eq!(read[0]["observed24h"], 99.4);
        assert!(read[0]["observed7d"].is_null());
        assert_eq!(read[0]["apiAvailable"], true);
    }

    #[test]
    fn a_tenant_becomes_a_row() {
        let mut status = TenantStatus::default();
        let never = ExportRow::of("Cust2", "online", &status, 1_790_000_000_000);
        assert_eq!(never.health, None);
        assert_eq!(never.checked, None);
        assert_eq!(never.observed_24h, None);
        status.record_state(
            decode_state(
                r#"{"ContextIdentifier":"Cust2","State":"Suspended","Version":"@SUM(1)"}"#,
            )
            .unwrap(),
            1_790_000_000_000,
        );
        let row = ExportRow::of("Cust2", "online", &status, 1_790_000_000_000 + 60_000);
        assert_eq!(row.health, Some(Health::Down));
        assert_eq!(row.state.as_deref(), Some("Suspended"));
        assert_eq!(row.api_available, Some(false));
        assert_eq!(row.checked.as_deref(), Some("2026-09-21T14:13:20.000Z"));
        assert_eq!(row.observed_24h, Some(0.0));
        assert!(to_csv(&[row]).contains(",\"'@SUM(1)\","));
    }

    #[test]
    fn the_rows_are_those_shown_in_the_order_shown() {
        let answered = |state: &str| {
            let mut s = TenantStatus::default();
            s.record_state(
                decode_state(&format!(
                    r#"{{"ContextIdentifier":"Cust1","State":"{state}"}}"#
                ))
                .unwrap(),
                1_790_000_000_000,
            );
            s
        };
        let (a, b, c) = (
            answered("Running"),
            answered("Suspended"),
            answered("Deleted"),
        );
        let rows = [("Cust10", &a), ("Cust12", &b), ("Cust20", &c)];
        let ids = |filter: &Filter, sort: Sort| {
            rows_as_shown(&rows, "sod", filter, sort, 1_790_000_060_000)
                .into_iter()
                .map(|r| r.context_id)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            ids(&Filter::default(), Sort::default()),
            ["Cust20", "Cust12", "Cust10"]
        );
        let search = Filter::from_params(None, Some("cust1"));
        assert_eq!(ids(&search, Sort::default()), ["Cust12", "Cust10"]);
        let by_id = Sort::default().clicked(SortKey::ContextId);
        assert_eq!(ids(&search, by_id), ["Cust10", "Cust12"]);
        let down = Filter::from_params(Some("down"), None);
        assert_eq!(ids(&down, by_id), ["Cust12"]);
    }

    #[test]
    fn formats_and_file_names() {
        assert_eq!(Format::parse(" CSV "), Ok(Format::Csv));
        assert_eq!(Format::parse("json"), Ok(Format::Json));
        assert_eq!(
            Format::parse("xlsx"),
            Err("format: expected \"csv\" or \"json\", got \"xlsx\"".into())
        );
        assert_eq!(ExportOptions::default().format(), Ok(Format::Csv));
        let asked = |f: &str| ExportOptions {
            format: Some(f.into()),
        };
        assert_eq!(asked("JSON").format(), Ok(Format::Json));
        assert_eq!(
            asked("pdf").format(),
            Err("options.format: expected \"csv\" or \"json\", got \"pdf\"".into())
        );
        assert_eq!(
            file_name("sod", 1_790_000_000_000, Format::Csv),
            "so-tenant-status-sod-2026-09-21T1413Z.csv"
        );
        assert_eq!(
            file_name("../x", 1_790_000_000_000, Format::Json),
            "so-tenant-status-x-2026-09-21T1413Z.json"
        );
    }
}
