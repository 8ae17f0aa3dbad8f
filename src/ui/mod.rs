//! Leptos views. Every element the widget shows is a `view!` here; what
//! the elements say comes from the core's view models.

pub mod badge;
pub mod board;
pub mod legend;
pub mod live;
pub mod page;
pub mod widget;

pub use badge::{BadgeView, TenantBadge};
pub use board::{Board, BoardControl, BoardData};
pub use legend::{ChangeTypeLegend, StateLegend};
pub use live::LiveRegion;
pub use page::Page;
pub use widget::Widget;
