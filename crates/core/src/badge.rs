//! What a tenant badge shows, computed from a [`TenantStatus`] and `now`.
//!
//! The view only places these strings; every decision (what to say while
//! loading, after a failure, when stale; which URL may be a link) is made
//! here and tested natively.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::health::Health;
use crate::markup::{Element, Text};
use crate::state::TenantState;
use crate::status::{ago, CheckError, CheckStatus, TenantStatus};
use crate::text::cat;
use crate::time::EpochMs;
use crate::url::safe_link;

/// A URL from the API: a link only when [`safe_link`] allows it, else text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LinkModel {
    /// What the link is (`Endpoint`, `Api`).
    pub label: &'static str,
    /// The URL as sent, shown as text.
    pub text: String,
    /// The `href`, only when safe.
    pub href: Option<String>,
}

/// The badge element's fixed attributes: `[data-part=badge]`, and
/// `role="status"` with `aria-live="polite"` so changes are announced.
pub const ARTICLE_FIXED_ATTRS: [(&str, &str); 3] = [
    ("data-part", "badge"),
    ("role", "status"),
    ("aria-live", "polite"),
];

/// Everything a badge displays.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct BadgeModel {
    /// The health to paint; `None` while nothing is known.
    pub health: Option<Health>,
    /// `data-health`: the health's name, absent while nothing is known.
    pub health_attr: Option<&'static str>,
    /// `data-state`: the state name, absent while nothing is known.
    pub state_attr: Option<Text>,
    /// `data-check`.
    pub check: CheckStatus,
    /// Big text: the state name, or what the check is doing.
    pub title: Text,
    /// A symbol that carries the health without colour.
    pub icon: &'static str,
    /// The health label ("OK", "Down", "Checking", "Check failed").
    pub health_label: &'static str,
    /// Whether the API may be called, in words.
    pub api_line: &'static str,
    /// One sentence about the state (shown on hover and focus).
    pub description: Text,
    /// When the next check is due.
    pub next_check_ms: Option<EpochMs>,
    /// The failed check: (kind for `data-error`, message).
    pub problem: Option<(&'static str, String)>,
    /// Why the state shown may be out of date.
    pub stale_note: Option<&'static str>,
    /// `Endpoint` and `Api`, when present.
    pub links: Vec<LinkModel>,
    /// `Version`, when present.
    pub version: Option<String>,
    /// Decoder warnings about the last answer.
    pub warnings: Vec<String>,
    /// Label of the button: "Retry" after a failure, else "Refresh".
    pub action_label: &'static str,
    /// Whether the button does anything (not for invalid input).
    pub can_retry: bool,
}

impl BadgeModel {
    /// "checked 2 min ago" once something is known. Kept out of the model
    /// because it changes every second while the rest rarely does.
    pub fn checked_ago(status: &TenantStatus, now_ms: EpochMs) -> Option<String> {
        status
            .checked_at_ms
            .map(|t| crate::text::cat(&["checked ", &ago(now_ms, t)]))
    }

    /// A 64-bit fingerprint (FNV-1a over every field): equal models give
    /// equal fingerprints, so a view can skip rebuilding without keeping the
    /// previous model in memory.
    pub fn fingerprint(&self) -> u64 {
        let mut hasher = Fnv(0xcbf2_9ce4_8422_2325);
        core::hash::Hash::hash(self, &mut hasher);
        core::hash::Hasher::finish(&hasher)
    }

    /// When the next check is due, if one will happen (none after invalid
    /// input). Kept out of the model's rebuild path like [`Self::checked_ago`].
    pub fn next_check(status: &TenantStatus) -> Option<EpochMs> {
        status
            .next_check_ms
            .filter(|_| status.error.as_ref().is_none_or(CheckError::is_retryable))
    }

    /// The badge element's attributes that follow the model: `class`
    /// (`sots-badge sots-badge--{health|none} sots-badge--{check}`),
    /// `data-health`, `data-state` and `data-check`; `None`: absent.
    /// Values are borrowed (fixed texts a view can reuse) but for `class`
    /// and the name of an unrecognised state.
    pub fn article_attrs(&self) -> [(&'static str, Option<Text>); 4] {
        [
            (
                "class",
                Some(
                    cat(&[
                        "sots-badge sots-badge--",
                        self.health_attr.unwrap_or("none"),
                        " sots-badge--",
                        self.check.as_str(),
                    ])
                    .into(),
                ),
            ),
            ("data-health", self.health_attr.map(Into::into)),
            ("data-state", self.state_attr.clone()),
            ("data-check", Some(self.check.as_str().into())),
        ]
    }

    /// The model of a badge at `now_ms` (`now_ms` only decides staleness).
    pub fn new(status: &TenantStatus, now_ms: EpochMs) -> BadgeModel {
        let check = status.check_status(now_ms);
        let health = status.shown_health();
        let problem = status.error.as_ref().map(|e| (e.kind(), e.message()));
        let can_retry = status.error.as_ref().is_none_or(CheckError::is_retryable);
        let (title, icon, health_label, api_line, description) = match &status.last {
            Some(state) => (
                state_name(state),
                state.health().icon(),
                state.health().label(),
                if state.api_available() {
                    "API available"
                } else {
                    "API not available"
                },
                state.state.description().into(),
            ),
            None if status.error.is_some() => (
                "Not checked".into(),
                "!",
                "Check failed",
                "API availability not known",
                "The check failed, which says nothing about the tenant's health.".into(),
            ),
            None => (
                "Checking…".into(),
                "◌",
                "Checking",
                "API availability not known yet",
                "Asking the state API for this tenant's state.".into(),
            ),
        };
        let stale_note = (check == CheckStatus::Stale).then_some(
            "Last known state: the latest check failed or is overdue, so this may be out of date.",
        );
        let links = status
            .last
            .iter()
            .flat_map(|s| [("Endpoint", &s.endpoint), ("Api", &s.api)])
            .filter_map(|(label, url)| {
                url.as_ref().map(|u| LinkModel {
                    label,
                    text: u.clone(),
                    href: safe_link(u).map(str::to_owned),
                })
            })
            .collect();
        BadgeModel {
            health,
            health_attr: health.map(Health::as_str),
            state_attr: status.last.as_ref().map(state_name),
            check,
            title,
            icon,
            health_label,
            api_line,
            description,
            next_check_ms: BadgeModel::next_check(status),
            problem,
            stale_note,
            links,
            version: status.last.as_ref().and_then(|s| s.version.clone()),
            warnings: status
                .last
                .as_ref()
                .map(|s| s.warnings.clone())
                .unwrap_or_default(),
            action_label: if status.error.is_some() {
                "Retry"
            } else {
                "Refresh"
            },
            can_retry,
        }
    }
}

/// The state's name: borrowed when documented (a fixed text a view can
/// reuse), the raw value when unrecognised.
fn state_name(state: &TenantState) -> Text {
    match state.state.canonical_name() {
        Some(name) => name.into(),
        None => state.state.name().into(),
    }
}

/// FNV-1a: small and deterministic, enough to tell models apart.
struct Fnv(u64);

impl core::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// The ids and texts a badge body needs besides its model.
#[derive(Debug, Clone, Copy)]
pub struct BodyContext<'a> {
    /// The page-unique id of the description (for `aria-describedby`).
    pub desc_id: &'a str,
    /// The tenant's context id.
    pub context_id: &'a str,
    /// The environment name; empty: not shown.
    pub env: &'a str,
    /// The "checked … ago · next check …" line as it is now.
    pub timing: &'a str,
    /// Whether the badge has a refresh / retry button.
    pub refresh_button: bool,
}

/// The inside of a badge (`[data-part=badge]`), as markup: head (icon, state,
/// health), description, context id / env / version, API line, problem,
/// stale note, timing, links, warnings and the refresh button.
pub fn body_markup(m: &BadgeModel, cx: &BodyContext<'_>) -> Vec<Element> {
    let head = Element::new("div")
        .class("sots-badge__head")
        .child(
            Element::new("span")
                .class("sots-badge__icon")
                .attr("aria-hidden", "true")
                .text(m.icon),
        )
        .child(
            Element::new("span")
                .class("sots-badge__state")
                .part("state")
                .attr("tabindex", "0")
                .attr("aria-describedby", cx.desc_id.to_owned())
                .attr("title", m.description.clone())
                .text(m.title.clone()),
        )
        .child(
            Element::new("span")
                .class("sots-badge__health")
                .part("health")
                .text(m.health_label),
        );
    let description = Element::new("p")
        .class("sots-badge__desc")
        .attr("id", cx.desc_id.to_owned())
        .attr("role", "tooltip")
        .part("description")
        .text(m.description.clone());
    let mut meta = Element::new("p").class("sots-badge__meta").child(
        Element::new("span")
            .part("context-id")
            .text(cx.context_id.to_owned()),
    );
    if !cx.env.is_empty() {
        meta = meta
            .text(" · ")
            .child(Element::new("span").part("env").text(cx.env.to_owned()));
    }
    if let Some(version) = &m.version {
        meta = meta
            .text(" · ")
            .child(Element::new("span").part("version").text(version.clone()));
    }
    let mut body = vec![
        head,
        description,
        meta,
        Element::new("p")
            .class("sots-badge__api")
            .part("api")
            .text(m.api_line),
    ];
    if let Some((kind, message)) = &m.problem {
        body.push(
            Element::new("p")
                .class("sots-badge__problem")
                .part("problem")
                .attr("data-error", *kind)
                .text(message.clone()),
        );
    }
    if let Some(note) = m.stale_note {
        body.push(
            Element::new("p")
                .class("sots-badge__stale")
                .part("stale")
                .text(note),
        );
    }
    body.push(
        Element::new("p")
            .class("sots-badge__timing")
            .part("timing")
            .text(cx.timing.to_owned()),
    );
    body.push(
        Element::new("ul")
            .class("sots-badge__links")
            .children(m.links.iter().map(link_markup)),
    );
    if !m.warnings.is_empty() {
        body.push(
            Element::new("ul")
                .class("sots-badge__warnings")
                .part("warnings")
                .children(
                    m.warnings
                        .iter()
                        .map(|w| Element::new("li").text(w.clone())),
                ),
        );
    }
    if cx.refresh_button {
        body.push(
            Element::new("button")
                .attr("type", "button")
                .class("sots-badge__action")
                .part("refresh")
                .flag("disabled", !m.can_retry)
                .text(m.action_label),
        );
    }
    body
}

/// An API URL: a link only when the model says it is safe, else plain text.
fn link_markup(l: &LinkModel) -> Element {
    let part = cat(&["link-", &l.label.to_ascii_lowercase()]);
    let url = match &l.href {
        Some(href) => Element::new("a")
            .attr("href", href.clone())
            .attr("rel", "noopener noreferrer")
            .attr("target", "_blank")
            .part(part),
        None => Element::new("span").class("sots-badge__url").part(part),
    };
    Element::new("li")
        .child(
            Element::new("span")
                .class("sots-badge__label")
                .text(cat(&[l.label, ": "])),
        )
        .child(url.text(l.text.clone()))
}

/// "checked 2 min ago · next check 14:05:10": the badge's timing line, from
/// [`BadgeModel::checked_ago`] and the next check's local time.
pub fn timing_text(checked_ago: Option<String>, next_check: Option<String>) -> String {
    match (checked_ago, next_check) {
        (Some(ago), Some(next)) => cat(&[&ago, " · next check ", &next]),
        (Some(ago), None) => ago,
        (None, Some(next)) => cat(&["next check ", &next]),
        (None, None) => String::new(),
    }
}
