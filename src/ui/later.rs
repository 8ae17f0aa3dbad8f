//! Parts a first badge does not need, loaded on first use.
//!
//! [`legends`], [`board`] and [`inspector`] draw one. With the `split`
//! feature (built through `scripts/split.sh`) the parts the build's first
//! badge does not need are `#[lazy]` split points: `scripts/split.sh` moves
//! what only such a part reaches into a chunk of its own, fetched (next to
//! the main module, by its URL) the first time the part is drawn; until the
//! chunk is there the place stays empty. Which parts:
//!
//! * `pkg/` (no `page`): the board (`mountBoard()`) and the legends
//!   (`legends: true`); a portal's badge needs neither;
//! * `dist/` (`page`): the notification inspector (`?view=notification`);
//!   the page's first badge is in its board, and the legends sit under it,
//!   so both stay in the main module (a chunk would add a round trip before
//!   the first badge).
//!
//! Without `split` (the browser tests, clippy's default build) every part
//! is drawn at once, as any view: a `#[lazy]` module imports the chunk
//! loader, which only a split build has.

use leptos::prelude::*;
use so_tenant_status_core::i18n::Lang;

use crate::ui::BoardData;

/// The parts, drawn at once.
pub mod now {
    use leptos::prelude::*;
    use so_tenant_status_core::i18n::Lang;

    use crate::ui::{Board, BoardData, ChangeTypeLegend, Inspector, StateLegend};

    /// The state and change-type legends (`open` or compact).
    pub fn legends(open: bool) -> impl IntoView {
        view! {
            <StateLegend open=open />
            <ChangeTypeLegend open=open />
        }
    }

    /// A partner board (`mountBoard()`, the page).
    pub fn board(data: BoardData, url_sync: bool) -> impl IntoView {
        view! { <Board data=data url_sync=url_sync /> }
    }

    /// The notification inspector (the page's `?view=notification`).
    pub fn inspector(lang: Lang, theme: Option<&'static str>, back: String) -> impl IntoView {
        view! { <Inspector lang=lang theme=theme back=back /> }
    }
}

/// The lazy parts: each the matching [`now`] part, from its chunk.
#[cfg(feature = "split")]
mod chunk {
    use leptos::prelude::*;

    /// [`super::now::legends`], from its chunk.
    #[cfg(not(feature = "page"))]
    #[leptos::lazy]
    pub fn legends(open: bool) -> AnyView {
        super::now::legends(open).into_any()
    }

    /// [`super::now::board`], from its chunk.
    #[cfg(not(feature = "page"))]
    #[leptos::lazy]
    pub fn board(data: crate::ui::BoardData, url_sync: bool) -> AnyView {
        super::now::board(data, url_sync).into_any()
    }

    /// [`super::now::inspector`], from its chunk.
    #[cfg(feature = "page")]
    #[leptos::lazy]
    pub fn inspector(
        lang: so_tenant_status_core::i18n::Lang,
        theme: Option<&'static str>,
        back: String,
    ) -> AnyView {
        super::now::inspector(lang, theme, back).into_any()
    }
}

/// The state and change-type legends: from their chunk in `pkg/`.
#[cfg(all(feature = "split", not(feature = "page")))]
pub fn legends(open: bool) -> impl IntoView {
    // Suspend: drawn in the reactive owner of its place (contexts such as
    // the words reach it) once the chunk is there.
    Suspend::new(chunk::legends(open))
}

/// The state and change-type legends, drawn at once.
#[cfg(not(all(feature = "split", not(feature = "page"))))]
pub fn legends(open: bool) -> impl IntoView {
    now::legends(open)
}

/// A partner board: from its chunk in `pkg/`.
#[cfg(all(feature = "split", not(feature = "page")))]
pub fn board(data: BoardData, url_sync: bool) -> impl IntoView {
    Suspend::new(chunk::board(data, url_sync))
}

/// A partner board, drawn at once.
#[cfg(not(all(feature = "split", not(feature = "page"))))]
pub fn board(data: BoardData, url_sync: bool) -> impl IntoView {
    now::board(data, url_sync)
}

/// The notification inspector: from its chunk on the split page.
#[cfg(all(feature = "split", feature = "page"))]
pub fn inspector(lang: Lang, theme: Option<&'static str>, back: String) -> impl IntoView {
    Suspend::new(chunk::inspector(lang, theme, back))
}

/// The notification inspector, drawn at once.
#[cfg(not(all(feature = "split", feature = "page")))]
pub fn inspector(lang: Lang, theme: Option<&'static str>, back: String) -> impl IntoView {
    now::inspector(lang, theme, back)
}
