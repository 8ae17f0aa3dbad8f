//! A mount's live region, as state: the sentences it has to say. The
//! scheduler adds to it after each answer (through the core's
//! [`HostEvent::announcement`](so_tenant_status_core::host::HostEvent::announcement)); the view
//! (`ui::live::LiveRegion`) shows it.

use std::sync::Arc;

use leptos::prelude::*;
use so_tenant_status_core::i18n::Texts;

/// How many sentences stay in the region. Screen readers say what is
/// added; older sentences are removed quietly, so the region stays small
/// on a wall screen that runs for days.
const KEPT: usize = 5;

/// The sentences of one live region, newest last, each with an id that
/// keys it in the view, and the language they are said in. Cheap to
/// clone: clones share the region.
#[derive(Clone)]
pub struct Announcements {
    said: ArcRwSignal<Vec<(u32, String)>>,
    texts: Arc<Texts>,
}

impl Announcements {
    /// An empty region whose sentences are written with `texts`.
    pub fn new(texts: Arc<Texts>) -> Announcements {
        Announcements {
            said: ArcRwSignal::default(),
            texts,
        }
    }

    /// The words its sentences are written with.
    pub fn texts(&self) -> &Texts {
        &self.texts
    }

    /// Adds `sentence`; the oldest goes once more than a few are kept.
    pub fn say(&self, sentence: String) {
        self.said.update(|said| {
            let id = said.last().map_or(0, |(last, _)| last.wrapping_add(1));
            said.push((id, sentence));
            let over = said.len().saturating_sub(KEPT);
            said.drain(..over);
        });
    }

    /// The sentences kept, oldest first (tracked: the view follows it).
    pub fn sentences(&self) -> Vec<(u32, String)> {
        self.said.get()
    }
}
