//! Parts a first badge does not need, loaded on first use.
//!
//! Each function here is a `#[lazy]` split point: `scripts/split.sh`
//! moves what only it reaches into a chunk of its own, fetched (next to
//! the main module, by its URL) the first time the part is drawn. Until
//! the chunk is there the place stays empty; without a split (tests,
//! `cargo build`) the call is an ordinary one that returns at once.
//! Draw one with [`later`].

use leptos::prelude::*;
use leptos::lazy;
use so_tenant_status_core::i18n::Lang;

use super::{Board, BoardData, ChangeTypeLegend, Inspector, StateLegend};

/// The state and change-type legends (`open` or compact).
#[lazy]
pub fn legends(open: bool) -> AnyView {
    view! {
        <StateLegend open=open />
        <ChangeTypeLegend open=open />
    }
    .into_any()
}

/// A partner board (`mountBoard()`, the page).
#[lazy]
pub fn board(data: BoardData, url_sync: bool) -> AnyView {
    view! { <Board data=data url_sync=url_sync /> }.into_any()
}

/// The notification inspector (the page's `?view=notification`).
#[lazy]
pub fn inspector(lang: Lang, theme: Option<&'static str>, back: String) -> AnyView {
    view! { <Inspector lang=lang theme=theme back=back /> }.into_any()
}

/// Draws a part from [`self`](self) once its chunk is loaded, in the
/// reactive owner of the place it is drawn (contexts such as the words
/// reach it).
pub fn later<F>(part: F) -> impl IntoView
where
    F: std::future::Future<Output = AnyView> + Send + 'static,
{
    Suspend::new(part)
}
