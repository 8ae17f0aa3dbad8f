//! One poller for every open tab of the origin.
//!
//! Each tab asks for a Web Lock (`navigator.locks`,
//! [`LOCK`]); the tab that holds it leads. The leading tab checks the
//! tenants of every tab (each following tab says which it shows, and
//! whether it is visible, every [`HEARTBEAT_MS`] and whenever that
//! changes) and shares each answer on a `BroadcastChannel` ([`CHANNEL`]);
//! following tabs apply the answers as if they had asked, and make no
//! requests. A refresh or a change notification in a following tab asks
//! the leading tab to check. The lock is held until the leading tab goes
//! (closed, reloaded, crashed); the browser then grants it to a waiting
//! tab, which checks at once whatever has come due.
//!
//! Without Web Locks or `BroadcastChannel` (older browsers, some embedded
//! views), every tab polls for itself ([`Role::Alone`]), as before.
//!
//! Messages come only from the same origin (that is what a
//! `BroadcastChannel` is), and are still read as untrusted: anything that
//! does not read as a [`Message`] is ignored; an answer's body goes
//! through the core's decoder like any other.

use std::cell::RefCell;
use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::clock::{now_ms, random};
use super::fetch::Answer;

/// The Web Lock whose holder leads.
pub const LOCK: &str = "so-tenant-status:leader";
/// The channel the origin's tabs talk on.
pub const CHANNEL: &str = "so-tenant-status:v1";
/// How often a following tab says what it shows.
pub const HEARTBEAT_MS: i64 = 2_000;

/// This tab's part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Role {
    /// No Web Locks or no `BroadcastChannel`: this tab polls for itself.
    #[default]
    Alone,
    /// Another tab leads: this one makes no requests.
    Follower,
    /// This tab checks for every tab.
    Leader,
}

/// What the tabs say to each other: one flat shape (`kind` says which
/// members matter), cheaper to read than a tagged enum.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct Message {
    /// `want` (a following tab shows `urls`, `visible` or not), `answer`
    /// (the leading tab's `answer` for `url`, which came at `atMs`),
    /// `refresh` (a following tab asks for `url` now) or `leader` (a tab
    /// has just taken the lead).
    kind: String,
    tab: String,
    urls: Vec<String>,
    visible: bool,
    url: String,
    at_ms: f64,
    answer: Option<Answer>,
}

impl Message {
    fn kind(kind: &str) -> Message {
        Message {
            kind: kind.to_owned(),
            ..Message::default()
        }
    }
}

/// An answer to share: its URL, when it came, and the answer.
pub type Shared = (String, i64, Answer);

/// What the tabs do with what they hear: the poller's entry points,
/// handed over by [`start`] (so this module depends on nothing above it;
/// the scheduler uses it, not the other way round).
#[derive(Clone, Copy)]
pub struct Poller {
    /// Check whatever has come due (this tab just took the lead, or
    /// another did and wants to hear what this one shows).
    pub tick: fn(),
    /// The leading tab hears another tab's tenants; returns the answers
    /// that tab has not had yet, to share.
    pub remote_wants: fn(String, Vec<String>, bool, i64) -> Vec<Shared>,
    /// A following tab applies the leading tab's answer for a URL.
    pub apply_answer: fn(&str, i64, Answer),
    /// The leading tab checks a URL now (a following tab asked).
    pub refresh: fn(&str),
}

#[derive(Default)]
struct Tabs {
    poller: Option<Poller>,
    role: Role,
    started: bool,
    id: String,
    channel: Option<web_sys::BroadcastChannel>,
    /// What this tab last said, and when.
    said: Option<(HashSet<String>, bool)>,
    said_at: i64,
}

thread_local! {
    static TABS: RefCell<Tabs> = RefCell::default();
}

/// This tab's part now.
pub fn role() -> Role {
    TABS.with_borrow(|t| t.role)
}

/// This tab's poller, once [`start`] has been given it.
fn poller() -> Option<Poller> {
    TABS.with_borrow(|t| t.poller)
}

/// Starts taking part (once per page): opens the channel and asks for the
/// lock. Until the lock is granted this tab follows. What is heard goes
/// to `poller`.
pub fn start(poller: Poller) {
    let started = TABS.with_borrow_mut(|t| {
        t.poller = Some(poller);
        std::mem::replace(&mut t.started, true)
    });
    if started {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some((locks, request)) = lock_request(&window) else {
        return; // no Web Locks: alone
    };
    let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) else {
        return; // no BroadcastChannel: alone
    };
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|event: web_sys::MessageEvent| {
            if let Ok(message) = serde_wasm_bindgen::from_value::<Message>(event.data()) {
                heard(message);
            }
        });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The channel lives as long as the page.
    on_message.forget();
    TABS.with_borrow_mut(|t| {
        t.role = Role::Follower;
        t.id = format!("{:x}", (random() * 9_007_199_254_740_991.0) as u64);
        t.channel = Some(channel);
    });
    // Granted when no other tab holds it; held (a promise that never
    // settles) until this page goes.
    let granted = Closure::<dyn FnMut(JsValue) -> js_sys::Promise>::new(|_lock: JsValue| {
        TABS.with_borrow_mut(|t| t.role = Role::Leader);
        post(&Message::kind("leader"));
        if let Some(then) = self::poller() {
            (then.tick)();
        }
        js_sys::Promise::new(&mut |_, _| {})
    });
    if request
        .call2(&locks, &LOCK.into(), granted.as_ref().unchecked_ref())
        .is_err()
    {
        TABS.with_borrow_mut(|t| t.role = Role::Alone);
    }
    granted.forget();
}

/// `navigator.locks` and its `request`, when the browser has them.
fn lock_request(window: &web_sys::Window) -> Option<(JsValue, js_sys::Function)> {
    let locks = js_sys::Reflect::get(&window.navigator(), &"locks".into()).ok()?;
    if locks.is_undefined() || locks.is_null() {
        return None;
    }
    let request = js_sys::Reflect::get(&locks, &"request".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    Some((locks, request))
}

fn post(message: &Message) {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let Ok(value) = message.serialize(&serializer) else {
        return;
    };
    TABS.with_borrow(|t| {
        if let Some(channel) = &t.channel {
            let _ = channel.post_message(&value);
        }
    });
}

/// A following tab says what it shows when that changed, and every
/// [`HEARTBEAT_MS`] (so the leading tab knows it is still there).
pub fn heartbeat(now: i64, urls: HashSet<String>, visible: bool) {
    let due = TABS.with_borrow_mut(|t| {
        let changed = t
            .said
            .as_ref()
            .is_none_or(|(said, was_visible)| *said != urls || *was_visible != visible);
        if t.role != Role::Follower || (!changed && now - t.said_at < HEARTBEAT_MS) {
            return None;
        }
        t.said = Some((urls.clone(), visible));
        t.said_at = now;
        Some(t.id.clone())
    });
    if let Some(tab) = due {
        post(&Message {
            tab,
            urls: urls.into_iter().collect(),
            visible,
            ..Message::kind("want")
        });
    }
}

/// The leading tab shares an answer with the others.
pub fn share(url: &str, at: i64, answer: &Answer) {
    if role() == Role::Leader {
        post(&Message {
            url: url.to_owned(),
            at_ms: at as f64,
            answer: Some(answer.clone()),
            ..Message::kind("answer")
        });
    }
}

/// A following tab asks the leading tab to check `url` now.
pub fn ask_refresh(url: &str) {
    if role() == Role::Follower {
        post(&Message {
            url: url.to_owned(),
            ..Message::kind("refresh")
        });
    }
}

fn heard(message: Message) {
    let Some(poller) = poller() else {
        return;
    };
    match (message.kind.as_str(), role()) {
        ("want", Role::Leader) => {
            let Message {
                tab, urls, visible, ..
            } = message;
            for (url, at, answer) in (poller.remote_wants)(tab, urls, visible, now_ms()) {
                share(&url, at, &answer);
            }
        }
        ("answer", Role::Follower) if message.at_ms.is_finite() => {
            if let Some(answer) = message.answer {
                (poller.apply_answer)(&message.url, message.at_ms as i64, answer);
            }
        }
        ("refresh", Role::Leader) => (poller.refresh)(&message.url),
        ("leader", Role::Follower) => {
            // Say what this tab shows at once, not at the next heartbeat.
            TABS.with_borrow_mut(|t| t.said = None);
            (poller.tick)();
        }
        _ => {}
    }
}
