//! `LiveRegion`: the one polite live region of a mount, an element, a
//! board or the page.

use leptos::prelude::*;

use crate::client::live::Announcements;

/// Visually hidden, and nothing else lives in it: only the sentences the
/// core decides (`HostEvent::announcement`) ("Cust1004 is now Suspended: down"), never
/// timing text. Badges are not live regions themselves, so a page of many
/// badges is quiet until a tenant changes.
///
/// DOM hook: `[data-part=announcer]`, one `<p>` per sentence kept.
#[component]
pub fn LiveRegion(
    /// The sentences to say, added by the scheduler.
    announcements: Announcements,
) -> impl IntoView {
    view! {
        <div class="sots-visually-hidden" data-part="announcer" role="status" aria-live="polite">
            <For
                each=move || announcements.sentences()
                key=|(id, _)| *id
                children=|(_, sentence)| view! { <p>{sentence}</p> }
            />
        </div>
    }
}
