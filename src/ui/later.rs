//! Parts a first badge does not need, loaded on first use.
//!
//! [`part!`](crate::part) draws one. With the `split` feature (pkg/, built
//! by scripts/package.sh) each part is a `#[lazy]` split point:
//! `scripts/split.sh` moves what only it reaches into a chunk of its own,
//! fetched (next to the main module, by its URL) the first time the part is
//! drawn; until the chunk is there the place stays empty. Without it (the
//! page, the browser tests) the part is drawn at once, as any view: a
//! `#[lazy]` module imports the chunk loader, which only a split build has.

#[cfg(feature = "split")]
use leptos::prelude::*;

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

/// [`now::legends`], from its chunk.
#[cfg(feature = "split")]
#[leptos::lazy]
pub fn legends(open: bool) -> AnyView {
    now::legends(open).into_any()
}

/// [`now::board`], from its chunk.
#[cfg(feature = "split")]
#[leptos::lazy]
pub fn board(data: crate::ui::BoardData, url_sync: bool) -> AnyView {
    now::board(data, url_sync).into_any()
}

/// [`now::inspector`], from its chunk (only the page shows it).
#[cfg(all(feature = "split", feature = "page"))]
#[leptos::lazy]
pub fn inspector(
    lang: so_tenant_status_core::i18n::Lang,
    theme: Option<&'static str>,
    back: String,
) -> AnyView {
    now::inspector(lang, theme, back).into_any()
}

/// Draws a part once its chunk is loaded, in the reactive owner of the
/// place it is drawn (contexts such as the words reach it).
#[cfg(feature = "split")]
pub fn later<F>(part: F) -> impl IntoView
where
    F: std::future::Future<Output = AnyView> + Send + 'static,
{
    Suspend::new(part)
}

/// Draws a part of [`crate::ui::later`]: `part!(board(data, false))`.
/// From its chunk when the module is split, at once otherwise.
#[macro_export]
macro_rules! part {
    ($name:ident ( $($arg:expr),* $(,)? )) => {{
        #[cfg(feature = "split")]
        let drawn = $crate::ui::later::later($crate::ui::later::$name($($arg),*));
        #[cfg(not(feature = "split"))]
        let drawn = $crate::ui::later::now::$name($($arg),*);
        drawn
    }};
}
