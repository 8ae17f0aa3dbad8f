//! `Widget`: what `mount()` and `<so-tenant-status>` render.

use leptos::prelude::*;
use std::sync::Arc;

use so_tenant_status_core::i18n::Texts;
use so_tenant_status_core::options::Variant;
use so_tenant_status_core::state_url;
use web_sys::EventTarget;

use super::{provide_words, LiveRegion, TenantBadge};
use crate::client::live::Announcements;
use crate::client::scheduler;

/// One tenant's badge, optionally with the (collapsed) legends below it,
/// and the mount's live region.
#[component]
pub fn Widget(
    /// The tenant's context id.
    #[prop(into)]
    context_id: String,
    /// The environment (`sod`, `qaonline`, `online`).
    #[prop(into)]
    env: String,
    /// A base URL replacing `https://{env}.superoffice.com`.
    #[prop(default = None)]
    base_url: Option<String>,
    /// Show the state and change-type legends (collapsed) under the badge.
    #[prop(optional)]
    legends: bool,
    /// `data-theme` on the root (`light` or `dark`); `None` follows the
    /// user's preference.
    #[prop(default = None)]
    theme: Option<&'static str>,
    /// The full card (default) or a one-line chip.
    #[prop(optional)]
    variant: Variant,
    /// Where the host page hears what changed (`sots-*` events): the
    /// element `mount()` was given.
    #[prop(optional)]
    events: Option<EventTarget>,
    /// The widget's words (language and the host's `messages`).
    texts: Arc<Texts>,
) -> impl IntoView {
    let lang = texts.lang().tag();
    provide_words(texts.clone());
    // The mount's own subscription: it reports to the host page and is what
    // `applyNotification()` reaches. The badge shares it (one request).
    let announcements = Announcements::new(texts);
    if let Ok(url) = state_url(&env, &context_id, base_url.as_deref()) {
        let sub = scheduler::watch(
            url,
            context_id.clone(),
            env.clone(),
            events,
            Some(announcements.clone()),
        );
        let id = sub.id;
        on_cleanup(move || scheduler::unsubscribe(id));
    }
    view! {
        <div class="sots-widget" data-part="widget" data-theme=theme lang=lang>
            <TenantBadge context_id=context_id env=env base_url=base_url variant=variant />
            <LiveRegion announcements=announcements />
            {legends.then(|| crate::ui::later::legends(false))}
        </div>
    }
}
