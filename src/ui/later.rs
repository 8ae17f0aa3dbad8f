//! Parts a first badge does not need, loaded on first use.
//!
//! [`legends`], [`board`], [`inspector`] and [`after_first`] draw one.
//! With the `split` feature (built through `scripts/split.sh`) the parts
//! the build's first badge does not need are `#[lazy]` split points:
//! `scripts/split.sh` moves what only such a part reaches into a chunk of
//! its own, fetched (next to the main module, by its URL) the first time
//! the part is drawn; until the chunk is there the place stays empty.
//! Which parts:
//!
//! * `pkg/` (no `page`): the board (`mountBoard()`, with its timelines,
//!   observed availability and export) and the legends (`legends: true`);
//!   a portal's badge needs neither;
//! * `dist/` (`page`): the notification inspector (`?view=notification`),
//!   and one chunk, `after`, for what the page draws only once tenants
//!   have answered: the legends under the board, the board's timelines and
//!   observed availability. The page's first badge is in its board, so the
//!   board stays in the main module (a chunk would add a round trip before
//!   the first badge).
//!
//! Without `split` (the browser tests, clippy's default build) every part
//! is drawn at once, as any view: a `#[lazy]` module imports the chunk
//! loader, which only a split build has.

use leptos::prelude::*;
use so_tenant_status_core::export::Format;
use so_tenant_status_core::i18n::Lang;
use so_tenant_status_core::status::TenantStatus;
use so_tenant_status_core::timeline::Window;

use crate::ui::BoardData;

/// How a timeline is drawn: which window, with its availability, with
/// the window's name before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimelineLook {
    /// Which window.
    pub window: Window,
    /// Show the availability next to the bar.
    pub percent: bool,
    /// Say the window before the bar.
    pub labelled: bool,
}

/// What is drawn after the first badge ([`after_first`]).
pub enum Part {
    /// The state and change-type legends (`open` or compact).
    Legends(bool),
    /// A tenant's timeline bar, reporting its availability to the signal
    /// when one is given.
    Timeline(
        ArcRwSignal<TenantStatus>,
        ArcRwSignal<i64>,
        TimelineLook,
        Option<ArcRwSignal<Option<u32>>>,
    ),
    /// The board's tools that need answers: export, alerts and observed
    /// availability.
    BoardTools(BoardData),
    /// The page's title and icon, following the board's worst health.
    PageTitle(BoardData),
}

/// The parts, drawn at once.
pub mod now {
    use leptos::prelude::*;
    use so_tenant_status_core::i18n::Lang;

    use super::Part;
    use crate::ui::board::BoardTools;
    use crate::ui::timeline::Timeline;
    use crate::ui::{Board, BoardData, ChangeTypeLegend, Inspector, StateLegend};

    /// A part drawn after the first badge.
    pub fn after_first(part: Part) -> AnyView {
        match part {
            Part::Legends(open) => legends(open).into_any(),
            Part::Timeline(status, now, look, report) => view! {
                <Timeline
                    status=status
                    now=now
                    window=look.window
                    percent=look.percent
                    labelled=look.labelled
                    report=report
                />
            }
            .into_any(),
            Part::BoardTools(data) => view! { <BoardTools data=data /> }.into_any(),
            Part::PageTitle(data) => {
                crate::ui::board::follow_worst_in_title(&data);
                ().into_any()
            }
        }
    }

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

    /// A handed-over report, or why not: [`crate::ui::BoardData::hand_over`]
    /// as the chunk gives it.
    #[cfg(feature = "page")]
    type HandOver = std::pin::Pin<Box<dyn std::future::Future<Output = Result<String, String>>>>;

    /// [`crate::ui::BoardData::hand_over`], from its chunk. A chunk that
    /// cannot be fetched (offline) is an `Err`, never a panic: split
    /// directly with `fallible` (Leptos' `#[lazy]` would abort the module).
    /// The `_0` only ends the chunk's name (`scripts/split.sh`).
    #[cfg(feature = "page")]
    #[leptos::wasm_split::wasm_split(export_0, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub fn export(
        data: crate::ui::BoardData,
        format: so_tenant_status_core::export::Format,
    ) -> Result<HandOver, leptos::wasm_split::SplitLoaderError> {
        Ok(Box::pin(async move { data.hand_over(format).await }))
    }

    /// [`super::now::legends`], from its chunk.
    #[cfg(not(feature = "page"))]
    #[leptos::lazy]
    pub fn legends(open: bool) -> AnyView {
        super::now::legends(open).into_any()
    }

    /// [`crate::ui::BoardData::report`], from its chunk (`exportBoard()`).
    #[cfg(not(feature = "page"))]
    #[leptos::lazy]
    pub fn report(
        data: crate::ui::BoardData,
        format: so_tenant_status_core::export::Format,
    ) -> String {
        data.report(format).0
    }

    /// [`super::now::board`], from its chunk.
    #[cfg(not(feature = "page"))]
    #[leptos::lazy]
    pub fn board(data: crate::ui::BoardData, url_sync: bool) -> AnyView {
        super::now::board(data, url_sync).into_any()
    }

    /// [`super::now::after_first`], from its chunk; `Err` when the chunk
    /// cannot be fetched (see [`export`]).
    #[cfg(feature = "page")]
    #[leptos::wasm_split::wasm_split(after_0, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub fn after(part: super::Part) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
        Ok(super::now::after_first(part))
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

/// The state and change-type legends: from their chunk (`pkg/`), or from
/// the page's `after` chunk.
#[cfg(feature = "split")]
pub fn legends(open: bool) -> impl IntoView {
    #[cfg(not(feature = "page"))]
    {
        // Suspend: drawn in the reactive owner of its place (contexts such
        // as the words reach it) once the chunk is there.
        Suspend::new(chunk::legends(open))
    }
    #[cfg(feature = "page")]
    {
        after_first(Part::Legends(open))
    }
}

/// The state and change-type legends, drawn at once.
#[cfg(not(feature = "split"))]
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

/// A part drawn after the first badge: from the `after` chunk on the
/// split page, asked for once the page has painted (the first answered
/// badge is on screen before the chunk is fetched, and compiling it does
/// not hold up that paint).
#[cfg(all(feature = "split", feature = "page"))]
pub fn after_first(part: Part) -> impl IntoView {
    Suspend::new(async move {
        after_paint().await;
        // Offline, the place stays empty; the next time it is drawn asks
        // again (a failed fetch is not remembered).
        chunk::after(part).await.unwrap_or_else(|_| ().into_any())
    })
}

/// Resolves in the task after the next frame is painted (a frame's
/// callbacks run before it is painted; a task queued from one, after).
#[cfg(all(feature = "split", feature = "page"))]
async fn after_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        request_animation_frame(move || {
            set_timeout(
                move || {
                    let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
                },
                std::time::Duration::ZERO,
            );
        });
    });
    // The page has one thread: the future only looks `Send` to Suspend.
    let _ = send_wrapper::SendWrapper::new(wasm_bindgen_futures::JsFuture::from(promise)).await;
}

/// A part drawn after the first badge, at once.
#[cfg(not(all(feature = "split", feature = "page")))]
pub fn after_first(part: Part) -> impl IntoView {
    now::after_first(part)
}

/// A tenant's timeline bar, reporting its availability to `report` when
/// given (what the board sorts by).
pub fn timeline(
    status: ArcRwSignal<TenantStatus>,
    now: ArcRwSignal<i64>,
    look: TimelineLook,
    report: Option<ArcRwSignal<Option<u32>>>,
) -> impl IntoView {
    after_first(Part::Timeline(status, now, look, report))
}

/// The page's title and icon, following the board's worst health.
pub fn page_title(data: BoardData) -> impl IntoView {
    after_first(Part::PageTitle(data))
}

/// The board's tools that need answers: export, alerts and observed
/// availability.
pub fn board_tools(data: BoardData) -> impl IntoView {
    after_first(Part::BoardTools(data))
}

/// Exports the board (a file for CSV, the clipboard for JSON) and writes
/// what was done, or why not, into `said` (`(text, failed)`): from the
/// `export` chunk on the split page.
pub fn export(data: BoardData, format: Format, said: RwSignal<(String, bool)>) {
    wasm_bindgen_futures::spawn_local(async move {
        #[cfg(all(feature = "split", feature = "page"))]
        let done = {
            let texts = data.texts.clone();
            match chunk::export(data, format).await {
                Ok(hand_over) => hand_over.await,
                Err(_) => Err(texts.get("board-export-unavailable")),
            }
        };
        #[cfg(not(all(feature = "split", feature = "page")))]
        let done = data.hand_over(format).await;
        said.set(match done {
            Ok(text) => (text, false),
            Err(text) => (text, true),
        });
    });
}

/// The board's report text (`exportBoard()`): from its chunk in `pkg/`.
pub async fn report(data: BoardData, format: Format) -> String {
    #[cfg(all(feature = "split", not(feature = "page")))]
    {
        chunk::report(data, format).await
    }
    #[cfg(not(all(feature = "split", not(feature = "page"))))]
    {
        data.report(format).0
    }
}
