//! Alerts that reach a person: which health changes make a desktop
//! notification, how changes close together are grouped, and what the
//! page's title says.
//!
//! * One notification per health change of a tenant on the board; a first
//!   answer and an unchanged refresh make none.
//! * Changes within [`GROUP_MS`] of the first are one notification ("3
//!   tenants down: Cust1, Cust2, Cust3"); a tenant that changed and
//!   changed back within the group is left out.
//! * The title of the static page leads with the worst health and how many
//!   tenants have it ("(2 down) SuperOffice tenant status").

use crate::health::Health;
use crate::i18n::Texts;
use crate::time::EpochMs;

/// Changes within this long of the first are one notification.
pub const GROUP_MS: EpochMs = 5_000;
/// Context ids named in one notification; the rest are counted.
pub const MAX_NAMED: usize = 5;
/// The `localStorage` key that remembers whether alerts are on (per origin).
pub const STORAGE_KEY: &str = "so-tenant-status:alerts";

/// One tenant's change of health, waiting in a group.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Change {
    context_id: String,
    from: Health,
    to: Health,
    state: String,
}

/// The changes waiting to be said, grouped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Alerts {
    pending: Vec<Change>,
    since: Option<EpochMs>,
}

/// A notification to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alert {
    /// Its title: "Cust1004: Suspended, down" or "3 tenants down: Cust1,
    /// Cust2, Cust3".
    pub title: String,
    /// Its body: what each tenant was before.
    pub body: String,
    /// The tenant a click shows (the first changed).
    pub context_id: String,
    /// The worst health among the changes (its icon).
    pub worst: Health,
}

impl Alerts {
    /// Notes an answer of `context_id`: `previous` is the health shown
    /// before (`None`: its first answer), `current` the one now, `state`
    /// the state's name. Returns `true` when this starts a group: the
    /// caller asks [`Alerts::take`] again [`GROUP_MS`] later.
    pub fn observe(
        &mut self,
        context_id: &str,
        previous: Option<Health>,
        current: Health,
        state: &str,
        now_ms: EpochMs,
    ) -> bool {
        let Some(previous) = previous else {
            return false;
        };
        if previous == current {
            return false;
        }
        match self.pending.iter_mut().find(|c| c.context_id == context_id) {
            Some(change) => {
                change.to = current;
                state.clone_into(&mut change.state);
            }
            None => self.pending.push(Change {
                context_id: context_id.to_owned(),
                from: previous,
                to: current,
                state: state.to_owned(),
            }),
        }
        if self.since.is_some() {
            return false;
        }
        self.since = Some(now_ms);
        true
    }

    /// When the waiting group is due, if one waits.
    pub fn due_ms(&self) -> Option<EpochMs> {
        self.since.map(|s| s + GROUP_MS)
    }

    /// The group's notification once it is due (`None` before, or when
    /// every change in it went back to where it was).
    pub fn take(&mut self, now_ms: EpochMs, texts: &Texts) -> Option<Alert> {
        if self.due_ms().is_none_or(|due| now_ms < due) {
            return None;
        }
        self.since = None;
        let changes: Vec<Change> = std::mem::take(&mut self.pending)
            .into_iter()
            .filter(|c| c.from != c.to)
            .collect();
        let first = changes.first()?;
        let worst = changes.iter().map(|c| c.to).max().unwrap_or(first.to);
        let was = |c: &Change| {
            texts.with(
                "alert-was",
                &[("context", &c.context_id), ("health", &c.from.word(texts))],
            )
        };
        let body = changes.iter().map(was).collect::<Vec<_>>().join("; ");
        let title = match changes.as_slice() {
            [one] => texts.with(
                "alert-one",
                &[
                    ("context", &one.context_id),
                    ("state", &one.state),
                    ("health", &one.to.word(texts)),
                ],
            ),
            many => {
                let count = many.len().to_string();
                if many.iter().all(|c| c.to == first.to) {
                    let list = named(many.iter().map(|c| c.context_id.as_str()), texts);
                    texts.with(
                        "alert-many",
                        &[
                            ("count", &count),
                            ("health", &first.to.word(texts)),
                            ("list", &list),
                        ],
                    )
                } else {
                    let each = many
                        .iter()
                        .map(|c| format!("{} {}", c.context_id, c.to.word(texts)));
                    let list = named_owned(each.collect(), texts);
                    texts.with("alert-mixed", &[("count", &count), ("list", &list)])
                }
            }
        };
        Some(Alert {
            title,
            body,
            context_id: first.context_id.clone(),
            worst,
        })
    }
}

/// "Cust1, Cust2, Cust3", or the first [`MAX_NAMED`] "and 2 more".
fn named<'a>(ids: impl Iterator<Item = &'a str>, texts: &Texts) -> String {
    named_owned(ids.map(str::to_owned).collect(), texts)
}

fn named_owned(items: Vec<String>, texts: &Texts) -> String {
    let more = items.len().saturating_sub(MAX_NAMED);
    let list = items
        .into_iter()
        .take(MAX_NAMED)
        .collect::<Vec<_>>()
        .join(", ");
    if more == 0 {
        list
    } else {
        texts.with(
            "alert-more",
            &[("list", &list), ("more", &more.to_string())],
        )
    }
}

/// The worst health shown and how many tenants show it; `None` when no
/// tenant has answered.
pub fn worst(healths: impl IntoIterator<Item = Option<Health>>) -> Option<(Health, usize)> {
    let mut worst: Option<(Health, usize)> = None;
    for health in healths.into_iter().flatten() {
        worst = match worst {
            Some((w, n)) if w == health => Some((w, n + 1)),
            Some((w, n)) if w > health => Some((w, n)),
            _ => Some((health, 1)),
        };
    }
    worst
}

/// The static page's title: "(2 down) SuperOffice tenant status" while
/// any tenant is not OK, the plain title otherwise.
pub fn document_title(worst: Option<(Health, usize)>, texts: &Texts) -> String {
    let title = texts.get("page-title");
    match worst {
        Some((health, count)) if health != Health::Ok => texts.with(
            "title-worst",
            &[
                ("count", &count.to_string()),
                ("health", &health.word(texts)),
                ("title", &title),
            ],
        ),
        _ => title,
    }
}

/// The page's favicon for the worst health: `favicon.svg` (OK, or nothing
/// answered yet) or `favicon-{health}.svg`, shipped with the page.
pub fn favicon(worst: Option<(Health, usize)>) -> &'static str {
    match worst.map(|(h, _)| h) {
        None | Some(Health::Ok) => "favicon.svg",
        Some(Health::Maintenance) => "favicon-maintenance.svg",
        Some(Health::Pending) => "favicon-pending.svg",
        Some(Health::Unknown) => "favicon-unknown.svg",
        Some(Health::Down) => "favicon-down.svg",
        Some(Health::Gone) => "favicon-gone.svg",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    const T: EpochMs = 1_790_000_000_000;

    #[test]
    fn first_answers_and_unchanged_refreshes_say_nothing() {
        let mut a = Alerts::default();
        let en = Texts::new(Lang::En);
        assert!(!a.observe("Cust1", None, Health::Down, "Suspended", T));
        assert!(!a.observe("Cust1", Some(Health::Ok), Health::Ok, "Running", T));
        assert_eq!(a.due_ms(), None);
        assert_eq!(a.take(T + 60_000, &en), None);
    }

    #[test]
    fn three_tenants_down_together_are_one_notification() {
        let mut a = Alerts::default();
        let en = Texts::new(Lang::En);
        assert!(a.observe("Cust1", Some(Health::Ok), Health::Down, "Suspended", T));
        assert!(!a.observe(
            "Cust2",
            Some(Health::Ok),
            Health::Down,
            "Suspended",
            T + 1_000
        ));
        assert!(!a.observe(
            "Cust3",
            Some(Health::Maintenance),
            Health::Down,
            "Suspended",
            T + 4_900
        ));
        assert_eq!(a.due_ms(), Some(T + GROUP_MS));
        assert_eq!(a.take(T + 4_999, &en), None, "not before the group is due");
        let alert = a.take(T + 5_000, &en).unwrap();
        assert_eq!(alert.title, "3 tenants down: Cust1, Cust2, Cust3");
        assert_eq!(
            alert.body,
            "Cust1 was ok; Cust2 was ok; Cust3 was maintenance"
        );
        assert_eq!(alert.context_id, "Cust1");
        assert_eq!(alert.worst, Health::Down);
        assert_eq!(a.take(T + 10_000, &en), None, "said once");
        // A change after the group is a new one.
        assert!(a.observe(
            "Cust1",
            Some(Health::Down),
            Health::Ok,
            "Running",
            T + 6_000
        ));
        let alert = a.take(T + 11_000, &en).unwrap();
        assert_eq!(alert.title, "Cust1: Running, ok");
        assert_eq!(alert.body, "Cust1 was down");
    }

    #[test]
    fn mixed_changes_and_flaps() {
        let mut a = Alerts::default();
        let de = Texts::new(Lang::De);
        let en = Texts::new(Lang::En);
        a.observe("Cust1", Some(Health::Ok), Health::Down, "Suspended", T);
        a.observe(
            "Cust2",
            Some(Health::Ok),
            Health::Maintenance,
            "OnlineMaintenance",
            T,
        );
        // Cust3 goes down and is back within the group: not said.
        a.observe("Cust3", Some(Health::Ok), Health::Down, "Suspended", T);
        a.observe(
            "Cust3",
            Some(Health::Down),
            Health::Ok,
            "Running",
            T + 2_000,
        );
        let alert = a.take(T + 5_000, &en).unwrap();
        assert_eq!(
            alert.title,
            "2 tenants changed health: Cust1 down, Cust2 maintenance"
        );
        let mut a = Alerts::default();
        for i in 0..8 {
            a.observe(
                &format!("Cust{i}"),
                Some(Health::Ok),
                Health::Gone,
                "Deleted",
                T,
            );
        }
        let alert = a.take(T + 5_000, &de).unwrap();
        assert_eq!(
            alert.title,
            "8 Mandanten entfernt: Cust0, Cust1, Cust2, Cust3, Cust4 und 3 weitere"
        );
        // Only flaps: nothing to say.
        let mut a = Alerts::default();
        a.observe("Cust9", Some(Health::Ok), Health::Down, "Suspended", T);
        a.observe("Cust9", Some(Health::Down), Health::Ok, "Running", T + 1);
        assert_eq!(a.take(T + 5_000, &en), None);
        assert_eq!(a.due_ms(), None);
    }

    #[test]
    fn the_title_and_icon_follow_the_worst_health() {
        let en = Texts::new(Lang::En);
        let w = worst([
            Some(Health::Ok),
            Some(Health::Down),
            None,
            Some(Health::Down),
            Some(Health::Maintenance),
        ]);
        assert_eq!(w, Some((Health::Down, 2)));
        assert_eq!(document_title(w, &en), "(2 down) SuperOffice tenant status");
        assert_eq!(favicon(w), "favicon-down.svg");
        let fine = worst([Some(Health::Ok), Some(Health::Ok)]);
        assert_eq!(document_title(fine, &en), "SuperOffice tenant status");
        assert_eq!(favicon(fine), "favicon.svg");
        assert_eq!(worst([None, None]), None);
        assert_eq!(document_title(None, &en), "SuperOffice tenant status");
        let gone = worst([Some(Health::Gone), Some(Health::Down)]);
        assert_eq!(gone, Some((Health::Gone, 1)));
        assert_eq!(
            document_title(gone, &Texts::new(Lang::Nb)),
            "(1 borte) SuperOffice-tenantstatus"
        );
    }
}
