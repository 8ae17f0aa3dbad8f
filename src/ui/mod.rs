//! Leptos views. Every element the widget shows is a `view!` here; what
//! the elements say comes from the core's view models.

pub mod badge;
pub mod board;
pub mod inspect;
pub mod later;
pub mod legend;
pub mod live;
pub mod page;
pub mod timeline;
pub mod widget;

pub use badge::{BadgeView, TenantBadge};
pub use board::{Board, BoardControl, BoardData};
pub use inspect::Inspector;
pub use legend::{ChangeTypeLegend, StateLegend};
pub use live::LiveRegion;
pub use page::Page;
pub use widget::Widget;

use std::sync::Arc;

use leptos::prelude::{provide_context, use_context};
use so_tenant_status_core::history::Watch;
use so_tenant_status_core::i18n::{Lang, Texts};

/// The words of the widget being drawn: provided at each root (a mount,
/// an element, a board, the page) by [`provide_words`], read by every view
/// below it with [`words`].
#[derive(Clone)]
struct Words(Arc<Texts>);

/// Makes `texts` the words of every view drawn below this point.
pub fn provide_words(texts: Arc<Texts>) {
    provide_context(Words(texts));
}

/// The words of the widget being drawn (English outside any root).
pub fn words() -> Arc<Texts> {
    use_context::<Words>().map_or_else(|| Arc::new(Texts::new(Lang::En)), |w| w.0)
}

/// Makes `watch` (maintenance rhythm, "stuck" threshold) the settings of
/// every view drawn below this point.
pub fn provide_watch(watch: Watch) {
    provide_context(watch);
}

/// The settings of the widget being drawn (the defaults outside any root).
pub fn watch() -> Watch {
    use_context::<Watch>().unwrap_or_default()
}
