//! The partner board's logic (issue #12), as plain data: the context-id
//! list a partner pastes, the summary counts, the health filter and search,
//! the sort order of the table, and the layout. The board's views are built
//! on these; nothing here touches the DOM.

use std::cmp::Ordering;
use std::collections::BTreeSet;

use crate::health::Health;
use crate::history::changed_at;
use crate::i18n::Texts;
use crate::status::{split_context_ids, CheckStatus, TenantStatus};
use crate::time::EpochMs;
use crate::timeline::{observed, Window};
use crate::url::{validate_context_id, UrlError};

/// Above this many tenants the board opens as a table.
pub const TABLE_ABOVE: usize = 12;

/// How the board shows its tenants (`?layout=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layout {
    /// One row per tenant in a real `<table>`.
    Table,
    /// One badge per tenant.
    Cards,
}

impl Layout {
    /// `table` or `cards` (ASCII case ignored); `None` for anything else.
    pub fn parse(text: &str) -> Option<Layout> {
        match text.trim().to_ascii_lowercase().as_str() {
            "table" => Some(Layout::Table),
            "cards" => Some(Layout::Cards),
            _ => None,
        }
    }

    /// `table` or `cards`.
    pub fn as_str(self) -> &'static str {
        match self {
            Layout::Table => "table",
            Layout::Cards => "cards",
        }
    }

    /// The layout asked for, or the default: a table above
    /// [`TABLE_ABOVE`] tenants, cards otherwise.
    pub fn or_default(asked: Option<Layout>, tenants: usize) -> Layout {
        asked.unwrap_or(if tenants > TABLE_ABOVE {
            Layout::Table
        } else {
            Layout::Cards
        })
    }
}

/// Context ids as a partner pastes them, checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContextList {
    /// Valid ids, `Cust` spelled as documented, first occurrence kept, in
    /// the order given.
    pub ids: Vec<String>,
    /// Invalid entries with the reason; never requested.
    pub invalid: Vec<(String, UrlError)>,
}

/// Reads a pasted list of context ids: separated by commas, semicolons,
/// spaces, tabs or new lines (a spreadsheet column pastes as lines), `Cust`
/// matched ignoring case (`cust12` is `Cust12`), duplicates dropped.
pub fn parse_context_list(text: &str) -> ContextList {
    let mut list = ContextList::default();
    let mut seen = BTreeSet::new();
    for entry in split_context_ids(text) {
        let normalised = match entry.get(..4) {
            Some(prefix) if prefix.eq_ignore_ascii_case("cust") => {
                format!("Cust{}", entry.get(4..).unwrap_or_default())
            }
            _ => entry.clone(),
        };
        match validate_context_id(&normalised) {
            Ok(id) => {
                if seen.insert(id.to_owned()) {
                    list.ids.push(id.to_owned());
                }
            }
            // Entries come once each from the split: no duplicate here.
            Err(e) => list.invalid.push((entry, e)),
        }
    }
    list
}

/// What a summary count counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CountKey {
    /// Tenants whose last known state has this health.
    Health(Health),
    /// Tenants whose latest check failed (whatever their last state).
    CheckError,
}

impl CountKey {
    /// The value of `?health=` for this count: the health's name, or
    /// `error`.
    pub fn as_str(self) -> &'static str {
        match self {
            CountKey::Health(h) => h.as_str(),
            CountKey::CheckError => "error",
        }
    }

    /// The count's label: the health's ("Down"), or "Check failed".
    pub fn label(self, texts: &Texts) -> String {
        match self {
            CountKey::Health(h) => h.label(texts),
            CountKey::CheckError => texts.get("badge-failed-health"),
        }
    }

    /// Parses [`CountKey::as_str`] back.
    pub fn parse(text: &str) -> Option<CountKey> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("error") {
            return Some(CountKey::CheckError);
        }
        Health::from_name(&text.to_ascii_lowercase()).map(CountKey::Health)
    }

    /// Whether a tenant counts here.
    pub fn matches(self, status: &TenantStatus) -> bool {
        match self {
            CountKey::Health(h) => status.shown_health() == Some(h),
            CountKey::CheckError => status.error.is_some(),
        }
    }
}

/// The summary bar: one count per health present (worst first), failed
/// checks, and the total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// `(what, how many)`, only for what is present; worst health first,
    /// failed checks last.
    pub counts: Vec<(CountKey, usize)>,
    /// Every tenant on the board.
    pub total: usize,
}

/// Counts the board's tenants.
pub fn summary<'a>(statuses: impl IntoIterator<Item = &'a TenantStatus>) -> Summary {
    let mut health = [0usize; 6];
    let (mut errors, mut total) = (0, 0);
    for status in statuses {
        total += 1;
        if let Some(h) = status.shown_health() {
            if let Some(n) = Health::ALL
                .iter()
                .position(|x| *x == h)
                .and_then(|i| health.get_mut(i))
            {
                *n += 1;
            }
        }
        if status.error.is_some() {
            errors += 1;
        }
    }
    let mut counts: Vec<(CountKey, usize)> = Health::ALL
        .iter()
        .zip(health)
        .rev()
        .filter(|(_, n)| *n > 0)
        .map(|(h, n)| (CountKey::Health(*h), n))
        .collect();
    if errors > 0 {
        counts.push((CountKey::CheckError, errors));
    }
    Summary { counts, total }
}

/// The board's filter: the counts toggled on (none: all) and the search.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Counts toggled on; a tenant shows when it matches any of them.
    pub on: BTreeSet<CountKey>,
    /// Context-id substring, ASCII case ignored; empty: all.
    pub query: String,
}

impl Filter {
    /// Reads `?health=down,maintenance` and `?q=`; unknown names are
    /// dropped.
    pub fn from_params(health: Option<&str>, query: Option<&str>) -> Filter {
        Filter {
            on: health
                .unwrap_or_default()
                .split(',')
                .filter_map(CountKey::parse)
                .collect(),
            query: query.unwrap_or_default().trim().to_owned(),
        }
    }

    /// The `?health=` value for the counts toggled on; `None` when none.
    pub fn health_param(&self) -> Option<String> {
        (!self.on.is_empty()).then(|| {
            self.on
                .iter()
                .map(|k| k.as_str())
                .collect::<Vec<_>>()
                .join(",")
        })
    }

    /// Toggles one count.
    pub fn toggle(&mut self, key: CountKey) {
        if !self.on.remove(&key) {
            self.on.insert(key);
        }
    }

    /// Whether a tenant is shown.
    pub fn shows(&self, context_id: &str, status: &TenantStatus) -> bool {
        let counted = self.on.is_empty() || self.on.iter().any(|k| k.matches(status));
        counted && self.finds(context_id)
    }

    /// Whether the search finds this context id (ASCII case ignored).
    pub fn finds(&self, context_id: &str) -> bool {
        self.query.is_empty()
            || context_id
                .to_ascii_lowercase()
                .contains(&self.query.to_ascii_lowercase())
    }

    /// The board's classes: `sots-board`, and with counts toggled on
    /// `sots-board--filtered` plus `sots-board--show-{down|…|error}` per
    /// count. The stylesheet hides every row and card but those whose
    /// [`item_class`] matches one of them, so a toggle changes one
    /// attribute, however many tenants there are.
    pub fn board_class(&self) -> String {
        let mut class = String::from("sots-board");
        if !self.on.is_empty() {
            class.push_str(" sots-board--filtered");
        }
        for key in &self.on {
            class.push_str(" sots-board--show-");
            class.push_str(key.as_str());
        }
        class
    }
}

/// A column of the board's table that can be sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SortKey {
    /// Health, worst first when descending (the default order).
    Health,
    /// State name.
    State,
    /// Context id, by its number.
    ContextId,
    /// API availability.
    Api,
    /// `Version`.
    Version,
    /// When last checked.
    Checked,
    /// When the state, health or endpoint last changed (newest first).
    Changed,
    /// Observed availability in the last 24 hours (lowest first; tenants
    /// never watched last either way).
    Observed,
}

impl SortKey {
    /// Every column, in table order.
    pub const ALL: [SortKey; 8] = [
        SortKey::Health,
        SortKey::State,
        SortKey::ContextId,
        SortKey::Api,
        SortKey::Version,
        SortKey::Checked,
        SortKey::Changed,
        SortKey::Observed,
    ];

    /// The column's name in hooks (`data-col`, `data-sort`):
    /// `health`, `state`, `context-id`, `api`, `version`, `checked`,
    /// `changed`, `observed`.
    pub fn as_str(self) -> &'static str {
        match self {
            SortKey::Health => "health",
            SortKey::State => "state",
            SortKey::ContextId => "context-id",
            SortKey::Api => "api",
            SortKey::Version => "version",
            SortKey::Checked => "checked",
            SortKey::Changed => "changed",
            SortKey::Observed => "observed",
        }
    }

    /// The column header, in `texts`' language.
    pub fn header(self, texts: &Texts) -> String {
        texts.get(&format!("board-col-{}", self.as_str()))
    }

    fn compare(self, a: (&str, &TenantStatus), b: (&str, &TenantStatus)) -> Ordering {
        let (ca, sa) = a;
        let (cb, sb) = b;
        match self {
            // Ascending severity rank is worst first.
            SortKey::Health => sa.severity_rank().cmp(&sb.severity_rank()),
            SortKey::State => state_name(sa).cmp(&state_name(sb)),
            SortKey::ContextId => context_number(ca).cmp(&context_number(cb)),
            SortKey::Api => api(sb).cmp(&api(sa)),
            SortKey::Version => version(sa).cmp(&version(sb)),
            SortKey::Checked => sb.checked_at_ms.cmp(&sa.checked_at_ms),
            SortKey::Changed => changed_at(&sb.history).cmp(&changed_at(&sa.history)),
            // Sorted by a key worked out once per row (see `order_by`).
            SortKey::Observed => Ordering::Equal,
        }
    }
}

fn state_name(s: &TenantStatus) -> Option<String> {
    s.last.as_ref().map(|t| t.state.name())
}

fn context_number(id: &str) -> (u64, &str) {
    let number = id.get(4..).and_then(|d| d.parse().ok()).unwrap_or(u64::MAX);
    (number, id)
}

fn api(s: &TenantStatus) -> Option<bool> {
    s.last.as_ref().map(|t| t.api_available())
}

fn version(s: &TenantStatus) -> Option<&str> {
    s.last.as_ref().and_then(|t| t.version.as_deref())
}

/// The table's order: a column and a direction (`aria-sort`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sort {
    /// The column.
    pub key: SortKey,
    /// Whether the column's natural order is reversed.
    pub reversed: bool,
}

impl Default for Sort {
    /// Worst health first.
    fn default() -> Self {
        Sort {
            key: SortKey::Health,
            reversed: false,
        }
    }
}

impl Sort {
    /// What a click on `key`'s header gives: that column, or the same column
    /// reversed.
    pub fn clicked(self, key: SortKey) -> Sort {
        Sort {
            key,
            reversed: self.key == key && !self.reversed,
        }
    }

    /// `aria-sort` of `key`'s header: `ascending`, `descending` or `none`.
    pub fn aria(self, key: SortKey) -> &'static str {
        match (self.key == key, self.reversed) {
            (false, _) => "none",
            (true, false) => "ascending",
            (true, true) => "descending",
        }
    }

    /// Orders `(context id, status)` rows at `now_ms`; ties go by context
    /// id. Each row's observed availability (for [`SortKey::Observed`]) is
    /// worked out once.
    pub fn order(self, rows: &mut [(&str, &TenantStatus)], now_ms: EpochMs) {
        let mut keyed: Vec<((&str, &TenantStatus), Option<u32>)> = rows
            .iter()
            .map(|row| {
                let share = (self.key == SortKey::Observed)
                    .then(|| observed(row.1, Window::Day, now_ms).permille())
                    .flatten();
                (*row, share)
            })
            .collect();
        self.order_by(&mut keyed, |row| row.0, |row| row.1);
        for (slot, (row, _)) in rows.iter_mut().zip(keyed) {
            *slot = row;
        }
    }

    /// Orders any rows, given each one's `(context id, status)` and its
    /// observed availability in the last 24 hours in thousandths (for
    /// [`SortKey::Observed`]; `None` when not watched: last either way);
    /// ties go by context id.
    pub fn order_by<T>(
        self,
        rows: &mut [T],
        key: impl Fn(&T) -> (&str, &TenantStatus),
        observed: impl Fn(&T) -> Option<u32>,
    ) {
        rows.sort_by(|ra, rb| {
            let (a, b) = (key(ra), key(rb));
            let primary = match self.key {
                SortKey::Observed => {
                    let (oa, ob) = (observed(ra), observed(rb));
                    // Not watched goes last, whichever the direction.
                    match (oa, ob) {
                        (Some(x), Some(y)) if self.reversed => y.cmp(&x),
                        (Some(x), Some(y)) => x.cmp(&y),
                        (x, y) => y.is_some().cmp(&x.is_some()),
                    }
                }
                key if self.reversed => key.compare(a, b).reverse(),
                key => key.compare(a, b),
            };
            primary.then_with(|| context_number(a.0).cmp(&context_number(b.0)))
        });
    }
}

/// A row's or card's classes (`block` is `sots-row` or `sots-card`):
/// `{block} {block}--{health|none} {block}--{check}`, plus `{block}--error`
/// when its latest check failed: what [`Filter::board_class`]'s rules match.
pub fn item_class(block: &str, status: &TenantStatus, check: CheckStatus) -> String {
    let health = status.shown_health().map_or("none", Health::as_str);
    let mut class = format!("{block} {block}--{health} {block}--{}", check.as_str());
    if CountKey::CheckError.matches(status) {
        class.push_str(&format!(" {block}--error"));
    }
    class
}

/// "2 min ago" for the table's Changed column: when the state, health or
/// endpoint last changed; "not seen" before the first answer.
pub fn changed_text(status: &TenantStatus, now_ms: EpochMs, texts: &Texts) -> String {
    match changed_at(&status.history) {
        Some(at) => texts.ago(now_ms, at),
        None => texts.get("board-changed-never"),
    }
}

/// "checked 2 min ago" for the table's Checked column; "not yet" before
/// the first answer.
pub fn checked_text(status: &TenantStatus, now_ms: EpochMs, texts: &Texts) -> String {
    match status.checked_at_ms {
        Some(at) => texts.ago(now_ms, at),
        None if status.check_status(now_ms) == CheckStatus::Error => {
            texts.get("board-checked-failed")
        }
        None => texts.get("board-checked-not-yet"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode_state;
    use crate::status::CheckError;

    fn known(state: &str, checked: EpochMs) -> TenantStatus {
        let mut s = TenantStatus::default();
        s.record_state(
            decode_state(&format!(
                r#"{{"ContextIdentifier":"Cust1","State":"{state}","Version":"V{checked}"}}"#
            ))
            .unwrap(),
            checked,
        );
        s
    }

    #[test]
    fn pasted_lists_are_split_normalised_and_deduplicated() {
        let list = parse_context_list("Cust1, cust2\nCUST3\tCust1;Cust/../4\n\n  x Cust2 x");
        assert_eq!(list.ids, ["Cust1", "Cust2", "Cust3"]);
        assert_eq!(list.invalid.len(), 2);
        assert_eq!(list.invalid[0].0, "Cust/../4");
        assert!(list.invalid[0]
            .1
            .to_string()
            .starts_with("contextId: expected Cust"));
        assert_eq!(list.invalid[1].0, "x");
    }

    #[test]
    fn layout_defaults_to_a_table_above_twelve() {
        assert_eq!(Layout::or_default(None, 12), Layout::Cards);
        assert_eq!(Layout::or_default(None, 13), Layout::Table);
        assert_eq!(
            Layout::or_default(Layout::parse("CARDS"), 60),
            Layout::Cards
        );
        assert_eq!(Layout::parse("grid"), None);
    }

    #[test]
    fn summary_counts_what_is_present_worst_first() {
        let mut failed = known("Running", 5);
        failed.record_error(CheckError::Timeout);
        let rows = [
            known("Running", 1),
            known("Suspended", 2),
            known("Deleted", 3),
            known("Suspended", 4),
            failed,
            TenantStatus::default(),
        ];
        let s = summary(rows.iter());
        assert_eq!(s.total, 6);
        assert_eq!(
            s.counts,
            vec![
                (CountKey::Health(Health::Gone), 1),
                (CountKey::Health(Health::Down), 2),
                (CountKey::Health(Health::Ok), 2),
                (CountKey::CheckError, 1),
            ]
        );
    }

    #[test]
    fn filter_by_health_and_search_and_back_to_the_url() {
        let mut f = Filter::from_params(Some("down,bogus,Maintenance"), Some(" 12 "));
        assert_eq!(f.health_param().as_deref(), Some("maintenance,down"));
        assert!(f.shows("Cust123", &known("Suspended", 1)));
        assert!(!f.shows("Cust45", &known("Suspended", 1)), "search");
        assert!(!f.shows("Cust123", &known("Running", 1)), "health");
        f.toggle(CountKey::Health(Health::Down));
        f.toggle(CountKey::Health(Health::Maintenance));
        assert_eq!(f.health_param(), None);
        assert!(
            f.shows("cust12", &known("Running", 1)),
            "search ignores case"
        );
        f.toggle(CountKey::CheckError);
        let mut failed = known("Running", 1);
        failed.record_error(CheckError::Network);
        assert!(f.shows("Cust12", &failed));
        assert!(!f.shows("Cust12", &known("Running", 1)));
    }

    #[test]
    fn sorting_by_each_column_and_back() {
        let (a, b, c) = (
            known("Running", 30),
            known("Deleted", 10),
            known("Suspended", 20),
        );
        let rows = [("Cust10", &a), ("Cust9", &b), ("Cust100", &c)];
        let order = |sort: Sort| {
            let mut r = rows;
            sort.order(&mut r, 0);
            r.iter().map(|(id, _)| *id).collect::<Vec<_>>()
        };
        assert_eq!(
            order(Sort::default()),
            ["Cust9", "Cust100", "Cust10"],
            "worst first"
        );
        let by_id = Sort::default().clicked(SortKey::ContextId);
        assert_eq!(order(by_id), ["Cust9", "Cust10", "Cust100"], "by number");
        assert_eq!(by_id.aria(SortKey::ContextId), "ascending");
        assert_eq!(by_id.aria(SortKey::Health), "none");
        let back = by_id.clicked(SortKey::ContextId);
        assert_eq!(order(back), ["Cust100", "Cust10", "Cust9"]);
        assert_eq!(back.aria(SortKey::ContextId), "descending");
        assert_eq!(
            order(Sort::default().clicked(SortKey::Checked)),
            ["Cust10", "Cust100", "Cust9"],
            "most recently checked first"
        );
        assert_eq!(
            order(Sort::default().clicked(SortKey::State)),
            ["Cust9", "Cust10", "Cust100"]
        );
    }

    #[test]
    fn sorting_by_observed_availability_puts_the_worst_first_and_the_unwatched_last() {
        let day = 86_400_000;
        let start = 1_790_000_000_000;
        // Answers every 5 minutes for a day; `down_at` turns it Suspended
        // for an hour.
        let watched = |down_at: Option<EpochMs>| {
            let mut s = TenantStatus::default();
            let mut at = start;
            while at <= start + day {
                let state = match down_at {
                    Some(d) if at >= d && at < d + 3_600_000 => "Suspended",
                    _ => "Running",
                };
                s.record_state(
                    decode_state(&format!(
                        r#"{{"ContextIdentifier":"Cust1","State":"{state}"}}"#
                    ))
                    .unwrap(),
                    at,
                );
                at += 300_000;
            }
            s
        };
        let (fine, flaky, never) = (
            watched(None),
            watched(Some(start + 3_600_000)),
            TenantStatus::default(),
        );
        let rows = [("Cust1", &fine), ("Cust2", &never), ("Cust3", &flaky)];
        let order = |sort: Sort| {
            let mut r = rows;
            sort.order(&mut r, start + day);
            r.iter().map(|(id, _)| *id).collect::<Vec<_>>()
        };
        let by = Sort::default().clicked(SortKey::Observed);
        assert_eq!(order(by), ["Cust3", "Cust1", "Cust2"]);
        assert_eq!(
            order(by.clicked(SortKey::Observed)),
            ["Cust1", "Cust3", "Cust2"]
        );
    }

    #[test]
    fn filter_classes_match_item_classes() {
        let mut f = Filter::default();
        assert_eq!(f.board_class(), "sots-board");
        f.toggle(CountKey::Health(Health::Down));
        f.toggle(CountKey::CheckError);
        assert_eq!(
            f.board_class(),
            "sots-board sots-board--filtered sots-board--show-down sots-board--show-error"
        );
        let mut failed = known("Suspended", 1);
        failed.record_error(CheckError::Timeout);
        assert_eq!(
            item_class("sots-row", &failed, CheckStatus::Stale),
            "sots-row sots-row--down sots-row--stale sots-row--error"
        );
        assert_eq!(
            item_class("sots-card", &TenantStatus::default(), CheckStatus::Loading),
            "sots-card sots-card--none sots-card--loading"
        );
    }

    #[test]
    fn checked_column_says_when() {
        assert_eq!(
            checked_text(&known("Running", 0), 125_000, Texts::english()),
            "2 min ago"
        );
        assert_eq!(
            checked_text(&TenantStatus::default(), 0, Texts::english()),
            "not yet"
        );
        let mut failed = TenantStatus::default();
        failed.record_error(CheckError::Network);
        assert_eq!(checked_text(&failed, 0, Texts::english()), "failed");
    }
}
