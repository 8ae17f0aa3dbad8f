//! Where transition history is kept: in memory, and in `localStorage`
//! under the core's one namespaced, versioned key
//! ([`STORAGE_KEY`](so_tenant_status_core::history::STORAGE_KEY)). What is
//! read from storage is the core's to check
//! ([`History::from_storage`]): a corrupt or foreign entry is ignored.
//!
//! Writes are gathered: a page that sees 400 first answers writes once,
//! a second later; watched spans that only grew (every answer extends
//! one) are written at most once a minute (an answer after a reload
//! within [`WATCH_GAP_MS`](so_tenant_status_core::timeline::WATCH_GAP_MS)
//! joins the stored span anyway). Before writing, what other tabs of the origin stored is
//! read again, so each tab adds its own tenants without dropping theirs.
//! Storage that throws (private modes, sandboxed frames, a full quota)
//! leaves the history in memory only.

use std::cell::RefCell;
use std::collections::BTreeSet;

use so_tenant_status_core::history::{History, Transition, STORAGE_KEY};
use so_tenant_status_core::timeline::Watched;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Default)]
struct Store {
    /// `None` until first asked for (then read from storage).
    history: Option<History>,
    /// Tenants changed here since the last write.
    dirty: BTreeSet<String>,
    /// A write is queued.
    queued: bool,
    /// A write is queued within a second (not only within a minute).
    soon: bool,
}

thread_local! {
    static STORE: RefCell<Store> = RefCell::default();
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn stored() -> History {
    storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .map(|text| History::from_storage(&text))
        .unwrap_or_default()
}

fn with_history<R>(f: impl FnOnce(&mut History, &mut Store) -> R) -> R {
    STORE.with_borrow_mut(|store| {
        let mut history = store.history.take().unwrap_or_else(stored);
        let out = f(&mut history, store);
        store.history = Some(history);
        out
    })
}

/// One tenant's transitions as known here or stored by any tab.
pub fn of(context_id: &str) -> Vec<Transition> {
    with_history(|h, _| h.of(context_id).to_vec())
}

/// One tenant's watched spans as known here or stored by any tab.
pub fn watched(context_id: &str) -> Vec<Watched> {
    with_history(|h, _| h.watched(context_id).to_vec())
}

/// Keeps one tenant's transitions, and queues writing them to storage
/// (within a second).
pub fn keep(context_id: &str, transitions: &[Transition]) {
    let queue = with_history(|h, store| {
        h.set(context_id, transitions);
        store.dirty.insert(context_id.to_owned());
        let queue = !store.soon;
        store.soon = true;
        store.queued = true;
        queue
    });
    if queue {
        queue_write(1_000);
    }
}

/// Keeps one tenant's watched spans, and queues writing them to storage
/// within a minute (unless a write is queued already).
pub fn keep_watched(context_id: &str, watched: &[Watched]) {
    let queue = with_history(|h, store| {
        h.set_watched(context_id, watched);
        store.dirty.insert(context_id.to_owned());
        !std::mem::replace(&mut store.queued, true)
    });
    if queue {
        queue_write(60_000);
    }
}

fn queue_write(after_ms: i32) {
    let write = Closure::once_into_js(write);
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(write.unchecked_ref(), after_ms);
    }
}

/// Writes the tenants changed here over what storage holds now.
fn write() {
    let text = with_history(|h, store| {
        if !store.queued {
            // Written already (a sooner write overtook this one).
            return None;
        }
        store.queued = false;
        store.soon = false;
        let mut merged = stored();
        for ctx in std::mem::take(&mut store.dirty) {
            merged.set(&ctx, h.of(&ctx));
            merged.set_watched(&ctx, h.watched(&ctx));
        }
        Some(merged.to_storage())
    });
    let Some(text) = text else {
        return;
    };
    if let Some(storage) = storage() {
        // A full quota keeps the history in memory only.
        let _ = storage.set_item(STORAGE_KEY, &text);
    }
}

/// Forgets every tenant's history, here and in storage.
pub fn clear() {
    STORE.with_borrow_mut(|store| {
        store.history = Some(History::default());
        store.dirty.clear();
    });
    if let Some(storage) = storage() {
        let _ = storage.remove_item(STORAGE_KEY);
    }
}
